//! The handlers, one module per endpoint, the route table ([`router`]) and the mapping of paths
//! to [`Endpoint`]s that the fault layer counts and aims faults by.
//!
//! Handlers are synchronous functions of the locked state and the request, so they stay easy to
//! read as "this is what Personio answers".

mod absence_periods;
mod auth;
mod balance;
mod employees;
mod render;
mod router;
mod time_offs;
mod types;
pub(crate) mod v2;

pub(crate) use router::router;

use chrono::NaiveDate;

use crate::fault::Endpoint;
use crate::paging::PagingError;
use crate::server::reply::Reply;
use crate::server::request::{Query, RequestParts};
use crate::state::State;

/// The endpoint `path` belongs to, whatever the method.
pub(crate) fn classify(path: &str) -> Option<Endpoint> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["v1", "auth"] => Some(Endpoint::Auth),
        ["v1", "company", "employees"] => Some(Endpoint::Employees),
        ["v1", "company", "employees", _, "absences", "balance"] => Some(Endpoint::Balance),
        ["v1", "company", "time-offs"] => Some(Endpoint::TimeOffs),
        ["v1", "company", "absence-periods"] => Some(Endpoint::AbsencePeriods),
        ["v1", "company", "time-off-types"] => Some(Endpoint::TimeOffTypes),
        ["v2", "auth", "token"] => Some(Endpoint::V2Auth),
        ["v2", "persons"] => Some(Endpoint::Persons),
        ["v2", "absence-periods"] => Some(Endpoint::V2AbsencePeriods),
        ["v2", "absence-periods", _, "breakdowns"] => Some(Endpoint::V2Breakdowns),
        ["v2", "attendance-periods"] | ["v2", "attendance-periods", _] => {
            Some(Endpoint::AttendancePeriods)
        }
        _ => None,
    }
}

/// Bearer token check of every endpoint but auth.
fn authorize(state: &State, request: &RequestParts) -> Result<(), Reply> {
    match &request.bearer {
        None if !request.has_authorization => {
            Err(Reply::error(401, 401, "Authorization is not provided"))
        }
        Some(token) if state.token_is_valid(token) => Ok(()),
        _ => Err(Reply::error(
            401,
            401,
            "Provided authorization is not valid",
        )),
    }
}

fn bad_paging(error: PagingError) -> Reply {
    Reply::error(400, 400, error.to_string())
}

/// An optional `YYYY-MM-DD` query parameter.
fn date_param(query: &Query, key: &str) -> Result<Option<NaiveDate>, Reply> {
    let Some(raw) = query.get(key) else {
        return Ok(None);
    };
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            Reply::error(
                400,
                400,
                format!("{key} must be a date like 2025-01-31, got `{raw}`"),
            )
        })
}

/// `employees[]` as ids.
fn employee_ids(query: &Query) -> Result<Vec<i64>, Reply> {
    query
        .list("employees")
        .into_iter()
        .map(|raw| {
            raw.parse().map_err(|_| {
                Reply::error(
                    400,
                    400,
                    format!("employees[] must be employee ids, got `{raw}`"),
                )
            })
        })
        .collect()
}

/// Whether `start..=end` lies fully inside the asked window, as the real endpoint filters.
fn fully_inside(
    start: NaiveDate,
    end: NaiveDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> bool {
    from.is_none_or(|from| start >= from) && to.is_none_or(|to| end <= to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_endpoints() {
        let cases = [
            ("/v1/auth", Some(Endpoint::Auth)),
            ("/v1/company/employees", Some(Endpoint::Employees)),
            ("/v1/company/employees/", Some(Endpoint::Employees)),
            (
                "/v1/company/employees/1001/absences/balance",
                Some(Endpoint::Balance),
            ),
            ("/v1/company/time-offs", Some(Endpoint::TimeOffs)),
            (
                "/v1/company/absence-periods",
                Some(Endpoint::AbsencePeriods),
            ),
            ("/v1/company/time-off-types", Some(Endpoint::TimeOffTypes)),
            ("/v2/auth/token", Some(Endpoint::V2Auth)),
            ("/v2/persons", Some(Endpoint::Persons)),
            ("/v2/absence-periods", Some(Endpoint::V2AbsencePeriods)),
            (
                "/v2/absence-periods/abc/breakdowns",
                Some(Endpoint::V2Breakdowns),
            ),
            ("/v2/attendance-periods", Some(Endpoint::AttendancePeriods)),
            (
                "/v2/attendance-periods/abc",
                Some(Endpoint::AttendancePeriods),
            ),
            ("/v2/absence-types", None),
        ];
        for (path, expected) in cases {
            assert_eq!(
                classify(path),
                expected,
                "{path} is counted under {expected:?}"
            );
        }
    }

    #[test]
    fn only_periods_fully_inside_the_window_match() {
        let d = |day| NaiveDate::from_ymd_opt(2025, 3, day).expect("valid");
        let window = (Some(d(10)), Some(d(20)));
        assert!(
            fully_inside(d(10), d(20), window.0, window.1),
            "edges are inside"
        );
        assert!(
            !fully_inside(d(9), d(12), window.0, window.1),
            "starts before: left out"
        );
        assert!(
            !fully_inside(d(18), d(21), window.0, window.1),
            "ends after: left out"
        );
        assert!(
            fully_inside(d(1), d(2), None, None),
            "no window: everything"
        );
    }
}
