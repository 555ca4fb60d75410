//! Dates (`2026-06-01`) and local date-times (`2026-06-01T08:30:00`) as text, written and read
//! by hand, plus the serde adapters the wire types use for them.
//!
//! The text is exactly chrono's own (its `Debug`, which its serde and `Display` use): a year
//! outside 0–9999 gets a sign and the seconds a fraction only when they have one. Doing it here
//! keeps chrono's general formatter and parser out of the UI's wasm, where twiggy measured them
//! at about 25 KB of the shipped file (`NaiveDate`'s `Debug` 16 KB, `parse` 9 KB), more than
//! all the calendar arithmetic the UI uses.

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike,
};
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

/// Reads `2026-06-01` (a sign and four or more digits for years outside 0–9999); `None` for
/// anything else, including dates that do not exist such as `2026-02-30` and short years such
/// as `26-1-1` or `+26-01-01` (never the year 26). Slices only at ASCII positions it found, so
/// any text — `+é-01-01` included — is an answer, never a panic.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let (sign, unsigned) = match text.as_bytes().first()? {
        b'+' => (1, text.get(1..)?),
        b'-' => (-1, text.get(1..)?),
        _ => (0, text),
    };
    let end = unsigned.find('-')?;
    let (year_digits, rest) = (unsigned.get(..end)?, unsigned.get(end..)?);
    // Four digits without a sign; with one (years beyond 0–9999, as `date` writes them) four
    // or more. Digits beyond an `i64` or chrono's range are no year: `None`, not an overflow.
    let four_digits = if sign == 0 { end == 4 } else { end >= 4 };
    if !four_digits || !year_digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude: i64 = year_digits.parse().ok()?;
    let year = i32::try_from(if sign < 0 { -magnitude } else { magnitude }).ok()?;
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
    let day = parse_date(text.get(..split)?)?;
    let time = text.as_bytes().get(split + 1..)?;
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

/// `08:30`: a time of day as forms and lists show it (seconds dropped).
pub fn time_of_day(at: NaiveTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// Reads `8:30` or `08:30` (24-hour clock); `None` for anything else, such as `25:00` or `9h`.
pub fn parse_time_of_day(text: &str) -> Option<NaiveTime> {
    let (hour, minute) = text.trim().split_once(':')?;
    if hour.is_empty() || hour.len() > 2 || minute.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(digits(hour)?, digits(minute)?, 0)
}

/// `2026-06-01T08:30:00+02:00`: a moment with the offset it was seen at (RFC 3339).
pub fn offset_date_time(at: DateTime<FixedOffset>) -> String {
    let mut out = date_time(at.naive_local());
    let offset = at.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs() / 60;
    let _ = write!(out, "{sign}{:02}:{:02}", offset / 60, offset % 60);
    out
}

/// Reads what [`offset_date_time`] writes, and `Z` for UTC; `None` for anything else.
pub fn parse_offset_date_time(text: &str) -> Option<DateTime<FixedOffset>> {
    let (local, offset_seconds) = if let Some(local) = text.strip_suffix(['Z', 'z']) {
        (local, 0)
    } else {
        let split = text.len().checked_sub(6)?;
        let (local, offset) = (text.get(..split)?, text.get(split..)?.as_bytes());
        let sign = match offset[0] {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        if offset[3] != b':' {
            return None;
        }
        // RFC 3339: hours 00–23, minutes 00–59 (`+02:99` is no offset, not +03:39).
        let (hours, minutes) = (two_digits(&offset[1..3])?, two_digits(&offset[4..6])?);
        if hours > 23 || minutes > 59 {
            return None;
        }
        let minutes = hours * 60 + minutes;
        (local, sign * i32::try_from(minutes).ok()? * 60)
    };
    let local = parse_date_time(local)?;
    FixedOffset::east_opt(offset_seconds)?
        .from_local_datetime(&local)
        .single()
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

/// `#[serde(with = "iso::serde_opt_time")]` for an `Option<NaiveTime>` written `HH:MM`.
pub mod serde_opt_time {
    use chrono::NaiveTime;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        at: &Option<NaiveTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => serializer.serialize_str(&super::time_of_day(*at)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => super::parse_time_of_day(&text)
                .map(Some)
                .ok_or_else(|| de::Error::custom("expected a time of day as HH:MM")),
        }
    }
}

/// `#[serde(with = "iso::serde_offset_date_time")]` for a `DateTime<FixedOffset>`.
pub mod serde_offset_date_time {
    use chrono::{DateTime, FixedOffset};
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        at: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::offset_date_time(*at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_offset_date_time(&text)
            .ok_or_else(|| de::Error::custom("expected a moment as YYYY-MM-DDTHH:MM:SS+HH:MM"))
    }
}

/// `#[serde(with = "iso::serde_opt_offset_date_time")]` for an `Option<DateTime<FixedOffset>>`.
pub mod serde_opt_offset_date_time {
    use chrono::{DateTime, FixedOffset};
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        at: &Option<DateTime<FixedOffset>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => serializer.serialize_str(&super::offset_date_time(*at)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => super::parse_offset_date_time(&text)
                .map(Some)
                .ok_or_else(|| de::Error::custom("expected a moment as YYYY-MM-DDTHH:MM:SS+HH:MM")),
        }
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
            "+26-01-01",
            "-26-01-01",
            "+é-01-01",
            "é-01-01",
            "+-2026-01-01",
            "+99999999999999999999-01-01",
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

    #[test]
    fn times_of_day_and_offset_moments_read_back_what_is_written() {
        for (text, ok) in [
            ("09:30", Some((9, 30))),
            ("9:05", Some((9, 5))),
            (" 23:59 ", Some((23, 59))),
            ("24:00", None),
            ("9h", None),
            ("9:5", None),
            ("", None),
            ("-1:00", None),
        ] {
            let got = parse_time_of_day(text).map(|t| (t.hour(), t.minute()));
            assert_eq!(got, ok, "`{text}` as a time of day");
        }
        assert_eq!(
            time_of_day(NaiveTime::from_hms_opt(7, 5, 59).unwrap()),
            "07:05"
        );
        for text in [
            "2026-06-01T08:30:00+02:00",
            "2026-12-01T23:59:59-05:30",
            "2026-01-01T00:00:00+00:00",
        ] {
            let at = parse_offset_date_time(text).expect(text);
            assert_eq!(offset_date_time(at), text, "written back unchanged");
            let chrono_reads = DateTime::parse_from_rfc3339(text).expect("chrono reads it");
            assert_eq!(at, chrono_reads, "the same moment as chrono reads: {text}");
        }
        assert_eq!(
            parse_offset_date_time("2026-06-01T06:30:00Z").map(|at| at.to_rfc3339()),
            Some("2026-06-01T06:30:00+00:00".to_owned()),
            "Z is UTC"
        );
        for bad in [
            "2026-06-01T08:30:00",
            "2026-06-01T08:30:00+2:00",
            "2026-06-01T08:30:00+02:99",
            "2026-06-01T08:30:00+24:00",
            "x",
            "",
        ] {
            assert!(parse_offset_date_time(bad).is_none(), "`{bad}` is refused");
        }
    }
}
