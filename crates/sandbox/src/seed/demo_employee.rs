//! The absences of the demo employee (Anna Schmidt, full-time 40 h), written by hand.
//!
//! Every case personio-api.md says a client must handle is here within 12 months of `today`:
//! approved vacations, sick leave, pending and requested periods, half a first day, half a last
//! day, a single half day, periods across a weekend, and hour-based absences over one and two days.

use chrono::{NaiveDate, NaiveTime};

use super::{day_in_week, Hours, Span};
use crate::company::TimeOffStatus::{self, Approved, Pending, Requested};

fn span(
    type_name: &'static str,
    (start, end): (NaiveDate, NaiveDate),
    status: TimeOffStatus,
    half_day_start: bool,
    half_day_end: bool,
) -> Span {
    Span {
        type_name,
        start,
        end,
        status,
        half_day_start,
        half_day_end,
    }
}

/// Day-based absences, relative to the Monday of `today`'s week.
pub(super) fn spans(monday: NaiveDate) -> Vec<Span> {
    let on = |week, weekday| day_in_week(monday, week, weekday);
    let range = |(w1, d1), (w2, d2)| (on(w1, d1), on(w2, d2));
    vec![
        span("Urlaub", range((-44, 0), (-43, 4)), Approved, false, false),
        // Thursday to Tuesday: spans a weekend.
        span("Urlaub", range((-30, 3), (-29, 1)), Approved, false, false),
        span(
            "Krankheit",
            range((-24, 1), (-24, 3)),
            Approved,
            false,
            false,
        ),
        // Wednesday afternoon to Friday: half of the first day.
        span("Urlaub", range((-16, 2), (-16, 4)), Approved, true, false),
        span(
            "Sonderurlaub",
            range((-10, 4), (-10, 4)),
            Approved,
            false,
            false,
        ),
        // A single half day.
        span(
            "Überstundenabbau",
            range((-5, 4), (-5, 4)),
            Approved,
            true,
            false,
        ),
        span("Krankheit", range((-1, 0), (-1, 0)), Approved, false, false),
        // Monday to Wednesday noon: half of the last day.
        span("Urlaub", range((3, 0), (3, 2)), Approved, false, true),
        span("Urlaub", range((9, 0), (9, 4)), Pending, false, false),
        span("Urlaub", range((18, 0), (19, 4)), Requested, false, false),
        // Wednesday to Monday: spans a weekend, in the future.
        span("Urlaub", range((30, 2), (31, 0)), Approved, false, false),
        span(
            "Überstundenabbau",
            range((40, 4), (40, 4)),
            Approved,
            false,
            false,
        ),
    ]
}

fn at(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("valid time of day")
}

/// Hour-based absences, relative to the Monday of `today`'s week.
pub(super) fn hours(monday: NaiveDate) -> Vec<Hours> {
    let on = |week, weekday| day_in_week(monday, week, weekday);
    vec![
        Hours {
            type_name: "Fortbildung",
            status: Approved,
            days: vec![(on(-8, 0), at(13, 0), 240), (on(-8, 1), at(9, 0), 180)],
        },
        Hours {
            type_name: "Arzttermin",
            status: Approved,
            days: vec![(on(-3, 1), at(9, 0), 120)],
        },
        Hours {
            type_name: "Arzttermin",
            status: Approved,
            days: vec![(on(2, 3), at(14, 0), 150)],
        },
        Hours {
            type_name: "Arzttermin",
            status: Pending,
            days: vec![(on(6, 2), at(8, 0), 90)],
        },
    ]
}
