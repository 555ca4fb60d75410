//! Time tracking against a real data directory: the timer survives a restart, pauses do not
//! count, stopping books an entry the timeline counts, and entries edit with the add rules.

mod common;

use chrono::{Duration, Local, NaiveDate, TimeZone};
use std::sync::Arc;
use stint_core::clock::ManualClock;
use stint_core::{CoreError, Stint};
use stint_model::{TimeEntryInput, TimerStatus};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 2).expect("a Tuesday")
}

fn nine() -> Arc<ManualClock> {
    let start = Local
        .from_local_datetime(&day().and_hms_opt(9, 0, 0).expect("09:00"))
        .earliest()
        .expect("09:00 exists locally");
    Arc::new(ManualClock::new(start))
}

fn field_of(err: CoreError) -> &'static str {
    match err {
        CoreError::Invalid { field, .. } => field,
        other => panic!("expected an input error, got {other:?}"),
    }
}

fn tracked_on(stint: &Stint, date: NaiveDate) -> u32 {
    stint.timeline(date, date).expect("the timeline loads").days[0].tracked_minutes
}

#[test]
fn the_timer_survives_a_restart_with_the_same_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let started = common::open_at(dir.path(), clock.clone())
        .timer_start("  standup ")
        .expect("a first timer starts");
    clock.advance(Duration::minutes(5));
    let again = common::open_at(dir.path(), clock.clone())
        .timer_state()
        .expect("the timer state loads")
        .expect("the timer is still there after reopening the data dir");
    assert_eq!(
        again.started_at, started.started_at,
        "same start after restart"
    );
    assert_eq!(again.status, TimerStatus::Running, "still running");
    assert_eq!(again.elapsed_seconds, 300, "five minutes passed meanwhile");
    assert_eq!(again.note, "standup", "the note is kept, trimmed");
}

#[test]
fn starting_twice_or_pausing_nothing_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    let err = stint.timer_pause().expect_err("nothing to pause");
    assert!(
        err.to_string().contains("No timer is running"),
        "says why: {err}"
    );
    assert!(stint.timer_stop().is_err(), "nothing to stop");
    stint.timer_start("").expect("starts");
    let err = stint
        .timer_start("again")
        .expect_err("a second timer is refused");
    assert_eq!(
        err.to_string(),
        "A timer is already running since 09:00; stop it before starting another",
        "the message names when the running one started"
    );
    assert!(
        stint.timer_resume().is_err(),
        "a running timer cannot resume"
    );
    stint.timer_pause().expect("pauses");
    assert!(
        stint.timer_pause().is_err(),
        "a paused timer cannot pause again"
    );
}

/// A listed time of day as `HH:MM`.
fn hm(at: Option<chrono::NaiveTime>) -> Option<String> {
    at.map(stint_model::iso::time_of_day)
}

#[test]
fn paused_time_does_not_count_and_stop_books_an_entry_the_timeline_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    stint.timer_start("feature").expect("starts");
    clock.advance(Duration::minutes(30));
    stint.timer_pause().expect("pauses");
    clock.advance(Duration::minutes(45));
    let paused = stint.timer_resume().expect("resumes");
    assert_eq!(paused.elapsed_seconds, 30 * 60, "the pause does not count");
    clock.advance(Duration::minutes(20));
    let booked = stint.timer_stop().expect("stops");
    assert!(
        stint.timer_state().expect("loads").is_none(),
        "no timer after stop"
    );
    let entries = stint.time_entries(day(), day()).expect("entries load");
    assert_eq!(entries.len(), 1, "one entry booked");
    let entry = &entries[0];
    assert_eq!(entry, &booked, "stop answers the entry as listed");
    assert_eq!(
        (hm(entry.start), hm(entry.end), entry.minutes),
        (Some("09:00".into()), Some("10:35".into()), 50),
        "from the start to now, booking 30 + 20 worked minutes"
    );
    assert_eq!(entry.note, "feature", "the note carries over");
    assert_eq!(
        tracked_on(&stint, day()),
        50,
        "the timeline counts the booked minutes"
    );
}

