//! Dates (`2026-06-01`) and local date-times (`2026-06-01T08:30:00`) as text, written and read
//! by hand, plus the serde adapters the wire types use for them.
//!
//! The text is exactly chrono's own (its `Debug`, which its serde and `Display` use): a year
//! outside 0–9999 gets a sign and the seconds a fraction only when they have one. Doing it here
//! keeps chrono's general formatter and parser out of the UI's wasm, where twiggy measured them
//! at about 25 KB of the shipped file (`NaiveDate`'s `Debug` 16 KB, `parse` 9 KB), more than
//! all the calendar arithmetic the UI uses.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use std::fmt::Write;

/// `2026-06-01`.
pub fn date(day: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_date(&mut out, day);
    out
}

/// `2026-06-01T08:30:00`, with `.123`, `.123456` or `.123456789` when the seconds have a
/// fraction.
pub fn date_time(at: NaiveDateTime) -> String {
    let mut out = String::with_capacity(19);
    push_date(&mut out, at.date());
    let (hour, minute, second) = (at.hour(), at.minute(), at.second());
    // chrono keeps a leap second as nanoseconds ≥ 1e9 of second 59 and writes it as second 60.
    let (second, nanos) = match at.nanosecond() {
        n if n >= 1_000_000_000 => (second + 1, n - 1_000_000_000),
        n => (second, n),
    };
    let _ = write!(out, "T{hour:02}:{minute:02}:{second:02}");
    let _ = if nanos == 0 {
        Ok(())
    } else if nanos % 1_000_000 == 0 {
        write!(out, ".{:03}", nanos / 1_000_000)
    } else if nanos % 1_000 == 0 {
        write!(out, ".{:06}", nanos / 1_000)
    } else {
        write!(out, ".{nanos:09}")
    };
    out
}

fn push_date(out: &mut String, day: NaiveDate) {
    let year = day.year();
    let _ = if (0..=9999).contains(&year) {
        write!(out, "{year:04}")
    } else {
        write!(out, "{year:+05}")
    };
    let _ = write!(out, "-{:02}-{:02}", day.month(), day.day());
}

/// Reads `2026-06-01` (a sign and more digits for years outside 0–9999); `None` for anything
/// else, including dates that do not exist such as `2026-02-30`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let (year, rest) = match text.as_bytes().first()? {
        b'+' | b'-' => {
            let end = 1 + text[1..].find('-')?;
            (text[..end].parse::<i32>().ok()?, &text[end..])
        }
        _ => {
            let end = text.find('-')?;
            if end != 4 {
                return None;
            }
            (digits(&text[..end])? as i32, &text[end..])
        }
    };
    let rest = rest.as_bytes();
    if rest.len() != 6 || rest[0] != b'-' || rest[3] != b'-' {
        return None;
    }
    let month = two_digits(&rest[1..3])?;
    let day = two_digits(&rest[4..6])?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Reads `2026-06-01T08:30:00` (or with a space for the `T`), with an optional fraction of up
/// to nine digits; `None` for anything else.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let split = text.find(['T', ' '])?;
    let day = parse_date(&text[..split])?;
    let time = &text.as_bytes()[split + 1..];
    if time.len() < 8 || time[2] != b':' || time[5] != b':' {
        return None;
    }
    let hour = two_digits(&time[0..2])?;
    let minute = two_digits(&time[3..5])?;
    let second = two_digits(&time[6..8])?;
    let nanos = match &time[8..] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            let value = digits(std::str::from_utf8(fraction).ok()?)?;
            value * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    // Second 60 is a leap second, kept by chrono as second 59 plus a whole second of nanos.
    let (second, nanos) = match second {
        60 => (59, nanos + 1_000_000_000),
        s => (s, nanos),
    };
    day.and_hms_nano_opt(hour, minute, second, nanos)
}

/// An unsigned number of ASCII digits only (no sign, no spaces).
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn two_digits(pair: &[u8]) -> Option<u32> {
    match pair {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some(u32::from(a - b'0') * 10 + u32::from(b - b'0')),
        _ => None,
    }
}

