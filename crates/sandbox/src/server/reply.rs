//! A route's answer before it is put on the wire, and the v1 error envelope.

use serde_json::{json, Value};

/// Status, JSON body and extra headers of an answer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) body: Value,
    pub(crate) headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub(crate) fn ok(body: Value) -> Self {
        Self {
            status: 200,
            body,
            headers: Vec::new(),
        }
    }

    /// `{"success": false, "error": {"code": code, "message": message}}` with `status`.
    pub(crate) fn error(status: u16, code: u16, message: impl Into<String>) -> Self {
        let message: String = message.into();
        Self {
            status,
            body: json!({ "success": false, "error": { "code": code, "message": message } }),
            headers: Vec::new(),
        }
    }

    pub(crate) fn with_header(mut self, name: &'static str, value: String) -> Self {
        self.headers.push((name, value));
        self
    }
}
