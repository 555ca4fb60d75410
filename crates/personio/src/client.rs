//! [`Personio`], the typed client: one method per thing Stint reads or writes.
//!
//! Methods take and return [`crate::model`] types; how the API spells them stays in
//! [`crate::v1`] (employee, schedule, time-offs, balance; the methods here) and [`crate::v2`]
//! (persons, absence and attendance periods; their methods are in `v2/client.rs`), and how
//! requests travel (tokens, retries, timeouts) in the executor. A client is cheap to share:
//! wrap it in an `Arc` and call it from several tasks; they share one token per API version.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;

use crate::clock::{Clock, SystemClock};
use crate::config::ClientConfig;
use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::{AbsenceType, Balance, Employee, HourAbsence, TimeOff};
use crate::secret::Credentials;
use crate::v1;
use crate::v1::window::Window;

/// A Personio API client for one credential.
#[derive(Debug)]
pub struct Personio {
    pub(crate) exec: Executor,
    /// [`ClientConfig::sync_deadline`], enforced around whole operations in `snapshot.rs`.
    pub(crate) sync_deadline: Duration,
}

impl Personio {
    /// A client for `credentials` at `config.base_url`; fails on a base URL that is not https
    /// (or http on loopback).
    pub fn new(credentials: Credentials, config: ClientConfig) -> Result<Self, PersonioError> {
        Self::with_clock(credentials, config, Arc::new(SystemClock))
    }

    /// Like [`Personio::new`] with an injected clock, for tests of token expiry.
    pub fn with_clock(
        credentials: Credentials,
        config: ClientConfig,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, PersonioError> {
        Ok(Self {
            exec: Executor::new(&config, credentials, clock)?,
            sync_deadline: config.sync_deadline,
        })
    }

    /// Authenticates now unless a fresh token is at hand.
    pub async fn authenticate(&self) -> Result<(), PersonioError> {
        self.exec.ensure_token().await
    }

    /// The employee with this email (trimmed, any case), work schedule included.
    pub async fn employee_by_email(&self, email: &str) -> Result<Employee, PersonioError> {
        v1::employees::find_by_email(&self.exec, email).await
    }

    /// Day-based absences overlapping the inclusive window, whole periods, ordered by start.
    pub async fn time_offs(
        &self,
        employee_id: u64,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Vec<TimeOff>, PersonioError> {
        v1::time_offs::list(&self.exec, employee_id, Window::new(window)).await
    }

    /// Hour-based absences with their per-day minutes inside the inclusive window.
    pub async fn hour_absences(
        &self,
        employee_id: u64,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Vec<HourAbsence>, PersonioError> {
        v1::absence_periods::list(&self.exec, employee_id, Window::new(window)).await
    }

    /// The company's absence types.
    pub async fn absence_types(&self) -> Result<Vec<AbsenceType>, PersonioError> {
        v1::types::list(&self.exec).await
    }

    /// The employee's balance per absence type.
    pub async fn balances(&self, employee_id: u64) -> Result<Vec<Balance>, PersonioError> {
        v1::balance::list(&self.exec, employee_id).await
    }
}
