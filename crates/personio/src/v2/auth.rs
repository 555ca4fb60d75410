//! `POST /v2/auth/token`: OAuth client credentials, form-encoded, a token and its scopes back.
//!
//! As in v1, parse errors say little: the body holds a token, and a serde message could quote
//! it. Bad credentials come back as a 4xx with `{"error": "invalid_client"}`, which the
//! executor maps to [`PersonioError::AuthenticationFailed`] by status.

use std::time::Duration;

use serde::Deserialize;

use crate::error::PersonioError;
use crate::scope::Scopes;
use crate::secret::{Credentials, Secret};
use crate::token::IssuedToken;
use crate::v1::lenient;

pub(crate) const PATH: &str = "v2/auth/token";
pub(crate) const LABEL: &str = "authentication (POST /v2/auth/token)";

/// Used when the answer does not say how long the token lives: short enough to be safe.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// The form fields; the secret travels in the body, never the URL.
pub(crate) fn form(credentials: &Credentials) -> [(&'static str, String); 3] {
    [
        ("grant_type", "client_credentials".to_owned()),
        ("client_id", credentials.client_id.clone()),
        (
            "client_secret",
            credentials.client_secret.expose().to_owned(),
        ),
    ]
}

#[derive(Deserialize)]
struct Answer {
    access_token: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    expires_in: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    scope: Option<String>,
    error: Option<serde_json::Value>,
}

pub(crate) fn parse(body: &[u8]) -> Result<IssuedToken, PersonioError> {
    let answer: Answer = serde_json::from_slice(body).map_err(|e| {
        let what = if e.is_eof() {
            "the JSON ended early (truncated body)"
        } else {
            "the answer is not `{access_token, token_type, expires_in, scope}`"
        };
        PersonioError::unexpected(LABEL, what)
    })?;
    if answer.error.is_some() {
        return Err(PersonioError::AuthenticationFailed);
    }
    let token = answer
        .access_token
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| PersonioError::unexpected(LABEL, "the answer has no `access_token`"))?;
    Ok(IssuedToken {
        value: Secret::new(token.trim()),
        expires_in: answer
            .expires_in
            .map_or(DEFAULT_LIFETIME, Duration::from_secs),
        scopes: Scopes::parse(answer.scope.as_deref().unwrap_or_default()).0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_token_lifetime_and_scopes() {
        let body = br#"{"access_token": "papi-x", "token_type": "Bearer", "expires_in": "86400",
            "scope": "personio:persons:read personio:absences:read"}"#;
        let issued = parse(body).unwrap();
        assert_eq!(
            issued.value.expose(),
            "papi-x",
            "the token is taken as sent"
        );
        assert_eq!(
            issued.expires_in,
            Duration::from_secs(86_400),
            "the lifetime decides when the token is reused"
        );
        assert_eq!(
            issued.scopes,
            vec!["personio:persons:read", "personio:absences:read"],
            "the scopes say which areas the credential reaches"
        );
    }

    #[test]
    fn an_oauth_error_is_an_authentication_failure_and_never_quotes_the_body() {
        let error = parse(br#"{"error": "invalid_client"}"#).unwrap_err();
        assert_eq!(
            error,
            PersonioError::AuthenticationFailed,
            "an OAuth error means the credentials were refused"
        );
        let error = parse(br#"{"access_token": 1234567890}"#).unwrap_err();
        assert!(
            !error.to_string().contains("1234567890"),
            "auth errors must not quote the body, which holds the token: {error}"
        );
    }

    #[test]
    fn the_form_carries_the_grant_and_the_secret() {
        let form = form(&Credentials::new("id", "s3cret"));
        assert_eq!(
            form,
            [
                ("grant_type", "client_credentials".to_owned()),
                ("client_id", "id".to_owned()),
                ("client_secret", "s3cret".to_owned()),
            ],
            "OAuth client credentials go form-encoded in the body"
        );
    }
}
