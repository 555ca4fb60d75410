//! The idle dialog's state: the time away the backend asks about, an answer on its way, and
//! why an answer was refused.
//!
//! The dialog shows while a question waits and closes once it is answered. A refused answer
//! keeps the dialog open with the message (the backend took the question when it tried, so
//! the user may close it instead of trying again); a newer question replaces it.

use std::rc::Rc;
use stint_model::{IdleSpan, IpcError};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdleState {
    /// The question shown, if any.
    pub span: Option<IdleSpan>,
    /// An answer was sent; its result follows.
    pub busy: bool,
    pub error: Option<IpcError>,
}

#[derive(Debug)]
pub enum IdleAction {
    /// The backend's `idle_pending`: the question waiting, or none.
    Pending(Option<IdleSpan>),
    /// An answer was sent.
    Busy,
    /// The backend's word on the answer.
    Answered(Result<(), IpcError>),
    /// The user closed the dialog after a refused answer.
    Close,
}

impl Reducible for IdleState {
    type Action = IdleAction;

    fn reduce(self: Rc<Self>, action: IdleAction) -> Rc<Self> {
        let next = match action {
            // While an answer is on its way, a question asked before it is stale.
            IdleAction::Pending(_) if self.busy => return self,
            IdleAction::Pending(Some(span)) if self.span == Some(span) => return self,
            IdleAction::Pending(Some(span)) => IdleState {
                span: Some(span),
                ..IdleState::default()
            },
            // Nothing waits: close, unless a refusal is shown for the user to read.
            IdleAction::Pending(None) if self.error.is_some() => return self,
            IdleAction::Pending(None) | IdleAction::Answered(Ok(())) | IdleAction::Close => {
                IdleState::default()
            }
            IdleAction::Busy => IdleState {
                busy: true,
                error: None,
                ..(*self).clone()
            },
            IdleAction::Answered(Err(err)) => IdleState {
                busy: false,
                error: Some(err),
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::iso;

    fn span(from: &str, to: &str) -> IdleSpan {
        let at = |text| iso::parse_date_time(text).expect("a date-time");
        IdleSpan {
            from: at(from),
            to: at(to),
        }
    }

    fn run(actions: Vec<IdleAction>) -> Rc<IdleState> {
        actions
            .into_iter()
            .fold(Rc::new(IdleState::default()), |state, action| {
                state.reduce(action)
            })
    }

    fn refused() -> IpcError {
        IpcError::invalid("choice", "No idle time is waiting for an answer")
    }

    #[test]
    fn a_waiting_question_opens_the_dialog_and_an_answer_closes_it() {
        let away = span("2025-03-10T12:05:00", "2025-03-10T12:40:00");
        let open = run(vec![IdleAction::Pending(Some(away))]);
        assert_eq!(open.span, Some(away), "the question is shown");
        let sent = open.reduce(IdleAction::Busy);
        assert!(sent.busy, "the buttons wait for the backend");
        let done = sent.reduce(IdleAction::Answered(Ok(())));
        assert_eq!(*done, IdleState::default(), "answered: the dialog closes");
        assert_eq!(
            *run(vec![IdleAction::Pending(None)]),
            IdleState::default(),
            "nothing waiting at start: no dialog"
        );
    }

    #[test]
    fn a_refused_answer_stays_to_be_read_until_closed_or_a_new_question_comes() {
        let away = span("2025-03-10T12:05:00", "2025-03-10T12:40:00");
        let refused = run(vec![
            IdleAction::Pending(Some(away)),
            IdleAction::Busy,
            IdleAction::Answered(Err(refused())),
        ]);
        assert_eq!(refused.span, Some(away), "the dialog stays open");
        assert_eq!(refused.error, Some(self::refused()), "with the reason");
        assert!(!refused.busy, "and the buttons work again");
        let asked_again = refused.clone().reduce(IdleAction::Pending(None));
        assert_eq!(
            asked_again, refused,
            "the backend has no question any more, but the message is not whisked away"
        );
        let later = span("2025-03-10T14:00:00", "2025-03-10T14:30:00");
        let newer = refused.clone().reduce(IdleAction::Pending(Some(later)));
        assert_eq!(
            *newer,
            IdleState {
                span: Some(later),
                ..IdleState::default()
            },
            "a newer question replaces the old one and its message"
        );
        assert_eq!(
            *refused.reduce(IdleAction::Close),
            IdleState::default(),
            "closing ends it"
        );
    }

    #[test]
    fn a_question_read_while_an_answer_is_on_its_way_is_stale() {
        let away = span("2025-03-10T12:05:00", "2025-03-10T12:40:00");
        let sent = run(vec![IdleAction::Pending(Some(away)), IdleAction::Busy]);
        let late = sent.clone().reduce(IdleAction::Pending(Some(away)));
        assert_eq!(late, sent, "the late `idle_pending` answer changes nothing");
        let done = late.reduce(IdleAction::Answered(Ok(())));
        assert_eq!(
            *done,
            IdleState::default(),
            "and the dialog closes once answered"
        );
    }
}
