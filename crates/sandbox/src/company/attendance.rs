//! Attendance periods (v2): worked time and breaks as Personio stores them, and its booking rules.
//!
//! The rules are pure functions of the periods, so they are pinned by unit tests here and the
//! route only maps a broken rule to its answer.

use chrono::{Duration, NaiveDateTime, NaiveTime};

/// `WORK` or `BREAK`; fixed once the period exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceKind {
    /// Worked time.
    Work,
    /// A break.
    Break,
}

impl AttendanceKind {
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceKind::Work => "WORK",
            AttendanceKind::Break => "BREAK",
        }
    }

    /// The kind written `text` (any case).
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_uppercase().as_str() {
            "WORK" => Some(AttendanceKind::Work),
            "BREAK" => Some(AttendanceKind::Break),
            _ => None,
        }
    }
}

/// The approval state of an attendance period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceStatus {
    /// Waiting for a manager.
    Pending,
    /// Approved (or booked with `skip_approval`).
    Confirmed,
    /// Refused by a manager.
    Rejected,
    /// Never approved in time.
    Expired,
}

impl AttendanceStatus {
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceStatus::Pending => "PENDING",
            AttendanceStatus::Confirmed => "CONFIRMED",
            AttendanceStatus::Rejected => "REJECTED",
            AttendanceStatus::Expired => "EXPIRED",
        }
    }
}

/// One attendance period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAttendance {
    /// A UUID.
    pub id: String,
    /// Whose time (the v1 employee id; the wire shows the v2 person id).
    pub employee_id: i64,
    /// `WORK` or `BREAK`.
    pub kind: AttendanceKind,
    /// Local start.
    pub start: NaiveDateTime,
    /// Local end; `None` while clocked in.
    pub end: Option<NaiveDateTime>,
    /// Free text.
    pub comment: String,
    /// Approval state.
    pub status: AttendanceStatus,
    /// When it was booked.
    pub created_at: NaiveDateTime,
    /// When it last changed.
    pub updated_at: NaiveDateTime,
}

/// An attendance period to put into the sandbox as if booked in Personio, with
/// [`crate::Sandbox::add_attendance`] (no rules are checked: a test may want a broken state).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttendance {
    /// Whose time (v1 employee id).
    pub employee_id: i64,
    /// `WORK` or `BREAK`.
    pub kind: AttendanceKind,
    /// Local start.
    pub start: NaiveDateTime,
    /// Local end; `None` for clocked in.
    pub end: Option<NaiveDateTime>,
    /// Approval state.
    pub status: AttendanceStatus,
}

/// Why Personio refuses a period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleBroken {
    /// The end is not after the start.
    #[error("the end ({end}) must be after the start ({start})")]
    EndNotAfterStart {
        /// As sent.
        start: NaiveDateTime,
        /// As sent.
        end: NaiveDateTime,
    },
    /// Longer than a day.
    #[error("a period may last at most 24 hours; this one lasts {minutes} minutes")]
    LongerThanADay {
        /// Its length.
        minutes: i64,
    },
    /// Runs past midnight.
    #[error("a period may not cross midnight; split it at 00:00 of {0}")]
    CrossesMidnight(chrono::NaiveDate),
    /// Overlaps another period of the person.
    #[error("the period overlaps the period {0} of the same person")]
    Overlaps(String),
}

/// Length, midnight and order rules of one period (an open end passes them).
pub fn check_shape(start: NaiveDateTime, end: Option<NaiveDateTime>) -> Result<(), RuleBroken> {
    let Some(end) = end else { return Ok(()) };
    if end <= start {
        return Err(RuleBroken::EndNotAfterStart { start, end });
    }
    let minutes = (end - start).num_minutes();
    if minutes > 24 * 60 {
        return Err(RuleBroken::LongerThanADay { minutes });
    }
    let next_midnight = (start.date() + Duration::days(1)).and_time(NaiveTime::MIN);
    if end > next_midnight {
        return Err(RuleBroken::CrossesMidnight(next_midnight.date()));
    }
    Ok(())
}

/// The first of `others` (same person, not `own_id`) that `start..end` overlaps; open ends run
/// forever.
pub fn check_overlap<'a>(
    start: NaiveDateTime,
    end: Option<NaiveDateTime>,
    own_id: Option<&str>,
    others: impl IntoIterator<Item = &'a DemoAttendance>,
) -> Result<(), RuleBroken> {
    let overlaps = |other: &DemoAttendance| {
        let before_other_ends = other.end.is_none_or(|other_end| start < other_end);
        let after_other_starts = end.is_none_or(|end| other.start < end);
        before_other_ends && after_other_starts
    };
    match others
        .into_iter()
        .filter(|o| Some(o.id.as_str()) != own_id)
        .find(|o| overlaps(o))
    {
        Some(other) => Err(RuleBroken::Overlaps(other.id.clone())),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2025, 6, day)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .expect("valid")
    }

    fn period(id: &str, start: NaiveDateTime, end: Option<NaiveDateTime>) -> DemoAttendance {
        DemoAttendance {
            id: id.into(),
            employee_id: 1,
            kind: AttendanceKind::Work,
            start,
            end,
            comment: String::new(),
            status: AttendanceStatus::Confirmed,
            created_at: start,
            updated_at: start,
        }
    }

    #[test]
    fn shape_rules() {
        assert_eq!(
            check_shape(at(2, 9, 0), Some(at(2, 17, 0))),
            Ok(()),
            "a day's work"
        );
        assert_eq!(
            check_shape(at(2, 22, 0), Some(at(3, 0, 0))),
            Ok(()),
            "ends at 00:00"
        );
        assert_eq!(check_shape(at(2, 9, 0), None), Ok(()), "open-ended");
        assert!(
            matches!(
                check_shape(at(2, 22, 0), Some(at(3, 1, 0))),
                Err(RuleBroken::CrossesMidnight(_))
            ),
            "past midnight is refused"
        );
        assert!(
            matches!(
                check_shape(at(2, 9, 0), Some(at(3, 10, 0))),
                Err(RuleBroken::LongerThanADay { .. })
            ),
            "more than 24 h is refused as such"
        );
        assert!(
            matches!(
                check_shape(at(2, 9, 0), Some(at(2, 9, 0))),
                Err(RuleBroken::EndNotAfterStart { .. })
            ),
            "empty periods are refused"
        );
    }

    #[test]
    fn overlap_rules() {
        let others = [
            period("a", at(2, 9, 0), Some(at(2, 12, 0))),
            period("open", at(3, 9, 0), None),
        ];
        assert_eq!(
            check_overlap(at(2, 12, 0), Some(at(2, 13, 0)), None, &others),
            Ok(()),
            "touching is fine"
        );
        assert_eq!(
            check_overlap(at(2, 11, 0), Some(at(2, 13, 0)), None, &others),
            Err(RuleBroken::Overlaps("a".into())),
            "overlapping is refused"
        );
        assert_eq!(
            check_overlap(at(2, 10, 0), Some(at(2, 11, 0)), Some("a"), &others),
            Ok(()),
            "a period does not overlap itself"
        );
        assert_eq!(
            check_overlap(at(4, 9, 0), Some(at(4, 10, 0)), None, &others),
            Err(RuleBroken::Overlaps("open".into())),
            "an open period runs on"
        );
        assert_eq!(
            check_overlap(at(2, 20, 0), None, None, &others),
            Err(RuleBroken::Overlaps("open".into())),
            "an open start overlaps what comes later"
        );
    }
}
