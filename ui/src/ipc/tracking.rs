//! Time tracking's backend calls: the timer and the day view's entries.

use chrono::NaiveDate;
use serde::Serialize;
use stint_model::{iso, IpcError, TimeEntryInput, TimeEntryView, TimerView};

#[derive(Serialize)]
struct NoArgs {}

pub async fn timer_state() -> Result<Option<TimerView>, IpcError> {
    super::invoke("timer_state", &NoArgs {}).await
}

#[derive(Serialize)]
struct Note<'a> {
    note: &'a str,
}

pub async fn timer_start(note: &str) -> Result<TimerView, IpcError> {
    super::invoke("timer_start", &Note { note }).await
}

pub async fn timer_pause() -> Result<TimerView, IpcError> {
    super::invoke("timer_pause", &NoArgs {}).await
}

pub async fn timer_resume() -> Result<TimerView, IpcError> {
    super::invoke("timer_resume", &NoArgs {}).await
}

pub async fn timer_set_note(note: &str) -> Result<TimerView, IpcError> {
    super::invoke("timer_set_note", &Note { note }).await
}

/// Throws the timer away without booking it.
pub async fn timer_discard() -> Result<(), IpcError> {
    super::invoke("timer_discard", &NoArgs {}).await
}

/// Books the timer; answers the new entry's id.
pub async fn timer_stop() -> Result<i64, IpcError> {
    super::invoke("timer_stop", &NoArgs {}).await
}

#[derive(Serialize)]
struct Range {
    #[serde(with = "iso::serde_date")]
    from: NaiveDate,
    #[serde(with = "iso::serde_date")]
    to: NaiveDate,
}

pub async fn time_entries(from: NaiveDate, to: NaiveDate) -> Result<Vec<TimeEntryView>, IpcError> {
    super::invoke("time_entries", &Range { from, to }).await
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
    entry: &'a TimeEntryInput,
}

pub async fn add_time_entry(entry: &TimeEntryInput) -> Result<i64, IpcError> {
    super::invoke("add_time_entry", &Entry { id: None, entry }).await
}

pub async fn update_time_entry(id: i64, entry: &TimeEntryInput) -> Result<(), IpcError> {
    super::invoke(
        "update_time_entry",
        &Entry {
            id: Some(id),
            entry,
        },
    )
    .await
}

#[derive(Serialize)]
struct Id {
    id: i64,
}

pub async fn delete_time_entry(id: i64) -> Result<(), IpcError> {
    super::invoke("delete_time_entry", &Id { id }).await
}
