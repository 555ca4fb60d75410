//! The running balance against a real data directory: manual weekly hours and entries give
//! tracked minus target from 1 January up to and including today, never counting future days.

mod common;

use chrono::{Local, NaiveDate, TimeZone};
use std::sync::Arc;
use stint_core::clock::FixedClock;
use stint_core::vault::OsKeyring;
use stint_core::{Boundaries, NewTimeEntry, Stint};

fn date(text: &str) -> NaiveDate {
    text.parse().expect("test dates are ISO")
}

fn entry(day: &str, minutes: u32) -> NewTimeEntry {
    NewTimeEntry {
        start: date(day).and_hms_opt(9, 0, 0).expect("09:00"),
        end: None,
        minutes,
        note: String::new(),
    }
}

#[test]
fn the_running_balance_counts_from_new_year_up_to_today_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Wednesday 14 January 2026, noon.
    let now = Local
        .from_local_datetime(&date("2026-01-14").and_hms_opt(12, 0, 0).expect("noon"))
        .earliest()
        .expect("noon exists locally");
    let stint = Stint::open_with(
        dir.path(),
        Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(dir.path())),
            clock: Arc::new(FixedClock(now)),
            client_config: common::fast_client(),
        },
    )
    .expect("a temp data dir opens");
    // Mondays only (5 and 12 January, no holiday anywhere), so regions cannot change the target.
    stint
        .set_manual_weekly_minutes([480, 0, 0, 0, 0, 0, 0])
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
