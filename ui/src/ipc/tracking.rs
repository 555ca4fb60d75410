//! Time tracking's backend calls: the timer, today's figures and the day view's entries.

use chrono::NaiveDate;
use serde::Serialize;
use stint_model::ipc::commands::{
    ADD_TIME_ENTRY, DELETE_TIME_ENTRY, TIMER_DISCARD, TIMER_PAUSE, TIMER_RESUME, TIMER_SET_NOTE,
    TIMER_START, TIMER_STATE, TIMER_STOP, TIME_ENTRIES, TODAY, UPDATE_TIME_ENTRY,
};
use stint_model::{iso, IpcError, TimeEntryInput, TimeEntryView, TimerView, TodayView};

#[derive(Serialize)]
struct NoArgs {}

pub async fn timer_state() -> Result<Option<TimerView>, IpcError> {
    super::invoke(TIMER_STATE, &NoArgs {}).await
}

/// Today at a glance: tracked and target minutes, and while the timer runs when to leave.
pub async fn today() -> Result<TodayView, IpcError> {
    super::invoke(TODAY, &NoArgs {}).await
}

#[derive(Serialize)]
struct Note<'a> {
    note: &'a str,
}

pub async fn timer_start(note: &str) -> Result<TimerView, IpcError> {
    super::invoke(TIMER_START, &Note { note }).await
}

pub async fn timer_pause() -> Result<TimerView, IpcError> {
    super::invoke(TIMER_PAUSE, &NoArgs {}).await
}

pub async fn timer_resume() -> Result<TimerView, IpcError> {
    super::invoke(TIMER_RESUME, &NoArgs {}).await
}

pub async fn timer_set_note(note: &str) -> Result<TimerView, IpcError> {
    super::invoke(TIMER_SET_NOTE, &Note { note }).await
}

/// Throws the timer away without booking it.
pub async fn timer_discard() -> Result<(), IpcError> {
    super::invoke(TIMER_DISCARD, &NoArgs {}).await
}

/// Books the timer; answers the new entry.
pub async fn timer_stop() -> Result<TimeEntryView, IpcError> {
    super::invoke(TIMER_STOP, &NoArgs {}).await
}

#[derive(Serialize)]
struct Range {
    #[serde(with = "iso::serde_date")]
    from: NaiveDate,
    #[serde(with = "iso::serde_date")]
    to: NaiveDate,
}

pub async fn time_entries(from: NaiveDate, to: NaiveDate) -> Result<Vec<TimeEntryView>, IpcError> {
    super::invoke(TIME_ENTRIES, &Range { from, to }).await
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
    entry: &'a TimeEntryInput,
}

pub async fn add_time_entry(entry: &TimeEntryInput) -> Result<TimeEntryView, IpcError> {
    super::invoke(ADD_TIME_ENTRY, &Entry { id: None, entry }).await
}

pub async fn update_time_entry(id: i64, entry: &TimeEntryInput) -> Result<TimeEntryView, IpcError> {
    super::invoke(
        UPDATE_TIME_ENTRY,
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
    super::invoke(DELETE_TIME_ENTRY, &Id { id }).await
}
