//! Secrets that must never leak: the client secret and the bearer token.
//!
//! House rule 4 says a secret never reaches the settings store, SQLite, logs, errors or the
//! webview. The type makes that the easy path: `Debug` and `Display` print `<redacted>`, and it
//! does not implement `Serialize`, so putting it into an IPC type or a settings file fails to
//! compile. The only way to the text is the explicit [`Secret::expose`].

use std::fmt;

/// A string that prints as `<redacted>` and cannot be serialized.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret text, for the one place that must send it (an HTTP body or header).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the secret is empty (e.g. a form field left blank).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A Personio API credential: the client id is not secret, the client secret is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub client_id: String,
    pub client_secret: Secret,
}

impl Credentials {
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let secret = Secret::new("placeholder-very-secret");
        assert_eq!(
            format!("{secret:?}"),
            "<redacted>",
            "Debug output ends up in logs, so it must hide the value"
        );
        assert_eq!(
            secret.to_string(),
            "<redacted>",
            "Display output ends up in error messages, so it must hide the value"
        );
        let credentials = Credentials::new("id", "placeholder-very-secret");
        assert!(
            !format!("{credentials:?}").contains("very-secret"),
            "Debug of the credentials must not reveal the secret inside"
        );
    }

    #[test]
    fn expose_gives_the_value_back() {
        assert_eq!(
            Secret::from("abc").expose(),
            "abc",
            "the HTTP layer needs the real value to authenticate"
        );
    }
}
