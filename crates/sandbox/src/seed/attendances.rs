//! The demo employee's attendance periods: about three months of office days already in Personio.
//!
//! Weekdays before today that have no absence: WORK 09:00–12:30, BREAK 12:30–13:00, WORK
//! 13:00–17:30. Almost all are `CONFIRMED`; the most recent afternoon is `PENDING`, one morning
//! two weeks back `REJECTED` and one morning at the start `EXPIRED`, so every approval state is
//! there to show.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::rng::Rng;
use crate::company::{
    AttendanceKind, AttendanceStatus, DemoAbsencePeriod, DemoAttendance, DemoTimeOff,
};

/// How many weeks back the attendances reach.
const WEEKS: u64 = 13;

fn at(date: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, minute, 0).expect("valid time of day"))
}

/// Attendance periods of `employee_id` for the weeks before `today`.
pub(super) fn demo(
    rng: &mut Rng,
    employee_id: i64,
    today: NaiveDate,
    time_offs: &[DemoTimeOff],
    hours: &[DemoAbsencePeriod],
) -> Vec<DemoAttendance> {
    let absent = |date: NaiveDate| {
        let off = time_offs
            .iter()
            .any(|t| t.employee_id == employee_id && t.start <= date && date <= t.end);
        let hourly = hours
            .iter()
            .any(|p| p.employee_id == employee_id && p.breakdowns.iter().any(|(d, _)| *d == date));
        off || hourly
    };
    let first = today - Days::new(WEEKS * 7);
    let days: Vec<NaiveDate> = first
        .iter_days()
        .take_while(|d| *d < today)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .filter(|d| !absent(*d))
        .collect();
    let mut periods = Vec::new();
    for (index, date) in days.iter().enumerate() {
        let booked = at(*date, 17, 45);
        let blocks = [
            (AttendanceKind::Work, at(*date, 9, 0), at(*date, 12, 30)),
            (AttendanceKind::Break, at(*date, 12, 30), at(*date, 13, 0)),
            (AttendanceKind::Work, at(*date, 13, 0), at(*date, 17, 30)),
        ];
        for (block, (kind, start, end)) in blocks.into_iter().enumerate() {
            let status = match (index, block) {
                (0, 0) => AttendanceStatus::Expired,
                (i, 2) if i + 1 == days.len() => AttendanceStatus::Pending,
                (i, 0) if i + 10 == days.len() => AttendanceStatus::Rejected,
                _ => AttendanceStatus::Confirmed,
            };
            periods.push(DemoAttendance {
                id: rng.uuid(),
                employee_id,
                kind,
                start,
                end: Some(end),
                comment: String::new(),
                status,
                created_at: booked,
                updated_at: booked,
            });
        }
    }
    periods
}
