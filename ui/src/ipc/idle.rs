//! The idle question's backend calls: the time away waiting for an answer, and the answer.

use serde::Serialize;
use stint_model::ipc::commands::{IDLE_ANSWER, IDLE_PENDING};
use stint_model::{IdleChoice, IdleSpan, IpcError};

#[derive(Serialize)]
struct NoArgs {}

/// The time away the backend asks about, if a question waits.
pub async fn idle_pending() -> Result<Option<IdleSpan>, IpcError> {
    super::invoke(IDLE_PENDING, &NoArgs {}).await
}

#[derive(Serialize)]
struct Answer {
    choice: IdleChoice,
}

/// Answers the waiting question; the backend then sends `tracking-changed`.
pub async fn idle_answer(choice: IdleChoice) -> Result<(), IpcError> {
    super::invoke(IDLE_ANSWER, &Answer { choice }).await
}
