//! Faults a test can make the sandbox answer with, queued per endpoint.
//!
//! Tests of a client's retry, re-auth and error paths need the server to misbehave on demand and
//! a fixed number of times. Faults are consumed first in, first out; one queued with `times: None`
//! stays at the head of its queue until [`FaultQueues::clear`]. How a fault is written on the
//! command line (`time-offs=delay:3000`) lives in [`crate::fault_spec`].

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// The endpoints the sandbox serves, used to aim faults and to count requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `POST /v1/auth`
    Auth,
    /// `GET /v1/company/employees`
    Employees,
    /// `GET /v1/company/time-offs`
    TimeOffs,
    /// `GET /v1/company/absence-periods`
    AbsencePeriods,
    /// `GET /v1/company/time-off-types`
    TimeOffTypes,
    /// `GET /v1/company/employees/{id}/absences/balance`
    Balance,
    /// `POST /v2/auth/token`
    V2Auth,
    /// `GET /v2/persons`
    Persons,
    /// `GET /v2/absence-periods`
    V2AbsencePeriods,
    /// `GET /v2/absence-periods/{id}/breakdowns`
    V2Breakdowns,
    /// `GET`/`POST /v2/attendance-periods`, `PATCH`/`DELETE /v2/attendance-periods/{id}`
    AttendancePeriods,
}

impl Endpoint {
    /// Every endpoint, in the order `--help` lists them.
    pub const ALL: [Endpoint; 11] = [
        Endpoint::Auth,
        Endpoint::Employees,
        Endpoint::TimeOffs,
        Endpoint::AbsencePeriods,
        Endpoint::TimeOffTypes,
        Endpoint::Balance,
        Endpoint::V2Auth,
        Endpoint::Persons,
        Endpoint::V2AbsencePeriods,
        Endpoint::V2Breakdowns,
        Endpoint::AttendancePeriods,
    ];

    /// Whether the endpoint belongs to the v2 API (and answers errors in its envelope).
    pub fn is_v2(self) -> bool {
        matches!(
            self,
            Endpoint::V2Auth
                | Endpoint::Persons
                | Endpoint::V2AbsencePeriods
                | Endpoint::V2Breakdowns
                | Endpoint::AttendancePeriods
        )
    }

    /// The short name used on the command line: `auth`, `time-offs`, …
    pub fn name(self) -> &'static str {
        match self {
            Endpoint::Auth => "auth",
            Endpoint::Employees => "employees",
            Endpoint::TimeOffs => "time-offs",
            Endpoint::AbsencePeriods => "absence-periods",
            Endpoint::TimeOffTypes => "time-off-types",
            Endpoint::Balance => "balance",
            Endpoint::V2Auth => "v2-auth",
            Endpoint::Persons => "persons",
            Endpoint::V2AbsencePeriods => "v2-absence-periods",
            Endpoint::V2Breakdowns => "v2-breakdowns",
            Endpoint::AttendancePeriods => "attendance-periods",
        }
    }

    /// The endpoint with this [`Endpoint::name`] (any case).
    pub fn from_name(name: &str) -> Option<Endpoint> {
        let name = name.trim();
        Endpoint::ALL
            .into_iter()
            .find(|e| e.name().eq_ignore_ascii_case(name))
    }
}

/// One way of misbehaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 401 with the endpoint's error envelope (v1 or v2), as for an expired token.
    Status401,
    /// 403 with the endpoint's error envelope, as for a credential that lacks the right.
    Status403,
    /// 403 "Provided authorization is not valid": Personio's answer to a token it no longer
    /// accepts (a client re-authenticates once).
    Status403Token,
    /// 429, with a `Retry-After` header in seconds when given (v2 sends none).
    RateLimited {
        /// Value of `Retry-After`, in seconds.
        retry_after: Option<u64>,
    },
    /// 500 with Personio's German generic message.
    Status500,
    /// Waits this long (on top of the latency) before answering normally: for client timeouts.
    Delay(Duration),
    /// A 200 whose JSON body is cut in half (the HTTP framing stays valid).
    TruncatedBody,
    /// A 200 whose `data` has values of the wrong JSON type: strings become `12345`, numbers
    /// become `true`, booleans become `"yes"`.
    WrongTypes,
    /// The paging metadata claims one page more than exists; that next page is empty.
    NextLinkToEmptyPage,
    /// Every item of `data` lacks this attribute, as when a credential may not read it.
    MissingAttribute(String),
    /// A redirect (`status` 3xx) to `location` instead of an answer. Personio's API never
    /// redirects; a client that follows one may carry the secret or the token elsewhere.
    Redirect {
        /// 301, 302, 303, 307 or 308.
        status: u16,
        /// The `Location` header.
        location: String,
    },
    /// A normal answer whose body is sent one byte at a time, this long apart (the headers at
    /// once): every byte arrives within a client's read timeout, yet the answer takes forever.
    Trickle(Duration),
    /// A 200 whose `data` is `[]` while `metadata` still counts what exists: a page that lost
    /// its items. Answers without metadata (balance) just come back empty.
    EmptyData,
    /// A 200 whose `data` lacks its last this-many items while `metadata` still counts them.
    DropItems(usize),
    /// A 200 without the `data` key (the envelope and metadata stay).
    MissingData,
}

