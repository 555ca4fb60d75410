//! The day plan: for each calendar date, what the user owes (target), what they tracked, and the
//! balance — right to the minute, in integer minutes (house rule 6).
//!
//! Pure functions over plain inputs, so every rule is a table test (see `tests.rs`). The rules:
//! - **scheduled** = the weekday's minutes in the weekly hours in force;
//! - a **public holiday** → target 0, and an absence that day consumes nothing;
//! - a day with scheduled 0 (a weekend) stays 0 whatever absence covers it;
//! - an **approved full-day absence** → target 0; pending/requested ones change nothing (they are
//!   listed, marked by their status);
//! - **half days**: `half_day_start` halves the first day of the period only, `half_day_end`
//!   the last day only; that day the absence takes `scheduled / 2`;
//! - an **hour-based** absence takes its minutes for that day (from the breakdown);
//! - absences on one day take in turn from what is left, so the target never drops below 0;
//! - **tracked** = the day's share of the time entries (an entry across midnight is split at
//!   midnight); **balance** = tracked − target;
//! - a day after today is not **due**: its target is not a deficit yet, and the range's
//!   `due_*` totals leave it out.

mod entries;
#[cfg(test)]
mod tests;

pub use entries::{minutes_per_day, EntrySpan};
pub use stint_model::{AbsenceCategory, AbsenceStatus, DayAbsence, DayPlan, Source, Totals};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An absence as the plan needs it, whatever its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbsenceSpan {
    pub type_name: String,
    pub category: AbsenceCategory,
    /// Only approved absences change the target.
    pub status: AbsenceStatus,
    pub source: Source,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
    /// For hour-based absences: minutes per day. Empty for day-based ones.
    pub minutes_by_day: Vec<(NaiveDate, u32)>,
}

impl From<stint_model::AbsencePeriod> for AbsenceSpan {
    /// The period as the day plan counts it (its identity matters only to the exports).
    fn from(period: stint_model::AbsencePeriod) -> Self {
        AbsenceSpan {
            type_name: period.type_name,
            category: period.category,
            status: period.status,
            source: period.source,
            start: period.start,
            end: period.end,
            half_day_start: period.half_day_start,
            half_day_end: period.half_day_end,
            minutes_by_day: period.minutes_by_day,
        }
    }
}

impl AbsenceSpan {
    fn is_approved(&self) -> bool {
        self.status == AbsenceStatus::Approved
    }

    fn is_hour_based(&self) -> bool {
        !self.minutes_by_day.is_empty()
    }

    fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// True when this absence is only a half day on `date`.
    fn is_half_on(&self, date: NaiveDate) -> bool {
        (self.half_day_start && date == self.start) || (self.half_day_end && date == self.end)
    }

    /// Minutes this absence would take from a day with `scheduled` minutes.
    fn claim(&self, date: NaiveDate, scheduled: u32) -> u32 {
        if self.is_hour_based() {
            self.minutes_by_day
                .iter()
                .filter(|(day, _)| *day == date)
                .map(|(_, minutes)| *minutes)
                .sum()
        } else if self.is_half_on(date) {
            scheduled / 2
        } else {
            scheduled
        }
    }
}

/// Everything a plan is computed from.
pub struct PlanInputs<'a> {
    /// Minutes per weekday, Monday first.
    pub weekly: [u32; 7],
    /// The public holiday on a date, by name.
    pub holiday: &'a dyn Fn(NaiveDate) -> Option<String>,
    pub absences: &'a [AbsenceSpan],
    /// Tracked minutes per date (see [`minutes_per_day`]).
    pub tracked: &'a BTreeMap<NaiveDate, u32>,
    /// Today by the core's clock: days up to it are due (their target is owed).
    pub today: NaiveDate,
}

impl std::fmt::Debug for PlanInputs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlanInputs")
            .field("weekly", &self.weekly)
            .field("absences", &self.absences.len())
            .finish_non_exhaustive()
    }
}

/// The plan of one date.
pub fn plan_day(date: NaiveDate, inputs: &PlanInputs<'_>) -> DayPlan {
    let scheduled = inputs.weekly[date.weekday().num_days_from_monday() as usize];
    let holiday = (inputs.holiday)(date);
    let consumes = holiday.is_none() && scheduled > 0;
    let mut left = scheduled;
    let absences = inputs
        .absences
        .iter()
        .filter(|a| a.covers(date))
        .filter(|a| !a.is_hour_based() || a.minutes_by_day.iter().any(|(d, _)| *d == date))
        .map(|a| {
            let taken = if consumes && a.is_approved() {
                a.claim(date, scheduled).min(left)
            } else {
                0
            };
            left -= taken;
            DayAbsence {
                type_name: a.type_name.clone(),
                category: a.category,
                status: a.status,
                minutes: taken,
                source: a.source,
                half_day: a.is_half_on(date),
                hour_based: a.is_hour_based(),
                hours_minutes: if a.is_hour_based() {
                    a.claim(date, scheduled)
                } else {
                    0
                },
            }
        })
        .collect();
    let target = if holiday.is_some() { 0 } else { left };
    let tracked = inputs.tracked.get(&date).copied().unwrap_or(0);
    DayPlan {
        date,
        scheduled_minutes: scheduled,
        target_minutes: target,
        tracked_minutes: tracked,
        balance_minutes: i64::from(tracked) - i64::from(target),
        holiday,
        absences,
        due: date <= inputs.today,
        // The working-time rules are checked by the timeline use case, over the day's spans.
        warnings: Vec::new(),
    }
}

/// The plans of `from..=to` (empty when `to < from`).
pub fn plan_range(from: NaiveDate, to: NaiveDate, inputs: &PlanInputs<'_>) -> Vec<DayPlan> {
    from.iter_days()
        .take_while(|d| *d <= to)
        .map(|d| plan_day(d, inputs))
        .collect()
}

/// The sums of `days`, and of those among them that are due (see [`DayPlan::due`]).
pub fn totals(days: &[DayPlan]) -> Totals {
    days.iter().fold(Totals::default(), |t, d| {
        let (due_target, due_balance) = if d.due {
            (i64::from(d.target_minutes), d.balance_minutes)
        } else {
            (0, 0)
        };
        Totals {
            target_minutes: t.target_minutes + i64::from(d.target_minutes),
            tracked_minutes: t.tracked_minutes + i64::from(d.tracked_minutes),
            balance_minutes: t.balance_minutes + d.balance_minutes,
            due_target_minutes: t.due_target_minutes + due_target,
            due_balance_minutes: t.due_balance_minutes + due_balance,
        }
    })
}

/// The running balance at the end of `until`: `carry_over` plus every day's balance from
/// `start` (inclusive). Before `start` it is just the carry-over.
pub fn running_balance(
    start: NaiveDate,
    carry_over: i64,
    until: NaiveDate,
    inputs: &PlanInputs<'_>,
) -> i64 {
    carry_over + totals(&plan_range(start, until, inputs)).balance_minutes
}
