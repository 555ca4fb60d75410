//! `stint-cli` with "Record my time in Personio": an entry added is sent at once, listed with
//! Personio's state, and `attendances push` offers past entries and prints its JSON report.

mod common;

use chrono::{Duration, Local};
use common::*;

#[test]
fn entries_reach_personio_and_push_reports_what_it_did() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, dir.path());
    let employee = demo_employee_id(&sandbox);
    let day = (Local::now().date_naive() + Duration::days(9)).to_string();
    let in_personio = || {
        sandbox
            .attendances_of(employee)
            .into_iter()
            .filter(|p| p.start.date().to_string() == day)
            .count()
    };

    // Added while recording is off: it stays in Stint.
    run(cli(
        dir.path(),
        &[
            "entries", "add", "--date", &day, "--start", "08:00", "--end", "09:00",
        ],
    ))
    .ok("adds");
    assert_eq!(in_personio(), 0, "recording is off: nothing sent");

    run(cli(
        dir.path(),
        &["config", "set", "record_in_personio", "on"],
    ))
    .ok("turns on");
    assert_eq!(
        run(cli(dir.path(), &["config", "get", "record_in_personio"]))
            .ok("reads")
            .stdout
            .trim(),
        "on"
    );
    run(cli(
        dir.path(),
        &[
            "entries", "add", "--date", &day, "--start", "10:00", "--end", "12:00",
        ],
    ))
    .ok("adds and sends");
    assert_eq!(in_personio(), 1, "the new entry was sent at once");

    let listed = run(cli(
        dir.path(),
        &[
            "entries", "list", "--from", &day, "--to", &day, "--format", "json",
        ],
    ))
    .ok("lists");
    let listed: serde_json::Value = serde_json::from_str(&listed.stdout).expect("JSON");
    let states: Vec<_> = listed
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| (e["source"].clone(), e["personio_status"].clone()))
        .collect();
    assert_eq!(
        states,
        vec![
            (serde_json::json!("local"), serde_json::Value::Null),
            (serde_json::json!("local"), serde_json::json!("PENDING")),
        ],
        "the old entry only in Stint, the new one pending in Personio"
    );

    let dry = run(cli(
        dir.path(),
        &[
            "attendances",
            "push",
            "--from",
            &day,
            "--to",
            &day,
            "--dry-run",
            "--format",
            "json",
        ],
    ))
    .ok("a dry run");
    let dry: serde_json::Value = serde_json::from_str(&dry.stdout).expect("JSON");
    assert_eq!(dry["created"], 1, "the old entry would be created: {dry}");
    assert_eq!(in_personio(), 1, "a dry run sends nothing");

    let nothing = run(cli(
        dir.path(),
        &["attendances", "push", "--format", "json"],
    ))
    .ok("pushes");
    let nothing: serde_json::Value = serde_json::from_str(&nothing.stdout).expect("JSON");
    assert_eq!(
        nothing["created"], 0,
        "the dry run queued nothing: {nothing}"
    );
    let push = run(cli(
        dir.path(),
        &[
            "attendances",
            "push",
            "--from",
            &day,
            "--to",
            &day,
            "--format",
            "json",
        ],
    ))
    .ok("pushes");
    let push: serde_json::Value = serde_json::from_str(&push.stdout).expect("JSON");
    assert_eq!(
        (
            push["created"].clone(),
            push["refused"].clone(),
            push["skipped"].clone()
        ),
        (
            serde_json::json!(1),
            serde_json::json!([]),
            serde_json::json!([])
        ),
        "{push}"
    );
    assert_eq!(in_personio(), 2, "both entries are in Personio now");
}
