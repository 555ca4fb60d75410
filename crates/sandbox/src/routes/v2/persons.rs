//! `GET /v2/persons?email=`: the v2 person behind an email, with the id the other v2 routes take.
//!
//! The email matches case-insensitively and trimmed; the id is a UUID-shaped string, never the
//! v1 integer id, so a client that mixes them up finds nothing. `limit` is 1–50, default 10.

use serde_json::{json, Value};

use super::page;
use crate::company::DemoEmployee;
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

fn render(employee: &DemoEmployee) -> Value {
    json!({
        "id": employee.person_id(),
        "email": employee.email,
        "first_name": employee.first_name,
        "last_name": employee.last_name,
        "status": "ACTIVE",
        "created_at": format!("{}T08:00:00", employee.hire_date),
    })
}

pub(in crate::routes) fn handle(state: &State, request: &RequestParts) -> Reply {
    let window = match page::window(request, 10, 50) {
        Ok(window) => window,
        Err(reply) => return reply,
    };
    let email = request.query.get("email").map(|e| e.trim().to_lowercase());
    let ids = super::person_filter(&request.query);
    let items = state
        .company
        .employees
        .iter()
        .filter(|e| {
            email
                .as_ref()
                .is_none_or(|m| e.email.trim().to_lowercase() == *m)
        })
        .filter(|e| ids.is_empty() || ids.contains(&e.person_id().as_str()))
        .map(render)
        .collect();
    Reply::ok(page::body(state, request, window, items))
}
