//! Demo mode: the Personio sandbox (our fake Personio with a demo company) running inside the
//! app, connected from the demo's own data folder, so a new user can try Stint without
//! credentials and without mixing the demo into their own data.
//!
//! "Try with demo data" starts the sandbox, has the core make the demo's folder
//! (`<data folder>/demo`, see `stint_core::demo`) connected to it, and swaps the app's core
//! ([`ActiveCore`]) to it — no restart. Disconnect while the demo runs swaps back to the
//! user's core, then the core removes the demo's secret, marker and folder, and the sandbox
//! stops. A restart while in the demo comes back into it: the sandbox gets a new port on every
//! start, so the demo connection is re-pointed at it (`Stint::retarget_demo`).

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use stint_core::clock::Clock;
use stint_core::{CoreError, Stint};
use stint_model::ipc::events::TRACKING_CHANGED;
use stint_model::{ConnectRequest, ConnectionStatus, ErrorCode, IpcError};
use stint_sandbox::{Sandbox, SandboxConfig};
use tauri::{AppHandle, Emitter};

use crate::active::ActiveCore;

/// The running demo sandbox, if any, and the clock the demo's folder is opened with.
#[derive(Debug)]
pub struct DemoServer {
    sandbox: Mutex<Option<Sandbox>>,
    clock: Arc<dyn Clock>,
}

impl DemoServer {
    /// No sandbox yet; the demo's folder will be opened at `clock` (the app's).
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            sandbox: Mutex::new(None),
            clock,
        }
    }

    /// The running sandbox, started if needed with its demo company built around `today`
    /// (the core's today, so a shifted clock sees a matching demo).
    fn ensure_started(&self, today: NaiveDate) -> std::io::Result<Sandbox> {
        let mut slot = self.sandbox.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(sandbox) = slot.as_ref() {
            return Ok(sandbox.clone());
        }
        let sandbox = Sandbox::serve_in_background(
            crate::loopback::listener()?,
            SandboxConfig {
                today,
                ..SandboxConfig::default()
            },
        )?;
        tracing::info!(url = %sandbox.base_url(), "demo sandbox started");
        *slot = Some(sandbox.clone());
        Ok(sandbox)
    }

    fn stop(&self) {
        if let Some(sandbox) = self
            .sandbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
        {
            sandbox.shutdown();
        }
    }

    /// Opens a data folder as the app does (OS keyring, the app's clock).
    fn open(&self, dir: &Path) -> Result<Stint, CoreError> {
        Stint::open_at(dir, Arc::clone(&self.clock))
    }
}

/// At start: the app's core — the demo's when the app was left in the demo (its sandbox
/// started and the connection re-pointed at it), else the user's.
pub fn resume(user: Arc<Stint>, server: &DemoServer) -> ActiveCore {
    let demo = match user.resume_demo(|dir| server.open(dir)) {
        Ok(demo) => demo,
        Err(err) => {
            tracing::warn!(error = %err, "could not open the demo's folder; showing the user's");
            None
        }
    };
    let Some(demo) = demo else {
        return ActiveCore::new(user, None);
    };
    match server.ensure_started(user.local_now().date()) {
        Ok(sandbox) => {
            if let Err(err) = demo.retarget_demo(&sandbox.base_url()) {
                tracing::warn!(error = %err, "could not re-point the demo connection");
            }
        }
        Err(err) => tracing::warn!(error = %err, "could not start the demo sandbox"),
    }
    tracing::info!(dir = %demo.data_dir().display(), "back in the demo");
    ActiveCore::new(user, Some(Arc::new(demo)))
}

/// "Try with demo data": the sandbox started, the demo's folder made and connected to it, and
/// the app switched to it.
pub async fn enter(
    app: &AppHandle,
    active: &ActiveCore,
    server: &DemoServer,
) -> Result<ConnectionStatus, IpcError> {
    let _switching = active.switching().await;
    let user = Arc::clone(active.user());
    let sandbox = server
        .ensure_started(user.local_now().date())
        .map_err(|err| {
            IpcError::new(
                ErrorCode::Internal,
                format!("The demo server could not start: {err}"),
            )
        })?;
    let creds = sandbox.credentials();
    let request = ConnectRequest {
        client_id: creds.client_id,
        client_secret: creds.client_secret,
        email: creds.email,
        base_url: Some(sandbox.base_url()),
    };
    let demo = match user.start_demo(&request, |dir| server.open(dir)).await {
        Ok(demo) => Arc::new(demo),
        Err(err) => {
            if active.demo().is_none() {
                server.stop();
            }
            return Err(err.into());
        }
    };
    active.switch_to(Arc::clone(&demo));
    switched(app);
    crate::commands::blocking(move || demo.status()).await
}

/// Leaving the demo: the app back on the user's core, then the demo's secret, marker and
/// folder removed and the sandbox stopped. Answers the user's status, as it was before.
pub async fn leave(
    app: &AppHandle,
    active: &ActiveCore,
    server: &DemoServer,
) -> Result<ConnectionStatus, IpcError> {
    let _switching = active.switching().await;
    let Some(demo) = active.demo() else {
        return Err(CoreError::NotConnected.into());
    };
    let user = Arc::clone(active.user());
    active.switch_to(Arc::clone(&user));
    let ending = Arc::clone(&demo);
    let ended = crate::commands::blocking(move || user.end_demo(&ending)).await;
    if ended.is_err() {
        // The demo could not be ended (its secret stays in the keyring): still in the demo.
        active.switch_to(demo);
        return ended;
    }
    server.stop();
    switched(app);
    ended
}

/// Everything showing Stint's data reads it again: the data folder changed.
fn switched(app: &AppHandle) {
    let _ = app.emit(TRACKING_CHANGED, ());
    crate::tray::refresh(app);
}
