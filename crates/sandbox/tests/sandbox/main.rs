//! Server tests over real loopback HTTP, one module per concern, built as one test binary so the
//! suite links once.

mod auth;
mod bad_answers;
mod binary;
mod common;
mod demo_data;
mod faults;
mod formats;
mod lifecycle;
mod paging;
mod v2_absences;
mod v2_attendance_rules;
mod v2_attendances;
mod v2_auth;
mod v2_faults;
mod v2_harness;
mod v2_persons;
mod v2_routes;
mod v2_scopes;
