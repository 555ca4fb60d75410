//! The timer use cases: start, pause, resume and stop one timer that survives restarts.
//!
//! The store keeps the timer (`running_timer`); this module decides what each button means at
//! the clock's "now". Stopping turns the timer into a time entry from its start to now (or to
//! the pause, when stopped while paused) that books the worked minutes, pauses excluded.
//!
//! While "Record my time in Personio" is on when the timer starts, the timer is in Personio too:
//! an open WORK period (clocked in) from its start; a pause closes it and opens a BREAK, a
//! resume closes the BREAK and opens a WORK (the store keeps them, the push sends them). Such a
//! timer stops into one entry per worked stretch — each exactly its period, so Personio and
//! Stint hold the same spans and the breaks between them stay breaks.
//!
//! A timer stopped within its first minute still books one minute, its end moved to one minute
//! after the start: refusing would lose the note and surprise the user, and a zero-minute entry
//! is not a working time. A timer that ran past 24 h cannot become one entry; stop refuses and
//! says to discard it and add the time by hand.

use crate::entries::{check_entry, check_note};
use crate::{CoreError, Stint};
use chrono::{Duration, NaiveDateTime, Timelike};
use stint_model::{iso, TimeEntryView, TimerStatus, TimerView};
use stint_store::{NewTimeEntry, RunningTimer, Store, TimerPeriodChange};

impl Stint {
    /// The running or paused timer, if any, with its elapsed time at the clock's now.
    pub fn timer_state(&self) -> Result<Option<TimerView>, CoreError> {
        let now = self.now_local();
        Ok(self.reader().running_timer()?.map(|t| view(&t, now)))
    }

    /// Starts the timer with `note`; refused while one is running or paused.
    pub fn timer_start(&self, note: &str) -> Result<TimerView, CoreError> {
        check_note(note)?;
        let now = self.now_local();
        let mut store = self.store();
        if let Some(timer) = store.running_timer()? {
            let state = if timer.paused_at.is_some() {
                "paused"
            } else {
                "running"
            };
            return Err(CoreError::invalid(
                "timer",
                format!(
                    "A timer is already {state} since {}; stop it before starting another",
                    iso::time_of_day(timer.started_at.time())
                ),
            ));
        }
        let timer = RunningTimer {
            started_at: now,
            paused_at: None,
            paused_seconds: 0,
            note: note.trim().to_owned(),
        };
        let clock_in =
            crate::recording::is_on(&self.settings()).then_some(TimerPeriodChange::Open {
                kind: WORK,
                at: now,
            });
        store.set_running_timer_with(&timer, clock_in)?;
        Ok(view(&timer, now))
    }

    /// Pauses the running timer; the time until [`Stint::timer_resume`] does not count.
    pub fn timer_pause(&self) -> Result<TimerView, CoreError> {
        let now = self.now_local();
        let mut store = self.store();
        let mut timer = store.running_timer()?.ok_or_else(no_timer("pause"))?;
        if timer.paused_at.is_some() {
            return Err(CoreError::invalid(
                "timer",
                "The timer is already paused; resume or stop it",
            ));
        }
        timer.paused_at = Some(now);
        let change = recorded(&store, &timer)?.then_some(TimerPeriodChange::Switch {
            at: now,
            open: Some(BREAK),
        });
        store.set_running_timer_with(&timer, change)?;
        Ok(view(&timer, now))
    }

    /// Resumes a paused timer, adding the pause to the time that does not count.
    pub fn timer_resume(&self) -> Result<TimerView, CoreError> {
        let now = self.now_local();
        let mut store = self.store();
        let mut timer = store.running_timer()?.ok_or_else(no_timer("resume"))?;
        let Some(paused_at) = timer.paused_at.take() else {
            return Err(CoreError::invalid(
                "timer",
                "The timer is running, not paused; there is nothing to resume",
            ));
        };
        let pause = u32::try_from((now - paused_at).num_seconds().max(0)).unwrap_or(u32::MAX);
        timer.paused_seconds = timer.paused_seconds.saturating_add(pause);
        let change = recorded(&store, &timer)?.then_some(TimerPeriodChange::Switch {
            at: now,
            open: Some(WORK),
        });
        store.set_running_timer_with(&timer, change)?;
        Ok(view(&timer, now))
    }

    /// Stops the timer and books it as a time entry; answers the entry.
    pub fn timer_stop(&self) -> Result<TimeEntryView, CoreError> {
        let now = self.now_local();
        let (timer, recorded) = {
            let store = self.store();
            let timer = store.running_timer()?.ok_or_else(no_timer("stop"))?;
            let recorded = recorded(&store, &timer)?;
            (timer, recorded)
        };
        if recorded {
            return self.stop_recorded(&timer, now);
        }
        let entry = entry_of(&timer, now);
        check_entry(&entry).map_err(|_| {
            CoreError::invalid(
                "timer",
                format!(
                    "The timer has run since {} — longer than one entry may be (24 h); discard \
                     it and add the time by hand",
                    iso::date_time(entry.start)
                ),
            )
        })?;
        let booked = self.book(&entry)?;
        self.store().clear_running_timer()?;
        Ok(booked)
    }

    /// Changes the note of the running or paused timer (what the entry will say).
    pub fn timer_set_note(&self, note: &str) -> Result<TimerView, CoreError> {
        check_note(note)?;
        let now = self.now_local();
        let mut store = self.store();
        let mut timer = store
            .running_timer()?
            .ok_or_else(no_timer("change the note of"))?;
        timer.note = note.trim().to_owned();
        store.set_running_timer(&timer)?;
        Ok(view(&timer, now))
    }

