//! The demo looks like a real user: over the real sandbox (loopback) and the core's own
//! connect and sync, the demo employee's tracked time since 1 January gives a running balance
//! that stays within about ±15 h, ends yesterday in single or low double-digit hours, and shows
//! the working-time slips a real person has — for several "todays" across the year.

mod common;

use chrono::{Datelike, Local, NaiveDate, TimeZone};
use common::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Instant;
use stint_core::clock::{Clock, FixedClock};
use stint_core::holidays::holiday_on;
use stint_core::Stint;
use stint_model::{HolidayRegion, PersonioState, WarningCode};
use stint_sandbox::{Sandbox, SandboxConfig};

const HOUR: i64 = 60;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The demo started as the app starts it (its own folder inside the user's), on a sandbox
/// and a clock at `today` 10:00. Answers the demo's core and the user's folder.
async fn demo_on(today: NaiveDate) -> (Sandbox, tempfile::TempDir, Stint) {
    let sandbox = Sandbox::start(SandboxConfig {
        today,
        ..SandboxConfig::default()
    })
    .await
    .expect("the sandbox binds a loopback port");
    let at = today.and_hms_opt(10, 0, 0).expect("valid time");
    let clock: Arc<dyn Clock> = Arc::new(FixedClock(
        Local
            .from_local_datetime(&at)
            .earliest()
            .expect("a local time"),
    ));
    let dir = tempfile::tempdir().expect("a temp dir");
    let user = open_at(dir.path(), Arc::clone(&clock));
    let started = Instant::now();
    let demo = user
        .start_demo(&demo_request(&sandbox), |d| {
            Ok(open_at(d, Arc::clone(&clock)))
        })
        .await
        .expect("the demo starts");
    eprintln!(
        "{today}: demo connected (first full sync) in {} ms",
        started.elapsed().as_millis()
    );
    (sandbox, dir, demo)
}

#[tokio::test]
async fn the_demo_balance_stays_within_15_h_and_ends_in_single_or_low_double_digit_hours() {
    let todays = [
        date(2025, 6, 4),
        date(2026, 3, 2),
        date(2026, 12, 1),
        date(2027, 1, 20),
        date(2027, 9, 30),
        Local::now().date_naive(),
    ];
    for today in todays {
        let (_sandbox, _dir, demo) = demo_on(today).await;
        let start = date(today.year(), 1, 1);
        let timeline = demo.timeline(start, today).expect("the timeline reads");
        let mut running = 0;
        let (mut low, mut high) = (0, 0);
        for day in timeline.days.iter().filter(|d| d.date < today) {
            running += day.balance_minutes;
            low = low.min(running);
            high = high.max(running);
        }
        eprintln!(
            "{today}: running balance yesterday {:+.1} h, lowest {:+.1} h, highest {:+.1} h",
            running as f64 / 60.0,
            low as f64 / 60.0,
            high as f64 / 60.0
        );
        assert!(
            low >= -15 * HOUR && high <= 15 * HOUR,
            "{today}: the running balance stays within ±15 h on every day, like a real \
             person's (lowest {low} min, highest {high} min)"
        );
        assert!(
            (HOUR..=15 * HOUR).contains(&running),
            "{today}: the balance ends yesterday in single or low double-digit hours of \
             overtime: {running} min"
        );
        let shown = demo.balances().expect("balances read").running_minutes;
        let due_today = timeline
            .days
            .last()
            .expect("today is in the range")
            .balance_minutes;
        assert_eq!(
            shown,
            running + due_today,
            "{today}: the balance shown is yesterday's plus today's (its target is due)"
        );
        assert!(
            shown.abs() <= 15 * HOUR,
            "{today}: the first screen shows single or low double-digit hours: {shown} min"
        );
    }
}

#[tokio::test]
async fn the_demo_shows_a_few_working_time_slips_and_every_approval_state() {
    let today = date(2026, 12, 1);
    let (_sandbox, _dir, demo) = demo_on(today).await;
    let from = date(2026, 1, 1);
    let timeline = demo.timeline(from, today).expect("the timeline reads");
    let warned: Vec<_> = timeline
        .days
        .iter()
        .filter(|d| !d.warnings.is_empty())
        .collect();
    let codes: BTreeSet<String> = warned
        .iter()
        .flat_map(|d| d.warnings.iter().map(|w| format!("{:?}", w.code)))
        .collect();
    for code in [
        WarningCode::BreakShort,
        WarningCode::Over6hWithoutBreak,
        WarningCode::Over10h,
        WarningCode::RestShort,
    ] {
        assert!(
            codes.contains(&format!("{code:?}")),
            "the demo shows a day breaking the rule {code:?}: {codes:?}"
        );
    }
    assert!(
        warned.len() <= 6,
        "a few slips, not a habit: {} days with warnings",
        warned.len()
    );
    let overtime = timeline
        .days
        .iter()
        .filter(|d| d.target_minutes > 0 && d.balance_minutes >= HOUR)
        .count();
    assert!(overtime >= 10, "some overtime days: {overtime}");
    assert!(
        timeline.days.iter().any(|d| d.holiday.is_some()),
        "the demo's folder shows Germany's holidays"
    );
    let entries = demo.time_entries(from, today).expect("entries read");
    let states: BTreeSet<String> = entries
        .iter()
        .filter_map(|e| e.personio_status)
        .map(|s| format!("{s:?}"))
        .collect();
    for state in [
        PersonioState::Confirmed,
        PersonioState::Pending,
        PersonioState::Rejected,
        PersonioState::Expired,
    ] {
        assert!(
            states.contains(&format!("{state:?}")),
            "every approval state is there to show: {states:?}"
        );
    }
}

#[test]
fn the_sandbox_skips_exactly_the_holidays_the_core_counts_for_germany() {
    for day in date(2024, 1, 1).iter_days().take_while(|d| d.year() < 2030) {
        assert_eq!(
            holiday_on(HolidayRegion::Germany, day).is_some(),
            stint_sandbox::nationwide_holiday(day),
            "{day}: the demo employee works exactly on the days the demo's folder (region DE) \
             counts a target, or the balance drifts by a day's hours"
        );
    }
}
