//! The Timeline page's state: which view, around which date, and the day plans loaded for it.
//!
//! Pure: "today" is read from the JS clock once by the page and handed in, so navigation is
//! testable without a browser. An answer carries the range it was asked for; one that arrives
//! after the user moved on is dropped instead of showing the wrong days. While the next range
//! loads, the days already shown stay instead of a "Loading…" flash between months.

use super::calendar::{self, View};
use super::Remote;
use crate::i18n::Lang;
use chrono::{NaiveDate, Weekday};
use std::rc::Rc;
use stint_model::{IpcError, Timeline};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineState {
    pub view: View,
    /// A date inside what is shown; the view's range is computed from it.
    pub anchor: NaiveDate,
    pub today: NaiveDate,
    /// The first day of a week (the user's preference).
    pub week_start: Weekday,
    pub timeline: Remote<Timeline>,
    /// The view and anchor `timeline` was loaded for: what the page draws while `loading`.
    pub shown: (View, NaiveDate),
    /// The range changed and its answer is not there yet.
    pub loading: bool,
    /// Bumped to fetch the same range again (the connection changed).
    pub generation: u32,
}

#[derive(Debug)]
pub enum TimelineAction {
    ShowView(View),
    Prev,
    Next,
    Today,
    /// Open one day in the day view (a click on a cell).
    OpenDay(NaiveDate),
    /// The data behind the timeline changed: load the shown range again.
    Reload,
    Loaded {
        range: (NaiveDate, NaiveDate),
        result: Result<Timeline, IpcError>,
    },
}

impl TimelineState {
    /// Starts on the month of `today`, weeks beginning on `week_start`.
    pub fn new(today: NaiveDate, week_start: Weekday) -> Self {
        TimelineState {
            view: View::default(),
            anchor: today,
            today,
            week_start,
            timeline: Remote::Loading,
            shown: (View::default(), today),
            loading: true,
            generation: 0,
        }
    }

    /// The dates to load and to sum up, both ends inclusive.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        calendar::range(self.view, self.anchor, self.week_start)
    }

    pub fn label(&self, lang: Lang) -> String {
        calendar::range_label(lang, self.view, self.anchor, self.week_start)
    }

    /// Moves to `view` and `anchor`; what was loaded is dropped only when the range changed.
    fn go(&mut self, view: View, anchor: NaiveDate) {
        let before = self.range();
        self.view = view;
        self.anchor = anchor;
        if self.range() != before {
            self.loading = true;
            // An error belongs to the range it was about; days can stay until new ones come.
            if matches!(self.timeline, Remote::Failed(_)) {
                self.timeline = Remote::Loading;
            }
        }
    }
}

/// The balance so far of a range that reaches past today (the core's `due_balance_minutes`:
/// a target not yet due is no deficit); `None` when every day is due (the range's own total
/// is it). "Today" is the core's clock, not the webview's.
pub fn balance_so_far(timeline: &Timeline) -> Option<i64> {
    timeline
        .days
        .iter()
        .any(|d| !d.due)
        .then_some(timeline.totals.due_balance_minutes)
}

/// The keyboard shortcuts of the page: ← and → step, `t` jumps to today.
pub fn key_action(key: &str) -> Option<TimelineAction> {
    match key {
        "ArrowLeft" => Some(TimelineAction::Prev),
        "ArrowRight" => Some(TimelineAction::Next),
        "t" | "T" => Some(TimelineAction::Today),
        _ => None,
    }
}

impl Reducible for TimelineState {
    type Action = TimelineAction;

