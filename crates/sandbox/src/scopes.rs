//! The v2 scopes per area, as a credential is granted them in Personio.
//!
//! A credential may lack some: a request to an area without its scope is refused with 403 while
//! the other areas keep working, so a client can be tested for degrading per area.

/// Read persons (`GET /v2/persons`).
pub const PERSONS_READ: &str = "personio:persons:read";
/// Read absence periods and their breakdowns.
pub const ABSENCES_READ: &str = "personio:absences:read";
/// List attendance periods.
pub const ATTENDANCES_READ: &str = "personio:attendances:read";
/// Create, change and delete attendance periods.
pub const ATTENDANCES_WRITE: &str = "personio:attendances:write";

/// Every scope the demo credential has unless withdrawn.
pub const ALL: [&str; 4] = [
    PERSONS_READ,
    ABSENCES_READ,
    ATTENDANCES_READ,
    ATTENDANCES_WRITE,
];
