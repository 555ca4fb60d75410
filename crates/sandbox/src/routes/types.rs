//! `GET /v1/company/time-off-types`: names, categories and units of all absence types.
//!
//! Paged by page number like time-offs (`limit` at most 200, default 100).

use serde_json::json;

use super::bad_paging;
use super::render::paged;
use crate::company::Unit;
use crate::paging::{by_page_number, parse_limit, parse_offset};
use crate::server::reply::Reply;
use crate::server::request::Query;
use crate::state::State;

pub(super) fn handle(state: &State, query: &Query) -> Reply {
    let limit = match parse_limit(query.get("limit"), 100, 200) {
        Ok(limit) => limit,
        Err(error) => return bad_paging(error),
    };
    let offset = match parse_offset(query.get("offset")) {
        Ok(offset) => offset,
        Err(error) => return bad_paging(error),
    };
    let types = &state.company.types;
    let page = by_page_number(types.len(), limit, offset);
    let data = types[page.range.clone()]
        .iter()
        .map(|t| {
            let unit = match t.unit {
                Unit::Day => "day",
                Unit::Hour => "hour",
            };
            json!({
                "type": "TimeOffType",
                "attributes": {
                    "id": t.id,
                    "name": t.name,
                    "category": t.category,
                    "unit": unit,
                    "half_day_requests_enabled": t.unit == Unit::Day,
                    "certification_required": false,
                    "approval_required": true,
                }
            })
        })
        .collect();
    Reply::ok(paged(&page, data))
}
