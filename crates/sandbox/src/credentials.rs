//! The API credentials the sandbox accepts and the email of its demo employee.
//!
//! Tests and the CLI print or pass these around; the secret must still never show up in a
//! `Debug` dump, so `Debug` is written by hand.

use std::fmt;

/// What a user would paste into Stint to connect to the sandbox.
#[derive(Clone, PartialEq, Eq)]
pub struct DemoCredentials {
    /// API client id.
    pub client_id: String,
    /// API client secret.
    pub client_secret: String,
    /// Email of the demo employee (any other demo employee's email works with the same keys).
    pub email: String,
}

impl fmt::Debug for DemoCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DemoCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("email", &self.email)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_secret() {
        let credentials = DemoCredentials {
            client_id: "id".into(),
            client_secret: "placeholder-not-a-secret".into(),
            email: "a@b.de".into(),
        };
        let shown = format!("{credentials:?}");
        assert!(
            !shown.contains("placeholder-not-a-secret"),
            "secrets must not reach logs: {shown}"
        );
        assert!(
            shown.contains("<redacted>"),
            "the field is still visibly there: {shown}"
        );
    }
}
