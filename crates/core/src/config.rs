//! The settings a user changes by name — `stint-cli config get/set KEY VALUE` and the Settings
//! page's general settings — and everything the Settings page shows. Values arrive as text and
//! are read by the same rules here for both (durations by `stint_model::duration`).

use crate::{absences, weekly_hours, CoreError, Stint};
use chrono::{Datelike, NaiveDate};
use stint_model::{duration, iso, HolidayRegion, SettingsView, SyncInterval, WorkingTimeChecks};

/// Settings keys `config get/set` understands.
pub const CONFIG_KEYS: &str = "holiday_region, sync_interval, sync_months_back, \
     sync_months_ahead, balance_start, carry_over, working_time_checks, record_in_personio, \
     skip_approval";

/// The largest carry-over accepted: 2,000 hours either way (a whole working year and more).
pub const CARRY_OVER_LIMIT_MINUTES: i64 = 2_000 * 60;

impl Stint {
    /// Everything the Settings page shows.
    pub fn settings_view(&self) -> Result<SettingsView, CoreError> {
        let settings = self.settings();
        let store = self.reader();
        let weekly_minutes = weekly_hours::in_force(&store, &settings)?;
        let manual_absences = store
            .manual_absences()?
            .into_iter()
            .map(absences::view)
            .collect();
        drop(store);
        Ok(SettingsView {
            locked: crate::lock::connected(&settings),
            weekly_minutes,
            manual_absences,
            holiday_region: settings.holiday_region,
            sync_interval: settings.sync_interval,
            balance_start: settings.balance_start,
            carry_over_minutes: settings.carry_over_minutes,
            working_time_checks: settings.working_time_checks,
        })
    }

    /// Reads one setting as text, written the way [`Stint::config_set`] reads it back.
    pub fn config_get(&self, key: &str) -> Result<String, CoreError> {
        let s = self.settings();
        Ok(match key.trim() {
            "holiday_region" => s.holiday_region.code(),
            "sync_interval" => s.sync_interval.as_str().to_owned(),
            "sync_months_back" => s.sync_months_back.to_string(),
            "sync_months_ahead" => s.sync_months_ahead.to_string(),
            "balance_start" => s.balance_start.map_or_else(|| "year".to_owned(), iso::date),
            "carry_over" => duration::hm(s.carry_over_minutes),
            "working_time_checks" => s.working_time_checks.as_str().to_owned(),
            "record_in_personio" => on_off(s.personio.as_ref().is_some_and(|p| p.record)),
            "skip_approval" => on_off(s.personio.as_ref().is_some_and(|p| p.skip_approval)),
            other => return Err(unknown_key(other)),
        })
    }

    /// Changes one setting from text, validating it first; nothing changes on an error.
    pub fn config_set(&self, key: &str, value: &str) -> Result<(), CoreError> {
        let value = value.trim();
        match key.trim() {
            "holiday_region" => {
                let region =
                    HolidayRegion::parse(value).map_err(|msg| CoreError::invalid("value", msg))?;
                self.update_settings(|s| s.holiday_region = region)
            }
            "sync_interval" => {
                let interval = SyncInterval::parse(value).ok_or_else(|| {
                    CoreError::invalid(
                        "value",
                        format!(
                            "`{value}` is not a sync interval: use one of {}",
                            SyncInterval::CHOICES
                        ),
                    )
                })?;
                self.update_settings(|s| s.sync_interval = interval)
            }
            key @ ("sync_months_back" | "sync_months_ahead") => {
                let months = months(value)?;
                self.update_settings(|s| {
                    if key == "sync_months_back" {
                        s.sync_months_back = months;
                    } else {
                        s.sync_months_ahead = months;
                    }
                })
            }
            "balance_start" => {
                let start = balance_start(value)?;
                self.update_settings(|s| s.balance_start = start)
            }
            "carry_over" => {
                let minutes = carry_over(value)?;
                self.update_settings(|s| s.carry_over_minutes = minutes)
            }
            "working_time_checks" => {
                let checks = WorkingTimeChecks::parse(value).ok_or_else(|| {
                    CoreError::invalid(
                        "value",
                        format!("`{value}` is not a choice of checks: use de (German law) or off"),
                    )
                })?;
                self.update_settings(|s| s.working_time_checks = checks)
            }
            "record_in_personio" => self.set_recording(switch(value)?),
            "skip_approval" => self.set_skip_approval(switch(value)?),
            other => Err(unknown_key(other)),
        }
    }
}

