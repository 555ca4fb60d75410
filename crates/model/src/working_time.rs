//! Working-time warnings as the timeline and `stint-cli today` carry them: a code the UI
//! translates, an English sentence for scripts and logs, and the figures behind it.

use serde::{Deserialize, Serialize};

/// Which rule of German working-time law (ArbZG) a day breaks, or why it could not be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// §4: fewer break minutes (of at least 15 min each) than the worked time needs.
    BreakShort,
    /// §4: a stretch of more than 6 h without a break of 15 min.
    #[serde(rename = "over_6h_without_break")]
    Over6hWithoutBreak,
    /// §3: more than 10 h worked.
    #[serde(rename = "over_10h")]
    Over10h,
    /// §5: less than 11 h since the previous day's work ended.
    RestShort,
    /// Time tracked as a duration only: its breaks cannot be checked.
    BreaksUnchecked,
}

/// One warning of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingTimeWarning {
    pub code: WarningCode,
    /// The rule in one English sentence with its figures (the UI writes its own, by `code`).
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stretch_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worked_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_only_minutes: Option<u32>,
}

/// Today at a glance (`stint-cli today`, the header, the tray): what is tracked (the running
/// timer included), what is owed, when the target is reached and the latest end before 10 h.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TodayView {
    pub tracked_minutes: u32,
    pub target_minutes: u32,
    /// `HH:MM` at which today's target is reached with the timer running (and the break still
    /// required taken); `None` when the target is reached or no timer runs.
    #[serde(default, with = "crate::iso::serde_opt_time")]
    pub leave_at: Option<chrono::NaiveTime>,
    /// `HH:MM` at which 10 h of work are reached with the timer running; `None` when no timer
    /// runs or 10 h are already past.
    #[serde(default, with = "crate::iso::serde_opt_time")]
    pub latest_end: Option<chrono::NaiveTime>,
    pub warnings: Vec<WorkingTimeWarning>,
}
