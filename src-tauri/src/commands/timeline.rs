//! The Timeline commands: the day plans of a date range, as the calendar views show them, and
//! the balances shown above them.
//!
//! Dates arrive as ISO strings from the webview; a malformed one is an `invalid_input` naming the
//! argument, so the UI can say which end of the range was wrong.

use super::core;
use crate::active::ActiveCore;
use crate::preferences;
use chrono::NaiveDate;
use stint_core::Stint;
use stint_model::{iso, Balances, IpcError, Language, Timeline};
use tauri::{AppHandle, State};

/// The day plans of `from..=to`, holidays named in the language the user reads.
#[tauri::command]
pub async fn timeline(
    from: String,
    to: String,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<Timeline, IpcError> {
    let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
    let lang = if preferences::speaks_german(&app) {
        Language::De
    } else {
        Language::En
    };
    core(&stint, move |s| s.timeline_in(from, to, lang)).await
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
