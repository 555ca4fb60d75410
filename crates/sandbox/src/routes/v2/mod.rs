//! The v2 routes (their paths are in `routes::router`): the v2 bearer token, scopes per area,
//! and the pieces every v2 answer shares (local date-times without offset, the error envelope).
//!
//! v2 keeps a token store of its own: a v1 token is refused here with 401, as in Personio. A
//! request to an area whose scope the credential lacks is refused with 403 while other areas
//! keep answering.

pub(super) mod absence_periods;
pub(super) mod attendance_periods;
pub(super) mod attendance_write;
pub(super) mod auth;
pub(super) mod breakdowns;
mod page;
pub(super) mod persons;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::fault::Fault;
use crate::server::reply::Reply;
use crate::server::request::{Query, RequestParts};
use crate::state::State;

/// The answer for a fault that replaces a v2 answer, in the v2 envelope.
pub(crate) fn fault_reply(fault: &Fault) -> Reply {
    match fault {
        Fault::Status401 => unauthorized("The access token is missing, invalid or expired."),
        Fault::Status403 => Reply::v2_error(
            403,
            "Forbidden",
            "The credential may not access this resource.",
            "forbidden",
        ),
        Fault::Status403Token => Reply::v2_error(
            403,
            "Forbidden",
            "Provided authorization is not valid",
            "forbidden",
        ),
        // v2 sends its 429s without Retry-After unless a test asks for one.
        Fault::RateLimited { retry_after } => {
            let reply = Reply::v2_error(
                429,
                "Too Many Requests",
                "Rate limit exceeded.",
                "rate_limited",
            );
            match retry_after {
                Some(seconds) => reply.with_header("retry-after", seconds.to_string()),
                None => reply,
            }
        }
        Fault::Redirect { status, location } => {
            Reply::v2_error(*status, "Moved", format!("Moved to {location}"), "redirect")
                .with_header("location", location.clone())
        }
        _ => Reply::v2_error(
            500,
            "Internal Server Error",
            "Es ist ein Problem aufgetreten",
            "internal_error",
        ),
    }
}

fn unauthorized(detail: &str) -> Reply {
    Reply::v2_error(401, "Unauthorized", detail, "unauthorized")
}

/// A v2 token that is live, and `scope` still granted.
pub(super) fn authorize(state: &State, request: &RequestParts, scope: &str) -> Result<(), Reply> {
    match &request.bearer {
        None => Err(unauthorized("Send Authorization: Bearer <access token from /v2/auth/token>.")),
        Some(token) if !state.v2_token_is_valid(token) => Err(unauthorized(
            "The access token is invalid or expired (v1 tokens do not work on v2); get one from /v2/auth/token.",
        )),
        Some(_) if !state.granted_scopes().contains(&scope) => Err(Reply::v2_error(
            403,
            "Forbidden",
            format!("The credential lacks the scope {scope}; grant it in Personio (Settings → Integrations → API credentials)."),
            "missing_scope",
        )),
        Some(_) => Ok(()),
    }
}

pub(super) fn bad_request(detail: impl Into<String>) -> Reply {
    Reply::v2_error(400, "Bad Request", detail, "invalid_request")
}

pub(super) fn not_found(what: &str) -> Reply {
    Reply::v2_error(
        404,
        "Not Found",
        format!("Nothing found at {what}"),
        "not_found",
    )
}

/// A local date-time as v2 writes it: `2026-06-01T09:00:00`, no offset.
pub(super) fn wire_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// A local date-time as sent by a client: with seconds, without, or a bare date (taken at the
/// start of the day, or its last second for an upper bound). A `Z` or offset is refused.
pub(super) fn parse_local(raw: &str, upper: bool) -> Option<NaiveDateTime> {
    let raw = raw.trim();
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let time = if upper {
            NaiveTime::from_hms_opt(23, 59, 59)?
        } else {
            NaiveTime::MIN
        };
        return Some(date.and_time(time));
    }
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ]
    .into_iter()
    .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
}

/// The first of `keys` present in the query, as a local date-time.
pub(super) fn time_filter(
    query: &Query,
    keys: &[&str],
    upper: bool,
) -> Result<Option<NaiveDateTime>, Reply> {
    let Some((key, raw)) = keys.iter().find_map(|k| query.get(k).map(|v| (*k, v))) else {
        return Ok(None);
    };
    parse_local(raw, upper).map(Some).ok_or_else(|| {
        bad_request(format!(
            "{key} must be a local date-time without offset like 2026-06-01T09:00:00, got `{raw}`"
        ))
    })
}

/// The person ids of `person.id` (or `person_id`), repeated or comma-separated.
pub(super) fn person_filter(query: &Query) -> Vec<&str> {
    let mut ids = query.list("person.id");
    ids.extend(query.list("person_id"));
    ids
}
