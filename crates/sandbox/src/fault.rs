//! Faults a test can make the sandbox answer with, queued per endpoint.
//!
//! Tests of a client's retry, re-auth and error paths need the server to misbehave on demand and
//! a fixed number of times. Faults are consumed first in, first out; one queued with `times: None`
//! stays at the head of its queue until [`FaultQueues::clear`].

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
}

/// One way of misbehaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 401 with the v1 envelope, as for an expired token.
    Status401,
    /// 403 with the v1 envelope, as for a credential that lacks the right.
    Status403,
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
}

impl Fault {
    /// Faults that replace the answer outright, before authentication is even checked.
    pub(crate) fn replaces_answer(&self) -> bool {
        matches!(
            self,
            Fault::Status401 | Fault::Status403 | Fault::RateLimited { .. } | Fault::Status500
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