/// `#[serde(with = "iso::serde_date")]` for a `NaiveDate`.
pub mod serde_date {
    use chrono::NaiveDate;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::date(*day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_date(&text).ok_or_else(|| de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}

/// `#[serde(with = "iso::serde_opt_date")]` for an `Option<NaiveDate>` (`null` for `None`).
pub mod serde_opt_date {
    use chrono::NaiveDate;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        day: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match day {
            Some(day) => serializer.serialize_some(&super::date(*day)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => super::parse_date(&text)
                .map(Some)
                .ok_or_else(|| de::Error::custom("expected a date as YYYY-MM-DD")),
        }
    }
}

/// `#[serde(with = "iso::serde_date_time")]` for a `NaiveDateTime`.
pub mod serde_date_time {
    use chrono::NaiveDateTime;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(at: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::date_time(*at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<NaiveDateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_date_time(&text)
            .ok_or_else(|| de::Error::custom("expected a local time as YYYY-MM-DDTHH:MM:SS"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let days = [
            day(2026, 6, 1),
            day(2024, 2, 29),
            day(1999, 12, 31),
            day(2000, 1, 1),
            day(9, 3, 4),
            day(0, 1, 1),
            day(9999, 12, 31),
            day(10_000, 1, 1),
            day(-1, 7, 8),
            day(-12_345, 11, 30),
        ];
        for d in days {
            assert_eq!(date(d), d.to_string(), "{d:?}");
            assert_eq!(parse_date(&d.to_string()), Some(d), "{d:?}");
        }
    }

    #[test]
    fn date_times_are_written_as_chrono_writes_them() {
        let times = [
            NaiveTime::from_hms_opt(8, 30, 0),
            NaiveTime::from_hms_opt(0, 0, 0),
            NaiveTime::from_hms_opt(23, 59, 59),
            NaiveTime::from_hms_milli_opt(8, 30, 5, 120),
            NaiveTime::from_hms_micro_opt(8, 30, 5, 120_001),
            NaiveTime::from_hms_nano_opt(8, 30, 5, 7),
            NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500), // a leap second
        ];
        for time in times {
            let at = day(2026, 3, 29).and_time(time.expect("a real time"));
            assert_eq!(date_time(at), format!("{at:?}"));
            assert_eq!(parse_date_time(&format!("{at:?}")), Some(at), "{at:?}");
        }
    }

    #[test]
    fn a_space_may_stand_for_the_t() {
        let at = parse_date_time("2026-06-01 08:30:00");
        assert_eq!(
            at,
            Some(day(2026, 6, 1).and_hms_opt(8, 30, 0).expect("valid"))
        );
    }

    #[test]
    fn bad_text_is_refused() {
        for text in [
            "",
            "2026",
            "2026-6-1",
            "2026-06-1",
            "2026-06-01x",
            "26-06-01",
            "2026-02-30",
            "2026-13-01",
            "2026-06-01 ",
            " 2026-06-01",
            "+2026",
            "2026/06/01",
            "２０２６-06-01",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
        for text in [
            "2026-06-01",
            "2026-06-01T8:30:00",
            "2026-06-01T08:30",
            "2026-06-01T24:00:00",
            "2026-06-01T08:30:00.",
            "2026-06-01T08:30:00.1234567890",
            "2026-06-01T08:30:00Z",
            "2026-06-01T08:60:00",
        ] {
            assert_eq!(parse_date_time(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_serde_adapters_keep_the_wire_text() {
        #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        struct Wire {
            #[serde(with = "serde_date")]
            day: NaiveDate,
            #[serde(with = "serde_opt_date")]
            maybe: Option<NaiveDate>,
            #[serde(with = "serde_date_time")]
            at: NaiveDateTime,
        }
        let wire = Wire {
            day: day(2026, 6, 1),
            maybe: None,
            at: day(2026, 6, 1).and_hms_opt(8, 30, 0).expect("valid"),
        };
        let json = serde_json::to_string(&wire).expect("serialises");
        assert_eq!(
            json,
            r#"{"day":"2026-06-01","maybe":null,"at":"2026-06-01T08:30:00"}"#
        );
        assert_eq!(
            serde_json::from_str::<Wire>(&json).expect("reads back"),
            wire
        );
        let some = r#"{"day":"2026-06-01","maybe":"2024-02-29","at":"2026-06-01T08:30:00"}"#;
        let read: Wire = serde_json::from_str(some).expect("reads");
        assert_eq!(read.maybe, Some(day(2024, 2, 29)));
        let bad = r#"{"day":"2026-02-30","maybe":null,"at":"2026-06-01T08:30:00"}"#;
        let err = serde_json::from_str::<Wire>(bad).expect_err("no such day");
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    }
}
