//! Builds the demo company, deterministically from a seed and the day it is built around.
//!
//! The demo employee's absences are written by hand so every case a client must handle is
//! guaranteed to be there; everyone else's come from the seeded generator so paging has volume.

mod attendances;
mod demo_employee;
pub mod holidays;
mod others;
mod people;
pub mod rng;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};

use crate::company::{
    days_count, DemoAbsencePeriod, DemoCompany, DemoTimeOff, DemoTimeOffType, TimeOffStatus, Unit,
};
use rng::Rng;

pub use people::FIRST_ID;

/// Id of the first absence type; the rest follow in order.
const FIRST_TYPE_ID: i64 = 2_380_001;
/// Id of the first time-off period.
const FIRST_TIME_OFF_ID: i64 = 51_000_001;

fn types() -> Vec<DemoTimeOffType> {
    let list: [(&str, Option<&str>, Unit, Option<f64>); 10] = [
        ("Urlaub", Some("paid_vacation"), Unit::Day, Some(30.0)),
        ("Krankheit", Some("sick_leave"), Unit::Day, None),
        ("Sonderurlaub", None, Unit::Day, Some(2.0)),
        ("Elternzeit", Some("parental_leave"), Unit::Day, None),
        ("Überstundenabbau", None, Unit::Day, Some(5.0)),
        (
            "Paid Vacation",
            Some("paid_vacation"),
            Unit::Day,
            Some(28.0),
        ),
        ("Sick leave", Some("sick_leave"), Unit::Day, None),
        ("Arzttermin", None, Unit::Hour, None),
        ("Fortbildung", Some("offsite_work"), Unit::Hour, Some(40.0)),
        ("Doctor's appointment", None, Unit::Hour, None),
    ];
    list.into_iter()
        .zip(FIRST_TYPE_ID..)
        .map(
            |((name, category, unit, entitlement), id)| DemoTimeOffType {
                id,
                name: name.to_owned(),
                category: category.map(str::to_owned),
                unit,
                entitlement,
            },
        )
        .collect()
}

/// A day-based absence before ids and day counts are known.
#[derive(Debug, Clone, Copy)]
struct Span {
    type_name: &'static str,
    start: NaiveDate,
    end: NaiveDate,
    status: TimeOffStatus,
    half_day_start: bool,
    half_day_end: bool,
}

/// An hour-based absence before ids are known: `(date, from, minutes)` per day.
#[derive(Debug, Clone)]
struct Hours {
    type_name: &'static str,
    status: TimeOffStatus,
    days: Vec<(NaiveDate, NaiveTime, u32)>,
}

/// Monday of the week `today` is in.
fn monday_of(today: NaiveDate) -> NaiveDate {
    today - Days::new(u64::from(today.weekday().num_days_from_monday()))
}

/// `weekday` (0 = Monday) of the week `week` weeks from `monday`.
fn day_in_week(monday: NaiveDate, week: i64, weekday: i64) -> NaiveDate {
    let offset = week * 7 + weekday;
    if offset >= 0 {
        monday + Days::new(offset.unsigned_abs())
    } else {
        monday - Days::new(offset.unsigned_abs())
    }
}

