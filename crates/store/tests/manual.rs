//! The user's manual week and manual absences: CRUD and shape validation.

mod common;

use stint_store::{NewManualAbsence, StoreError, WeeklyMinutes};

use common::{day, now, temp_store};

fn vacation(start: &str, end: &str) -> NewManualAbsence {
    NewManualAbsence {
        type_name: "Vacation".to_owned(),
        category: Some("paid_vacation".to_owned()),
        start: day(start),
        end: day(end),
        half_day_start: false,
        half_day_end: false,
    }
}

#[test]
fn weekly_minutes_round_trip_and_refuse_more_than_a_day() {
    let (_dir, mut store) = temp_store();
    let week = WeeklyMinutes([0, 1440, 480, 480, 300, 60, 0]);
    store.set_manual_weekly_minutes(week).expect("set");
    assert_eq!(
        store.manual_weekly_minutes().expect("get"),
        week,
        "round trip"
    );

    let err = store
        .set_manual_weekly_minutes(WeeklyMinutes([480, 480, 1441, 480, 480, 0, 0]))
        .expect_err("1441 minutes is more than a day");
    assert!(
        err.to_string()
            .contains("manual_weekly_hours.wednesday_minutes"),
        "the error names the table and the weekday: {err}"
    );
    assert_eq!(
        store.manual_weekly_minutes().expect("get"),
        week,
        "a refused week leaves the old one"
    );
}

#[test]
fn manual_absences_crud() {
    let (_dir, mut store) = temp_store();
    let later = store
        .add_manual_absence(&vacation("2026-05-04", "2026-05-08"), now())
        .expect("add");
    let earlier = store
        .add_manual_absence(&vacation("2026-04-01", "2026-04-01"), now())
        .expect("add");
    let all = store.manual_absences().expect("list");
    assert_eq!(
        all.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![earlier, later],
        "listed by start date"
    );
    assert_eq!(all[0].created_at, now(), "created_at is the injected clock");

    let mut changed = vacation("2026-05-04", "2026-05-06");
    changed.half_day_end = true;
    store
        .update_manual_absence(later, &changed)
        .expect("update");
    let updated = store
        .manual_absences()
        .expect("list")
        .into_iter()
        .find(|a| a.id == later)
        .expect("still there");
    assert_eq!(
        (updated.end, updated.half_day_end),
        (day("2026-05-06"), true),
        "update writes the new fields"
    );

    store.delete_manual_absence(earlier).expect("delete");
    assert_eq!(store.manual_absences().expect("list").len(), 1, "one left");
    assert!(
        matches!(
            store.delete_manual_absence(earlier),
            Err(StoreError::NotFound {
                table: "manual_absences",
                ..
            })
        ),
        "deleting twice reports the missing row"
    );
    assert!(
        matches!(
            store.update_manual_absence(9999, &changed),
            Err(StoreError::NotFound { id: 9999, .. })
        ),
        "updating a missing row reports it"
    );
}

#[test]
fn manual_absence_validation() {
    let (_dir, mut store) = temp_store();
    let err = store
        .add_manual_absence(&vacation("2026-04-10", "2026-04-09"), now())
        .expect_err("end before start");
    assert!(
        err.to_string().contains("manual_absences.end_date"),
        "names table and field: {err}"
    );
    let mut unnamed = vacation("2026-04-10", "2026-04-10");
    unnamed.type_name = "  ".to_owned();
    let err = store
        .add_manual_absence(&unnamed, now())
        .expect_err("blank type name");
    assert!(
        err.to_string().contains("manual_absences.type_name"),
        "names table and field: {err}"
    );
    assert!(
        store.manual_absences().expect("list").is_empty(),
        "nothing invalid was written"
    );
}
