//! Regression: "Disconnect during a running sync brings the data back" (issue "Nothing lost").
//! A sync still reading from a slow Personio when the user disconnects must not write the
//! absences, the profile or a sync run into the folder that now says "disconnected".

mod common;

use common::*;
use std::sync::Arc;
use std::time::{Duration, Instant};
use stint_core::CoreError;
use stint_model::{ConnectionState, ErrorCode, SyncTrigger};
use stint_sandbox::{Endpoint, Fault};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disconnect_during_a_sync_wins_and_stops_it() {
    let (sandbox, dir, stint) = connected().await;
    let stint = Arc::new(stint);
    let (from, to) = stint.sync_window();
    assert!(
        !stored_personio_absences(dir.path(), from, to).is_empty(),
        "connected: the demo year is stored"
    );
    // Every time-offs page now takes 3 s: the sync is mid-way when the user disconnects.
    sandbox.inject(
        Endpoint::TimeOffs,
        Fault::Delay(Duration::from_secs(3)),
        None,
    );
    let running = {
        let stint = Arc::clone(&stint);
        tokio::spawn(async move { stint.sync(SyncTrigger::Manual).await })
    };
    tokio::time::sleep(Duration::from_millis(500)).await;

    let status = stint.disconnect().expect("disconnects while the sync runs");
    let disconnected_at = Instant::now();
    assert_eq!(status.state, ConnectionState::Disconnected);

    let outcome = running.await.expect("the sync task ends");
    let stopped_after = disconnected_at.elapsed();
    match outcome {
        Err(err @ CoreError::Superseded) => assert_eq!(
            err.code(),
            ErrorCode::NotConnected,
            "the UI hears 'not connected', not 'offline'"
        ),
        other => panic!("the sync must end as superseded, got {other:?}"),
    }
    assert!(
        stopped_after < Duration::from_secs(1),
        "the disconnect stopped the sync at once ({stopped_after:?}), not after the slow page"
    );

    // Wait past the slow page: nothing may arrive late either.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let after = stint.status().expect("status");
    assert_eq!(
        after.state,
        ConnectionState::Disconnected,
        "still disconnected"
    );
    assert!(after.employee.is_none(), "no profile came back");
    assert!(after.history.is_empty(), "no sync run was recorded");
    assert!(
        stored_personio_absences(dir.path(), from, to).is_empty(),
        "no Personio absence came back"
    );
    stint
        .set_weekly_minutes([480, 480, 480, 480, 480, 0, 0])
        .expect("manual editing works again");
}
