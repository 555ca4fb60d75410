//! The reads of one sync, with independent requests in flight together, under one deadline.
//!
//! A sync needs the employee first (its id keys everything else); after that, time-offs,
//! absence periods, types and balance do not depend on each other, so they run concurrently.
//! With a valid token that is two sequential round trips; a first sync adds one for auth.
//!
//! Per-request timeouts only fire when a server goes quiet; one that sends a byte every few
//! seconds, or keeps asking for retries, would hold a sync for hours. So a whole operation runs
//! under [`crate::ClientConfig::sync_deadline`], and running past it is a
//! [`PersonioError::Timeout`] naming the deadline.

use std::future::Future;

use chrono::NaiveDate;

use crate::client::Personio;
use crate::error::PersonioError;
use crate::model::{Employee, Snapshot};
use crate::v1::window::Window;

impl Personio {
    /// Checks a connection as the Connect screen needs it: credentials accepted, employee
    /// found, work schedule readable. Returns the employee for the profile card. Ends within
    /// the sync deadline.
    pub async fn verify(&self, email: &str) -> Result<Employee, PersonioError> {
        self.within_deadline("the connection check (auth and employee lookup)", async {
            self.authenticate().await?;
            self.employee_by_email(email).await
        })
        .await
    }

    /// Everything a sync reads for `email` within the inclusive `window`; ends within the
    /// sync deadline, with an error if Personio is too slow.
    pub async fn fetch_snapshot(
        &self,
        email: &str,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Snapshot, PersonioError> {
        self.within_deadline(
            "a sync (employee, time-offs, absence periods, types and balances)",
            self.read_snapshot(email, window),
        )
        .await
    }

    pub(crate) async fn within_deadline<T>(
        &self,
        what: &str,
        work: impl Future<Output = Result<T, PersonioError>>,
    ) -> Result<T, PersonioError> {
        let deadline = self.sync_deadline;
        match tokio::time::timeout(deadline, work).await {
            Ok(result) => result,
            Err(_elapsed) => {
                tracing::debug!(?deadline, what, "Personio deadline reached");
                Err(PersonioError::Timeout {
                    endpoint: what.to_owned(),
                    deadline: Some(deadline),
                })
            }
        }
    }

    async fn read_snapshot(
        &self,
        email: &str,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Snapshot, PersonioError> {
        let window = Window::new(window);
        let employee = self.employee_by_email(email).await?;
        let range = (window.from, window.to);
        let (time_offs, hour_absences, absence_types, balances) = tokio::try_join!(
            self.time_offs(employee.id, range),
            self.hour_absences(employee.id, range),
            self.absence_types(),
            self.balances(employee.id),
        )?;
        Ok(Snapshot {
            employee,
            window: range,
            time_offs,
            hour_absences,
            absence_types,
            balances,
        })
    }
}
