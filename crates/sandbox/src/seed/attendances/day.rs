//! How one day of the demo employee looks on the clock: when she came, her breaks, when she
//! left — for the minutes she worked that day, in the window the day left for work.
//!
//! An ordinary day keeps German working-time law (ArbZG §3, §4): no stretch over 6 h, a lunch
//! break of 30–60 min (45 once the day passes 9 h), sometimes a second short break. A
//! [`Slip`] breaks one rule on purpose, so the demo shows what Stint's checks say.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::calendar::{Window, Workday};
use crate::company::AttendanceKind;
use crate::seed::rng::Rng;
use AttendanceKind::{Break, Work};

/// A day that breaks a working-time rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slip {
    /// Over 6 h straight without a break of 15 min.
    NoBreak,
    /// Over 9 h with only a 30-min break (45 are due).
    ShortBreak,
    /// Over 10 h (a release day), ending late in the evening.
    Over10h,
    /// The morning after [`Slip::Over10h`]: back before 11 h of rest.
    EarlyAfterLate,
}

impl Slip {
    /// Minutes worked on a slip day, where the slip decides them; `None` leaves them to the
    /// balance.
    pub fn worked(self, rng: &mut Rng) -> Option<u32> {
        let minutes = match self {
            Slip::NoBreak => rng.between(380, 400),
            Slip::ShortBreak => rng.between(555, 570),
            Slip::Over10h => rng.between(620, 640),
            Slip::EarlyAfterLate => return None,
        };
        Some(u32::try_from(minutes).expect("positive minutes"))
    }
}

/// One stretch of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Block {
    pub kind: AttendanceKind,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

impl Block {
    pub fn minutes(&self) -> u32 {
        u32::try_from((self.end - self.start).num_minutes()).unwrap_or(0)
    }
}

/// Work and breaks in order, in minutes, from a start in minutes after midnight.
struct Plan {
    start: i64,
    stretches: Vec<(AttendanceKind, i64)>,
}

/// The blocks of `day` for `worked` minutes of work.
pub(super) fn lay_out(rng: &mut Rng, day: &Workday, worked: u32, slip: Option<Slip>) -> Vec<Block> {
    let worked = i64::from(worked);
    let plan = match (slip, day.window) {
        (Some(Slip::NoBreak), _) => Plan {
            start: rng.between(450, 480),
            stretches: vec![(Work, worked)],
        },
        (Some(Slip::ShortBreak), _) => {
            let morning = rng.between(250, 290);
            Plan {
                start: rng.between(450, 500),
                stretches: vec![(Work, morning), (Break, 30), (Work, worked - morning)],
            }
        }
        (Some(Slip::Over10h), _) => {
            let morning = rng.between(200, 225);
            let afternoon = worked - morning;
            let first = afternoon / 2;
            Plan {
                start: rng.between(565, 575),
                stretches: vec![
                    (Work, morning),
                    (Break, 45),
                    (Work, first),
                    (Break, rng.between(15, 20)),
                    (Work, afternoon - first),
                ],
            }
        }
        (Some(Slip::EarlyAfterLate), _) => full_day(rng, (445, 455), worked),
        (None, Window::Full) => full_day(rng, (450, 570), worked),
        (None, Window::Morning) => part_day(rng, (450, 510), worked),
        (None, Window::Afternoon) => part_day(rng, (750, 795), worked),
        (None, Window::From(time)) => {
            let after = minutes_of(time);
            part_day(rng, (after + 20, after + 45), worked)
        }
        (None, Window::Until(time)) => {
            let before = minutes_of(time) - rng.between(15, 30);
            let mut plan = part_day(rng, (0, 0), worked);
            let length: i64 = plan.stretches.iter().map(|(_, m)| m).sum();
            plan.start = (before - length).max(360);
            plan
        }
    };
    blocks(day.date, &plan)
}

/// A whole day starting within `starts` (minutes after midnight): lunch between 11:45 and
/// 13:15, a second break when the afternoon would pass 5:30 (and now and then anyway).
fn full_day(rng: &mut Rng, starts: (i64, i64), worked: i64) -> Plan {
    let start = rng.between(starts.0, starts.1);
    let lunch_at = (start + rng.between(180, 300)).clamp(705, 795);
    let morning = (lunch_at - start).min(worked - 60).max(60);
    let lunch = if worked > 540 {
        rng.between(45, 60)
    } else {
        rng.between(30, 60)
    };
    let afternoon = worked - morning;
    let coffee = afternoon > 330 || (afternoon > 120 && rng.chance(25));
    let mut stretches = vec![(Work, morning), (Break, lunch)];
    if coffee {
        let short = if afternoon > 330 {
            rng.between(15, 20)
        } else {
            rng.between(10, 20)
        };
        let first = afternoon / 2 + rng.between(-20, 20);
        stretches.extend([(Work, first), (Break, short), (Work, afternoon - first)]);
    } else {
        stretches.push((Work, afternoon));
    }
    Plan { start, stretches }
}

/// Part of a day starting within `starts`: one stretch, or two with a break once it passes
/// 6 h.
fn part_day(rng: &mut Rng, starts: (i64, i64), worked: i64) -> Plan {
    let start = rng.between(starts.0, starts.1);
    let stretches = if worked > 360 {
        let first = worked / 2 + rng.between(-20, 20);
        vec![
            (Work, first),
            (Break, rng.between(30, 40)),
            (Work, worked - first),
        ]
    } else {
        vec![(Work, worked)]
    };
    Plan { start, stretches }
}

fn minutes_of(time: chrono::NaiveTime) -> i64 {
    i64::from(chrono::Timelike::num_seconds_from_midnight(&time) / 60)
}

fn blocks(date: NaiveDate, plan: &Plan) -> Vec<Block> {
    let midnight = date.and_time(chrono::NaiveTime::MIN);
    let mut at = plan.start;
    plan.stretches
        .iter()
        .filter(|(_, minutes)| *minutes > 0)
        .map(|&(kind, minutes)| {
            let block = Block {
                kind,
                start: midnight + Duration::minutes(at),
                end: midnight + Duration::minutes(at + minutes),
            };
            at += minutes;
            block
        })
        .collect()
}
