//! `replace_personio_window`: what a sync writes, counts, removes, keeps — and rolls back.

mod common;

use stint_store::{SyncCounts, WeeklyMinutes};

use common::{day, day_absence, hour_absence, snapshot, temp_store};

const FROM: &str = "2026-03-01";
const TO: &str = "2026-03-31";

fn ids(absences: &[stint_store::StoredAbsence]) -> Vec<&str> {
    absences.iter().map(|a| a.source_id.as_str()).collect()
}

#[test]
fn first_sync_adds_everything_and_reads_back_equal() {
    let (_dir, mut store) = temp_store();
    let snap = snapshot(vec![
        day_absence("101", "2026-03-02", "2026-03-03"),
        hour_absence("uuid-a", "2026-03-10", 120),
    ]);
    let counts = store
        .replace_personio_window(0, day(FROM), day(TO), &snap)
        .expect("sync applies");
    assert_eq!(
        counts,
        SyncCounts {
            added: 2,
            changed: 0,
            removed: 0,
            schedule_changed: true
        },
        "into an empty store everything is new, the schedule included"
    );
    assert_eq!(
        store
            .personio_absences_between(day(FROM), day(TO))
            .expect("read"),
        snap.absences,
        "absences read back exactly as written, per-day minutes included"
    );
    assert_eq!(
        store.profile().expect("profile"),
        Some(snap.profile.clone()),
        "profile stored"
    );
    assert_eq!(
        store.personio_schedule().expect("schedule"),
        Some(snap.schedule.clone()),
        "schedule stored"
    );
    assert_eq!(
        store.balances().expect("balances"),
        snap.balances,
        "balances stored"
    );
    let mut types = snap.types.clone();
    types.sort_by(|a, b| a.name.cmp(&b.name));
    assert_eq!(
        store.absence_types().expect("types"),
        types,
        "types stored, by name"
    );
    assert!(
        store.is_personio_connected().expect("connected"),
        "a profile means connected"
    );
}

#[test]
fn resync_counts_added_changed_removed() {
    let (_dir, mut store) = temp_store();
    let first = snapshot(vec![
        day_absence("keep", "2026-03-02", "2026-03-02"),
        day_absence("edit", "2026-03-05", "2026-03-06"),
        day_absence("gone", "2026-03-09", "2026-03-09"),
        hour_absence("hours", "2026-03-12", 60),
    ]);
    store
        .replace_personio_window(0, day(FROM), day(TO), &first)
        .expect("first sync");

    let mut edited = day_absence("edit", "2026-03-05", "2026-03-06");
    edited.status = "pending".to_owned();
    let second = snapshot(vec![
        day_absence("keep", "2026-03-02", "2026-03-02"),
        edited,
        hour_absence("hours", "2026-03-12", 90),
        day_absence("new", "2026-03-20", "2026-03-20"),
    ]);
    let counts = store
        .replace_personio_window(0, day(FROM), day(TO), &second)
        .expect("second sync");
    assert_eq!(
        counts,
        SyncCounts {
            added: 1,
            changed: 2,
            removed: 1,
            schedule_changed: false
        },
        "new: 'new'; changed: 'edit' (status) and 'hours' (minutes only); removed: 'gone'"
    );
    let stored = store
        .personio_absences_between(day(FROM), day(TO))
        .expect("read");
    assert_eq!(
        stored, second.absences,
        "the window now holds exactly the second snapshot, in start order"
    );

    let again = store
        .replace_personio_window(0, day(FROM), day(TO), &second)
        .expect("third sync");
    assert_eq!(
        again,
        SyncCounts::default(),
        "syncing the same data again changes nothing"
    );
}

#[test]
fn period_deleted_on_the_server_disappears() {
    let (_dir, mut store) = temp_store();
    store
        .replace_personio_window(
            0,
            day(FROM),
            day(TO),
            &snapshot(vec![hour_absence("cancelled", "2026-03-04", 240)]),
        )
        .expect("first sync");
    let counts = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![]))
        .expect("sync after the server deleted it");
    assert_eq!(
        counts.removed, 1,
        "the missing period is counted as removed"
    );
    assert!(
        store
            .personio_absences_between(day(FROM), day(TO))
            .expect("read")
            .is_empty(),
        "a period Personio no longer returns must not linger in the timeline"
    );
}

#[test]
fn absences_outside_the_window_survive() {
    let (_dir, mut store) = temp_store();
    store
        .replace_personio_window(
            0,
            day("2026-01-01"),
            day("2026-12-31"),
            &snapshot(vec![
                day_absence("feb", "2026-02-10", "2026-02-12"),
                day_absence("mar", "2026-03-10", "2026-03-10"),
                day_absence("straddles", "2026-02-27", "2026-03-02"),
                day_absence("apr", "2026-04-01", "2026-04-03"),
            ]),
        )
        .expect("a year-wide sync");

    let counts = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![]))
        .expect("a March-only sync that returns nothing");
    assert_eq!(
        counts.removed, 2,
        "only 'mar' and 'straddles' (which overlaps March) lie in the window"
    );
    let left = store
        .personio_absences_between(day("2026-01-01"), day("2026-12-31"))
        .expect("read year");
    assert_eq!(
        ids(&left),
        vec!["feb", "apr"],
        "absences entirely outside the synced window are left alone"
    );
}

