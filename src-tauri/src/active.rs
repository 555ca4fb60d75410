//! The core the app works on right now: the user's own data folder, or — while the demo runs
//! — the demo's own folder (`stint_core::demo`). "Try with demo data" and leaving the demo
//! swap it inside the running app, without a restart.
//!
//! Everything that works on Stint's data — commands, the tray, the scheduler, the idle
//! watcher, the notices — asks [`ActiveCore::current`] each time instead of keeping a core of
//! its own, so after a swap they all follow. A call already under way finishes on the core it
//! started with; that is harmless, as both folders stay whole until the swap is done.

use std::sync::{Arc, RwLock};
use stint_core::Stint;

/// The user's core and the one in use (the same one unless the demo runs).
#[derive(Debug, Clone)]
pub struct ActiveCore(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    user: Arc<Stint>,
    current: RwLock<Arc<Stint>>,
    /// One switch at a time (a double click on "Try with demo data" starts one demo).
    switching: tokio::sync::Mutex<()>,
}

impl ActiveCore {
    /// The app on the user's folder `user`, or on `demo` when the demo was running.
    pub fn new(user: Arc<Stint>, demo: Option<Arc<Stint>>) -> Self {
        let current = demo.unwrap_or_else(|| Arc::clone(&user));
        Self(Arc::new(Inner {
            user,
            current: RwLock::new(current),
            switching: tokio::sync::Mutex::new(()),
        }))
    }

    /// The core in use now.
    pub fn current(&self) -> Arc<Stint> {
        Arc::clone(&self.0.current.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The core of the user's own data folder.
    pub fn user(&self) -> &Arc<Stint> {
        &self.0.user
    }

    /// The demo's core while the demo runs.
    pub fn demo(&self) -> Option<Arc<Stint>> {
        let current = self.current();
        (!Arc::ptr_eq(&current, &self.0.user)).then_some(current)
    }

    /// Uses `stint` from now on (the demo's core, or the user's again).
    pub fn switch_to(&self, stint: Arc<Stint>) {
        *self.0.current.write().unwrap_or_else(|p| p.into_inner()) = stint;
    }

    /// Held while the demo starts or ends.
    pub async fn switching(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.0.switching.lock().await
    }
}
