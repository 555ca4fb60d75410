//! The sync history: bounded, newest first, remembering the last success.

mod common;

use chrono::Duration;
use stint_store::{NewSyncRun, SyncCounts, SyncOutcome, SyncTrigger, KEPT_SYNC_RUNS};

use common::{now, temp_store};

fn run(n: i64, outcome: SyncOutcome) -> NewSyncRun {
    NewSyncRun {
        trigger: SyncTrigger::Auto,
        started_at: now() + Duration::minutes(n),
        duration_ms: 100 + n as u32,
        outcome,
        counts: SyncCounts {
            added: 1,
            changed: 2,
            removed: 3,
            schedule_changed: n % 2 == 0,
        },
        error: (outcome == SyncOutcome::Failed).then(|| format!("run {n} failed")),
        error_code: (outcome == SyncOutcome::Failed).then(|| "offline".to_owned()),
    }
}

#[test]
fn sixty_runs_are_pruned_to_the_newest_fifty() {
    let (_dir, mut store) = temp_store();
    let mut recorded = Vec::new();
    for n in 0..60 {
        recorded.push(
            store
                .record_sync_run(0, &run(n, SyncOutcome::Ok))
                .expect("record"),
        );
    }
    let runs = store.sync_runs(1000).expect("read");
    assert_eq!(
        runs.len(),
        KEPT_SYNC_RUNS as usize,
        "only the newest 50 are kept"
    );
    let expected: Vec<_> = recorded.iter().rev().take(50).cloned().collect();
    assert_eq!(runs, expected, "newest first, read back as recorded");
    assert_eq!(
        store.sync_runs(3).expect("read").len(),
        3,
        "the limit is honoured"
    );
}

#[test]
fn last_success_survives_fifty_failures() {
    let (_dir, mut store) = temp_store();
    let success = store
        .record_sync_run(0, &run(0, SyncOutcome::Ok))
        .expect("ok run");
    for n in 1..=60 {
        store
            .record_sync_run(0, &run(n, SyncOutcome::Failed))
            .expect("failed run");
    }
    assert_eq!(
        store.last_successful_sync().expect("read"),
        Some(success),
        "'last synced' must not be forgotten during a long offline spell"
    );
    let runs = store.sync_runs(1000).expect("read");
    assert_eq!(
        runs.len(),
        KEPT_SYNC_RUNS as usize + 1,
        "50 newest plus the older last success"
    );
    assert!(
        runs[..50].iter().all(|r| r.outcome == SyncOutcome::Failed),
        "the newest 50 are the failures"
    );
    assert_eq!(
        runs[0].error.as_deref(),
        Some("run 60 failed"),
        "the error text is kept"
    );
}

#[test]
fn no_success_yet_means_no_last_sync() {
    let (_dir, mut store) = temp_store();
    store
        .record_sync_run(0, &run(0, SyncOutcome::Failed))
        .expect("failed run");
    assert_eq!(
        store.last_successful_sync().expect("read"),
        None,
        "a failed run is not a successful sync"
    );
}
