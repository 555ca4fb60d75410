//! Tests of the v2 absence-period mapping: half days, hour-based minutes and clock times.

use super::*;
use serde_json::{json, Value};

fn period(start: &str, start_kind: &str, end: &str, end_kind: &str) -> Period {
    serde_json::from_value(json!({
        "id": "p1", "status": "APPROVED", "absence_type": {"id": "t1", "name": "Urlaub"},
        "starts_from": {"date_time": start, "type": start_kind},
        "ends_at": {"date_time": end, "type": end_kind},
    }))
    .unwrap()
}

#[test]
fn half_day_markers_become_the_v1_flags() {
    let cases = [
        (
            "2026-06-01",
            FIRST_HALF,
            "2026-06-03",
            SECOND_HALF,
            (false, false),
            "full days",
        ),
        (
            "2026-06-01",
            SECOND_HALF,
            "2026-06-03",
            SECOND_HALF,
            (true, false),
            "half first day",
        ),
        (
            "2026-06-01",
            FIRST_HALF,
            "2026-06-03",
            FIRST_HALF,
            (false, true),
            "half last day",
        ),
        (
            "2026-06-01",
            FIRST_HALF,
            "2026-06-01",
            FIRST_HALF,
            (false, true),
            "a morning",
        ),
        (
            "2026-06-01",
            SECOND_HALF,
            "2026-06-01",
            SECOND_HALF,
            (true, false),
            "an afternoon",
        ),
    ];
    for (start, sk, end, ek, flags, why) in cases {
        let p = period(
            &format!("{start}T00:00:00"),
            sk,
            &format!("{end}T00:00:00"),
            ek,
        );
        assert!(!p.is_hour_based(), "{why}: half-day markers mean day-based");
        let a = day_absence(p);
        assert_eq!(
            (a.half_day_start, a.half_day_end),
            flags,
            "{why}: {sk}..{ek} must map to half_day_start/half_day_end {flags:?}"
        );
    }
}

#[test]
fn times_without_markers_or_an_hour_unit_are_hour_based() {
    let timed: Period = serde_json::from_value(json!({
        "id": "h", "status": "APPROVED",
        "starts_from": {"date_time": "2026-06-01T09:00:00"},
        "ends_at": {"date_time": "2026-06-01T13:00:00"},
    }))
    .unwrap();
    assert!(
        timed.is_hour_based(),
        "09:00 to 13:00 is an hour-based period"
    );
    let unit: Period = serde_json::from_value(json!({
        "id": "h", "status": "APPROVED", "absence_type": {"id": "t", "measurement_unit": "hours"},
        "starts_from": {"date_time": "2026-06-01T00:00:00", "type": "FIRST_HALF"},
        "ends_at": null,
    }))
    .unwrap();
    assert!(
        unit.is_hour_based(),
        "the type's unit wins over the markers"
    );
}

#[test]
fn hour_based_periods_keep_their_clock_times() {
    let at = |text: &str| times::local(text).expect("a test time");
    let hour = |starts: &str, ends: Value| -> HourAbsence {
        let period: Period = serde_json::from_value(json!({
            "id": "h", "status": "APPROVED",
            "absence_type": {"id": "t", "measurement_unit": "hour"},
            "starts_from": {"date_time": starts, "type": null},
            "ends_at": ends,
        }))
        .expect("an hour-based period");
        assert!(period.is_hour_based(), "{starts}: hour-based by its unit");
        hour_absence(period, Vec::new())
    };
    let cases = [
        (
            "2026-06-10T10:00:00",
            json!({"date_time": "2026-06-10T11:30:00", "type": null}),
            Some(("2026-06-10T10:00:00", "2026-06-10T11:30:00")),
            "local wall times as v2 writes them",
        ),
        (
            "2026-06-10T10:00:00+02:00",
            json!({"date_time": "2026-06-10T11:30:00Z"}),
            Some(("2026-06-10T10:00:00", "2026-06-10T11:30:00")),
            "an offset a server adds anyway is dropped, not applied",
        ),
        (
            "2026-06-08T13:00:00",
            json!({"date_time": "2026-06-09T12:00:00"}),
            Some(("2026-06-08T13:00:00", "2026-06-09T12:00:00")),
            "over two days: the whole period",
        ),
        (
            "2026-06-10T10:00:00",
            json!(null),
            None,
            "open-ended: no end to show",
        ),
        (
            "2026-06-10T10:00:00",
            json!({"date_time": "2026-06-10T09:00:00"}),
            None,
            "an end before the start is no time span",
        ),
    ];
    for (starts, ends, want, why) in cases {
        let want = want.map(|(start, end)| AbsenceTimes {
            start: at(start),
            end: at(end),
        });
        assert_eq!(hour(starts, ends).times, want, "{why}");
    }
}
