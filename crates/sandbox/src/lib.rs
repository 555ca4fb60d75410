//! A fake Personio server for tests, demos and offline development of Stint.
//!
//! It speaks the v1 API shapes documented in `shared/personio-api.md` (auth, employees, time-offs,
//! absence periods, time-off types, balances) and, beside them from the same company, v2 (auth,
//! persons, absence periods with breakdowns, attendance periods with Personio's booking rules,
//! cursor paging, scopes per area), serves a deterministic demo company, can switch
//! between the wire variants real tenants send, and misbehaves on demand (401/403/429/500,
//! delays, trickling bodies, redirects, truncated or mistyped bodies, lying paging, missing
//! attributes or `data`). Clients are tested against it over real loopback HTTP instead of
//! mocks, so what passes here has crossed a socket.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use stint_sandbox::{Endpoint, Fault, Sandbox, SandboxConfig};
//! let sandbox = Sandbox::start(SandboxConfig::default()).await?;
//! sandbox.inject(Endpoint::TimeOffs, Fault::RateLimited { retry_after: Some(1) }, Some(1));
//! let base_url = sandbox.base_url(); // point the client here
//! # Ok(()) }
//! ```

mod company;
mod config;
mod credentials;
pub mod distort;
mod fault;
mod fault_spec;
pub mod format;
mod log;
pub mod paging;
mod routes;
mod sandbox;
pub mod scopes;
mod seed;
mod server;
mod state;

pub use company::{
    AttendanceKind, AttendanceStatus, DayHours, DemoAbsencePeriod, DemoAttendance, DemoBalance,
    DemoEmployee, DemoTimeOff, DemoTimeOffType, NewAttendance, NewTimeOff, TimeOffStatus, Unit,
};
pub use config::{
    CreateAnswer, EmailFilter, Formats, HalfDayFormat, NextLinks, OffsetFormat, SandboxConfig,
    ScheduleFormat, V2Options,
};
pub use credentials::DemoCredentials;
pub use fault::{Endpoint, Fault};
pub use fault_spec::{FaultSpec, FaultSpecError, FAULT_KINDS};
pub use log::{sequential_waves, LoggedRequest};
pub use sandbox::Sandbox;
pub use seed::holidays::nationwide_holiday;
