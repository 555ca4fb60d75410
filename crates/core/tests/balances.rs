//! The running balance against a real data directory: manual weekly hours and entries give
//! tracked minus target from 1 January up to and including today, never counting future days.

mod common;

use chrono::{Local, NaiveDate, TimeZone};
use std::sync::Arc;
use stint_core::clock::FixedClock;
use stint_core::vault::OsKeyring;
use stint_core::{Boundaries, Stint};
use stint_model::TimeEntryInput;

fn date(text: &str) -> NaiveDate {
    text.parse().expect("test dates are ISO")
}

fn entry(day: &str, minutes: u32) -> TimeEntryInput {
    TimeEntryInput {
        date: date(day),
        minutes: Some(minutes),
        ..TimeEntryInput::default()
    }
}

/// A data dir on Wednesday 14 January 2026 at noon with 8 h on Mondays only (5 and 12
/// January, no holiday anywhere, so regions cannot change the target) and entries around it.
fn january_2026(dir: &std::path::Path) -> Stint {
    // Wednesday 14 January 2026, noon.
    let now = Local
        .from_local_datetime(&date("2026-01-14").and_hms_opt(12, 0, 0).expect("noon"))
        .earliest()
        .expect("noon exists locally");
    let stint = Stint::open_with(
        dir,
        Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(dir)),
            clock: Arc::new(FixedClock(now)),
            client_config: common::fast_client(),
        },
    )
    .expect("a temp data dir opens");
    stint
        .set_weekly_minutes([480, 0, 0, 0, 0, 0, 0])
        .expect("manual weekly hours save");
    for (day, minutes) in [
        ("2025-12-29", 600), // last year: not counted
        ("2026-01-05", 480),
        ("2026-01-12", 300),
        ("2026-01-13", 60),  // a day without target: all of it is plus
        ("2026-01-15", 600), // tomorrow: not counted
    ] {
        stint
            .add_time_entry(&entry(day, minutes))
            .expect("the entry saves");
    }
    stint
}

#[test]
fn the_running_balance_counts_from_new_year_up_to_today_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stint = january_2026(dir.path());
    let balances = stint.balances().expect("the balances load");
    assert_eq!(
        balances.running_since,
        date("2026-01-01"),
        "without a setting the balance starts on 1 January"
    );
    assert_eq!(
        balances.running_minutes,
        480 + 300 + 60 - 2 * 480,
        "tracked minus target of 1–14 January, without last year's or tomorrow's entries"
    );
    assert!(
        balances.types.is_empty(),
        "no Personio balances while not connected"
    );
}

#[test]
fn a_configured_start_date_and_carry_over_move_the_running_balance() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stint = january_2026(dir.path());
    stint
        .config_set("balance_start", "2026-01-12")
        .expect("a date is a start");
    stint
        .config_set("carry_over", "-3:30")
        .expect("a negative carry-over is allowed");

    let balances = stint.balances().expect("the balances load");
    assert_eq!(balances.running_since, date("2026-01-12"));
    assert_eq!(balances.carry_over_minutes, -210);
    assert_eq!(
        balances.running_minutes,
        -210 + 300 + 60 - 480,
        "carry-over plus 12–14 January only"
    );
    assert_eq!(
        stint.config_get("carry_over").expect("known key"),
        "-3:30",
        "read back in the form it was typed"
    );

    stint
        .config_set("balance_start", "2026-02-01")
        .expect("a future start is allowed");
    assert_eq!(
        stint.balances().expect("the balances load").running_minutes,
        -210,
        "before its start the balance is just the carry-over"
    );

    stint
        .config_set("balance_start", "year")
        .expect("`year` resets the start");
    let settings = stint.settings_view().expect("the settings load");
    assert_eq!(settings.balance_start, None, "back to 1 January");
    assert_eq!(settings.carry_over_minutes, -210, "the carry-over stays");
}

#[test]
fn a_bad_start_date_or_carry_over_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stint = january_2026(dir.path());
    for (key, value, named) in [
        ("balance_start", "12.01.2026", "12.01.2026"),
        ("balance_start", "2026-02-30", "2026-02-30"),
        ("carry_over", "lots", "lots"),
        ("carry_over", "-3:75", "-3:75"),
    ] {
        let err = stint
            .config_set(key, value)
            .expect_err("bad input must be refused");
        assert!(
            err.to_string().contains(named),
            "{key}={value}: the message names the input: {err}"
        );
    }
    let settings = stint.settings_view().expect("the settings load");
    assert_eq!(
        (settings.balance_start, settings.carry_over_minutes),
        (None, 0),
        "nothing was stored"
    );
}

/// Weekdays of `absence` between `from` and `to` (inclusive), its half days as 0.5: an upper
/// bound of what it takes, since holidays and days off in the schedule take nothing.
fn weekdays_within(absence: &stint_store::StoredAbsence, from: NaiveDate, to: NaiveDate) -> f64 {
    use chrono::Datelike;
    let (start, end) = (absence.start.max(from), absence.end.min(to));
    start
        .iter_days()
        .take_while(|d| *d <= end)
        .filter(|d| d.weekday().num_days_from_monday() < 5)
        .map(|d| {
            let half = (d == absence.start && absence.half_day_start)
                || (d == absence.end && absence.half_day_end);
            if half {
                0.5
            } else {
                1.0
            }
        })
        .sum()
}

#[tokio::test]
async fn days_taken_this_year_count_the_approved_absences_of_each_type_up_to_today() {
    let (_sandbox, dir, stint) = common::connected().await;
    let balances = stint.balances().expect("the balances load");
    let today = stint.local_now().date();
    let new_year = NaiveDate::from_ymd_opt(chrono::Datelike::year(&today), 1, 1).expect("1 Jan");
    let stored = common::stored_personio_absences(dir.path(), new_year, today);
    assert!(
        balances.types.iter().any(|b| b.taken > 0.0),
        "the demo employee took time off this year: {:?}",
        balances.types
    );
    for balance in &balances.types {
        let bound: f64 = stored
            .iter()
            .filter(|a| a.type_name == balance.type_name && a.status == "approved")
            .filter(|a| a.minutes_by_day.is_empty())
            .map(|a| weekdays_within(a, new_year, today))
            .sum();
        assert!(
            balance.taken <= bound && balance.taken >= bound - 15.0,
            "{}: taken {} should be the {bound} weekdays of its approved absences this year, \
             less at most the year's holidays",
            balance.type_name,
            balance.taken
        );
    }
}
