//! The v2 client against the real sandbox over loopback: person, absences (with breakdowns)
//! from the same company data as v1, attendances read / create / change / delete, an overlap
//! refused with its trace id, and a withdrawn scope that fails only its own area.

mod common;

use chrono::{Days, NaiveDateTime};
use common::{bounded, client, demo_employee_id, email, sandbox, today, window};
use stint_personio::{Area, AttendanceChange, AttendanceKind, NewAttendance, PersonioError};
use stint_sandbox::{scopes, CreateAnswer, NextLinks, V2Options};

/// Ten days after "today", at `h:m`: no demo attendance is there yet.
fn later(h: u32, m: u32) -> NaiveDateTime {
    today()
        .checked_add_days(Days::new(10))
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

#[tokio::test]
async fn person_and_absences_agree_with_v1() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let id = demo_employee_id(&sandbox);
    let person = bounded(client.person_by_email(&email(&sandbox).to_uppercase()))
        .await
        .expect("the demo person is found in any case");
    assert_eq!(
        Some(person.id.clone()),
        sandbox.person_id_of(i64::try_from(id).unwrap()),
        "the v2 id is the sandbox's person id, not the v1 employee id"
    );
    let v2 = bounded(client.absence_periods(&person.id, window()))
        .await
        .expect("v2 absences are read");
    let v1_hours = bounded(client.hour_absences(id, window())).await.unwrap();
    let minutes = |all: &[stint_personio::HourAbsence]| -> u32 {
        all.iter()
            .flat_map(|a| a.breakdowns.iter().map(|(_, m)| m))
            .sum()
    };
    assert!(
        minutes(&v2.hours) > 0,
        "the demo employee has hour-based absences in the window"
    );
    assert_eq!(
        minutes(&v2.hours),
        minutes(&v1_hours),
        "hour-based minutes from v2 breakdowns equal v1's for the same company"
    );
    let demo = sandbox.absence_periods_of(i64::try_from(id).unwrap());
    for absence in v2.hours.iter().chain(&v1_hours) {
        let source = demo
            .iter()
            .find(|p| p.id == absence.id)
            .expect("every hour-based id comes from the sandbox");
        assert_eq!(
            absence.times,
            stint_personio::AbsenceTimes::new(source.start, source.end),
            "absence {} has the sandbox's clock times over v1 (with offset) and v2 (without)",
            absence.id
        );
    }
    assert!(
        !v2.days.is_empty(),
        "the demo employee has day-based absences in the window"
    );
}

#[tokio::test]
async fn attendances_round_trip_in_both_link_and_id_styles() {
    for (links, answer) in [
        (NextLinks::Absolute, CreateAnswer::Data),
        (NextLinks::Relative, CreateAnswer::Bare),
    ] {
        let sandbox = sandbox().await;
        sandbox.set_v2_options(V2Options {
            next_links: links,
            create_answer: answer,
            ..V2Options::default()
        });
        let client = client(&sandbox);
        let person = bounded(client.person_by_email(&email(&sandbox)))
            .await
            .unwrap();
        let before = bounded(client.attendance_periods(&person.id, window()))
            .await
            .expect("the demo attendances are read");
        let employee = i64::try_from(demo_employee_id(&sandbox)).unwrap();
        let in_window = sandbox
            .attendances_of(employee)
            .into_iter()
            .filter(|a| {
                let day = a.start.date();
                window().0 <= day && day <= window().1
            })
            .count();
        assert!(
            before.len() > 1,
            "the demo employee has attendances in Personio already"
        );
        assert_eq!(
            before.len(),
            in_window,
            "every page is read ({links:?} links): as many periods as the sandbox holds"
        );
        let new = NewAttendance {
            person_id: person.id.clone(),
            kind: AttendanceKind::Work,
            start: later(9, 0),
            end: Some(later(12, 0)),
            comment: Some("from the client test".into()),
            skip_approval: false,
        };
        let id = bounded(client.create_attendance(&new))
            .await
            .unwrap_or_else(|e| panic!("created with a {answer:?} answer: {e}"));
        let change = AttendanceChange {
            end: Some(later(12, 30)),
            ..AttendanceChange::default()
        };
        bounded(client.change_attendance(&id, &change))
            .await
            .expect("the end is changed");
        let after = bounded(client.attendance_periods(&person.id, window()))
            .await
            .unwrap();
        let mine = after
            .iter()
            .find(|p| p.id == id)
            .expect("the new period is listed");
        assert_eq!(
            (mine.start, mine.end),
            (later(9, 0), Some(later(12, 30))),
            "the period is stored with the changed end, in local time"
        );
        bounded(client.delete_attendance(&id))
            .await
            .expect("the period is deleted");
        let gone = bounded(client.attendance_periods(&person.id, window()))
            .await
            .unwrap();
        assert!(
            gone.iter().all(|p| p.id != id),
            "a deleted period is no longer listed"
        );
    }
}

#[tokio::test]
async fn an_overlap_is_refused_with_a_trace_id() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let person = bounded(client.person_by_email(&email(&sandbox)))
        .await
        .unwrap();
    let new = NewAttendance {
        person_id: person.id,
        kind: AttendanceKind::Work,
        start: later(9, 0),
        end: Some(later(11, 0)),
        comment: None,
        skip_approval: false,
    };
    bounded(client.create_attendance(&new)).await.unwrap();
    let overlapping = NewAttendance {
        start: later(10, 0),
        end: Some(later(12, 0)),
        ..new
    };
    let error = bounded(client.create_attendance(&overlapping))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_refused",
        "an overlap is refused: {error}"
    );
    assert!(
        error.trace_id().is_some() && error.to_string().contains("(Personio trace id "),
        "the refusal keeps Personio's trace id: {error}"
    );
}

#[tokio::test]
async fn a_withdrawn_write_scope_fails_only_writing() {
    let sandbox = sandbox().await;
    sandbox.withdraw_scope(scopes::ATTENDANCES_WRITE);
    let client = client(&sandbox);
    let scopes = bounded(client.v2_scopes()).await.unwrap();
    assert!(
        scopes.grants(Area::AttendancesRead) && !scopes.grants(Area::AttendancesWrite),
        "the token lists what the credential may do: {scopes:?}"
    );
    let person = bounded(client.person_by_email(&email(&sandbox)))
        .await
        .unwrap();
    let new = NewAttendance {
        person_id: person.id.clone(),
        kind: AttendanceKind::Work,
        start: later(9, 0),
        end: Some(later(10, 0)),
        comment: None,
        skip_approval: false,
    };
    let error = bounded(client.create_attendance(&new)).await.unwrap_err();
    assert!(
        matches!(
            error,
            PersonioError::MissingScope {
                area: Area::AttendancesWrite,
                ..
            }
        ),
        "writing is the missing area: {error:?}"
    );
    assert!(
        bounded(client.attendance_periods(&person.id, window()))
            .await
            .is_ok(),
        "reading attendances still works"
    );
    assert!(
        bounded(client.absence_periods(&person.id, window()))
            .await
            .is_ok(),
        "absences still work"
    );
}

#[tokio::test]
async fn a_wrong_secret_fails_v2_authentication() {
    let sandbox = sandbox().await;
    let demo = sandbox.credentials();
    let credentials = stint_personio::Credentials::new(demo.client_id, "not-the-secret-xyz");
    let client =
        stint_personio::Personio::new(credentials, common::fast_config(sandbox.base_url()))
            .unwrap();
    let error = bounded(client.person_by_email(&demo.email))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::AuthenticationFailed,
        "a refused secret on /v2/auth/token tells the user to check id and secret"
    );
}
