//! What the client hands to the rest of Stint: Personio's data in Stint's terms.
//!
//! These types are independent of the API version (v1 and v2): calendar dates as
//! `NaiveDate`, durations as integer minutes (house rule 6), statuses as an enum. They are
//! serializable so the core can cache or log them; none of them holds a secret.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Serialize};

mod attendance;

pub use attendance::{
    AttendanceChange, AttendanceKind, AttendancePeriod, AttendanceStatus, NewAttendance,
};

/// An employee as the profile card and the timeline need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Employee {
    pub id: u64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub position: Option<String>,
    pub department: Option<String>,
    pub schedule: WorkSchedule,
}

/// Minutes of work planned per weekday, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WorkSchedule {
    pub minutes: [u32; 7],
}

impl WorkSchedule {
    /// Minutes planned on a weekday.
    pub fn on(&self, weekday: Weekday) -> u32 {
        self.minutes[weekday.num_days_from_monday() as usize]
    }

    /// Minutes planned on the weekday of a date.
    pub fn on_date(&self, date: NaiveDate) -> u32 {
        self.on(date.weekday())
    }

    /// Minutes planned in a full week.
    pub fn weekly(&self) -> u32 {
        self.minutes.iter().sum()
    }
}

/// Where an absence stands; only approved ones count toward targets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum AbsenceStatus {
    Approved,
    Pending,
    Requested,
    /// A status this client does not know yet, kept as written.
    Other(String),
}

impl From<String> for AbsenceStatus {
    fn from(value: String) -> Self {
        match value.trim().to_ascii_lowercase().as_str() {
            "approved" => Self::Approved,
            "pending" => Self::Pending,
            "requested" => Self::Requested,
            _ => Self::Other(value),
        }
    }
}

impl From<AbsenceStatus> for String {
    fn from(value: AbsenceStatus) -> Self {
        match value {
            AbsenceStatus::Approved => "approved".into(),
            AbsenceStatus::Pending => "pending".into(),
            AbsenceStatus::Requested => "requested".into(),
            AbsenceStatus::Other(other) => other,
        }
    }
}

/// A day-based absence period (vacation, sickness …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeOff {
    pub id: u64,
    pub type_name: String,
    /// Personio's category of the type; prefer it over the user-defined name.
    pub category: Option<String>,
    pub status: AbsenceStatus,
    /// First day, as written by Personio (never shifted to UTC).
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
    /// Only the first day is a half day.
    pub half_day_start: bool,
    /// Only the last day is a half day.
    pub half_day_end: bool,
    /// Personio's own count of working days; may be fractional.
    pub days_count: f64,
}

/// An hour-based absence period with the minutes it takes on each day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HourAbsence {
    pub id: String,
    pub type_name: String,
    pub status: AbsenceStatus,
    /// Minutes of absence per day, ascending by date.
    pub breakdowns: Vec<(NaiveDate, u32)>,
    /// When it starts and ends on the clock, for the whole period (also where the breakdowns
    /// were clipped to a window); `None` when Personio gave no usable times (missing, open-ended,
    /// or not ending after they start).
    pub times: Option<AbsenceTimes>,
}

/// An hour-based absence's start and end as the employee's local wall time, exactly as
/// Personio wrote it: an offset it adds (v1 writes `+02:00`, `Z` or none) is dropped, never
/// applied, as for every Personio date (converting would move the hours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsenceTimes {
    pub start: NaiveDateTime,
    /// After `start`.
    pub end: NaiveDateTime,
}

impl AbsenceTimes {
    /// The times when `end` comes after `start`; `None` otherwise, because such a pair
    /// describes no stretch of time a calendar could show.
    pub fn new(start: NaiveDateTime, end: NaiveDateTime) -> Option<Self> {
        (end > start).then_some(Self { start, end })
    }
}

/// A person as v2 knows them: the id the v2 endpoints take (not the v1 employee id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// A uuid or a number, as text.
    pub id: String,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub status: Option<String>,
}

/// A day-based absence read from v2: a [`TimeOff`] whose id is text (v2 ids may be uuids)
/// and whose type is named by id (names come from the absence types).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayAbsence {
    pub id: String,
    pub type_id: String,
    /// The type's name when the answer carried one.
    pub type_name: Option<String>,
    pub status: AbsenceStatus,
    /// First day, as written by Personio.
    pub start: NaiveDate,
    /// Last day, inclusive; `None` for an open-ended period.
    pub end: Option<NaiveDate>,
    /// Only the first day is a half day (the period starts `SECOND_HALF`).
    pub half_day_start: bool,
    /// Only the last day is a half day (the period ends `FIRST_HALF`).
    pub half_day_end: bool,
}

/// The absences of one person in a window, as v2 lists them: day-based periods whole, hour-based
/// ones as minutes per day inside the window.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Absences {
    /// Ordered by start.
    pub days: Vec<DayAbsence>,
    /// Ordered by their first day; `type_name` is the type's name, or its id when the answer
    /// named none.
    pub hours: Vec<HourAbsence>,
}

/// Whether an absence type is taken in days or in hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AbsenceUnit {
    Day,
    Hour,
}

/// A time-off type as configured in the company (names are user-defined, often German).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsenceType {
    pub id: u64,
    pub name: String,
    pub category: Option<String>,
    pub unit: AbsenceUnit,
}

/// The balance of one absence type, in Personio's unit (days, fractional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Balance {
    pub type_id: u64,
    pub type_name: String,
    pub category: Option<String>,
    /// As of today, upcoming periods not deducted.
    pub balance: f64,
    /// Left to plan, upcoming periods deducted.
    pub available_balance: f64,
}

/// Everything one sync reads for one employee and one date window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub employee: Employee,
    /// The inclusive window the absences were clipped to.
    pub window: (NaiveDate, NaiveDate),
    pub time_offs: Vec<TimeOff>,
    pub hour_absences: Vec<HourAbsence>,
    pub absence_types: Vec<AbsenceType>,
    pub balances: Vec<Balance>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_is_monday_first() {
        let schedule = WorkSchedule {
            minutes: [480, 480, 240, 0, 0, 0, 0],
        };
        assert_eq!(
            schedule.on(Weekday::Wed),
            240,
            "index 2 is Wednesday in a Monday-first week"
        );
        let sunday = NaiveDate::from_ymd_opt(2024, 6, 2).unwrap();
        assert_eq!(schedule.on_date(sunday), 0, "2024-06-02 is a Sunday");
        assert_eq!(schedule.weekly(), 1200, "the week sums all seven days");
    }

    #[test]
    fn status_round_trips_unknown_values() {
        let status: AbsenceStatus = serde_json::from_str("\"Approved\"").unwrap();
        assert_eq!(
            status,
            AbsenceStatus::Approved,
            "status matching ignores case"
        );
        let other: AbsenceStatus = serde_json::from_str("\"rejected\"").unwrap();
        assert_eq!(
            serde_json::to_string(&other).unwrap(),
            "\"rejected\"",
            "an unknown status survives a round trip unchanged"
        );
    }
}
