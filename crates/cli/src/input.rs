//! Reading the CLI's flag values with the model's readers, so a date or a duration typed here
//! means what it means in the app; messages name the flag.

use crate::{fail, Failure};
use chrono::NaiveDate;
use stint_model::{duration, iso};

/// `--flag YYYY-MM-DD` (four-digit years only: `26-1-1` is not the year 26).
pub fn date(flag: &str, raw: &str) -> Result<NaiveDate, Failure> {
    iso::parse_date(raw.trim()).ok_or_else(|| {
        fail(format!(
            "--{flag} `{raw}` is not a date (expected YYYY-MM-DD, e.g. 2026-06-01)"
        ))
    })
}

/// `--flag YYYY-MM` as a year and a month (1–12).
pub fn month(flag: &str, raw: &str) -> Result<(i32, u32), Failure> {
    let text = raw.trim();
    let bad = || {
        fail(format!(
            "--{flag} `{raw}` is not a month (expected YYYY-MM with a month from 01 to 12, e.g. \
             2026-06)"
        ))
    };
    let (year, month) = text.split_once('-').ok_or_else(bad)?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return Err(bad());
    }
    let year: i32 = year.parse().map_err(|_| bad())?;
    let month: u32 = month.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) {
        return Err(bad());
    }
    Ok((year, month))
}

/// `--flag 8h` / `7:42` / `7.7` / `8` (hours) as minutes, zero or more.
pub fn hours(flag: &str, raw: &str) -> Result<u32, Failure> {
    duration::parse_unsigned(raw).map_err(|err| fail(format!("--{flag} `{}` {err}", raw.trim())))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Texts for the never-panic loops (this crate has no proptest): a seeded xorshift picks
    /// digits, signs, separators and multi-byte letters, and now and then a digit run longer
    /// than any integer type holds. The same seed gives the same texts, so a failure repeats.
    pub(crate) fn texts(count: usize) -> impl Iterator<Item = String> {
        let pieces: Vec<&str> = concat!(
            "0|1|2|5|9|-|+|−|:|.|,|h|m|H| |T|",
            "é|€|２|\u{0}|\n|2026|-01|-12-31"
        )
        .split('|')
        .collect();
        let mut state: u64 = 0x5EED_2026_0601_0001;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count).map(move |_| {
            let len = next() % 12;
            let mut text: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            if next() % 8 == 0 {
                text.push_str(&"9".repeat((next() % 400) as usize));
            }
            text
        })
    }

    #[test]
    fn any_flag_value_is_read_or_refused_never_a_panic() {
        for raw in texts(20_000) {
            match date("from", &raw) {
                // Unsigned, only YYYY-MM-DD is a date; signed (years beyond 0–9999), four or
                // more digits that read back as the same day.
                Ok(day) if raw.trim().starts_with(['+', '-']) => {
                    assert_eq!(iso::parse_date(&iso::date(day)), Some(day), "`{raw}`")
                }
                Ok(day) => assert_eq!(iso::date(day), raw.trim(), "only YYYY-MM-DD"),
                Err(err) => assert!(err.message.starts_with("--from `"), "{}", err.message),
            }
            match hours("monday", &raw) {
                Ok(minutes) => assert!(
                    i64::from(minutes) <= duration::MAX_MINUTES,
                    "`{raw}` read past the limit"
                ),
                Err(err) => assert!(err.message.starts_with("--monday `"), "{}", err.message),
            }
        }
    }

    #[test]
    fn dates_need_four_digit_years() {
        assert!(date("from", "2026-06-01").is_ok());
        for bad in ["26-1-1", "2026-6-1", "2026-13-01", "yesterday"] {
            let err = date("from", bad).expect_err(bad);
            assert!(err.message.contains(bad), "names `{bad}`: {}", err.message);
        }
    }

    #[test]
    fn months_are_yyyy_mm_and_refusals_name_the_value() {
        assert_eq!(month("month", "2026-06").ok(), Some((2026, 6)));
        assert_eq!(month("month", " 2026-12 ").ok(), Some((2026, 12)));
        for bad in [
            "2026-13",
            "2026-00",
            "2026-6",
            "26-06",
            "2026/06",
            "June",
            "",
            "2026-06-01",
        ] {
            let err = month("month", bad).expect_err(bad);
            assert!(
                err.message
                    .starts_with(&format!("--month `{bad}` is not a month")),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn hours_read_like_everywhere_else() {
        assert_eq!(hours("monday", "7:42").ok(), Some(462));
        assert_eq!(
            hours("monday", "8").ok(),
            Some(480),
            "a bare number is hours"
        );
        let err = hours("monday", "-1h").expect_err("negative");
        assert!(err.message.contains("negative"), "{}", err.message);
        let err = hours("monday", "71582789h").expect_err("absurd");
        assert!(err.message.contains("too long"), "{}", err.message);
    }
}
