//! What Stint owes Personio: the outbox of the user's entry changes, and the links between an
//! entry and the attendance periods it became.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{sql_word, SqlWord};

/// What an outbox row asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutboxAction {
    /// Make Personio's periods match the entry as it is now (create, change, or delete when
    /// the entry can no longer be a period).
    Put,
    /// The entry is gone: delete its periods.
    Delete,
}

impl SqlWord for OutboxAction {
    const ALL: &'static [Self] = &[OutboxAction::Put, OutboxAction::Delete];
    fn word(self) -> &'static str {
        match self {
            OutboxAction::Put => "put",
            OutboxAction::Delete => "delete",
        }
    }
}
sql_word!(OutboxAction);

/// One pending change of one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub entry_id: i64,
    pub action: OutboxAction,
    /// When the newest change was queued; a push finishes a row only if it is unchanged.
    pub queued_at: DateTime<Utc>,
    /// Failed tries since it was queued (network, server errors).
    pub attempts: u32,
    /// Set while a create may have reached Personio without Stint seeing the answer.
    pub sent_at: Option<DateTime<Utc>>,
    /// Personio's reason for refusing it; such a row waits for the user.
    pub refused: Option<String>,
    /// The user's unsent version (JSON) of an entry Personio changed meanwhile.
    pub kept: Option<String>,
}

/// One attendance period an entry became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryPeriod {
    pub period_id: String,
    pub entry_id: i64,
    /// 0 for the part on the entry's first day, 1 for the part after midnight.
    pub part: u8,
    /// Personio's approval state as last seen.
    pub status: String,
    /// Personio's `updated_at` as last seen.
    pub updated_at: Option<NaiveDateTime>,
}

/// What a sync found out about the user's periods in Personio, applied in one transaction
/// (see [`crate::Store::apply_period_fixes`]).
#[derive(Debug, Clone, PartialEq)]
pub enum PeriodFix {
    /// Personio's approval state and change time of a linked period, as just read.
    Refresh {
        period_id: String,
        status: String,
        updated_at: Option<NaiveDateTime>,
    },
    /// The period is gone from Personio; the entry stays (something of it is still to send,
    /// or another part of it is still there).
    Unlink { period_id: String },
    /// Every period of the entry was deleted in Personio and nothing of it was unsent: the
    /// entry goes too, as a deleted absence does.
    DeleteEntry { entry_id: i64 },
    /// Personio changed the entry's periods: its version is in force. `kept` is the user's
    /// unsent version (JSON of a `NewTimeEntry`), kept beside it until the user chooses.
    TakePersonio {
        entry_id: i64,
        entry: super::user::NewTimeEntry,
        kept: Option<String>,
    },
}

/// One step of a push, recorded as it happens (see [`crate::Store::record_push`]).
#[derive(Debug, Clone, PartialEq)]
pub enum PushWrite {
    /// A create for the entry is about to leave: until [`PushWrite::ReadBack`] or
    /// [`PushWrite::Done`], the day is read back before anything is sent again.
    Sending { entry_id: i64, at: DateTime<Utc> },
    /// The day was read back after an unanswered create: what it found is linked.
    ReadBack { entry_id: i64 },
    /// Part of an entry is this period (new, or found on read-back, or refreshed).
    Link(EntryPeriod),
    /// The period is gone from Personio (deleted by Stint, or found missing): its link and its
    /// stored copy go.
    Unlink { period_id: String },
    /// The change queued at `queued_at` reached Personio; the row goes unless a newer change
    /// was queued meanwhile.
    Done {
        entry_id: i64,
        queued_at: DateTime<Utc>,
    },
    /// Personio refused the change: the row waits with the reason until the entry changes.
    Refused { entry_id: i64, reason: String },
    /// A passing failure (network, server): counted, retried on the next push.
    Failed { entry_id: i64 },
}

/// One period of the running timer in Personio (see [`crate::Store::timer_periods`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimerPeriod {
    pub seq: i64,
    /// `WORK` or `BREAK`.
    pub kind: String,
    pub start: NaiveDateTime,
    /// `None` while open (clocked in, or on a break now).
    pub end: Option<NaiveDateTime>,
    /// Personio's id once created.
    pub period_id: Option<String>,
    /// Personio has the end.
    pub end_sent: bool,
    /// A create left at this time without an answer seen.
    pub sending_at: Option<DateTime<Utc>>,
    /// To delete in Personio.
    pub discard: bool,
}

/// What a timer action does to its periods, in the timer's own transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerPeriodChange {
    /// Opens a period of `kind` (`WORK` or `BREAK`) at `at`.
    Open {
        kind: &'static str,
        at: NaiveDateTime,
    },
    /// Closes the open period at `at` (split at midnight: Personio's periods may not cross it)
    /// and opens one of `kind`, if any.
    Switch {
        at: NaiveDateTime,
        open: Option<&'static str>,
    },
    /// Marks the open period for deletion (the break a timer was stopped in).
    DiscardOpen,
    /// Marks every period since `since` for deletion (a discarded timer).
    DiscardSince { since: NaiveDateTime },
}

/// One step of a push of the timer's periods (see [`crate::Store::record_timer_push`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimerPush {
    /// A create of row `seq` is about to leave.
    Sending { seq: i64, at: DateTime<Utc> },
    /// Row `seq` is period `period_id` (created, or found on read-back); `end_sent` when the
    /// create carried the end.
    Created {
        seq: i64,
        period_id: String,
        end_sent: bool,
    },
    /// A read-back found nothing: the create did not arrive; send it again.
    NotArrived { seq: i64 },
    /// Personio has row `seq`'s end.
    EndSent { seq: i64 },
    /// Row `seq`'s period was deleted in Personio: it is created anew.
    Lost { seq: i64 },
    /// Row `seq` is done with (deleted in Personio, or a finished break).
    Remove { seq: i64 },
}
