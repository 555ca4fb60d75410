//! `GET /v2/absence-periods/{id}/breakdowns`: the minutes an absence takes on each of its days,
//! `{"date", "effective_duration"}`, cursor-paged with `limit` ≤ 28.
//!
//! Hour-based periods answer their stored breakdowns (the same v1 sends inline); day-based ones
//! the scheduled minutes of each day, halved on a half first or last day.

use serde_json::{json, Value};

use super::absence_periods::{all, Absence};
use super::{not_found, page};
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

pub(in crate::routes) fn handle(state: &State, request: &RequestParts, id: &str) -> Reply {
    let window = match page::window(request, 28, 28) {
        Ok(window) => window,
        Err(reply) => return reply,
    };
    let company = &state.company;
    let Some(absence) = all(company).into_iter().find(|a| a.id() == id) else {
        return not_found(&request.path);
    };
    let days: Vec<(chrono::NaiveDate, u32)> = match absence {
        Absence::Hour(p) => p.breakdowns.clone(),
        Absence::Day(t) => {
            let employee = company.employee(t.employee_id);
            t.start
                .iter_days()
                .take_while(|d| *d <= t.end)
                .map(|date| {
                    let full = employee.map_or(0, |e| e.minutes_on(date));
                    let halved =
                        (t.half_day_start && date == t.start) || (t.half_day_end && date == t.end);
                    (date, if halved { full / 2 } else { full })
                })
                .collect()
        }
    };
    let items: Vec<Value> = days
        .into_iter()
        .map(|(date, minutes)| json!({ "date": date.to_string(), "effective_duration": minutes }))
        .collect();
    Reply::ok(page::body(state, request, window, items))
}
