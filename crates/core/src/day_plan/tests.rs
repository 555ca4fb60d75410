//! Table tests of the day-plan rules. Each case names the rule it pins.

use super::*;
use chrono::NaiveDateTime;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    date.and_hms_opt(h, m, 0).unwrap()
}

const FULL: [u32; 7] = [480, 480, 480, 480, 480, 0, 0];
/// Part time: 4-day week of 6 h, Friday off; one 7:30 day.
const PART: [u32; 7] = [360, 360, 450, 360, 0, 0, 0];

fn vacation(start: NaiveDate, end: NaiveDate) -> AbsenceSpan {
    AbsenceSpan {
        type_name: "Urlaub".into(),
        category: AbsenceCategory::Vacation,
        status: AbsenceStatus::Approved,
        source: Source::Personio,
        start,
        end,
        half_day_start: false,
        half_day_end: false,
        minutes_by_day: Vec::new(),
    }
}

fn no_holidays(_: NaiveDate) -> Option<String> {
    None
}

fn christmas(date: NaiveDate) -> Option<String> {
    (date == d(2026, 12, 25)).then(|| "Erster Weihnachtsfeiertag".to_owned())
}

fn target(weekly: [u32; 7], absences: &[AbsenceSpan], date: NaiveDate) -> u32 {
    let tracked = BTreeMap::new();
    let inputs = PlanInputs {
        weekly,
        holiday: &christmas,
        absences,
        tracked: &tracked,
        today: d(2026, 12, 31),
    };
    plan_day(date, &inputs).target_minutes
}

/// (rule, weekly hours, absences, date, expected target)
type Case<'a> = (&'a str, [u32; 7], &'a [AbsenceSpan], NaiveDate, u32);

#[test]
fn targets_follow_the_rules() {
    let mut half_start = vacation(d(2026, 6, 1), d(2026, 6, 3)); // Mon–Wed
    half_start.half_day_start = true;
    let mut half_end = vacation(d(2026, 6, 8), d(2026, 6, 10)); // Mon–Wed
    half_end.half_day_end = true;
    let mut single_half = vacation(d(2026, 6, 17), d(2026, 6, 17));
    single_half.half_day_start = true;
    let mut pending = vacation(d(2026, 6, 22), d(2026, 6, 22));
    pending.status = AbsenceStatus::Pending;
    let doctor = AbsenceSpan {
        type_name: "Arzttermin".into(),
        category: AbsenceCategory::Other,
        minutes_by_day: vec![(d(2026, 6, 24), 120)],
        ..vacation(d(2026, 6, 24), d(2026, 6, 24))
    };
    let long_doctor = AbsenceSpan {
        start: d(2026, 6, 25),
        end: d(2026, 6, 25),
        minutes_by_day: vec![(d(2026, 6, 25), 600)],
        ..doctor.clone()
    };
    let over_weekend = vacation(d(2026, 7, 3), d(2026, 7, 6)); // Fri–Mon
    let over_christmas = vacation(d(2026, 12, 24), d(2026, 12, 28));
    let across_new_year = vacation(d(2026, 12, 31), d(2027, 1, 1));
    let leap = vacation(d(2028, 2, 29), d(2028, 2, 29));

    let cases: &[Case<'_>] = &[
        ("plain full-time Monday", FULL, &[], d(2026, 6, 1), 480),
        ("weekend is 0", FULL, &[], d(2026, 6, 6), 0),
        ("part-time Wednesday 7:30", PART, &[], d(2026, 6, 3), 450),
        ("part-time Friday off", PART, &[], d(2026, 6, 5), 0),
        (
            "half_day_start halves the first day",
            FULL,
            std::slice::from_ref(&half_start),
            d(2026, 6, 1),
            240,
        ),
        (
            "…and only the first day",
            FULL,
            std::slice::from_ref(&half_start),
            d(2026, 6, 2),
            0,
        ),
        (
            "…the last day is whole",
            FULL,
            std::slice::from_ref(&half_start),
            d(2026, 6, 3),
            0,
        ),
        (
            "half_day_end: first day whole",
            FULL,
            std::slice::from_ref(&half_end),
            d(2026, 6, 8),
            0,
        ),
        (
            "half_day_end halves the last day",
            FULL,
            std::slice::from_ref(&half_end),
            d(2026, 6, 10),
            240,
        ),
        (
            "single half day",
            FULL,
            std::slice::from_ref(&single_half),
            d(2026, 6, 17),
            240,
        ),
        (
            "half of a part-time 7:30 day",
            PART,
            std::slice::from_ref(&single_half),
            d(2026, 6, 17),
            225,
        ),
        (
            "pending changes nothing",
            FULL,
            std::slice::from_ref(&pending),
            d(2026, 6, 22),
            480,
        ),
        (
            "hour-based takes its minutes",
            FULL,
            std::slice::from_ref(&doctor),
            d(2026, 6, 24),
            360,
        ),
        (
            "hour-based never below 0",
            FULL,
            std::slice::from_ref(&long_doctor),
            d(2026, 6, 25),
            0,
        ),
        (
            "absence Friday",
            FULL,
            std::slice::from_ref(&over_weekend),
            d(2026, 7, 3),
            0,
        ),
        (
            "absence over a weekend takes nothing",
            FULL,
            std::slice::from_ref(&over_weekend),
            d(2026, 7, 4),
            0,
        ),
        (
            "absence Monday after",
            FULL,
            std::slice::from_ref(&over_weekend),
            d(2026, 7, 6),
            0,
        ),
        (
            "holiday inside a vacation: 0",
            FULL,
            std::slice::from_ref(&over_christmas),
            d(2026, 12, 25),
            0,
        ),
        ("holiday alone: 0", FULL, &[], d(2026, 12, 25), 0),
        (
            "year boundary: Dec 31",
            FULL,
            std::slice::from_ref(&across_new_year),
            d(2026, 12, 31),
            0,
        ),
        (
            "year boundary: Jan 1",
            FULL,
            std::slice::from_ref(&across_new_year),
            d(2027, 1, 1),
            0,
        ),
        (
            "Jan 2 2027 is a Saturday",
            FULL,
            std::slice::from_ref(&across_new_year),
            d(2027, 1, 2),
            0,
        ),
        (
            "leap day absence",
            FULL,
            std::slice::from_ref(&leap),
            d(2028, 2, 29),
            0,
        ),
        (
            "leap day without absence (Tuesday)",
            FULL,
            &[],
            d(2028, 2, 29),
            480,
        ),
    ];
    for (rule, weekly, absences, date, expected) in cases {
        assert_eq!(
            target(*weekly, absences, *date),
            *expected,
            "{rule} ({date})"
        );
    }
}

