//! The demo company's data as plain Rust values: employees, absence types, day-based time-offs and
//! hour-based absence periods.
//!
//! Routes render these into Personio's JSON; tests read them through [`crate::Sandbox`] to know
//! what a client should have fetched. Changing data at run time (deleting a period between two
//! syncs) happens here too.

mod attendance;
mod balance;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

pub use attendance::{
    check_overlap, check_shape, AttendanceKind, AttendanceStatus, DemoAttendance, NewAttendance,
    RuleBroken,
};
pub use balance::DemoBalance;

/// One weekday of a work schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayHours {
    /// Scheduled minutes (`0` for a day off written as `"00:00"`).
    Minutes(u32),
    /// Sent as JSON `null`: means 0.
    Null,
    /// Left out of the object: means 0.
    Missing,
}

impl DayHours {
    /// Minutes this day counts for; `null` and missing count as 0.
    pub fn minutes(self) -> u32 {
        match self {
            DayHours::Minutes(minutes) => minutes,
            DayHours::Null | DayHours::Missing => 0,
        }
    }
}

/// An employee of the demo company.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoEmployee {
    /// Personio employee id.
    pub id: i64,
    /// As stored in Personio; one employee's has capitals on purpose.
    pub email: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Job title.
    pub position: String,
    /// Department name.
    pub department: String,
    /// Team name.
    pub team: String,
    /// Office name.
    pub office: String,
    /// First working day.
    pub hire_date: NaiveDate,
    /// Name of the work schedule.
    pub schedule_name: String,
    /// Monday first.
    pub schedule: [DayHours; 7],
    /// Whose absences types are English ("Paid Vacation") rather than German ("Urlaub").
    pub english: bool,
}

impl DemoEmployee {
    /// Scheduled minutes per weekday, Monday first; `null` and missing days are 0.
    pub fn weekly_minutes(&self) -> [u32; 7] {
        self.schedule.map(DayHours::minutes)
    }

    /// The v2 person id: a UUID-shaped string, never the v1 integer id.
    pub fn person_id(&self) -> String {
        let mut x = self.id.unsigned_abs() ^ 0x9E37_79B9_7F4A_7C15;
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        format!(
            "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
            x >> 32,
            (x >> 16) & 0xffff,
            x & 0xfff,
            (x >> 20) & 0xfff,
            self.id
        )
    }

    /// Scheduled minutes on `date`.
    pub fn minutes_on(&self, date: NaiveDate) -> u32 {
        self.schedule[date.weekday().num_days_from_monday() as usize].minutes()
    }
}

/// Whether an absence type is taken in days or hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Listed by `/time-offs`.
    Day,
    /// Listed by `/absence-periods`.
    Hour,
}

/// An absence type ("Urlaub", "Sick leave", "Arzttermin", …).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoTimeOffType {
    /// Personio type id.
    pub id: i64,
    /// User-defined, often German.
    pub name: String,
    /// Personio category; `None` for some, so clients must fall back to the name.
    pub category: Option<String>,
    /// Days or hours.
    pub unit: Unit,
    /// Yearly entitlement in the type's unit; `None` for types without a balance (sick leave).
    pub entitlement: Option<f64>,
}

/// The approval state of an absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOffStatus {
    /// Counts toward targets.
    Approved,
    /// Waiting for a manager.
    Pending,
    /// Asked for, not yet submitted for approval.
    Requested,
}

impl TimeOffStatus {
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeOffStatus::Approved => "approved",
            TimeOffStatus::Pending => "pending",
            TimeOffStatus::Requested => "requested",
        }
    }
}

/// A day-based absence (`/v1/company/time-offs`).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoTimeOff {
    /// Personio period id.
    pub id: i64,
    /// Whose absence.
    pub employee_id: i64,
    /// The type's id.
    pub type_id: i64,
    /// The type's name, e.g. "Urlaub".
    pub type_name: String,
    /// The type's category, if it has one.
    pub category: Option<String>,
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// Approval state.
    pub status: TimeOffStatus,
    /// Only the first day is halved.
    pub half_day_start: bool,
    /// Only the last day is halved.
    pub half_day_end: bool,
    /// Scheduled working days taken, halves counted as 0.5.
    pub days_count: f64,
    /// Free text.
    pub comment: String,
}

/// An hour-based absence (`/v1/company/absence-periods`).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoAbsencePeriod {
    /// A UUID, as Personio uses for absence periods.
    pub id: String,
    /// Whose absence.
    pub employee_id: i64,
    /// The type's id.
    pub type_id: i64,
    /// The type's name, e.g. "Arzttermin".
    pub type_name: String,
    /// The type's category, if it has one.
    pub category: Option<String>,
    /// Local start.
    pub start: NaiveDateTime,
    /// Local end.
    pub end: NaiveDateTime,
    /// Approval state.
    pub status: TimeOffStatus,
    /// Minutes per day, in date order.
    pub breakdowns: Vec<(NaiveDate, u32)>,
}

