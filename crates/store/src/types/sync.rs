//! The log of sync runs: what triggered each, how it went, what it changed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{sql_word, SqlWord};

/// What started a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncTrigger {
    /// The periodic background sync.
    Auto,
    /// The user pressed "sync now".
    Manual,
    /// The first sync right after connecting.
    Connect,
    /// The sync at app start.
    Start,
}

impl SqlWord for SyncTrigger {
    const ALL: &'static [Self] = &[
        SyncTrigger::Auto,
        SyncTrigger::Manual,
        SyncTrigger::Connect,
        SyncTrigger::Start,
    ];
    fn word(self) -> &'static str {
        match self {
            SyncTrigger::Auto => "auto",
            SyncTrigger::Manual => "manual",
            SyncTrigger::Connect => "connect",
            SyncTrigger::Start => "start",
        }
    }
}
sql_word!(SyncTrigger);

/// How a sync ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncOutcome {
    Ok,
    Failed,
}

impl SqlWord for SyncOutcome {
    const ALL: &'static [Self] = &[SyncOutcome::Ok, SyncOutcome::Failed];
    fn word(self) -> &'static str {
        match self {
            SyncOutcome::Ok => "ok",
            SyncOutcome::Failed => "failed",
        }
    }
}
sql_word!(SyncOutcome);

/// What [`Store::replace_personio_window`](crate::Store::replace_personio_window) changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SyncCounts {
    pub added: u32,
    pub changed: u32,
    pub removed: u32,
    pub schedule_changed: bool,
}

/// A sync run to record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewSyncRun {
    pub trigger: SyncTrigger,
    pub started_at: DateTime<Utc>,
    pub duration_ms: u32,
    pub outcome: SyncOutcome,
    pub counts: SyncCounts,
    /// The user-facing error message of a failed run (never containing a secret).
    pub error: Option<String>,
    /// The IPC error code of a failure (`offline`, …), for the UI's state after a restart.
    pub error_code: Option<String>,
}

/// A recorded sync run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncRun {
    pub id: i64,
    pub trigger: SyncTrigger,
    pub started_at: DateTime<Utc>,
    pub duration_ms: u32,
    pub outcome: SyncOutcome,
    pub counts: SyncCounts,
    pub error: Option<String>,
    /// The IPC error code of a failure (`offline`, …), for the UI's state after a restart.
    pub error_code: Option<String>,
}
