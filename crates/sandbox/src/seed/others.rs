//! Absences of everyone but the demo employee, drawn from the seeded generator.
//!
//! They give paging real volume (several pages at small limits) and let tests check that a
//! client asks for one employee and does not mix in colleagues.

use chrono::{NaiveDate, NaiveTime};

use super::{day_in_week, rng::Rng, Hours, Span};
use crate::company::{DemoEmployee, TimeOffStatus};

/// Hannah Schröder is on parental leave around `today`.
const ON_PARENTAL_LEAVE: &str = "hannah.schroeder@demo.stint.app";

fn status(rng: &mut Rng, in_future: bool) -> TimeOffStatus {
    if !in_future {
        return TimeOffStatus::Approved;
    }
    match rng.between(0, 9) {
        0..=6 => TimeOffStatus::Approved,
        7 | 8 => TimeOffStatus::Pending,
        _ => TimeOffStatus::Requested,
    }
}

/// Day- and hour-based absences of `employee` from 50 weeks back to 50 ahead, never overlapping.
pub(super) fn absences(
    rng: &mut Rng,
    employee: &DemoEmployee,
    monday: NaiveDate,
) -> (Vec<Span>, Vec<Hours>) {
    let (vacation, sick) = if employee.english {
        ("Paid Vacation", "Sick leave")
    } else {
        ("Urlaub", "Krankheit")
    };
    let parental = employee.email == ON_PARENTAL_LEAVE;
    let mut spans = Vec::new();
    let mut week = -50;
    while week < 50 {
        week += rng.between(3, 9);
        if parental && (-20..=16).contains(&week) {
            continue;
        }
        let first = rng.between(0, 4);
        let length = rng.between(0, 9);
        let start = day_in_week(monday, week, first);
        let end = day_in_week(monday, week, first + length);
        let type_name = match rng.between(0, 9) {
            0..=6 => vacation,
            7 | 8 => sick,
            _ if employee.english => vacation,
            _ => "Überstundenabbau",
        };
        let half_day_start = rng.chance(10);
        let half_day_end = start != end && rng.chance(10);
        spans.push(Span {
            type_name,
            start,
            end,
            status: status(rng, week > 0),
            half_day_start,
            half_day_end,
        });
        // Leave at least one week between periods so none overlap.
        week += 2;
    }
    if parental {
        spans.push(Span {
            type_name: "Elternzeit",
            start: day_in_week(monday, -19, 0),
            end: day_in_week(monday, 16, 4),
            status: TimeOffStatus::Approved,
            half_day_start: false,
            half_day_end: false,
        });
        spans.sort_by_key(|s| s.start);
    }
    let doctor = if employee.english {
        "Doctor's appointment"
    } else {
        "Arzttermin"
    };
    let hours = (0..rng.between(0, 2))
        .map(|_| {
            let day = day_in_week(monday, rng.between(-50, 50), rng.between(0, 3));
            let from = NaiveTime::from_hms_opt(8 + rng.between(0, 6) as u32, 0, 0);
            Hours {
                type_name: doctor,
                status: TimeOffStatus::Approved,
                days: vec![(
                    day,
                    from.expect("valid hour"),
                    60 * rng.between(1, 3) as u32,
                )],
            }
        })
        .collect();
    (spans, hours)
}
