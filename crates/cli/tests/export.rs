//! `stint-cli export timesheet` and `export absences` through the real binary, on a data
//! folder connected to the sandbox over loopback: the CSV's columns add up to what
//! `stint-cli timeline` says for the same month, the PDF's text (extracted with poppler's
//! `pdftotext`) holds the month's totals and every absence of the month, and the calendar
//! parses with a standard iCalendar reader, one event per absence, with the same UIDs on a
//! second export. Bad input is refused with a message that names it, and nothing is half
//! written.
//!
//! Without `pdftotext` the PDF test is skipped on a developer's machine and fails in CI
//! (CI=true), where `./x setup` installs poppler-utils.

mod common;
// The export crate's readers, so both crates read a PDF and a calendar the same way.
#[path = "../../export/tests/support/readers.rs"]
mod readers;

use chrono::{Datelike, Months, NaiveDate};
use common::*;
use ical::parser::ical::component::IcalEvent;
use readers::{calendar_events, pdf_text, property};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use stint_model::duration::{hm, signed_hm};
use stint_sandbox::Sandbox;

fn json(run: Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|err| panic!("not JSON ({err}): {run:#?}"))
}

fn first_and_last(month: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = month.with_day(1).expect("day 1");
    let next = first + Months::new(1);
    (first, next.pred_opt().expect("a day before"))
}

/// Anna's absences in Personio (the sandbox's own lists): `(id, type, first day, last day)`.
fn annas_absences(sandbox: &Sandbox) -> Vec<(String, String, NaiveDate, NaiveDate)> {
    let anna = demo_employee_id(sandbox);
    let mut all: Vec<_> = sandbox
        .time_offs_of(anna)
        .into_iter()
        .map(|t| (t.id.to_string(), t.type_name, t.start, t.end))
        .collect();
    all.extend(
        sandbox
            .absence_periods_of(anna)
            .into_iter()
            .map(|p| (p.id, p.type_name, p.start.date(), p.end.date())),
    );
    all
}

/// The past month (this one or up to five before) with the most of Anna's absences, so its
/// days are due and the sheet has absences to show.
fn busy_month(sandbox: &Sandbox) -> NaiveDate {
    let today = chrono::Local::now().date_naive();
    let absences = annas_absences(sandbox);
    (0..6)
        .map(|back| first_and_last(today - Months::new(back)))
        .max_by_key(|(first, last)| {
            absences
                .iter()
                .filter(|(_, _, start, end)| start <= last && end >= first)
                .count()
        })
        .expect("six months")
        .0
}

/// `Mon 06-01`: how the English sheet labels a day.
fn day_label(date: NaiveDate) -> String {
    let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        [date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {:02}-{:02}", date.month(), date.day())
}

/// The lines of `date`'s row: from its label up to the next day's.
fn row_of(text: &str, date: NaiveDate) -> String {
    let label = day_label(date);
    let next = day_label(date.succ_opt().expect("a next day"));
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&label))
        .unwrap_or_else(|| panic!("a row for {label}:\n{text}"));
    lines[start..]
        .iter()
        .take_while(|l| !l.trim_start().starts_with(&next))
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

fn export_file(dir: &Path, out: &Path, args: &[&str]) -> Run {
    let out = out.to_str().expect("a UTF-8 path");
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out]);
    run(cli(dir, &all))
}

