//! Time tracking over IPC: the running timer and the user's time entries.
//!
//! An entry the user adds or edits arrives as typed (`HH:MM` text), so the core, which holds the
//! rule, can name the field that is wrong; what the core answers is typed (dates and times), so
//! no one slices strings.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
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
pub struct TimerView {
    pub status: TimerStatus,
    /// Local time; becomes the entry's start when the timer stops.
    #[serde(with = "crate::iso::serde_date_time")]
    pub started_at: NaiveDateTime,
    /// Worked seconds (pauses excluded) when the answer was made; the UI counts on from there.
    pub elapsed_seconds: i64,
    pub note: String,
}

/// Where a time entry lives: only in Stint (typed, or booked by the timer), or in Personio as
/// an attendance period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntrySource {
    Local,
    Personio,
}

/// One time entry as the day view and `stint-cli entries list` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeEntryView {
    pub id: i64,
    /// The day it starts on.
    #[serde(with = "crate::iso::serde_date")]
    pub date: NaiveDate,
    /// Written `HH:MM`; `None` for an entry given as a duration only.
    #[serde(default, with = "crate::iso::serde_opt_time")]
    pub start: Option<NaiveTime>,
    /// Written `HH:MM`, at or before `start` when the entry ends the next day; or `None`.
    #[serde(default, with = "crate::iso::serde_opt_time")]
    pub end: Option<NaiveTime>,
    /// Worked minutes (less than the span when it holds a break).
    pub minutes: u32,
    pub note: String,
    /// `local` for what was typed or timed in Stint; Personio attendances will say `personio`.
    pub source: EntrySource,
}

/// A time entry as the add / edit form (or `stint-cli entries add`) sends it: a start and an
/// end (`HH:MM`; an end at or before the start is the next day), or a duration in minutes, or a
/// start and a duration. Minutes with a start and end book less than the span (a break).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
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
