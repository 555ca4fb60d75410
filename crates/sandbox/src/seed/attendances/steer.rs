//! Keeps the demo employee's running balance where a real person's would be: it wanders —
//! a month of overtime, a month of catching up — within a few hours, drifts up to about
//! +11 h by yesterday, and never leaves roughly ±14 h.
//!
//! Each day is worked as its target plus some noise (most days near it, some overtime, some
//! short days) plus a pull towards a planned path. The balance counted is Stint's: since the
//! balance start (1 January), only what Personio counts (rejected and expired periods do not).

use std::f64::consts::PI;

use chrono::NaiveDate;

use super::calendar::{Window, Workday};
use crate::seed::rng::Rng;

/// Where the balance should be yesterday, in minutes.
const END: f64 = 660.0;
/// How far the path swings around its trend, in minutes (fading towards the end).
const SWING: f64 = 240.0;
/// The balance is kept inside ±this many minutes.
const LIMIT: i64 = 840;

/// The balance so far and the plan it follows.
#[derive(Debug)]
pub(super) struct Steer {
    /// Index of the first day the balance counts (the first on or after its start).
    counted_from: usize,
    days: usize,
    balance: i64,
}

impl Steer {
    /// A steer over `days`, whose balance counts from `balance_start`.
    pub fn new(days: &[Workday], balance_start: NaiveDate) -> Steer {
        Steer {
            counted_from: days
                .iter()
                .position(|d| d.date >= balance_start)
                .unwrap_or(days.len()),
            days: days.len(),
            balance: 0,
        }
    }

    /// Minutes to work on day `index`.
    pub fn worked(&mut self, rng: &mut Rng, index: usize, day: &Workday) -> u32 {
        if index == self.counted_from {
            self.balance = 0;
        }
        let gap = self.path(index) - self.balance;
        let closing = self.days - index <= 5;
        let (noise, pull, range) = match day.window {
            Window::Full => {
                let noise = match rng.between(0, 99) {
                    0..=11 => rng.between(60, 100),
                    12..=21 => rng.between(-90, -45),
                    _ => rng.between(-25, 35),
                };
                let pull = if closing { gap / 2 } else { gap / 5 };
                (noise, pull.clamp(-60, 60), (-100, 100))
            }
            _ => (rng.between(-15, 30), (gap / 6).clamp(-20, 20), (-30, 45)),
        };
        let deviation = (noise + pull)
            .clamp(range.0, range.1)
            .clamp(-LIMIT - self.balance, LIMIT - self.balance);
        u32::try_from((i64::from(day.target) + deviation).max(30)).unwrap_or(30)
    }

    /// Books what day `index` counted against its target.
    pub fn book(&mut self, counted: u32, target: u32) {
        self.balance += i64::from(counted) - i64::from(target);
    }

    /// The planned balance at the end of day `index`: 0 before the balance start, then a swing
    /// around a trend from 0 to [`END`] that fades out by the last day.
    fn path(&self, index: usize) -> i64 {
        if index < self.counted_from {
            return 0;
        }
        let total = (self.days - self.counted_from) as f64;
        let done = (index - self.counted_from + 1) as f64 / total;
        let swings = (total / 25.0).round().max(1.0);
        (END * done + SWING * (1.0 - done) * (PI * swings * done).sin()).round() as i64
    }
}