#[test]
fn the_timesheet_adds_up_to_the_timeline_and_lists_every_absence_of_the_month() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    connect_demo(&sandbox, d);
    let (first, last) = first_and_last(busy_month(&sandbox));
    let month = format!("{:04}-{:02}", first.year(), first.month());
    let timeline = json(
        run(cli(
            d,
            &[
                "timeline",
                "--from",
                &stint_model::iso::date(first),
                "--to",
                &stint_model::iso::date(last),
                "--format",
                "json",
            ],
        ))
        .ok("timeline"),
    );
    let totals = &timeline["totals"];
    let days = timeline["days"].as_array().expect("days");

    // CSV: one row per day, columns that add up to the timeline's totals.
    let csv_file = d.join("sheet.csv");
    let written = export_file(
        d,
        &csv_file,
        &["timesheet", "--month", &month, "--format", "csv"],
    )
    .ok("the CSV is written");
    assert!(
        written.stdout.contains("sheet.csv"),
        "says where: {written:?}"
    );
    let mut reader = csv::Reader::from_path(&csv_file).expect("a CSV file");
    let header = reader.headers().expect("a header").clone();
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every row parses");
    assert_eq!(rows.len(), days.len(), "one row per day of {month}");
    let column = |name: &str| {
        header
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("the header names {name}: {header:?}"))
    };
    for (csv_name, total) in [
        ("target_minutes", "target_minutes"),
        ("tracked_minutes", "tracked_minutes"),
        ("balance_minutes", "balance_minutes"),
    ] {
        let i = column(csv_name);
        let sum: i64 = rows
            .iter()
            .map(|r| r[i].parse::<i64>().expect("whole minutes"))
            .sum();
        assert_eq!(
            Some(sum),
            totals[total].as_i64(),
            "the CSV's {csv_name} add up to `timeline`'s total for {month}"
        );
    }
    for (row, day) in rows.iter().zip(days) {
        assert_eq!(
            Some(&row[column("date")]),
            day["date"].as_str(),
            "the rows are the timeline's days"
        );
        let types: Vec<&str> = day["absences"]
            .as_array()
            .expect("absences")
            .iter()
            .filter_map(|a| a["type"].as_str())
            .collect();
        for type_name in types {
            assert!(
                row[column("absences")].contains(type_name),
                "{} lists {type_name}: {row:?}",
                &row[column("date")]
            );
        }
    }

    // PDF: the month's totals and every absence of the month, on its day.
    let pdf_file = d.join("sheet.pdf");
    export_file(
        d,
        &pdf_file,
        &["timesheet", "--month", &month, "--format", "pdf"],
    )
    .ok("the PDF is written");
    let Some(text) = pdf_text(&pdf_file) else {
        return;
    };
    let total_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Total"))
        .unwrap_or_else(|| panic!("a totals line:\n{text}"));
    for figure in [
        hm(totals["target_minutes"].as_i64().expect("target")),
        hm(totals["tracked_minutes"].as_i64().expect("tracked")),
        signed_hm(totals["balance_minutes"].as_i64().expect("balance")),
    ] {
        assert!(
            total_line.contains(&figure),
            "the PDF's totals line has `timeline`'s {figure}: {total_line}"
        );
    }
    let mut absences_seen = 0;
    for day in days {
        let date = stint_model::iso::parse_date(day["date"].as_str().expect("a date"))
            .expect("an ISO date");
        for absence in day["absences"].as_array().expect("absences") {
            let type_name = absence["type"].as_str().expect("a type");
            assert!(
                row_of(&text, date).contains(type_name),
                "{type_name} on {date} is in the PDF:\n{}",
                row_of(&text, date)
            );
            absences_seen += 1;
        }
    }
    assert!(absences_seen > 0, "the month chosen has absences to show");
    let employee = status_json(d)["employee"].clone();
    let name = format!(
        "{} {}",
        employee["first_name"].as_str().expect("a first name"),
        employee["last_name"].as_str().expect("a last name")
    );
    assert!(
        text.contains(&name),
        "the employee {name} is named:\n{text}"
    );
    assert!(
        text.contains("Time-off balance (days)") && text.contains("Running balance since"),
        "the balances are there:\n{text}"
    );

    // German: the same figures under German words.
    let german = d.join("sheet-de.pdf");
    export_file(
        d,
        &german,
        &[
            "timesheet",
            "--month",
            &month,
            "--format",
            "pdf",
            "--lang",
            "de",
        ],
    )
    .ok("the German PDF is written");
    let text = pdf_text(&german).expect("pdftotext ran above");
    assert!(
        text.contains("Arbeitszeitnachweis"),
        "a German title:\n{text}"
    );
    let summe = text
        .lines()
        .find(|l| l.trim_start().starts_with("Summe"))
        .unwrap_or_else(|| panic!("a German totals line:\n{text}"));
    assert!(
        summe.contains(&hm(totals["target_minutes"].as_i64().expect("target"))),
        "the same target: {summe}"
    );
    assert!(text.contains("Übertrag"), "umlauts come through:\n{text}");
}

