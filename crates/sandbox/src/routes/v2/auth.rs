//! `POST /v2/auth/token`: the OAuth client-credentials grant, form-encoded.
//!
//! The same client id and secret as v1; the token goes into the v2 store only. Errors are
//! OAuth-style (`{"error": "invalid_client", "error_description": …}`), and more than 150 calls
//! a minute get 429 without Retry-After, as Personio's v2 limits are described.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::server::reply::Reply;
use crate::server::request::{Query, RequestParts};
use crate::state::{State, TOKEN_LIFETIME};

const CALLS_PER_MINUTE: usize = 150;

fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::with_status(
        status,
        json!({ "error": error, "error_description": description }),
    )
}

pub(in crate::routes) fn handle(state: &mut State, request: &RequestParts) -> Reply {
    let now = Instant::now();
    let calls = &mut state.v2_auth_calls;
    while calls
        .front()
        .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
    {
        calls.pop_front();
    }
    if calls.len() >= CALLS_PER_MINUTE {
        return Reply::v2_error(
            429,
            "Too Many Requests",
            "Too many token requests; wait a minute",
            "rate_limited",
        );
    }
    calls.push_back(now);
    let is_form = request
        .content_type
        .as_deref()
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    let form = std::str::from_utf8(&request.body)
        .ok()
        .filter(|_| is_form)
        .map(Query::parse);
    let Some(form) = form else {
        return oauth_error(
            400,
            "invalid_request",
            "Send Content-Type: application/x-www-form-urlencoded with grant_type=client_credentials&client_id=…&client_secret=…",
        );
    };
    if form.get("grant_type") != Some("client_credentials") {
        return oauth_error(
            400,
            "unsupported_grant_type",
            "grant_type must be client_credentials",
        );
    }
    let (Some(id), Some(secret)) = (form.get("client_id"), form.get("client_secret")) else {
        return oauth_error(
            400,
            "invalid_request",
            "client_id and client_secret are required",
        );
    };
    if id != state.credentials.client_id || secret != state.credentials.client_secret {
        return oauth_error(
            401,
            "invalid_client",
            "Client authentication failed: wrong client id or secret",
        );
    }
    let scope = state.granted_scopes().join(" ");
    let token = state.issue_v2_token();
    Reply::ok(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": TOKEN_LIFETIME.as_secs(),
        "scope": scope,
    }))
}
