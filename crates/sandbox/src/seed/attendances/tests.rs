//! The demo employee's periods across several "todays": shape, approval states and the slips.
//! (That Stint counts the running balance as planned is proven over the wire, with Stint's
//! core, in `crates/core/tests/demo_month.rs`.)

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use crate::company::{AttendanceKind, AttendanceStatus, DemoAttendance};
use crate::seed::{company, FIRST_ID};

fn periods(today: NaiveDate) -> Vec<DemoAttendance> {
    company(42, today)
        .attendances
        .into_iter()
        .filter(|a| a.employee_id == FIRST_ID)
        .collect()
}

fn todays() -> Vec<NaiveDate> {
    [
        (2025, 6, 4),
        (2026, 12, 1),
        (2026, 1, 15),
        (2026, 3, 2),
        (2027, 9, 30),
    ]
    .into_iter()
    .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("valid date"))
    .collect()
}

#[test]
fn every_period_lies_before_today_on_a_working_day_and_none_overlap() {
    for today in todays() {
        let all = periods(today);
        assert!(all.len() > 150, "{today}: months of days: {}", all.len());
        let first = all.first().expect("periods").start.date();
        assert!(
            first <= NaiveDate::from_ymd_opt(today.year(), 1, 7).expect("valid")
                && (today - first).num_days() >= 13 * 7,
            "{today}: from the first working day of the year, or 13 weeks back when the year \
             is young: {first}"
        );
        for pair in all.windows(2) {
            assert!(
                pair[0].end.expect("closed") <= pair[1].start,
                "{today}: periods follow each other: {pair:?}"
            );
        }
        for p in &all {
            assert!(
                p.start.date() < today,
                "{today}: nothing today or later: {p:?}"
            );
            assert!(
                !matches!(p.start.weekday(), Weekday::Sat | Weekday::Sun),
                "{today}: no weekend work: {p:?}"
            );
            assert!(
                !crate::nationwide_holiday(p.start.date()),
                "{today}: no work on a holiday: {p:?}"
            );
            assert_eq!(
                p.start.date(),
                p.end.expect("closed").date(),
                "within one day"
            );
        }
    }
}

#[test]
fn every_approval_state_is_there_once_or_rarely() {
    for today in todays() {
        let all = periods(today);
        let count = |s| all.iter().filter(|p| p.status == s).count();
        assert_eq!(count(AttendanceStatus::Pending), 1, "{today}: one pending");
        assert_eq!(
            count(AttendanceStatus::Rejected),
            1,
            "{today}: one rejected"
        );
        assert_eq!(count(AttendanceStatus::Expired), 1, "{today}: one expired");
        let last = all.iter().rev().find(|p| p.kind == AttendanceKind::Work);
        assert_eq!(
            last.map(|p| p.status),
            Some(AttendanceStatus::Pending),
            "{today}: yesterday's last period waits for approval"
        );
    }
}

#[test]
fn ordinary_days_start_between_half_past_seven_and_half_past_nine_with_a_lunch_break() {
    let all = periods(NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"));
    let mut days: Vec<Vec<&DemoAttendance>> = Vec::new();
    for p in &all {
        match days.last_mut() {
            Some(day) if day[0].start.date() == p.start.date() => day.push(p),
            _ => days.push(vec![p]),
        }
    }
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("valid");
    let whole: Vec<_> = days.iter().filter(|d| d.len() >= 3).collect();
    assert!(
        whole.len() > 150,
        "most days are whole days: {}",
        whole.len()
    );
    let early_or_late = whole
        .iter()
        .filter(|d| !(at(7, 25)..=at(9, 35)).contains(&d[0].start.time()))
        .count();
    assert!(
        early_or_late <= 1,
        "starts between 07:30 and 09:30 (one release day after 09:30)"
    );
    let starts: std::collections::BTreeSet<_> = whole.iter().map(|d| d[0].start.time()).collect();
    assert!(
        starts.len() > 40,
        "starts vary like a person's: {}",
        starts.len()
    );
    assert!(
        whole.iter().all(|d| d[1].kind == AttendanceKind::Break
            && (30..=60).contains(&(d[1].end.expect("closed") - d[1].start).num_minutes())),
        "the second period of a whole day is a lunch break of 30–60 min"
    );
    assert!(
        whole.iter().filter(|d| d.len() == 5).count() > 10,
        "some days have a second short break"
    );
}
