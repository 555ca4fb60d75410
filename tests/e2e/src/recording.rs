//! "Record my time in Personio" from a journey: turning the switch on in the Connection Manager,
//! clocking in with the timer, and the demo employee's attendance periods as the sandbox holds
//! them, to compare with the day view.

use crate::backend::demo_employee;
use crate::{ensure, eventually, App, E2eResult, JsTruthy};
use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{json, Value};
use std::time::Duration;
use stint_sandbox::{AttendanceKind, DemoAttendance, Sandbox};

/// How long a push over loopback may take after a click: long enough for a slow machine, short
/// enough to fail fast.
pub const PUSHED: Duration = Duration::from_secs(15);

impl App {
    /// Connects `sandbox` (set-up, not under test) and turns "Record my time in Personio" on
    /// with its switch in the Connection Manager; fails unless the backend then records.
    pub async fn record_in_personio(&self, sandbox: &Sandbox) -> E2eResult {
        self.wait_for("#nav-timeline").await?;
        self.connect_sandbox(sandbox).await?;
        // Shown anew, the Connection Manager reads the connection just made.
        self.click("#nav-timeline").await?;
        self.click("#nav-connections").await?;
        self.wait_until(
            "the switch, off and offered (connecting found the credential may write attendances)",
            Duration::from_secs(15),
            JsTruthy(
                "(s => s && !s.checked && !s.disabled)(document.querySelector('#record-in-personio'))",
            ),
        )
        .await?;
        self.click("#record-in-personio").await?;
        self.wait_until(
            "the switch on and \"Send now\" offered",
            Duration::from_secs(10),
            JsTruthy(
                "document.querySelector('#record-in-personio')?.checked \
                 && !!document.querySelector('#push-now')",
            ),
        )
        .await?;
        let status = self.invoke("connection_status", json!({})).await?;
        ensure(status["recording"]["on"] == true, || {
            format!(
                "the switch shows on, so the backend records too: {}",
                status["recording"]
            )
        })
    }

    /// Turns recording on, starts the timer with `note` from the timer bar of today's day
    /// view, and waits until Personio has the user clocked in: answers the timer's start and
    /// the open WORK period (its start compared at minute precision).
    pub async fn clock_in(
        &self,
        sandbox: &Sandbox,
        note: &str,
    ) -> E2eResult<(NaiveDateTime, DemoAttendance)> {
        self.record_in_personio(sandbox).await?;
        self.click("#nav-timeline").await?;
        self.click("#timeline-view-day").await?;
        self.wait_for("#timeline-day #entry-add").await?;

        let input = self.wait_for("#timer-note").await?;
        input.clear().await?;
        input.send_keys(note).await?;
        self.click("#timer-start").await?;
        self.wait_for("#timer-stop").await?;
        let timer = self.invoke("timer_state", json!({})).await?;
        let started: NaiveDateTime = timer["started_at"]
            .as_str()
            .ok_or_else(|| format!("the running timer has no start: {timer}"))?
            .parse()?;
        let minute = |at: NaiveDateTime| at.format("%Y-%m-%d %H:%M").to_string();
        let open = eventually(
            "an open WORK period in Personio from the timer's start (clocked in)",
            PUSHED,
            || async move {
                let periods = periods_on(sandbox, started.date());
                let open: Vec<&DemoAttendance> = periods
                    .iter()
                    .filter(|p| p.kind == AttendanceKind::Work && p.end.is_none())
                    .collect();
                Ok(match open.as_slice() {
                    [p] if minute(p.start) == minute(started) => Ok((*p).clone()),
                    _ => Err(format!(
                        "timer started {started}; the sandbox holds {}",
                        listed(&periods)
                    )),
                })
            },
        )
        .await?;
        Ok((started, open))
    }

    /// Waits until the elapsed time of the running timer shows a second or more.
    pub async fn timer_ticked(&self) -> E2eResult {
        self.wait_until(
            "the elapsed time ticks",
            Duration::from_secs(5),
            JsTruthy("document.querySelector('#timer-elapsed')?.textContent !== '0:00:00'"),
        )
        .await
    }
}

/// The demo employee's periods in the sandbox that start on `date`, in start order.
pub fn periods_on(sandbox: &Sandbox, date: NaiveDate) -> Vec<DemoAttendance> {
    let mut all = sandbox.attendances_of(demo_employee(sandbox).id);
    all.retain(|p| p.start.date() == date);
    all
}

/// `periods` one after another (`id WORK start–end|open Status`), for failure messages.
pub fn listed(periods: &[DemoAttendance]) -> String {
    let lines: Vec<String> = periods
        .iter()
        .map(|p| {
            let end = p.end.map_or_else(|| "open".to_owned(), |e| e.to_string());
            format!(
                "{} {} {}–{end} {:?}",
                p.id,
                p.kind.as_str(),
                p.start,
                p.status
            )
        })
        .collect();
    format!("[{}]", lines.join("; "))
}

/// Waits until the demo employee's periods in Personio on `date` are `want` (kind, and whether
/// still open, in start order); answers them.
pub async fn wait_periods(
    sandbox: &Sandbox,
    date: NaiveDate,
    what: &str,
    want: &[(AttendanceKind, bool)],
) -> E2eResult<Vec<DemoAttendance>> {
    eventually(what, PUSHED, || async move {
        let periods = periods_on(sandbox, date);
        let shape: Vec<(AttendanceKind, bool)> =
            periods.iter().map(|p| (p.kind, p.end.is_none())).collect();
        Ok(if shape == want {
            Ok(periods)
        } else {
            Err(format!("the sandbox holds {}", listed(&periods)))
        })
    })
    .await
}

/// The entries among `entries` (as `time_entries` answers) that carry the period `id`.
pub fn listing(entries: &[Value], id: &str) -> Vec<Value> {
    entries
        .iter()
        .filter(|e| e["personio_id"] == id)
        .cloned()
        .collect()
}
