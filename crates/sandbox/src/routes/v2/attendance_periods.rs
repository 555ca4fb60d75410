//! `GET /v2/attendance-periods`: worked time and breaks, cursor-paged (`limit` ≤ 100, default 50).
//!
//! Filters: `person.id` (or `person_id`), the start between `start.date_time.gte` /
//! `start.gte` and `start.date_time.lte` / `start.lte` (local time, no `Z`), `status` (one or
//! more, comma-separated, any case) and `updated_at.gte`.

use serde_json::{json, Value};

use super::{bad_request, page, person_filter, time_filter, wire_time};
use crate::company::{DemoAttendance, DemoCompany};
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

/// A period as the list and a change answer show it.
pub(super) fn render(company: &DemoCompany, period: &DemoAttendance) -> Value {
    let person = company.employee(period.employee_id).map(|e| e.person_id());
    json!({
        "id": period.id,
        "person": { "id": person },
        "type": period.kind.as_str(),
        "start": { "date_time": wire_time(period.start) },
        "end": period.end.map(|end| json!({ "date_time": wire_time(end) })),
        "comment": period.comment,
        "project": null,
        "status": period.status.as_str(),
        "created_at": wire_time(period.created_at),
        "updated_at": wire_time(period.updated_at),
    })
}

pub(in crate::routes) fn handle(state: &State, request: &RequestParts) -> Reply {
    let window = match page::window(request, 50, 100) {
        Ok(window) => window,
        Err(reply) => return reply,
    };
    let query = &request.query;
    let bounds = (
        time_filter(query, &["start.date_time.gte", "start.gte"], false),
        time_filter(query, &["start.date_time.lte", "start.lte"], true),
        time_filter(
            query,
            &["updated_at.gte", "updated_at.date_time.gte"],
            false,
        ),
    );
    let (from, to, updated) = match bounds {
        (Ok(from), Ok(to), Ok(updated)) => (from, to, updated),
        (Err(reply), ..) | (_, Err(reply), _) | (.., Err(reply)) => return reply,
    };
    let statuses: Vec<String> = query
        .list("status")
        .iter()
        .map(|s| s.to_uppercase())
        .collect();
    let known = ["PENDING", "CONFIRMED", "REJECTED", "EXPIRED"];
    if let Some(bad) = statuses.iter().find(|s| !known.contains(&s.as_str())) {
        return bad_request(format!("status `{bad}` is not one of {}", known.join(", ")));
    }
    let people = person_filter(query);
    let company = &state.company;
    let mut periods: Vec<&DemoAttendance> = company
        .attendances
        .iter()
        .filter(|p| {
            people.is_empty()
                || company
                    .employee(p.employee_id)
                    .is_some_and(|e| people.contains(&e.person_id().as_str()))
        })
        .filter(|p| from.is_none_or(|from| p.start >= from) && to.is_none_or(|to| p.start <= to))
        .filter(|p| updated.is_none_or(|u| p.updated_at >= u))
        .filter(|p| statuses.is_empty() || statuses.iter().any(|s| s == p.status.as_str()))
        .collect();
    periods.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    let items = periods.into_iter().map(|p| render(company, p)).collect();
    Reply::ok(page::body(state, request, window, items))
}
