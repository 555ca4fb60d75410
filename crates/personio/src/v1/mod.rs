//! Everything specific to Personio's API v1: paths, envelopes, paging rules, value formats.
//!
//! The rest of the crate speaks in [`crate::model`] types and goes through the executor. v2
//! ([`crate::v2`]) lives beside this module, not instead of it: v2 has no work schedule and no
//! balance. A few v1 readers (lenient values, dates, the count check) serve v2 too.

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
