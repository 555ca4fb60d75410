//! What the Connection Manager and `stint-cli status` show: the connection, the employee, the
//! locks, the weekly hours in force and the sync history; and whether this is a fresh install.

use crate::lock::connected;
use crate::{weekly_hours, CoreError, Stint};
use chrono::{DateTime, Duration, FixedOffset, Local, Utc};
use std::sync::atomic::Ordering;
use stint_model::{
    ConnectionState, ConnectionStatus, EmployeeCard, ErrorCode, Locks, SyncRunView,
    SyncTrigger as Trigger,
};
use stint_store::{SyncOutcome, SyncRun, SyncTrigger, KEPT_SYNC_RUNS};

impl Stint {
    pub fn status(&self) -> Result<ConnectionStatus, CoreError> {
        let settings = self.settings();
        let store = self.reader();
        let profile = store.profile()?;
        let history: Vec<SyncRunView> = store
            .sync_runs(KEPT_SYNC_RUNS)?
            .iter()
            .map(run_view)
            .collect();
        let last_success = store.last_successful_sync()?;
        let stored_areas = store.personio_areas()?;
        let outbox = store.outbox()?;
        let recording = crate::recording::view(&settings, &stored_areas, &outbox);
        let areas = crate::attendances::views(stored_areas);
        let connected = connected(&settings);
        let weekly_minutes = weekly_hours::in_force(&store, &settings)?;
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
            (true, Some(minutes), Some(run)) => Some(local_time(
                (run.started_at + Duration::minutes(minutes)).to_utc(),
            )),
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
            sync_interval: settings.sync_interval,
            demo: personio.is_some_and(|p| p.demo),
            areas: if connected { areas } else { Vec::new() },
            recording: if connected {
                recording
            } else {
                Default::default()
            },
            history,
        })
    }

    /// Nothing configured yet: not connected, no own entries, absences, timer or weekly hours
    /// (the seeded full-time week counts as untouched). The app then opens on Connections,
    /// where the demo offer is.
    pub fn is_fresh(&self) -> Result<bool, CoreError> {
        if self.is_connected() {
            return Ok(false);
        }
        let store = self.reader();
        Ok(!store.has_user_data()?
            && store.manual_weekly_minutes()? == stint_store::WeeklyMinutes::FULL_TIME)
    }

    /// When the next automatic sync is due, if any (for the app's scheduler).
    pub fn next_auto_sync_at(&self) -> Result<Option<DateTime<Local>>, CoreError> {
        Ok(self
            .status()?
            .next_sync_at
            .map(|at| at.with_timezone(&Local)))
    }
}

/// A stored UTC moment with the local offset of then, as the UI shows it.
fn local_time(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.with_timezone(&Local).fixed_offset()
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
