//! The record of every request the sandbox answered, so tests can assert what a client sent.
//!
//! A client's caching, paging and retry logic is only observable through the requests it makes:
//! "the second sync hit the employees endpoint zero times" is a count, "it honoured Retry-After"
//! is the gap between two `started` instants.

use std::collections::HashMap;
use std::time::Instant;

use crate::fault::Endpoint;

/// One request as the sandbox saw it.
#[derive(Debug, Clone)]
pub struct LoggedRequest {
    /// `GET`, `POST`, …
    pub method: String,
    /// Path and query string as sent, e.g. `/v1/company/time-offs?offset=1`.
    pub path: String,
    /// The endpoint the path belongs to; `None` for unknown paths.
    pub endpoint: Option<Endpoint>,
    /// Status answered; `0` when the client went away before the answer was ready.
    pub status: u16,
    /// `X-Personio-Partner-ID` as sent, if any.
    pub partner_id: Option<String>,
    /// `X-Personio-App-ID` as sent, if any.
    pub app_id: Option<String>,
    /// When the request arrived (before latency).
    pub started: Instant,
    /// When the answer was ready.
    pub finished: Instant,
}

/// How many round trips of `log` had to wait for each other: request intervals sorted by start,
/// overlapping ones merged. Latency, not bandwidth, dominates a desktop sync, so this is the
/// number the benchmarks hold against their goals.
pub fn sequential_waves(log: &[LoggedRequest]) -> usize {
    let mut spans: Vec<(Instant, Instant)> = log.iter().map(|r| (r.started, r.finished)).collect();
    spans.sort();
    let mut count = 0;
    let mut wave_end: Option<Instant> = None;
    for (start, end) in spans {
        match wave_end {
            Some(current) if start < current => wave_end = Some(current.max(end)),
            _ => {
                count += 1;
                wave_end = Some(end);
            }
        }
    }
    count
}

/// Counts per endpoint (taken on arrival) and the finished requests in order.
#[derive(Debug, Default)]
pub(crate) struct RequestLog {
    counts: HashMap<Endpoint, usize>,
    entries: Vec<LoggedRequest>,
}

impl RequestLog {
    /// Counts a request as soon as it arrives, so one a client gave up on still counts.
    pub(crate) fn arrived(&mut self, endpoint: Option<Endpoint>) {
        if let Some(endpoint) = endpoint {
            *self.counts.entry(endpoint).or_default() += 1;
        }
    }

    pub(crate) fn finished(&mut self, entry: LoggedRequest) {
        self.entries.push(entry);
    }

    pub(crate) fn count(&self, endpoint: Endpoint) -> usize {
        self.counts.get(&endpoint).copied().unwrap_or(0)
    }

    pub(crate) fn entries(&self) -> Vec<LoggedRequest> {
        self.entries.clone()
    }

    pub(crate) fn reset(&mut self) {
        *self = Self::default();
    }
}
