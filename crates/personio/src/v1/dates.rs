//! Calendar dates exactly as Personio writes them.
//!
//! Time-offs come as `2017-12-27T00:00:00+01:00` or `…+0100` [seen]. Converting that to UTC
//! would move the absence to the 26th, so the date is taken as written: the first ten
//! characters, whatever the time and offset after them.

use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

/// The calendar date at the start of `text`, ignoring time and offset.
pub(crate) fn calendar_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let date = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// Serde reader for a date or date-time taken as written.
pub(crate) fn as_written<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    calendar_date(&text)
        .ok_or_else(|| D::Error::custom(format!("expected a date like 2024-05-31, got {text:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_date_as_written_whatever_the_offset() {
        let expected = NaiveDate::from_ymd_opt(2017, 12, 27);
        for text in [
            "2017-12-27",
            "2017-12-27T00:00:00+01:00",
            "2017-12-27T00:00:00+0100",
            "2017-12-27T00:00:00Z",
            "2017-12-27T23:30:00-05:00",
            "2017-12-27 00:00:00",
        ] {
            assert_eq!(
                calendar_date(text),
                expected,
                "{text} is the 27th as written; UTC conversion would shift the day"
            );
        }
    }

    #[test]
    fn rejects_what_is_no_date() {
        for text in ["27.12.2017", "2017-13-01", "2017-12-2", "2017-12-27X", ""] {
            assert_eq!(calendar_date(text), None, "{text:?} is not an ISO date");
        }
    }
}