fn on_off(on: bool) -> String {
    if on { "on" } else { "off" }.to_owned()
}

/// `on` / `off` (also `true`/`false`, `yes`/`no`, `1`/`0`).
fn switch(value: &str) -> Result<bool, CoreError> {
    match value.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err(CoreError::invalid(
            "value",
            format!("`{value}` is not a switch: use on or off"),
        )),
    }
}

fn months(value: &str) -> Result<u32, CoreError> {
    value
        .parse()
        .ok()
        .filter(|m| (1..=36).contains(m))
        .ok_or_else(|| {
            CoreError::invalid(
                "value",
                format!("`{value}` is not a number of months from 1 to 36"),
            )
        })
}

/// A signed duration (a bare number is hours) of at most [`CARRY_OVER_LIMIT_MINUTES`].
pub(crate) fn carry_over(value: &str) -> Result<i64, CoreError> {
    let minutes = duration::parse(value)
        .map_err(|err| CoreError::invalid("value", format!("`{value}` {err}")))?;
    if minutes.abs() > CARRY_OVER_LIMIT_MINUTES {
        return Err(CoreError::invalid(
            "value",
            format!(
                "`{value}` is more than {} hours: check the carry-over",
                CARRY_OVER_LIMIT_MINUTES / 60
            ),
        ));
    }
    Ok(minutes)
}

/// `YYYY-MM-DD`, or `year` / empty for "1 January of the current year".
fn balance_start(value: &str) -> Result<Option<NaiveDate>, CoreError> {
    if value.is_empty() || value.eq_ignore_ascii_case("year") {
        return Ok(None);
    }
    iso::parse_date(value)
        .filter(|d| d.year() >= 1970)
        .map(Some)
        .ok_or_else(|| {
            CoreError::invalid(
                "value",
                format!(
                    "`{value}` is not a start date: use YYYY-MM-DD (e.g. 2026-01-01), or `year` \
                     for 1 January of the current year"
                ),
            )
        })
}

fn unknown_key(key: &str) -> CoreError {
    CoreError::invalid(
        "key",
        format!("Unknown setting `{key}`: known settings are {CONFIG_KEYS}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carry_over_reads_like_every_duration_within_its_limit() {
        for (raw, minutes) in [
            ("-3:30", -210),
            ("2h", 120),
            ("-3.5", -210),
            ("12.5", 750),
            ("2000", CARRY_OVER_LIMIT_MINUTES),
            ("-2000:00", -CARRY_OVER_LIMIT_MINUTES),
        ] {
            assert_eq!(carry_over(raw).ok(), Some(minutes), "`{raw}`");
        }
        for raw in ["2001", "200000000000000000:00", "abc", "1.01", ""] {
            match carry_over(raw) {
                Err(CoreError::Invalid { message, .. }) => {
                    assert!(
                        message.contains(raw),
                        "the message names `{raw}`: {message}"
                    )
                }
                other => panic!("`{raw}` must be refused, got {other:?}"),
            }
        }
    }

    #[test]
    fn balance_start_is_a_date_or_the_year() {
        assert_eq!(balance_start("year").ok(), Some(None));
        assert_eq!(
            balance_start("2026-03-01").ok(),
            Some(iso::parse_date("2026-03-01"))
        );
        for bad in ["26-1-1", "2026-02-30", "1969-12-31", "soon"] {
            assert!(balance_start(bad).is_err(), "`{bad}` is no start date");
        }
    }
}
