//! The clock times of hour-based absences: written, read back as written, filled in by the next
//! sync for rows stored without them, and refused where they make no sense.

mod common;

use stint_store::{AbsenceTimes, StoredAbsence, SyncCounts};

use common::{day, day_absence, hour_absence, local, snapshot, temp_store};

const FROM: &str = "2026-03-01";
const TO: &str = "2026-03-31";

/// A 90-minute hour-based absence on 2026-03-10 from 10:00 to 11:30.
fn timed() -> StoredAbsence {
    StoredAbsence {
        times: Some(AbsenceTimes {
            start: local("2026-03-10 10:00"),
            end: local("2026-03-10 11:30"),
        }),
        ..hour_absence("uuid-t", "2026-03-10", 90)
    }
}

#[test]
fn clock_times_read_back_as_written() {
    let (dir, mut store) = temp_store();
    let snap = snapshot(vec![
        day_absence("101", "2026-03-02", "2026-03-03"),
        timed(),
    ]);
    store
        .replace_personio_window(0, day(FROM), day(TO), &snap)
        .expect("sync applies");
    let read = store
        .personio_absences_between(day(FROM), day(TO))
        .expect("read");
    assert_eq!(
        read, snap.absences,
        "the hour-based absence keeps its times, the day-based one has none"
    );
    let conn = rusqlite::Connection::open(dir.path().join("stint.db")).expect("second connection");
    let (start, end): (String, String) = conn
        .query_row(
            "SELECT starts_at, ends_at FROM personio_absences WHERE source_id = 'uuid-t'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("the row");
    assert_eq!(
        (start.as_str(), end.as_str()),
        ("2026-03-10T10:00:00", "2026-03-10T11:30:00"),
        "the columns hold local wall time as YYYY-MM-DDTHH:MM:SS, no zone"
    );
}

#[test]
fn a_sync_that_brings_times_updates_a_row_stored_without_them() {
    let (_dir, mut store) = temp_store();
    let without = hour_absence("uuid-t", "2026-03-10", 90);
    store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![without]))
        .expect("a sync from before times were kept");
    let counts = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![timed()]))
        .expect("the next sync");
    assert_eq!(
        counts,
        SyncCounts {
            added: 0,
            changed: 1,
            removed: 0,
            schedule_changed: false
        },
        "times that differ make the absence changed, so they are written"
    );
    let read = store
        .personio_absences_between(day(FROM), day(TO))
        .expect("read");
    assert_eq!(read[0].times, timed().times, "the times are filled in");
    let again = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![timed()]))
        .expect("a third sync");
    assert_eq!(again.changed, 0, "the same times are no change");
}

#[test]
fn times_that_do_not_end_after_they_start_are_refused() {
    let (_dir, mut store) = temp_store();
    for (start, end, why) in [
        (
            "2026-03-10 11:30",
            "2026-03-10 10:00",
            "ends before it starts",
        ),
        ("2026-03-10 10:00", "2026-03-10 10:00", "takes no time"),
    ] {
        let bad = StoredAbsence {
            times: Some(AbsenceTimes {
                start: local(start),
                end: local(end),
            }),
            ..timed()
        };
        let err = store
            .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![bad]))
            .expect_err(why);
        assert!(
            err.to_string().contains("personio_absences.ends_at"),
            "{why}: the error names table and field: {err}"
        );
    }
    assert!(
        !store.is_personio_connected().expect("connected"),
        "the failed syncs wrote nothing"
    );
}

#[test]
fn a_day_based_absence_with_clock_times_is_refused() {
    let (_dir, mut store) = temp_store();
    let bad = StoredAbsence {
        times: timed().times,
        ..day_absence("101", "2026-03-10", "2026-03-10")
    };
    let err = store
        .replace_personio_window(0, day(FROM), day(TO), &snapshot(vec![bad]))
        .expect_err("a day-based absence has no hours");
    assert!(
        err.to_string().contains("personio_absences.starts_at"),
        "the error names table and field: {err}"
    );
}
