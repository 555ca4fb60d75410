//! What the Timeline header shows besides the range: Personio's time-off balances per type and
//! the running balance of worked minutes since its start date (1 January unless configured).
//!
//! Balances are days as Personio reports them (fractions for half days), so they stay `f64`
//! here; the running balance is minutes like every other duration.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One absence type's balance from Personio's last sync, in days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BalanceView {
    pub type_name: String,
    pub category: crate::AbsenceCategory,
    pub balance: f64,
    /// What can still be planned (the balance minus requested days), if Personio says.
    pub available: Option<f64>,
    /// Days of this type taken this year up to today: approved absences on days they lowered a
    /// target (Stint counts them from the synced absences; Personio's balance does not say).
    #[serde(default)]
    pub taken: f64,
}

/// The `balances` command's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Balances {
    /// Per type with something to show; empty while not connected to Personio.
    pub types: Vec<BalanceView>,
    /// The first day the running balance counts.
    #[serde(with = "crate::iso::serde_date")]
    pub running_since: NaiveDate,
    /// Minutes carried into the running balance on `running_since` (included in
    /// `running_minutes`).
    pub carry_over_minutes: i64,
    /// The carry-over plus tracked minus target minutes from `running_since` up to and
    /// including today.
    pub running_minutes: i64,
}
