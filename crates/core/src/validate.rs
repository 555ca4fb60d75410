//! Checks of what a user types before anything is sent or stored: trim, validate, explain.
//!
//! Every field has a length limit checked before any request, so a pasted page of text gets a
//! sentence naming the field and its limit rather than a network error. Messages never repeat
//! the secret, nor a base URL (it may hold a password).

use crate::error::CoreError;
use stint_model::ConnectRequest;
use stint_personio::{Credentials, Secret};

/// The longest email address (RFC 5321's limit on a forward path).
pub const MAX_EMAIL_CHARS: usize = 254;
/// Personio's client ids are short; this only refuses something else pasted by mistake.
pub const MAX_CLIENT_ID_CHARS: usize = 200;
/// Personio's secrets are short; this only refuses something else pasted by mistake.
pub const MAX_CLIENT_SECRET_CHARS: usize = 500;
/// A base URL is a scheme, a host and perhaps a path prefix.
pub const MAX_BASE_URL_CHARS: usize = 2000;

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
    if client_id.chars().count() > MAX_CLIENT_ID_CHARS {
        return Err(CoreError::invalid(
            "clientId",
            format!(
                "Client id is longer than {MAX_CLIENT_ID_CHARS} characters: copy only the id \
                 from Personio (Settings → Integrations → API credentials)"
            ),
        ));
    }
    let secret = req.client_secret.trim();
    if secret.is_empty() {
        return Err(CoreError::invalid(
            "clientSecret",
            "Client secret is empty: paste the secret shown when the API credential was created",
        ));
    }
    if secret.chars().count() > MAX_CLIENT_SECRET_CHARS {
        return Err(CoreError::invalid(
            "clientSecret",
            format!(
                "Client secret is longer than {MAX_CLIENT_SECRET_CHARS} characters: paste only \
                 the secret shown when the API credential was created"
            ),
        ));
    }
    let email = email(&req.email)?;
    let base_url = req
        .base_url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(base_url)
        .transpose()?;
    Ok(ValidConnect {
        credentials: Credentials::new(client_id, Secret::new(secret)),
        email,
        base_url,
    })
}

/// Another API address, trimmed: at most [`MAX_BASE_URL_CHARS`] and without user info. Whether
/// it is https (or http on loopback) is the Personio client's rule, checked before it sends.
fn base_url(url: &str) -> Result<String, CoreError> {
    if url.chars().count() > MAX_BASE_URL_CHARS {
        return Err(CoreError::invalid(
            "baseUrl",
            format!(
                "Base URL is longer than {MAX_BASE_URL_CHARS} characters: give only the API \
                 address, e.g. https://api.personio.de"
            ),
        ));
    }
    if has_user_info(url) {
        return Err(CoreError::invalid(
            "baseUrl",
            "Base URL must not contain a user name or password: give the address alone \
             (https://host/…); the credentials go in Client id and Client secret",
        ));
    }
    Ok(url.to_owned())
}

/// True when the URL's authority (after `scheme:` and its slashes, up to the path, query or
/// fragment) holds an `@`: a user name or password that would be sent with every request.
/// Reads it as a URL parser does: tabs and line breaks are dropped, `\` counts as `/`.
fn has_user_info(url: &str) -> bool {
    let url: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let after_scheme = url.split_once(':').map_or(url.as_str(), |(_, rest)| rest);
    after_scheme
        .trim_start_matches(['/', '\\'])
        .split(['/', '\\', '?', '#'])
        .next()
        .is_some_and(|authority| authority.contains('@'))
}

