//! The Timeline's backend call: day plans of a date range (both ends inclusive).

use chrono::NaiveDate;
use serde::Serialize;
use stint_model::{IpcError, Timeline};

#[derive(Serialize)]
struct RangeArgs {
    from: NaiveDate,
    to: NaiveDate,
}

/// Dates cross as `YYYY-MM-DD`, which is what the `timeline` command parses.
pub async fn timeline(from: NaiveDate, to: NaiveDate) -> Result<Timeline, IpcError> {
    super::invoke("timeline", &RangeArgs { from, to }).await
}
