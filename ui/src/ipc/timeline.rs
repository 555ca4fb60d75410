//! The Timeline's backend calls: day plans of a date range (both ends inclusive) and the
//! balances shown above them.

use chrono::NaiveDate;
use serde::Serialize;
use stint_model::ipc::commands::{BALANCES, TIMELINE};
use stint_model::{iso, Balances, IpcError, Timeline};

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
