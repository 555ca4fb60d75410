//! What an entry is in Personio, and what to send to make Personio match it: pure functions,
//! pinned by table tests without a server.
//!
//! - An entry with a start and an end is one WORK period, or two when it crosses midnight
//!   (Personio's periods may not): the first ends at 00:00, the second starts there.
//! - An entry given as a duration only has no times, and an entry that books less than its
//!   span holds a break Stint cannot place: Personio keeps start and end of each period, so
//!   sending either would invent times. Both stay in Stint with the reason.

use chrono::{Duration, NaiveDateTime};
use stint_store::{EntryPeriod, TimeEntry};

/// One WORK period an entry becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// 0 on the entry's first day, 1 after midnight.
    pub part: u8,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

/// Why an entry of the user is not sent to Personio.
pub(crate) const NEEDS_TIMES: &str = "Personio needs a start and an end";
pub(crate) const UNPLACED_BREAK: &str =
    "It books less than its span (a break without times): split it at the break so Personio gets the start and end of each part";

/// The periods `entry` becomes, or why it cannot become any.
pub(crate) fn parts_of(entry: &TimeEntry) -> Result<Vec<Part>, &'static str> {
    let Some(end) = entry.end else {
        return Err(NEEDS_TIMES);
    };
    let span = (end - entry.start).num_minutes();
    if i64::from(entry.minutes) < span {
        return Err(UNPLACED_BREAK);
    }
    let midnight = (entry.start.date() + Duration::days(1)).and_time(chrono::NaiveTime::MIN);
    if end <= midnight {
        return Ok(vec![Part {
            part: 0,
            start: entry.start,
            end,
        }]);
    }
    Ok(vec![
        Part {
            part: 0,
            start: entry.start,
            end: midnight,
        },
        Part {
            part: 1,
            start: midnight,
            end,
        },
    ])
}

/// One request to Personio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Create(Part),
    Change { period_id: String, part: Part },
    Delete { period_id: String },
}

/// The requests that make the periods `links` of one entry into `wanted`: a wanted part with a
/// period is changed, one without is created, and a period no part wants is deleted. Deletes go
/// first, so a shorter entry frees its time before a part moves into it.
pub(crate) fn steps(wanted: &[Part], links: &[EntryPeriod]) -> Vec<Step> {
    let mut steps: Vec<Step> = links
        .iter()
        .filter(|link| !wanted.iter().any(|p| p.part == link.part))
        .map(|link| Step::Delete {
            period_id: link.period_id.clone(),
        })
        .collect();
    for part in wanted {
        steps.push(match links.iter().find(|l| l.part == part.part) {
            Some(link) => Step::Change {
                period_id: link.period_id.clone(),
                part: part.clone(),
            },
            None => Step::Create(part.clone()),
        });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use stint_model::iso;

    fn at(text: &str) -> NaiveDateTime {
        iso::parse_date_time(&format!("2026-06-{text}:00")).expect("a date-time")
    }

    fn entry(start: &str, end: Option<&str>, minutes: u32) -> TimeEntry {
        TimeEntry {
            id: 7,
            start: at(start),
            end: end.map(at),
            minutes,
            note: String::new(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn link(id: &str, part: u8) -> EntryPeriod {
        EntryPeriod {
            period_id: id.into(),
            entry_id: 7,
            part,
            status: "PENDING".into(),
            updated_at: None,
        }
    }

    /// The parts' (start, end) or the reason for none.
    type Want = Result<Vec<(&'static str, &'static str)>, &'static str>;

    #[test]
    fn an_entry_becomes_one_period_or_two_at_midnight() {
        let cases: [(TimeEntry, Want, &str); 6] = [
            (
                entry("01T09:00", Some("01T17:00"), 480),
                Ok(vec![("01T09:00", "01T17:00")]),
                "a day's span is one period",
            ),
            (
                entry("01T22:00", Some("02T00:00"), 120),
                Ok(vec![("01T22:00", "02T00:00")]),
                "ending at midnight stays on its day",
            ),
            (
                entry("01T22:00", Some("02T02:00"), 240),
                Ok(vec![("01T22:00", "02T00:00"), ("02T00:00", "02T02:00")]),
                "crossing midnight is split at 00:00",
            ),
            (
                entry("01T00:00", None, 30),
                Err(NEEDS_TIMES),
                "a duration has no times",
            ),
            (
                entry("01T09:00", Some("01T17:00"), 450),
                Err(UNPLACED_BREAK),
                "an unplaced break would invent times",
            ),
            (
                entry("01T09:00", Some("01T09:01"), 1),
                Ok(vec![("01T09:00", "01T09:01")]),
                "one minute is a period",
            ),
        ];
        for (entry, want, why) in cases {
            let got = parts_of(&entry).map(|parts| {
                parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        assert_eq!(usize::from(p.part), i, "{why}: parts are numbered in order");
                        (p.start, p.end)
                    })
                    .collect::<Vec<_>>()
            });
            let want = want.map(|w| w.iter().map(|(s, e)| (at(s), at(e))).collect::<Vec<_>>());
            assert_eq!(got, want, "{why}");
        }
    }

    #[test]
    fn steps_change_what_exists_create_what_is_new_and_delete_what_is_left() {
        let two = parts_of(&entry("01T22:00", Some("02T02:00"), 240)).expect("two parts");
        let one = parts_of(&entry("01T20:00", Some("01T23:00"), 180)).expect("one part");
        assert_eq!(
            steps(&two, &[]),
            vec![Step::Create(two[0].clone()), Step::Create(two[1].clone())],
            "a new entry across midnight creates two periods"
        );
        assert_eq!(
            steps(&one, &[link("p0", 0), link("p1", 1)]),
            vec![
                Step::Delete {
                    period_id: "p1".into()
                },
                Step::Change {
                    period_id: "p0".into(),
                    part: one[0].clone()
                },
            ],
            "an entry no longer crossing midnight deletes its second period first"
        );
        assert_eq!(
            steps(&two, &[link("p0", 0)]),
            vec![
                Step::Change {
                    period_id: "p0".into(),
                    part: two[0].clone()
                },
                Step::Create(two[1].clone()),
            ],
            "an entry stretched past midnight gains a period"
        );
        assert_eq!(
            steps(&[], &[link("p0", 0), link("p1", 1)]),
            vec![
                Step::Delete {
                    period_id: "p0".into()
                },
                Step::Delete {
                    period_id: "p1".into()
                }
            ],
            "a deleted entry deletes every period it became"
        );
    }
}
