//! Types that cross the IPC boundary between the Stint backend (Tauri commands) and the Yew UI.
//!
//! This crate is the only backend crate the UI may depend on, so it holds nothing but plain data
//! with serde derives and the rules both ends must agree on (how a duration is read and
//! written, the command and event names): it must compile both natively and to
//! `wasm32-unknown-unknown`. Every type is snake_case on the wire, because the same JSON is
//! `stint-cli`'s documented output.

mod app_info;
mod balances;
mod connection;
pub mod duration;
mod error;
mod idle;
pub mod ipc;
pub mod iso;
mod recording;
mod settings;
mod timeline;
mod timesheet;
mod tracking;
mod tray;
pub mod week;
mod working_time;

pub use app_info::AppInfo;
pub use balances::{BalanceView, Balances};
pub use connection::{
    AreaView, ConnectRequest, ConnectionState, ConnectionStatus, EmployeeCard, Locks, PersonioArea,
    SyncRunView, SyncTrigger,
};
pub use error::{ErrorCode, IpcError};
pub use idle::{IdleChoice, IdleSpan};
pub use recording::{EntryReason, PushReport, RecordingView};
pub use settings::{
    GermanState, HolidayRegion, ManualAbsenceInput, ManualAbsenceView, SettingsView, SyncInterval,
    WorkingTimeChecks,
};
pub use timeline::{AbsenceCategory, AbsenceStatus, DayAbsence, DayPlan, Source, Timeline, Totals};
pub use timesheet::{
    AbsenceId, AbsencePeriod, AbsenceTimes, ExportKind, Language, MonthRunningBalance, Timesheet,
    TimesheetDay, TimesheetFormat, TrackedSpan, VacationBalance,
};
pub use tracking::{
    EntrySource, PersonioState, TimeEntryInput, TimeEntryView, TimerStatus, TimerView,
};
pub use tray::TrayItemView;
pub use working_time::{TodayView, WarningCode, WorkingTimeWarning};
