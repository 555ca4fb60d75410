//! The timer bar's UI state (the day view's entries are in [`super::entries`]).
//!
//! Pure: the JS clock's milliseconds come in with the actions, so ticking is testable. The
//! timer's elapsed seconds are the backend's answer plus the time since it arrived — the
//! backend is asked once, not every second.

use chrono::NaiveTime;
use std::rc::Rc;
use stint_model::{IpcError, TimerStatus, TimerView, TodayView};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimerState {
    pub timer: Option<TimerView>,
    /// The note as shown in its field: typed for the next start, or the running timer's.
    pub note: String,
    /// The note was typed but not yet saved: an answer must not overwrite it.
    pub note_edited: bool,
    /// Asking whether to throw the running timer away.
    pub confirm_discard: bool,
    /// JS milliseconds when `timer` arrived, and at the last tick.
    pub since_ms: f64,
    pub now_ms: f64,
    pub busy: bool,
    pub error: Option<IpcError>,
    /// Today's figures, for "leave at" and the latest end.
    pub today: Option<TodayView>,
}

#[derive(Debug)]
pub enum TimerAction {
    EditNote(String),
    /// The discard button was pressed (`true`) or its question cancelled (`false`).
    AskDiscard(bool),
    /// A button was pressed; its answer follows. `sends_note`: the call carries the note
    /// field (start, save note), so what was typed is no longer unsaved.
    Busy {
        sends_note: bool,
    },
    /// The timer as the backend answered at `at_ms` (`None`: no timer, e.g. after stop).
    Answer {
        result: Result<Option<TimerView>, IpcError>,
        at_ms: f64,
    },
    Tick(f64),
    /// Today's figures as the backend answered; a failure only hides "leave at".
    Today(Result<TodayView, IpcError>),
}

impl TimerState {
    /// "Leave at" and the latest end: while the timer runs, as far as the backend names them.
    pub fn leave_times(&self) -> (Option<NaiveTime>, Option<NaiveTime>) {
        match &self.today {
            Some(today) if self.running() => (today.leave_at, today.latest_end),
            _ => (None, None),
        }
    }

    pub fn running(&self) -> bool {
        self.timer
            .as_ref()
            .is_some_and(|t| t.status == TimerStatus::Running)
    }

    /// Worked seconds to show now.
    pub fn elapsed_seconds(&self) -> i64 {
        let Some(timer) = &self.timer else { return 0 };
        let since = if self.running() {
            ((self.now_ms - self.since_ms) / 1000.0).floor().max(0.0) as i64
        } else {
            0
        };
        timer.elapsed_seconds + since
    }
}

