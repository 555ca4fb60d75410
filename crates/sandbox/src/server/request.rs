//! The parts of an HTTP request the routes look at, already read and decoded.
//!
//! Handlers take it as an axum extractor, so every route sees the same decoded request whatever
//! its path parameters.

use axum::extract::{FromRequest, Request};
use bytes::Bytes;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HOST};

/// A request with its query decoded and its body read.
#[derive(Debug, Clone)]
pub(crate) struct RequestParts {
    pub(crate) method: String,
    /// Path without the query.
    pub(crate) path: String,
    pub(crate) query: Query,
    /// The token of an `Authorization: Bearer …` header.
    pub(crate) bearer: Option<String>,
    /// Whether an `Authorization` header was sent at all.
    pub(crate) has_authorization: bool,
    pub(crate) content_type: Option<String>,
    /// The `Host` header, to write absolute next links.
    pub(crate) host: Option<String>,
    pub(crate) body: Bytes,
}

impl<S: Send + Sync> FromRequest<S> for RequestParts {
    type Rejection = std::convert::Infallible;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        let header = |name: &str| {
            let value = parts.headers.get(name)?;
            value.to_str().ok().map(str::to_owned)
        };
        let authorization = header(AUTHORIZATION.as_str());
        let bearer = authorization.as_deref().and_then(|value| {
            let (scheme, token) = value.split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then(|| token.trim().to_owned())
        });
        let content_type = header(CONTENT_TYPE.as_str());
        let host = header(HOST.as_str());
        let method = parts.method.to_string();
        let path = parts.uri.path().to_owned();
        let query = Query::parse(parts.uri.query().unwrap_or(""));
        let body = axum::body::to_bytes(body, usize::MAX)
            .await
            .unwrap_or_default();
        Ok(RequestParts {
            method,
            path,
            query,
            bearer,
            has_authorization: authorization.is_some(),
            content_type,
            host,
            body,
        })
    }
}

/// Decoded query pairs in order; keys may repeat (`employees[]=1&employees[]=2`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    pub(crate) fn parse(raw: &str) -> Self {
        Self(
            form_urlencoded::parse(raw.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    /// The first value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key[]` or `key` (both spellings occur), comma lists split.
    pub(crate) fn list(&self, key: &str) -> Vec<&str> {
        let bracketed = format!("{key}[]");
        self.0
            .iter()
            .filter(|(k, _)| *k == bracketed || k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The pairs other than `key`, encoded again as a query string.
    pub(crate) fn encode_without(&self, key: &str) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.0.iter().filter(|(k, _)| k != key) {
            out.append_pair(k, v);
        }
        out.finish()
    }

    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_bracketed_keys_are_collected() {
        let query =
            Query::parse("employees%5B%5D=1&employees[]=2&employees=3,4&email=a%2Bb%40c.de");
        assert_eq!(
            query.list("employees"),
            vec!["1", "2", "3", "4"],
            "clients send employees[] encoded, plain, repeated or comma-separated"
        );
        assert_eq!(
            query.get("email"),
            Some("a+b@c.de"),
            "percent-decoding keeps a literal +"
        );
        assert_eq!(query.get("limit"), None, "absent keys are None");
    }
}
