//! Cursor paging of v2 lists: `limit` and an opaque `cursor`, answered with `_meta.links`.
//!
//! The next link repeats the request's own query with the new cursor, written absolute
//! (`http://host/v2/…`) or relative (`/v2/…`) as [`crate::NextLinks`] says. A cursor past the
//! end gives an empty page without a next link.

use serde_json::{json, Value};

use super::bad_request;
use crate::config::NextLinks;
use crate::server::reply::Reply;
use crate::server::request::RequestParts;
use crate::state::State;

/// Which slice of a list one request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Window {
    offset: usize,
    limit: usize,
}

/// `limit` (1…`max`, default `default`) and `cursor` of the request.
pub(super) fn window(request: &RequestParts, default: usize, max: usize) -> Result<Window, Reply> {
    let limit = match request.query.get("limit") {
        None => default,
        Some(raw) => match raw.trim().parse::<usize>() {
            Ok(limit) if (1..=max).contains(&limit) => limit,
            _ => {
                return Err(bad_request(format!(
                    "limit must be between 1 and {max}, got `{raw}`"
                )))
            }
        },
    };
    let offset = match request.query.get("cursor") {
        None => 0,
        Some("end") => usize::MAX,
        Some(raw) => match raw.strip_prefix('c').and_then(|n| n.parse().ok()) {
            Some(offset) => offset,
            None => {
                return Err(bad_request(format!(
                    "cursor `{raw}` is not one this server gave out; follow _meta.links.next.href"
                )))
            }
        },
    };
    Ok(Window { offset, limit })
}

/// Where links point: `http://host` or nothing.
fn origin(state: &State, request: &RequestParts) -> String {
    match (state.v2.next_links, &request.host) {
        (NextLinks::Absolute, Some(host)) => format!("http://{host}"),
        _ => String::new(),
    }
}

fn href(origin: &str, request: &RequestParts, cursor: Option<&str>) -> String {
    let rest = request.query.encode_without("cursor");
    let mut query = rest;
    if let Some(cursor) = cursor {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("cursor=");
        query.push_str(cursor);
    }
    if query.is_empty() {
        format!("{origin}{}", request.path)
    } else {
        format!("{origin}{}?{query}", request.path)
    }
}

/// `{"_data": [the window's items], "_meta": {"links": {"self", "next"}}}`.
pub(super) fn body(
    state: &State,
    request: &RequestParts,
    window: Window,
    items: Vec<Value>,
) -> Value {
    let total = items.len();
    let start = window.offset.min(total);
    let end = start.saturating_add(window.limit).min(total);
    let data: Vec<Value> = items.into_iter().skip(start).take(end - start).collect();
    let origin = origin(state, request);
    let own = href(&origin, request, request.query.get("cursor"));
    let next =
        (end < total).then(|| json!({ "href": href(&origin, request, Some(&format!("c{end}"))) }));
    json!({
        "_data": data,
        "_meta": { "links": { "self": { "href": own }, "next": next } },
    })
}
