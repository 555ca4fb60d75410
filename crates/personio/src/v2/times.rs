//! Local date-times as v2 writes and wants them: `2026-06-01T09:00:00`, no offset.
//!
//! Personio refuses a filter value ending in `Z` [seen], and its times are the employee's wall
//! clock. So times are written without offset, and read as written: an offset or fraction a
//! server adds anyway is dropped, never converted (that would move the time).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

const FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// `2026-06-01T09:00:00`.
pub(crate) fn write(time: NaiveDateTime) -> String {
    time.format(FORMAT).to_string()
}

/// The first moment of a day, written.
pub(crate) fn day_start(date: NaiveDate) -> String {
    write(date.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// The last second of a day, written.
pub(crate) fn day_end(date: NaiveDate) -> String {
    write(date.and_hms_opt(23, 59, 59).unwrap_or_default())
}

/// The local date-time at the start of `text` (seconds optional), whatever follows.
pub(crate) fn local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    let date = crate::v1::dates::calendar_date(text)?;
    let time = text.get(11..).unwrap_or_default();
    if time.is_empty() {
        return date.and_hms_opt(0, 0, 0);
    }
    let clock: String = time.chars().take(8).collect();
    let parsed = NaiveTime::parse_from_str(&clock, "%H:%M:%S")
        .ok()
        .or_else(|| NaiveTime::parse_from_str(clock.get(..5)?, "%H:%M").ok())?;
    Some(date.and_time(parsed))
}

/// Serde reader for a local date-time.
pub(crate) fn de_local<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let text = String::deserialize(d)?;
    local(&text).ok_or_else(|| {
        D::Error::custom(format!(
            "expected a date-time like 2026-06-01T09:00:00, got {text:?}"
        ))
    })
}

/// Serde reader for an optional local date-time (`null` or missing is `None`).
pub(crate) fn de_opt_local<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDateTime>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(text) if text.trim().is_empty() => Ok(None),
        Some(text) => local(&text).map(Some).ok_or_else(|| {
            D::Error::custom(format!(
                "expected a date-time like 2026-06-01T09:00:00, got {text:?}"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_without_offset_and_reads_as_written() {
        let nine = NaiveDate::from_ymd_opt(2026, 6, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(
            write(nine),
            "2026-06-01T09:00:00",
            "no `Z`: Personio refuses it"
        );
        for text in [
            "2026-06-01T09:00:00",
            "2026-06-01T09:00",
            "2026-06-01T09:00:00.000",
            "2026-06-01T09:00:00Z",
            "2026-06-01T09:00:00+02:00",
        ] {
            assert_eq!(
                local(text),
                Some(nine),
                "{text} is 09:00 on the wall clock; an offset is dropped, not applied"
            );
        }
        assert_eq!(local("9 o'clock"), None, "garbage is no time");
        assert_eq!(local("2026-06-01T25:00:00"), None, "25:00 is no time");
    }
}
