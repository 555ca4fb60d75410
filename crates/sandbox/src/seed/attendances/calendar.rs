//! Which days the demo employee worked, and how much each day asked of her: the scheduled
//! minutes less approved absences, on the days Stint counts a target (not weekends, not the
//! demo company's holidays, not whole days off).
//!
//! The rules follow Stint's day plan (`stint_core::day_plan`): only approved absences lower the
//! target, a half day takes half the scheduled minutes, an hour-based absence its minutes of
//! that day. Seeding by the same rules is what lets the running balance come out as planned.

use chrono::{NaiveDate, NaiveTime};

use super::super::holidays::nationwide_holiday;
use crate::company::{DemoAbsencePeriod, DemoEmployee, DemoTimeOff, TimeOffStatus};

/// When in the day the work can lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Window {
    /// A whole day at work.
    Full,
    /// Only the morning: the afternoon is half a day off.
    Morning,
    /// Only the afternoon: the morning is half a day off.
    Afternoon,
    /// Until shortly before an absence that starts at this time.
    Until(NaiveTime),
    /// From shortly after an absence that ends at this time.
    From(NaiveTime),
}

/// One day the demo employee was due to work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Workday {
    pub date: NaiveDate,
    /// Minutes Stint will count as this day's target.
    pub target: u32,
    pub window: Window,
}

/// The days in `first..=last` that ask for work, in date order.
pub(super) fn workdays(
    employee: &DemoEmployee,
    (first, last): (NaiveDate, NaiveDate),
    time_offs: &[DemoTimeOff],
    hours: &[DemoAbsencePeriod],
) -> Vec<Workday> {
    let time_offs: Vec<&DemoTimeOff> = time_offs
        .iter()
        .filter(|t| t.employee_id == employee.id && t.status == TimeOffStatus::Approved)
        .collect();
    let hours: Vec<&DemoAbsencePeriod> = hours
        .iter()
        .filter(|p| p.employee_id == employee.id && p.status == TimeOffStatus::Approved)
        .collect();
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter_map(|date| {
            let scheduled = employee.minutes_on(date);
            if scheduled == 0 || nationwide_holiday(date) {
                return None;
            }
            let mut target = scheduled;
            let mut window = Window::Full;
            for off in time_offs
                .iter()
                .filter(|t| t.start <= date && date <= t.end)
            {
                if off.half_day_start && date == off.start {
                    target = target.saturating_sub(scheduled / 2);
                    window = Window::Morning;
                } else if off.half_day_end && date == off.end {
                    target = target.saturating_sub(scheduled / 2);
                    window = Window::Afternoon;
                } else {
                    target = 0;
                }
            }
            for period in &hours {
                let Some((_, minutes)) = period.breakdowns.iter().find(|(d, _)| *d == date) else {
                    continue;
                };
                target = target.saturating_sub(*minutes);
                window = around(period, date);
            }
            (target > 0).then_some(Workday {
                date,
                target,
                window,
            })
        })
        .collect()
}

/// Where the work of `date` lies beside the hour-based absence `period`: before it when it
/// takes the afternoon, after it when it takes the morning.
fn around(period: &DemoAbsencePeriod, date: NaiveDate) -> Window {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).expect("valid time of day");
    let begins = if period.start.date() == date {
        period.start.time()
    } else {
        NaiveTime::MIN
    };
    if begins >= noon {
        Window::Until(begins)
    } else if period.end.date() == date {
        Window::From(period.end.time())
    } else {
        Window::From(noon)
    }
}
