//! Checks of what a user types before anything is sent or stored: trim, validate, explain.

use crate::error::CoreError;
use stint_model::ConnectRequest;
use stint_personio::{Credentials, Secret};

/// A connect request that passed validation: trimmed, non-empty, email-shaped.
#[derive(Debug)]
pub struct ValidConnect {
    pub credentials: Credentials,
    pub email: String,
    pub base_url: Option<String>,
}

pub fn connect_request(req: &ConnectRequest) -> Result<ValidConnect, CoreError> {
    let client_id = req.client_id.trim();
    if client_id.is_empty() {
        return Err(CoreError::invalid(
            "clientId",
            "Client id is empty: copy it from Personio (Settings → Integrations → API credentials)",
        ));
    }
    let secret = req.client_secret.trim();
    if secret.is_empty() {
        return Err(CoreError::invalid(
            "clientSecret",
            "Client secret is empty: paste the secret shown when the API credential was created",
        ));
    }
    let email = email(&req.email)?;
    let base_url = req
        .base_url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(str::to_owned);
    Ok(ValidConnect {
        credentials: Credentials::new(client_id, Secret::new(secret)),
        email,
        base_url,
    })
}

/// A trimmed address with one `@`, something before it and a dotted domain after it.
pub fn email(raw: &str) -> Result<String, CoreError> {
    let email = raw.trim();
    if email.is_empty() {
        return Err(CoreError::invalid(
            "email",
            "Email is empty: enter the address you use in Personio",
        ));
    }
    let shaped = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if shaped {
        Ok(email.to_owned())
    } else {
        Err(CoreError::invalid(
            "email",
            format!("`{email}` is not an email address (expected name@company.com)"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: &str, secret: &str, email: &str) -> ConnectRequest {
        ConnectRequest {
            client_id: id.into(),
            client_secret: secret.into(),
            email: email.into(),
            base_url: None,
        }
    }

    #[test]
    fn input_is_trimmed() {
        let ok = connect_request(&request(" id ", " s3cret\n", "  Anna@Firma.de ")).unwrap();
        assert_eq!(
            ok.credentials.client_id, "id",
            "ids pasted with spaces still work"
        );
        assert_eq!(
            ok.credentials.client_secret.expose(),
            "s3cret",
            "so do secrets"
        );
        assert_eq!(
            ok.email, "Anna@Firma.de",
            "the email keeps its case; Personio compares"
        );
    }

    #[test]
    fn each_empty_field_is_named() {
        for (req, field) in [
            (request("  ", "s", "a@b.de"), "clientId"),
            (request("id", " ", "a@b.de"), "clientSecret"),
            (request("id", "s", "   "), "email"),
        ] {
            match connect_request(&req) {
                Err(CoreError::Invalid { field: got, .. }) => {
                    assert_eq!(got, field, "the UI marks the field that is empty")
                }
                other => panic!("empty {field} must be refused, got {other:?}"),
            }
        }
    }

    #[test]
    fn email_shape_is_checked() {
        for bad in [
            "anna",
            "anna@",
            "@firma.de",
            "anna@firma",
            "an na@firma.de",
            "a@@b.de",
        ] {
            assert!(email(bad).is_err(), "`{bad}` is no email address");
        }
        assert!(
            email("anna.schmidt+x@demo.stint.app").is_ok(),
            "plus addresses are fine"
        );
    }
}
