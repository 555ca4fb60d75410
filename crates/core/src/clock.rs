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

/// The machine's time moved to start at another instant and run on from there: the e2e
/// journeys start the app at a chosen time of day (`STINT_CLOCK_START`) to see what happens
/// when it passes, say, the day's target, without waiting for it.
#[derive(Debug, Clone, Copy)]
pub struct ShiftedClock {
    offset: chrono::Duration,
}

impl ShiftedClock {
    /// A clock that reads `start` now and runs on in real time.
    pub fn starting_at(start: DateTime<Local>) -> Self {
        Self {
            offset: start - Local::now(),
        }
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> DateTime<Local> {
        Local::now() + self.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shifted_clock_starts_where_asked_and_runs_on() {
        let start = Local::now() - chrono::Duration::hours(5);
        let clock = ShiftedClock::starting_at(start);
        let read = clock.now();
        assert!(
            (read - start).num_seconds().abs() < 2,
            "it starts at the chosen instant"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(clock.now() > read, "and runs on");
    }
}
