//! The client's answer decoders without HTTP, for the fuzz-style test `tests/decoders.rs`.
//!
//! Decoding is where bytes from the network become numbers, dates and lists, so it must end in
//! a value or an error on any input, never a panic. To feed it thousands of mutated bodies
//! quickly, this module runs exactly the functions the client runs on a received body (envelope,
//! items, the count check, clipping, the employee record) without a server. It is
//! `#[doc(hidden)]`: not part of the API, and it may change with the decoders.

use chrono::NaiveDate;

use crate::error::PersonioError;
use crate::v1::counts::{self, Seen};
use crate::v1::envelope::{self, Page};
use crate::v1::window::Window;
use crate::v1::{absence_periods, auth, balance, employees, time_offs, types};

/// Which answer a body is decoded as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// `POST /v1/auth`
    Auth,
    /// `GET /v1/company/employees`, each record read as the employee it would be.
    Employees,
    /// `GET /v1/company/time-offs`
    TimeOffs,
    /// `GET /v1/company/absence-periods`
    AbsencePeriods,
    /// `GET /v1/company/time-off-types`
    TimeOffTypes,
    /// `GET /v1/company/employees/{id}/absences/balance`
    Balance,
    /// Any error body, read for the server's message.
    ErrorMessage,
}

impl Answer {
    /// Every answer kind.
    pub const ALL: [Answer; 7] = [
        Answer::Auth,
        Answer::Employees,
        Answer::TimeOffs,
        Answer::AbsencePeriods,
        Answer::TimeOffTypes,
        Answer::Balance,
        Answer::ErrorMessage,
    ];
}

/// Decodes `body` as the client decodes `answer` (a list as its only and last page) and
/// returns how many items it yielded.
pub fn decode(answer: Answer, body: &[u8]) -> Result<usize, PersonioError> {
    match answer {
        Answer::Auth => auth::parse(body).map(|_| 1),
        Answer::Employees => {
            let records = checked(employees::LABEL, employees::decode_page(body)?)?;
            employees::matching(&records, &employees::normalize("nobody@example.com"))?;
            for record in &records {
                employees::employee(record)?;
            }
            Ok(records.len())
        }
        Answer::TimeOffs => {
            let all = checked(time_offs::LABEL, time_offs::decode_page(body)?)?;
            Ok(time_offs::clip(all, everything()).len())
        }
        Answer::AbsencePeriods => {
            let all = checked(absence_periods::LABEL, absence_periods::decode_page(body)?)?;
            Ok(absence_periods::clip(all, everything()).len())
        }
        Answer::TimeOffTypes => {
            let all = checked(types::LABEL, types::decode_page(body)?)?;
            Ok(types::sorted(all).len())
        }
        Answer::Balance => balance::decode_list(body).map(|all| all.len()),
        Answer::ErrorMessage => Ok(usize::from(envelope::error_message(body).is_some())),
    }
}

/// The page's items, if they agree with its counts.
fn checked<T>(label: &str, page: Page<Vec<T>>) -> Result<Vec<T>, PersonioError> {
    let n = page.items.len();
    let seen = Seen {
        page: 1,
        on_page: n,
        collected: n,
        last: true,
    };
    counts::check(label, seen, page.metadata.as_ref())?;
    Ok(page.items)
}

/// A window wide enough that clipping keeps every plausible date.
fn everything() -> Window {
    Window::new((NaiveDate::MIN, NaiveDate::MAX))
}
