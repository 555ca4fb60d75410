//! The Timeline commands: the day plans of a date range, as the calendar views show them, and
//! the balances shown above them.
//!
//! Dates arrive as ISO strings from the webview; a malformed one is an `invalid_input` naming the
//! argument, so the UI can say which end of the range was wrong.

use super::core;
use crate::active::ActiveCore;
use chrono::NaiveDate;
use stint_core::Stint;
use stint_model::{iso, Balances, IpcError, Timeline};
use tauri::State;

#[tauri::command]
pub async fn timeline(
    from: String,
    to: String,
    stint: State<'_, ActiveCore>,
) -> Result<Timeline, IpcError> {
    let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
    core(&stint, move |s| s.timeline(from, to)).await
}

/// Personio's time-off balances per type and the running balance up to today.
#[tauri::command]
pub async fn balances(stint: State<'_, ActiveCore>) -> Result<Balances, IpcError> {
    core(&stint, Stint::balances).await
}

pub(crate) fn parse_date(field: &str, text: &str) -> Result<NaiveDate, IpcError> {
    iso::parse_date(text).ok_or_else(|| {
        IpcError::invalid(
            field,
            format!("`{text}` is not a date: send it as YYYY-MM-DD, e.g. 2026-06-01"),
        )
    })
}
