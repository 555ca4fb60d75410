//! `GET /v2/absence-periods`: day- and hour-based absences in one list, from the same company
//! data the v1 time-offs and absence-periods routes serve.
//!
//! Filters: `person.id` (or `person_id`), a lower bound `starts_from.gte` (also
//! `starts_from.date_time.gte`, `start.date_time.gte`) and an upper bound `ends_at.lte` (also
//! `ends_at.date_time.lte`, `end.date_time.lte`); the bounds select periods that **overlap** the
//! window. Day-based periods mark half days in `starts_from.type` / `ends_at.type`
//! (`FIRST_HALF` / `SECOND_HALF`); hour-based ones carry times and `type: null`, their minutes per
//! day come from `/breakdowns`. Cursor paging, `limit` ≤ 100 (default 50).

use chrono::{NaiveDateTime, NaiveTime};
use serde_json::{json, Value};

use super::{page, person_filter, time_filter, wire_time};
use crate::company::{DemoAbsencePeriod, DemoCompany, DemoTimeOff};
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

/// Lower-bound spellings, the documented one first.
pub(super) const FROM_KEYS: [&str; 3] = [
    "starts_from.gte",
    "starts_from.date_time.gte",
    "start.date_time.gte",
];
/// Upper-bound spellings.
pub(super) const TO_KEYS: [&str; 3] = ["ends_at.lte", "ends_at.date_time.lte", "end.date_time.lte"];

/// One v2 absence period: a v1 time-off or a v1 absence period.
#[derive(Debug, Clone, Copy)]
pub(super) enum Absence<'a> {
    Day(&'a DemoTimeOff),
    Hour(&'a DemoAbsencePeriod),
}

impl Absence<'_> {
    pub(super) fn id(&self) -> String {
        match self {
            Absence::Day(t) => t.id.to_string(),
            Absence::Hour(p) => p.id.clone(),
        }
    }

    pub(super) fn employee_id(&self) -> i64 {
        match self {
            Absence::Day(t) => t.employee_id,
            Absence::Hour(p) => p.employee_id,
        }
    }

    /// First and last instant it covers.
    fn span(&self) -> (NaiveDateTime, NaiveDateTime) {
        match self {
            Absence::Day(t) => (
                t.start.and_time(NaiveTime::MIN),
                t.end
                    .and_hms_opt(23, 59, 59)
                    .unwrap_or(t.end.and_time(NaiveTime::MIN)),
            ),
            Absence::Hour(p) => (p.start, p.end),
        }
    }
}

/// Every absence of the company, ordered by start.
pub(super) fn all(company: &DemoCompany) -> Vec<Absence<'_>> {
    let mut all: Vec<Absence<'_>> = company.time_offs.iter().map(Absence::Day).collect();
    all.extend(company.absence_periods.iter().map(Absence::Hour));
    all.sort_by_key(|a| (a.span().0, a.id()));
    all
}

fn render(company: &DemoCompany, absence: Absence<'_>) -> Value {
    let person = company
        .employee(absence.employee_id())
        .map(|e| e.person_id());
    let (type_id, type_name, status, starts, ends) = match absence {
        Absence::Day(t) => {
            let first = if t.half_day_start {
                "SECOND_HALF"
            } else {
                "FIRST_HALF"
            };
            let last = if t.half_day_end {
                "FIRST_HALF"
            } else {
                "SECOND_HALF"
            };
            (
                t.type_id,
                &t.type_name,
                t.status,
                json!({ "date_time": wire_time(t.start.and_time(NaiveTime::MIN)), "type": first }),
                json!({ "date_time": wire_time(t.end.and_time(NaiveTime::MIN)), "type": last }),
            )
        }
        Absence::Hour(p) => (
            p.type_id,
            &p.type_name,
            p.status,
            json!({ "date_time": wire_time(p.start), "type": null }),
            json!({ "date_time": wire_time(p.end), "type": null }),
        ),
    };
    let created = wire_time(absence.span().0 - chrono::Duration::days(10));
    json!({
        "id": absence.id(),
        "person": { "id": person },
        "absence_type": { "id": type_id.to_string(), "name": type_name },
        "starts_from": starts,
        "ends_at": ends,
        "status": status.as_str().to_uppercase(),
        "created_at": created,
        "updated_at": created,
    })
}

pub(in crate::routes) fn handle(state: &State, request: &RequestParts) -> Reply {
    let window = match page::window(request, 50, 100) {
        Ok(window) => window,
        Err(reply) => return reply,
    };
    let (from, to) = match (
        time_filter(&request.query, &FROM_KEYS, false),
        time_filter(&request.query, &TO_KEYS, true),
    ) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(reply), _) | (_, Err(reply)) => return reply,
    };
    let people = person_filter(&request.query);
    let company = &state.company;
    let items = all(company)
        .into_iter()
        .filter(|a| {
            people.is_empty()
                || company
                    .employee(a.employee_id())
                    .is_some_and(|e| people.contains(&e.person_id().as_str()))
        })
        .filter(|a| {
            let (start, end) = a.span();
            from.is_none_or(|from| end >= from) && to.is_none_or(|to| start <= to)
        })
        .map(|a| render(company, a))
        .collect();
    Reply::ok(page::body(state, request, window, items))
}