impl DemoAbsencePeriod {
    /// Total minutes over all days.
    pub fn effective_minutes(&self) -> u32 {
        self.breakdowns.iter().map(|(_, minutes)| minutes).sum()
    }
}

/// A day-based absence to add at run time with [`crate::Sandbox::add_time_off`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTimeOff {
    /// Whose absence; must be a demo employee.
    pub employee_id: i64,
    /// Name of an existing type, e.g. "Urlaub".
    pub type_name: String,
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// Approval state.
    pub status: TimeOffStatus,
    /// Halve the first day.
    pub half_day_start: bool,
    /// Halve the last day.
    pub half_day_end: bool,
}

impl NewTimeOff {
    /// An approved full-day absence from `start` to `end`.
    pub fn approved(employee_id: i64, type_name: &str, start: NaiveDate, end: NaiveDate) -> Self {
        Self {
            employee_id,
            type_name: type_name.to_owned(),
            start,
            end,
            status: TimeOffStatus::Approved,
            half_day_start: false,
            half_day_end: false,
        }
    }
}

/// Scheduled working days of `employee` in `start..=end`, each half flag taking half a day off a
/// first or last day that is scheduled.
pub fn days_count(
    employee: &DemoEmployee,
    start: NaiveDate,
    end: NaiveDate,
    half_day_start: bool,
    half_day_end: bool,
) -> f64 {
    let mut days = 0.0;
    for date in start.iter_days().take_while(|d| *d <= end) {
        if employee.minutes_on(date) == 0 {
            continue;
        }
        let halved = (half_day_start && date == start) || (half_day_end && date == end);
        days += if halved { 0.5 } else { 1.0 };
    }
    days
}

/// The whole demo company.
#[derive(Debug, Clone)]
pub struct DemoCompany {
    /// Everyone, in id order.
    pub employees: Vec<DemoEmployee>,
    /// All absence types.
    pub types: Vec<DemoTimeOffType>,
    /// Day-based absences of everyone.
    pub time_offs: Vec<DemoTimeOff>,
    /// Hour-based absences of everyone.
    pub absence_periods: Vec<DemoAbsencePeriod>,
    /// Attendance periods (v2) of everyone.
    pub attendances: Vec<DemoAttendance>,
    /// The day the data is built around; balances are "as of" this day.
    pub today: NaiveDate,
    /// The id the next added time-off gets.
    pub next_time_off_id: i64,
}

impl DemoCompany {
    /// The employee with `id`.
    pub fn employee(&self, id: i64) -> Option<&DemoEmployee> {
        self.employees.iter().find(|e| e.id == id)
    }

    /// The employee whose v2 person id is `person_id`.
    pub fn person(&self, person_id: &str) -> Option<&DemoEmployee> {
        self.employees.iter().find(|e| e.person_id() == person_id)
    }

    /// The type called `name`.
    pub fn type_named(&self, name: &str) -> Option<&DemoTimeOffType> {
        self.types.iter().find(|t| t.name == name)
    }

    /// Removes the time-off with `id`; false when there was none.
    pub fn delete_time_off(&mut self, id: i64) -> bool {
        let before = self.time_offs.len();
        self.time_offs.retain(|t| t.id != id);
        self.time_offs.len() != before
    }

    /// Adds a time-off and returns its new id.
    ///
    /// # Panics
    /// When the employee or the type does not exist: a mistake in the calling test.
    pub fn add_time_off(&mut self, new: NewTimeOff) -> i64 {
        let employee = self
            .employee(new.employee_id)
            .unwrap_or_else(|| panic!("no demo employee has id {}", new.employee_id));
        let kind = self
            .type_named(&new.type_name)
            .unwrap_or_else(|| panic!("no absence type is called {:?}", new.type_name));
        let id = self.next_time_off_id;
        let time_off = DemoTimeOff {
            id,
            employee_id: new.employee_id,
            type_id: kind.id,
            type_name: kind.name.clone(),
            category: kind.category.clone(),
            start: new.start,
            end: new.end,
            status: new.status,
            half_day_start: new.half_day_start,
            half_day_end: new.half_day_end,
            days_count: days_count(
                employee,
                new.start,
                new.end,
                new.half_day_start,
                new.half_day_end,
            ),
            comment: String::new(),
        };
        self.next_time_off_id += 1;
        self.time_offs.push(time_off);
        id
    }

    /// Removes the absence period with `id`; false when there was none.
    pub fn delete_absence_period(&mut self, id: &str) -> bool {
        let before = self.absence_periods.len();
        self.absence_periods.retain(|p| p.id != id);
        self.absence_periods.len() != before
    }
}
