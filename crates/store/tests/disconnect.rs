//! `clear_personio`: disconnecting forgets Personio and the sync history, and nothing else.

mod common;

use stint_store::{
    NewManualAbsence, NewSyncRun, NewTimeEntry, RunningTimer, SyncCounts, SyncOutcome, SyncTrigger,
    WeeklyMinutes,
};

use common::{day, day_absence, hour_absence, local, now, snapshot, temp_store};

#[test]
fn clear_personio_leaves_manual_data_exactly_as_it_was() {
    let (_dir, mut store) = temp_store();
    let week = WeeklyMinutes([450, 450, 450, 450, 240, 0, 0]);
    store.set_manual_weekly_minutes(week).expect("week");
    store
        .add_manual_absence(
            &NewManualAbsence {
                type_name: "Vacation".to_owned(),
                category: None,
                start: day("2026-03-09"),
                end: day("2026-03-13"),
                half_day_start: false,
                half_day_end: true,
            },
            now(),
        )
        .expect("manual absence");
    store
        .add_time_entry(
            &NewTimeEntry {
                start: local("2026-03-02 09:00"),
                end: Some(local("2026-03-02 12:00")),
                minutes: 180,
                note: "planning".to_owned(),
            },
            now(),
        )
        .expect("time entry");
    store
        .set_running_timer(&RunningTimer {
            started_at: local("2026-03-02 13:00"),
            paused_at: None,
            paused_seconds: 0,
            note: String::new(),
        })
        .expect("timer");
    let manual_before = store.manual_absences().expect("read");
    let entries_before = store
        .time_entries_between(day("2026-03-01"), day("2026-03-31"))
        .expect("read");
    let timer_before = store.running_timer().expect("read");

    store
        .replace_personio_window(
            0,
            day("2026-03-01"),
            day("2026-03-31"),
            &snapshot(vec![
                day_absence("1", "2026-03-16", "2026-03-17"),
                hour_absence("u", "2026-03-18", 60),
            ]),
        )
        .expect("sync");
    store
        .record_sync_run(
            0,
            &NewSyncRun {
                trigger: SyncTrigger::Connect,
                started_at: now(),
                duration_ms: 120,
                outcome: SyncOutcome::Ok,
                counts: SyncCounts::default(),
                error: None,
                error_code: None,
            },
        )
        .expect("run");

    store.clear_personio().expect("disconnect");

    assert!(
        !store.is_personio_connected().expect("connected"),
        "profile gone"
    );
    assert_eq!(
        store.personio_schedule().expect("schedule"),
        None,
        "schedule gone"
    );
    assert!(
        store
            .personio_absences_between(day("2000-01-01"), day("2100-12-31"))
            .expect("read")
            .is_empty(),
        "every Personio absence gone"
    );
    assert!(
        store.balances().expect("balances").is_empty(),
        "balances gone"
    );
    assert!(
        store.absence_types().expect("types").is_empty(),
        "types gone"
    );
    assert!(
        store.sync_runs(100).expect("runs").is_empty(),
        "sync history gone"
    );
    assert_eq!(
        store.last_successful_sync().expect("last"),
        None,
        "no last sync"
    );

    assert_eq!(
        store.manual_weekly_minutes().expect("week"),
        week,
        "the manual week comes back exactly as the user left it"
    );
    assert_eq!(
        store.manual_absences().expect("read"),
        manual_before,
        "manual absences are untouched by connect, sync and disconnect"
    );
    assert_eq!(
        store
            .time_entries_between(day("2026-03-01"), day("2026-03-31"))
            .expect("read"),
        entries_before,
        "time entries are the user's and survive a disconnect"
    );
    assert_eq!(
        store.running_timer().expect("read"),
        timer_before,
        "a running timer keeps running across a disconnect"
    );
}
