//! Odd input at the core's one API (issue 12), as the app and `stint-cli` both reach it: every
//! refusal is an input error naming the field and its limit, nothing is stored, and nothing is
//! sent to Personio for a field that could never be right.

mod common;

use chrono::NaiveDate;
use stint_core::CoreError;
use stint_model::{ConnectRequest, ManualAbsenceInput, TimeEntryInput};

/// The field and message of an input error; anything else fails the test.
fn invalid<T: std::fmt::Debug>(result: Result<T, CoreError>, why: &str) -> (&'static str, String) {
    match result {
        Err(CoreError::Invalid { field, message }) => (field, message),
        other => panic!("{why} must be refused as bad input, got {other:?}"),
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 8, d).expect("a real date")
}

#[test]
fn an_over_long_note_is_refused_on_add_and_on_edit() {
    let dir = tempfile::tempdir().unwrap();
    let stint = common::open(dir.path());
    let entry = |note: String| TimeEntryInput {
        date: day(3),
        start: Some("09:00".into()),
        end: Some("10:00".into()),
        minutes: None,
        note,
    };
    let kept = stint
        .add_time_entry(&entry("x".repeat(2000)))
        .expect("2000 characters are a note");

    let (field, message) = invalid(
        stint.add_time_entry(&entry("x".repeat(2001))),
        "a 2001-character note",
    );
    assert_eq!(field, "note", "the note field is marked");
    assert!(
        message.starts_with("Note is longer than 2000 characters"),
        "names the field and its limit: {message}"
    );
    let (field, _) = invalid(
        stint.update_time_entry(kept.id.expect("a local entry"), &entry("ü".repeat(5000))),
        "an edit to a 5000-character note",
    );
    assert_eq!(field, "note", "edits follow the add rule");
    let stored = stint.time_entries(day(1), day(31)).expect("entries read");
    assert_eq!(
        stored.iter().map(|e| e.note.len()).collect::<Vec<_>>(),
        vec![2000],
        "only the valid entry is stored, unchanged"
    );
}

#[test]
fn bad_absences_are_refused_and_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let stint = common::open(dir.path());
    let absence = |name: String, to, start, end| ManualAbsenceInput {
        type_name: name,
        from: day(3),
        to: day(to),
        half_day_start: start,
        half_day_end: end,
    };
    for (input, field, words) in [
        (
            absence("Urlaub".into(), 3, true, true),
            "halfDay",
            "A one-day absence cannot be half on both ends: mark one half day, or neither for \
             the whole day",
        ),
        (
            absence("U".repeat(101), 3, false, false),
            "type",
            "Absence type is longer than 100 characters",
        ),
    ] {
        let (got, message) = invalid(stint.add_manual_absence(&input), &format!("{input:?}"));
        assert_eq!(got, field, "the form marks this field: {message}");
        assert!(message.starts_with(words), "says the rule: {message}");
    }
    stint
        .add_manual_absence(&absence("Urlaub".into(), 4, true, true))
        .expect("half days on both ends of a two-day absence are fine");
    assert_eq!(
        stint.manual_absences().expect("absences read").len(),
        1,
        "the refused ones left nothing behind"
    );
}

fn entry_json(date: &str) -> serde_json::Value {
    serde_json::json!({"date": date, "minutes": 60, "note": ""})
}

fn absence_json(from: &str) -> serde_json::Value {
    serde_json::json!({
        "type_name": "Urlaub", "from": from, "to": "2026-01-02",
        "half_day_start": false, "half_day_end": false,
    })
}

#[test]
fn years_are_four_digits_in_every_date_the_core_takes() {
    let dir = tempfile::tempdir().unwrap();
    let stint = common::open(dir.path());
    serde_json::from_value::<TimeEntryInput>(entry_json("2026-01-01"))
        .expect("the JSON is an entry when the date is one");
    serde_json::from_value::<ManualAbsenceInput>(absence_json("2026-01-01"))
        .expect("the JSON is an absence when the date is one");
    for short in ["26-1-1", "26-01-01", "+26-01-01", "026-01-01"] {
        let err = stint
            .config_set("balance_start", short)
            .expect_err("a short year is no start date");
        assert!(
            err.to_string().contains(&format!("`{short}`")),
            "names the value: {err}"
        );
        // The app's forms send dates as JSON; the same reader refuses them there.
        assert!(
            serde_json::from_value::<TimeEntryInput>(entry_json(short)).is_err(),
            "`{short}` is not the year 26 in an entry"
        );
        assert!(
            serde_json::from_value::<ManualAbsenceInput>(absence_json(short)).is_err(),
            "`{short}` is not the year 26 in an absence"
        );
    }
}

#[tokio::test]
async fn over_long_or_credentialed_connect_input_never_reaches_personio() {
    let sandbox = common::sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = common::open(dir.path());
    let good = common::demo_request(&sandbox);
    let with = |change: &dyn Fn(&mut ConnectRequest)| {
        let mut request = good.clone();
        change(&mut request);
        request
    };
    for (request, field, words) in [
        (
            with(&|r| r.email = format!("{}@firma.de", "a".repeat(100_000))),
            "email",
            "Email is longer than 254 characters",
        ),
        (
            with(&|r| r.client_id = "i".repeat(201)),
            "clientId",
            "Client id is longer than 200 characters",
        ),
        (
            with(&|r| r.client_secret = "s".repeat(501)),
            "clientSecret",
            "Client secret is longer than 500 characters",
        ),
        (
            with(&|r| r.base_url = Some(sandbox.base_url().replacen("://", "://anna:hunter2@", 1))),
            "baseUrl",
            "Base URL must not contain a user name or password",
        ),
    ] {
        let (got, message) = invalid(stint.connect(&request).await, words);
        assert_eq!(got, field, "the form marks this field: {message}");
        assert!(
            message.starts_with(words),
            "names it and its limit: {message}"
        );
        assert!(
            message.len() < 300 && !message.contains("hunter2") && !message.contains("sss"),
            "neither the input nor a secret is repeated: {message}"
        );
    }
    assert!(
        sandbox.requests().is_empty(),
        "nothing was sent for input that could never be right: {:?}",
        sandbox.requests()
    );
    assert!(!stint.is_connected(), "and nothing was stored");
}
