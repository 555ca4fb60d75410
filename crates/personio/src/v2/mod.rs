//! Everything specific to Personio's API v2: the form-encoded token, cursor paging, the
//! `{_data, _meta}` lists, the error envelope with its trace id, persons, absence periods and
//! attendance periods.
//!
//! v2 has no work schedule and no balance, so it lives beside [`crate::v1`], not instead of it;
//! the public methods are in `client.rs` and speak [`crate::model`] types.

pub(crate) mod absence_periods;
pub(crate) mod attendances;
pub(crate) mod auth;
pub(crate) mod breakdowns;
mod client;
pub(crate) mod envelope;
pub(crate) mod paging;
pub(crate) mod persons;
pub(crate) mod times;
