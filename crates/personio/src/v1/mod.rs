//! Everything specific to Personio's API v1: paths, envelopes, paging rules, value formats.
//!
//! The rest of the crate speaks in [`crate::model`] types and goes through the executor; a move
//! to v2 (cursor paging, `/v2/auth/token`) replaces this module, not its callers.

pub(crate) mod absence_periods;
pub(crate) mod auth;
pub(crate) mod balance;
pub(crate) mod counts;
pub(crate) mod dates;
pub(crate) mod employees;
pub(crate) mod envelope;
pub(crate) mod lenient;
pub(crate) mod paging;
pub(crate) mod schedule;
pub(crate) mod time_offs;
pub(crate) mod types;
pub(crate) mod window;
