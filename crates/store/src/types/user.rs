//! The user's own data: manual absences, time entries, the running timer.
//!
//! Local date-times (`NaiveDateTime`) are wall-clock times in the user's zone, as the core hands
//! them over; instants (`created_at`, `updated_at`) are UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// A manual absence to add, or the new contents of one being updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewManualAbsence {
    pub type_name: String,
    pub category: Option<String>,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

/// An absence the user entered by hand (used while Personio is not connected).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManualAbsence {
    pub id: i64,
    pub type_name: String,
    pub category: Option<String>,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
    pub created_at: DateTime<Utc>,
}

/// A time entry to add, or the new contents of one being updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewTimeEntry {
    pub start: NaiveDateTime,
    /// `None` for an entry given as a duration only.
    pub end: Option<NaiveDateTime>,
    /// Worked minutes (at most a day's 1440; at most the span from `start` to `end`).
    pub minutes: u32,
    pub note: String,
}

/// A recorded span of work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeEntry {
    pub id: i64,
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
    pub minutes: u32,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The timer that is running or paused (at most one).
///
/// Elapsed work is `(paused_at or now) - started_at - paused_seconds`: `paused_seconds` sums the
/// pauses already ended; a pause in progress is counted from `paused_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunningTimer {
    /// When the timer was first started; becomes the time entry's start.
    pub started_at: NaiveDateTime,
    /// Set while paused.
    pub paused_at: Option<NaiveDateTime>,
    pub paused_seconds: u32,
    pub note: String,
}

impl RunningTimer {
    /// Seconds worked so far at `now` (never negative).
    pub fn elapsed_seconds(&self, now: NaiveDateTime) -> i64 {
        let until = self.paused_at.unwrap_or(now);
        ((until - self.started_at).num_seconds() - i64::from(self.paused_seconds)).max(0)
    }
}
