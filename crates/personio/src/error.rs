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

use crate::scope::{Area, SCOPES_LOCATION};

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

    /// The v2 credential lacks the scope of one area (403 there): the other areas may still
    /// work, so a caller records this area as missing and carries on.
    #[error(
        "Missing scope: the API credential may not {} in Personio; add the scope `{}` to it \
         under {SCOPES_LOCATION}{}",
        area.what(),
        area.scope(),
        trace_text(trace_id.as_deref())
    )]
    MissingScope {
        area: Area,
        trace_id: Option<String>,
    },

    /// Personio refused a v2 request with a reason (an overlapping attendance, a locked
    /// month, a bad filter): the reason is Personio's own words.
    #[error("Personio refused {endpoint}: {reason}{}", trace_text(trace_id.as_deref()))]
    Refused {
        endpoint: String,
        status: u16,
        reason: String,
        trace_id: Option<String>,
    },

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

    /// Personio did not answer in time: one request's connect/read timeout fired (`deadline`
    /// is `None`), or a whole operation ran past [`crate::ClientConfig::sync_deadline`]
    /// (`deadline` is that limit), e.g. a server sending one byte every few seconds.
    #[error("Timeout: {}", timeout_text(endpoint, *deadline))]
    Timeout {
        endpoint: String,
        deadline: Option<Duration>,
    },

    /// Personio answered with a redirect (3xx). The client never follows one: Personio's API
    /// does not redirect, and following could carry the secret or the token to another host.
    #[error(
        "Redirected: Personio answered {endpoint} with {} to {location}; Stint does not follow \
         redirects (Personio's API never redirects): check the base URL",
        status_text(*status)
    )]
    Redirected {
        endpoint: String,
        status: u16,
        /// The `Location` header as sent (secret and token removed), or a note that it was
        /// missing.
        location: String,
    },

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
            Self::MissingScope { .. } => "personio_missing_scope",
            Self::Refused { .. } => "personio_refused",
            Self::RateLimited { .. } => "personio_rate_limited",
            Self::Unavailable { .. } => "personio_unavailable",
            Self::Network { .. } => "personio_offline",
            Self::Timeout { .. } => "personio_timeout",
            Self::Redirected { .. } => "personio_redirected",
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

    /// The id Personio gave the failed request (v2), for support.
    pub fn trace_id(&self) -> Option<&str> {
        match self {
            Self::MissingScope { trace_id, .. } | Self::Refused { trace_id, .. } => {
                trace_id.as_deref()
            }
            _ => None,
        }
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

/// ` (Personio trace id …)` when there is one: users send it to Personio's support.
pub(crate) fn trace_text(trace_id: Option<&str>) -> String {
    match trace_id {
        Some(id) if !id.trim().is_empty() => format!(" (Personio trace id {})", id.trim()),
        _ => String::new(),
    }
}

/// `307 Temporary Redirect`, or just the number for a status without a known reason.
fn status_text(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    match reason {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

fn timeout_text(endpoint: &str, deadline: Option<Duration>) -> String {
    match deadline {
        None => format!("Personio did not answer {endpoint} in time; try again later"),
        Some(deadline) => format!(
            "Personio did not finish {endpoint} within its deadline of {}; the connection is \
             too slow or stalled, try again later",
            seconds(deadline)
        ),
    }
}

/// `120 s`, `2.5 s`, `0.25 s`.
fn seconds(duration: Duration) -> String {
    let text = format!("{:.3}", duration.as_secs_f64());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text} s")
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
            (
                PersonioError::Redirected {
                    endpoint: "authentication (POST /v1/auth)".into(),
                    status: 307,
                    location: "http://elsewhere.example/".into(),
                },
                "with 307 Temporary Redirect to http://elsewhere.example/; Stint does not \
                 follow redirects (Personio's API never redirects): check the base URL",
            ),
            (
                PersonioError::MissingScope {
                    area: Area::AttendancesWrite,
                    trace_id: Some("abc-123".into()),
                },
                "may not record attendances in Personio; add the scope \
                 `personio:attendances:write` to it under Settings → Integrations → API \
                 credentials → scopes (Personio trace id abc-123)",
            ),
            (
                PersonioError::Refused {
                    endpoint: "creating an attendance period".into(),
                    status: 409,
                    reason: "Overlapping periods".into(),
                    trace_id: Some("t-1".into()),
                },
                "Personio refused creating an attendance period: Overlapping periods \
                 (Personio trace id t-1)",
            ),
            (
                PersonioError::Timeout {
                    endpoint: "a sync".into(),
                    deadline: Some(Duration::from_secs(120)),
                },
                "did not finish a sync within its deadline of 120 s",
            ),
            (
                PersonioError::Timeout {
                    endpoint: "a sync".into(),
                    deadline: Some(Duration::from_millis(2500)),
                },
                "deadline of 2.5 s",
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
            PersonioError::MissingScope {
                area: Area::Absences,
                trace_id: None,
            },
            PersonioError::Refused {
                endpoint: "x".into(),
                status: 409,
                reason: "y".into(),
                trace_id: None,
            },
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
                deadline: None,
            },
            PersonioError::Redirected {
                endpoint: "x".into(),
                status: 307,
                location: "y".into(),
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
