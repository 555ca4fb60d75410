//! Today at a glance and the working-time warnings of the timeline, at a clock the test moves:
//! "leave at" adds the break the law still asks for, and the checks can be switched off.

mod common;

use chrono::{Duration, Local, NaiveDate, TimeZone};
use std::path::Path;
use std::sync::Arc;
use stint_core::clock::ManualClock;
use stint_core::Stint;
use stint_model::{iso, TimeEntryInput, WarningCode};

fn tuesday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 2).expect("a Tuesday")
}

fn open(dir: &Path, clock: &Arc<ManualClock>) -> Stint {
    let stint = common::open_at(dir, clock.clone());
    stint
        .config_set("holiday_region", "none")
        .expect("no holidays");
    stint
        .set_weekly_minutes([480, 480, 480, 480, 480, 0, 0])
        .expect("a full-time week");
    stint
}

fn at_nine() -> Arc<ManualClock> {
    let nine = Local
        .from_local_datetime(&tuesday().and_hms_opt(9, 0, 0).expect("09:00"))
        .earliest()
        .expect("09:00 exists");
    Arc::new(ManualClock::new(nine))
}

fn time(t: Option<chrono::NaiveTime>) -> Option<String> {
    t.map(iso::time_of_day)
}

#[test]
fn leave_at_is_the_target_reached_with_the_break_still_owed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = at_nine();
    let stint = open(dir.path(), &clock);
    let idle = stint.today().expect("today");
    assert_eq!((idle.tracked_minutes, idle.target_minutes), (0, 480));
    assert_eq!(time(idle.leave_at), None, "no timer, no leave-at");

    stint.timer_start("").expect("starts");
    clock.advance(Duration::hours(1));
    let today = stint.today().expect("today");
    assert_eq!(today.tracked_minutes, 60, "the running timer counts");
    assert_eq!(
        time(today.leave_at).as_deref(),
        Some("17:30"),
        "10:00 + 7 h left + the 30 min break 8 h need"
    );
    assert_eq!(
        time(today.latest_end).as_deref(),
        Some("19:45"),
        "10:00 + 9 h to 10 h + the 45 min break they need"
    );

    stint.timer_pause().expect("pauses");
    clock.advance(Duration::minutes(15));
    stint.timer_resume().expect("resumes");
    clock.advance(Duration::hours(1));
    let today = stint.today().expect("today");
    assert_eq!(today.tracked_minutes, 120, "the pause does not count");
    assert_eq!(
        time(today.leave_at).as_deref(),
        Some("17:30"),
        "11:15 + 6 h left + the 15 min of break still owed"
    );

    stint.timer_pause().expect("pauses");
    assert_eq!(
        time(stint.today().expect("today").leave_at),
        None,
        "paused: no leave-at"
    );
}

#[test]
fn the_timeline_names_the_rules_a_day_breaks_unless_the_checks_are_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = at_nine();
    let stint = open(dir.path(), &clock);
    let entry = |date: NaiveDate, start: &str, end: &str| TimeEntryInput {
        date,
        start: Some(start.into()),
        end: Some(end.into()),
        minutes: None,
        note: String::new(),
    };
    stint
        .add_time_entry(&entry(tuesday() - Duration::days(1), "14:00", "23:00"))
        .expect("adds");
    stint
        .add_time_entry(&entry(tuesday(), "07:00", "13:30"))
        .expect("adds");
    let codes = |stint: &Stint| -> Vec<WarningCode> {
        stint.timeline(tuesday(), tuesday()).expect("timeline").days[0]
            .warnings
            .iter()
            .map(|w| w.code)
            .collect()
    };
    assert_eq!(
        codes(&stint),
        vec![
            WarningCode::BreakShort,
            WarningCode::Over6hWithoutBreak,
            WarningCode::RestShort
        ],
        "6:30 without a break, 8 h after Monday's end at 23:00"
    );
    assert_eq!(
        stint.today().expect("today").warnings.len(),
        3,
        "today carries them too"
    );
    stint
        .config_set("working_time_checks", "off")
        .expect("a company may switch them off");
    assert!(codes(&stint).is_empty(), "no checks, no warnings");
    assert_eq!(stint.config_get("working_time_checks").unwrap(), "off");
}
