//! "Record my time in Personio": the switch as the Connection Manager shows it, and what a push
//! of the outbox did (`stint-cli attendances push --format json` prints [`PushReport`]).

use serde::{Deserialize, Serialize};

/// The recording switch and what is waiting.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RecordingView {
    /// The user turned recording on.
    pub on: bool,
    /// The credential may write attendances (as the last sync found); the switch is offered
    /// only then.
    pub available: bool,
    /// Why it is not available, when it is not.
    pub detail: Option<String>,
    /// New periods are sent with `skip_approval` (only if the user turned it on).
    pub skip_approval: bool,
    /// Changes waiting to be sent.
    pub unsent: u32,
    /// Changes Personio refused (each entry shows the reason).
    pub refused: u32,
    /// Entries changed in Personio while the user's change waited (each shows both).
    pub conflicts: u32,
}

/// One entry and why it was refused or skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryReason {
    pub entry_id: i64,
    pub reason: String,
}

/// What one push of the outbox did, or would do (`dry_run`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PushReport {
    pub dry_run: bool,
    /// Periods created, changed and deleted in Personio.
    pub created: u32,
    pub changed: u32,
    pub deleted: u32,
    /// Entries Personio refused, with its reason (they stay in Stint).
    pub refused: Vec<EntryReason>,
    /// Entries not sent, with the reason (no times, a break without times, a conflict).
    pub skipped: Vec<EntryReason>,
    /// Changes still waiting after this push (Personio unreachable, or a passing error).
    pub waiting: u32,
    /// Why the push stopped early, if it did.
    pub error: Option<String>,
}
