//! The one answer to "is Personio connected", and the lock it implies: while connected, weekly
//! hours and absences come from Personio and the core refuses manual edits of them. The UI
//! greys the controls out, but this is the guard, for the app and `stint-cli` alike.
//!
//! Connected means a Personio connection is stored in the settings — not that the network
//! works: the lock holds when the app starts offline or a sync fails, because the cached
//! Personio data stays in force. Every use case asks [`Stint::is_connected`] (or [`connected`]
//! on settings it already read), so the timeline, the status and the lock can never disagree.

use crate::{CoreError, Settings, Stint};

/// Whether `settings` hold a Personio connection.
pub(crate) fn connected(settings: &Settings) -> bool {
    settings.personio.is_some()
}

impl Stint {
    /// True while a Personio connection is stored (weekly hours and absences are then locked).
    pub fn is_connected(&self) -> bool {
        connected(&self.settings())
    }

    /// True while connected to the built-in demo company (the app runs its sandbox).
    pub fn is_demo(&self) -> bool {
        self.settings().personio.is_some_and(|p| p.demo)
    }

    /// Refuses a manual edit of `what` while Personio provides it.
    pub(crate) fn ensure_unlocked(&self, what: &'static str) -> Result<(), CoreError> {
        if self.is_connected() {
            return Err(CoreError::LockedByPersonio { what });
        }
        Ok(())
    }
}
