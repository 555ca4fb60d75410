//! The typed Personio client of Stint: auth, employee lookup with work schedule, day- and
//! hour-based absences, absence types, balances, and (v2) persons, absence periods and
//! attendance periods with their scopes.
//!
//! It exists so the rest of Stint never sees HTTP, JSON envelopes or Personio's quirks: callers
//! get [`model`] types in Stint's terms (calendar dates, integer minutes) and one error type,
//! [`PersonioError`], whose `code()` the UI branches on. The base URL is injectable so tests run
//! against the sandbox on loopback; API-version details live in private modules (`v1` for the
//! employee, schedule, time-offs and balance; `v2` for persons, absence and attendance periods,
//! with its own token), so callers never choose a version.
//!
//! ```no_run
//! # async fn demo() -> Result<(), stint_personio::PersonioError> {
//! use stint_personio::{ClientConfig, Credentials, Personio};
//! let client = Personio::new(Credentials::new("id", "secret"), ClientConfig::default())?;
//! let from = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
//! let to = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
//! let snapshot = client.fetch_snapshot("me@example.com", (from, to)).await?;
//! println!("{} absences", snapshot.time_offs.len());
//! # Ok(()) }
//! ```

mod client;
mod clock;
mod config;
#[doc(hidden)]
pub mod decode;
mod error;
mod executor;
pub mod model;
mod retry;
mod scope;
mod secret;
mod snapshot;
mod token;
mod v1;
mod v2;

pub use client::Personio;
pub use clock::{Clock, SystemClock};
pub use config::{ClientConfig, DEFAULT_BASE_URL};
pub use error::{PersonioError, RIGHTS_LOCATION};
pub use model::{
    AbsenceStatus, AbsenceTimes, AbsenceType, AbsenceUnit, Absences, AttendanceChange,
    AttendanceKind, AttendancePeriod, AttendanceStatus, Balance, DayAbsence, Employee, HourAbsence,
    NewAttendance, Person, Snapshot, TimeOff, WorkSchedule,
};
pub use retry::RetryPolicy;
pub use scope::{Area, Scopes, SCOPES_LOCATION};
pub use secret::{Credentials, Secret};