/// Seconds as `h:mm:ss`.
pub fn hms(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

impl Reducible for TimerState {
    type Action = TimerAction;

    fn reduce(self: Rc<Self>, action: TimerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TimerAction::EditNote(note) => {
                next.note = note;
                next.note_edited = true;
            }
            TimerAction::AskDiscard(ask) => next.confirm_discard = ask,
            TimerAction::Busy { sends_note } => {
                next.busy = true;
                next.note_edited &= !sends_note;
                next.error = None;
                next.confirm_discard = false;
            }
            TimerAction::Answer { result, at_ms } => {
                next.busy = false;
                match result {
                    Ok(timer) => {
                        if timer.is_none() && self.timer.is_some() {
                            next.note.clear();
                            next.note_edited = false;
                        }
                        if let Some(running) = timer.as_ref().filter(|_| !self.note_edited) {
                            next.note = running.note.clone();
                        }
                        next.timer = timer;
                        next.since_ms = at_ms;
                        next.now_ms = at_ms;
                        next.error = None;
                    }
                    Err(err) => next.error = Some(err),
                }
            }
            TimerAction::Tick(now_ms) => next.now_ms = now_ms,
            TimerAction::Today(result) => next.today = result.ok(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;
    use stint_model::iso;
    use stint_model::ErrorCode;

    fn timer(status: TimerStatus, elapsed_seconds: i64) -> TimerView {
        TimerView {
            status,
            started_at: "2026-06-02T09:00:00"
                .parse::<NaiveDateTime>()
                .expect("ISO time"),
            elapsed_seconds,
            note: "standup".into(),
        }
    }

    #[test]
    fn the_clock_counts_on_only_while_running() {
        let cases = [
            ("running, 2.5 s later", TimerStatus::Running, 2_500.0, 62),
            ("running, at once", TimerStatus::Running, 0.0, 60),
            ("paused, 10 s later", TimerStatus::Paused, 10_000.0, 60),
        ];
        for (why, status, after_ms, want) in cases {
            let s = Rc::new(TimerState::default())
                .reduce(TimerAction::Answer {
                    result: Ok(Some(timer(status, 60))),
                    at_ms: 1_000.0,
                })
                .reduce(TimerAction::Tick(1_000.0 + after_ms));
            assert_eq!(s.elapsed_seconds(), want, "{why}");
        }
    }

    #[test]
    fn leave_at_shows_only_while_running_and_as_far_as_the_backend_names_it() {
        let at = |hm: &str| iso::parse_time_of_day(hm);
        let today = |leave_at, latest_end| {
            TimerAction::Today(Ok(TodayView {
                tracked_minutes: 120,
                target_minutes: 480,
                leave_at,
                latest_end,
                warnings: Vec::new(),
            }))
        };
        let with = |status| {
            Rc::new(TimerState::default()).reduce(TimerAction::Answer {
                result: Ok(Some(timer(status, 60))),
                at_ms: 0.0,
            })
        };
        let running = with(TimerStatus::Running);
        let cases = [
            (
                "running",
                running.clone().reduce(today(at("16:42"), at("18:12"))),
                (at("16:42"), at("18:12")),
            ),
            (
                "target reached: only the latest end",
                running.clone().reduce(today(None, at("18:12"))),
                (None, at("18:12")),
            ),
            (
                "paused",
                with(TimerStatus::Paused).reduce(today(at("16:42"), at("18:12"))),
                (None, None),
            ),
            ("not asked yet", running.clone(), (None, None)),
            (
                "the backend failed",
                running
                    .clone()
                    .reduce(today(at("16:42"), at("18:12")))
                    .reduce(TimerAction::Today(Err(IpcError::new(
                        ErrorCode::Internal,
                        "locked",
                    )))),
                (None, None),
            ),
            (
                "stopped",
                running
                    .reduce(today(at("16:42"), at("18:12")))
                    .reduce(TimerAction::Answer {
                        result: Ok(None),
                        at_ms: 9.0,
                    }),
                (None, None),
            ),
        ];
        for (why, state, want) in cases {
            assert_eq!(state.leave_times(), want, "{why}");
        }
    }

    #[test]
    fn seconds_read_as_hours_minutes_seconds() {
        for (seconds, want) in [
            (0, "0:00:00"),
            (61, "0:01:01"),
            (3_725, "1:02:05"),
            (-5, "0:00:00"),
        ] {
            assert_eq!(hms(seconds), want, "{seconds} s");
        }
    }

    #[test]
    fn stopping_clears_the_note_and_a_failure_keeps_the_timer() {
        let s = Rc::new(TimerState::default())
            .reduce(TimerAction::EditNote("standup".into()))
            .reduce(TimerAction::Answer {
                result: Ok(Some(timer(TimerStatus::Running, 0))),
                at_ms: 0.0,
            })
            .reduce(TimerAction::Busy { sends_note: false })
            .reduce(TimerAction::Answer {
                result: Err(IpcError::new(ErrorCode::Internal, "disk full")),
                at_ms: 5.0,
            });
        assert!(
            s.running() && !s.busy,
            "a failed stop leaves the timer running"
        );
        assert!(s.error.is_some(), "and says why");
        let s = s.reduce(TimerAction::Answer {
            result: Ok(None),
            at_ms: 9.0,
        });
        assert_eq!(
            (s.timer.is_none(), s.note.as_str()),
            (true, ""),
            "stopped: ready for the next"
        );
    }

    #[test]
    fn a_note_typed_while_running_survives_other_answers_until_it_is_saved() {
        let mut running = timer(TimerStatus::Running, 0);
        running.note = "standup".into();
        let answer = |t: &TimerView| TimerAction::Answer {
            result: Ok(Some(t.clone())),
            at_ms: 1.0,
        };
        let s = Rc::new(TimerState::default()).reduce(answer(&running));
        assert_eq!(
            s.note, "standup",
            "the running timer's note is shown to edit"
        );
        let s = s
            .reduce(TimerAction::EditNote("standup + review".into()))
            .reduce(TimerAction::Busy { sends_note: false })
            .reduce(answer(&running));
        assert_eq!(
            s.note, "standup + review",
            "a pause answering meanwhile does not eat the typed note"
        );
        running.note = "standup + review".into();
        let s = s
            .reduce(TimerAction::Busy { sends_note: true })
            .reduce(answer(&running));
        assert!(!s.note_edited, "saved: the backend's note is shown again");
        assert_eq!(s.note, "standup + review");
    }
}
