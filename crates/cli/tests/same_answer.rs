//! One way in: the same input typed into `stint-cli` and into the app reaches the same answer.
//!
//! Two fresh data folders get the same inputs — one through the real `stint-cli` binary, the
//! other the way the desktop app's commands receive them: the webview's JSON deserialized into
//! the model's input types, durations read with the UI's reader (`stint_model::duration`), then
//! the one `Stint` method the Tauri command calls. Then both folders are read back, through the
//! CLI's JSON and through the core, and must be equal to the last field; refused inputs must be
//! refused by both with the same sentence.

mod common;

use common::*;
use serde_json::{json, Value};
use stint_core::{CoreError, Stint};
use stint_model::{duration, ManualAbsenceInput, TimeEntryInput};

/// One entry as `stint-cli entries add` flags, and as the app's day view sends it.
struct EntryCase {
    args: &'static [&'static str],
    webview: Value,
}

fn entry_cases() -> Vec<EntryCase> {
    vec![
        EntryCase {
            args: &["--date", "2026-06-01", "--start", "22:00", "--end", "02:00"],
            webview: json!({"date": "2026-06-01", "start": "22:00", "end": "02:00", "note": ""}),
        },
        EntryCase {
            args: &[
                "--date",
                "2026-06-02",
                "--start",
                "9:00",
                "--end",
                "17:30",
                "--note",
                " Release ",
            ],
            webview: json!({"date": "2026-06-02", "start": "9:00", "end": "17:30", "note": " Release "}),
        },
        EntryCase {
            args: &["--date", "2026-06-03", "--minutes", "90"],
            webview: json!({"date": "2026-06-03", "minutes": 90, "note": ""}),
        },
        EntryCase {
            args: &["--date", "2026-06-04", "--start", "08:00", "--end", "08:00"],
            webview: json!({"date": "2026-06-04", "start": "08:00", "end": "08:00", "note": ""}),
        },
    ]
}

/// Inputs both ends must refuse, with the core's sentence.
fn refused_entries() -> Vec<EntryCase> {
    vec![
        EntryCase {
            args: &["--date", "2026-06-05", "--start", "9:xx", "--end", "10:00"],
            webview: json!({"date": "2026-06-05", "start": "9:xx", "end": "10:00", "note": ""}),
        },
        EntryCase {
            args: &["--date", "2026-06-05", "--minutes", "2000"],
            webview: json!({"date": "2026-06-05", "minutes": 2000, "note": ""}),
        },
    ]
}

fn cli_json(dir: &std::path::Path, args: &[&str]) -> Value {
    let out = run(cli(dir, args)).ok("the CLI answers");
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|err| panic!("{args:?} prints JSON ({err}): {}", out.stdout))
}

fn as_json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("model types serialize")
}

