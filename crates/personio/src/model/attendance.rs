//! Attendance periods: worked time and breaks as Personio (v2) keeps them.
//!
//! Times are local wall-clock date-times without offset (`NaiveDateTime`), as Personio writes
//! and expects them: an offset or a `Z` would be refused. The approval `status` is kept as
//! Personio says it, so the UI never pretends a pending period is approved.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Worked time or a break.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum AttendanceKind {
    Work,
    Break,
    /// A type this client does not know yet, kept as written.
    Other(String),
}

impl From<String> for AttendanceKind {
    fn from(value: String) -> Self {
        match value.trim().to_ascii_uppercase().as_str() {
            "WORK" => Self::Work,
            "BREAK" => Self::Break,
            _ => Self::Other(value),
        }
    }
}

impl From<AttendanceKind> for String {
    fn from(value: AttendanceKind) -> Self {
        match value {
            AttendanceKind::Work => "WORK".into(),
            AttendanceKind::Break => "BREAK".into(),
            AttendanceKind::Other(other) => other,
        }
    }
}

/// Where a period stands in Personio's approval.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum AttendanceStatus {
    Pending,
    Confirmed,
    Rejected,
    Expired,
    /// A status this client does not know yet, kept as written.
    Other(String),
}

impl AttendanceStatus {
    /// Rejected and expired periods do not count as tracked time.
    pub fn counts(&self) -> bool {
        !matches!(self, Self::Rejected | Self::Expired)
    }
}

impl From<String> for AttendanceStatus {
    fn from(value: String) -> Self {
        match value.trim().to_ascii_uppercase().as_str() {
            "PENDING" => Self::Pending,
            "CONFIRMED" => Self::Confirmed,
            "REJECTED" => Self::Rejected,
            "EXPIRED" => Self::Expired,
            _ => Self::Other(value),
        }
    }
}

impl From<AttendanceStatus> for String {
    fn from(value: AttendanceStatus) -> Self {
        match value {
            AttendanceStatus::Pending => "PENDING".into(),
            AttendanceStatus::Confirmed => "CONFIRMED".into(),
            AttendanceStatus::Rejected => "REJECTED".into(),
            AttendanceStatus::Expired => "EXPIRED".into(),
            AttendanceStatus::Other(other) => other,
        }
    }
}

/// One attendance period as Personio lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendancePeriod {
    pub id: String,
    pub person_id: String,
    pub kind: AttendanceKind,
    /// Local wall time.
    pub start: NaiveDateTime,
    /// Local wall time; `None` while open-ended (clocked in now).
    pub end: Option<NaiveDateTime>,
    pub comment: Option<String>,
    pub project_id: Option<String>,
    pub status: AttendanceStatus,
    /// When Personio last changed it, as written (offset dropped), if the answer said.
    pub updated_at: Option<NaiveDateTime>,
}

/// A period to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttendance {
    pub person_id: String,
    pub kind: AttendanceKind,
    pub start: NaiveDateTime,
    /// `None` opens the period (clocked in now).
    pub end: Option<NaiveDateTime>,
    pub comment: Option<String>,
    /// Asks Personio to skip approval (`?skip_approval=true`); only if the user chose it.
    pub skip_approval: bool,
}

/// What to change on a period; `None` leaves a field as it is. The kind cannot be changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttendanceChange {
    pub start: Option<NaiveDateTime>,
    pub end: Option<NaiveDateTime>,
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_kinds_keep_unknown_values() {
        let status: AttendanceStatus = serde_json::from_str("\"confirmed\"").unwrap();
        assert_eq!(
            status,
            AttendanceStatus::Confirmed,
            "status matching ignores case"
        );
        let odd: AttendanceStatus = serde_json::from_str("\"IN_REVIEW\"").unwrap();
        assert_eq!(
            String::from(odd),
            "IN_REVIEW",
            "an unknown status survives unchanged"
        );
        assert!(
            !AttendanceStatus::Rejected.counts() && AttendanceStatus::Pending.counts(),
            "rejected time is not tracked time; pending time is"
        );
        assert_eq!(
            String::from(AttendanceKind::Break),
            "BREAK",
            "kinds are written as Personio spells them"
        );
    }
}
