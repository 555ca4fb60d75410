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

/// `--flag 8h` / `7:42` / `7.7` / `8` (hours) as minutes, zero or more.
pub fn hours(flag: &str, raw: &str) -> Result<u32, Failure> {
    duration::parse_unsigned(raw).map_err(|err| fail(format!("--{flag} `{}` {err}", raw.trim())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_need_four_digit_years() {
        assert!(date("from", "2026-06-01").is_ok());
        for bad in ["26-1-1", "2026-6-1", "2026-13-01", "yesterday"] {
            let err = date("from", bad).expect_err(bad);
            assert!(err.message.contains(bad), "names `{bad}`: {}", err.message);
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
