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
use crate::v2;

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
    /// `POST /v2/auth/token`
    V2Auth,
    /// `GET /v2/persons`
    V2Persons,
    /// `GET /v2/absence-periods`
    V2AbsencePeriods,
    /// `GET /v2/absence-periods/{id}/breakdowns`
    V2Breakdowns,
    /// `GET /v2/attendance-periods`
    V2AttendancePeriods,
    /// `POST /v2/attendance-periods`, read for the new id.
    V2Created,
    /// A v2 error envelope, read for trace id and reasons.
    V2Error,
}

impl Answer {
    /// Every answer kind.
    pub const ALL: [Answer; 14] = [
        Answer::Auth,
        Answer::Employees,
        Answer::TimeOffs,
        Answer::AbsencePeriods,
        Answer::TimeOffTypes,
        Answer::Balance,
        Answer::ErrorMessage,
        Answer::V2Auth,
        Answer::V2Persons,
        Answer::V2AbsencePeriods,
        Answer::V2Breakdowns,
        Answer::V2AttendancePeriods,
        Answer::V2Created,
        Answer::V2Error,
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
        Answer::V2Auth => v2::auth::parse(body).map(|_| 1),
        Answer::V2Persons => v2::persons::decode_page(body).map(|all| all.len()),
        Answer::V2AbsencePeriods => v2::absence_periods::decode_page(body, everything())
            .map(|all| all.days.len() + all.hours.len()),
        Answer::V2Breakdowns => v2::breakdowns::decode_page(body).map(|all| all.len()),
        Answer::V2AttendancePeriods => v2::attendances::decode_page(body).map(|all| all.len()),
        Answer::V2Created => v2::envelope::created_id(v2::attendances::CREATE, body).map(|_| 1),
        Answer::V2Error => Ok(usize::from(v2::envelope::failure(body).reason.is_some())),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_v2_fixtures_decode_as_their_endpoints() {
        let cases: [(Answer, &[u8], usize); 7] = [
            (
                Answer::V2Auth,
                include_bytes!("../tests/fixtures/v2_auth_ok.json"),
                1,
            ),
            (
                Answer::V2Persons,
                include_bytes!("../tests/fixtures/v2_persons.json"),
                2,
            ),
            (
                Answer::V2AbsencePeriods,
                include_bytes!("../tests/fixtures/v2_absence_periods.json"),
                3,
            ),
            (
                Answer::V2Breakdowns,
                include_bytes!("../tests/fixtures/v2_breakdowns.json"),
                2,
            ),
            (
                Answer::V2AttendancePeriods,
                include_bytes!("../tests/fixtures/v2_attendance_periods.json"),
                3,
            ),
            (
                Answer::V2Created,
                include_bytes!("../tests/fixtures/v2_created.json"),
                1,
            ),
            (
                Answer::V2Error,
                include_bytes!("../tests/fixtures/v2_error.json"),
                1,
            ),
        ];
        for (answer, body, expected) in cases {
            assert_eq!(
                decode(answer, body),
                Ok(expected),
                "the {answer:?} fixture is a well-formed answer and must decode whole"
            );
        }
    }
}
