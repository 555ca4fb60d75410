//! The figures beside the timeline: Personio's time-off balances per type and the running
//! balance of tracked against target minutes.
//!
//! The running balance starts on the configured `balance_start` (1 January of today's year
//! when unset) with the configured carry-over. Future days are never counted: a target not yet
//! due is no deficit.

use crate::absences::category_of;
use crate::lock::connected;
use crate::{day_plan, CoreError, Settings, Stint};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use stint_model::{AbsenceStatus, BalanceView, Balances};

/// Where the running balance starts for `today`: the configured date, else 1 January of
/// today's year.
pub fn running_start(configured: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    configured.unwrap_or_else(|| NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today))
}

impl Stint {
    /// Balances per type (while connected) and the running balance up to the clock's today.
    pub fn balances(&self) -> Result<Balances, CoreError> {
        let today = self.clock.today();
        let settings = self.settings();
        let types = if connected(&settings) {
            let taken = self.taken_this_year(today)?;
            self.reader()
                .balances()?
                .into_iter()
                .filter(|b| b.balance != 0.0 || b.available_balance.is_some_and(|a| a != 0.0))
                .map(|b| BalanceView {
                    category: category_of(b.category.as_deref(), &b.type_name),
                    taken: taken.get(&b.type_name).copied().unwrap_or(0.0),
                    type_name: b.type_name,
                    balance: b.balance,
                    available: b.available_balance,
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(Balances {
            types,
            running_since: running_start(settings.balance_start, today),
            carry_over_minutes: settings.carry_over_minutes,
            running_minutes: self.running_balance(&settings, today)?,
        })
    }

    /// Days taken per absence type from 1 January of `today`'s year up to `today`: approved
    /// day-based absences, a half day as 0.5, counted only on days they lowered the target (so
    /// weekends and holidays inside a vacation are not taken days, as in Personio).
    fn taken_this_year(&self, today: NaiveDate) -> Result<HashMap<String, f64>, CoreError> {
        let first = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        let mut taken = HashMap::new();
        for day in self.timeline(first, today)?.days {
            for absence in day.absences {
                if absence.status == AbsenceStatus::Approved
                    && !absence.hour_based
                    && absence.minutes > 0
                {
                    let days = if absence.half_day { 0.5 } else { 1.0 };
                    *taken.entry(absence.type_name).or_insert(0.0) += days;
                }
            }
        }
        Ok(taken)
    }

    /// The carry-over plus tracked minus target minutes from [`running_start`] up to and
    /// including `today`, under `settings`. A start after today leaves just the carry-over.
    fn running_balance(&self, settings: &Settings, today: NaiveDate) -> Result<i64, CoreError> {
        let start = running_start(settings.balance_start, today);
        let carry_over = settings.carry_over_minutes;
        if start > today {
            return Ok(carry_over);
        }
        let data = self.plan_data(settings, start, today)?;
        let holiday = data.holiday();
        Ok(day_plan::running_balance(
            start,
            carry_over,
            today,
            &data.inputs(&holiday),
        ))
    }
}
