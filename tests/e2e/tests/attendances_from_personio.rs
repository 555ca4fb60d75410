//! Journey: attendances booked in Personio (not by Stint) in the real app against the sandbox.
//! A WORK period added in Personio today shows, after "Sync now", in the day view as a
//! read-only row of Personio's that counts as tracked time (a BREAK period is not an entry).
//! Then the credential loses the attendance-read scope: after "Sync now" the Connection Manager
//! says reading attendances is missing and which scope to add, while absences still sync (a new
//! day off arrives, the run succeeds) and the period read before is kept.
//!
//! Recording stays off: reading Personio's attendances does not depend on sending the user's.
//! The app needs a Secret Service for the keyring; `./x test` runs the suite inside a D-Bus
//! session with gnome-keyring.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};
use serde_json::json;
use std::time::{Duration, Instant};
use stint_e2e::backend::{day_off, demo_employee};
use stint_e2e::{ensure, App, E2eResult, JsTruthy};
use stint_sandbox::scopes::ATTENDANCES_READ;
use stint_sandbox::{
    AttendanceKind, AttendanceStatus, NewAttendance, NewTimeOff, Sandbox, SandboxConfig,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personio_attendances_show_read_only_and_a_withdrawn_read_scope_is_named_missing() {
    let config = SandboxConfig::default();
    let today = config.today;
    let sandbox = Sandbox::start(config)
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("attendances-from-personio").await else {
        return;
    };
    let started = Instant::now();
    let outcome = journey(&app, &sandbox, today).await;
    eprintln!(
        "attendances-from-personio took {} ms",
        stint_e2e::ms(started.elapsed())
    );
    app.finish(outcome).await;
}

/// Clicks "Sync now" in the Connection Manager and waits until the history holds `runs` runs.
async fn sync_now(app: &App, runs: usize) -> E2eResult {
    app.click("#nav-timeline").await?;
    app.click("#nav-connections").await?;
    app.click("#sync-now").await?;
    app.wait_until(
        &format!("sync run {runs} in the history"),
        Duration::from_secs(15),
        JsTruthy(&format!(
            "document.querySelectorAll('#sync-history tr.sync-run').length === {runs}"
        )),
    )
    .await
}

/// The first weekday a week or more after `today` on which the demo employee has no absence.
fn free_weekday(sandbox: &Sandbox, today: NaiveDate) -> NaiveDate {
    let employee = demo_employee(sandbox).id;
    let (offs, hours) = (
        sandbox.time_offs_of(employee),
        sandbox.absence_periods_of(employee),
    );
    (today + Days::new(7))
        .iter_days()
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .find(|d| {
            !offs.iter().any(|t| t.start <= *d && *d <= t.end)
                && !hours
                    .iter()
                    .any(|p| p.breakdowns.iter().any(|(day, _)| day == d))
        })
        .expect("the demo year has a free weekday")
}

/// What the Connection Manager shows of the area `name` (`data-area`): its class and text.
async fn area(app: &App, name: &str) -> E2eResult<(String, String)> {
    let row = app
        .wait_for(&format!("#personio-areas .area[data-area='{name}']"))
        .await?;
    let class = row.attr("class").await?.unwrap_or_default();
    Ok((class, row.text().await?))
}

async fn journey(app: &App, sandbox: &Sandbox, today: NaiveDate) -> E2eResult {
    let employee = demo_employee(sandbox).id;
    let at = |h, m| today.and_time(NaiveTime::from_hms_opt(h, m, 0).expect("a time of day"));
    let booked = |kind, start, end| NewAttendance {
        employee_id: employee,
        kind,
        start,
        end: Some(end),
        status: AttendanceStatus::Confirmed,
    };
    app.wait_for("#nav-timeline").await?;
    app.connect_sandbox(sandbox).await?;

    // Booked in Personio after the first sync: a morning's work and a short break after it.
    let work = sandbox.add_attendance(booked(AttendanceKind::Work, at(6, 30), at(8, 0)));
    let pause = sandbox.add_attendance(booked(AttendanceKind::Break, at(8, 0), at(8, 15)));
    sync_now(app, 2).await?;

    app.click("#nav-timeline").await?;
    app.click("#timeline-view-day").await?;
    let row = app
        .wait_row(
            "the WORK period booked in Personio in today's day view",
            Duration::from_secs(10),
            |r| r.personio_id.as_deref() == Some(work.as_str()),
        )
        .await?;
    ensure(row.source == "personio" && row.id.is_none(), || {
        format!("the period is listed as Personio's, not as an entry of Stint's: {row:?}")
    })?;
    ensure(!row.can_edit && !row.can_delete && row.read_only, || {
        format!("Personio's period is read-only: no edit, no delete, says so: {row:?}")
    })?;
    ensure(row.span == "06:30–08:00", || {
        format!("the row shows the period's times 06:30–08:00: {row:?}")
    })?;
    ensure(row.state.as_deref() == Some("confirmed"), || {
        format!("the badge says the period is confirmed in Personio: {row:?}")
    })?;
    let rows = app.day_rows().await?;
    ensure(
        !rows
            .iter()
            .any(|r| r.personio_id.as_deref() == Some(pause.as_str())),
        || format!("a BREAK period is not an entry, yet it is listed: {rows:?}"),
    )?;
    let counted = app
        .wait_until(
            "today's tracked time to show 1:30",
            Duration::from_secs(10),
            JsTruthy(
                "document.querySelector('#timeline-day .day .tracked')?.textContent === '1:30'",
            ),
        )
        .await;
    if counted.is_err() {
        let tracked = app.wait_text("#timeline-day .day .tracked").await?;
        return Err(format!(
            "the 90 minutes worked in Personio count as tracked today, shown {tracked}"
        )
        .into());
    }
    app.screenshot("attendances-from-personio").await?;

    // The credential loses the attendance-read scope; meanwhile a day off is booked.
    let (_, type_name) = day_off(sandbox, today);
    let date = free_weekday(sandbox, today);
    sandbox.withdraw_scope(ATTENDANCES_READ);
    sandbox.add_time_off(NewTimeOff::approved(employee, &type_name, date, date));
    sync_now(app, 3).await?;

    let (class, text) = area(app, "AttendancesRead").await?;
    ensure(
        class.split_whitespace().any(|c| c == "bad")
            && text.contains("missing")
            && text.contains(ATTENDANCES_READ),
        || {
            format!(
                "reading attendances shows as missing, naming the scope {ATTENDANCES_READ} to \
                 add: class `{class}`, text {text:?}"
            )
        },
    )?;
    for other in ["Persons", "Absences", "AttendancesWrite"] {
        let (class, text) = area(app, other).await?;
        ensure(class.split_whitespace().any(|c| c == "ok"), || {
            format!("only the read scope was withdrawn, so {other} stays available: class `{class}`, text {text:?}")
        })?;
    }
    let status = app.invoke("connection_status", json!({})).await?;
    let run = &status["last_run"];
    ensure(
        run["ok"] == true && run["absences_added"].as_u64().unwrap_or(0) >= 1,
        || {
            format!(
                "without the attendance scope the sync still succeeds and brings the new \
                 {type_name} on {date}: {run}"
            )
        },
    )?;
    let newest = app
        .wait_for("#sync-history tr.sync-run")
        .await?
        .attr("class")
        .await?
        .unwrap_or_default();
    ensure(newest.split_whitespace().any(|c| c == "ok"), || {
        format!("the history shows the newest run as succeeded: class `{newest}`")
    })?;
    let entries = app.entries_of(today).await?;
    ensure(
        entries.iter().any(|e| e["personio_id"] == work.as_str()),
        || {
            format!(
                "attendances that could not be read keep what was read before, yet the period \
                 {work} is gone: {entries:?}"
            )
        },
    )
}
