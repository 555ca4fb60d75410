//! The monthly timesheet as CSV: one row per day under a header row, for scripts and
//! spreadsheets. RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
//! comma, a quote or a line break (quotes doubled); UTF-8 without a byte-order mark.
//!
//! The columns are fixed English names and the values language-free (ISO dates, whole minutes,
//! warning codes), so a script reads a German user's file as it reads an English one. There is
//! no totals row — every row is a day; the month's totals are the columns' sums. The columns are
//! documented in docs/export.md; [`COLUMNS`] is their order.

use chrono::{Datelike, NaiveDateTime};
use stint_model::duration::{hm, signed_hm};
use stint_model::{iso, DayAbsence, Timesheet, TimesheetDay, TrackedSpan};

/// The header row, in order.
pub const COLUMNS: [&str; 18] = [
    "date",
    "weekday",
    "target_minutes",
    "tracked_minutes",
    "balance_minutes",
    "breaks_minutes",
    "running_balance_minutes",
    "duration_only_minutes",
    "spans",
    "absences",
    "holiday",
    "warnings",
    "target_hm",
    "tracked_hm",
    "balance_hm",
    "breaks_hm",
    "running_balance_hm",
    "due",
];

/// The timesheet's rows as CSV bytes.
pub fn timesheet_csv(sheet: &Timesheet) -> Vec<u8> {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.iter().map(|c| (*c).to_owned()));
    for day in &sheet.days {
        push_row(&mut out, row(day));
    }
    out.into_bytes()
}

fn row(day: &TimesheetDay) -> Vec<String> {
    let plan = &day.plan;
    let running = day.running_balance_minutes;
    vec![
        iso::date(plan.date),
        weekday(plan.date.weekday()).to_owned(),
        plan.target_minutes.to_string(),
        plan.tracked_minutes.to_string(),
        plan.balance_minutes.to_string(),
        day.breaks_minutes.to_string(),
        running.map(|m| m.to_string()).unwrap_or_default(),
        day.duration_only_minutes.to_string(),
        day.spans.iter().map(span).collect::<Vec<_>>().join(" "),
        plan.absences
            .iter()
            .map(absence)
            .collect::<Vec<_>>()
            .join("; "),
        plan.holiday.clone().unwrap_or_default(),
        plan.warnings
            .iter()
            .map(|w| code(w.code))
            .collect::<Vec<_>>()
            .join(";"),
        hm(i64::from(plan.target_minutes)),
        hm(i64::from(plan.tracked_minutes)),
        signed_hm(plan.balance_minutes),
        hm(i64::from(day.breaks_minutes)),
        running.map(signed_hm).unwrap_or_default(),
        plan.due.to_string(),
    ]
}

/// `09:00-12:30`; an end on a later day gets `+1` (`22:00-02:00+1`).
pub(crate) fn span(span: &TrackedSpan) -> String {
    let days_later = (span.end.date() - span.start.date()).num_days();
    let later = if days_later > 0 {
        format!("+{days_later}")
    } else {
        String::new()
    };
    format!("{}-{}{later}", clock(span.start), clock(span.end))
}

fn clock(at: NaiveDateTime) -> String {
    iso::time_of_day(at.time())
}

/// `Urlaub`, `Urlaub (half_day)`, `Arzt (hours 1:30)`, `Urlaub (requested)`.
fn absence(absence: &DayAbsence) -> String {
    let mut flags = Vec::new();
    if absence.half_day {
        flags.push("half_day".to_owned());
    }
    if absence.hour_based {
        flags.push(format!("hours {}", hm(i64::from(absence.hours_minutes))));
    }
    if absence.status != stint_model::AbsenceStatus::Approved {
        flags.push(absence.status.as_str().to_owned());
    }
    if flags.is_empty() {
        absence.type_name.clone()
    } else {
        format!("{} ({})", absence.type_name, flags.join(", "))
    }
}

/// The warning's code as the JSON of `stint-cli timeline` writes it.
fn code(code: stint_model::WarningCode) -> &'static str {
    use stint_model::WarningCode::*;
    match code {
        BreakShort => "break_short",
        Over6hWithoutBreak => "over_6h_without_break",
        Over10h => "over_10h",
        RestShort => "rest_short",
        BreaksUnchecked => "breaks_unchecked",
    }
}

fn weekday(day: chrono::Weekday) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.num_days_from_monday() as usize]
}

fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(&field));
    }
    out.push_str("\r\n");
}

/// A field as RFC 4180 writes it: quoted only when it must be.
pub(crate) fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        for (field, want) in [
            ("Urlaub", "Urlaub"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("Fronleichnam; Urlaub", "Fronleichnam; Urlaub"),
            ("", ""),
        ] {
            assert_eq!(quote(field), want, "`{field}`");
        }
    }

    #[test]
    fn a_span_across_midnight_says_its_end_is_the_next_day() {
        let at = |t: &str| iso::parse_date_time(t).expect("a date-time");
        let night = TrackedSpan {
            start: at("2026-06-01T22:00:00"),
            end: at("2026-06-02T02:00:00"),
            minutes: 240,
        };
        assert_eq!(span(&night), "22:00-02:00+1");
    }
}
