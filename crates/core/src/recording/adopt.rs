//! Editing and deleting attendance periods the user did not make in Stint (booked in Personio
//! directly, or by an earlier install). While recording is on they are the user's to change:
//! the period becomes one of the user's entries, linked to it, and the change goes to Personio
//! through the outbox like any other. While recording is off they stay read-only — a change
//! made only in Stint would be undone by the next sync, which takes Personio's version.

use stint_model::{TimeEntryInput, TimeEntryView};
use stint_store::{NewTimeEntry, StoredAttendance};

use super::is_on;
use crate::entries::new_entry;
use crate::{CoreError, Stint};

impl Stint {
    /// Changes Personio's period `period_id` to `input` (see the module docs).
    pub fn update_personio_period(
        &self,
        period_id: &str,
        input: &TimeEntryInput,
    ) -> Result<TimeEntryView, CoreError> {
        let entry = new_entry(input)?;
        let period = self.adoptable(period_id)?;
        let now = self.clock.now().to_utc();
        let id = self.store().adopt_period(&entry, &period, now)?;
        self.time_entry_view(id)
    }

    /// Deletes Personio's period `period_id` (see the module docs).
    pub fn delete_personio_period(&self, period_id: &str) -> Result<(), CoreError> {
        let period = self.adoptable(period_id)?;
        let end = period.end.ok_or_else(|| {
            CoreError::invalid(
                "id",
                "This period is still open (clocked in) in Personio; close it there first",
            )
        })?;
        let minutes = u32::try_from((end - period.start).num_minutes().max(1)).unwrap_or(1);
        let as_entry = NewTimeEntry {
            start: period.start,
            end: Some(end),
            minutes,
            note: period.comment.clone(),
        };
        let now = self.clock.now().to_utc();
        let mut store = self.store();
        let id = store.adopt_period(&as_entry, &period, now)?;
        store.delete_time_entry_and_queue(id, now)?;
        Ok(())
    }

    /// Period `period_id` as stored, if recording is on and it is a WORK period no entry of the
    /// user's is already linked to.
    fn adoptable(&self, period_id: &str) -> Result<StoredAttendance, CoreError> {
        if !is_on(&self.settings()) {
            return Err(CoreError::invalid(
                "record_in_personio",
                "Periods booked in Personio can be changed here only while \"Record my time in \
                 Personio\" is on; otherwise change them in Personio",
            ));
        }
        let store = self.reader();
        let period = store.personio_attendance(period_id)?.ok_or_else(|| {
            CoreError::invalid(
                "id",
                format!("Personio has no period {period_id} (any more); sync and reload"),
            )
        })?;
        if store.linked_period_ids()?.contains(period_id) {
            return Err(CoreError::invalid(
                "id",
                "This period is already one of your entries; change that entry",
            ));
        }
        if !period.kind.eq_ignore_ascii_case("WORK") {
            return Err(CoreError::invalid(
                "id",
                "Only worked time is an entry; change breaks in Personio",
            ));
        }
        Ok(period)
    }
}
