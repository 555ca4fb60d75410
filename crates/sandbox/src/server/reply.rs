//! A route's answer before it is put on the wire, and the v1 and v2 error envelopes.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// Numbers the v2 trace ids, so each error can be told apart in a client's report.
static TRACE: AtomicU64 = AtomicU64::new(1);

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

    /// `body` with `status` (201 for a created period, 204 with `Value::Null` for no body).
    pub(crate) fn with_status(status: u16, body: Value) -> Self {
        Self {
            status,
            body,
            headers: Vec::new(),
        }
    }

    /// The v2 envelope `{"personio_trace_id", "timestamp", "errors": [{"title", "detail",
    /// "type", "_meta"}]}` with `status`; `kind` is the error's `type`.
    pub(crate) fn v2_error(
        status: u16,
        title: &str,
        detail: impl Into<String>,
        kind: &str,
    ) -> Self {
        let detail: String = detail.into();
        let trace = TRACE.fetch_add(1, Ordering::Relaxed);
        Self {
            status,
            body: json!({
                "personio_trace_id": format!("sandbox-trace-{trace:08x}"),
                "timestamp": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
                "errors": [{ "title": title, "detail": detail, "type": kind, "_meta": {} }],
            }),
            headers: Vec::new(),
        }
    }

    pub(crate) fn with_header(mut self, name: &'static str, value: String) -> Self {
        self.headers.push((name, value));
        self
    }
}

impl IntoResponse for Reply {
    /// An empty response carrying the reply: the fault layer (`server::dispatch`) takes it out
    /// and writes the bytes itself, so body faults stay exact.
    fn into_response(self) -> Response {
        let mut response = Response::new(axum::body::Body::empty());
        response.extensions_mut().insert(self);
        response
    }
}
