//! Transient faults over loopback: 429 and 5xx are retried a bounded number of times with
//! backoff (honouring Retry-After), a slow server times out, and nothing loops forever.

mod common;

use std::time::Duration;

use common::{bounded, client, sandbox};
use stint_personio::PersonioError;
use stint_sandbox::{Endpoint, Fault, Sandbox};

/// Gaps between consecutive requests to `endpoint`, in arrival order.
fn gaps(sandbox: &Sandbox, endpoint: Endpoint) -> Vec<Duration> {
    let mut starts: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.endpoint == Some(endpoint))
        .map(|r| r.started)
        .collect();
    starts.sort();
    starts.windows(2).map(|w| w[1] - w[0]).collect()
}

#[tokio::test]
async fn a_429_with_retry_after_waits_that_long_then_succeeds() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::TimeOffTypes,
        Fault::RateLimited {
            retry_after: Some(1),
        },
        Some(1),
    );
    let types = bounded(client(&sandbox).absence_types()).await;
    assert!(types.is_ok(), "after one 429 the retry succeeds: {types:?}");
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffTypes),
        2,
        "one retry"
    );
    let gap = gaps(&sandbox, Endpoint::TimeOffTypes)[0];
    assert!(
        gap >= Duration::from_millis(950),
        "Retry-After: 1 must be honoured over the 5 ms test backoff, waited {gap:?}"
    );
}

#[tokio::test]
async fn a_429_without_retry_after_backs_off_then_succeeds() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::TimeOffTypes,
        Fault::RateLimited { retry_after: None },
        Some(2),
    );
    let types = bounded(client(&sandbox).absence_types()).await;
    assert!(
        types.is_ok(),
        "after two 429s the third try succeeds: {types:?}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffTypes),
        3,
        "two retries"
    );
    let gaps = gaps(&sandbox, Endpoint::TimeOffTypes);
    assert!(
        gaps[1] > gaps[0] || gaps[1] >= Duration::from_millis(10),
        "the second wait is the doubled base delay: {gaps:?}"
    );
}

#[tokio::test]
async fn endless_429s_end_in_rate_limited_after_bounded_tries() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::TimeOffTypes,
        Fault::RateLimited { retry_after: None },
        None,
    );
    let error = bounded(client(&sandbox).absence_types()).await.unwrap_err();
    assert!(
        matches!(error, PersonioError::RateLimited { .. }),
        "a server that keeps saying 429 ends in RateLimited, got {error}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffTypes),
        4,
        "max_retries = 3 means four tries in all, not an endless loop"
    );
}

#[tokio::test]
async fn a_429_on_auth_is_retried_too() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Auth,
        Fault::RateLimited { retry_after: None },
        Some(1),
    );
    let result = bounded(client(&sandbox).authenticate()).await;
    assert!(
        result.is_ok(),
        "auth goes through the same executor and retries: {result:?}"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        2,
        "one retry of the auth call"
    );
}

#[tokio::test]
async fn a_500_is_retried_then_succeeds() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Balance, Fault::Status500, Some(2));
    let balances = bounded(client(&sandbox).balances(common::demo_employee_id(&sandbox))).await;
    assert!(balances.is_ok(), "two 500s then a success: {balances:?}");
    assert_eq!(sandbox.request_count(Endpoint::Balance), 3, "two retries");
}

#[tokio::test]
async fn endless_500s_end_in_unavailable() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Balance, Fault::Status500, None);
    let error = bounded(client(&sandbox).balances(common::demo_employee_id(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::Unavailable {
            endpoint: "balances (GET /v1/company/employees/{id}/absences/balance)".into(),
            status: 500
        },
        "a server that keeps failing is reported as unavailable, naming the endpoint"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Balance),
        4,
        "bounded: four tries in all"
    );
}

#[tokio::test]
async fn a_delay_beyond_the_read_timeout_is_a_timeout() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.authenticate()).await.unwrap();
    sandbox.inject(
        Endpoint::TimeOffTypes,
        Fault::Delay(Duration::from_secs(3)),
        Some(1),
    );
    let started = std::time::Instant::now();
    let error = bounded(client.absence_types()).await.unwrap_err();
    assert_eq!(
        error.code(),
        "personio_timeout",
        "a silent server must end in Timeout, got {error}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the 700 ms read timeout fires before the 3 s delay ends: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_truncated_employee_answer_is_unexpected_not_a_panic() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Employees, Fault::TruncatedBody, Some(1));
    let error = bounded(client(&sandbox).verify(&common::email(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_unexpected_response",
        "half a body is reported: {error}"
    );
}

#[tokio::test]
async fn wrong_types_in_time_offs_and_employees_are_unexpected() {
    for endpoint in [
        Endpoint::TimeOffs,
        Endpoint::Employees,
        Endpoint::Balance,
        Endpoint::TimeOffTypes,
    ] {
        let sandbox = sandbox().await;
        sandbox.inject(endpoint, Fault::WrongTypes, None);
        let error =
            bounded(client(&sandbox).fetch_snapshot(&common::email(&sandbox), common::window()))
                .await
                .unwrap_err();
        assert_eq!(
            error.code(),
            "personio_unexpected_response",
            "{endpoint:?}: numbers as booleans must be refused, got {error}"
        );
    }
}
