//! Dates as each language writes them: English as Stint always showed them ("Monday, 1 June
//! 2026", ISO dates), German as Germans expect ("Montag, 1. Juni 2026", "22.11.2026").
//!
//! Hand-written tables instead of chrono's `unstable-locales`, which would pull ICU-sized data
//! into the wasm bundle for two languages.

use super::Lang;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Weekday};
use stint_model::iso;

use stint_model::week::{MONTHS_DE, MONTHS_EN, WEEKDAYS_SHORT_DE, WEEKDAYS_SHORT_EN};
const WEEKDAYS_EN: [&str; 7] = stint_model::week::WEEKDAY_NAMES;
const WEEKDAYS_DE: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];
const MONTHS_SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_index(date: NaiveDate) -> usize {
    date.month0() as usize
}

/// The month's full name: "June" / "Juni".
pub fn month_name(lang: Lang, date: NaiveDate) -> &'static str {
    match lang {
        Lang::En => MONTHS_EN[month_index(date)],
        Lang::De => MONTHS_DE[month_index(date)],
    }
}

/// "Mon" / "Mo": the month grid's column heads and the day cells.
pub fn weekday_short(lang: Lang, day: Weekday) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Lang::En => WEEKDAYS_SHORT_EN[i],
        Lang::De => WEEKDAYS_SHORT_DE[i],
    }
}

/// "Monday" / "Montag".
pub fn weekday_long(lang: Lang, day: Weekday) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Lang::En => WEEKDAYS_EN[i],
        Lang::De => WEEKDAYS_DE[i],
    }
}

/// The month heading: "June 2026" / "Juni 2026".
pub fn month_year(lang: Lang, date: NaiveDate) -> String {
    format!("{} {}", month_name(lang, date), date.year())
}

/// "Monday, 1 June 2026" / "Montag, 1. Juni 2026".
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let (weekday, day, month, year) = (
        weekday_long(lang, date.weekday()),
        date.day(),
        month_name(lang, date),
        date.year(),
    );
    match lang {
        Lang::En => format!("{weekday}, {day} {month} {year}"),
        Lang::De => format!("{weekday}, {day}. {month} {year}"),
    }
}

/// A date in lists: "2026-11-22" / "22.11.2026".
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::En => iso::date(date),
        Lang::De => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
    }
}

/// A day and a short month, for "since" labels: "1 Jan" / "1. Jan.".
pub fn day_month(lang: Lang, date: NaiveDate) -> String {
    const SHORT_DE: [&str; 12] = [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ];
    match lang {
        Lang::En => format!("{} {}", date.day(), MONTHS_SHORT_EN[month_index(date)]),
        Lang::De => format!("{}. {}", date.day(), SHORT_DE[date.month0() as usize]),
    }
}

/// The days of a week heading, naming month and year once where they are shared:
/// "8 – 14 Jun 2026" / "8.–14. Juni 2026".
pub fn week_span(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    let en_end = || format!("{} {}", day_month(Lang::En, end), end.year());
    match lang {
        Lang::En if start.year() != end.year() => {
            format!("{} {} – {}", day_month(lang, start), start.year(), en_end())
        }
        Lang::En if start.month() != end.month() => {
            format!("{} – {}", day_month(lang, start), en_end())
        }
        Lang::En => format!("{} – {}", start.day(), en_end()),
        Lang::De => {
            let end_text = format!("{}. {} {}", end.day(), month_name(lang, end), end.year());
            if start.year() != end.year() {
                let start_month = month_year(lang, start);
                format!("{}. {start_month} – {end_text}", start.day())
            } else if start.month() != end.month() {
                format!("{}. {} – {end_text}", start.day(), month_name(lang, start))
            } else {
                format!("{}.–{end_text}", start.day())
            }
        }
    }
}