fn events(file: &Path) -> Vec<IcalEvent> {
    calendar_events(&std::fs::read(file).expect("the calendar file"))
}

fn uids(events: &[IcalEvent]) -> BTreeSet<String> {
    events.iter().map(|e| property(e, "UID")).collect()
}

#[test]
fn the_absence_calendar_has_one_event_per_absence_and_keeps_its_uids() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    connect_demo(&sandbox, d);
    let today = chrono::Local::now().date_naive();
    let (from, to) = (today - Months::new(3), today + Months::new(3));
    let expected: Vec<_> = annas_absences(&sandbox)
        .into_iter()
        .filter(|(_, _, start, end)| *start <= to && *end >= from)
        .collect();
    assert!(
        expected.len() > 2,
        "setup: the demo has absences around today"
    );

    let range = [
        "absences",
        "--from",
        &stint_model::iso::date(from),
        "--to",
        &stint_model::iso::date(to),
        "--format",
        "ics",
    ];
    let file = d.join("absences.ics");
    export_file(d, &file, &range).ok("the calendar is written");
    let first = events(&file);
    assert_eq!(
        first.len(),
        expected.len(),
        "one event per absence Personio has in the range"
    );
    let first_uids = uids(&first);
    assert_eq!(first_uids.len(), first.len(), "no two events share a UID");
    for (id, type_name, _, _) in &expected {
        assert!(
            first_uids.iter().any(|uid| uid.contains(id.as_str())),
            "{type_name} {id} has an event whose UID is made from its id: {first_uids:?}"
        );
    }
    let anna = sandbox
        .employees()
        .into_iter()
        .find(|e| e.email == sandbox.credentials().email)
        .expect("the demo employee exists")
        .id;
    let hour_based: Vec<_> = sandbox
        .absence_periods_of(anna)
        .into_iter()
        .filter(|p| p.start.date() <= to && p.end.date() >= from)
        .collect();
    assert!(
        !hour_based.is_empty(),
        "setup: the demo has hour-based absences in the range"
    );
    for period in &hour_based {
        let event = first
            .iter()
            .find(|e| property(e, "UID").contains(&period.id))
            .unwrap_or_else(|| panic!("an event for hour-based absence {}", period.id));
        let wall = |at: chrono::NaiveDateTime| at.format("%Y%m%dT%H%M%S").to_string();
        assert_eq!(
            (property(event, "DTSTART"), property(event, "DTEND")),
            (wall(period.start), wall(period.end)),
            "hour-based {} is a timed event at Personio's wall-clock times, floating (no Z)",
            period.id
        );
    }

    run(cli(d, &["sync"])).ok("a sync in between");
    let again = d.join("again.ics");
    export_file(d, &again, &range).ok("the calendar is written again");
    assert_eq!(
        uids(&events(&again)),
        first_uids,
        "a second export has the same UIDs, so a re-import updates instead of duplicating"
    );
}

