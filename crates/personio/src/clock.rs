//! The clock the token cache asks for "now", injectable so tests can jump past an expiry.

use std::fmt::Debug;
use std::time::Instant;

/// A source of monotonic time.
pub trait Clock: Debug + Send + Sync {
    fn now(&self) -> Instant;
}

/// The real monotonic clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}
