//! Talking to the app's backend from a journey, the way the UI does: `invoke` in the page.
//!
//! Journeys use it to set up state the UI is not under test for (connecting against a sandbox
//! the test process owns, choosing a setting) and to check what the backend holds. Also the
//! demo employee's data as the sandbox seeded it, for journeys that compare the page with it.

use crate::{App, E2eResult, JsTruthy};
use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::{json, Value};
use std::time::Duration;
use stint_sandbox::{DemoEmployee, DemoTimeOff, Sandbox, TimeOffStatus};

impl App {
    /// Calls the backend command `command` with `args` and returns its answer; a refusal is an
    /// error naming the command and the backend's error.
    pub async fn invoke(&self, command: &str, args: Value) -> E2eResult<Value> {
        let answer = self
            .client
            .execute_async(
                "const [command, args, done] = arguments;
                 window.__TAURI__.core.invoke(command, args)
                   .then(v => done({ ok: v }), e => done({ err: JSON.stringify(e) }));",
                vec![json!(command), args],
            )
            .await?;
        match answer.get("err") {
            Some(err) => Err(format!("`{command}` failed: {err}").into()),
            None => Ok(answer.get("ok").cloned().unwrap_or(Value::Null)),
        }
    }

    /// Connects Personio against `sandbox` with its demo credentials; answers the connection
    /// status (which names the employee found).
    pub async fn connect_sandbox(&self, sandbox: &Sandbox) -> E2eResult<Value> {
        let demo = sandbox.credentials();
        let status = self
            .invoke(
                "connect",
                json!({ "request": {
                    "client_id": demo.client_id,
                    "client_secret": demo.client_secret,
                    "email": demo.email,
                    "base_url": sandbox.base_url(),
                }}),
            )
            .await?;
        if !status["employee"].is_object() {
            return Err(format!("connecting found no employee: {status}").into());
        }
        Ok(status)
    }

    /// Steps the month grid from `today`'s month to the month of `date`, one click per month,
    /// and waits until the heading names it.
    pub async fn show_month_of(&self, today: NaiveDate, date: NaiveDate) -> E2eResult {
        let months = (date.year() - today.year()) * 12 + date.month() as i32 - today.month() as i32;
        let button = if months < 0 {
            "#timeline-prev"
        } else {
            "#timeline-next"
        };
        for _ in 0..months.abs() {
            self.click(button).await?;
        }
        let label = json!(date.format("%B %Y").to_string());
        let script = format!("document.querySelector('#timeline-range')?.textContent === {label}");
        self.wait_until(
            &format!("the heading to name the month of {date}"),
            Duration::from_secs(10),
            JsTruthy(&script),
        )
        .await
    }
}

/// The employee the sandbox's demo credentials belong to (emails compare case-insensitively,
/// as the client does).
pub fn demo_employee(sandbox: &Sandbox) -> DemoEmployee {
    let email = sandbox.credentials().email.to_lowercase();
    sandbox
        .employees()
        .into_iter()
        .find(|e| e.email.to_lowercase() == email)
        .expect("the demo credentials belong to an employee")
}

/// An approved, whole working day off (not halved, not a weekend) of the demo employee, the
/// closest to `today` (so it is inside the synced window), with its type name.
pub fn day_off(sandbox: &Sandbox, today: NaiveDate) -> (NaiveDate, String) {
    let employee = demo_employee(sandbox);
    let whole_weekdays = |t: &DemoTimeOff| {
        let halved =
            |d: &NaiveDate| (*d == t.start && t.half_day_start) || (*d == t.end && t.half_day_end);
        t.start
            .iter_days()
            .take_while(|d| *d <= t.end)
            .filter(|d| !halved(d))
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .map(|d| (d, t.type_name.clone()))
            .collect::<Vec<_>>()
    };
    sandbox
        .time_offs_of(employee.id)
        .iter()
        .filter(|t| t.status == TimeOffStatus::Approved)
        .flat_map(whole_weekdays)
        .min_by_key(|(d, _)| (*d - today).num_days().abs())
        .expect("the demo employee has an approved whole day off")
}
