//! The Settings page: the user's own weekly hours and absences (locked while Personio is
//! connected) and the general settings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One of the user's own absences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManualAbsenceView {
    pub id: i64,
    pub type_name: String,
    #[serde(with = "crate::iso::serde_date")]
    pub from: NaiveDate,
    #[serde(with = "crate::iso::serde_date")]
    pub to: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

/// A new manual absence as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManualAbsenceInput {
    pub type_name: String,
    #[serde(with = "crate::iso::serde_date")]
    pub from: NaiveDate,
    #[serde(with = "crate::iso::serde_date")]
    pub to: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

/// Everything the Settings page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    /// True while Personio is connected: weekly hours and absences are read-only here.
    pub locked: bool,
    /// The weekly hours in force (Personio's while connected), minutes, Monday first.
    pub weekly_minutes: [u32; 7],
    pub manual_absences: Vec<ManualAbsenceView>,
    /// `DE`, `DE-BY`, …, or `none`.
    pub holiday_region: String,
    /// `off`, `15m`, `1h`, `4h`, `daily`.
    pub sync_interval: String,
    /// The first day of the running balance; `None`: 1 January of the current year.
    #[serde(default, with = "crate::iso::serde_opt_date")]
    pub balance_start: Option<NaiveDate>,
    /// Carried into the running balance, minutes (negative: a deficit).
    pub carry_over_minutes: i64,
}
