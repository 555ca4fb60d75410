//! "Record my time in Personio": the switches, sending the outbox, offering a week, settling a
//! conflict, changing a period that is only in Personio. Each push answers what it did
//! ([`PushReport`]); the backend then emits `tracking-changed` and `connection-changed`, so
//! entries and counts reload by themselves.

use chrono::NaiveDate;
use serde::Serialize;
use stint_model::ipc::commands::{
    DELETE_PERSONIO_PERIOD, OFFER_ENTRIES, PUSH_TO_PERSONIO, RESOLVE_CONFLICT,
    UPDATE_PERSONIO_PERIOD,
};
use stint_model::{iso, IpcError, PushReport, TimeEntryInput, TimeEntryView};

/// The setting that turns recording on and off (`on` / `off`).
pub const RECORD_IN_PERSONIO: &str = "record_in_personio";
/// The setting that asks Personio to create periods already approved (`on` / `off`).
pub const SKIP_APPROVAL: &str = "skip_approval";

/// Turns a recording switch (one of the settings above) on or off. `set_setting` emits no
/// event: the caller reloads the connection status to show the switch as the backend has it.
pub async fn set_switch(key: &str, on: bool) -> Result<(), IpcError> {
    super::settings::set_setting(key, if on { "on" } else { "off" })
        .await
        .map(|_| ())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DryRun {
    dry_run: bool,
}

/// Sends what waits in the outbox (or, `dry_run`, says what it would send).
pub async fn push_to_personio(dry_run: bool) -> Result<PushReport, IpcError> {
    super::invoke(PUSH_TO_PERSONIO, &DryRun { dry_run }).await
}

#[derive(Serialize)]
struct Range {
    #[serde(with = "iso::serde_date")]
    from: NaiveDate,
    #[serde(with = "iso::serde_date")]
    to: NaiveDate,
}

/// Queues the entries of `from..=to` that live only in Stint and sends them.
pub async fn offer_entries(from: NaiveDate, to: NaiveDate) -> Result<PushReport, IpcError> {
    super::invoke(OFFER_ENTRIES, &Range { from, to }).await
}

#[derive(Serialize)]
struct Resolve {
    id: i64,
    mine: bool,
}

/// Settles the conflict on entry `id`: `mine` sends the user's kept version, otherwise
/// Personio's stays.
pub async fn resolve_conflict(id: i64, mine: bool) -> Result<(), IpcError> {
    super::invoke(RESOLVE_CONFLICT, &Resolve { id, mine }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Period<'a> {
    period_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    entry: Option<&'a TimeEntryInput>,
}

/// Changes Personio's period `period_id` to `entry`: it becomes the user's entry, linked to the
/// period, and the change goes to Personio. Refused (field `record_in_personio`) while
/// recording is off.
pub async fn update_personio_period(
    period_id: &str,
    entry: &TimeEntryInput,
) -> Result<TimeEntryView, IpcError> {
    let args = Period {
        period_id,
        entry: Some(entry),
    };
    super::invoke(UPDATE_PERSONIO_PERIOD, &args).await
}

/// Deletes Personio's period `period_id`; refused like [`update_personio_period`].
pub async fn delete_personio_period(period_id: &str) -> Result<(), IpcError> {
    let args = Period {
        period_id,
        entry: None,
    };
    super::invoke(DELETE_PERSONIO_PERIOD, &args).await
}
