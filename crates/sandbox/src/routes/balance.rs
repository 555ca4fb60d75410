//! `GET /v1/company/employees/{id}/absences/balance`: balance and available balance per type.

use serde_json::{json, Value};

use crate::server::reply::Reply;
use crate::state::State;

pub(super) fn handle(state: &State, path: &str) -> Reply {
    let id = path.trim_matches('/').split('/').nth(3).unwrap_or_default();
    let Ok(id) = id.parse::<i64>() else {
        return Reply::error(400, 400, format!("`{id}` is not an employee id"));
    };
    let Some(lines) = state.company.balances_of(id) else {
        return Reply::error(404, 404, format!("Employee {id} not found"));
    };
    let data: Vec<Value> = lines
        .into_iter()
        .map(|b| {
            json!({
                "id": b.type_id,
                "name": b.name,
                "category": b.category,
                "balance": b.balance,
                "available_balance": b.available_balance,
            })
        })
        .collect();
    Reply::ok(json!({ "success": true, "data": data }))
}
