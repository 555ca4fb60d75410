//! `POST /v1/auth`: swaps client id and secret for a bearer token.
//!
//! Credentials must come in the body (JSON, or form-encoded); in the query string they are
//! refused with 403, as Personio does from 2026-12-04. More than 60 calls a minute get 429.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::server::reply::Reply;
use crate::server::request::{Query, RequestParts};
use crate::state::{State, TOKEN_LIFETIME};

const CALLS_PER_MINUTE: usize = 60;

/// `(client_id, client_secret)` from a JSON or form body.
fn body_credentials(request: &RequestParts) -> Option<(String, String)> {
    let is_form = request
        .content_type
        .as_deref()
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if is_form {
        let form = Query::parse(std::str::from_utf8(&request.body).ok()?);
        return Some((
            form.get("client_id")?.to_owned(),
            form.get("client_secret")?.to_owned(),
        ));
    }
    let body: Value = serde_json::from_slice(&request.body).ok()?;
    let field = |key: &str| body.get(key)?.as_str().map(str::to_owned);
    Some((field("client_id")?, field("client_secret")?))
}

pub(super) fn handle(state: &mut State, request: &RequestParts) -> Reply {
    let now = Instant::now();
    while state
        .auth_calls
        .front()
        .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
    {
        state.auth_calls.pop_front();
    }
    if state.auth_calls.len() >= CALLS_PER_MINUTE {
        return Reply::error(
            429,
            429,
            "Too many authentication requests; wait 60 seconds",
        )
        .with_header("retry-after", "60".into());
    }
    state.auth_calls.push_back(now);
    if request.query.contains("client_id") || request.query.contains("client_secret") {
        return Reply::error(
            403,
            403,
            "Credentials in the query string are no longer accepted; send client_id and client_secret in the JSON body",
        );
    }
    let Some((id, secret)) = body_credentials(request) else {
        return Reply::error(
            400,
            400,
            "The body must be JSON like {\"client_id\": \"…\", \"client_secret\": \"…\"}",
        );
    };
    if id != state.credentials.client_id || secret != state.credentials.client_secret {
        return Reply::error(401, 0, "Wrong credentials");
    }
    let token = state.issue_token();
    Reply::ok(json!({
        "success": true,
        "data": {
            "token": token,
            "expires_in": TOKEN_LIFETIME.as_secs(),
            "scope": "personio:employees:read personio:absences:read",
        }
    }))
    .with_header("authorization", format!("Bearer {token}"))
}
