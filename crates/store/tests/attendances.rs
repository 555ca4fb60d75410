//! Personio's attendance periods and area statuses: replaced per sync window, kept when a sync
//! could not read them, and forgotten on disconnect.

mod common;

use common::{day, local, snapshot, temp_store};
use stint_store::{AreaStatus, StoredAttendance};

fn period(id: &str, start: &str, end: Option<&str>, status: &str) -> StoredAttendance {
    StoredAttendance {
        id: id.to_owned(),
        kind: "WORK".to_owned(),
        start: local(start),
        end: end.map(local),
        status: status.to_owned(),
        comment: String::new(),
        updated_at: None,
    }
}

#[test]
fn a_sync_replaces_the_windows_periods_and_one_that_could_not_read_them_keeps_them() {
    let (_dir, mut store) = temp_store();
    let (from, to) = (day("2026-03-01"), day("2026-03-31"));
    let mut snap = snapshot(Vec::new());
    snap.attendances = Some(vec![
        period(
            "a",
            "2026-03-02 09:00",
            Some("2026-03-02 12:30"),
            "CONFIRMED",
        ),
        period("b", "2026-03-02 13:00", None, "PENDING"),
        period(
            "outside",
            "2026-04-02 09:00",
            Some("2026-04-02 10:00"),
            "CONFIRMED",
        ),
    ]);
    snap.areas = vec![AreaStatus {
        area: "attendances_read".to_owned(),
        available: true,
        detail: None,
    }];
    store
        .replace_personio_window(0, from, to, &snap)
        .expect("applies");
    let stored = store.personio_attendances_between(from, to).expect("reads");
    assert_eq!(
        stored,
        snap.attendances.clone().unwrap()[..2].to_vec(),
        "read back as written, open end included, earliest first"
    );
    assert_eq!(store.personio_areas().expect("reads"), snap.areas);

    // Deleted in Personio: gone after the next sync of the window.
    snap.attendances = Some(vec![period(
        "a",
        "2026-03-02 09:00",
        Some("2026-03-02 12:30"),
        "CONFIRMED",
    )]);
    store
        .replace_personio_window(0, from, to, &snap)
        .expect("applies");
    assert_eq!(
        store.personio_attendances_between(from, to).unwrap().len(),
        1
    );

    // Not readable this time (a missing scope): what was stored stays.
    snap.attendances = None;
    store
        .replace_personio_window(0, from, to, &snap)
        .expect("applies");
    assert_eq!(
        store.personio_attendances_between(from, to).unwrap().len(),
        1,
        "a sync that could not read attendances keeps the last ones"
    );

    store.clear_personio().expect("disconnect");
    assert!(store
        .personio_attendances_between(from, to)
        .unwrap()
        .is_empty());
    assert!(store.personio_areas().unwrap().is_empty());
}