/// The demo company for `seed`, built around `today`.
pub fn company(seed: u64, today: NaiveDate) -> DemoCompany {
    let employees = people::employees(today);
    let types = types();
    let mut rng = Rng::new(seed);
    let monday = monday_of(today);
    let mut time_offs = Vec::new();
    let mut absence_periods = Vec::new();
    let mut next_id = FIRST_TIME_OFF_ID;
    for employee in &employees {
        let (spans, hours) = if employee.id == FIRST_ID {
            (demo_employee::spans(monday), demo_employee::hours(monday))
        } else {
            others::absences(&mut rng, employee, monday)
        };
        for span in spans {
            let kind = types.iter().find(|t| t.name == span.type_name);
            let kind = kind.expect("seed only uses listed types");
            time_offs.push(DemoTimeOff {
                id: next_id,
                employee_id: employee.id,
                type_id: kind.id,
                type_name: kind.name.clone(),
                category: kind.category.clone(),
                start: span.start,
                end: span.end,
                status: span.status,
                half_day_start: span.half_day_start,
                half_day_end: span.half_day_end,
                days_count: days_count(
                    employee,
                    span.start,
                    span.end,
                    span.half_day_start,
                    span.half_day_end,
                ),
                comment: String::new(),
            });
            next_id += 1;
        }
        for period in hours {
            let kind = types.iter().find(|t| t.name == period.type_name);
            let kind = kind.expect("seed only uses listed types");
            let (first, last) = (period.days[0], period.days[period.days.len() - 1]);
            let end_time = last.1 + chrono::Duration::minutes(i64::from(last.2));
            absence_periods.push(DemoAbsencePeriod {
                id: rng.uuid(),
                employee_id: employee.id,
                type_id: kind.id,
                type_name: kind.name.clone(),
                category: kind.category.clone(),
                start: NaiveDateTime::new(first.0, first.1),
                end: NaiveDateTime::new(last.0, end_time),
                status: period.status,
                breakdowns: period.days.iter().map(|(d, _, m)| (*d, *m)).collect(),
            });
        }
    }
    // A generator of its own, so attendances leave the absences above as they were.
    let mut attendance_rng = Rng::new(seed ^ 0x0A77_E4DA_4CE5);
    let demo_employee = employees
        .iter()
        .find(|e| e.id == FIRST_ID)
        .expect("the demo employee is seeded");
    let attendances = attendances::demo(
        &mut attendance_rng,
        demo_employee,
        today,
        &time_offs,
        &absence_periods,
    );
    DemoCompany {
        employees,
        types,
        time_offs,
        absence_periods,
        attendances,
        today,
        next_time_off_id: next_id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_and_day_give_the_same_company() {
        let today = NaiveDate::from_ymd_opt(2025, 6, 4).expect("valid");
        let (a, b) = (company(42, today), company(42, today));
        assert_eq!(a.time_offs, b.time_offs, "time-offs are reproducible");
        assert_eq!(
            a.absence_periods, b.absence_periods,
            "absence periods are reproducible"
        );
        assert_ne!(
            company(43, today).time_offs,
            a.time_offs,
            "the seed changes the other employees' absences"
        );
    }

    #[test]
    fn nobody_has_overlapping_time_offs() {
        let c = company(7, NaiveDate::from_ymd_opt(2026, 1, 15).expect("valid"));
        for e in &c.employees {
            let mut mine: Vec<_> = c
                .time_offs
                .iter()
                .filter(|t| t.employee_id == e.id)
                .collect();
            mine.sort_by_key(|t| t.start);
            for pair in mine.windows(2) {
                assert!(
                    pair[0].end < pair[1].start,
                    "{} has overlapping periods {:?} and {:?}",
                    e.email,
                    pair[0],
                    pair[1]
                );
            }
            assert!(
                mine.iter().all(|t| t.start <= t.end
                    && !(t.start == t.end && t.half_day_start && t.half_day_end)),
                "{}: periods end after they start and a single day is never halved twice",
                e.email
            );
        }
    }

    #[test]
    fn hour_based_periods_have_times_that_agree_with_their_minutes() {
        // v1 sends `start`/`end` and v2 `starts_from`/`ends_at` from these times, beside the
        // per-day minutes; a client placing the absence on the clock must find the same hours.
        let c = company(7, NaiveDate::from_ymd_opt(2026, 1, 15).expect("valid"));
        assert!(
            c.absence_periods.iter().any(|p| p.breakdowns.len() > 1),
            "the demo has an hour-based period over more than one day"
        );
        for p in &c.absence_periods {
            let (first, last) = (p.breakdowns[0], p.breakdowns[p.breakdowns.len() - 1]);
            assert!(p.start < p.end, "{}: ends after it starts", p.id);
            assert_eq!(p.start.date(), first.0, "{}: starts on its first day", p.id);
            assert_eq!(p.end.date(), last.0, "{}: ends on its last day", p.id);
            let last_day_start = p.end - chrono::Duration::minutes(i64::from(last.1));
            assert_eq!(
                last_day_start.date(),
                last.0,
                "{}: the last day's minutes fit between its start and the end",
                p.id
            );
            if p.breakdowns.len() == 1 {
                assert_eq!(
                    (p.end - p.start).num_minutes(),
                    i64::from(first.1),
                    "{}: a one-day period lasts its minutes",
                    p.id
                );
            } else {
                let to_midnight = first
                    .0
                    .succ_opt()
                    .expect("a next day")
                    .and_time(NaiveTime::MIN)
                    - p.start;
                assert!(
                    i64::from(first.1) <= to_midnight.num_minutes(),
                    "{}: the first day's minutes fit after its start",
                    p.id
                );
            }
        }
    }
}
