//! Connecting and disconnecting Personio.
//!
//! Connect validates the input, then reads everything a first sync needs (which proves the
//! credentials, finds the employee by email and reads the schedule). Only when all of that
//! worked is anything stored: the secret in the OS keyring, client id / email in the settings,
//! the data in SQLite. A failure on the way stores nothing. Disconnect removes all three and
//! the user's own weekly hours and absences, which were never touched, are in force again.

use crate::mapping::{self, ConnectionFacts};
use crate::settings::PersonioSettings;
use crate::{lock, validate, CoreError, Stint};
use std::sync::Arc;
use std::time::Instant;
use stint_model::{ConnectRequest, ConnectionStatus};
use stint_personio::{ClientConfig, Credentials, Personio, DEFAULT_BASE_URL};
use stint_store::{NewSyncRun, SyncOutcome, SyncTrigger};

impl Stint {
    /// Connects Personio and runs the first full sync; see the module docs for the order.
    pub async fn connect(&self, request: &ConnectRequest) -> Result<ConnectionStatus, CoreError> {
        let valid = validate::connect_request(request)?;
        if let Some(existing) = self.settings().personio {
            return Err(CoreError::AlreadyConnected {
                email: existing.email,
            });
        }
        let _gate = self
            .sync_gate
            .try_lock()
            .map_err(|_| CoreError::SyncInProgress)?;
        let base_url = valid
            .base_url
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let client = Arc::new(self.client_for(&base_url, valid.credentials.clone())?);

        let started_at = self.clock.now().to_utc();
        let timer = Instant::now();
        let snapshot = client
            .fetch_snapshot(&valid.email, self.sync_window())
            .await?;

        // Everything was readable: now store, undoing the earlier steps if a later one fails.
        self.vault.store(&valid.credentials.client_secret)?;
        let settings = PersonioSettings {
            client_id: valid.credentials.client_id.clone(),
            email: valid.email.clone(),
            base_url: valid.base_url.clone(),
            demo: false,
        };
        if let Err(err) = self.update_settings(|s| s.personio = Some(settings)) {
            let _ = self.vault.delete();
            return Err(err);
        }
        let facts = ConnectionFacts {
            base_url: &base_url,
            client_id: &valid.credentials.client_id,
            connected_at: started_at,
        };
        let rows = mapping::to_store(&snapshot, &facts, started_at);
        let (from, to) = self.sync_window();
        let written = {
            let mut store = self.store();
            store
                .replace_personio_window(from, to, &rows)
                .and_then(|counts| {
                    store.record_sync_run(&NewSyncRun {
                        trigger: SyncTrigger::Connect,
                        started_at,
                        duration_ms: elapsed_ms(timer),
                        outcome: SyncOutcome::Ok,
                        counts,
                        error: None,
                        error_code: None,
                    })
                })
        };
        if let Err(err) = written {
            let _ = self.store().clear_personio();
            let _ = self.update_settings(|s| s.personio = None);
            let _ = self.vault.delete();
            return Err(err.into());
        }
        *lock(&self.client) = Some(client);
        tracing::info!(employee = snapshot.employee.id, "Personio connected");
        self.status()
    }

    /// Connects to the demo company served by an in-process sandbox at `request.base_url`, and
    /// remembers that it is the demo (so the app restarts the sandbox and labels everything).
    pub async fn connect_demo(
        &self,
        request: &ConnectRequest,
    ) -> Result<ConnectionStatus, CoreError> {
        self.connect(request).await?;
        self.update_settings(|s| {
            if let Some(p) = s.personio.as_mut() {
                p.demo = true;
            }
        })?;
        self.status()
    }

    /// Points a demo connection at the sandbox's new address (it gets a new port on every
    /// start). Does nothing for a real connection.
    pub fn retarget_demo(&self, base_url: &str) -> Result<(), CoreError> {
        if !self.settings().personio.is_some_and(|p| p.demo) {
            return Ok(());
        }
        self.update_settings(|s| {
            if let Some(p) = s.personio.as_mut() {
                p.base_url = Some(base_url.to_owned());
            }
        })?;
        *lock(&self.client) = None;
        Ok(())
    }

    /// Forgets the connection: secret out of the keyring, Personio data out of SQLite, client
    /// id and email out of the settings. Manual data is in force again.
    pub fn disconnect(&self) -> Result<ConnectionStatus, CoreError> {
        self.vault.delete()?;
        self.store().clear_personio()?;
        self.update_settings(|s| s.personio = None)?;
        *lock(&self.client) = None;
        tracing::info!("Personio disconnected");
        self.status()
    }

    /// A client for `base_url` with the configured timeouts and retries.
    pub(crate) fn client_for(
        &self,
        base_url: &str,
        credentials: Credentials,
    ) -> Result<Personio, CoreError> {
        let config = ClientConfig {
            base_url: base_url.to_owned(),
            ..self.client_config.clone()
        };
        Ok(Personio::new(credentials, config)?)
    }
}

pub(crate) fn elapsed_ms(since: Instant) -> u32 {
    u32::try_from(since.elapsed().as_millis()).unwrap_or(u32::MAX)
}
