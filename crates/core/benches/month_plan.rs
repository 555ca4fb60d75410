//! Benchmark: computing a month's day plans from 1,000 time entries and 50 absences.
//!
//! Goal (timeline issue): ≤ 1 ms per month. Prints the median and spread of 101 runs, each
//! including the split of entries into days, as the app does on every month switch.
//! Run with `cargo bench -p stint-core --bench month_plan` (release profile).

use chrono::{Duration, NaiveDate};
use std::time::Instant;
use stint_core::day_plan::{
    self, AbsenceCategory, AbsenceSpan, AbsenceStatus, EntrySpan, PlanInputs, Source,
};

fn main() {
    let month_start = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let month_end = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let year_start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    // 1,000 entries spread over the year, some across midnight.
    let entries: Vec<EntrySpan> = (0..1000)
        .map(|i| {
            let day = year_start + Duration::days(i % 365);
            let start = day
                .and_hms_opt(if i % 10 == 0 { 22 } else { 8 }, 0, 0)
                .unwrap();
            EntrySpan {
                start,
                end: Some(start + Duration::minutes(240 + (i % 5) * 30)),
                minutes: 240 + (i as u32 % 5) * 30,
            }
        })
        .collect();
    // 50 absences over the year: half days, hour-based, pending.
    let absences: Vec<AbsenceSpan> = (0..50)
        .map(|i| {
            let start = year_start + Duration::days(i * 7);
            AbsenceSpan {
                type_name: if i % 3 == 0 { "Krankheit" } else { "Urlaub" }.into(),
                category: if i % 3 == 0 {
                    AbsenceCategory::Sick
                } else {
                    AbsenceCategory::Vacation
                },
                status: if i % 7 == 0 {
                    AbsenceStatus::Pending
                } else {
                    AbsenceStatus::Approved
                },
                source: Source::Personio,
                start,
                end: start + Duration::days(i % 4),
                half_day_start: i % 5 == 0,
                half_day_end: i % 6 == 0,
                minutes_by_day: if i % 10 == 9 {
                    vec![(start, 120)]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let holiday = |date: NaiveDate| (date == month_start).then(|| "Holiday".to_owned());

    let mut samples = Vec::new();
    let mut days = 0;
    for _ in 0..101 {
        let started = Instant::now();
        let tracked = day_plan::minutes_per_day(&entries);
        let inputs = PlanInputs {
            weekly: [480, 480, 480, 480, 480, 0, 0],
            holiday: &holiday,
            absences: &absences,
            tracked: &tracked,
            today: month_end,
        };
        let plan = day_plan::plan_range(month_start, month_end, &inputs);
        let totals = day_plan::totals(&plan);
        samples.push(started.elapsed());
        days = plan.len();
        std::hint::black_box(totals);
    }
    samples.sort();
    let micros = |d: std::time::Duration| d.as_secs_f64() * 1e6;
    println!(
        "month plan ({days} days, {} entries, {} absences): median {:.1} µs, min {:.1} µs, p90 {:.1} µs, max {:.1} µs (101 runs; goal ≤ 1000 µs)",
        entries.len(),
        absences.len(),
        micros(samples[50]),
        micros(samples[0]),
        micros(samples[90]),
        micros(samples[100]),
    );
}
