//! The demo employee's attendance periods: the tracked time of a real-looking person, already
//! in Personio, so the first screen of the demo shows what Stint is for.
//!
//! Every day Stint counts a target from 1 January (Stint's default balance start; from 13
//! weeks back when the year is younger) up to yesterday — not weekends, the demo company's
//! holidays ([`super::holidays`]) or whole days off — has its periods: a start between 07:30 and
//! 09:30, a lunch break, sometimes a second short one, and an end that lands around the
//! target ([`day`]). Half days off and hour-based absences leave part of the day. Some days
//! are overtime, some short; a few break a working-time rule on purpose ([`Slip`]); and the
//! running balance is steered ([`steer`]) to stay within about ±14 h and end yesterday at
//! about +11 h.
//!
//! Almost all periods are `CONFIRMED`; yesterday's last is `PENDING`, a morning ten working
//! days back `REJECTED` and the first day's morning `EXPIRED`, so every approval state is
//! there to show.

mod calendar;
mod day;
mod steer;

use chrono::{Datelike, Days, Duration, NaiveDate};

use super::rng::Rng;
use crate::company::{
    AttendanceKind, AttendanceStatus, DemoAbsencePeriod, DemoAttendance, DemoEmployee, DemoTimeOff,
};
use calendar::{Window, Workday};
use day::Slip;

/// How far back the periods reach at least, so a young year still shows past months.
const AT_LEAST_DAYS: u64 = 13 * 7;

/// Attendance periods of `employee` for the days before `today`.
pub(super) fn demo(
    rng: &mut Rng,
    employee: &DemoEmployee,
    today: NaiveDate,
    time_offs: &[DemoTimeOff],
    hours: &[DemoAbsencePeriod],
) -> Vec<DemoAttendance> {
    let balance_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let first = balance_start.min(today - Days::new(AT_LEAST_DAYS));
    let Some(yesterday) = today.pred_opt() else {
        return Vec::new();
    };
    let days = calendar::workdays(employee, (first, yesterday), time_offs, hours);
    let slips = slips(&days);
    let mut steer = steer::Steer::new(&days, balance_start);
    let mut periods = Vec::new();
    for (index, day) in days.iter().enumerate() {
        let slip = slips.iter().find(|(i, _)| *i == index).map(|(_, s)| *s);
        let planned = steer.worked(rng, index, day);
        let worked = slip.and_then(|s| s.worked(rng)).unwrap_or(planned);
        let blocks = day::lay_out(rng, day, worked, slip);
        let (first_work, last_work) = (
            blocks.iter().position(|b| b.kind == AttendanceKind::Work),
            blocks.iter().rposition(|b| b.kind == AttendanceKind::Work),
        );
        let booked = blocks
            .last()
            .map_or(day.date.and_time(chrono::NaiveTime::MIN), |b| {
                b.end + Duration::minutes(rng.between(2, 20))
            });
        let mut counted = 0;
        for (at, block) in blocks.iter().enumerate() {
            let status = if Some(at) == first_work && index == 0 {
                AttendanceStatus::Expired
            } else if Some(at) == first_work && index + 10 == days.len() {
                AttendanceStatus::Rejected
            } else if Some(at) == last_work && index + 1 == days.len() {
                AttendanceStatus::Pending
            } else {
                AttendanceStatus::Confirmed
            };
            let counts = !matches!(
                status,
                AttendanceStatus::Rejected | AttendanceStatus::Expired
            );
            if block.kind == AttendanceKind::Work && counts {
                counted += block.minutes();
            }
            periods.push(DemoAttendance {
                id: rng.uuid(),
                employee_id: employee.id,
                kind: block.kind,
                start: block.start,
                end: Some(block.end),
                comment: String::new(),
                status,
                created_at: booked,
                updated_at: booked,
            });
        }
        steer.book(counted, day.target);
    }
    periods
}

/// Where the slips go: recent whole days clear of the approval-state days — a release day
/// over 10 h and the early morning after it, a day without a break, a long day with too short
/// a break. Answers `(index, slip)` pairs.
fn slips(days: &[Workday]) -> Vec<(usize, Slip)> {
    let n = days.len();
    let free = |i: usize, taken: &[(usize, Slip)]| {
        days[i].window == Window::Full
            && i != 0
            && i + 1 != n
            && i + 10 != n
            && taken.iter().all(|(t, _)| t.abs_diff(i) > 1)
    };
    let mut taken = Vec::new();
    let release = (1..n.saturating_sub(3)).rev().find(|&i| {
        free(i, &taken) && free(i + 1, &taken) && days[i + 1].date == days[i].date + Days::new(1)
    });
    if let Some(i) = release {
        taken.extend([(i, Slip::Over10h), (i + 1, Slip::EarlyAfterLate)]);
    }
    for (from_end, slip) in [(7, Slip::NoBreak), (13, Slip::ShortBreak)] {
        if let Some(i) = (1..n.saturating_sub(from_end))
            .rev()
            .find(|&i| free(i, &taken))
        {
            taken.push((i, slip));
        }
    }
    taken
}

#[cfg(test)]
mod tests;