/// A trimmed address of at most [`MAX_EMAIL_CHARS`] with one `@`, something before it and a
/// dotted domain after it.
pub fn email(raw: &str) -> Result<String, CoreError> {
    let email = raw.trim();
    if email.is_empty() {
        return Err(CoreError::invalid(
            "email",
            "Email is empty: enter the address you use in Personio",
        ));
    }
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(CoreError::invalid(
            "email",
            format!(
                "Email is longer than {MAX_EMAIL_CHARS} characters: enter the address you use \
                 in Personio"
            ),
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

    /// The message of a refused request, and the field it marks.
    fn refusal(req: &ConnectRequest) -> (&'static str, String) {
        match connect_request(req) {
            Err(CoreError::Invalid { field, message }) => (field, message),
            other => panic!("{req:?} must be refused, got {other:?}"),
        }
    }

    #[test]
    fn over_long_fields_are_refused_naming_the_field_and_its_limit() {
        let long = |n: usize| "x".repeat(n);
        let at = |n: usize| format!("{}@firma.de", "a".repeat(n - 9));
        for (req, field, words) in [
            (
                request(&long(201), "s", "a@b.de"),
                "clientId",
                "Client id is longer than 200 characters",
            ),
            (
                request("id", &long(501), "a@b.de"),
                "clientSecret",
                "Client secret is longer than 500 characters",
            ),
            (
                request("id", "s", &at(255)),
                "email",
                "Email is longer than 254 characters",
            ),
            (
                request("id", "s", &at(100_000)),
                "email",
                "Email is longer than 254 characters",
            ),
        ] {
            let (got, message) = refusal(&req);
            assert_eq!(got, field, "the form marks the field that is too long");
            assert!(
                message.starts_with(words),
                "names the field and its limit: {message}"
            );
            assert!(
                !message.contains("xxxxxxxx") && !message.contains("aaaaaaaa"),
                "the input is not echoed: {message}"
            );
        }
        for (req, why) in [
            (
                request(&long(200), "s", "a@b.de"),
                "a 200-character id is allowed",
            ),
            (
                request("id", &long(500), "a@b.de"),
                "a 500-character secret is allowed",
            ),
            (
                request("id", "s", &at(254)),
                "a 254-character email is allowed",
            ),
            (
                request(&format!(" {} ", long(200)), "s", "a@b.de"),
                "blanks around are not counted",
            ),
            (
                request(&"é".repeat(200), "s", "a@b.de"),
                "characters are counted, not bytes",
            ),
        ] {
            assert!(connect_request(&req).is_ok(), "{why}");
        }
    }

    #[test]
    fn a_base_url_with_user_info_is_refused_without_repeating_it() {
        for url in [
            "https://user:pass@host.de/",
            "https://pass@api.personio.de",
            "http://user:hunter2@127.0.0.1:8123",
            "https:\\\\user:hunter2@host.de",
            "https:user:hunter2@host.de",
            "https://us\ner:hunter2@host.de",
            "https://host.de:443@evil.example/",
        ] {
            let mut req = request("id", "s", "a@b.de");
            req.base_url = Some(url.into());
            let (field, message) = refusal(&req);
            assert_eq!(field, "baseUrl", "{url:?} marks the base URL");
            assert!(
                message.contains("must not contain a user name or password"),
                "{message}"
            );
            assert!(
                !message.contains("hunter2") && !message.contains("pass@"),
                "the password is not repeated: {message}"
            );
        }
        for url in [
            "https://api.personio.de",
            "https://proxy.example.com/personio/@v1",
            "https://host.de/?q=a@b",
            "http://[::1]:8080/",
            "  ",
        ] {
            let mut req = request("id", "s", "a@b.de");
            req.base_url = Some(url.into());
            assert!(connect_request(&req).is_ok(), "{url:?} has no user info");
        }
        let mut req = request("id", "s", "a@b.de");
        req.base_url = Some(format!("https://api.personio.de/{}", "p".repeat(2000)));
        let (field, message) = refusal(&req);
        assert_eq!(field, "baseUrl", "an over-long base URL marks its field");
        assert!(
            message.starts_with("Base URL is longer than 2000 characters"),
            "{message}"
        );
    }

    use proptest::prelude::*;

    /// A URL-like text: schemes, slashes and backslashes, tabs and line breaks, user info.
    const URL_LIKE: &str = concat!(
        "[ ]?(https?|HTTP|ftp)?:[/\\\\\t\n]{0,3}([a-zé%:\t\n]{0,6}@){0,2}",
        "[a-z.é\\[\\]:0-9]{0,12}[/\\\\?#@a-z:]{0,8}[ ]?",
    );

    /// An email-like text, sometimes past the 254-character limit.
    const EMAIL_LIKE: &str = "[ ]?[a-zé.+]{0,300}@[a-z]{0,5}\\.?[a-z]{0,4}[ ]?";

    // The properties are plain functions below (so rustfmt keeps them readable); the macro
    // only draws the inputs.
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn user_info_the_url_parser_sees_is_seen_here(url in URL_LIKE) {
            user_info_is_seen(url.trim())?;
        }

        #[test]
        fn any_request_is_valid_or_refused_never_a_panic(
            client_id in any::<String>(),
            client_secret in "[ ]?[!-~é€]{8,600}",
            email in prop_oneof![any::<String>(), EMAIL_LIKE],
            base_url in proptest::option::of(prop_oneof![any::<String>(), URL_LIKE]),
        ) {
            valid_or_refused(&ConnectRequest { client_id, client_secret, email, base_url })?;
        }
    }

    /// Whatever the URL parser the client uses reads as a user name or password, the check
    /// sees too (it may refuse more, such as an `@` in text that is no URL at all).
    fn user_info_is_seen(url: &str) -> Result<(), TestCaseError> {
        if let Ok(parsed) = url::Url::parse(url) {
            let user_info = !parsed.username().is_empty() || parsed.password().is_some();
            prop_assert!(
                !user_info || has_user_info(url),
                "{url:?} is read as {parsed}"
            );
        }
        Ok(())
    }

    /// Any text in any field is a valid request within every limit or a named refusal, never
    /// a panic, and no refusal repeats the secret.
    fn valid_or_refused(req: &ConnectRequest) -> Result<(), TestCaseError> {
        let chars = |text: &str| text.chars().count();
        match connect_request(req) {
            Ok(valid) => {
                prop_assert!(chars(&valid.credentials.client_id) <= MAX_CLIENT_ID_CHARS);
                let secret = valid.credentials.client_secret.expose();
                prop_assert!(chars(secret) <= MAX_CLIENT_SECRET_CHARS);
                prop_assert!(chars(&valid.email) <= MAX_EMAIL_CHARS);
                let base_url = valid.base_url.as_deref();
                prop_assert!(!base_url.is_some_and(has_user_info), "{base_url:?}");
            }
            Err(CoreError::Invalid { message, .. }) => prop_assert!(
                !message.contains(req.client_secret.trim()),
                "the secret is never in a message: {message}"
            ),
            Err(other) => prop_assert!(false, "only input errors here, got {other:?}"),
        }
        Ok(())
    }
}
