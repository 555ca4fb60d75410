//! The state of a "send to Personio" control — the Connection Manager's switches and "Send
//! now", and the Timeline's "Send this week to Personio": whether a call runs, and the last
//! push's report or the error, shown in one line.
//!
//! Pure, like every reducer here: the component makes the call and dispatches its answer.

use super::calendar;
use chrono::{Days, NaiveDate, Weekday};
use std::rc::Rc;
use stint_model::{IpcError, PushReport};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PushState {
    /// A switch or a push is in flight: the controls wait.
    pub busy: bool,
    /// What the last push did (kept until the next call starts).
    pub report: Option<PushReport>,
    /// Why the last call failed.
    pub error: Option<IpcError>,
}

#[derive(Debug)]
pub enum PushAction {
    Start,
    /// A push or an offer answered.
    Pushed(Result<PushReport, IpcError>),
    /// A switch answered (the page reloads the status to show it).
    Switched(Result<(), IpcError>),
}

impl Reducible for PushState {
    type Action = PushAction;

    fn reduce(self: Rc<Self>, action: PushAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PushAction::Start => {
                next.busy = true;
                next.report = None;
                next.error = None;
            }
            PushAction::Pushed(Ok(report)) => {
                next.busy = false;
                next.report = Some(report);
            }
            PushAction::Switched(Ok(())) => next.busy = false,
            PushAction::Pushed(Err(err)) | PushAction::Switched(Err(err)) => {
                next.busy = false;
                next.error = Some(err);
            }
        }
        Rc::new(next)
    }
}

/// The week offered to Personio around `date`: Monday to Sunday (Personio's weeks, whatever
/// week start the user chose for the calendar), both ends inclusive.
pub fn offered_week(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = calendar::week_start(date, Weekday::Mon);
    (monday, monday + Days::new(6))
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::ErrorCode;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("ISO date")
    }

    #[test]
    fn the_offered_week_runs_monday_to_sunday_around_the_day() {
        let cases = [
            ("2026-06-03", "2026-06-01", "2026-06-07", "a Wednesday"),
            (
                "2026-06-01",
                "2026-06-01",
                "2026-06-07",
                "a Monday starts its own week",
            ),
            ("2026-06-07", "2026-06-01", "2026-06-07", "a Sunday ends it"),
            (
                "2026-01-01",
                "2025-12-29",
                "2026-01-04",
                "across the new year",
            ),
        ];
        for (day, from, to, why) in cases {
            assert_eq!(offered_week(date(day)), (date(from), date(to)), "{why}");
        }
    }

    #[test]
    fn a_new_call_clears_the_last_line_and_its_answer_replaces_it() {
        let s = Rc::new(PushState::default()).reduce(PushAction::Pushed(Err(IpcError::new(
            ErrorCode::Offline,
            "Personio could not be reached",
        ))));
        assert!(
            s.error.is_some() && !s.busy,
            "a failure is shown and ends the wait"
        );
        let s = s.reduce(PushAction::Start);
        assert_eq!(
            (s.busy, &s.error, &s.report),
            (true, &None, &None),
            "the old error goes while the next call runs"
        );
        let s = s.reduce(PushAction::Pushed(Ok(PushReport {
            created: 2,
            ..PushReport::default()
        })));
        assert_eq!(
            s.report.as_ref().map(|r| r.created),
            Some(2),
            "the report is shown"
        );
        let s = s
            .reduce(PushAction::Start)
            .reduce(PushAction::Switched(Ok(())));
        assert!(
            !s.busy && s.report.is_none() && s.error.is_none(),
            "a switch that worked leaves a quiet line: the status shows it"
        );
    }
}
