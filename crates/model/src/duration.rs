//! Durations as people type them and as Stint writes them: the one reader and the one `h:mm`
//! writer for every field that holds a duration (weekly hours, the carry-over, the CLI's flags,
//! the UI's forms), so the same text means the same minutes wherever it is typed.
//!
//! Accepted: `8h`, `7h42m`, `45m`, `7:42`, `7.7` / `7,7` and `8`. **A bare number is hours,
//! everywhere** — `8` can never silently mean eight minutes. A leading `-` (or `−`) makes it
//! negative; callers whose field cannot be negative refuse that with their own message.
//! Errors are a closed set ([`DurationError`]) so the UI can word them in its language and the
//! core in English.

use std::fmt;

/// The largest duration read at all: 100,000 hours. Fields have smaller limits of their own;
/// this one only keeps the arithmetic far from overflowing.
pub const MAX_MINUTES: i64 = 100_000 * 60;

/// Why a text is not a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    /// Nothing was typed.
    Empty,
    /// Not one of the accepted forms.
    NotADuration,
    /// Decimal hours that are not a whole number of minutes (`1.01`).
    NotWholeMinutes,
    /// More than [`MAX_MINUTES`].
    TooLong,
    /// Negative where only zero or more makes sense (weekly hours).
    Negative,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "is empty: give hours like 8h, 7h42m, 7:42 or 7.7",
            Self::NotADuration => "is not a duration: use 8h, 7h42m, 45m, 7:42 or 7.7 (hours)",
            Self::NotWholeMinutes => "is not a whole number of minutes: use e.g. 7:42 or 7.7",
            Self::TooLong => "is far too long for a duration (at most 100000 hours)",
            Self::Negative => "is negative: give zero or more hours",
        })
    }
}

/// Reads `raw` (see the module docs) into whole minutes, negative when it starts with `-`.
pub fn parse(raw: &str) -> Result<i64, DurationError> {
    let text = raw.trim().to_ascii_lowercase().replace(' ', "");
    if text.is_empty() {
        return Err(DurationError::Empty);
    }
    let (sign, body) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(&text)),
    };
    let minutes = if let Some((h, m_text)) = body.split_once(':') {
        let (h, m) = (number(h)?, number(m_text)?);
        if m >= 60 || m_text.len() != 2 {
            return Err(DurationError::NotADuration);
        }
        h.checked_mul(60).and_then(|h| h.checked_add(m))
    } else if body.ends_with('h') || body.ends_with('m') {
        let (h, rest) = match body.split_once('h') {
            Some((h, rest)) => (number(h)?, rest),
            None => (0, body),
        };
        let m = match rest.strip_suffix('m') {
            Some(m) => number(m)?,
            None if rest.is_empty() => 0,
            None => return Err(DurationError::NotADuration),
        };
        if body.contains('h') && m >= 60 {
            return Err(DurationError::NotADuration);
        }
        h.checked_mul(60).and_then(|h| h.checked_add(m))
    } else {
        Some(decimal_hours(body)?)
    };
    match minutes {
        Some(minutes) if minutes <= MAX_MINUTES => Ok(sign * minutes),
        _ => Err(DurationError::TooLong),
    }
}

/// Digits only (no sign, no spaces), as a number that cannot overflow the arithmetic above.
fn number(text: &str) -> Result<i64, DurationError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DurationError::NotADuration);
    }
    // More digits than any accepted duration has: too long, not "not a duration".
    if text.trim_start_matches('0').len() > 12 {
        return Err(DurationError::TooLong);
    }
    text.parse().map_err(|_| DurationError::NotADuration)
}

