//! When to try a request again and how long to wait: the pure half of the executor.
//!
//! Personio answers 429 when a client is too fast (v2 without `Retry-After`) and sometimes a
//! 5xx. Both are worth a few bounded retries with exponential backoff from one second; a
//! `Retry-After` from the server wins over our own guess. Keeping the arithmetic here makes it
//! testable without a clock or a server.

use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// Bounded retries with exponential backoff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so `max_retries + 1` attempts at most).
    pub max_retries: u32,
    /// The first wait; doubled on every further retry.
    pub base_delay: Duration,
    /// No computed wait is longer than this.
    pub max_delay: Duration,
    /// A server's `Retry-After` longer than this is shortened to it, so a sync never hangs.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 4,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// How long to wait before retry number `retry` (0 for the first retry).
    pub fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(server_says) = retry_after {
            return server_says.min(self.max_retry_after);
        }
        let factor = 2u32.saturating_pow(retry.min(31));
        self.base_delay
            .checked_mul(factor)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }
}

/// Reads `Retry-After` as delay-seconds; an HTTP date or garbage is ignored (we back off anyway).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    value.parse::<u64>().ok().map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_exponentially_from_the_base_and_caps() {
        let policy = RetryPolicy::default();
        let delays: Vec<u64> = (0..7).map(|n| policy.delay(n, None).as_secs()).collect();
        assert_eq!(
            delays,
            vec![1, 2, 4, 8, 16, 30, 30],
            "the wait doubles from 1 s and never exceeds the cap"
        );
        assert_eq!(
            policy.delay(u32::MAX, None),
            policy.max_delay,
            "a huge retry number must not overflow"
        );
    }

    #[test]
    fn retry_after_wins_but_is_bounded() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay(3, Some(Duration::from_secs(2))),
            Duration::from_secs(2),
            "the server knows best when it will accept requests again"
        );
        assert_eq!(
            policy.delay(0, Some(Duration::from_secs(3600))),
            policy.max_retry_after,
            "an absurd Retry-After must not stall a sync for an hour"
        );
    }

    #[test]
    fn parses_delay_seconds_only() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None, "no header, no hint");
        headers.insert(RETRY_AFTER, " 7 ".parse().unwrap());
        assert_eq!(
            retry_after(&headers),
            Some(Duration::from_secs(7)),
            "delay-seconds is what Personio sends"
        );
        headers.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(
            retry_after(&headers),
            None,
            "an HTTP date falls back to our own backoff"
        );
    }
}
