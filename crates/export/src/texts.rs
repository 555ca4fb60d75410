//! Every word the documents print, in English and German, in one place: the PDF's headings and
//! the calendar's titles read from here, so a translation is one file to review. The CSV keeps
//! fixed English column names and codes (it is read by scripts), so it uses none of this.

use chrono::{Datelike, NaiveDate, Weekday};
use stint_model::duration::hm;
use stint_model::{AbsenceStatus, Language, WarningCode, WorkingTimeWarning};

/// The fixed words of one language.
#[derive(Debug)]
pub(crate) struct Texts {
    lang: Language,
    pub title: &'static str,
    pub employee: &'static str,
    pub month: &'static str,
    pub date: &'static str,
    pub spans: &'static str,
    pub breaks: &'static str,
    pub worked: &'static str,
    pub target: &'static str,
    pub balance: &'static str,
    pub running: &'static str,
    pub notes: &'static str,
    pub total: &'static str,
    pub due_so_far: &'static str,
    pub running_balance: &'static str,
    pub since: &'static str,
    pub carry_over: &'static str,
    pub brought_forward: &'static str,
    pub at_end: &'static str,
    pub no_running: &'static str,
    pub vacation: &'static str,
    pub days_left: &'static str,
    pub available: &'static str,
    pub no_vacation: &'static str,
    pub half_day: &'static str,
    pub first_day_half: &'static str,
    pub last_day_half: &'static str,
    pub duration_only: &'static str,
    pub checks_off: &'static str,
    pub law: &'static str,
    pub sign_employee: &'static str,
    pub sign_supervisor: &'static str,
    pub page: &'static str,
    pub of: &'static str,
    pub hours: &'static str,
    months: [&'static str; 12],
    weekdays: [&'static str; 7],
}

static EN: Texts = Texts {
    lang: Language::En,
    title: "Timesheet",
    employee: "Employee",
    month: "Month",
    date: "Date",
    spans: "Times",
    breaks: "Breaks",
    worked: "Worked",
    target: "Target",
    balance: "Balance",
    running: "Running",
    notes: "Absences, holidays, warnings",
    total: "Total",
    due_so_far: "Due up to today",
    running_balance: "Running balance",
    since: "since",
    carry_over: "carry-over",
    brought_forward: "Brought forward",
    at_end: "at the end of",
    no_running: "The running balance starts after this month.",
    vacation: "Time-off balance (days)",
    days_left: "left",
    available: "available",
    no_vacation: "No time-off balance (Personio is not connected).",
    half_day: "half day",
    first_day_half: "first day half",
    last_day_half: "last day half",
    duration_only: "as a duration",
    checks_off: "Working-time checks are off.",
    law: "! marks a day that breaks the German Working Hours Act (ArbZG, § as noted).",
    sign_employee: "Date, employee's signature",
    sign_supervisor: "Date, supervisor's signature",
    page: "Page",
    of: "of",
    hours: "h",
    months: stint_model::week::MONTHS_EN,
    weekdays: stint_model::week::WEEKDAYS_SHORT_EN,
};

static DE: Texts = Texts {
    lang: Language::De,
    title: "Arbeitszeitnachweis",
    employee: "Mitarbeiter:in",
    month: "Monat",
    date: "Datum",
    spans: "Zeiten",
    breaks: "Pausen",
    worked: "Ist",
    target: "Soll",
    balance: "Saldo",
    running: "Saldo kum.",
    notes: "Abwesenheiten, Feiertage, Hinweise",
    total: "Summe",
    due_so_far: "Fällig bis heute",
    running_balance: "Gleitzeitsaldo",
    since: "seit",
    carry_over: "Übertrag",
    brought_forward: "Übertrag aus dem Vormonat",
    at_end: "zum Ende",
    no_running: "Das Gleitzeitsaldo beginnt nach diesem Monat.",
    vacation: "Urlaubskonto (Tage)",
    days_left: "Rest",
    available: "verfügbar",
    no_vacation: "Kein Urlaubskonto (Personio ist nicht verbunden).",
    half_day: "halber Tag",
    first_day_half: "erster Tag halb",
    last_day_half: "letzter Tag halb",
    duration_only: "als Dauer",
    checks_off: "Die Arbeitszeitprüfung ist ausgeschaltet.",
    law: "! markiert einen Tag, der gegen das Arbeitszeitgesetz verstößt (ArbZG, § wie genannt).",
    sign_employee: "Datum, Unterschrift Mitarbeiter:in",
    sign_supervisor: "Datum, Unterschrift Vorgesetzte:r",
    page: "Seite",
    of: "von",
    hours: "Std.",
    months: stint_model::week::MONTHS_DE,
    weekdays: stint_model::week::WEEKDAYS_SHORT_DE,
};

/// The words of `lang`.
pub(crate) fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::En => &EN,
        Language::De => &DE,
    }
}