#[test]
fn failed_sync_rolls_back_everything() {
    let (_dir, mut store) = temp_store();
    let before = snapshot(vec![
        day_absence("old-1", "2026-03-02", "2026-03-02"),
        hour_absence("old-2", "2026-03-03", 30),
    ]);
    store
        .replace_personio_window(0, day(FROM), day(TO), &before)
        .expect("good sync");

    // Profile, schedule, balances and the first absences are written before the bad one.
    let mut bad = snapshot(vec![
        day_absence("new-1", "2026-03-10", "2026-03-10"),
        day_absence("new-2", "2026-03-11", "2026-03-11"),
        day_absence("backwards", "2026-03-20", "2026-03-18"),
    ]);
    bad.profile.email = "changed@example.com".to_owned();
    bad.schedule.minutes = WeeklyMinutes([300; 7]);
    bad.balances[0].balance = 0.0;
    let err = store
        .replace_personio_window(0, day(FROM), day(TO), &bad)
        .expect_err("an absence ending before it starts is refused");
    assert!(
        err.to_string().contains("backwards"),
        "the error names the offending absence: {err}"
    );

    assert_eq!(
        store
            .personio_absences_between(day(FROM), day(TO))
            .expect("read"),
        before.absences,
        "no absence of the failed sync was kept and none of the old was removed"
    );
    assert_eq!(
        store.profile().expect("profile"),
        Some(before.profile.clone()),
        "the profile written before the failure was rolled back"
    );
    assert_eq!(
        store.personio_schedule().expect("schedule"),
        Some(before.schedule.clone()),
        "the schedule written before the failure was rolled back"
    );
    assert_eq!(
        store.balances().expect("balances"),
        before.balances,
        "the balances written before the failure were rolled back"
    );
}

#[test]
fn duplicate_source_id_in_snapshot_rolls_back() {
    let (_dir, mut store) = temp_store();
    let before = snapshot(vec![day_absence("a", "2026-03-02", "2026-03-02")]);
    store
        .replace_personio_window(0, day(FROM), day(TO), &before)
        .expect("good sync");
    let bad = snapshot(vec![
        day_absence("b", "2026-03-05", "2026-03-05"),
        day_absence("b", "2026-03-06", "2026-03-06"),
    ]);
    let err = store
        .replace_personio_window(0, day(FROM), day(TO), &bad)
        .expect_err("one id twice is ambiguous");
    assert!(err.to_string().contains("twice"), "says why: {err}");
    assert_eq!(
        ids(&store
            .personio_absences_between(day(FROM), day(TO))
            .expect("read")),
        vec!["a"],
        "'a' is not removed and 'b' is not inserted by a failed sync"
    );
}

#[test]
fn minutes_outside_the_absence_are_refused() {
    let (_dir, mut store) = temp_store();
    let mut odd = hour_absence("u", "2026-03-04", 60);
    odd.minutes_by_day.push((day("2026-03-05"), 30));
    let err = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![odd]))
        .expect_err("minutes on a day the absence does not cover");
    assert!(
        err.to_string().contains("personio_absence_minutes.date"),
        "the error names table and field: {err}"
    );
    assert!(
        !store.is_personio_connected().expect("connected"),
        "the failed first sync left no profile behind"
    );
}

#[test]
fn window_ending_before_it_starts_is_refused() {
    let (_dir, mut store) = temp_store();
    let err = store
        .replace_personio_window(0, day(TO), day(FROM), &snapshot(vec![]))
        .expect_err("a reversed window");
    assert!(
        err.to_string().contains("window"),
        "says it is the window: {err}"
    );
}

#[test]
fn sqlite_constraint_failure_mid_sync_rolls_back() {
    // Two balances for one type pass the Rust checks but hit the table's primary key, after the
    // profile, schedule and types were already written in the same transaction.
    let (_dir, mut store) = temp_store();
    let before = snapshot(vec![day_absence("a", "2026-03-02", "2026-03-02")]);
    store
        .replace_personio_window(0, day(FROM), day(TO), &before)
        .expect("good sync");
    let mut bad = snapshot(vec![]);
    bad.profile.first_name = "Changed".to_owned();
    bad.types.clear();
    bad.balances.push(bad.balances[0].clone());
    let err = store
        .replace_personio_window(0, day(FROM), day(TO), &bad)
        .expect_err("a duplicate balance violates the primary key");
    assert!(
        err.to_string().contains("personio_balances"),
        "the SQLite error names the table: {err}"
    );
    assert_eq!(
        store.profile().expect("profile"),
        Some(before.profile.clone()),
        "the profile written before the SQLite error was rolled back"
    );
    assert_eq!(
        store.absence_types().expect("types").len(),
        2,
        "the cleared types came back"
    );
    assert_eq!(
        ids(&store
            .personio_absences_between(day(FROM), day(TO))
            .expect("read")),
        vec!["a"],
        "the absence was not removed"
    );
}
