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

/// Where an entry stands in Personio: the approval state Personio gave its period, or that
/// Stint has not sent it yet, or that Personio refused it (the reason is in
/// [`TimeEntryView::personio_message`]). Personio's states are written as Personio writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonioState {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "CONFIRMED")]
    Confirmed,
    #[serde(rename = "REJECTED")]
    Rejected,
    #[serde(rename = "EXPIRED")]
    Expired,
    #[serde(rename = "unsent")]
    Unsent,
    #[serde(rename = "refused")]
    Refused,
    /// Changed in Personio while the user's own change waited: Personio's is in force, the
    /// user's is kept beside it until they choose.
    #[serde(rename = "conflict")]
    Conflict,
}

impl PersonioState {
    /// Personio's approval state from its text (any case). A state Stint does not know is
    /// taken as pending: shown as not yet approved, and still the user's time.
    pub fn from_personio(text: &str) -> Self {
        match text.trim().to_ascii_uppercase().as_str() {
            "CONFIRMED" | "APPROVED" => Self::Confirmed,
            "REJECTED" => Self::Rejected,
            "EXPIRED" => Self::Expired,
            _ => Self::Pending,
        }
    }

    /// Whether time in this state counts as tracked: rejected and expired periods are shown
    /// struck out and do not.
    pub fn counts(self) -> bool {
        !matches!(self, Self::Rejected | Self::Expired)
    }
}

/// One time entry as the day view and `stint-cli entries list` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeEntryView {
    /// Stint's id of the entry; `None` for an attendance that exists only in Personio.
    pub id: Option<i64>,
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
    /// `local` for what was typed or timed in Stint; `personio` for an attendance period read
    /// from Personio that was not made by this Stint.
    pub source: EntrySource,
    /// The id of its attendance period in Personio, once it has one.
    #[serde(default)]
    pub personio_id: Option<String>,
    /// Where it stands in Personio; `None` while it lives only in Stint.
    #[serde(default)]
    pub personio_status: Option<PersonioState>,
    /// Why Personio refused it, or why Stint does not send it.
    #[serde(default)]
    pub personio_message: Option<String>,
}

impl TimeEntryView {
    /// Whether its minutes count as tracked time.
    pub fn counts(&self) -> bool {
        self.personio_status.is_none_or(PersonioState::counts)
    }
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
