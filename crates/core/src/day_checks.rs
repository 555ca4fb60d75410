//! The working-time checks of a range of days: each day's tracked spans (the user's entries
//! and Personio's attendances alike) against the rules in [`crate::working_time`], as the
//! warnings the timeline, `stint-cli today` and the tray carry.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use stint_model::{WarningCode, WorkingTimeWarning};

use crate::working_time::{check_day, DayWork, Warning, WorkSpan};

/// What the checks read: spans with times, and minutes given as a duration only, by day.
#[derive(Debug, Default, Clone)]
pub(crate) struct TrackedSpans {
    pub spans: Vec<WorkSpan>,
    pub duration_only: BTreeMap<NaiveDate, u32>,
}

impl TrackedSpans {
    /// Adds one tracked span: with an end it is a span of its start day, without one its
    /// minutes are a duration only.
    pub fn add(&mut self, start: NaiveDateTime, end: Option<NaiveDateTime>, minutes: u32) {
        match end {
            Some(end) => self.spans.push(WorkSpan {
                start,
                end,
                minutes,
            }),
            None => *self.duration_only.entry(start.date()).or_default() += minutes,
        }
    }

    /// The warnings of `date` (its spans are those starting that day; the rest before it is
    /// measured from the last end of the day before).
    pub fn warnings_on(&self, date: NaiveDate) -> Vec<WorkingTimeWarning> {
        let spans: Vec<WorkSpan> = self
            .spans
            .iter()
            .filter(|s| s.start.date() == date)
            .copied()
            .collect();
        let duration_only_minutes = self.duration_only.get(&date).copied().unwrap_or(0);
        if spans.is_empty() && duration_only_minutes == 0 {
            return Vec::new();
        }
        let previous_end = self
            .spans
            .iter()
            .filter(|s| s.start.date() == date - Duration::days(1))
            .map(|s| s.end)
            .max();
        check_day(&DayWork {
            spans: &spans,
            duration_only_minutes,
            previous_end,
            utc_offset: &crate::working_time::local_offset,
        })
        .into_iter()
        .map(view)
        .collect()
    }
}

/// `8:30` from minutes.
fn hm(minutes: u32) -> String {
    stint_model::duration::hm(i64::from(minutes))
}

/// A warning as the model carries it, with its sentence.
pub(crate) fn view(warning: Warning) -> WorkingTimeWarning {
    let blank = |code, message: String| WorkingTimeWarning {
        code,
        message,
        required_minutes: None,
        taken_minutes: None,
        stretch_minutes: None,
        worked_minutes: None,
        rest_minutes: None,
        duration_only_minutes: None,
    };
    match warning {
        Warning::BreakShort {
            required_minutes,
            taken_minutes,
        } => WorkingTimeWarning {
            required_minutes: Some(required_minutes),
            taken_minutes: Some(taken_minutes),
            ..blank(
                WarningCode::BreakShort,
                format!(
                    "Breaks of {} taken, {} required for this much work (ArbZG §4)",
                    hm(taken_minutes),
                    hm(required_minutes)
                ),
            )
        },
        Warning::Over6hWithoutBreak { stretch_minutes } => WorkingTimeWarning {
            stretch_minutes: Some(stretch_minutes),
            ..blank(
                WarningCode::Over6hWithoutBreak,
                format!(
                    "{} worked without a break of 15 min; at most 6:00 are allowed (ArbZG §4)",
                    hm(stretch_minutes)
                ),
            )
        },
        Warning::Over10h { worked_minutes } => WorkingTimeWarning {
            worked_minutes: Some(worked_minutes),
            ..blank(
                WarningCode::Over10h,
                format!(
                    "{} worked; more than 10:00 a day is not allowed (ArbZG §3)",
                    hm(worked_minutes)
                ),
            )
        },
        Warning::RestShort { rest_minutes } => WorkingTimeWarning {
            rest_minutes: Some(rest_minutes),
            ..blank(
                WarningCode::RestShort,
                format!(
                    "Only {} of rest since the day before; 11:00 are required (ArbZG §5)",
                    hm(rest_minutes)
                ),
            )
        },
        Warning::BreaksUnchecked {
            duration_only_minutes,
        } => WorkingTimeWarning {
            duration_only_minutes: Some(duration_only_minutes),
            ..blank(
                WarningCode::BreaksUnchecked,
                format!(
                    "{} were tracked as a duration only: breaks cannot be checked without start and end",
                    hm(duration_only_minutes)
                ),
            )
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::iso;

    fn at(text: &str) -> NaiveDateTime {
        iso::parse_date_time(&format!("2026-06-{text}:00")).expect("a date-time")
    }

    #[test]
    fn a_day_is_checked_with_the_rest_since_the_day_before() {
        let mut tracked = TrackedSpans::default();
        tracked.add(at("01T14:00"), Some(at("01T23:00")), 540);
        tracked.add(at("02T07:00"), Some(at("02T13:30")), 390);
        let day = iso::parse_date("2026-06-02").expect("date");
        let codes: Vec<WarningCode> = tracked.warnings_on(day).iter().map(|w| w.code).collect();
        assert_eq!(
            codes,
            vec![
                WarningCode::BreakShort,
                WarningCode::Over6hWithoutBreak,
                WarningCode::RestShort
            ],
            "6:30 without a break, 8 h after the last end"
        );
        let rest = tracked
            .warnings_on(day)
            .into_iter()
            .find(|w| w.code == WarningCode::RestShort);
        assert_eq!(
            rest.and_then(|w| w.rest_minutes),
            Some(480),
            "the figure travels with it"
        );
    }

    #[test]
    fn duration_only_time_says_it_cannot_be_checked_and_a_quiet_day_says_nothing() {
        let mut tracked = TrackedSpans::default();
        tracked.add(at("03T00:00"), None, 480);
        let day = |d: &str| iso::parse_date(d).expect("date");
        let warnings = tracked.warnings_on(day("2026-06-03"));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, WarningCode::BreaksUnchecked);
        assert!(
            warnings[0].message.contains("8:00"),
            "{}",
            warnings[0].message
        );
        assert!(
            tracked.warnings_on(day("2026-06-04")).is_empty(),
            "nothing tracked, nothing to say"
        );
    }
}
