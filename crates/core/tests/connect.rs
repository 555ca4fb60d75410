//! Connecting: the happy path stores the connection; every failure stores nothing.

mod common;

use common::*;
use stint_core::CoreError;
use stint_model::{ConnectionState, ErrorCode, SyncTrigger};
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn connect_finds_the_employee_syncs_once_and_keeps_the_secret_in_the_keyring() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let request = demo_request(&sandbox);

    let status = stint
        .connect(&request)
        .await
        .expect("demo credentials connect");

    assert_eq!(
        status.state,
        ConnectionState::Connected,
        "a fresh connection is connected"
    );
    let employee = status.employee.expect("the matched employee is shown");
    assert_eq!(
        employee.email, request.email,
        "the employee found is the one with the email"
    );
    assert_eq!(
        employee.first_name, "Anna",
        "the demo employee is Anna Schmidt"
    );
    assert_eq!(
        status.history.len(),
        1,
        "connect runs exactly one first sync"
    );
    assert_eq!(
        status.history[0].trigger,
        SyncTrigger::Connect,
        "recorded as the connect sync"
    );
    assert!(
        status.history[0].absences_added > 0,
        "the demo year of absences arrives"
    );
    assert!(
        status.locked.weekly_hours && status.locked.absences,
        "Personio data is locked"
    );
    assert_eq!(
        status.weekly_minutes,
        [480, 480, 480, 480, 480, 0, 0],
        "Anna works 8 h Mon–Fri"
    );
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some(request.client_secret.as_str()),
        "the secret is in the OS keyring after connecting"
    );
}

#[tokio::test]
async fn a_wrong_secret_says_authentication_failed_and_stores_nothing() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let mut request = demo_request(&sandbox);
    request.client_secret = "wrong-secret-for-test".into();

    let err = stint
        .connect(&request)
        .await
        .expect_err("a wrong secret must fail");

    assert_eq!(
        err.code(),
        ErrorCode::AuthenticationFailed,
        "the UI shows the auth message: {err}"
    );
    assert!(
        err.to_string().contains("check client id and secret"),
        "tells what to fix: {err}"
    );
    assert_nothing_stored(&stint, dir.path());
}

#[tokio::test]
async fn an_unknown_email_names_the_email_and_stores_nothing() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let mut request = demo_request(&sandbox);
    request.email = "nobody@demo.stint.app".into();

    let err = stint
        .connect(&request)
        .await
        .expect_err("an unknown email must fail");

    assert_eq!(
        err.code(),
        ErrorCode::EmployeeNotFound,
        "employee-not-found code: {err}"
    );
    assert!(
        err.to_string().contains("nobody@demo.stint.app"),
        "names the email: {err}"
    );
    assert_nothing_stored(&stint, dir.path());
}

#[tokio::test]
async fn a_missing_work_schedule_attribute_says_which_attribute_to_enable() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Employees,
        Fault::MissingAttribute("work_schedule".into()),
        None,
    );
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());

    let err = stint
        .connect(&demo_request(&sandbox))
        .await
        .expect_err("no schedule, no connection");

    assert_eq!(
        err.code(),
        ErrorCode::MissingPermission,
        "a rights problem: {err}"
    );
    assert!(
        err.to_string().contains("work_schedule"),
        "names the attribute: {err}"
    );
    assert!(
        err.to_string().contains("API credentials"),
        "says where to enable it: {err}"
    );
    assert_nothing_stored(&stint, dir.path());
}

#[tokio::test]
async fn bad_input_is_refused_before_any_request() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let mut request = demo_request(&sandbox);
    request.email = "anna at demo".into();

    let err = stint
        .connect(&request)
        .await
        .expect_err("a malformed email is refused");

    assert!(
        matches!(err, CoreError::Invalid { field: "email", .. }),
        "the email field is marked: {err:?}"
    );
    assert_eq!(
        sandbox.requests().len(),
        0,
        "nothing is sent for input that cannot be right"
    );
}

fn assert_nothing_stored(stint: &stint_core::Stint, dir: &std::path::Path) {
    let status = stint.status().expect("status readable");
    assert_eq!(
        status.state,
        ConnectionState::Disconnected,
        "a failed connect leaves no connection"
    );
    assert!(
        status.history.is_empty(),
        "a failed connect records no sync run"
    );
    assert!(
        !stint.is_connected(),
        "no client id / email in the settings"
    );
    assert_eq!(secret_in_keyring(dir), None, "no secret in the keyring");
}
