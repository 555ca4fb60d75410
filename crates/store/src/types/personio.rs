//! What Personio says about the user: profile, work schedule, absences, balances, types.
//!
//! A [`PersonioSnapshot`] is one sync's worth of it, handed to
//! [`Store::replace_personio_window`](crate::Store::replace_personio_window).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::{sql_word, SqlWord};

/// The connected Personio employee and the credential's public half. No secret: the client
/// secret lives in the OS keyring and never reaches this store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub employee_id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub position: Option<String>,
    pub department: Option<String>,
    pub base_url: String,
    pub client_id: String,
    pub connected_at: DateTime<Utc>,
}

/// Target minutes per weekday, Monday first (`0` is Monday, `6` Sunday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WeeklyMinutes(pub [u32; 7]);

impl WeeklyMinutes {
    /// Minutes in a day; no weekday may exceed it.
    pub const MAX_PER_DAY: u32 = 24 * 60;
    /// Eight hours Monday to Friday, nothing at the weekend: what a new database starts with.
    pub const FULL_TIME: WeeklyMinutes = WeeklyMinutes([480, 480, 480, 480, 480, 0, 0]);

    /// The minutes for `day`.
    pub fn on(&self, day: Weekday) -> u32 {
        self.0[day.num_days_from_monday() as usize]
    }

    /// The week's total.
    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }
}

/// The employee's work schedule as Personio returned it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkSchedule {
    pub name: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub minutes: WeeklyMinutes,
    /// When this copy was fetched; not part of "did the schedule change".
    pub fetched_at: DateTime<Utc>,
}

/// Whether an absence (or an absence type) is counted in days or in hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbsenceKind {
    Day,
    Hour,
}

impl SqlWord for AbsenceKind {
    const ALL: &'static [Self] = &[AbsenceKind::Day, AbsenceKind::Hour];
    fn word(self) -> &'static str {
        match self {
            AbsenceKind::Day => "day",
            AbsenceKind::Hour => "hour",
        }
    }
}
sql_word!(AbsenceKind);

/// One Personio absence: a day-based time-off or an hour-based absence period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredAbsence {
    /// Personio's id as text (numeric for day-based, a uuid for hour-based).
    pub source_id: String,
    pub kind: AbsenceKind,
    pub type_id: Option<i64>,
    pub type_name: String,
    pub category: Option<String>,
    pub status: String,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
    pub days_count: Option<f64>,
    /// Per-day minutes of an hour-based absence, by date ascending (the store sorts on write).
    pub minutes_by_day: Vec<(NaiveDate, u32)>,
    /// When an hour-based absence starts and ends on the clock; `None` for day-based ones, and
    /// for hour-based ones Personio gave no times for (or synced before the store kept them).
    pub times: Option<AbsenceTimes>,
}

/// An hour-based absence's clock times: the employee's local wall time as Personio wrote it,
/// without a zone (Personio gives none that could be trusted, and converting would move the
/// hours). The whole period, even where a sync window clipped its per-day minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsenceTimes {
    pub start: NaiveDateTime,
    /// After `start`.
    pub end: NaiveDateTime,
}

/// A time-off balance, in days (fractional), as Personio reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Balance {
    pub type_id: i64,
    pub type_name: String,
    pub category: Option<String>,
    pub balance: f64,
    pub available_balance: Option<f64>,
}

/// An absence type configured in the company's Personio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbsenceType {
    pub id: i64,
    pub name: String,
    pub category: Option<String>,
    pub unit: AbsenceKind,
}

/// Everything one sync fetched for a date window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonioSnapshot {
    pub profile: Profile,
    pub schedule: WorkSchedule,
    /// Every absence Personio returned overlapping the window.
    pub absences: Vec<StoredAbsence>,
    pub balances: Vec<Balance>,
    pub types: Vec<AbsenceType>,
    /// Personio's attendance periods overlapping the window, or `None` when they could not be
    /// read this time (the stored ones then stay as they were).
    pub attendances: Option<Vec<StoredAttendance>>,
    /// Which Personio areas worked during this sync; replaces what was stored.
    pub areas: Vec<AreaStatus>,
}

/// One attendance period as Personio has it (v2), in local wall time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAttendance {
    pub id: String,
    /// `WORK`, `BREAK`, or Personio's own text.
    pub kind: String,
    pub start: NaiveDateTime,
    /// `None` while open-ended (clocked in).
    pub end: Option<NaiveDateTime>,
    /// `PENDING`, `CONFIRMED`, `REJECTED`, `EXPIRED`, or Personio's own text.
    pub status: String,
    pub comment: String,
    /// When Personio last changed it, if it said.
    pub updated_at: Option<NaiveDateTime>,
}

/// Whether one Personio area (`persons`, `absences`, `attendances_read`, …) worked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaStatus {
    pub area: String,
    pub available: bool,
    /// Why not, and what to change in Personio.
    pub detail: Option<String>,
}
