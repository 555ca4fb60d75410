//! Two processes on one data folder lose nothing (issue "Nothing lost"): `config set` from
//! many processes at once, and a disconnect made by `stint-cli` while the app's sync runs.

mod common;

use common::*;
use std::time::Duration;
use stint_core::{CoreError, Stint};
use stint_model::{GermanState, SyncInterval, SyncTrigger};
use stint_sandbox::{Endpoint, Fault};

/// The six settings `config set` knows, each with a different value per round, so a change
/// lost to another process shows as the previous round's value.
fn round(r: usize) -> [(&'static str, String); 6] {
    [
        (
            "holiday_region",
            format!("DE-{}", GermanState::ALL[r % 16].0),
        ),
        (
            "sync_interval",
            SyncInterval::ALL[r % 5].as_str().to_owned(),
        ),
        ("sync_months_back", (r + 1).to_string()),
        ("sync_months_ahead", (r + 13).to_string()),
        ("balance_start", format!("2026-01-{:02}", r + 1)),
        ("carry_over", format!("{}:00", r + 1)),
    ]
}

#[test]
fn sixty_parallel_config_sets_in_ten_rounds_keep_every_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    run(cli(d, &["status"])).ok("the data folder is created");
    let mut lost = Vec::new();
    for r in 0..10 {
        let values = round(r);
        let children: Vec<_> = values
            .iter()
            .map(|(key, value)| {
                cli(d, &["config", "set", key, value])
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("stint-cli starts")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("stint-cli ends");
            assert!(
                out.status.success(),
                "round {r}: every config set succeeds: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let stint = Stint::open(d).expect("opens");
        for (key, value) in &values {
            let stored = stint.config_get(key).expect("reads");
            if stored != *value {
                lost.push(format!("round {r}: {key} = {stored}, set to {value}"));
            }
        }
    }
    assert!(
        lost.is_empty(),
        "no change made by one process may be undone by another: {lost:#?}"
    );
}

#[test]
fn a_disconnect_by_the_cli_during_the_apps_sync_wins() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    connect_demo(&sandbox, d);
    let app = Stint::open(d).expect("the app's core opens the same folder");
    sandbox.inject(
        Endpoint::TimeOffs,
        Fault::Delay(Duration::from_secs(2)),
        None,
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    let outcome = runtime.block_on(async {
        let sync = app.sync(SyncTrigger::Manual);
        let disconnect = async {
            tokio::time::sleep(Duration::from_millis(500)).await;
            tokio::task::spawn_blocking({
                let d = d.to_owned();
                move || run(cli(&d, &["disconnect"]))
            })
            .await
            .expect("the CLI ran")
        };
        let (outcome, cli_run) = tokio::join!(sync, disconnect);
        cli_run.ok("stint-cli disconnects while the app syncs");
        outcome
    });
    assert!(
        matches!(outcome, Err(CoreError::Superseded)),
        "the app's sync finds its connection gone and keeps nothing: {outcome:?}"
    );
    let status = status_json(d);
    assert_eq!(
        status["state"], "disconnected",
        "the folder says disconnected"
    );
    assert!(
        status["employee"].is_null(),
        "no profile came back: {status}"
    );
    assert_eq!(
        status["history"],
        serde_json::json!([]),
        "no sync run was recorded"
    );
    let timeline = run(cli(
        d,
        &[
            "timeline",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "json",
        ],
    ))
    .ok("timeline");
    assert!(
        !timeline.stdout.contains("\"personio\""),
        "no Personio absence is shown"
    );
}
