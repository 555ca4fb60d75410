//! The timeline as the UI and `stint-cli timeline` see it: day plans and their sums.
//!
//! Field names are snake_case because this is also the documented JSON of
//! `stint-cli timeline --format json`. Dates are ISO `YYYY-MM-DD`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an absence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Personio,
    Manual,
}

/// One absence as shown on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayAbsence {
    #[serde(rename = "type")]
    pub type_name: String,
    pub category: String,
    pub status: String,
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
}

/// Sums of a range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    pub target_minutes: i64,
    pub tracked_minutes: i64,
    pub balance_minutes: i64,
}

/// Day plans of a range and their sums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub days: Vec<DayPlan>,
    pub totals: Totals,
}
