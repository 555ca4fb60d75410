//! The Personio lock and what disconnecting gives back.

mod common;

use chrono::NaiveDate;
use common::*;
use stint_model::ManualAbsenceInput;
use stint_model::{ConnectionState, ErrorCode};

fn my_vacation() -> ManualAbsenceInput {
    ManualAbsenceInput {
        type_name: "Urlaub".into(),
        from: NaiveDate::from_ymd_opt(2026, 8, 3).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 8, 7).unwrap(),
        half_day_start: false,
        half_day_end: true,
    }
}

const MY_WEEK: [u32; 7] = [360, 360, 360, 360, 0, 0, 0];

#[tokio::test]
async fn manual_edits_are_refused_while_connected_and_after_a_restart_offline() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    {
        let stint = open(dir.path());
        stint
            .connect(&demo_request(&sandbox))
            .await
            .expect("connects");
        let err = stint.set_weekly_minutes(MY_WEEK).expect_err("locked");
        assert_eq!(
            err.code(),
            ErrorCode::LockedByPersonio,
            "weekly hours are locked: {err}"
        );
        let err = stint
            .add_manual_absence(&my_vacation())
            .expect_err("locked");
        assert_eq!(
            err.code(),
            ErrorCode::LockedByPersonio,
            "absences are locked: {err}"
        );
    }
    sandbox.shutdown();

    // The app starts again with Personio unreachable.
    let stint = open(dir.path());
    let err = stint
        .sync(stint_model::SyncTrigger::Start)
        .await
        .expect_err("Personio is gone");
    assert_eq!(
        err.code(),
        ErrorCode::Offline,
        "an unreachable server is offline: {err}"
    );
    let err = stint.set_weekly_minutes(MY_WEEK).expect_err("still locked");
    assert_eq!(
        err.code(),
        ErrorCode::LockedByPersonio,
        "the lock survives restart + offline"
    );
    let status = stint.status().unwrap();
    assert_eq!(status.state, ConnectionState::Offline, "shown as offline");
    assert_eq!(
        status.weekly_minutes[0], 480,
        "Personio's cached schedule stays in force"
    );
}

#[tokio::test]
async fn disconnect_restores_manual_values_and_removes_the_secret() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    stint
        .set_weekly_minutes(MY_WEEK)
        .expect("editable before connecting");
    let id = stint
        .add_manual_absence(&my_vacation())
        .map(|a| a.id)
        .expect("editable before connecting");
    let manual_before = stint.manual_absences().unwrap();

    stint
        .connect(&demo_request(&sandbox))
        .await
        .expect("connects");
    assert_eq!(
        stint.status().unwrap().weekly_minutes,
        [480, 480, 480, 480, 480, 0, 0],
        "while connected Personio's schedule is in force"
    );

    let status = stint.disconnect().expect("disconnects");

    assert_eq!(status.state, ConnectionState::Disconnected, "disconnected");
    assert_eq!(
        status.weekly_minutes, MY_WEEK,
        "the user's own week is back exactly"
    );
    assert_eq!(
        stint.manual_absences().unwrap(),
        manual_before,
        "manual absences untouched"
    );
    assert!(status.history.is_empty(), "the sync history is cleared");
    assert!(status.employee.is_none(), "no employee shown");
    assert_eq!(
        secret_in_keyring(dir.path()),
        None,
        "the secret left the keyring"
    );
    let (from, to) = stint.sync_window();
    assert!(
        stored_personio_absences(dir.path(), from, to).is_empty(),
        "Personio's absences are gone"
    );
    stint
        .delete_manual_absence(id)
        .expect("editing works again after disconnecting");
}

#[tokio::test]
async fn two_data_dirs_do_not_share_a_secret() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    assert_ne!(
        keyring(a.path()).account(),
        keyring(b.path()).account(),
        "each data dir has its own keyring entry"
    );
}

#[tokio::test]
async fn offline_is_remembered_across_a_restart() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    {
        let stint = open(dir.path());
        stint
            .connect(&demo_request(&sandbox))
            .await
            .expect("connects");
        sandbox.shutdown();
        let _ = stint.sync(stint_model::SyncTrigger::Auto).await;
    }
    let stint = open(dir.path());
    assert_eq!(
        stint.status().unwrap().state,
        ConnectionState::Offline,
        "a restarted app still shows 'offline — showing data from …', not a generic error"
    );
}

#[tokio::test]
async fn a_demo_connection_follows_the_sandbox_to_its_new_port() {
    let first = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let status = stint
        .connect_demo(&demo_request(&first))
        .await
        .expect("demo connects");
    assert!(status.demo, "the connection is labelled as demo");
    first.shutdown();

    // The app starts again: a new sandbox, a new port, the same demo company.
    let second = sandbox().await;
    stint.retarget_demo(&second.base_url()).expect("retargets");
    stint
        .sync(stint_model::SyncTrigger::Start)
        .await
        .expect("the demo syncs against the new sandbox");
    assert_eq!(
        stint.status().unwrap().base_url,
        Some(second.base_url()),
        "the stored address follows the sandbox"
    );
}