    fn reduce(self: Rc<Self>, action: TimelineAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TimelineAction::ShowView(view) => next.go(view, self.anchor),
            TimelineAction::Prev => {
                next.go(self.view, calendar::step(self.view, self.anchor, false))
            }
            TimelineAction::Next => {
                next.go(self.view, calendar::step(self.view, self.anchor, true))
            }
            TimelineAction::Today => next.go(self.view, self.today),
            TimelineAction::OpenDay(date) => next.go(View::Day, date),
            TimelineAction::Reload => next.generation = next.generation.wrapping_add(1),
            TimelineAction::Loaded { range, result } => {
                if range != self.range() {
                    return self;
                }
                next.timeline = match result {
                    Ok(timeline) => Remote::Ready(timeline),
                    Err(err) => Remote::Failed(err),
                };
                next.shown = (self.view, self.anchor);
                next.loading = false;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::{ErrorCode, Totals};

    fn d(text: &str) -> NaiveDate {
        text.parse().expect("test dates are ISO")
    }

    fn state(today: &str) -> Rc<TimelineState> {
        Rc::new(TimelineState::new(d(today), Weekday::Mon))
    }

    fn empty() -> Timeline {
        Timeline {
            days: Vec::new(),
            totals: Totals::default(),
        }
    }

    #[test]
    fn navigation_moves_by_the_current_view_and_today_comes_back() {
        use TimelineAction::*;
        let cases: [(&str, Vec<TimelineAction>, View, &str); 6] = [
            (
                "month view opens on today's month",
                vec![],
                View::Month,
                "2026-06-17",
            ),
            ("next month", vec![Next], View::Month, "2026-07-17"),
            (
                "prev month twice",
                vec![Prev, Prev],
                View::Month,
                "2026-04-17",
            ),
            (
                "a week back",
                vec![ShowView(View::Week), Prev],
                View::Week,
                "2026-06-10",
            ),
            (
                "a day on",
                vec![ShowView(View::Day), Next],
                View::Day,
                "2026-06-18",
            ),
            (
                "today after wandering",
                vec![Next, Next, ShowView(View::Week), Prev, Today],
                View::Week,
                "2026-06-17",
            ),
        ];
        for (why, actions, view, anchor) in cases {
            let s = actions
                .into_iter()
                .fold(state("2026-06-17"), |s, a| s.reduce(a));
            assert_eq!((s.view, s.anchor), (view, d(anchor)), "{why}");
            assert_eq!(s.today, d("2026-06-17"), "{why}: today never moves");
        }
    }

    #[test]
    fn arrows_step_and_t_goes_to_today_other_keys_do_nothing() {
        let cases = [
            ("ArrowLeft", Some("Prev")),
            ("ArrowRight", Some("Next")),
            ("t", Some("Today")),
            ("T", Some("Today")),
            ("ArrowUp", None),
            ("x", None),
        ];
        for (key, want) in cases {
            let got = key_action(key).map(|a| format!("{a:?}"));
            assert_eq!(got.as_deref(), want, "key {key}");
        }
    }

    #[test]
    fn a_range_reaching_past_today_shows_the_cores_balance_so_far() {
        let day = |date: &str, due: bool| stint_model::DayPlan {
            date: d(date),
            scheduled_minutes: 480,
            target_minutes: 480,
            tracked_minutes: 0,
            balance_minutes: -480,
            holiday: None,
            absences: Vec::new(),
            due,
            warnings: Vec::new(),
        };
        let totals = Totals {
            balance_minutes: -1440,
            due_balance_minutes: -960,
            ..Totals::default()
        };
        let mut week = Timeline {
            days: vec![
                day("2026-06-15", true),
                day("2026-06-16", true),
                day("2026-06-17", false),
            ],
            totals,
        };
        assert_eq!(
            balance_so_far(&week),
            Some(-960),
            "the 17th is not due yet: the core's due balance"
        );
        week.days[2].due = true;
        assert_eq!(
            balance_so_far(&week),
            None,
            "all due: the range's own total applies"
        );
    }

    #[test]
    fn opening_a_day_shows_it_in_the_day_view() {
        let s = state("2026-06-17").reduce(TimelineAction::OpenDay(d("2026-06-03")));
        assert_eq!(s.view, View::Day, "a clicked cell opens the day view");
        assert_eq!(s.range(), (d("2026-06-03"), d("2026-06-03")), "of that day");
    }

    #[test]
    fn an_answer_for_the_shown_range_is_kept_and_a_late_one_is_dropped() {
        let s = state("2026-06-17");
        let june = s.range();
        let s = s.reduce(TimelineAction::Next);
        let late = s.clone().reduce(TimelineAction::Loaded {
            range: june,
            result: Ok(empty()),
        });
        assert_eq!(
            late.timeline,
            Remote::Loading,
            "June's answer must not show as July"
        );
        let july = late.range();
        let s = late.reduce(TimelineAction::Loaded {
            range: july,
            result: Ok(empty()),
        });
        assert_eq!(s.timeline, Remote::Ready(empty()), "July's answer shows");
    }

    #[test]
    fn the_shown_days_stay_while_the_next_range_loads_and_today_inside_it_does_not_reload() {
        let s = state("2026-06-17");
        let june = s.range();
        let s = s.reduce(TimelineAction::Loaded {
            range: june,
            result: Ok(empty()),
        });
        assert!(!s.loading, "June is loaded");
        let s = s.reduce(TimelineAction::Next);
        assert!(s.loading, "July is asked for");
        assert_eq!(
            (s.timeline.clone(), s.shown),
            (Remote::Ready(empty()), (View::Month, d("2026-06-17"))),
            "June stays drawn (as June) until July's days arrive: no flash between months"
        );
        let s = s
            .reduce(TimelineAction::Today)
            .reduce(TimelineAction::Loaded {
                range: june,
                result: Ok(empty()),
            });
        assert!(!s.loading, "back in June, its answer is taken");
        let s = s.reduce(TimelineAction::Today);
        assert!(
            !s.loading,
            "\"today\" within the shown month does not reload"
        );
    }

    #[test]
    fn an_error_is_not_shown_for_another_range() {
        let s = state("2026-06-17");
        let june = s.range();
        let s = s
            .reduce(TimelineAction::Loaded {
                range: june,
                result: Err(IpcError::new(ErrorCode::Internal, "database is locked")),
            })
            .reduce(TimelineAction::Next);
        assert_eq!(s.timeline, Remote::Loading, "June's error is not July's");
    }

    #[test]
    fn a_failure_is_kept_for_display_and_reload_asks_again() {
        let s = state("2026-06-17");
        let range = s.range();
        let err = IpcError::new(ErrorCode::Internal, "database is locked");
        let s = s.reduce(TimelineAction::Loaded {
            range,
            result: Err(err.clone()),
        });
        assert_eq!(s.timeline, Remote::Failed(err), "the message is shown");
        let generation = s.generation;
        let s = s.reduce(TimelineAction::Reload);
        assert_ne!(s.generation, generation, "a reload fetches the range again");
    }
}
