//! One sync run: read the window from Personio, replace the stored window in one transaction,
//! record the run. A failed or interrupted run changes nothing but the history.
//!
//! A run belongs to the connection generation it started in: its writes (data and history)
//! commit only while that generation is current, checked inside the write transaction, so a
//! disconnect — from this process or another — always wins. A disconnect in this process also
//! stops the run at once.

use crate::connection::elapsed_ms;
use crate::mapping::{self, ConnectionFacts};
use crate::{blocking, lock, CoreError, Stint};
use chrono::{Months, NaiveDate};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;
use stint_model::{ErrorCode, SyncRunView, SyncTrigger as Trigger};
use stint_personio::{Credentials, Personio, DEFAULT_BASE_URL};
use stint_store::{NewSyncRun, SyncCounts, SyncOutcome, SyncTrigger};

impl Stint {
    /// Runs one sync now. Refused while another runs ([`CoreError::SyncInProgress`]).
    pub async fn sync(&self, trigger: Trigger) -> Result<SyncRunView, CoreError> {
        let _gate = self
            .sync_gate
            .try_lock()
            .map_err(|_| CoreError::SyncInProgress)?;
        // Listening before reading the settings: a disconnect from here on stops this run.
        let disconnected = self.disconnected.notified();
        tokio::pin!(disconnected);
        disconnected.as_mut().enable();
        let (settings, generation) = self.settings_and_generation()?;
        let settings = settings.personio.ok_or(CoreError::NotConnected)?;
        self.syncing.store(true, Ordering::SeqCst);
        let started_at = self.clock.now().to_utc();
        let timer = Instant::now();
        let outcome = tokio::select! {
            biased;
            () = &mut disconnected => Err(CoreError::Superseded),
            outcome = self.sync_inner(&settings, generation) => outcome,
        };
        self.syncing.store(false, Ordering::SeqCst);
        if matches!(outcome, Err(CoreError::Superseded)) {
            // The connection is gone, and its history with it: nothing to record.
            tracing::info!("sync stopped: Personio was disconnected while it ran");
            return Err(CoreError::Superseded);
        }

        let (counts, error, error_code) = match &outcome {
            Ok(counts) => (*counts, None, None),
            Err(err) => (
                SyncCounts::default(),
                Some(err.to_string()),
                Some(code_name(err.code())),
            ),
        };
        let run = blocking(|| {
            self.store().record_sync_run(
                generation,
                &NewSyncRun {
                    trigger: store_trigger(trigger),
                    started_at,
                    duration_ms: elapsed_ms(timer),
                    outcome: if error.is_none() {
                        SyncOutcome::Ok
                    } else {
                        SyncOutcome::Failed
                    },
                    counts,
                    error,
                    error_code,
                },
            )
        })?;
        match outcome {
            Ok(_) => Ok(crate::status::run_view(&run)),
            Err(err) => {
                tracing::warn!(error = %err, "sync failed; the last good data stays");
                Err(err)
            }
        }
    }

    async fn sync_inner(
        &self,
        settings: &crate::PersonioSettings,
        generation: i64,
    ) -> Result<SyncCounts, CoreError> {
        let base_url = settings
            .base_url
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let client = self.cached_client(settings, &base_url)?;
        let window = self.sync_window();
        // What the user changed goes out first, so the read below sees it.
        if !self.reader().outbox()?.is_empty() {
            match self.push_outbox(false).await {
                Ok(report) if report.error.is_some() => {
                    tracing::warn!(error = ?report.error, waiting = report.waiting, "push before the sync stopped early");
                }
                Ok(_) => {}
                Err(CoreError::Superseded) => return Err(CoreError::Superseded),
                Err(err) => tracing::warn!(error = %err, "push before the sync failed"),
            }
        }
        // v1 (schedule, balance, absences) and v2 (absences, attendances) at once: a sync waits
        // for the longer chain of round trips, not for both.
        let (snapshot, v2) = tokio::join!(
            client.fetch_snapshot(&settings.email, window),
            crate::attendances::read(&client, &settings.email, window)
        );
        let snapshot = snapshot?;
        let now = self.clock.now().to_utc();
        let read_back = v2.attendances.clone();
        let counts = blocking(|| {
            let mut store = self.store();
            let connected_at = store.profile()?.map_or(now, |p| p.connected_at);
            let facts = ConnectionFacts {
                base_url: &base_url,
                client_id: &settings.client_id,
                connected_at,
            };
            let rows = mapping::to_store(&snapshot, v2, &facts, now);
            Ok::<_, CoreError>(
                store.replace_personio_window(generation, window.0, window.1, &rows)?,
            )
        })?;
        if let Some(remote) = read_back {
            self.take_personio_changes(generation, &remote, window, now)?;
        }
        Ok(counts)
    }

    /// Brings the user's own entries in line with their periods as just read: approval states,
    /// periods changed or deleted in Personio (see `recording::fixes`).
    fn take_personio_changes(
        &self,
        generation: i64,
        remote: &[stint_store::StoredAttendance],
        window: (NaiveDate, NaiveDate),
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), CoreError> {
        blocking(|| {
            let mut store = self.store();
            let links = store.entry_periods()?;
            if links.is_empty() {
                return Ok(());
            }
            let outbox = store.outbox()?;
            let mut entries = std::collections::HashMap::new();
            for link in &links {
                if let Some(entry) = store.time_entry(link.entry_id)? {
                    entries.insert(entry.id, entry);
                }
            }
            let fixes = crate::recording::fixes(&entries, &links, &outbox, remote, window);
            if !fixes.is_empty() {
                tracing::info!(fixes = fixes.len(), "took changes made in Personio");
            }
            Ok(store.apply_period_fixes(generation, &fixes, now)?)
        })
    }

    /// The client of this connection, built once (secret from the keyring) and then reused.
    pub(crate) fn cached_client(
        &self,
        settings: &crate::PersonioSettings,
        base_url: &str,
    ) -> Result<Arc<Personio>, CoreError> {
        if let Some(client) = lock(&self.client).as_ref() {
            return Ok(Arc::clone(client));
        }
        let secret = self.vault.load()?.ok_or(CoreError::SecretMissing)?;
        let client = Arc::new(self.client_for(
            base_url,
            Credentials::new(settings.client_id.clone(), secret),
        )?);
        *lock(&self.client) = Some(Arc::clone(&client));
        Ok(client)
    }

    /// From `sync_months_back` before today to `sync_months_ahead` after, inclusive.
    pub fn sync_window(&self) -> (NaiveDate, NaiveDate) {
        let settings = self.settings();
        let today = self.clock.today();
        let from = today
            .checked_sub_months(Months::new(settings.sync_months_back))
            .unwrap_or(today);
        let to = today
            .checked_add_months(Months::new(settings.sync_months_ahead))
            .unwrap_or(today);
        (from, to)
    }
}

/// The code as the UI knows it (`offline`, …), stored with a failed run.
fn code_name(code: ErrorCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "internal".to_owned())
}

fn store_trigger(trigger: Trigger) -> SyncTrigger {
    match trigger {
        Trigger::Connect => SyncTrigger::Connect,
        Trigger::Manual => SyncTrigger::Manual,
        Trigger::Auto => SyncTrigger::Auto,
        Trigger::Start => SyncTrigger::Start,
    }
}
