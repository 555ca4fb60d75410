//! Time tracking over IPC: the running timer and the user's time entries.
//!
//! camelCase on the wire like every command argument. Times of day are `HH:MM` strings so the
//! form can send what was typed and the core names the field when it is not a time.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Whether the timer counts right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimerStatus {
    Running,
    Paused,
}

/// The timer as the timer bar shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimerView {
    pub status: TimerStatus,
    /// Local time; becomes the entry's start when the timer stops.
    #[serde(with = "crate::iso::serde_date_time")]
    pub started_at: NaiveDateTime,
    /// Worked seconds (pauses excluded) when the answer was made; the UI counts on from there.
    pub elapsed_seconds: i64,
    pub note: String,
}

/// One time entry as the day view lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeEntryView {
    pub id: i64,
    #[serde(with = "crate::iso::serde_date")]
    pub date: NaiveDate,
    /// `HH:MM`, or `None` for an entry given as a duration only.
    pub start: Option<String>,
    /// `HH:MM` (the next day's time for an entry across midnight), or `None`.
    pub end: Option<String>,
    pub minutes: u32,
    pub note: String,
}

/// A time entry as the add / edit form sends it: a start and an end (`HH:MM`), or a duration
/// in minutes, or a start and a duration. Minutes with a start and end book less than the span
/// (a break).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeEntryInput {
    #[serde(with = "crate::iso::serde_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub note: String,
}
