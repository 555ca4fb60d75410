//! Types that cross the IPC boundary between the Stint backend (Tauri commands) and the Yew UI.
//!
//! This crate is the only backend crate the UI may depend on, so it holds nothing but plain data
//! with serde derives: it must compile both natively and to `wasm32-unknown-unknown`. Field names
//! are camelCase on the wire because that is what Tauri uses for command arguments too.

mod app_info;
mod balances;
mod connection;
mod error;
pub mod iso;
mod settings;
mod timeline;
mod tracking;

pub use app_info::AppInfo;
pub use balances::{BalanceView, Balances};
pub use connection::{
    ConnectRequest, ConnectionState, ConnectionStatus, EmployeeCard, Locks, SyncRunView,
    SyncTrigger,
};
pub use error::{ErrorCode, IpcError};
pub use settings::{ManualAbsenceInput, ManualAbsenceView, SettingsView};
pub use timeline::{DayAbsence, DayPlan, Source, Timeline, Totals};
pub use tracking::{TimeEntryInput, TimeEntryView, TimerStatus, TimerView};
