//! How a sandbox is started and which of the real API's observed variants it serves.
//!
//! Personio answers the same field in more than one shape depending on tenant and age of the
//! endpoint (see `shared/personio-api.md`). A client must accept every variant, so the sandbox can
//! be switched between them at run time with [`Formats`].

use std::time::Duration;

use chrono::NaiveDate;

/// Everything needed to start a [`crate::Sandbox`].
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// TCP port on 127.0.0.1; `0` lets the OS pick a free one.
    pub port: u16,
    /// Added before every answer, to make slow networks reproducible.
    pub latency: Duration,
    /// Drives tokens, credentials and the absences of everyone but the demo employee.
    pub seed: u64,
    /// The day the demo company is built around: absences lie 12 months back and ahead of it,
    /// the demo employee's tracked time runs from 1 January to the day before.
    pub today: NaiveDate,
    /// Wire variants served from the start.
    pub formats: Formats,
    /// How the v2 routes answer and what the credential may do there.
    pub v2: V2Options,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        Self {
            port: 0,
            latency: Duration::ZERO,
            seed: 42,
            today: chrono::Local::now().date_naive(),
            formats: Formats::default(),
            v2: V2Options::default(),
        }
    }
}

/// The wire variants of the real API, one switch per field that varies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Formats {
    /// How a weekday of `work_schedule` is written.
    pub schedule: ScheduleFormat,
    /// How `half_day_start` / `half_day_end` are written.
    pub half_day: HalfDayFormat,
    /// How the UTC offset of a date-time is written.
    pub offset: OffsetFormat,
    /// Paging numbers (`metadata`, `offset`, `limit`) sent as JSON strings, as seen in the wild.
    pub paging_as_strings: bool,
    /// Whether `GET /v1/company/employees?email=` filters at all.
    pub email_filter: EmailFilter,
}

/// A weekday of a work schedule on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ScheduleFormat {
    /// `"08:00"`, `"07:30"` (Personio's documented example).
    #[default]
    HoursMinutes,
    /// `{"duration": "PT28800S"}` (seen in another client).
    IsoDurationObject,
    /// `"PT8H"`, `"PT7H30M"`.
    IsoDurationString,
}

/// Half-day flags on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HalfDayFormat {
    /// `true` / `false`.
    #[default]
    Bool,
    /// `1` / `0`.
    ZeroOne,
}

/// The UTC offset of date-times on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OffsetFormat {
    /// `+01:00`.
    #[default]
    Colon,
    /// `+0100`.
    NoColon,
}

/// Whether the employees endpoint honours `?email=`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EmailFilter {
    /// Only the employee whose email matches exactly (case-sensitive) is returned.
    #[default]
    Works,
    /// `?email=` is ignored and a normal page of everyone is returned, which forces a client onto
    /// its paged fallback.
    Ignored,
}

/// The v2 switches: link style, create answer, approval rights and scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V2Options {
    /// How `_meta.links.next.href` is written.
    pub next_links: NextLinks,
    /// How `POST /v2/attendance-periods` answers with the new id.
    pub create_answer: CreateAnswer,
    /// Whether the credential may book with `?skip_approval=true` (refused with 403 otherwise).
    pub skip_approval_allowed: bool,
    /// Scopes the credential lacks, e.g. `personio:attendances:write` (see [`crate::scopes`]).
    pub withdrawn_scopes: Vec<String>,
}

impl Default for V2Options {
    fn default() -> Self {
        Self {
            next_links: NextLinks::Absolute,
            create_answer: CreateAnswer::Data,
            skip_approval_allowed: true,
            withdrawn_scopes: Vec::new(),
        }
    }
}

/// `_meta.links.next.href` on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NextLinks {
    /// `http://127.0.0.1:PORT/v2/…?cursor=…` (Personio since late 2025).
    #[default]
    Absolute,
    /// `/v2/…?cursor=…` (before).
    Relative,
}

/// The body of a `201 Created` attendance period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CreateAnswer {
    /// `{"_data": {"id": …}}`.
    #[default]
    Data,
    /// `{"id": …}`.
    Bare,
}
