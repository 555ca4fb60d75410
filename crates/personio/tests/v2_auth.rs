//! v2 authentication (`POST /v2/auth/token`) against the loopback stub: the form, token reuse
//! apart from v1, one re-auth on 401, refused credentials, scopes.

mod common;
mod v2_stub;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{bounded, fast_config};
use stint_personio::{Area, Clock, Credentials, Personio, PersonioError};
use v2_stub::{client, list, token_answer, Route, Stub, TOKEN};

const PERSON: &str = r#"{"id": "p-1", "email": "anna@example.com"}"#;

async fn stub_with_person() -> Stub {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", "/v2/persons", 200, &list(PERSON, None)));
    stub
}

#[tokio::test]
async fn the_token_is_asked_for_with_a_form_and_sent_as_bearer() {
    let stub = stub_with_person().await;
    let client = client(&stub);
    bounded(client.person_by_email("anna@example.com"))
        .await
        .expect("the person is found");
    let auth = &stub.seen_at("POST", "/v2/auth/token")[0];
    assert_eq!(
        auth.header("content-type"),
        Some("application/x-www-form-urlencoded"),
        "v2 auth is form-encoded, not JSON"
    );
    assert_eq!(
        auth.body, "grant_type=client_credentials&client_id=stub-id&client_secret=stub-secret-xyz",
        "the OAuth client-credentials form carries id and secret in the body"
    );
    assert!(
        !auth.target.contains("secret"),
        "the secret never travels in the URL: {}",
        auth.target
    );
    let persons = &stub.seen_at("GET", "/v2/persons")[0];
    assert_eq!(
        persons.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str()),
        "v2 calls carry the v2 token"
    );
    assert_eq!(
        persons.header("x-personio-app-id"),
        Some("STINT"),
        "the app header goes with v2 calls too"
    );
}

#[tokio::test]
async fn one_v2_token_serves_many_calls_and_v1_is_not_asked() {
    let stub = stub_with_person().await;
    let client = client(&stub);
    bounded(async {
        for _ in 0..3 {
            client.person_by_email("anna@example.com").await.unwrap();
        }
        client.v2_scopes().await.unwrap();
    })
    .await;
    assert_eq!(
        stub.count("POST", "/v2/auth/token"),
        1,
        "the 24 h v2 token is reused until near expiry"
    );
    assert_eq!(
        stub.count("POST", "/v1/auth"),
        0,
        "v2 calls use their own token, not a v1 one"
    );
}

#[tokio::test]
async fn a_401_re_authenticates_once_and_a_second_is_a_missing_scope() {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", "/v2/persons", 401, "{}").times(1));
    stub.route(Route::new("GET", "/v2/persons", 200, &list(PERSON, None)));
    let client = client(&stub);
    let person = bounded(client.person_by_email("anna@example.com")).await;
    assert!(
        person.is_ok(),
        "one 401 is an expired token: re-auth and retry succeed, got {person:?}"
    );
    assert_eq!(
        stub.count("POST", "/v2/auth/token"),
        2,
        "exactly one re-authentication"
    );

    stub.replace(Route::new("GET", "/v2/persons", 401, "{}"));
    let error = bounded(client.person_by_email("anna@example.com"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            PersonioError::MissingScope {
                area: Area::Persons,
                ..
            }
        ),
        "a 401 right after a fresh token is a rights problem of that area, got {error:?}"
    );
}

#[tokio::test]
async fn refused_credentials_fail_authentication_without_leaking_the_secret() {
    let stub = stub_with_person().await;
    stub.replace(Route::new(
        "POST",
        "/v2/auth/token",
        401,
        r#"{"error": "invalid_client", "error_description": "bad secret stub-secret-xyz"}"#,
    ));
    let error = bounded(client(&stub).person_by_email("anna@example.com"))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::AuthenticationFailed,
        "an OAuth invalid_client means: check client id and secret"
    );
    assert!(
        !format!("{error} {error:?}").contains("stub-secret-xyz"),
        "the secret must never reach an error"
    );
}

#[tokio::test]
async fn the_scopes_of_the_token_answer_are_reported() {
    let stub = Stub::start().await;
    stub.replace(Route::new(
        "POST",
        "/v2/auth/token",
        200,
        &token_answer("personio:persons:read personio:absences:read"),
    ));
    let scopes = bounded(client(&stub).v2_scopes()).await.unwrap();
    assert!(
        scopes.grants(Area::Absences) && !scopes.grants(Area::AttendancesWrite),
        "the Connection Manager shows absences available and recording missing: {scopes:?}"
    );
}

#[derive(Debug)]
struct ManualClock(Mutex<Instant>);

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        *self.0.lock().unwrap()
    }
}

#[tokio::test]
async fn the_v2_token_is_replaced_only_near_its_expiry() {
    let stub = stub_with_person().await;
    let clock = Arc::new(ManualClock(Mutex::new(Instant::now())));
    let credentials = Credentials::new("stub-id", "stub-secret-xyz");
    let client =
        Personio::with_clock(credentials, fast_config(stub.base_url()), clock.clone()).unwrap();
    bounded(client.person_by_email("anna@example.com"))
        .await
        .unwrap();
    *clock.0.lock().unwrap() += Duration::from_secs(23 * 3600);
    bounded(client.person_by_email("anna@example.com"))
        .await
        .unwrap();
    assert_eq!(
        stub.count("POST", "/v2/auth/token"),
        1,
        "after 23 h the day token is still good"
    );
    *clock.0.lock().unwrap() += Duration::from_secs(3600 - 60);
    bounded(client.person_by_email("anna@example.com"))
        .await
        .unwrap();
    assert_eq!(
        stub.count("POST", "/v2/auth/token"),
        2,
        "a minute before expiry the token is replaced up front, not after a 401"
    );
}
