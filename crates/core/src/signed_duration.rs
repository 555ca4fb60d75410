//! Signed durations as people type them, for the carried-over balance: `-3:30`, `+2h`,
//! `-3.5`, `1,25`, `-45m`, `7h30m`. A bare number is hours (as in the weekly hours form), never
//! minutes, so `-3` cannot silently mean three minutes.

/// The largest carry-over accepted: 2,000 hours either way (a whole working year and more).
pub const LIMIT_MINUTES: i64 = 2_000 * 60;

/// Parses `raw` into whole minutes; the message names the input and shows the accepted forms.
pub fn parse(raw: &str) -> Result<i64, String> {
    let text = raw.trim().to_ascii_lowercase().replace(' ', "");
    let bad = || {
        format!(
            "`{}` is not a duration: use hours like -3:30, 2.5 or -1h15m",
            raw.trim()
        )
    };
    let (sign, body) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(&text)),
    };
    if body.is_empty() {
        return Err(bad());
    }
    let minutes = if let Some((h, m)) = body.split_once(':') {
        let h: i64 = h.parse().map_err(|_| bad())?;
        let m: i64 = m.parse().map_err(|_| bad())?;
        if m >= 60 || h < 0 || m < 0 {
            return Err(bad());
        }
        h * 60 + m
    } else if body.ends_with('h') || body.ends_with('m') {
        let (h, rest) = match body.split_once('h') {
            Some((h, rest)) => (h.parse::<i64>().map_err(|_| bad())?, rest),
            None => (0, body),
        };
        let m = match rest.strip_suffix('m') {
            Some(m) => m.parse::<i64>().map_err(|_| bad())?,
            None if rest.is_empty() => 0,
            None => return Err(bad()),
        };
        if h < 0 || m < 0 || (h > 0 && m >= 60) {
            return Err(bad());
        }
        h * 60 + m
    } else {
        let hours: f64 = body.replace(',', ".").parse().map_err(|_| bad())?;
        if !hours.is_finite() || hours < 0.0 {
            return Err(bad());
        }
        let minutes = hours * 60.0;
        if (minutes - minutes.round()).abs() > 1e-6 {
            return Err(format!(
                "`{}` is not a whole number of minutes: use e.g. -3:30 or 2.5",
                raw.trim()
            ));
        }
        minutes.round() as i64
    };
    if minutes > LIMIT_MINUTES {
        return Err(format!(
            "`{}` is more than {} hours: check the carry-over",
            raw.trim(),
            LIMIT_MINUTES / 60
        ));
    }
    Ok(sign * minutes)
}

/// Minutes as `-3:30` / `2:00` / `0:00`: what `parse` reads back unchanged.
pub fn format(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let abs = minutes.unsigned_abs();
    format!("{sign}{}:{:02}", abs / 60, abs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carry_over_is_read_in_the_forms_people_type() {
        for (raw, minutes) in [
            ("-3:30", -210),
            ("+2h", 120),
            ("2h", 120),
            ("-3.5", -210),
            ("1,25", 75),
            ("-45m", -45),
            ("7h30m", 450),
            (" - 1:05 ", -65),
            ("0", 0),
            ("−2:00", -120),
            ("2000", 2_000 * 60),
        ] {
            assert_eq!(parse(raw), Ok(minutes), "`{raw}`");
        }
    }

    #[test]
    fn nonsense_and_absurd_carry_overs_are_refused_with_the_input_named() {
        for raw in [
            "", "-", "abc", "3:75", "1h75m", "1.01", "2001", "--3", "3:-5", "h",
        ] {
            let err = parse(raw).expect_err(raw);
            assert!(err.contains(raw.trim()), "the message names `{raw}`: {err}");
        }
    }

    #[test]
    fn formatted_minutes_read_back_unchanged() {
        for minutes in [-210, -1, 0, 59, 60, 450, LIMIT_MINUTES, -LIMIT_MINUTES] {
            assert_eq!(parse(&format(minutes)), Ok(minutes), "{minutes}");
        }
        assert_eq!(format(-210), "-3:30");
        assert_eq!(format(5), "0:05");
    }
}
