//! The one error type of the Personio client.
//!
//! Each variant is something the UI can act on (ask for new credentials, fix the email, enable
//! an attribute in Personio, wait, check the connection), and each has a stable [`code`] so the
//! UI branches on a code, never on a message. Messages say what happened and what to do; they
//! never contain the client secret or the token (the executor scrubs server text before it
//! lands here).
//!
//! [`code`]: PersonioError::code

use std::time::Duration;

/// Where in Personio an API credential's rights are granted.
pub const RIGHTS_LOCATION: &str = "Settings → Integrations → API credentials → readable attributes";

/// Everything that can go wrong while talking to Personio.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PersonioError {
    /// The client id or secret was refused.
    #[error("Authentication failed: check client id and secret")]
    AuthenticationFailed,

    /// No employee has this email, neither through the filter nor in the full list.
    #[error(
        "Employee not found: no Personio employee has the email {email} (check the address \
         you use in Personio)"
    )]
    EmployeeNotFound { email: String },

    /// The credential may not read an endpoint at all (403, or 401 right after a fresh token).
    #[error(
        "Missing permission: the API credential may not read {what}; grant it in Personio \
         under {RIGHTS_LOCATION}"
    )]
    MissingPermission { what: String },

    /// Personio left out an attribute this credential may not read.
    #[error(
        "Missing attribute: Personio did not send `{attribute}`; enable the attribute \
         `{attribute}` for this API credential in Personio under {RIGHTS_LOCATION}"
    )]
    MissingAttribute { attribute: String },

    /// Personio kept answering 429 after every retry.
    #[error(
        "Rate limited: Personio asked Stint to slow down on {endpoint}; try again in a minute"
    )]
    RateLimited {
        endpoint: String,
        retry_after: Option<Duration>,
    },

    /// Personio kept answering 5xx after every retry.
    #[error(
        "Personio unavailable: {endpoint} answered HTTP {status} after several tries; try \
         again later"
    )]
    Unavailable { endpoint: String, status: u16 },

    /// Personio could not be reached (offline, DNS, refused connection, TLS).
    #[error("Network error: could not reach Personio ({detail}); check the internet connection")]
    Network { detail: String },

    /// Personio did not answer in time.
    #[error("Timeout: Personio did not answer {endpoint} in time; try again later")]
    Timeout { endpoint: String },

    /// Personio answered something the client does not understand.
    #[error("Unexpected response from Personio at {endpoint}: {detail}")]
    Unexpected { endpoint: String, detail: String },

    /// The configured base URL is not acceptable.
    #[error("Invalid Personio URL `{url}`: {reason}")]
    InvalidBaseUrl { url: String, reason: String },
}

impl PersonioError {
    /// A stable, machine-readable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::AuthenticationFailed => "personio_auth_failed",
            Self::EmployeeNotFound { .. } => "personio_employee_not_found",
            Self::MissingPermission { .. } => "personio_missing_permission",
            Self::MissingAttribute { .. } => "personio_missing_attribute",
            Self::RateLimited { .. } => "personio_rate_limited",
            Self::Unavailable { .. } => "personio_unavailable",
            Self::Network { .. } => "personio_offline",
            Self::Timeout { .. } => "personio_timeout",
            Self::Unexpected { .. } => "personio_unexpected_response",
            Self::InvalidBaseUrl { .. } => "personio_invalid_url",
        }
    }

    /// True when trying again later may succeed without the user changing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::RateLimited { .. }
                | Self::Unavailable { .. }
                | Self::Network { .. }
                | Self::Timeout { .. }
        )
    }

    pub(crate) fn unexpected(endpoint: impl Into<String>, detail: impl Into<String>) -> Self {
        Self::Unexpected {
            endpoint: endpoint.into(),
            detail: detail.into(),
        }
    }

    pub(crate) fn missing_attribute(attribute: &str) -> Self {
        Self::MissingAttribute {
            attribute: attribute.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_tell_the_user_what_to_do() {
        let cases = [
            (
                PersonioError::AuthenticationFailed,
                "Authentication failed: check client id and secret",
            ),
            (
                PersonioError::EmployeeNotFound {
                    email: "a@b.de".into(),
                },
                "no Personio employee has the email a@b.de",
            ),
            (
                PersonioError::missing_attribute("work_schedule"),
                "`work_schedule` for this API credential in Personio under Settings → \
                 Integrations → API credentials → readable attributes",
            ),
            (
                PersonioError::MissingPermission {
                    what: "time-offs".into(),
                },
                "may not read time-offs; grant it in Personio under Settings → Integrations",
            ),
        ];
        for (error, needle) in cases {
            assert!(
                error.to_string().contains(needle),
                "the message of {} must contain `{needle}` so the user knows the fix, got: {error}",
                error.code()
            );
        }
    }

    #[test]
    fn codes_are_distinct() {
        let all = [
            PersonioError::AuthenticationFailed,
            PersonioError::EmployeeNotFound { email: "x".into() },
            PersonioError::MissingPermission { what: "x".into() },
            PersonioError::missing_attribute("x"),
            PersonioError::RateLimited {
                endpoint: "x".into(),
                retry_after: None,
            },
            PersonioError::Unavailable {
                endpoint: "x".into(),
                status: 500,
            },
            PersonioError::Network { detail: "x".into() },
            PersonioError::Timeout {
                endpoint: "x".into(),
            },
            PersonioError::unexpected("x", "y"),
            PersonioError::InvalidBaseUrl {
                url: "x".into(),
                reason: "y".into(),
            },
        ];
        let mut codes: Vec<_> = all.iter().map(PersonioError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(
            codes.len(),
            all.len(),
            "the UI branches on codes, so two variants must never share one"
        );
    }
}