    /// Throws the timer away without booking anything (for one forgotten for days); its
    /// periods in Personio go too.
    pub fn timer_discard(&self) -> Result<(), CoreError> {
        let mut store = self.store();
        let Some(timer) = store.running_timer()? else {
            return Ok(());
        };
        let change = recorded(&store, &timer)?.then_some(TimerPeriodChange::DiscardSince {
            since: timer.started_at,
        });
        Ok(store.clear_running_timer_with(change)?)
    }

    /// Takes `from..to` out of the running timer as a break, after the fact — the user was away
    /// (the idle question: "subtract the idle time"). While recording, Personio gets the same:
    /// the work closed at `from`, a BREAK to `to`, the work open again from `to`.
    pub fn timer_take_break(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> Result<TimerView, CoreError> {
        let now = self.now_local();
        let mut store = self.store();
        let mut timer = store
            .running_timer()?
            .ok_or_else(no_timer("take a break from"))?;
        if timer.paused_at.is_some() {
            return Err(CoreError::invalid(
                "timer",
                "The timer is paused: nothing runs to take a break from",
            ));
        }
        if from < timer.started_at || to > now || from >= to {
            return Err(CoreError::invalid(
                "from",
                format!(
                    "A break from {} to {} is not inside the timer's time ({} until now)",
                    iso::time_of_day(from.time()),
                    iso::time_of_day(to.time()),
                    iso::time_of_day(timer.started_at.time())
                ),
            ));
        }
        let seconds = u32::try_from((to - from).num_seconds()).unwrap_or(u32::MAX);
        timer.paused_seconds = timer.paused_seconds.saturating_add(seconds);
        let changes = if recorded(&store, &timer)? {
            vec![
                TimerPeriodChange::Switch {
                    at: from,
                    open: Some(BREAK),
                },
                TimerPeriodChange::Switch {
                    at: to,
                    open: Some(WORK),
                },
            ]
        } else {
            Vec::new()
        };
        store.set_running_timer_with_all(&timer, &changes)?;
        Ok(view(&timer, now))
    }

    /// Stops the timer as if at `at` (before now): the user left then and forgot it ("stop at
    /// the start of the idle time").
    pub fn timer_stop_at(&self, at: NaiveDateTime) -> Result<TimeEntryView, CoreError> {
        let (timer, recorded) = {
            let store = self.store();
            let timer = store.running_timer()?.ok_or_else(no_timer("stop"))?;
            let recorded = recorded(&store, &timer)?;
            (timer, recorded)
        };
        let now = self.now_local();
        if at < timer.started_at || at > now {
            return Err(CoreError::invalid(
                "at",
                format!(
                    "{} is not between the timer's start ({}) and now",
                    iso::time_of_day(at.time()),
                    iso::time_of_day(timer.started_at.time())
                ),
            ));
        }
        if recorded {
            return self.stop_recorded(&timer, at);
        }
        let booked = self.book(&entry_of(&timer, at))?;
        self.store().clear_running_timer()?;
        Ok(booked)
    }

    /// Stops a timer that is in Personio: one entry per worked stretch (see the module docs).
    fn stop_recorded(
        &self,
        timer: &RunningTimer,
        now: NaiveDateTime,
    ) -> Result<TimeEntryView, CoreError> {
        let change = match timer.paused_at {
            // Stopped during a break: work ended when it began, and that break is no break.
            Some(_) => TimerPeriodChange::DiscardOpen,
            None => TimerPeriodChange::Switch {
                at: now,
                open: None,
            },
        };
        let utc = self.clock.now().to_utc();
        let mut store = self.store();
        let ids = store.book_recorded_timer(timer.started_at, Some(change), &timer.note, utc)?;
        let last = *ids
            .last()
            .ok_or_else(|| CoreError::invalid("timer", "The timer had no worked time to book"))?;
        drop(store);
        self.time_entry_view(last)
    }

    /// The clock's now as a local wall time, whole seconds (what the store keeps).
    fn now_local(&self) -> NaiveDateTime {
        let now = self.clock.now().naive_local();
        now.with_nanosecond(0).unwrap_or(now)
    }
}

/// The entry a timer stopped at `now` becomes (see the module docs for the first minute).
pub(crate) fn entry_of(timer: &RunningTimer, now: NaiveDateTime) -> NewTimeEntry {
    let worked = timer.elapsed_seconds(now);
    let minutes = u32::try_from(((worked + 30) / 60).max(1)).unwrap_or(u32::MAX);
    let end = timer
        .paused_at
        .unwrap_or(now)
        .max(timer.started_at + Duration::minutes(1));
    NewTimeEntry {
        start: timer.started_at,
        end: Some(end),
        minutes,
        note: timer.note.clone(),
    }
}

fn view(timer: &RunningTimer, now: NaiveDateTime) -> TimerView {
    TimerView {
        status: if timer.paused_at.is_some() {
            TimerStatus::Paused
        } else {
            TimerStatus::Running
        },
        started_at: timer.started_at,
        elapsed_seconds: timer.elapsed_seconds(now),
        note: timer.note.clone(),
    }
}

const WORK: &str = "WORK";
const BREAK: &str = "BREAK";

/// Whether `timer` is in Personio: it has periods there (recording was on when it started,
/// and neither a disconnect nor a new demo company forgot them).
fn recorded(store: &Store, timer: &RunningTimer) -> Result<bool, CoreError> {
    Ok(store
        .timer_periods()?
        .iter()
        .any(|p| !p.discard && p.start >= timer.started_at))
}

fn no_timer(what: &'static str) -> impl FnOnce() -> CoreError {
    move || {
        CoreError::invalid(
            "timer",
            format!("No timer is running, so there is nothing to {what}; start one first"),
        )
    }
}
