//! A month and a few absences made by hand, for the format tests: every case a document must
//! show is in it (spans, a break, a night span, time as a duration only, a half day, an
//! hour-based and a requested absence, a holiday, warnings, names with umlauts, commas and
//! quotes), and its totals are added here, apart from the code under test.

#![allow(dead_code)]

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use stint_model::{
    iso, AbsenceCategory, AbsenceId, AbsencePeriod, AbsenceStatus, AbsenceTimes, DayAbsence,
    DayPlan, MonthRunningBalance, Source, Timesheet, TimesheetDay, Totals, TrackedSpan,
    VacationBalance, WarningCode, WorkingTimeWarning,
};

pub fn date(text: &str) -> NaiveDate {
    iso::parse_date(text).expect("a date")
}

pub fn at(text: &str) -> NaiveDateTime {
    iso::parse_date_time(text).expect("a date-time")
}

pub fn absence(type_name: &str, minutes: u32, half_day: bool) -> DayAbsence {
    DayAbsence {
        type_name: type_name.to_owned(),
        category: AbsenceCategory::Vacation,
        status: AbsenceStatus::Approved,
        minutes,
        source: Source::Personio,
        half_day,
        hour_based: false,
        hours_minutes: 0,
    }
}

pub fn warning(code: WarningCode) -> WorkingTimeWarning {
    WorkingTimeWarning {
        code,
        message: "an English sentence".to_owned(),
        required_minutes: Some(30),
        taken_minutes: Some(0),
        stretch_minutes: Some(420),
        worked_minutes: Some(620),
        rest_minutes: Some(600),
        duration_only_minutes: Some(90),
    }
}

/// June 2026 (a 8 h week), due up to the 20th.
pub fn june() -> Timesheet {
    let mut days = Vec::new();
    for day in date("2026-06-01").iter_days().take(30) {
        let weekend = day.weekday().num_days_from_monday() >= 5;
        let scheduled = if weekend { 0 } else { 480 };
        let mut plan = DayPlan {
            date: day,
            scheduled_minutes: scheduled,
            target_minutes: scheduled,
            tracked_minutes: 0,
            balance_minutes: 0,
            holiday: None,
            absences: Vec::new(),
            due: day.day() <= 20,
            warnings: Vec::new(),
        };
        let mut spans = Vec::new();
        let mut duration_only = 0;
        let mut breaks = 0;
        match day.day() {
            1 => {
                spans = vec![
                    span("2026-06-01T08:00:00", "2026-06-01T12:00:00", 240),
                    span("2026-06-01T12:45:00", "2026-06-01T17:00:00", 255),
                ];
                breaks = 45;
                plan.tracked_minutes = 495;
            }
            2 => {
                spans = vec![span("2026-06-02T07:00:00", "2026-06-02T17:20:00", 620)];
                plan.tracked_minutes = 620;
                plan.warnings = vec![
                    warning(WarningCode::BreakShort),
                    warning(WarningCode::Over6hWithoutBreak),
                    warning(WarningCode::Over10h),
                ];
            }
            3 => {
                duration_only = 90;
                plan.tracked_minutes = 90;
                plan.warnings = vec![warning(WarningCode::BreaksUnchecked)];
            }
            4 => {
                plan.holiday = Some("Fronleichnam".to_owned());
                plan.target_minutes = 0;
            }
            5 => {
                spans = vec![span("2026-06-05T22:00:00", "2026-06-06T02:00:00", 240)];
                plan.tracked_minutes = 120;
            }
            6 => plan.tracked_minutes = 120,
            8..=10 => {
                let half = day.day() == 10;
                plan.target_minutes = if half { 240 } else { 0 };
                plan.absences = vec![absence("Urlaub", 480 - plan.target_minutes, half)];
            }
            15 => {
                plan.absences = vec![DayAbsence {
                    category: AbsenceCategory::Sick,
                    ..absence("Krankheit, \"kurz\"", 480, false)
                }];
                plan.target_minutes = 0;
            }
            17 => {
                plan.absences = vec![DayAbsence {
                    hour_based: true,
                    hours_minutes: 90,
                    category: AbsenceCategory::Other,
                    ..absence("Arzttermin", 90, false)
                }];
                plan.target_minutes = 390;
                plan.tracked_minutes = 390;
            }
            24 => {
                plan.absences = vec![DayAbsence {
                    status: AbsenceStatus::Requested,
                    ..absence("Überstundenabbau", 0, false)
                }];
            }
            _ if !weekend && plan.due => plan.tracked_minutes = 470,
            _ => {}
        }
        plan.balance_minutes = i64::from(plan.tracked_minutes) - i64::from(plan.target_minutes);
        days.push(TimesheetDay {
            plan,
            spans,
            duration_only_minutes: duration_only,
            breaks_minutes: breaks,
            running_balance_minutes: None,
        });
    }
    // The running balance, carried in at 2:30, over the due days.
    let mut running = 150;
    for day in &mut days {
        if day.plan.due {
            running += day.plan.balance_minutes;
            day.running_balance_minutes = Some(running);
        }
    }
    let totals = totals(&days);
    Timesheet {
        year: 2026,
        month: 6,
        employee: Some("Jürgen Weiß".to_owned()),
        breaks_minutes: days.iter().map(|d| i64::from(d.breaks_minutes)).sum(),
        days,
        totals,
        running: Some(MonthRunningBalance {
            since: date("2026-01-01"),
            carry_over_minutes: -75,
            brought_forward_minutes: 150,
            until: date("2026-06-20"),
            minutes: running,
        }),
        vacation: vec![VacationBalance {
            type_name: "Urlaub".to_owned(),
            balance: 12.5,
            available: Some(10.0),
        }],
        checks_on: true,
    }
}