#[test]
fn a_timer_stopped_within_its_first_minute_books_one_minute() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    stint.timer_start("quick").expect("starts");
    clock.advance(Duration::seconds(10));
    stint.timer_stop().expect("a short timer still stops");
    let entries = stint.time_entries(day(), day()).expect("entries load");
    assert_eq!(entries[0].minutes, 1, "never an empty entry");
    assert_eq!(
        hm(entries[0].end),
        Some("09:01".into()),
        "ends a minute after its start"
    );
}

#[test]
fn a_timer_forgotten_for_more_than_a_day_cannot_stop_but_can_be_discarded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    stint.timer_start("forgotten").expect("starts");
    clock.advance(Duration::hours(30));
    let err = stint.timer_stop().expect_err("30 h is no single entry");
    assert!(
        err.to_string().contains("discard"),
        "says what to do: {err}"
    );
    stint.timer_discard().expect("discards");
    assert!(
        stint.timer_state().expect("loads").is_none(),
        "gone after discard"
    );
}

#[test]
fn the_note_of_a_running_timer_can_change_and_the_entry_says_the_last_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    assert_eq!(
        field_of(stint.timer_set_note("x").expect_err("no timer yet")),
        "timer",
        "nothing to change without a timer"
    );
    stint.timer_start("standup").expect("starts");
    clock.advance(Duration::minutes(20));
    let view = stint
        .timer_set_note("  standup and review ")
        .expect("the note changes while running");
    assert_eq!(view.note, "standup and review", "trimmed like at start");
    assert_eq!(view.elapsed_seconds, 20 * 60, "the timer keeps running");
    let booked = stint.timer_stop().expect("stops");
    let entries = stint.time_entries(day(), day()).expect("entries load");
    let entry = entries.iter().find(|e| e.id == booked.id).expect("booked");
    assert_eq!(
        entry.note, "standup and review",
        "the entry says the new note"
    );
}

#[test]
fn entries_edit_with_the_same_rules_as_add_and_the_timeline_follows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = nine();
    let stint = common::open_at(dir.path(), clock.clone());
    let mut input = TimeEntryInput {
        date: day(),
        start: Some("09:00".into()),
        end: Some("10:30".into()),
        minutes: None,
        note: "review".into(),
    };
    let id = stint
        .add_time_entry(&input)
        .expect("a valid entry adds")
        .id
        .expect("a local entry has an id");
    assert_eq!(tracked_on(&stint, day()), 90, "09:00–10:30 is 90 minutes");
    input.end = Some("11:00".into());
    stint.update_time_entry(id, &input).expect("edits");
    assert_eq!(
        tracked_on(&stint, day()),
        120,
        "the edit counts, not the old span"
    );

    let too_many = TimeEntryInput {
        date: day(),
        start: Some("09:00".into()),
        end: Some("10:00".into()),
        minutes: Some(90),
        note: String::new(),
    };
    for (why, result) in [
        ("add", stint.add_time_entry(&too_many)),
        ("update", stint.update_time_entry(id, &too_many)),
    ] {
        let err = result.expect_err("90 minutes do not fit into one hour");
        assert_eq!(field_of(err), "minutes", "{why} marks the minutes field");
    }
    let err = stint
        .update_time_entry(id + 100, &too_many)
        .expect_err("no such entry");
    assert_eq!(
        field_of(err),
        "minutes",
        "validation comes before the lookup"
    );
    input.end = Some("10:00".into());
    let err = stint
        .update_time_entry(id + 100, &input)
        .expect_err("no such entry");
    assert_eq!(
        field_of(err),
        "id",
        "a missing entry is named, not an internal error"
    );

    stint.delete_time_entry(id).expect("deletes");
    assert_eq!(
        tracked_on(&stint, day()),
        0,
        "a deleted entry no longer counts"
    );
}

#[tokio::test]
async fn deleting_an_entry_that_is_gone_is_an_input_error_not_an_internal_one() {
    let dir = tempfile::tempdir().unwrap();
    let stint = common::open(dir.path());
    let err = stint
        .delete_time_entry(424_242)
        .expect_err("there is no entry 424242");
    assert_eq!(
        err.code(),
        stint_model::ErrorCode::InvalidInput,
        "a stale id is the user's input, not a broken app: {err}"
    );
    assert_eq!(
        stint_model::IpcError::from(&err).field.as_deref(),
        Some("id"),
        "the UI learns which input was stale"
    );
}
