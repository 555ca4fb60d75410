//! Writing values the way Personio writes them, in each variant [`Formats`] can select.
//!
//! Kept as pure functions so each variant is pinned by a table test rather than discovered in a
//! server test.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde_json::{json, Value};

use crate::config::{HalfDayFormat, OffsetFormat, ScheduleFormat};

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("first of a month exists");
    let last = first_of_next.pred_opt().expect("a day before exists");
    last - chrono::Days::new(u64::from(last.weekday().num_days_from_sunday()))
}

/// Minutes east of UTC in Europe/Berlin on `date` (the demo tenant's zone). Daylight saving runs
/// from the last Sunday of March to the last Sunday of October; the hour of the switch does not
/// matter for whole-day values.
pub fn berlin_offset_minutes(date: NaiveDate) -> i32 {
    let summer_start = last_sunday(date.year(), 3);
    let summer_end = last_sunday(date.year(), 10);
    if date >= summer_start && date < summer_end {
        120
    } else {
        60
    }
}

/// `2017-12-27T00:00:00+01:00` or `…+0100`: a local date-time with the tenant's offset.
pub fn date_time(at: NaiveDateTime, offset: OffsetFormat) -> String {
    let minutes = berlin_offset_minutes(at.date());
    let (hours, rest) = (minutes / 60, minutes % 60);
    let separator = match offset {
        OffsetFormat::Colon => ":",
        OffsetFormat::NoColon => "",
    };
    format!(
        "{}+{hours:02}{separator}{rest:02}",
        at.format("%Y-%m-%dT%H:%M:%S")
    )
}

/// A calendar date at local midnight, as the time-offs endpoint sends start and end.
pub fn midnight(date: NaiveDate, offset: OffsetFormat) -> String {
    date_time(date.and_time(NaiveTime::MIN), offset)
}

/// A half-day flag.
pub fn half_day(value: bool, format: HalfDayFormat) -> Value {
    match format {
        HalfDayFormat::Bool => Value::Bool(value),
        HalfDayFormat::ZeroOne => json!(u8::from(value)),
    }
}

/// One weekday of a work schedule given in minutes.
pub fn schedule_day(minutes: u32, format: ScheduleFormat) -> Value {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match format {
        ScheduleFormat::HoursMinutes => json!(format!("{hours:02}:{rest:02}")),
        ScheduleFormat::IsoDurationObject => json!({ "duration": format!("PT{}S", minutes * 60) }),
        ScheduleFormat::IsoDurationString => {
            let text = match (hours, rest) {
                (0, 0) => "PT0S".to_owned(),
                (h, 0) => format!("PT{h}H"),
                (0, m) => format!("PT{m}M"),
                (h, m) => format!("PT{h}H{m}M"),
            };
            json!(text)
        }
    }
}

/// `weekly_working_hours` as Personio sends it: a string, `"40"` or `"37.5"`.
pub fn weekly_hours(total_minutes: u32) -> String {
    if total_minutes % 60 == 0 {
        (total_minutes / 60).to_string()
    } else {
        let hours = f64::from(total_minutes) / 60.0;
        let text = format!("{hours:.2}");
        text.trim_end_matches('0').to_owned()
    }
}

/// Personio's lower-case weekday keys, Monday first.
pub fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn dates_carry_the_berlin_offset_in_both_spellings() {
        let cases = [
            (
                day(2017, 12, 27),
                OffsetFormat::Colon,
                "2017-12-27T00:00:00+01:00",
            ),
            (
                day(2017, 12, 27),
                OffsetFormat::NoColon,
                "2017-12-27T00:00:00+0100",
            ),
            (
                day(2024, 7, 1),
                OffsetFormat::Colon,
                "2024-07-01T00:00:00+02:00",
            ),
            (
                day(2024, 3, 30),
                OffsetFormat::NoColon,
                "2024-03-30T00:00:00+0100",
            ),
            (
                day(2024, 3, 31),
                OffsetFormat::NoColon,
                "2024-03-31T00:00:00+0200",
            ),
            (
                day(2024, 10, 27),
                OffsetFormat::Colon,
                "2024-10-27T00:00:00+01:00",
            ),
        ];
        for (date, offset, expected) in cases {
            assert_eq!(
                midnight(date, offset),
                expected,
                "{date} with {offset:?}: the tenant writes local midnight with its DST offset"
            );
        }
    }

    #[test]
    fn schedule_days_in_every_variant() {
        let cases = [
            (480, ScheduleFormat::HoursMinutes, json!("08:00")),
            (450, ScheduleFormat::HoursMinutes, json!("07:30")),
            (0, ScheduleFormat::HoursMinutes, json!("00:00")),
            (
                480,
                ScheduleFormat::IsoDurationObject,
                json!({"duration": "PT28800S"}),
            ),
            (480, ScheduleFormat::IsoDurationString, json!("PT8H")),
            (450, ScheduleFormat::IsoDurationString, json!("PT7H30M")),
            (30, ScheduleFormat::IsoDurationString, json!("PT30M")),
            (0, ScheduleFormat::IsoDurationString, json!("PT0S")),
        ];
        for (minutes, format, expected) in cases {
            assert_eq!(
                schedule_day(minutes, format),
                expected,
                "{minutes} min as {format:?} must match the shapes listed in personio-api.md"
            );
        }
    }

    #[test]
    fn half_days_as_bool_or_digit() {
        assert_eq!(
            half_day(true, HalfDayFormat::Bool),
            json!(true),
            "bool variant"
        );
        assert_eq!(
            half_day(true, HalfDayFormat::ZeroOne),
            json!(1),
            "0/1 variant: true is 1"
        );
        assert_eq!(
            half_day(false, HalfDayFormat::ZeroOne),
            json!(0),
            "0/1 variant: false is 0"
        );
    }

    #[test]
    fn weekly_hours_are_strings_without_trailing_zeros() {
        assert_eq!(weekly_hours(2400), "40", "whole hours have no decimals");
        assert_eq!(weekly_hours(2250), "37.5", "half hours keep one decimal");
        assert_eq!(weekly_hours(1440), "24", "4 x 6 h");
    }
}
