//! Balances over loopback.

mod common;

use common::{bounded, client, demo_employee_id, sandbox};
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn balances_match_the_sandbox() {
    let sandbox = sandbox().await;
    let got = bounded(client(&sandbox).balances(demo_employee_id(&sandbox)))
        .await
        .unwrap();
    let demo = sandbox.balances_of(sandbox.employees()[0].id).unwrap();
    assert_eq!(got.len(), demo.len(), "one line per type with a balance");
    for (line, expected) in got.iter().zip(&demo) {
        assert_eq!(line.type_name, expected.name, "types in the server's order");
        assert_eq!(
            (line.balance, line.available_balance),
            (expected.balance, expected.available_balance),
            "{}: both balances as Personio computes them, fractions included",
            expected.name
        );
    }
}

#[tokio::test]
async fn a_403_is_a_missing_permission_naming_the_endpoint() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Balance, Fault::Status403, Some(1));
    let error = bounded(client(&sandbox).balances(demo_employee_id(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_missing_permission",
        "403 means the credential lacks the right: {error}"
    );
    assert!(
        error.to_string().contains("balance") && error.to_string().contains("API credentials"),
        "the message names what and where to grant it: {error}"
    );
}

#[tokio::test]
async fn an_unknown_employee_is_an_unexpected_response_not_a_panic() {
    let sandbox = sandbox().await;
    let error = bounded(client(&sandbox).balances(999_999))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_unexpected_response",
        "a 404 is reported with its status: {error}"
    );
    assert!(
        error.to_string().contains("404"),
        "the status is in the message: {error}"
    );
}
