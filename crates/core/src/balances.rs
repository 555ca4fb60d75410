//! The figures beside the timeline: Personio's time-off balances per type and the running
//! balance of tracked against target minutes.
//!
//! There are no settings yet for where the running balance starts or for a carried-over
//! balance, so it counts from 1 January of today's year with nothing carried over; the
//! settings come later and will replace [`running_start`]. Future days are never counted: a
//! target not yet due is no deficit.

use crate::timeline::category_of;
use crate::{day_plan, CoreError, Stint};
use chrono::{Datelike, NaiveDate};
use stint_model::{BalanceView, Balances};

/// Where the running balance starts for `today`: 1 January of its year (until a setting exists).
pub fn running_start(today: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today)
}

impl Stint {
    /// Balances per type (while connected) and the running balance up to the clock's today.
    pub fn balances(&self) -> Result<Balances, CoreError> {
        let today = self.clock.today();
        let connected = self.settings().personio.is_some();
        let types = if connected {
            self.store()
                .balances()?
                .into_iter()
                .filter(|b| b.balance != 0.0 || b.available_balance.is_some_and(|a| a != 0.0))
                .map(|b| BalanceView {
                    category: category_of(b.category.as_deref(), &b.type_name).to_owned(),
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
            running_since: running_start(today),
            running_minutes: self.running_balance(today)?,
        })
    }

    /// Tracked minus target minutes from [`running_start`] up to and including `today`, with
    /// no carry-over.
    pub fn running_balance(&self, today: NaiveDate) -> Result<i64, CoreError> {
        let start = running_start(today);
        let data = self.plan_data(start, today)?;
        let holiday = data.holiday();
        Ok(day_plan::running_balance(
            start,
            0,
            today,
            &data.inputs(&holiday),
        ))
    }
}
