//! `timeline`, `entries`, `hours` and `absences` through the real binary.

mod common;

use common::*;
use serde_json::Value;

fn json(run: Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|err| panic!("not JSON ({err}): {run:#?}"))
}

#[test]
fn manual_week_absence_and_entries_make_the_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(cli(d, &["config", "set", "holiday_region", "DE-BY"])).ok("region set");
    run(cli(
        d,
        &["hours", "set", "--monday", "6h", "--friday", "4h30m"],
    ))
    .ok("hours set");
    run(cli(
        d,
        &[
            "absences",
            "add",
            "--type",
            "Urlaub",
            "--from",
            "2026-06-02",
            "--to",
            "2026-06-03",
            "--half-day-end",
        ],
    ))
    .ok("absence added");
    run(cli(
        d,
        &[
            "entries",
            "add",
            "--date",
            "2026-06-01",
            "--start",
            "22:00",
            "--end",
            "02:00",
        ],
    ))
    .ok("an entry across midnight");

    let timeline = json(
        run(cli(
            d,
            &[
                "timeline",
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-07",
                "--format",
                "json",
            ],
        ))
        .ok("timeline"),
    );
    let day = |i: usize| &timeline["days"][i];
    assert_eq!(day(0)["date"], "2026-06-01", "days start at --from");
    assert_eq!(day(0)["target_minutes"], 360, "Monday owes the 6 h set");
    assert_eq!(
        day(0)["tracked_minutes"],
        120,
        "22:00–24:00 belongs to Monday"
    );
    assert_eq!(
        day(1)["tracked_minutes"],
        120,
        "00:00–02:00 belongs to Tuesday"
    );
    assert_eq!(
        day(1)["target_minutes"],
        0,
        "a full vacation day owes nothing"
    );
    assert_eq!(
        day(1)["absences"][0]["type"],
        "Urlaub",
        "the absence is listed by type"
    );
    assert_eq!(
        day(1)["absences"][0]["category"],
        "vacation",
        "with its category"
    );
    assert_eq!(day(1)["absences"][0]["source"], "manual", "and its source");
    assert_eq!(
        day(1)["absences"][0]["minutes"],
        480,
        "taking the whole day"
    );
    assert_eq!(
        day(2)["target_minutes"],
        240,
        "half_day_end halves the last day"
    );
    assert_eq!(
        day(3)["holiday"],
        "Fronleichnam",
        "Corpus Christi 2026 is June 4 in Bavaria"
    );
    assert_eq!(day(3)["target_minutes"], 0, "a holiday owes nothing");
    assert_eq!(day(4)["target_minutes"], 270, "Friday owes 4:30");
    assert_eq!(day(1)["balance_minutes"], 120, "balance = tracked − target");
    assert_eq!(
        timeline["totals"]["target_minutes"],
        360 + 240 + 270,
        "totals add the days"
    );

    let csv = run(cli(
        d,
        &[
            "timeline",
            "--from",
            "2026-06-04",
            "--to",
            "2026-06-04",
            "--format",
            "csv",
        ],
    ))
    .ok("csv");
    assert!(
        csv.stdout
            .starts_with("date,target_minutes,tracked_minutes,balance_minutes"),
        "CSV has a header: {}",
        csv.stdout
    );
    assert!(
        csv.stdout.contains("2026-06-04,0,0,0,Fronleichnam"),
        "and one row per day: {}",
        csv.stdout
    );
}

#[test]
fn entries_can_be_listed_and_deleted_and_bad_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(cli(
        d,
        &[
            "entries",
            "add",
            "--date",
            "2026-06-01",
            "--minutes",
            "90",
            "--note",
            "Review",
        ],
    ))
    .ok("entry added");
    let list = json(
        run(cli(
            d,
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
        ))
        .ok("list"),
    );
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(1),
        "one entry listed: {list}"
    );
    assert_eq!(list[0]["minutes"], 90, "with its minutes");
    let id = list[0]["id"].as_i64().expect("an id").to_string();
    run(cli(d, &["entries", "delete", &id])).ok("deleted");
    let list = json(
        run(cli(
            d,
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
        ))
        .ok("list"),
    );
    assert_eq!(list, serde_json::json!([]), "the entry is gone");

    for (args, needle) in [
        (
            vec!["entries", "add", "--date", "2026-13-01", "--minutes", "5"],
            "not a date",
        ),
        (
            vec![
                "entries",
                "add",
                "--date",
                "2026-06-01",
                "--minutes",
                "2000",
            ],
            "1 to 1440",
        ),
        (
            vec![
                "entries",
                "add",
                "--date",
                "2026-06-01",
                "--start",
                "9:xx",
                "--end",
                "10:00",
            ],
            "not a time",
        ),
        (vec!["hours", "set", "--monday", "25h"], "24 h"),
        (vec!["hours", "set", "--monday", "eight"], "not a duration"),
        (
            vec![
                "absences",
                "add",
                "--type",
                "Urlaub",
                "--from",
                "2026-06-05",
                "--to",
                "2026-06-01",
            ],
            "before it starts",
        ),
    ] {
        let out = run(cli(d, &args));
        assert_eq!(
            out.code,
            Some(1),
            "{args:?} is refused with exit 1: {out:#?}"
        );
        assert!(
            out.stderr.contains(needle),
            "{args:?} explains itself ({needle}): {}",
            out.stderr
        );
    }
}

#[test]
fn manual_edits_exit_3_while_personio_is_connected_and_the_timeline_shows_personio_data() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    connect_demo(&sandbox, d).ok("connects");

    let hours = run(cli(d, &["hours", "set", "--monday", "6h"]));
    assert_eq!(hours.code, Some(3), "weekly hours are locked: {hours:#?}");
    assert!(
        hours.stderr.contains("disconnect"),
        "says how to unlock: {}",
        hours.stderr
    );
    let absence = run(cli(
        d,
        &[
            "absences",
            "add",
            "--type",
            "Urlaub",
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-01",
        ],
    ));
    assert_eq!(absence.code, Some(3), "absences are locked: {absence:#?}");

    let today = chrono::Local::now().date_naive();
    let from = (today - chrono::Duration::days(180)).to_string();
    let to = (today + chrono::Duration::days(180)).to_string();
    let timeline = json(
        run(cli(
            d,
            &["timeline", "--from", &from, "--to", &to, "--format", "json"],
        ))
        .ok("timeline"),
    );
    let personio_absences = timeline["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|day| day["absences"].as_array().cloned().unwrap_or_default())
        .filter(|a| a["source"] == "personio")
        .count();
    assert!(
        personio_absences > 10,
        "the demo year of absences shows up ({personio_absences})"
    );
}

/// `stint-cli timeline … | head -1`: a reader that leaves before the end (here: before the
/// first byte) ends the output quietly with exit 0, where `println!` panicked with exit 101.
/// Three years of JSON outgrow a pipe's buffer, so the write meets the closed pipe whenever the
/// reader goes.
#[test]
fn a_reader_that_leaves_early_ends_the_output_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = cli(
        dir.path(),
        &[
            "timeline",
            "--from",
            "2024-01-01",
            "--to",
            "2026-12-31",
            "--format",
            "json",
        ],
    )
    .stdin(std::process::Stdio::null())
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped())
    .spawn()
    .expect("the stint-cli binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("stint-cli ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "a closed pipe is the reader being done: {stderr}"
    );
    assert!(stderr.is_empty(), "nothing on stderr: {stderr}");
}
