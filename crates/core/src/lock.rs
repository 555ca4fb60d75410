//! The Personio lock: while connected, weekly hours and absences come from Personio and the
//! backend refuses manual edits of them. The UI greys the controls out, but this is the guard.
//!
//! The lock follows the stored connection, not the network: it holds when the app starts
//! offline or a sync fails, because the cached Personio data stays in force.

use crate::{CoreError, Stint};
use stint_store::{NewManualAbsence, WeeklyMinutes};

impl Stint {
    /// True while a Personio connection is stored.
    pub fn is_locked(&self) -> Result<bool, CoreError> {
        Ok(self.settings().personio.is_some() || self.store().is_personio_connected()?)
    }

    fn ensure_unlocked(&self, what: &'static str) -> Result<(), CoreError> {
        if self.is_locked()? {
            return Err(CoreError::LockedByPersonio { what });
        }
        Ok(())
    }

    /// Sets the user's own weekly hours (minutes per weekday, Monday first).
    pub fn set_manual_weekly_minutes(&self, minutes: [u32; 7]) -> Result<(), CoreError> {
        self.ensure_unlocked("Weekly hours")?;
        for (day, value) in minutes.iter().enumerate() {
            if *value > WeeklyMinutes::MAX_PER_DAY {
                return Err(CoreError::invalid(
                    "weeklyHours",
                    format!(
                        "{} has {value} minutes; a day has at most 24 h (1440 minutes)",
                        WEEKDAYS[day]
                    ),
                ));
            }
        }
        Ok(self
            .store()
            .set_manual_weekly_minutes(WeeklyMinutes(minutes))?)
    }

    /// Adds one of the user's own absences.
    pub fn add_manual_absence(&self, absence: &NewManualAbsence) -> Result<i64, CoreError> {
        self.ensure_unlocked("Absences")?;
        if absence.type_name.trim().is_empty() {
            return Err(CoreError::invalid(
                "type",
                "Absence type is empty: name it, e.g. Urlaub",
            ));
        }
        if absence.end < absence.start {
            return Err(CoreError::invalid(
                "to",
                format!(
                    "The absence ends {} before it starts {}",
                    absence.end, absence.start
                ),
            ));
        }
        let now = self.clock.now().to_utc();
        Ok(self.store().add_manual_absence(absence, now)?)
    }

    /// Deletes one of the user's own absences.
    pub fn delete_manual_absence(&self, id: i64) -> Result<(), CoreError> {
        self.ensure_unlocked("Absences")?;
        Ok(self.store().delete_manual_absence(id)?)
    }
}

pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Stint {
    /// Personio's absences overlapping `from..=to` as last synced (empty when disconnected).
    pub fn personio_absences_between(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<stint_store::StoredAbsence>, CoreError> {
        Ok(self.store().personio_absences_between(from, to)?)
    }

    /// The user's own absences.
    pub fn manual_absences(&self) -> Result<Vec<stint_store::ManualAbsence>, CoreError> {
        Ok(self.store().manual_absences()?)
    }
}