impl Texts {
    fn german(&self) -> bool {
        self.lang == Language::De
    }

    /// `June 2026` / `Juni 2026`.
    pub fn month_name(&self, year: i32, month: u32) -> String {
        let name = self
            .months
            .get(month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("?");
        format!("{name} {year}")
    }

    pub fn weekday(&self, day: Weekday) -> &'static str {
        self.weekdays[day.num_days_from_monday() as usize]
    }

    /// `Mon 1 Jun` style short date: `Mo 01.06.` in German, `Mon 06-01` in English.
    pub fn short_date(&self, date: NaiveDate) -> String {
        let weekday = self.weekday(date.weekday());
        if self.german() {
            format!("{weekday} {:02}.{:02}.", date.day(), date.month())
        } else {
            format!("{weekday} {:02}-{:02}", date.month(), date.day())
        }
    }

    /// A full date: `01.06.2026` in German, `2026-06-01` in English.
    pub fn date(&self, date: NaiveDate) -> String {
        if self.german() {
            format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
        } else {
            stint_model::iso::date(date)
        }
    }

    /// Days as Personio counts them (`12.5`; `12,5` in German).
    pub fn days(&self, days: f64) -> String {
        let text = format!("{}", (days * 100.0).round() / 100.0);
        if self.german() {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// An absence's status word, `None` for approved ones (the normal case says nothing).
    pub fn status(&self, status: AbsenceStatus) -> Option<&'static str> {
        let german = self.german();
        match status {
            AbsenceStatus::Approved => None,
            AbsenceStatus::Pending | AbsenceStatus::Requested if german => Some("beantragt"),
            AbsenceStatus::Pending | AbsenceStatus::Requested => Some("requested"),
            AbsenceStatus::Other if german => Some("Status unbekannt"),
            AbsenceStatus::Other => Some("status unknown"),
        }
    }

    /// A working-time warning, short, with its figures and the paragraph of the law (the
    /// sheet names the law once, in [`Texts::law`]).
    pub fn warning(&self, warning: &WorkingTimeWarning) -> String {
        let m = |minutes: Option<u32>| hm(i64::from(minutes.unwrap_or(0)));
        let german = self.german();
        match (warning.code, german) {
            (WarningCode::BreakShort, false) => format!(
                "breaks {} of {} (§4)",
                m(warning.taken_minutes),
                m(warning.required_minutes)
            ),
            (WarningCode::BreakShort, true) => format!(
                "Pausen {} von {} (§4)",
                m(warning.taken_minutes),
                m(warning.required_minutes)
            ),
            (WarningCode::Over6hWithoutBreak, false) => {
                format!("{} without a break (§4)", m(warning.stretch_minutes))
            }
            (WarningCode::Over6hWithoutBreak, true) => {
                format!("{} ohne Pause (§4)", m(warning.stretch_minutes))
            }
            (WarningCode::Over10h, false) => {
                format!("{} worked, over 10:00 (§3)", m(warning.worked_minutes))
            }
            (WarningCode::Over10h, true) => {
                format!("{} gearbeitet, über 10:00 (§3)", m(warning.worked_minutes))
            }
            (WarningCode::RestShort, false) => {
                format!("rest {} of 11:00 (§5)", m(warning.rest_minutes))
            }
            (WarningCode::RestShort, true) => {
                format!("Ruhezeit {} von 11:00 (§5)", m(warning.rest_minutes))
            }
            (WarningCode::BreaksUnchecked, false) => format!(
                "{} as a duration: breaks unchecked",
                m(warning.duration_only_minutes)
            ),
            (WarningCode::BreaksUnchecked, true) => format!(
                "{} nur als Dauer: Pausen ungeprüft",
                m(warning.duration_only_minutes)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_dates_and_days_are_written_the_german_way() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).expect("a date");
        assert_eq!(texts(Language::De).short_date(day), "Mo 02.03.");
        assert_eq!(texts(Language::En).short_date(day), "Mon 03-02");
        assert_eq!(texts(Language::De).month_name(2026, 3), "März 2026");
        assert_eq!(texts(Language::De).days(12.5), "12,5", "decimal comma");
        assert_eq!(texts(Language::En).days(12.5), "12.5");
        assert_eq!(
            texts(Language::En).month_name(2026, 13),
            "? 2026",
            "no panic"
        );
    }
}
