//! Demo mode: the Personio sandbox (our fake Personio with a demo company) running inside the
//! app, so a new user can try Stint without credentials.
//!
//! The sandbox gets a new port on every start, so a demo connection is re-pointed at it when the
//! app starts (`Stint::retarget_demo`). Disconnecting stops it.

use std::sync::Mutex;
use stint_core::Stint;
use stint_sandbox::{Sandbox, SandboxConfig};

/// The running demo sandbox, if any.
#[derive(Debug, Default)]
pub struct DemoServer(Mutex<Option<Sandbox>>);

impl DemoServer {
    /// The running sandbox, started if needed.
    pub fn ensure_started(&self) -> std::io::Result<Sandbox> {
        let mut slot = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(sandbox) = slot.as_ref() {
            return Ok(sandbox.clone());
        }
        let sandbox = Sandbox::start_in_background(SandboxConfig::default())?;
        tracing::info!(url = %sandbox.base_url(), "demo sandbox started");
        *slot = Some(sandbox.clone());
        Ok(sandbox)
    }

    pub fn stop(&self) {
        if let Some(sandbox) = self.0.lock().unwrap_or_else(|p| p.into_inner()).take() {
            sandbox.shutdown();
        }
    }
}

/// At start: a stored demo connection gets its sandbox back before the first sync.
pub fn resume(stint: &Stint, demo: &DemoServer) {
    if !stint.is_demo() {
        return;
    }
    match demo.ensure_started() {
        Ok(sandbox) => {
            if let Err(err) = stint.retarget_demo(&sandbox.base_url()) {
                tracing::warn!(error = %err, "could not re-point the demo connection");
            }
        }
        Err(err) => tracing::warn!(error = %err, "could not start the demo sandbox"),
    }
}