impl Fault {
    /// Faults that replace the answer outright, before authentication is even checked.
    pub(crate) fn replaces_answer(&self) -> bool {
        matches!(
            self,
            Fault::Status401
                | Fault::Status403
                | Fault::Status403Token
                | Fault::RateLimited { .. }
                | Fault::Status500
                | Fault::Redirect { .. }
        )
    }
}

#[derive(Debug)]
struct Queued {
    fault: Fault,
    remaining: Option<usize>,
}

/// Per-endpoint FIFO queues of faults with how often each is still to fire.
#[derive(Debug, Default)]
pub(crate) struct FaultQueues {
    queues: HashMap<Endpoint, VecDeque<Queued>>,
}

impl FaultQueues {
    /// Queues `fault` for `times` requests (`None`: until cleared). `Some(0)` queues nothing.
    pub(crate) fn push(&mut self, endpoint: Endpoint, fault: Fault, times: Option<usize>) {
        if times == Some(0) {
            return;
        }
        self.queues.entry(endpoint).or_default().push_back(Queued {
            fault,
            remaining: times,
        });
    }

    /// The fault for the next request to `endpoint`, counting it down.
    pub(crate) fn next(&mut self, endpoint: Endpoint) -> Option<Fault> {
        let queue = self.queues.get_mut(&endpoint)?;
        let head = queue.front_mut()?;
        let fault = head.fault.clone();
        if let Some(remaining) = head.remaining.as_mut() {
            *remaining -= 1;
            if *remaining == 0 {
                queue.pop_front();
            }
        }
        Some(fault)
    }

    pub(crate) fn clear(&mut self) {
        self.queues.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_fire_in_order_and_as_often_as_asked() {
        let mut queues = FaultQueues::default();
        queues.push(Endpoint::TimeOffs, Fault::Status500, Some(2));
        queues.push(Endpoint::TimeOffs, Fault::Status401, Some(1));
        let fired: Vec<_> = (0..4).map(|_| queues.next(Endpoint::TimeOffs)).collect();
        assert_eq!(
            fired,
            vec![
                Some(Fault::Status500),
                Some(Fault::Status500),
                Some(Fault::Status401),
                None
            ],
            "faults are FIFO and each fires exactly `times` times, then the endpoint is healthy"
        );
    }

    #[test]
    fn a_fault_without_count_stays_until_cleared() {
        let mut queues = FaultQueues::default();
        queues.push(Endpoint::Auth, Fault::Status403, None);
        for _ in 0..5 {
            assert_eq!(
                queues.next(Endpoint::Auth),
                Some(Fault::Status403),
                "times: None means every request fails until clear_faults"
            );
        }
        queues.clear();
        assert_eq!(queues.next(Endpoint::Auth), None, "clear removes it");
    }

    #[test]
    fn endpoint_names_round_trip() {
        for endpoint in Endpoint::ALL {
            assert_eq!(
                Endpoint::from_name(endpoint.name()),
                Some(endpoint),
                "`--fault {}=…` must aim at {endpoint:?}",
                endpoint.name()
            );
        }
        assert_eq!(
            Endpoint::from_name(" Time-Offs "),
            Some(Endpoint::TimeOffs),
            "names are read trimmed and in any case"
        );
        assert_eq!(Endpoint::from_name("timeoffs"), None, "no guessing");
    }

    #[test]
    fn faults_only_hit_their_endpoint() {
        let mut queues = FaultQueues::default();
        queues.push(Endpoint::Employees, Fault::TruncatedBody, None);
        queues.push(Endpoint::Balance, Fault::Status500, Some(0));
        assert_eq!(
            queues.next(Endpoint::TimeOffs),
            None,
            "other endpoints stay healthy"
        );
        assert_eq!(
            queues.next(Endpoint::Balance),
            None,
            "times: Some(0) queues nothing"
        );
    }
}
