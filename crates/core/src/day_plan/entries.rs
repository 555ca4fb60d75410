//! Tracked time per calendar day: entries are split at midnight.
//!
//! Times are the user's wall-clock times (as entered or as the timer saw them). An entry with a
//! start and an end is split at each midnight in proportion to wall-clock minutes, keeping its
//! recorded `minutes` (which may be less than the span, e.g. after a pause) as the total.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::BTreeMap;

/// A time entry as the plan needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntrySpan {
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
    /// Worked minutes in total.
    pub minutes: u32,
}

/// Tracked minutes per date from `entries`.
pub fn minutes_per_day(entries: &[EntrySpan]) -> BTreeMap<NaiveDate, u32> {
    let mut days = BTreeMap::new();
    for entry in entries {
        for (date, minutes) in split(entry) {
            *days.entry(date).or_insert(0) += minutes;
        }
    }
    days
}

fn split(entry: &EntrySpan) -> Vec<(NaiveDate, u32)> {
    let Some(end) = entry.end.filter(|end| end.date() > entry.start.date()) else {
        return vec![(entry.start.date(), entry.minutes)];
    };
    let span = (end - entry.start).num_minutes().max(1);
    let mut parts = Vec::new();
    let mut cursor = entry.start;
    while cursor < end {
        let next_midnight = NaiveDateTime::new(cursor.date() + Duration::days(1), NaiveTime::MIN);
        let piece_end = next_midnight.min(end);
        parts.push((cursor.date(), (piece_end - cursor).num_minutes()));
        cursor = piece_end;
    }
    // Share the recorded minutes by wall-clock proportion; the last day takes the rounding rest
    // so the parts always add up to the entry's minutes exactly.
    let total = i64::from(entry.minutes);
    let mut given = 0;
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, (date, wall))| {
            let share = if i + 1 == count {
                total - given
            } else {
                total * wall / span
            };
            given += share;
            (date, u32::try_from(share).unwrap_or(0))
        })
        .collect()
}
