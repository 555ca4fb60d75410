//! Authentication over loopback: token reuse, one re-auth on 401, rights errors, headers.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{bounded, client, demo_employee_id, email, fast_config, sandbox};
use stint_personio::{Clock, Credentials, Personio, PersonioError};
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn one_token_serves_many_calls() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let id = demo_employee_id(&sandbox);
    bounded(async {
        client.employee_by_email(&email(&sandbox)).await.unwrap();
        client.absence_types().await.unwrap();
        client.balances(id).await.unwrap();
        client
            .fetch_snapshot(&email(&sandbox), common::window())
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "the 24 h token must be reused, not fetched per call (60 auth calls/min limit)"
    );
}

#[tokio::test]
async fn concurrent_first_calls_authenticate_once() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let id = demo_employee_id(&sandbox);
    let (a, b, c) = bounded(async {
        tokio::join!(
            client.absence_types(),
            client.balances(id),
            client.absence_types()
        )
    })
    .await;
    assert!(
        a.is_ok() && b.is_ok() && c.is_ok(),
        "all three calls succeed"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "parallel calls wait for one token instead of each authenticating"
    );
}

#[tokio::test]
async fn wrong_credentials_fail_authentication_without_leaking_the_secret() {
    let sandbox = sandbox().await;
    let demo = sandbox.credentials();
    let credentials = Credentials::new(demo.client_id, "not-the-secret-xyz");
    let client = Personio::new(credentials, fast_config(sandbox.base_url())).unwrap();
    let error = bounded(client.verify(&demo.email)).await.unwrap_err();
    assert_eq!(
        error,
        PersonioError::AuthenticationFailed,
        "a refused secret must tell the user to check id and secret"
    );
    assert!(
        !format!("{error} {error:?}").contains("not-the-secret-xyz"),
        "the secret must never reach an error message"
    );
}

#[tokio::test]
async fn a_401_re_authenticates_once_and_retries() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.authenticate()).await.unwrap();
    sandbox.inject(Endpoint::TimeOffTypes, Fault::Status401, Some(1));
    let types = bounded(client.absence_types()).await;
    assert!(
        types.is_ok(),
        "one 401 is an expired token: re-auth and retry succeed, got {types:?}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        2,
        "exactly one re-authentication"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffTypes),
        2,
        "exactly one retry"
    );
}

#[tokio::test]
async fn expired_tokens_are_replaced_transparently() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.absence_types()).await.unwrap();
    sandbox.expire_tokens();
    let again = bounded(client.absence_types()).await;
    assert!(
        again.is_ok(),
        "a token the server forgot is replaced, got {again:?}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        2,
        "one new token after expiry"
    );
}

#[tokio::test]
async fn a_second_401_is_a_rights_problem() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    sandbox.inject(Endpoint::Balance, Fault::Status401, Some(2));
    let error = bounded(client.balances(demo_employee_id(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_missing_permission",
        "a 401 right after a fresh token means the credential lacks the right, got {error}"
    );
    assert!(
        error.to_string().contains("balance"),
        "the message names the endpoint: {error}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        2,
        "only one re-auth, no loop"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Balance),
        2,
        "only one retry, no loop"
    );
}

#[tokio::test]
async fn a_403_on_auth_is_an_authentication_failure() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    sandbox.inject(Endpoint::Auth, Fault::Status403, Some(1));
    let error = bounded(client.authenticate()).await.unwrap_err();
    assert_eq!(
        error,
        PersonioError::AuthenticationFailed,
        "403 from /v1/auth refuses the credentials"
    );
}

#[tokio::test]
async fn a_403_that_refuses_the_token_re_authenticates_once_and_goes_on() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.verify(&email(&sandbox))).await.unwrap();
    sandbox.reset_counters();
    sandbox.inject(Endpoint::Employees, Fault::Status403Token, Some(1));
    bounded(client.verify(&email(&sandbox)))
        .await
        .expect("\"Provided authorization is not valid\" is a token problem, not a missing right");
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "one new token was fetched"
    );
    sandbox.inject(Endpoint::Employees, Fault::Status403, Some(2));
    let error = bounded(client.verify(&email(&sandbox))).await.unwrap_err();
    assert!(
        matches!(error, PersonioError::MissingPermission { .. }),
        "a 403 for a missing right is not retried with a new token: {error:?}"
    );
}

#[tokio::test]
async fn the_app_header_is_sent_on_every_request_and_no_partner_header() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.verify(&email(&sandbox))).await.unwrap();
    let requests = sandbox.requests();
    assert!(!requests.is_empty(), "requests were logged");
    for request in requests {
        assert_eq!(
            request.app_id.as_deref(),
            Some("STINT"),
            "{} lacks X-Personio-App-ID",
            request.path
        );
        assert_eq!(
            request.partner_id, None,
            "{}: X-Personio-Partner-ID is for Marketplace partners, not a customer's integration",
            request.path
        );
    }
}

#[derive(Debug)]
struct ManualClock(Mutex<Instant>);

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        *self.0.lock().unwrap()
    }
}

#[tokio::test]
async fn a_token_near_expiry_is_replaced_before_use() {
    let sandbox = sandbox().await;
    let demo = sandbox.credentials();
    let clock = Arc::new(ManualClock(Mutex::new(Instant::now())));
    let credentials = Credentials::new(demo.client_id, demo.client_secret);
    let client =
        Personio::with_clock(credentials, fast_config(sandbox.base_url()), clock.clone()).unwrap();
    bounded(client.absence_types()).await.unwrap();
    *clock.0.lock().unwrap() += Duration::from_secs(23 * 3600);
    bounded(client.absence_types()).await.unwrap();
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "after 23 h the day token is still good"
    );
    *clock.0.lock().unwrap() += Duration::from_secs(3600 - 60);
    bounded(client.absence_types()).await.unwrap();
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        2,
        "a minute before expiry the token is replaced up front, not after a 401"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffTypes),
        3,
        "and no request was wasted on a 401"
    );
}
