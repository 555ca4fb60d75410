//! The parts of an HTTP request the routes look at, already read and decoded.

use bytes::Bytes;

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
    pub(crate) body: Bytes,
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