fn span(start: &str, end: &str, minutes: u32) -> TrackedSpan {
    TrackedSpan {
        start: at(start),
        end: at(end),
        minutes,
    }
}

/// The month's sums, added here by hand.
pub fn totals(days: &[TimesheetDay]) -> Totals {
    let mut totals = Totals::default();
    for day in days {
        let plan = &day.plan;
        totals.target_minutes += i64::from(plan.target_minutes);
        totals.tracked_minutes += i64::from(plan.tracked_minutes);
        totals.balance_minutes += plan.balance_minutes;
        if plan.due {
            totals.due_target_minutes += i64::from(plan.target_minutes);
            totals.due_balance_minutes += plan.balance_minutes;
        }
    }
    totals
}

/// Absences of every kind: a week of vacation with a half last day, a half single day, an
/// hour-based one over two days without clock times, hour-based ones with clock times on one
/// day and over two, a requested one, one of the user's own, and one whose long name with a
/// comma needs folding and escaping.
pub fn periods() -> Vec<AbsencePeriod> {
    let period = |id: AbsenceId, type_name: &str, start: &str, end: &str| AbsencePeriod {
        id,
        type_name: type_name.to_owned(),
        category: AbsenceCategory::Vacation,
        status: AbsenceStatus::Approved,
        source: Source::Personio,
        start: date(start),
        end: date(end),
        half_day_start: false,
        half_day_end: false,
        minutes_by_day: Vec::new(),
        times: None,
    };
    vec![
        AbsencePeriod {
            half_day_end: true,
            ..period(
                AbsenceId::Personio("51000001".into()),
                "Urlaub",
                "2026-06-08",
                "2026-06-12",
            )
        },
        AbsencePeriod {
            half_day_start: true,
            ..period(
                AbsenceId::Personio("51000002".into()),
                "Urlaub",
                "2026-06-19",
                "2026-06-19",
            )
        },
        AbsencePeriod {
            category: AbsenceCategory::Other,
            minutes_by_day: vec![(date("2026-06-17"), 90), (date("2026-06-18"), 60)],
            ..period(
                AbsenceId::Personio("0b7e-4c1d-9a2f".into()),
                "Arzttermin",
                "2026-06-17",
                "2026-06-18",
            )
        },
        AbsencePeriod {
            category: AbsenceCategory::Other,
            minutes_by_day: vec![(date("2026-06-10"), 90)],
            times: Some(AbsenceTimes {
                start: at("2026-06-10T10:00:00"),
                end: at("2026-06-10T11:30:00"),
            }),
            ..period(
                AbsenceId::Personio("hour:5d2a-timed".into()),
                "Arzttermin",
                "2026-06-10",
                "2026-06-10",
            )
        },
        AbsencePeriod {
            category: AbsenceCategory::Other,
            minutes_by_day: vec![(date("2026-06-22"), 240), (date("2026-06-23"), 180)],
            times: Some(AbsenceTimes {
                start: at("2026-06-22T13:00:00"),
                end: at("2026-06-23T12:00:00"),
            }),
            ..period(
                AbsenceId::Personio("hour:8f01-course".into()),
                "Fortbildung",
                "2026-06-22",
                "2026-06-23",
            )
        },
        AbsencePeriod {
            status: AbsenceStatus::Pending,
            category: AbsenceCategory::Other,
            ..period(
                AbsenceId::Personio("51000003".into()),
                "Überstundenabbau",
                "2026-06-24",
                "2026-06-24",
            )
        },
        AbsencePeriod {
            source: Source::Manual,
            category: AbsenceCategory::Sick,
            ..period(
                AbsenceId::Manual(7),
                "Krankheit",
                "2026-06-15",
                "2026-06-15",
            )
        },
        AbsencePeriod {
            category: AbsenceCategory::Personal,
            ..period(
                AbsenceId::Personio("51000004".into()),
                "Sonderurlaub, Umzug in die neue Wohnung; mit Übergabe der alten Wohnung",
                "2026-06-29",
                "2026-06-30",
            )
        },
    ]
}
