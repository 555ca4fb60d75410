//! A fake Personio server for tests, demos and offline development of Stint.
//!
//! It speaks the v1 API shapes documented in `shared/personio-api.md` (auth, employees, time-offs,
//! absence periods, time-off types, balances), serves a deterministic demo company, can switch
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
mod seed;
mod server;
mod state;

pub use company::{
    DayHours, DemoAbsencePeriod, DemoBalance, DemoEmployee, DemoTimeOff, DemoTimeOffType,
    NewTimeOff, TimeOffStatus, Unit,
};
pub use config::{
    EmailFilter, Formats, HalfDayFormat, OffsetFormat, SandboxConfig, ScheduleFormat,
};
pub use credentials::DemoCredentials;
pub use fault::{Endpoint, Fault};
pub use fault_spec::{FaultSpec, FaultSpecError, FAULT_KINDS};
pub use log::LoggedRequest;
pub use sandbox::Sandbox;
