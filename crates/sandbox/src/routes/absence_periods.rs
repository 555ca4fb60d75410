//! `GET /v1/company/absence-periods`: hour-based absences with per-day breakdowns.
//!
//! Paging and window rules are those of time-offs: `offset` is a 1-based page number, `limit` at
//! most 200, and only periods fully inside the window are returned.

use serde_json::{json, Value};

use super::render::{employee_ref, paged};
use super::{bad_paging, date_param, employee_ids, fully_inside};
use crate::company::{DemoAbsencePeriod, DemoCompany};
use crate::config::Formats;
use crate::format::{date_time, half_day};
use crate::paging::{by_page_number, parse_limit, parse_offset};
use crate::server::reply::Reply;
use crate::server::request::Query;
use crate::state::State;

fn render(company: &DemoCompany, p: &DemoAbsencePeriod, formats: &Formats) -> Value {
    let employee = company
        .employee(p.employee_id)
        .map_or(Value::Null, employee_ref);
    let breakdowns: Vec<Value> = p
        .breakdowns
        .iter()
        .map(|(date, minutes)| {
            json!({ "date": date.format("%Y-%m-%d").to_string(), "effective_duration": minutes })
        })
        .collect();
    let created = p.start - chrono::Duration::days(10);
    json!({
        "type": "AbsencePeriod",
        "attributes": {
            "id": p.id,
            "measurement_unit": "hour",
            "effective_duration": p.effective_minutes(),
            "employee": employee,
            "absence_type": {
                "type": "AbsenceType",
                "attributes": { "id": p.type_id, "name": p.type_name, "category": p.category },
            },
            "certificate": { "status": "not-required" },
            "start": date_time(p.start, formats.offset),
            "end": date_time(p.end, formats.offset),
            "half_day_start": half_day(false, formats.half_day),
            "half_day_end": half_day(false, formats.half_day),
            "status": p.status.as_str(),
            "comment": "",
            "timezone": "Europe/Berlin",
            "breakdowns": breakdowns,
            "created_at": date_time(created, formats.offset),
            "updated_at": date_time(created, formats.offset),
        }
    })
}

pub(super) fn handle(state: &State, query: &Query) -> Reply {
    let limit = match parse_limit(query.get("limit"), 200, 200) {
        Ok(limit) => limit,
        Err(error) => return bad_paging(error),
    };
    let offset = match parse_offset(query.get("offset")) {
        Ok(offset) => offset,
        Err(error) => return bad_paging(error),
    };
    let (from, to, ids) = match (
        date_param(query, "start_date"),
        date_param(query, "end_date"),
        employee_ids(query),
    ) {
        (Ok(from), Ok(to), Ok(ids)) => (from, to, ids),
        (Err(reply), _, _) | (_, Err(reply), _) | (_, _, Err(reply)) => return reply,
    };
    let company = &state.company;
    let matching: Vec<&DemoAbsencePeriod> = company
        .absence_periods
        .iter()
        .filter(|p| ids.is_empty() || ids.contains(&p.employee_id))
        .filter(|p| fully_inside(p.start.date(), p.end.date(), from, to))
        .collect();
    let page = by_page_number(matching.len(), limit, offset);
    let data = matching[page.range.clone()]
        .iter()
        .map(|p| render(company, p, &state.formats))
        .collect();
    Reply::ok(paged(&page, data))
}
