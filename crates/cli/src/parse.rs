//! Parsing of the CLI's dates, times and durations, with messages that name the input.

use chrono::{NaiveDate, NaiveTime};

pub fn date(flag: &str, raw: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
        format!("--{flag} `{raw}` is not a date (expected YYYY-MM-DD, e.g. 2026-06-01)")
    })
}

pub fn time(flag: &str, raw: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M")
        .map_err(|_| format!("--{flag} `{raw}` is not a time (expected HH:MM, e.g. 09:30)"))
}

/// `8h`, `7h30m`, `45m`, `90` (minutes), `0`.
pub fn duration(flag: &str, raw: &str) -> Result<u32, String> {
    let text = raw.trim().to_ascii_lowercase();
    let bad = || format!("--{flag} `{raw}` is not a duration (e.g. 8h, 7h30m, 45m)");
    if let Ok(minutes) = text.parse::<u32>() {
        return Ok(minutes);
    }
    let (hours, rest) = match text.split_once('h') {
        Some((h, rest)) => (h.parse::<u32>().map_err(|_| bad())?, rest),
        None => (0, text.as_str()),
    };
    let minutes = match rest.strip_suffix('m') {
        Some(m) if !m.is_empty() => m.parse::<u32>().map_err(|_| bad())?,
        Some(_) => return Err(bad()),
        None if rest.is_empty() => 0,
        None => return Err(bad()),
    };
    if minutes >= 60 && hours > 0 {
        return Err(bad());
    }
    Ok(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_people_write_them() {
        for (raw, minutes) in [
            ("8h", 480),
            ("7h30m", 450),
            ("45m", 45),
            ("0", 0),
            ("90", 90),
            (" 6H ", 360),
        ] {
            assert_eq!(duration("monday", raw), Ok(minutes), "{raw}");
        }
        for raw in ["8x", "h", "7h75m", "-1", "m"] {
            assert!(duration("monday", raw).is_err(), "`{raw}` must be refused");
        }
    }
}