/// `7.7` or `7,7` hours as minutes, exactly: digits and at most one separator, no float
/// rounding (7.7 h is 462 minutes, not 461.99…).
fn decimal_hours(body: &str) -> Result<i64, DurationError> {
    let body = body.replace(',', ".");
    let (whole, fraction) = body.split_once('.').unwrap_or((&body, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(DurationError::NotADuration);
    }
    let whole = if whole.is_empty() { 0 } else { number(whole)? };
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || fraction.len() > 9 {
        return Err(DurationError::NotADuration);
    }
    // minutes = (whole + fraction / 10^n) * 60, exact in integers.
    let scale = 10_i64.pow(fraction.len() as u32);
    let fraction = if fraction.is_empty() {
        0
    } else {
        number(fraction)?
    };
    let sixtieths = fraction * 60;
    if sixtieths % scale != 0 {
        return Err(DurationError::NotWholeMinutes);
    }
    whole
        .checked_mul(60)
        .and_then(|m| m.checked_add(sixtieths / scale))
        .ok_or(DurationError::TooLong)
}

/// The most one weekday of weekly hours can hold: 24 h.
pub const MAX_DAY_MINUTES: u32 = 24 * 60;

/// Like [`parse`], for fields that cannot be negative (weekly hours).
pub fn parse_unsigned(raw: &str) -> Result<u32, DurationError> {
    let minutes = parse(raw)?;
    if minutes < 0 {
        return Err(DurationError::Negative);
    }
    u32::try_from(minutes).map_err(|_| DurationError::TooLong)
}

/// Minutes as `h:mm` (`462` → `7:42`, `-75` → `-1:15`): what [`parse`] reads back unchanged.
pub fn hm(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let abs = minutes.unsigned_abs();
    format!("{sign}{}:{:02}", abs / 60, abs % 60)
}

/// A balance as `h:mm` that always shows its direction: `+0:30`, `-1:15`, `0:00`.
pub fn signed_hm(minutes: i64) -> String {
    if minutes > 0 {
        format!("+{}", hm(minutes))
    } else {
        hm(minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_people_type_reads_the_same_minutes() {
        for (raw, minutes) in [
            ("8h", 480),
            ("7h42m", 462),
            ("45m", 45),
            ("7:42", 462),
            ("7.7", 462),
            ("7,7", 462),
            ("8", 480),
            ("0", 0),
            (" 6H ", 360),
            ("7h 30m", 450),
            ("0:05", 5),
            ("-3:30", -210),
            ("+2h", 120),
            ("-3.5", -210),
            ("1,25", 75),
            ("-45m", -45),
            (" - 1:05 ", -65),
            ("−2:00", -120),
            (".5", 30),
            ("38.5", 2310),
            ("90m", 90),
        ] {
            assert_eq!(parse(raw), Ok(minutes), "`{raw}`");
        }
    }

    #[test]
    fn unsigned_fields_refuse_a_minus() {
        assert_eq!(parse_unsigned("7:42"), Ok(462));
        assert_eq!(parse_unsigned("-1h"), Err(DurationError::Negative));
        assert_eq!(parse_unsigned("-0"), Ok(0), "minus nothing is nothing");
    }

    #[test]
    fn a_bare_number_is_hours_never_minutes() {
        assert_eq!(parse("90"), Ok(90 * 60), "90 means ninety hours");
        assert_eq!(parse("1"), Ok(60), "1 means one hour");
    }

    #[test]
    fn nonsense_is_refused_with_a_reason() {
        for (raw, why) in [
            ("", DurationError::Empty),
            ("  ", DurationError::Empty),
            ("-", DurationError::NotADuration),
            ("abc", DurationError::NotADuration),
            ("3:75", DurationError::NotADuration),
            ("3:5", DurationError::NotADuration),
            ("1h75m", DurationError::NotADuration),
            ("--3", DurationError::NotADuration),
            ("3:-5", DurationError::NotADuration),
            ("h", DurationError::NotADuration),
            ("m", DurationError::NotADuration),
            ("8x", DurationError::NotADuration),
            ("1.2.3", DurationError::NotADuration),
            ("1.01", DurationError::NotWholeMinutes),
            ("71582789h", DurationError::TooLong),
            ("200000000000000000:00", DurationError::TooLong),
            ("99999999999999999999999", DurationError::TooLong),
            ("100001", DurationError::TooLong),
        ] {
            assert_eq!(parse(raw), Err(why), "`{raw}`");
        }
    }

    #[test]
    fn written_minutes_read_back_unchanged() {
        for minutes in [-210, -1, 0, 5, 59, 60, 462, 1440, MAX_MINUTES, -MAX_MINUTES] {
            assert_eq!(parse(&hm(minutes)), Ok(minutes), "{minutes}");
        }
        for (minutes, plain, signed) in [
            (0, "0:00", "0:00"),
            (5, "0:05", "+0:05"),
            (450, "7:30", "+7:30"),
            (-75, "-1:15", "-1:15"),
            (6000, "100:00", "+100:00"),
        ] {
            assert_eq!(hm(minutes), plain, "{minutes} min as h:mm");
            assert_eq!(signed_hm(minutes), signed, "{minutes} min as a balance");
        }
    }
}