#[test]
fn the_cli_and_the_app_reach_the_same_answer_for_the_same_input() {
    let by_cli = tempfile::tempdir().expect("temp dir");
    let by_app = tempfile::tempdir().expect("temp dir");
    let cli_dir = by_cli.path();
    let app = Stint::open(by_app.path()).expect("a data folder opens");

    // Weekly hours: 38.5 h over five days is 7:42 a day, typed in two forms.
    run(cli(
        cli_dir,
        &[
            "hours",
            "set",
            "--monday",
            "7:42",
            "--tuesday",
            "7.7",
            "--friday",
            "0",
        ],
    ))
    .ok("hours set");
    let mut week = app.weekly_minutes().expect("the week reads");
    for (day, typed) in [(0, "7:42"), (1, "7.7"), (4, "0")] {
        week[day] = duration::parse_unsigned(typed).expect("the UI reads it");
    }
    app.set_weekly_minutes(week)
        .expect("the app saves the week");

    // An absence with a half day at its end.
    run(cli(
        cli_dir,
        &[
            "absences",
            "add",
            "--type",
            " Urlaub ",
            "--from",
            "2026-06-08",
            "--to",
            "2026-06-09",
            "--half-day-end",
        ],
    ))
    .ok("absence added");
    let absence: ManualAbsenceInput = serde_json::from_value(json!({
        "type_name": " Urlaub ", "from": "2026-06-08", "to": "2026-06-09",
        "half_day_start": false, "half_day_end": true
    }))
    .expect("the webview's absence reads");
    app.add_manual_absence(&absence).expect("the app adds it");

    for case in entry_cases() {
        let mut args = vec!["entries", "add"];
        args.extend(case.args);
        run(cli(cli_dir, &args)).ok("the CLI adds the entry");
        let input: TimeEntryInput =
            serde_json::from_value(case.webview.clone()).expect("the webview's entry reads");
        app.add_time_entry(&input)
            .unwrap_or_else(|err| panic!("the app adds {}: {err}", case.webview));
    }

    for case in refused_entries() {
        let mut args = vec!["entries", "add"];
        args.extend(case.args);
        let out = run(cli(cli_dir, &args));
        let input: TimeEntryInput =
            serde_json::from_value(case.webview.clone()).expect("the webview's entry reads");
        let err: CoreError = app
            .add_time_entry(&input)
            .expect_err("the app refuses it too");
        assert_eq!(out.code, Some(1), "{args:?} is refused: {out:#?}");
        assert_eq!(
            out.stderr.trim(),
            format!("stint-cli: {err}"),
            "{args:?}: the CLI says what the app says"
        );
    }

    let range = [
        "--from",
        "2026-06-01",
        "--to",
        "2026-06-14",
        "--format",
        "json",
    ];
    let (from, to) = (
        stint_model::iso::parse_date("2026-06-01").expect("a date"),
        stint_model::iso::parse_date("2026-06-14").expect("a date"),
    );
    let mut args = vec!["timeline"];
    args.extend(range);
    let cli_timeline = cli_json(cli_dir, &args);
    let app_timeline = as_json(&app.timeline(from, to).expect("the app's timeline"));
    assert_eq!(
        cli_timeline, app_timeline,
        "the same day plans, totals and due figures"
    );
    assert_eq!(
        cli_timeline["days"][0]["tracked_minutes"], 120,
        "22:00–02:00 gives Monday its two hours before midnight"
    );
    assert_eq!(
        cli_timeline["days"][0]["target_minutes"], 462,
        "Monday owes 7:42"
    );

    let mut args = vec!["entries", "list"];
    args.extend(range);
    let cli_entries = cli_json(cli_dir, &args);
    let app_entries = as_json(&app.time_entries(from, to).expect("the app's entries"));
    assert_eq!(
        cli_entries, app_entries,
        "the same entries, as the model lists them"
    );
    assert_eq!(
        cli_entries[0],
        json!({"id": 1, "date": "2026-06-01", "start": "22:00", "end": "02:00",
               "minutes": 240, "note": "", "source": "local", "personio_id": null,
               "personio_status": null, "personio_message": null}),
        "the model's entry, not store rows: no created_at / updated_at"
    );
    assert_eq!(
        cli_entries[3]["minutes"], 1440,
        "08:00–08:00 is a whole day"
    );

    let cli_settings = cli_json(cli_dir, &["status", "--format", "json"]);
    let app_status = as_json(&app.status().expect("the app's status"));
    assert_eq!(
        cli_settings["weekly_minutes"], app_status["weekly_minutes"],
        "the same weekly hours in force"
    );
    assert_eq!(
        cli_settings["weekly_minutes"],
        json!([462, 462, 480, 480, 0, 0, 0]),
        "7:42 and 7.7 are the same 462 minutes"
    );
}

#[test]
fn minutes_with_a_span_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(cli(
        dir.path(),
        &[
            "entries",
            "add",
            "--date",
            "2026-06-01",
            "--minutes",
            "30",
            "--start",
            "09:00",
            "--end",
            "10:00",
        ],
    ));
    assert_eq!(
        out.code,
        Some(2),
        "clap refuses the mix with exit 2: {out:#?}"
    );
    assert!(
        out.stderr.contains("cannot be used with"),
        "and says which flags clash: {}",
        out.stderr
    );
    let list = cli_json(
        dir.path(),
        &[
            "entries",
            "list",
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(list, json!([]), "nothing was booked");
}
