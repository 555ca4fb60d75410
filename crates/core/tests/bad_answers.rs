//! A misbehaving Personio changes nothing that is stored (issue "Nothing lost"): an answer
//! that contradicts its own counts fails the sync instead of deleting the year's absences, and a
//! server that trickles is cut by the sync's deadline.

mod common;

use common::*;
use std::time::{Duration, Instant};
use stint_model::{ErrorCode, SyncTrigger};
use stint_personio::ClientConfig;
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn an_empty_page_that_still_counts_its_items_leaves_the_timeline_byte_identical() {
    let (sandbox, _dir, stint) = connected().await;
    let before = timeline_text(&stint);
    assert!(
        before.contains("\"personio\""),
        "connected: the demo year's absences are shown"
    );
    sandbox.inject(Endpoint::TimeOffs, Fault::EmptyData, None);

    let err = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect_err("a page that contradicts its own count fails the sync");
    assert_eq!(
        err.code(),
        ErrorCode::UnexpectedResponse,
        "it is an unexpected answer, not 'nothing there': {err}"
    );
    assert_eq!(
        timeline_text(&stint),
        before,
        "nothing stored was replaced: the timeline is byte-identical"
    );
    let run = stint.status().expect("status").last_run.expect("recorded");
    assert!(!run.ok, "the failed run is in the history");
    assert_eq!(run.absences_removed, 0, "and removed nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickling_server_is_cut_by_the_sync_deadline() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let deadline = Duration::from_secs(2);
    let stint = open_with_client(
        dir.path(),
        ClientConfig {
            sync_deadline: deadline,
            read_timeout: Duration::from_secs(1),
            ..fast_client()
        },
    );
    stint
        .connect(&demo_request(&sandbox))
        .await
        .expect("connects");
    let before = timeline_text(&stint);
    // One byte every 200 ms: each within the read timeout, the whole answer far beyond.
    sandbox.inject(
        Endpoint::TimeOffs,
        Fault::Trickle(Duration::from_millis(200)),
        None,
    );

    let started = Instant::now();
    let err = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect_err("the trickle cannot finish in time");
    let took = started.elapsed();
    assert!(
        took < deadline + Duration::from_millis(1500),
        "the sync ended near its deadline of {deadline:?}, after {took:?}"
    );
    assert_eq!(
        err.code(),
        ErrorCode::Offline,
        "too slow reads as offline: {err}"
    );
    assert_eq!(timeline_text(&stint), before, "and nothing stored changed");
}
