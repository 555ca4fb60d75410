//! The Personio connection as the UI and `stint-cli status` see it.

use crate::SyncInterval;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// What the user types into the Connection Manager (or passes to `stint-cli connect`).
///
/// The secret travels from the webview to the backend exactly once, here; it is never sent back.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectRequest {
    pub client_id: String,
    pub client_secret: String,
    pub email: String,
    /// Only for the sandbox and tests; `None` means Personio itself.
    #[serde(default)]
    pub base_url: Option<String>,
}

impl std::fmt::Debug for ConnectRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectRequest")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("email", &self.email)
            .field("base_url", &self.base_url)
            .finish()
    }
}

/// The employee record Stint found for the user's email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeCard {
    pub id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub position: Option<String>,
    pub department: Option<String>,
}

/// Connection state shown in the Connection Manager.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionState {
    Disconnected,
    Connected,
    Syncing,
    /// The last sync could not reach Personio; cached data stays in force.
    Offline,
    /// The last sync failed for another reason (rights, credentials, unexpected answer).
    Error,
}

/// Why a sync ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncTrigger {
    Connect,
    Manual,
    Auto,
    Start,
}

/// One recorded sync run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncRunView {
    pub id: i64,
    pub trigger: SyncTrigger,
    /// When it started, with the local offset of then (RFC 3339 on the wire).
    #[serde(with = "crate::iso::serde_offset_date_time")]
    pub started_at: DateTime<FixedOffset>,
    pub duration_ms: i64,
    pub ok: bool,
    pub absences_added: u32,
    pub absences_changed: u32,
    pub absences_removed: u32,
    pub schedule_changed: bool,
    pub error: Option<String>,
    /// Why it failed, so the UI can say "offline" rather than "error".
    pub error_code: Option<crate::ErrorCode>,
}

/// One area of Personio's API a credential may or may not be allowed to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonioArea {
    Persons,
    Absences,
    AttendancesRead,
    AttendancesWrite,
}

/// Whether an area worked at the last sync, and if not, why and what to change in Personio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaView {
    pub area: PersonioArea,
    pub available: bool,
    pub detail: Option<String>,
}

/// Which of the user's data is locked because Personio provides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locks {
    pub weekly_hours: bool,
    pub absences: bool,
}

/// Everything the Connection Manager and `stint-cli status` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionStatus {
    pub state: ConnectionState,
    pub client_id: Option<String>,
    pub email: Option<String>,
    pub base_url: Option<String>,
    pub employee: Option<EmployeeCard>,
    pub locked: Locks,
    /// Minutes per weekday in force (Monday first): Personio's while connected, else manual.
    pub weekly_minutes: [u32; 7],
    pub last_run: Option<SyncRunView>,
    #[serde(default, with = "crate::iso::serde_opt_offset_date_time")]
    pub last_success_at: Option<DateTime<FixedOffset>>,
    /// When the next automatic sync is planned, if any.
    #[serde(default, with = "crate::iso::serde_opt_offset_date_time")]
    pub next_sync_at: Option<DateTime<FixedOffset>>,
    pub sync_interval: SyncInterval,
    /// Connected to the built-in demo company, not a real Personio.
    pub demo: bool,
    /// Which of Personio's v2 areas worked at the last sync (empty before the first one).
    #[serde(default)]
    pub areas: Vec<AreaView>,
    /// "Record my time in Personio": the switch and what is waiting.
    #[serde(default)]
    pub recording: crate::RecordingView,
    pub history: Vec<SyncRunView>,
}