#[test]
fn absences_show_what_they_take_and_holidays_consume_nothing() {
    let absences = [vacation(d(2026, 12, 24), d(2026, 12, 28))];
    let tracked = BTreeMap::new();
    let inputs = PlanInputs {
        weekly: FULL,
        holiday: &christmas,
        absences: &absences,
        tracked: &tracked,
        today: d(2026, 12, 31),
    };
    let christmas_day = plan_day(d(2026, 12, 25), &inputs);
    assert_eq!(
        christmas_day.holiday.as_deref(),
        Some("Erster Weihnachtsfeiertag"),
        "named"
    );
    assert_eq!(
        christmas_day.absences[0].minutes, 0,
        "a holiday consumes no vacation"
    );
    let eve = plan_day(d(2026, 12, 24), &inputs);
    assert_eq!(
        eve.absences[0].minutes, 480,
        "a working day consumes the whole day"
    );
    let saturday = plan_day(d(2026, 12, 26), &inputs);
    assert_eq!(
        saturday.absences[0].minutes, 0,
        "a weekend consumes nothing"
    );
}

#[test]
fn an_hour_based_badge_shows_its_own_hours_even_while_pending() {
    let appointment = |status: AbsenceStatus| AbsenceSpan {
        type_name: "Arzttermin".into(),
        category: AbsenceCategory::Other,
        status,
        minutes_by_day: vec![(d(2026, 6, 24), 90)],
        ..vacation(d(2026, 6, 24), d(2026, 6, 24))
    };
    let tracked = BTreeMap::new();
    for (status, takes) in [(AbsenceStatus::Approved, 90), (AbsenceStatus::Pending, 0)] {
        let absences = [appointment(status)];
        let inputs = PlanInputs {
            weekly: FULL,
            holiday: &no_holidays,
            absences: &absences,
            tracked: &tracked,
            today: d(2026, 12, 31),
        };
        let shown = &plan_day(d(2026, 6, 24), &inputs).absences[0];
        assert_eq!(
            (shown.minutes, shown.hours_minutes),
            (takes, 90),
            "{status:?}: takes {takes} from the target, shows its own 1:30"
        );
    }
}

