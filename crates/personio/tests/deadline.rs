//! Issue 12: a whole sync has a deadline. A server that sends one byte every few seconds stays
//! inside every read timeout and used to keep a sync running past 150 s; now
//! `ClientConfig::sync_deadline` bounds `fetch_snapshot` and `verify` as a whole, and running
//! past it is a `Timeout` that names the deadline.

mod common;

use std::time::{Duration, Instant};

use common::{bounded, email, fast_config, sandbox, window};
use stint_personio::{ClientConfig, Credentials, Personio, PersonioError};
use stint_sandbox::{Endpoint, Fault, Sandbox};

const DEADLINE: Duration = Duration::from_secs(2);
/// Scheduling slack allowed past the deadline on a busy two-core machine.
const MARGIN: Duration = Duration::from_millis(1500);
/// One byte this often: well inside the 700 ms read timeout of the test config.
const TRICKLE: Duration = Duration::from_millis(150);

fn client_with_deadline(sandbox: &Sandbox) -> Personio {
    let config = ClientConfig {
        sync_deadline: DEADLINE,
        ..fast_config(sandbox.base_url())
    };
    assert!(
        config.read_timeout > TRICKLE * 2,
        "the trickle must stay inside the read timeout, or the test proves nothing"
    );
    let demo = sandbox.credentials();
    Personio::new(Credentials::new(demo.client_id, demo.client_secret), config)
        .expect("loopback http is allowed")
}

/// Asserts the deadline, not a read timeout, ended the call, and in time.
fn assert_cut_by_deadline<T: std::fmt::Debug>(
    result: Result<T, PersonioError>,
    elapsed: Duration,
    what: &str,
) {
    match &result {
        Err(PersonioError::Timeout {
            deadline: Some(deadline),
            ..
        }) => assert_eq!(*deadline, DEADLINE, "{what}: the error names the deadline"),
        other => panic!(
            "{what}: a trickling answer must end in the deadline's Timeout (a read timeout \
             would mean the bytes came too slowly to test anything), got {other:?}"
        ),
    }
    let message = result.expect_err("checked above").to_string();
    assert!(
        message.contains("within its deadline of 2 s"),
        "{what}: the message says which limit was hit: {message}"
    );
    assert!(
        elapsed >= DEADLINE && elapsed < DEADLINE + MARGIN,
        "{what}: must end at the {DEADLINE:?} deadline (+{MARGIN:?} slack), took {elapsed:?}"
    );
}

#[tokio::test]
async fn a_trickling_time_offs_answer_is_cut_by_the_sync_deadline() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::TimeOffs, Fault::Trickle(TRICKLE), None);
    let client = client_with_deadline(&sandbox);
    let started = Instant::now();
    let result = bounded(client.fetch_snapshot(&email(&sandbox), window())).await;
    assert_cut_by_deadline(result, started.elapsed(), "fetch_snapshot");
}

#[tokio::test]
async fn a_trickling_employee_lookup_is_cut_when_connecting() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Employees, Fault::Trickle(TRICKLE), None);
    let client = client_with_deadline(&sandbox);
    let started = Instant::now();
    let result = bounded(client.verify(&email(&sandbox))).await;
    assert_cut_by_deadline(result, started.elapsed(), "verify");
}

#[tokio::test]
async fn a_slow_but_finite_sync_within_the_deadline_succeeds() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Balance,
        Fault::Delay(Duration::from_millis(300)),
        None,
    );
    let snapshot =
        bounded(client_with_deadline(&sandbox).fetch_snapshot(&email(&sandbox), window())).await;
    assert!(
        snapshot.is_ok(),
        "the deadline bounds the whole sync; a slow answer inside it is fine: {snapshot:?}"
    );
}

#[test]
fn the_default_deadline_is_two_minutes() {
    assert_eq!(
        ClientConfig::default().sync_deadline,
        Duration::from_secs(120),
        "long enough for a slow tenant's full sync with retries, short enough that a stalled \
         server does not hold a sync for hours"
    );
}
