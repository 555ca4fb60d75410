//! `POST /v1/auth`: client id and secret in a JSON body, a token back.
//!
//! The secret goes in the body, never the query string (deprecated, refused from 2026-12-04).
//! Parse errors here deliberately say little: the body holds a token, and a serde message could
//! quote it.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::PersonioError;
use crate::secret::{Credentials, Secret};
use crate::token::IssuedToken;
use crate::v1::lenient;

pub(crate) const PATH: &str = "v1/auth";
pub(crate) const LABEL: &str = "authentication (POST /v1/auth)";

/// Used when the answer does not say how long the token lives: short enough to be safe.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

pub(crate) fn body(credentials: &Credentials) -> Value {
    json!({
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret.expose(),
    })
}

#[derive(Deserialize)]
struct Answer {
    success: Option<bool>,
    data: Option<Data>,
}

#[derive(Deserialize)]
struct Data {
    token: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    expires_in: Option<u64>,
}

pub(crate) fn parse(body: &[u8]) -> Result<IssuedToken, PersonioError> {
    let answer: Answer = serde_json::from_slice(body).map_err(|e| {
        let what = if e.is_eof() {
            "the JSON ended early (truncated body)"
        } else {
            "the answer is not `{success, data: {token, expires_in}}`"
        };
        PersonioError::unexpected(LABEL, what)
    })?;
    if answer.success == Some(false) {
        return Err(PersonioError::AuthenticationFailed);
    }
    let data = answer
        .data
        .ok_or_else(|| PersonioError::unexpected(LABEL, "the answer has no `data`"))?;
    let token = data
        .token
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| PersonioError::unexpected(LABEL, "the answer has no `data.token`"))?;
    Ok(IssuedToken {
        value: Secret::new(token.trim()),
        expires_in: data
            .expires_in
            .map_or(DEFAULT_LIFETIME, Duration::from_secs),
        scopes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_token_and_lifetime() {
        let issued = parse(include_bytes!("../../tests/fixtures/auth_ok.json")).unwrap();
        assert_eq!(
            issued.value.expose(),
            "fixture-token-not-real",
            "the token is taken as sent"
        );
        assert_eq!(
            issued.expires_in,
            Duration::from_secs(86_400),
            "the lifetime decides when the token is reused"
        );
    }

    #[test]
    fn wrong_credentials_are_an_authentication_failure() {
        let error = parse(include_bytes!(
            "../../tests/fixtures/auth_wrong_credentials.json"
        ))
        .unwrap_err();
        assert_eq!(
            error,
            PersonioError::AuthenticationFailed,
            "success:false from /v1/auth means the credentials were refused"
        );
    }

    #[test]
    fn a_wrongly_typed_answer_never_quotes_the_token() {
        let body = br#"{"success": true, "data": {"token": 12345678, "expires_in": "soon"}}"#;
        let error = parse(body).unwrap_err();
        assert!(
            !error.to_string().contains("12345678"),
            "auth errors must not quote the body, which holds the token: {error}"
        );
    }

    #[test]
    fn the_body_carries_the_secret_in_json() {
        let body = body(&Credentials::new("id", "s3cret"));
        assert_eq!(
            body["client_secret"], "s3cret",
            "the secret travels in the JSON body, never the query string"
        );
    }
}
