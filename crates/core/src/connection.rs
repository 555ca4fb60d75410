//! Connecting and disconnecting Personio.
//!
//! Connect validates the input, then reads everything a first sync needs (which proves the
//! credentials, finds the employee by email and reads the schedule). Only when all of that
//! worked is anything stored: the secret in the OS keyring, then client id / email in the
//! settings (starting a new connection generation), then the data in SQLite — written only into
//! that generation. A failure on the way stores nothing.
//!
//! Disconnect removes the secret, then in one transaction the connection from the settings and
//! every Personio table (a new generation), and stops a sync of this process. A sync still
//! running — here or in another process — can no longer commit: its generation is gone. The
//! user's own weekly hours and absences, which were never touched, are in force again.

use crate::mapping::{self, ConnectionFacts};
use crate::settings::{Change, PersonioSettings};
use crate::{blocking, lock, validate, CoreError, Stint};
use std::sync::Arc;
use std::time::Instant;
use stint_model::{ConnectRequest, ConnectionStatus, HolidayRegion};
use stint_personio::{ClientConfig, Credentials, Personio, DEFAULT_BASE_URL};
use stint_store::{NewSyncRun, SyncOutcome, SyncTrigger};

impl Stint {
    /// Connects Personio and runs the first full sync; see the module docs for the order.
    pub async fn connect(&self, request: &ConnectRequest) -> Result<ConnectionStatus, CoreError> {
        self.connect_as(request, false).await
    }

    /// Connects to the demo company served by an in-process sandbox at `request.base_url`, and
    /// remembers that it is the demo (so the app restarts the sandbox and labels everything).
    /// The holiday region becomes Germany's, the demo company's. The app calls it on the
    /// demo's own data folder ([`Stint::start_demo`]).
    pub async fn connect_demo(
        &self,
        request: &ConnectRequest,
    ) -> Result<ConnectionStatus, CoreError> {
        self.connect_as(request, true).await
    }

    async fn connect_as(
        &self,
        request: &ConnectRequest,
        demo: bool,
    ) -> Result<ConnectionStatus, CoreError> {
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
        let window = self.sync_window();
        let (snapshot, v2) = tokio::join!(
            client.fetch_snapshot(&valid.email, window),
            crate::attendances::read(&client, &valid.email, window)
        );
        let snapshot = snapshot?;

        // Everything was readable: now store, undoing the earlier steps if a later one fails.
        self.vault.store(&valid.credentials.client_secret)?;
        let settings = PersonioSettings {
            client_id: valid.credentials.client_id.clone(),
            email: valid.email.clone(),
            base_url: valid.base_url.clone(),
            demo,
            record: false,
            skip_approval: false,
        };
        let generation = match self.change_settings(Change::Connect, |s| match &s.personio {
            // Another process connected meanwhile: theirs stands.
            Some(existing) => Err(CoreError::AlreadyConnected {
                email: existing.email.clone(),
            }),
            None => {
                s.personio = Some(settings);
                if demo {
                    // The demo company is German: its employee does not work on Germany's
                    // nationwide holidays, and the demo's own folder shows them.
                    s.holiday_region = HolidayRegion::Germany;
                }
                Ok(())
            }
        }) {
            Ok(generation) => generation,
            Err(err) => {
                let _ = self.vault.delete();
                return Err(err);
            }
        };
        let facts = ConnectionFacts {
            base_url: &base_url,
            client_id: &valid.credentials.client_id,
            connected_at: started_at,
        };
        let rows = mapping::to_store(&snapshot, v2, &facts, started_at);
        let (from, to) = window;
        let written = blocking(|| {
            let mut store = self.store();
            store
                .replace_personio_window(generation, from, to, &rows)
                .and_then(|counts| {
                    store.record_sync_run(
                        generation,
                        &NewSyncRun {
                            trigger: SyncTrigger::Connect,
                            started_at,
                            duration_ms: elapsed_ms(timer),
                            outcome: SyncOutcome::Ok,
                            counts,
                            error: None,
                            error_code: None,
                        },
                    )
                })
        });
        if let Err(err) = written {
            let err = CoreError::from(err);
            // Undo only our own connection: after a disconnect meanwhile there is none to undo.
            if !matches!(err, CoreError::Superseded) {
                let _ = self.change_settings(Change::Disconnect, |s| {
                    s.personio = None;
                    Ok(())
                });
                let _ = self.vault.delete();
            }
            return Err(err);
        }
        *lock(&self.client) = Some(client);
        tracing::info!(employee = snapshot.employee.id, "Personio connected");
        self.status()
    }

    /// Points a demo connection at the sandbox's new address (it gets a new port on every
    /// start). Does nothing for a real connection.
    pub fn retarget_demo(&self, base_url: &str) -> Result<(), CoreError> {
        if !self.is_demo() {
            return Ok(());
        }
        self.update_settings(|s| {
            if let Some(p) = s.personio.as_mut().filter(|p| p.demo) {
                p.base_url = Some(base_url.to_owned());
            }
        })?;
        // The demo company is made anew with each sandbox: the periods of the last one are
        // gone, and the user's entries are again only in Stint (not deleted as if the user had
        // deleted their periods in Personio).
        self.store().forget_period_links()?;
        *lock(&self.client) = None;
        *lock(&self.v2_person) = None;
        Ok(())
    }

    /// Forgets the connection: secret out of the keyring; then, in one transaction, client id
    /// and email out of the settings and Personio's data out of SQLite (a new connection
    /// generation); a sync of this process stops. Manual data is in force again.
    pub fn disconnect(&self) -> Result<ConnectionStatus, CoreError> {
        self.vault.delete()?;
        self.change_settings(Change::Disconnect, |s| {
            s.personio = None;
            Ok(())
        })?;
        *lock(&self.client) = None;
        *lock(&self.v2_person) = None;
        self.disconnected.notify_waiters();
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
