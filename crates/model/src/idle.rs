//! The question Stint asks when the user comes back after being idle while the timer ran.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The time the computer was idle, to keep, take out of the timer, or stop the timer at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleSpan {
    #[serde(with = "crate::iso::serde_date_time")]
    pub from: NaiveDateTime,
    #[serde(with = "crate::iso::serde_date_time")]
    pub to: NaiveDateTime,
}

/// The user's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdleChoice {
    /// The time away was work (a call, reading on paper): the timer stays as it is.
    Keep,
    /// The time away was a break: it is taken out of the timer.
    Subtract,
    /// The user left then: the timer stops at the start of the idle time.
    Stop,
}
