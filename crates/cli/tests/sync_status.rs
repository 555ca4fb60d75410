//! `stint-cli sync`, `status` and `disconnect` over one data dir: a summary on success, the
//! error on stderr and a non-zero exit on failure, and a JSON status scripts can rely on.

mod common;

use common::*;
use serde_json::json;
use stint_sandbox::{Endpoint, Fault};

#[test]
fn sync_prints_a_one_line_summary_and_exits_0() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());
    let anna = demo_employee_id(&sandbox);
    let gone = sandbox.time_offs_of(anna)[0].id;
    assert!(
        sandbox.delete_time_off(gone),
        "setup: the sandbox deletes a time-off"
    );

    let run = run(cli(dir.path(), &["sync"])).ok("a healthy sync exits 0");

    assert_eq!(
        run.stdout.lines().count(),
        1,
        "the summary is one line: {run:#?}"
    );
    assert!(
        run.stdout.starts_with("Sync ok in "),
        "the summary says the run worked: {run:#?}"
    );
    assert!(
        run.stdout.contains("1 removed"),
        "the time-off deleted in Personio is counted as removed: {run:#?}"
    );
    assert_eq!(
        status_json(dir.path())["history"].as_array().map(Vec::len),
        Some(2),
        "connect and the manual sync are both in the history"
    );
}

#[test]
fn sync_with_a_persistent_permission_fault_fails_with_the_reason_on_stderr() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());
    // 403 is not retried, so this fails at once (a persistent 500 would take ~15 s of backoff).
    sandbox.inject(Endpoint::Balance, Fault::Status403, None);

    let run = run(cli(dir.path(), &["sync"]));

    assert_eq!(
        run.code,
        Some(1),
        "a failed sync is exit 1 for scripts: {run:#?}"
    );
    assert!(
        run.stdout.is_empty(),
        "no summary for a failed run: {run:#?}"
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "the error is one line: {run:#?}"
    );
    assert!(
        run.stderr.starts_with("stint-cli: Missing permission")
            && run.stderr.contains("API credentials"),
        "says what is missing and where to grant it: {run:#?}"
    );
    let status = status_json(dir.path());
    assert_eq!(
        status["state"], "error",
        "the failed sync shows as an error, not as a disconnect: {status}"
    );
    assert_eq!(
        status["locked"]["weekly_hours"], true,
        "still connected, so Personio's data stays locked: {status}"
    );
    assert_eq!(
        status["last_run"]["ok"], false,
        "the failed run is recorded: {status}"
    );
    assert_eq!(
        status["weekly_minutes"],
        json!([480, 480, 480, 480, 480, 0, 0]),
        "the last good data stays in force: {status}"
    );
}

#[test]
fn sync_with_personio_unreachable_fails_with_a_network_error() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());
    sandbox.shutdown();

    let run = run(cli(dir.path(), &["sync"]));

    assert_eq!(
        run.code,
        Some(1),
        "an unreachable server is exit 1: {run:#?}"
    );
    assert!(
        run.stderr
            .starts_with("stint-cli: Network error: could not reach Personio"),
        "the user is told Personio could not be reached: {run:#?}"
    );
}

#[test]
fn status_json_shows_the_connection_locks_week_and_last_run() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());

    let status = status_json(dir.path());

    assert_eq!(
        status["state"], "connected",
        "connected after connect: {status}"
    );
    assert_eq!(
        status["employee"]["email"],
        sandbox.credentials().email,
        "the employee matched by email is shown: {status}"
    );
    assert_eq!(
        status["locked"],
        json!({"weekly_hours": true, "absences": true}),
        "Personio's data locks manual editing: {status}"
    );
    assert_eq!(
        status["weekly_minutes"],
        json!([480, 480, 480, 480, 480, 0, 0]),
        "Anna works 8 h Monday to Friday, Monday first, in minutes: {status}"
    );
    assert_eq!(
        status["last_run"]["ok"], true,
        "the connect sync is the last run and it worked: {status}"
    );
    assert_eq!(
        status["last_run"]["trigger"], "connect",
        "recorded as the connect sync: {status}"
    );
}

#[test]
fn disconnect_exits_0_and_leaves_a_disconnected_status_without_history() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());

    let run = run(cli(dir.path(), &["disconnect"])).ok("disconnect works");

    assert!(
        run.stdout.contains("Personio disconnected"),
        "the user is told: {run:#?}"
    );
    let status = status_json(dir.path());
    assert_eq!(
        status["state"], "disconnected",
        "no connection afterwards: {status}"
    );
    assert_eq!(
        status["history"],
        json!([]),
        "the sync history goes with the connection: {status}"
    );
    assert_eq!(
        status["locked"],
        json!({"weekly_hours": false, "absences": false}),
        "manual editing is allowed again: {status}"
    );
    assert_eq!(
        secret_in_keyring(dir.path()),
        None,
        "the secret is removed from the keyring"
    );
}

#[test]
fn sync_before_connect_says_to_connect_first() {
    let dir = tempfile::tempdir().unwrap();

    let run = run(cli(dir.path(), &["sync"]));

    assert_eq!(run.code, Some(1), "nothing to sync is a failure: {run:#?}");
    assert!(
        run.stderr.contains("Personio is not connected"),
        "the user learns why: {run:#?}"
    );
}
