//! Syncing: the server's truth replaces the stored window; failures change nothing.

mod common;

use common::*;
use stint_model::{ConnectionState, ErrorCode, SyncTrigger};
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn an_absence_deleted_on_the_server_is_gone_after_the_next_sync() {
    let (sandbox, dir, stint) = connected().await;
    let (from, to) = stint.sync_window();
    let before = stored_personio_absences(dir.path(), from, to);

    let anna = sandbox
        .employees()
        .into_iter()
        .find(|e| e.email == sandbox.credentials().email);
    let victim = sandbox
        .time_offs_of(anna.expect("demo employee exists").id)
        .into_iter()
        .find(|t| t.start >= from && t.end <= to)
        .expect("the demo year has a time-off inside the window");
    assert!(
        sandbox.delete_time_off(victim.id),
        "the sandbox deletes the period"
    );

    let run = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect("second sync works");

    assert_eq!(
        run.absences_removed, 1,
        "exactly the deleted period is removed"
    );
    assert_eq!(run.absences_added, 0, "nothing new appeared");
    let after = stored_personio_absences(dir.path(), from, to);
    assert_eq!(after.len(), before.len() - 1, "one absence fewer is stored");
    assert!(
        !after
            .iter()
            .any(|a| a.source_id == format!("day:{}", victim.id)),
        "the deleted period must not be shown any more"
    );
    assert_eq!(
        stint.status().unwrap().history.len(),
        2,
        "connect + manual sync recorded"
    );
}

#[tokio::test]
async fn a_sync_failing_midway_keeps_the_last_good_data() {
    let (sandbox, dir, stint) = connected().await;
    let (from, to) = stint.sync_window();
    let before = stored_personio_absences(dir.path(), from, to);
    let anna_id = stint.status().unwrap().employee.unwrap().id;
    for t in sandbox.time_offs_of(anna_id) {
        sandbox.delete_time_off(t.id);
    }
    // Time-offs would now come back empty, but the balance fails for good: the run must not
    // apply the half it did read.
    sandbox.inject(Endpoint::Balance, Fault::Status500, None);

    let err = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect_err("a 500 that stays fails");

    assert_eq!(
        err.code(),
        ErrorCode::Offline,
        "a server that keeps failing is 'offline': {err}"
    );
    let after = stored_personio_absences(dir.path(), from, to);
    assert_eq!(after, before, "the failed sync changed no absence");
    let status = stint.status().unwrap();
    assert_eq!(
        status.state,
        ConnectionState::Offline,
        "the UI shows the offline banner"
    );
    assert!(
        status.locked.absences,
        "cached Personio data stays in force and locked"
    );
    let last = status.last_run.expect("the failed run is recorded");
    assert!(!last.ok, "the run is recorded as failed");
    assert!(last.error.is_some(), "with its error text");
    assert!(
        status.last_success_at.is_some(),
        "the last good sync is still known"
    );
}

#[tokio::test]
async fn the_token_is_reused_between_syncs() {
    let (sandbox, _dir, stint) = connected().await;
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    stint.sync(SyncTrigger::Manual).await.expect("syncs again");
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "one token serves the connect and both syncs"
    );
}

#[tokio::test]
async fn syncing_without_a_connection_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let err = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect_err("nothing to sync");
    assert_eq!(err.code(), ErrorCode::NotConnected, "{err}");
}