#[test]
fn weekend_work_is_all_plus_and_balance_is_tracked_minus_target() {
    let tracked = minutes_per_day(&[
        EntrySpan {
            start: at(d(2026, 6, 6), 10, 0),
            end: Some(at(d(2026, 6, 6), 12, 30)),
            minutes: 150,
        },
        EntrySpan {
            start: at(d(2026, 6, 1), 9, 0),
            end: None,
            minutes: 420,
        },
    ]);
    let inputs = PlanInputs {
        weekly: FULL,
        holiday: &no_holidays,
        absences: &[],
        tracked: &tracked,
        today: d(2026, 12, 31),
    };
    let saturday = plan_day(d(2026, 6, 6), &inputs);
    assert_eq!(
        saturday.balance_minutes, 150,
        "weekend work counts fully toward the balance"
    );
    let monday = plan_day(d(2026, 6, 1), &inputs);
    assert_eq!(
        monday.balance_minutes, -60,
        "7 h tracked against 8 h owed is −60"
    );
    let week = plan_range(d(2026, 6, 1), d(2026, 6, 7), &inputs);
    assert_eq!(
        totals(&week),
        Totals {
            target_minutes: 2400,
            tracked_minutes: 570,
            balance_minutes: -1830,
            due_target_minutes: 2400,
            due_balance_minutes: -1830,
        },
        "week totals add up the days"
    );
    assert_eq!(
        running_balance(d(2026, 6, 1), -90, d(2026, 6, 7), &inputs),
        -1920,
        "the running balance starts from the carry-over"
    );
}

#[test]
fn an_entry_across_midnight_is_split_at_midnight() {
    let tracked = minutes_per_day(&[EntrySpan {
        start: at(d(2026, 6, 1), 22, 0),
        end: Some(at(d(2026, 6, 2), 2, 0)),
        minutes: 240,
    }]);
    assert_eq!(
        tracked.get(&d(2026, 6, 1)),
        Some(&120),
        "22:00–24:00 is Monday's"
    );
    assert_eq!(
        tracked.get(&d(2026, 6, 2)),
        Some(&120),
        "00:00–02:00 is Tuesday's"
    );
}

#[test]
fn dst_change_weeks_keep_their_targets_and_split_entries_exactly() {
    // Europe/Berlin springs forward on 2026-03-29 (a Sunday) and falls back on 2026-10-25.
    let tracked = minutes_per_day(&[EntrySpan {
        // The night of the spring change: 7 real hours between 22:00 and 06:00 wall-clock.
        start: at(d(2026, 3, 28), 22, 0),
        end: Some(at(d(2026, 3, 29), 6, 0)),
        minutes: 420,
    }]);
    let total: u32 = tracked.values().sum();
    assert_eq!(
        total, 420,
        "splitting never adds or loses a minute of what was recorded"
    );
    let inputs = PlanInputs {
        weekly: FULL,
        holiday: &no_holidays,
        absences: &[],
        tracked: &BTreeMap::new(),
        today: d(2026, 12, 31),
    };
    for (from, to) in [
        (d(2026, 3, 23), d(2026, 3, 29)),
        (d(2026, 10, 19), d(2026, 10, 25)),
    ] {
        assert_eq!(
            totals(&plan_range(from, to, &inputs)).target_minutes,
            2400,
            "a DST week ({from}) owes the same 40 h: targets are per date, not per clock hour"
        );
    }
}

#[test]
fn only_days_up_to_today_are_due() {
    // Mon 15 – Wed 17 June, 8 h each; 8:30 tracked on the 15th, 7 h on the 16th, 2 h ahead on
    // the 17th.
    let tracked = BTreeMap::from([
        (d(2026, 6, 15), 510),
        (d(2026, 6, 16), 420),
        (d(2026, 6, 17), 120),
    ]);
    for (today, due_days, due_target, due_balance) in [
        (d(2026, 6, 14), 0, 0, 0),
        (d(2026, 6, 15), 1, 480, 30),
        (d(2026, 6, 16), 2, 960, -30),
        (d(2026, 6, 17), 3, 1440, -390),
    ] {
        let inputs = PlanInputs {
            weekly: FULL,
            holiday: &no_holidays,
            absences: &[],
            tracked: &tracked,
            today,
        };
        let days = plan_range(d(2026, 6, 15), d(2026, 6, 17), &inputs);
        let sums = totals(&days);
        assert_eq!(
            days.iter().filter(|p| p.due).count(),
            due_days,
            "today {today}: days up to and including today are due"
        );
        assert_eq!(
            (sums.due_target_minutes, sums.due_balance_minutes),
            (due_target, due_balance),
            "today {today}: a target not yet due is no deficit"
        );
        assert_eq!(
            (sums.target_minutes, sums.balance_minutes),
            (1440, -390),
            "the range's own totals count every day whatever today is"
        );
    }
}