/// A backend moment (with the local offset it was seen at) as date and minute of that local
/// time: "2026-11-22 19:40" / "22.11.2026 19:40".
pub fn short_time(lang: Lang, at: DateTime<FixedOffset>) -> String {
    let local = at.naive_local();
    let time = iso::time_of_day(local.time());
    match lang {
        Lang::De => format!("{} {time}", short_date(lang, local.date())),
        Lang::En => format!("{} {time}", iso::date(local.date())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().expect("test dates are ISO")
    }

    #[test]
    fn day_month_abbreviates_the_month_per_language() {
        for (lang, date, want) in [
            (Lang::En, "2026-01-01", "1 Jan"),
            (Lang::De, "2026-01-01", "1. Jan."),
            (Lang::De, "2026-05-09", "9. Mai"),
            (Lang::En, "2026-09-30", "30 Sep"),
        ] {
            assert_eq!(day_month(lang, d(date)), want, "{lang:?} {date}");
        }
    }

    #[test]
    fn german_dates_read_the_german_way() {
        assert_eq!(
            short_date(Lang::De, d("2026-11-22")),
            "22.11.2026",
            "day.month.year, zero-padded"
        );
        assert_eq!(
            short_date(Lang::De, d("2026-06-01")),
            "01.06.2026",
            "day.month.year, zero-padded"
        );
        assert_eq!(
            short_date(Lang::En, d("2026-06-01")),
            "2026-06-01",
            "English keeps ISO"
        );
        assert_eq!(
            long_date(Lang::De, d("2026-06-01")),
            "Montag, 1. Juni 2026",
            "ordinal dot after the day"
        );
        assert_eq!(
            long_date(Lang::En, d("2026-06-01")),
            "Monday, 1 June 2026",
            "English as before"
        );
    }

    #[test]
    fn german_month_headings_use_german_month_names() {
        let cases = [
            ("2026-11-22", "November 2026", "November 2026"),
            ("2026-06-17", "June 2026", "Juni 2026"),
            ("2026-03-01", "March 2026", "März 2026"),
            ("2026-05-31", "May 2026", "Mai 2026"),
            ("2026-12-01", "December 2026", "Dezember 2026"),
        ];
        for (date, en, de) in cases {
            assert_eq!(
                month_year(Lang::En, d(date)),
                en,
                "English heading of {date}"
            );
            assert_eq!(
                month_year(Lang::De, d(date)),
                de,
                "German heading of {date}"
            );
        }
    }

    #[test]
    fn german_weekdays_are_two_letters_monday_first() {
        let week: Vec<&str> = d("2026-06-08")
            .iter_days()
            .take(7)
            .map(|day| weekday_short(Lang::De, day.weekday()))
            .collect();
        assert_eq!(
            week,
            ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
            "German calendar heads"
        );
        assert_eq!(
            weekday_short(Lang::En, Weekday::Sun),
            "Sun",
            "English stays three letters"
        );
        assert_eq!(
            weekday_long(Lang::De, Weekday::Wed),
            "Mittwoch",
            "long German weekday"
        );
    }

    #[test]
    fn german_week_spans_name_shared_month_and_year_once() {
        let cases = [
            ("2026-06-08", "2026-06-14", "8.–14. Juni 2026"),
            ("2026-06-29", "2026-07-05", "29. Juni – 5. Juli 2026"),
            (
                "2026-12-28",
                "2027-01-03",
                "28. Dezember 2026 – 3. Januar 2027",
            ),
        ];
        for (start, end, want) in cases {
            assert_eq!(
                week_span(Lang::De, d(start), d(end)),
                want,
                "{start} to {end}"
            );
        }
    }

    #[test]
    fn timestamps_show_date_and_minute_in_the_users_language() {
        let at = iso::parse_offset_date_time("2026-11-22T19:40:05.123+01:00").expect("a moment");
        assert_eq!(
            short_time(Lang::En, at),
            "2026-11-22 19:40",
            "English as before"
        );
        assert_eq!(
            short_time(Lang::De, at),
            "22.11.2026 19:40",
            "German date first"
        );
    }
}
