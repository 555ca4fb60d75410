//! The v2 methods of [`Personio`]: persons, absences, attendances, scopes.
//!
//! Each runs under the sync deadline like the v1 reads, so a stalled server cannot hold a
//! sync. They share the v2 token, which is separate from the v1 one.

use chrono::NaiveDate;

use crate::client::Personio;
use crate::error::PersonioError;
use crate::executor::Api;
use crate::model::{Absences, AttendanceChange, AttendancePeriod, NewAttendance, Person};
use crate::scope::Scopes;
use crate::v1::window::Window;
use crate::v2;

impl Personio {
    /// Authenticates with v2 now unless a fresh v2 token is at hand, and returns the scopes the
    /// token was issued with (empty when Personio's answer listed none).
    pub async fn v2_scopes(&self) -> Result<Scopes, PersonioError> {
        self.within_deadline("v2 authentication", async {
            self.exec.scopes(Api::V2).await.map(Scopes)
        })
        .await
    }

    /// The v2 person with this email (trimmed, any case); its `id` is what the other v2
    /// methods take.
    pub async fn person_by_email(&self, email: &str) -> Result<Person, PersonioError> {
        self.within_deadline(
            "the person lookup (GET /v2/persons)",
            v2::persons::find_by_email(&self.exec, email),
        )
        .await
    }

    /// The person's absences touching the inclusive window, from v2: day-based whole with
    /// half days, hour-based as minutes per day inside the window (from their breakdowns).
    pub async fn absence_periods(
        &self,
        person_id: &str,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Absences, PersonioError> {
        self.within_deadline(
            "reading absences (GET /v2/absence-periods and breakdowns)",
            v2::absence_periods::list(&self.exec, person_id, Window::new(window)),
        )
        .await
    }

    /// The person's attendance periods starting inside the inclusive window, by start.
    pub async fn attendance_periods(
        &self,
        person_id: &str,
        window: (NaiveDate, NaiveDate),
    ) -> Result<Vec<AttendancePeriod>, PersonioError> {
        self.within_deadline(
            "reading attendances (GET /v2/attendance-periods)",
            v2::attendances::list(&self.exec, person_id, Window::new(window)),
        )
        .await
    }

    /// Creates an attendance period and returns its id. On a timeout the period may exist:
    /// read the day back and match by start and end before trying again.
    pub async fn create_attendance(&self, new: &NewAttendance) -> Result<String, PersonioError> {
        self.within_deadline(
            v2::attendances::CREATE,
            v2::attendances::create(&self.exec, new),
        )
        .await
    }

    /// Changes start, end or comment of a period.
    pub async fn change_attendance(
        &self,
        id: &str,
        change: &AttendanceChange,
    ) -> Result<(), PersonioError> {
        self.within_deadline(
            v2::attendances::CHANGE,
            v2::attendances::change(&self.exec, id, change),
        )
        .await
    }

    /// Deletes a period.
    pub async fn delete_attendance(&self, id: &str) -> Result<(), PersonioError> {
        self.within_deadline(
            v2::attendances::DELETE,
            v2::attendances::delete(&self.exec, id),
        )
        .await
    }
}
