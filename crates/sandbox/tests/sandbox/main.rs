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
