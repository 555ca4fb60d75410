//! The timeline as the UI and `stint-cli timeline` see it: day plans and their sums.
//!
//! Field names are snake_case because this is also the documented JSON of
//! `stint-cli timeline --format json`. Dates are ISO `YYYY-MM-DD`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an absence or a time entry comes from: synced from Personio, or the user's own in
/// Stint (typed, or booked by the timer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Personio,
    Manual,
}

/// The legend's colour group of an absence type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbsenceCategory {
    Vacation,
    Sick,
    Personal,
    Other,
}

impl AbsenceCategory {
    /// `vacation`, `sick`, … (also the CSS class of its colour).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Vacation => "vacation",
            Self::Sick => "sick",
            Self::Personal => "personal",
            Self::Other => "other",
        }
    }
}

/// Where an absence stands in Personio's approval; only approved ones change a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbsenceStatus {
    Approved,
    Pending,
    Requested,
    /// A status Stint does not know; treated like a pending one (it never lowers a target).
    Other,
}

impl AbsenceStatus {
    /// Personio's status text, any case; unknown text is [`AbsenceStatus::Other`].
    pub fn from_personio(text: &str) -> Self {
        match text.trim().to_ascii_lowercase().as_str() {
            "approved" => Self::Approved,
            "pending" => Self::Pending,
            "requested" => Self::Requested,
            _ => Self::Other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approved => "approved",
            Self::Pending => "pending",
            Self::Requested => "requested",
            Self::Other => "other",
        }
    }
}

/// One absence as shown on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayAbsence {
    #[serde(rename = "type")]
    pub type_name: String,
    pub category: AbsenceCategory,
    pub status: AbsenceStatus,
    /// What it takes off this day's target (0 for pending ones, weekends, holidays).
    pub minutes: u32,
    pub source: Source,
    pub half_day: bool,
    pub hour_based: bool,
    /// An hour-based absence's own minutes on this day, whether or not they count (pending,
    /// holiday): what its badge shows. 0 for day-based ones.
    #[serde(default)]
    pub hours_minutes: u32,
}

/// A day's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayPlan {
    #[serde(with = "crate::iso::serde_date")]
    pub date: NaiveDate,
    pub scheduled_minutes: u32,
    pub target_minutes: u32,
    pub tracked_minutes: u32,
    pub balance_minutes: i64,
    pub holiday: Option<String>,
    pub absences: Vec<DayAbsence>,
    /// The day is today or past (by the core's clock): its target is owed. A later day's
    /// target is not a deficit yet.
    #[serde(default)]
    pub due: bool,
    /// The working-time rules the day's tracked time breaks (empty when the checks are off).
    #[serde(default)]
    pub warnings: Vec<crate::WorkingTimeWarning>,
}

/// Sums of a range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    pub target_minutes: i64,
    pub tracked_minutes: i64,
    pub balance_minutes: i64,
    /// The target of the days up to and including today (the core's clock): what is owed so
    /// far. A target not yet due is not a deficit.
    #[serde(default)]
    pub due_target_minutes: i64,
    /// Tracked minus target of the days up to and including today: the balance so far.
    #[serde(default)]
    pub due_balance_minutes: i64,
}

/// Day plans of a range and their sums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub days: Vec<DayPlan>,
    pub totals: Totals,
}
