//! Weekly hours: the minutes owed per weekday. While Personio is connected they are Personio's
//! work schedule (locked); otherwise the user's own, which any whole minute from 0 to 24 h per
//! day may be (part-time contracts such as 38.5 h a week give 7:42 a day).

use crate::lock::connected;
use crate::{CoreError, Settings, Stint};
use stint_model::duration::MAX_DAY_MINUTES;
use stint_model::week::WEEKDAY_NAMES;
use stint_store::{Store, WeeklyMinutes};

/// The weekly minutes in force under `settings`, Monday first: Personio's schedule while
/// connected (once one was synced), else the user's own. The one place this is decided.
pub(crate) fn in_force(store: &Store, settings: &Settings) -> Result<[u32; 7], CoreError> {
    if connected(settings) {
        if let Some(schedule) = store.personio_schedule()? {
            return Ok(schedule.minutes.0);
        }
    }
    Ok(store.manual_weekly_minutes()?.0)
}

/// Checks a week the user typed: each day 0 to 24 h; the error names the day.
pub fn check_week(minutes: &[u32; 7]) -> Result<(), CoreError> {
    for (day, value) in minutes.iter().enumerate() {
        if *value > MAX_DAY_MINUTES {
            return Err(CoreError::invalid(
                "weeklyHours",
                format!(
                    "{} has {} hours; a day has at most 24 h",
                    WEEKDAY_NAMES[day],
                    stint_model::duration::hm(i64::from(*value))
                ),
            ));
        }
    }
    Ok(())
}

impl Stint {
    /// The weekly minutes in force (see [`in_force`]), Monday first.
    pub fn weekly_minutes(&self) -> Result<[u32; 7], CoreError> {
        let settings = self.settings();
        in_force(&self.reader(), &settings)
    }

    /// Sets the user's own weekly hours (minutes per weekday, Monday first); refused while
    /// Personio is connected.
    pub fn set_weekly_minutes(&self, minutes: [u32; 7]) -> Result<(), CoreError> {
        self.ensure_unlocked("Weekly hours")?;
        check_week(&minutes)?;
        Ok(self
            .store()
            .set_manual_weekly_minutes(WeeklyMinutes(minutes))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_whole_minute_up_to_a_day_is_a_weekday() {
        for (week, ok) in [
            ([462, 462, 462, 462, 462, 0, 0], true),
            ([1, 59, 61, 0, 0, 0, 0], true),
            ([1440, 0, 0, 0, 0, 0, 0], true),
            ([0, 0, 0, 0, 0, 0, 1441], false),
        ] {
            assert_eq!(check_week(&week).is_ok(), ok, "{week:?}");
        }
        match check_week(&[0, 0, 0, 0, 0, 0, 1441]) {
            Err(CoreError::Invalid { message, .. }) => {
                assert!(message.contains("Sunday"), "names the day: {message}")
            }
            other => panic!("a 24:01 day must be refused, got {other:?}"),
        }
    }
}
