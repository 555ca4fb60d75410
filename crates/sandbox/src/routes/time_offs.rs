//! `GET /v1/company/time-offs`: day-based absences with half-day flags.
//!
//! `offset` is a 1-based page number (0 means 1), `limit` at most 200 (default 200). Only periods
//! fully inside `start_date..=end_date` are returned, like the real endpoint, so clients must ask
//! for a wider window and clip.

use serde_json::{json, Value};

use super::render::{employee_ref, paged};
use super::{bad_paging, date_param, employee_ids, fully_inside};
use crate::company::{DemoCompany, DemoTimeOff};
use crate::config::Formats;
use crate::format::{date_time, half_day, midnight};
use crate::paging::{by_page_number, parse_limit, parse_offset};
use crate::server::reply::Reply;
use crate::server::request::Query;
use crate::state::State;

fn render(company: &DemoCompany, t: &DemoTimeOff, formats: &Formats) -> Value {
    let employee = company
        .employee(t.employee_id)
        .map_or(Value::Null, employee_ref);
    let created = (t.start - chrono::Days::new(21))
        .and_hms_opt(9, 15, 0)
        .expect("valid time");
    json!({
        "type": "TimeOffPeriod",
        "attributes": {
            "id": t.id,
            "status": t.status.as_str(),
            "comment": t.comment,
            "start_date": midnight(t.start, formats.offset),
            "end_date": midnight(t.end, formats.offset),
            "days_count": t.days_count,
            "half_day_start": half_day(t.half_day_start, formats.half_day),
            "half_day_end": half_day(t.half_day_end, formats.half_day),
            "time_off_type": {
                "type": "TimeOffType",
                "attributes": { "id": t.type_id, "name": t.type_name, "category": t.category },
            },
            "employee": employee,
            "created_by": "API",
            "certificate": { "status": "not-required" },
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
    let matching: Vec<&DemoTimeOff> = company
        .time_offs
        .iter()
        .filter(|t| ids.is_empty() || ids.contains(&t.employee_id))
        .filter(|t| fully_inside(t.start, t.end, from, to))
        .collect();
    let page = by_page_number(matching.len(), limit, offset);
    let data = matching[page.range.clone()]
        .iter()
        .map(|t| render(company, t, &state.formats))
        .collect();
    Reply::ok(paged(&page, data))
}
