//! Shape checks shared by the table modules, run before SQL so errors name the field.
//!
//! The schema's CHECK constraints say the same things as a last line of defence; these give the
//! specific message.

use chrono::NaiveDate;

use crate::error::{invalid, Result};

/// `end` must not be before `start` (ranges are inclusive).
pub(crate) fn date_range(table: &'static str, start: NaiveDate, end: NaiveDate) -> Result<()> {
    if end < start {
        return Err(invalid(
            table,
            "end_date",
            format!("ends {end}, before it starts {start}"),
        ));
    }
    Ok(())
}

/// Minutes of one day: 0..=1440.
pub(crate) fn day_minutes(table: &'static str, field: &'static str, minutes: u32) -> Result<()> {
    if minutes > 1440 {
        return Err(invalid(
            table,
            field,
            format!("{minutes} minutes is more than a day (1440)"),
        ));
    }
    Ok(())
}

/// Text that must say something.
pub(crate) fn non_empty(table: &'static str, field: &'static str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(invalid(table, field, "must not be empty"));
    }
    Ok(())
}

/// A finite number of days (not NaN or infinite).
pub(crate) fn finite(table: &'static str, field: &'static str, value: f64) -> Result<()> {
    if !value.is_finite() {
        return Err(invalid(
            table,
            field,
            format!("{value} is not a number of days"),
        ));
    }
    Ok(())
}
