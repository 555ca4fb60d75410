//! The clock is passed in (house style): tests pin "now", the app uses the system clock.

use chrono::{DateTime, Local, NaiveDate};
use std::fmt::Debug;

pub trait Clock: Send + Sync + Debug {
    fn now(&self) -> DateTime<Local>;
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

/// The real time of the machine.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Local> {
        Local::now()
    }
}

/// A clock stuck at one instant, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Local>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Local> {
        self.0
    }
}

/// A clock that stays put until a test moves it, for timers and other spans of time.
#[derive(Debug)]
pub struct ManualClock(std::sync::Mutex<DateTime<Local>>);

impl ManualClock {
    pub fn new(start: DateTime<Local>) -> Self {
        Self(std::sync::Mutex::new(start))
    }

    /// Moves "now" on by `by`.
    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Local> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}
