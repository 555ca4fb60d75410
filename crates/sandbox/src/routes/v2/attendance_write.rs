//! `POST /v2/attendance-periods`, `PATCH` and `DELETE /v2/attendance-periods/{id}` with
//! Personio's booking rules.
//!
//! A period lasts at most 24 h (422), may not cross midnight (422) nor overlap another period of
//! the person (409), and keeps its `type` (400 on a change). `end` may be null: clocked in now.
//! A new or changed period is `PENDING` unless `?skip_approval=true` and the credential may skip
//! approval (then `CONFIRMED`; refused with 403 otherwise). Create answers 201 with
//! `{"_data": {"id"}}` or `{"id"}` ([`crate::CreateAnswer`]); delete answers 204.

use chrono::NaiveDateTime;
use serde_json::{json, Map, Value};

use super::attendance_periods::render;
use super::{bad_request, not_found, parse_local};
use crate::company::{
    check_overlap, check_shape, AttendanceKind, AttendanceStatus, DemoAttendance, RuleBroken,
};
use crate::config::CreateAnswer;
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

fn body(request: &RequestParts) -> Result<Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(bad_request(
            "Invalid request content: the body must be a JSON object like {\"person\": {\"id\": …}, \"type\": \"WORK\", \"start\": {\"date_time\": …}, \"end\": {\"date_time\": …}}",
        )),
    }
}

/// `key` as sent: absent (`None`), null / `{"date_time": null}` (`Some(None)`), or a time.
fn time_field(
    body: &Map<String, Value>,
    key: &str,
) -> Result<Option<Option<NaiveDateTime>>, Reply> {
    let value = match body.get(key) {
        None => return Ok(None),
        Some(Value::Object(inner)) => inner.get("date_time").cloned().unwrap_or(Value::Null),
        Some(other) => other.clone(),
    };
    match value {
        Value::Null => Ok(Some(None)),
        Value::String(raw) => match parse_local(&raw, false).filter(|_| raw.contains('T')) {
            Some(at) => Ok(Some(Some(at))),
            None => Err(bad_request(format!(
                "{key}.date_time must be a local date-time without offset like 2026-06-01T09:00:00, got `{raw}`"
            ))),
        },
        other => Err(bad_request(format!("{key}.date_time must be a string, got {other}"))),
    }
}

/// The approval state a new or changed period gets.
fn approval(state: &State, request: &RequestParts) -> Result<AttendanceStatus, Reply> {
    if request
        .query
        .get("skip_approval")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        if state.v2.skip_approval_allowed {
            return Ok(AttendanceStatus::Confirmed);
        }
        return Err(Reply::v2_error(
            403,
            "Forbidden",
            "This credential may not skip approval; book without skip_approval=true",
            "skip_approval_not_allowed",
        ));
    }
    Ok(AttendanceStatus::Pending)
}

fn refused(rule: &RuleBroken) -> Reply {
    let (status, kind) = match rule {
        RuleBroken::Overlaps(_) => (409, "attendance_period_overlap"),
        RuleBroken::EndNotAfterStart { .. } => (422, "attendance_period_end_before_start"),
        RuleBroken::LongerThanADay { .. } => (422, "attendance_period_too_long"),
        RuleBroken::CrossesMidnight(_) => (422, "attendance_period_crosses_midnight"),
    };
    Reply::v2_error(
        status,
        "Unprocessable attendance period",
        rule.to_string(),
        kind,
    )
}

/// Checks the rules for `employee_id`'s period `start..end` (not counting `own_id`).
fn check(
    state: &State,
    employee_id: i64,
    (start, end): (NaiveDateTime, Option<NaiveDateTime>),
    own_id: Option<&str>,
) -> Result<(), Reply> {
    check_shape(start, end).map_err(|rule| refused(&rule))?;
    let mine = state
        .company
        .attendances
        .iter()
        .filter(|p| p.employee_id == employee_id);
    check_overlap(start, end, own_id, mine).map_err(|rule| refused(&rule))
}

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

pub(in crate::routes) fn create(state: &mut State, request: &RequestParts) -> Reply {
    match try_create(state, request) {
        Ok(reply) | Err(reply) => reply,
    }
}

fn try_create(state: &mut State, request: &RequestParts) -> Result<Reply, Reply> {
    let body = body(request)?;
    let person = body
        .get("person")
        .and_then(|p| p.get("id"))
        .and_then(Value::as_str);
    let employee_id = person
        .and_then(|id| state.company.person(id))
        .map(|e| e.id)
        .ok_or_else(|| {
            bad_request(format!(
                "person.id must be the v2 id of a person (from /v2/persons), got `{}`",
                person.unwrap_or("nothing")
            ))
        })?;
    let kind = body
        .get("type")
        .and_then(Value::as_str)
        .and_then(AttendanceKind::parse)
        .ok_or_else(|| bad_request("type must be WORK or BREAK"))?;
    let start = time_field(&body, "start")?
        .flatten()
        .ok_or_else(|| bad_request("start.date_time is required"))?;
    let end = time_field(&body, "end")?.flatten();
    let comment = body
        .get("comment")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let status = approval(state, request)?;
    check(state, employee_id, (start, end), None)?;
    let id = state.rng.uuid();
    let at = now();
    state.company.attendances.push(DemoAttendance {
        id: id.clone(),
        employee_id,
        kind,
        start,
        end,
        comment,
        status,
        created_at: at,
        updated_at: at,
    });
    let answer = match state.v2.create_answer {
        CreateAnswer::Data => json!({ "_data": { "id": id } }),
        CreateAnswer::Bare => json!({ "id": id }),
    };
    Ok(Reply::with_status(201, answer))
}

pub(in crate::routes) fn change(state: &mut State, request: &RequestParts, id: &str) -> Reply {
    match try_change(state, request, id) {
        Ok(reply) | Err(reply) => reply,
    }
}

fn try_change(state: &mut State, request: &RequestParts, id: &str) -> Result<Reply, Reply> {
    let Some(index) = state.company.attendances.iter().position(|p| p.id == id) else {
        return Err(not_found(&request.path));
    };
    let body = body(request)?;
    let current = state.company.attendances[index].clone();
    if let Some(kind) = body.get("type") {
        if kind.as_str().and_then(AttendanceKind::parse) != Some(current.kind) {
            return Err(Reply::v2_error(
                400,
                "Bad Request",
                format!(
                    "type cannot be changed (the period is {}); delete it and create a new one",
                    current.kind.as_str()
                ),
                "attendance_period_type_immutable",
            ));
        }
    }
    let start = match time_field(&body, "start")? {
        None => current.start,
        Some(Some(start)) => start,
        Some(None) => return Err(bad_request("start.date_time cannot be null")),
    };
    let end = time_field(&body, "end")?.unwrap_or(current.end);
    let comment = match body.get("comment") {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Null) => String::new(),
        _ => current.comment.clone(),
    };
    let status = approval(state, request)?;
    check(state, current.employee_id, (start, end), Some(id))?;
    let period = &mut state.company.attendances[index];
    period.start = start;
    period.end = end;
    period.comment = comment;
    period.status = status;
    period.updated_at = now();
    let period = period.clone();
    Ok(Reply::ok(
        json!({ "_data": render(&state.company, &period) }),
    ))
}

pub(in crate::routes) fn delete(state: &mut State, id: &str) -> Reply {
    let before = state.company.attendances.len();
    state.company.attendances.retain(|p| p.id != id);
    if state.company.attendances.len() == before {
        return not_found(&format!("/v2/attendance-periods/{id}"));
    }
    Reply::with_status(204, Value::Null)
}
