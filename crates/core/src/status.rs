//! What the Connection Manager and `stint-cli status` show, and the settings they change.

use crate::holidays::HolidayRegion;
use crate::settings::SyncInterval;
use crate::{signed_duration, CoreError, Stint};
use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, Utc};
use std::sync::atomic::Ordering;
use stint_model::{
    iso, ConnectionState, ConnectionStatus, EmployeeCard, ErrorCode, Locks, SyncRunView,
    SyncTrigger as Trigger,
};
use stint_store::{SyncOutcome, SyncRun, SyncTrigger, KEPT_SYNC_RUNS};

/// Settings keys `config get/set` understands.
pub const CONFIG_KEYS: &str =
    "holiday_region, sync_interval, sync_months_back, sync_months_ahead, balance_start, carry_over";

impl Stint {
    pub fn status(&self) -> Result<ConnectionStatus, CoreError> {
        let settings = self.settings();
        let store = self.store();
        let profile = store.profile()?;
        let history: Vec<SyncRunView> = store
            .sync_runs(KEPT_SYNC_RUNS)?
            .iter()
            .map(run_view)
            .collect();
        let last_success = store.last_successful_sync()?;
        let connected = settings.personio.is_some();
        let weekly_minutes = match (connected, store.personio_schedule()?) {
            (true, Some(schedule)) => schedule.minutes.0,
            _ => store.manual_weekly_minutes()?.0,
        };
        drop(store);

        let last_run = history.first().cloned();
        let state = if !connected {
            ConnectionState::Disconnected
        } else if self.syncing.load(Ordering::SeqCst) {
            ConnectionState::Syncing
        } else {
            match &last_run {
                Some(run) if run.ok => ConnectionState::Connected,
                Some(run) if run.error_code == Some(ErrorCode::Offline) => ConnectionState::Offline,
                Some(_) => ConnectionState::Error,
                None => ConnectionState::Connected,
            }
        };
        let next_sync_at = match (connected, settings.sync_interval.minutes(), &last_run) {
            (true, Some(minutes), Some(run)) => DateTime::parse_from_rfc3339(&run.started_at)
                .ok()
                .map(|at| at + Duration::minutes(minutes))
                .map(|at| at.with_timezone(&Local).to_rfc3339()),
            _ => None,
        };
        let personio = settings.personio.as_ref();
        Ok(ConnectionStatus {
            state,
            client_id: personio.map(|p| p.client_id.clone()),
            email: personio.map(|p| p.email.clone()),
            base_url: personio.and_then(|p| p.base_url.clone()),
            employee: profile.filter(|_| connected).map(|p| EmployeeCard {
                id: p.employee_id,
                email: p.email,
                first_name: p.first_name,
                last_name: p.last_name,
                position: p.position,
                department: p.department,
            }),
            locked: Locks {
                weekly_hours: connected,
                absences: connected,
            },
            weekly_minutes,
            last_run,
            last_success_at: last_success.map(|run| local_time(run.started_at)),
            next_sync_at,
            sync_interval: settings.sync_interval.as_str().to_owned(),
            demo: personio.is_some_and(|p| p.demo),
            history,
        })
    }

    /// Nothing configured yet: not connected, no own entries, absences, timer or weekly hours
    /// (the seeded full-time week counts as untouched). The app then opens on Connections,
    /// where the demo offer is.
    pub fn is_fresh(&self) -> Result<bool, CoreError> {
        if self.settings().personio.is_some() {
            return Ok(false);
        }
        let store = self.store();
        Ok(!store.has_user_data()?
            && store.manual_weekly_minutes()? == stint_store::WeeklyMinutes::FULL_TIME)
    }

    /// When the next automatic sync is due, if any (for the app's scheduler).
    pub fn next_auto_sync_at(&self) -> Result<Option<DateTime<Local>>, CoreError> {
        Ok(self
            .status()?
            .next_sync_at
            .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| at.with_timezone(&Local)))
    }

    /// Reads one setting as text (`stint-cli config get`).
    pub fn config_get(&self, key: &str) -> Result<String, CoreError> {
        let s = self.settings();
        Ok(match key.trim() {
            "holiday_region" => s.holiday_region.code(),
            "sync_interval" => s.sync_interval.as_str().to_owned(),
            "sync_months_back" => s.sync_months_back.to_string(),
            "sync_months_ahead" => s.sync_months_ahead.to_string(),
            "balance_start" => s.balance_start.map_or_else(|| "year".to_owned(), iso::date),
            "carry_over" => signed_duration::format(s.carry_over_minutes),
            other => return Err(unknown_key(other)),
        })
    }

    /// Changes one setting from text (`stint-cli config set`), validating it first.
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
                let months: u32 = value
                    .parse()
                    .ok()
                    .filter(|m| (1..=36).contains(m))
                    .ok_or_else(|| {
                        CoreError::invalid(
                            "value",
                            format!("`{value}` is not a number of months from 1 to 36"),
                        )
                    })?;
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
                let minutes = signed_duration::parse(value)
                    .map_err(|msg| CoreError::invalid("value", msg))?;
                self.update_settings(|s| s.carry_over_minutes = minutes)
            }
            other => Err(unknown_key(other)),
        }
    }
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

fn local_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).to_rfc3339()
}

pub(crate) fn run_view(run: &SyncRun) -> SyncRunView {
    SyncRunView {
        id: run.id,
        trigger: match run.trigger {
            SyncTrigger::Connect => Trigger::Connect,
            SyncTrigger::Manual => Trigger::Manual,
            SyncTrigger::Auto => Trigger::Auto,
            SyncTrigger::Start => Trigger::Start,
        },
        started_at: local_time(run.started_at),
        duration_ms: i64::from(run.duration_ms),
        ok: run.outcome == SyncOutcome::Ok,
        absences_added: run.counts.added,
        absences_changed: run.counts.changed,
        absences_removed: run.counts.removed,
        schedule_changed: run.counts.schedule_changed,
        error: run.error.clone(),
        error_code: run
            .error_code
            .as_deref()
            .and_then(|code| serde_json::from_value(serde_json::Value::from(code)).ok()),
    }
}
