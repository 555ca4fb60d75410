//! Today at a glance: what is tracked (the running timer included), what is owed, and the clock
//! time at which the target is reached — "leave at" — and the latest end before 10 h, both with
//! the break the law still asks for (ArbZG §4) added. Shown by the header and the tray, printed
//! by `stint-cli today`.

use chrono::{Duration, NaiveTime};
use stint_model::TodayView;

use crate::working_time::{counting_breaks, required_break, WorkSpan, MAX_DAY_MINUTES};
use crate::{CoreError, Stint};

impl Stint {
    /// Today's figures at the core's clock.
    pub fn today(&self) -> Result<TodayView, CoreError> {
        let today = self.clock.today();
        let now = self.clock.now().naive_local();
        let plan = self
            .timeline(today, today)?
            .days
            .into_iter()
            .next()
            .ok_or_else(|| CoreError::invalid("date", "No plan for today"))?;
        let timer = self.reader().running_timer()?;
        let running = timer.as_ref().filter(|t| t.paused_at.is_none());
        let timer_minutes = timer.as_ref().map_or(0, |t| {
            u32::try_from(t.elapsed_seconds(now) / 60).unwrap_or(0)
        });
        let tracked = plan.tracked_minutes.saturating_add(timer_minutes);

        // The breaks taken so far: between today's spans, inside them, and the timer's pauses.
        let mut spans = self
            .plan_data(&self.settings(), today, today)?
            .spans_on(today);
        if let Some(t) = &timer {
            spans.push(WorkSpan {
                start: t.started_at,
                end: t.paused_at.unwrap_or(now).max(t.started_at),
                minutes: timer_minutes,
            });
        }
        spans.sort_by_key(|s| s.start);
        let taken = counting_breaks(&spans);
        let clock_time = |minutes_from_now: u32, worked_then: u32| -> NaiveTime {
            let still_due = required_break(worked_then).saturating_sub(taken);
            (now + Duration::minutes(i64::from(minutes_from_now + still_due))).time()
        };
        let leave_at = running
            .and_then(|_| plan.target_minutes.checked_sub(tracked))
            .filter(|left| *left > 0)
            .map(|left| clock_time(left, plan.target_minutes));
        let latest_end = running
            .and_then(|_| MAX_DAY_MINUTES.checked_sub(tracked))
            .filter(|left| *left > 0)
            .map(|left| clock_time(left, MAX_DAY_MINUTES));
        Ok(TodayView {
            tracked_minutes: tracked,
            target_minutes: plan.target_minutes,
            leave_at,
            latest_end,
            warnings: plan.warnings,
        })
    }
}
