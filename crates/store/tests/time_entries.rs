//! Time entries and the running timer: CRUD and shape validation.

mod common;

use chrono::Duration;
use stint_store::{NewTimeEntry, RunningTimer, StoreError};

use common::{day, local, now, temp_store};

fn entry(start: &str, end: Option<&str>, minutes: u32) -> NewTimeEntry {
    NewTimeEntry {
        start: local(start),
        end: end.map(local),
        minutes,
        note: format!("from {start}"),
    }
}

#[test]
fn time_entries_crud_and_range() {
    let (_dir, mut store) = temp_store();
    let feb = store
        .add_time_entry(
            &entry("2026-02-28 23:00", Some("2026-03-01 01:00"), 120),
            now(),
        )
        .expect("add");
    let morning = store
        .add_time_entry(
            &entry("2026-03-02 09:00", Some("2026-03-02 12:30"), 180),
            now(),
        )
        .expect("add");
    let late = store
        .add_time_entry(&entry("2026-03-31 23:59", None, 30), now())
        .expect("add a duration-only entry");
    store
        .add_time_entry(&entry("2026-04-01 00:00", None, 30), now())
        .expect("add");

    let march = store
        .time_entries_between(day("2026-03-01"), day("2026-03-31"))
        .expect("range");
    assert_eq!(
        march.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![morning, late],
        "entries are picked by their start day, both ends inclusive"
    );
    assert_eq!(
        march[0].minutes, 180,
        "minutes may be less than the span (a break)"
    );

    let later = now() + Duration::hours(1);
    store
        .update_time_entry(
            morning,
            &entry("2026-03-02 08:00", Some("2026-03-02 12:30"), 270),
            later,
        )
        .expect("update");
    let updated = store.time_entry(morning).expect("get").expect("exists");
    assert_eq!(
        (
            updated.start,
            updated.minutes,
            updated.created_at,
            updated.updated_at
        ),
        (local("2026-03-02 08:00"), 270, now(), later),
        "update rewrites fields and updated_at, keeps created_at"
    );

    store.delete_time_entry(feb).expect("delete");
    assert_eq!(store.time_entry(feb).expect("get"), None, "deleted");
    assert!(
        matches!(
            store.delete_time_entry(feb),
            Err(StoreError::NotFound {
                table: "time_entries",
                ..
            })
        ),
        "a second delete reports the missing row"
    );
}

#[test]
fn time_entry_validation() {
    let (_dir, mut store) = temp_store();
    let cases = [
        (
            entry("2026-03-02 12:00", Some("2026-03-02 11:00"), 0),
            "time_entries.ends_at",
            "end before start",
        ),
        (
            entry("2026-03-02 09:00", Some("2026-03-02 10:00"), 61),
            "time_entries.minutes",
            "more minutes than the span",
        ),
        (
            entry("2026-03-02 09:00", None, 1441),
            "time_entries.minutes",
            "more than a day",
        ),
    ];
    for (bad, field, why) in cases {
        let err = store.add_time_entry(&bad, now()).expect_err(why);
        assert!(
            err.to_string().contains(field),
            "{why}: the error names {field}: {err}"
        );
    }
    assert!(
        store
            .time_entries_between(day("2026-03-01"), day("2026-03-31"))
            .expect("range")
            .is_empty(),
        "nothing invalid was written"
    );
}

#[test]
fn running_timer_set_get_clear() {
    let (_dir, mut store) = temp_store();
    assert_eq!(
        store.running_timer().expect("get"),
        None,
        "no timer at first"
    );
    let mut timer = RunningTimer {
        started_at: local("2026-03-02 09:00"),
        paused_at: None,
        paused_seconds: 0,
        note: "deep work".to_owned(),
    };
    store.set_running_timer(&timer).expect("start");
    timer.paused_at = Some(local("2026-03-02 10:00"));
    timer.paused_seconds = 600;
    store.set_running_timer(&timer).expect("pause");
    let stored = store.running_timer().expect("get").expect("set");
    assert_eq!(stored, timer, "the latest state replaces the earlier one");
    assert_eq!(
        stored.elapsed_seconds(local("2026-03-02 17:00")),
        3000,
        "while paused: an hour from start to pause, less 10 minutes of earlier pauses"
    );

    timer.paused_at = Some(local("2026-03-02 08:00"));
    assert!(
        store.set_running_timer(&timer).is_err(),
        "a pause before the start is refused"
    );
    store.clear_running_timer().expect("stop");
    assert_eq!(store.running_timer().expect("get"), None, "cleared");
    store.clear_running_timer().expect("clearing twice is fine");
}
