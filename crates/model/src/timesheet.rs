//! What a timesheet to hand in and an absence calendar are made from: one month of day plans
//! with the spans behind them, and absence periods with their identity.
//!
//! The core gathers these from what it already computes (the timeline's day plans, the tracked
//! spans the working-time checks read, the running balance); `stint-export` turns them into
//! CSV, PDF and iCalendar bytes. Keeping them here, as plain serde data, lets the export crate
//! depend on nothing but this crate and lets the UI show the same figures it would print.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::{AbsenceCategory, AbsenceStatus, DayPlan, Source, Totals};

/// The language a document is written in (`--lang de|en`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    De,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
        }
    }

    /// `en` or `de`, any case; also `english` / `deutsch` / `german`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Self::En),
            "de" | "deutsch" | "german" => Some(Self::De),
            _ => None,
        }
    }
}

/// The file a timesheet is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimesheetFormat {
    Pdf,
    Csv,
}

/// What "Export" in the Timeline saves: the shown month's timesheet, or the absences of its
/// year as a calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    TimesheetPdf,
    TimesheetCsv,
    AbsencesIcs,
}

/// One tracked span with its times: a time entry of Stint's or a Personio attendance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedSpan {
    #[serde(with = "crate::iso::serde_date_time")]
    pub start: NaiveDateTime,
    /// May lie on the next day (a span across midnight is listed on its start day).
    #[serde(with = "crate::iso::serde_date_time")]
    pub end: NaiveDateTime,
    /// Worked minutes; less than the span when a break was taken inside it.
    pub minutes: u32,
}

/// One day of the timesheet: the day plan and what was tracked in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimesheetDay {
    /// Target, tracked (= worked), balance, holiday, absences and warnings, as the timeline
    /// has them.
    pub plan: DayPlan,
    /// The spans with times that start this day, by start.
    pub spans: Vec<TrackedSpan>,
    /// Minutes tracked as a duration only (no start and end) on this day.
    pub duration_only_minutes: u32,
    /// Breaks of 15 min or more between and inside the spans (what ArbZG §4 counts).
    pub breaks_minutes: u32,
    /// The running balance at the end of this day; `None` before the balance start and on
    /// days not yet due.
    pub running_balance_minutes: Option<i64>,
}

/// The running balance around a month: carried in, and reached at its last due day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthRunningBalance {
    /// The first day the running balance counts.
    #[serde(with = "crate::iso::serde_date")]
    pub since: NaiveDate,
    /// Minutes carried into it on `since`.
    pub carry_over_minutes: i64,
    /// The running balance at the end of the day before the month (the carry-over when the
    /// month holds the start; the balance of today for a month that has not begun).
    pub brought_forward_minutes: i64,
    /// The last day counted: the month's end, or today while the month is still running.
    #[serde(with = "crate::iso::serde_date")]
    pub until: NaiveDate,
    /// The running balance at the end of `until`.
    pub minutes: i64,
}

/// One time-off type's balance from Personio, in days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VacationBalance {
    pub type_name: String,
    pub balance: f64,
    pub available: Option<f64>,
}

/// A month's timesheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timesheet {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// First and last name from Personio; `None` when not connected.
    pub employee: Option<String>,
    /// Every day of the month, first to last.
    pub days: Vec<TimesheetDay>,
    /// The month's sums, as the timeline adds them.
    pub totals: Totals,
    /// The month's breaks.
    pub breaks_minutes: i64,
    /// `None` when the balance starts after the month (or after today).
    pub running: Option<MonthRunningBalance>,
    /// Personio's time-off balances (empty while not connected).
    pub vacation: Vec<VacationBalance>,
    /// Whether the days were checked against the working-time rules.
    pub checks_on: bool,
}

/// Who an absence period is: its id where it lives. Calendar UIDs are made from it, so a
/// re-imported calendar updates the event instead of adding a second.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "source", content = "id")]
pub enum AbsenceId {
    /// Personio's id (numeric for time-offs, a uuid for absence periods).
    Personio(String),
    /// The id of one of the user's own absences.
    Manual(i64),
}

/// One absence period, as a calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsencePeriod {
    pub id: AbsenceId,
    pub type_name: String,
    pub category: AbsenceCategory,
    pub status: AbsenceStatus,
    pub source: Source,
    #[serde(with = "crate::iso::serde_date")]
    pub start: NaiveDate,
    /// Inclusive.
    #[serde(with = "crate::iso::serde_date")]
    pub end: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
    /// An hour-based absence's minutes per day; empty for day-based ones.
    pub minutes_by_day: Vec<(NaiveDate, u32)>,
    /// An hour-based absence's clock times, when Personio gave them; `None` for day-based
    /// ones, the user's own, and Personio's synced before Stint kept times.
    #[serde(default)]
    pub times: Option<AbsenceTimes>,
}

/// When an hour-based absence starts and ends: the employee's local wall time as Personio
/// wrote it, with no zone (Personio gives wall times; a calendar shows them as they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AbsenceTimes {
    #[serde(with = "crate::iso::serde_date_time")]
    pub start: NaiveDateTime,
    /// After `start`; may lie on a later day than it.
    #[serde(with = "crate::iso::serde_date_time")]
    pub end: NaiveDateTime,
}

impl AbsencePeriod {
    pub fn is_hour_based(&self) -> bool {
        !self.minutes_by_day.is_empty()
    }
}
