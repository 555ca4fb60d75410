//! The Settings page's use cases: read everything it shows; change weekly hours, manual
//! absences and the general settings (the lock is enforced in `lock.rs`).

use crate::{CoreError, NewManualAbsence, Stint};
use stint_model::{ManualAbsenceInput, ManualAbsenceView, SettingsView};

impl Stint {
    pub fn settings_view(&self) -> Result<SettingsView, CoreError> {
        let status = self.status()?;
        let settings = self.settings();
        let manual_absences = self
            .manual_absences()?
            .into_iter()
            .map(|a| ManualAbsenceView {
                id: a.id,
                type_name: a.type_name,
                from: a.start,
                to: a.end,
                half_day_start: a.half_day_start,
                half_day_end: a.half_day_end,
            })
            .collect();
        Ok(SettingsView {
            locked: status.locked.weekly_hours,
            weekly_minutes: status.weekly_minutes,
            manual_absences,
            holiday_region: settings.holiday_region.code(),
            sync_interval: settings.sync_interval.as_str().to_owned(),
            balance_start: settings.balance_start,
            carry_over_minutes: settings.carry_over_minutes,
        })
    }

    /// Adds a manual absence from the Settings form (refused while Personio is connected).
    pub fn add_manual_absence_input(&self, input: &ManualAbsenceInput) -> Result<i64, CoreError> {
        self.add_manual_absence(&NewManualAbsence {
            type_name: input.type_name.trim().to_owned(),
            category: None,
            start: input.from,
            end: input.to,
            half_day_start: input.half_day_start,
            half_day_end: input.half_day_end,
        })
    }
}
