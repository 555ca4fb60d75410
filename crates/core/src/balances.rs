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
use stint_model::{BalanceView, Balances};

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
            self.reader()
                .balances()?
                .into_iter()
                .filter(|b| b.balance != 0.0 || b.available_balance.is_some_and(|a| a != 0.0))
                .map(|b| BalanceView {
                    category: category_of(b.category.as_deref(), &b.type_name),
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
