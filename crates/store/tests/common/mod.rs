//! Fixtures shared by the store's integration tests: a store in a real file in a temp dir, and a
//! small Personio snapshot to vary.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use stint_store::{
    AbsenceKind, AbsenceType, Balance, PersonioSnapshot, Profile, Store, StoredAbsence,
    WeeklyMinutes, WorkSchedule,
};
use tempfile::TempDir;

/// A store in `stint.db` inside a fresh temp dir; keep the dir alive as long as the store.
pub fn temp_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("a temp dir can be created");
    let store = Store::open(&dir.path().join("stint.db")).expect("a new store opens");
    (dir, store)
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().expect("test dates are ISO-8601")
}

pub fn local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test times are YYYY-MM-DD HH:MM")
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0)
        .single()
        .expect("a valid instant")
}

/// A day-based absence `start..=end`.
pub fn day_absence(source_id: &str, start: &str, end: &str) -> StoredAbsence {
    StoredAbsence {
        source_id: source_id.to_owned(),
        kind: AbsenceKind::Day,
        type_id: Some(1),
        type_name: "Vacation".to_owned(),
        category: Some("paid_vacation".to_owned()),
        status: "approved".to_owned(),
        start: day(start),
        end: day(end),
        half_day_start: false,
        half_day_end: false,
        days_count: Some(1.0),
        minutes_by_day: Vec::new(),
        times: None,
    }
}

/// An hour-based absence on one day.
pub fn hour_absence(source_id: &str, date: &str, minutes: u32) -> StoredAbsence {
    StoredAbsence {
        source_id: source_id.to_owned(),
        kind: AbsenceKind::Hour,
        type_id: Some(2),
        type_name: "Doctor".to_owned(),
        category: None,
        status: "approved".to_owned(),
        start: day(date),
        end: day(date),
        half_day_start: false,
        half_day_end: false,
        days_count: None,
        minutes_by_day: vec![(day(date), minutes)],
        times: None,
    }
}

/// A snapshot with a profile, a 40 h schedule, one balance, two types and the given absences.
pub fn snapshot(absences: Vec<StoredAbsence>) -> PersonioSnapshot {
    PersonioSnapshot {
        profile: Profile {
            employee_id: 42,
            email: "ada@example.com".to_owned(),
            first_name: "Ada".to_owned(),
            last_name: "Lovelace".to_owned(),
            position: Some("Engineer".to_owned()),
            department: None,
            base_url: "http://127.0.0.1:9000".to_owned(),
            client_id: "papi-client-id".to_owned(),
            connected_at: now(),
        },
        schedule: WorkSchedule {
            name: Some("Full time".to_owned()),
            valid_from: Some(day("2026-01-01")),
            minutes: WeeklyMinutes::FULL_TIME,
            fetched_at: now(),
        },
        absences,
        attendances: None,
        areas: Vec::new(),
        balances: vec![Balance {
            type_id: 1,
            type_name: "Vacation".to_owned(),
            category: Some("paid_vacation".to_owned()),
            balance: 12.5,
            available_balance: Some(10.5),
        }],
        types: vec![
            AbsenceType {
                id: 1,
                name: "Vacation".to_owned(),
                category: Some("paid_vacation".to_owned()),
                unit: AbsenceKind::Day,
            },
            AbsenceType {
                id: 2,
                name: "Doctor".to_owned(),
                category: None,
                unit: AbsenceKind::Hour,
            },
        ],
    }
}
