//! The reads of one sync, with independent requests in flight together.
//!
//! A sync needs the employee first (its id keys everything else); after that, time-offs,
//! absence periods, types and balance do not depend on each other, so they run concurrently.
//! With a valid token that is two sequential round trips; a first sync adds one for auth.

use chrono::NaiveDate;

use crate::client::Personio;
use crate::error::PersonioError;
use crate::model::{Employee, Snapshot};
use crate::v1::window::Window;

impl Personio {
    /// Checks a connection as the Connect screen needs it: credentials accepted, employee
    /// found, work schedule readable. Returns the employee for the profile card.
    pub async fn verify(&self, email: &str) -> Result<Employee, PersonioError> {
        self.authenticate().await?;
        self.employee_by_email(email).await
    }

    /// Everything a sync reads for `email` within the inclusive `window`.
    pub async fn fetch_snapshot(
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
