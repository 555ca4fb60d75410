//! The Timeline's backend calls: day plans of a date range (both ends inclusive) and the
//! balances shown above them, and saving the shown month's timesheet or its year's absences.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use stint_model::ipc::commands::{BALANCES, EXPORT_FILE, TIMELINE};
use stint_model::{iso, Balances, ExportKind, IpcError, Timeline};

#[derive(Serialize)]
struct RangeArgs {
    #[serde(with = "iso::serde_date")]
    from: NaiveDate,
    #[serde(with = "iso::serde_date")]
    to: NaiveDate,
}

/// Dates cross as `YYYY-MM-DD`, which is what the `timeline` command parses.
pub async fn timeline(from: NaiveDate, to: NaiveDate) -> Result<Timeline, IpcError> {
    super::invoke(TIMELINE, &RangeArgs { from, to }).await
}

/// Personio's time-off balances per type (empty while not connected) and the running balance.
pub async fn balances() -> Result<Balances, IpcError> {
    super::invoke(BALANCES, &super::NoArgs {}).await
}

#[derive(Serialize)]
struct ExportArgs {
    kind: ExportKind,
    month: String,
}

/// Saves the month's timesheet or its year's absences where the user chooses; answers the path
/// saved to, or `None` when the save dialog was cancelled.
pub async fn export_file(kind: ExportKind, month: NaiveDate) -> Result<Option<String>, IpcError> {
    let month = format!("{}-{:02}", month.year(), month.month());
    super::invoke(EXPORT_FILE, &ExportArgs { kind, month }).await
}
