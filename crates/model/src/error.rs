//! The one error shape that crosses IPC: `{"code": "...", "message": "..."}`.
//!
//! The UI branches on `code` (a closed set, below) and shows `message` to the user as it is, so a
//! message says what happened and what to do. Messages never contain secrets.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What went wrong, in a form the UI can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input failed validation; the message names the field (see [`IpcError::field`]).
    InvalidInput,
    /// Personio refused the client id / secret.
    AuthenticationFailed,
    /// No Personio employee has the given email.
    EmployeeNotFound,
    /// The API credential lacks a right or a readable attribute; the message names it.
    MissingPermission,
    /// Personio asked us to slow down.
    RateLimited,
    /// Personio could not be reached (no network, DNS, refused, timed out).
    Offline,
    /// Personio answered something Stint does not understand.
    UnexpectedResponse,
    /// The action needs a Personio connection and there is none.
    NotConnected,
    /// The data is synced from Personio; disconnect to edit it manually.
    LockedByPersonio,
    /// A sync is already running.
    SyncInProgress,
    /// The OS keyring refused to store or read the secret.
    Keyring,
    /// Something in the app itself failed (disk, database); the message says what.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid_input`: the field to mark (`clientId`, `clientSecret`, `email`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// An input error tied to one field, so the UI can show it next to that field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: Some(field.to_owned()),
            ..Self::new(ErrorCode::InvalidInput, message)
        }
    }
}

impl fmt::Display for IpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for IpcError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_serializes_to_the_code_message_shape_the_ui_parses() {
        let err = IpcError::new(ErrorCode::InvalidInput, "Email is empty");
        let json = serde_json::to_value(&err).expect("IpcError must serialize");
        assert_eq!(
            json,
            serde_json::json!({"code": "invalid_input", "message": "Email is empty"}),
            "the UI matches on snake_case codes; a rename here breaks it silently"
        );
    }
}
