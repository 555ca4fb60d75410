//! How the client is set up: base URL, timeouts, retry policy, token refresh margin, deadline.
//!
//! The base URL is injectable (house rule 5) so tests and the demo point the client at the
//! sandbox on loopback. Plain `http://` is accepted only for loopback: anywhere else the secret
//! and the token would travel in clear text. The per-request timeouts catch a silent server; the
//! sync deadline catches one that keeps talking, a byte at a time, and so never trips them.

use std::time::Duration;

use url::Url;

use crate::error::PersonioError;
use crate::retry::RetryPolicy;

/// Personio's production API.
pub const DEFAULT_BASE_URL: &str = "https://api.personio.de";

/// Settings of a [`crate::Personio`] client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// Where the API lives; `https://` unless loopback.
    pub base_url: String,
    /// How long to wait for a TCP/TLS connection.
    pub connect_timeout: Duration,
    /// How long to wait for the next bytes of an answer.
    pub read_timeout: Duration,
    /// Retries for 429 and 5xx answers.
    pub retry: RetryPolicy,
    /// A token this close to its expiry is replaced before use.
    pub token_refresh_margin: Duration,
    /// The longest a whole [`crate::Personio::fetch_snapshot`] (or
    /// [`crate::Personio::verify`]) may take, retries and every page included.
    pub sync_deadline: Duration,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            token_refresh_margin: Duration::from_secs(300),
            sync_deadline: Duration::from_secs(120),
        }
    }
}

impl ClientConfig {
    /// The defaults with another base URL (the sandbox, a proxy).
    pub fn with_base_url(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            ..Self::default()
        }
    }
}

/// Parses and checks a base URL: `https://` anywhere, `http://` only on loopback.
pub(crate) fn parse_base_url(raw: &str) -> Result<Url, PersonioError> {
    let invalid = |reason: &str| PersonioError::InvalidBaseUrl {
        url: raw.to_owned(),
        reason: reason.to_owned(),
    };
    let mut url = Url::parse(raw.trim()).map_err(|e| invalid(&format!("not a URL ({e})")))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(invalid(
                "plain http is only allowed for 127.0.0.1 or localhost; use https://",
            ))
        }
        _ => return Err(invalid("use an https:// address")),
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("the address has no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("the address must not contain ? or #"));
    }
    // Joining relative paths onto `https://host/prefix` would drop `prefix` without this.
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_https_and_loopback_http() {
        for ok in [
            "https://api.personio.de",
            "https://proxy.example.com/personio",
            "http://127.0.0.1:8123",
            "http://localhost:9000/",
            "http://[::1]:8080",
        ] {
            assert!(
                parse_base_url(ok).is_ok(),
                "{ok} is https or loopback and must be accepted"
            );
        }
    }

    #[test]
    fn rejects_plain_http_elsewhere_and_other_schemes() {
        for bad in [
            "http://api.personio.de",
            "http://192.168.1.10",
            "ftp://api.personio.de",
            "api.personio.de",
            "https://api.personio.de/?x=1",
        ] {
            let error = parse_base_url(bad).expect_err(bad);
            assert_eq!(
                error.code(),
                "personio_invalid_url",
                "{bad} would leak the secret or is no base URL, so it must be refused"
            );
        }
    }

    #[test]
    fn keeps_a_path_prefix_when_joining() {
        let url = parse_base_url("https://proxy.example.com/personio").unwrap();
        assert_eq!(
            url.join("v1/auth").unwrap().as_str(),
            "https://proxy.example.com/personio/v1/auth",
            "a base URL behind a path prefix must keep the prefix"
        );
    }
}