#[test]
fn the_users_own_absences_are_events_named_by_their_ids() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut ids = Vec::new();
    for (from, to) in [("2026-03-02", "2026-03-06"), ("2026-03-20", "2026-03-20")] {
        let added = run(cli(
            d,
            &[
                "absences", "add", "--type", "Urlaub", "--from", from, "--to", to,
            ],
        ))
        .ok("an absence is added");
        let id = added
            .stdout
            .split_whitespace()
            .nth(1)
            .expect("`Absence N added`")
            .to_owned();
        ids.push(id);
    }
    let file = d.join("own.ics");
    export_file(
        d,
        &file,
        &["absences", "--from", "2026-03-01", "--to", "2026-03-31"],
    )
    .ok("ics is the default format");
    let found = uids(&events(&file));
    let want: BTreeSet<String> = ids
        .iter()
        .map(|id| format!("manual-{id}@stint.app"))
        .collect();
    assert_eq!(found, want, "one event per own absence, by its id");
}

/// The calendar gives German holiday names; an English PDF says them in English, the CSV keeps
/// them as the timeline gives them.
#[test]
fn an_english_timesheet_names_the_holidays_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    run(cli(d, &["config", "set", "holiday_region", "DE-BY"])).ok("region set");
    let pdf = d.join("december.pdf");
    export_file(
        d,
        &pdf,
        &[
            "timesheet",
            "--month",
            "2026-12",
            "--format",
            "pdf",
            "--lang",
            "en",
        ],
    )
    .ok("the English PDF is written");
    let Some(text) = pdf_text(&pdf) else {
        return;
    };
    for english in ["Christmas Day", "St Stephen's Day"] {
        assert!(text.contains(english), "the PDF names {english}:\n{text}");
    }
    assert!(
        !text.contains("Weihnachtsfeiertag"),
        "no German name left:\n{text}"
    );
    let csv = d.join("december.csv");
    export_file(
        d,
        &csv,
        &["timesheet", "--month", "2026-12", "--format", "csv"],
    )
    .ok("the CSV is written");
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.contains("Erster Weihnachtsfeiertag"), "{csv}");
}

#[test]
fn bad_input_is_refused_by_name_and_nothing_is_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.join("kept.csv");
    std::fs::write(&out, "the file from before").expect("setup file");

    for month in ["2026-13", "2026-6", "June"] {
        let refused = export_file(d, &out, &["timesheet", "--month", month, "--format", "csv"]);
        assert_eq!(refused.code, Some(1), "{month} is refused: {refused:?}");
        assert!(
            refused
                .stderr
                .contains(&format!("--month `{month}` is not a month")),
            "the message names the value: {refused:?}"
        );
    }
    let backwards = export_file(
        d,
        &out,
        &["absences", "--from", "2026-06-30", "--to", "2026-06-01"],
    );
    assert_eq!(backwards.code, Some(1), "{backwards:?}");
    assert!(
        backwards
            .stderr
            .contains("--to 2026-06-01 is before --from 2026-06-30"),
        "says which way round: {backwards:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&out).expect("still there"),
        "the file from before",
        "a refused export leaves the file alone"
    );

    let missing = d.join("no-such-folder").join("sheet.pdf");
    let refused = export_file(
        d,
        &missing,
        &["timesheet", "--month", "2026-06", "--format", "pdf"],
    );
    assert_eq!(refused.code, Some(1), "{refused:?}");
    assert!(
        refused.stderr.contains("no-such-folder") && refused.stderr.contains("does not exist"),
        "names the missing folder: {refused:?}"
    );
    let folder = export_file(
        d,
        d,
        &["timesheet", "--month", "2026-06", "--format", "pdf"],
    );
    assert_eq!(folder.code, Some(1), "{folder:?}");
    assert!(
        folder.stderr.contains("is a folder"),
        "a folder is no file: {folder:?}"
    );

    export_file(
        d,
        &out,
        &["timesheet", "--month", "2026-06", "--format", "csv"],
    )
    .ok("a good export replaces the file");
    assert!(
        std::fs::read_to_string(&out)
            .expect("the new file")
            .starts_with("date,"),
        "the file is the new CSV"
    );
    let left: Vec<String> = std::fs::read_dir(d)
        .expect("the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "no temporary file stays behind: {left:?}");
}
