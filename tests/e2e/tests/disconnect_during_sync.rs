//! Journey: disconnecting in the app while a slow sync runs wins, at once and for good. Pins the
//! issue "Nothing lost": a sync still reading Personio when the user disconnected could commit
//! after the disconnect, leaving the gone connection's data and sync run behind.
//!
//! The test process owns the sandbox: after connecting, it makes the next time-offs page take
//! [`SLOW`], starts "Sync now" on the Connections page and, once that request is waiting in the
//! sandbox, disconnects on the Connections page. The page must show the connect form well before
//! the slow page would have been answered ([`SHOWN_BOUND`]); Settings must take the user's own
//! hours at once, and still be editable after the slow page's time has passed; the backend must
//! hold no employee, no history and no Personio absence, and the Timeline show none; the app
//! must not send Personio another request; and all of that again after the app is restarted on
//! the same data directory. The timings are printed (`disconnect-during-sync: …`).
//!
//! The Connections page disables Disconnect while its own "Sync now" runs. If it does, the
//! journey goes the way a user then has to: to the Timeline and back, where the page shows the
//! running sync (from the backend) with Disconnect enabled. Which way it went is printed.

use chrono::{Months, NaiveDate};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use stint_e2e::backend::day_off;
use stint_e2e::{ensure, ms, App, AsyncCheck, E2eResult, JsTruthy, Launch};
use stint_sandbox::{Endpoint, Fault, Sandbox, SandboxConfig};

/// The journey's name: both launches use it, so the second finds the first one's data.
const NAME: &str = "disconnect_during_sync";
/// How long the sandbox holds the time-offs page the sync waits for.
const SLOW: Duration = Duration::from_secs(6);
/// How soon after the confirm click the page must show the connect form: well under [`SLOW`].
const SHOWN_BOUND: Duration = Duration::from_secs(3);
/// How long the sync runs before the user disconnects.
const RUNNING: Duration = Duration::from_millis(500);
/// The user's own Monday, saved after the disconnect: proves Settings takes edits again.
const OWN_MONDAY: &str = "7:42";
/// True while Settings shows weekly hours the user can edit (the form is drawn once loaded).
const HOURS_EDITABLE: &str = "document.querySelector('#hours-0') \
     && !document.querySelector('#hours-0').disabled \
     && !document.querySelector('#weekly-hours-locked') \
     && !document.querySelector('#save-hours').disabled";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disconnecting_while_a_slow_sync_runs_keeps_nothing_of_personio_even_after_a_restart() {
    let config = SandboxConfig::default();
    let today = config.today;
    let sandbox = Sandbox::start(config)
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch(NAME).await else {
        return;
    };
    let outcome = before_restart(&app, &sandbox, today).await;
    let failed = outcome.is_err();
    app.finish(outcome).await;
    if failed {
        return;
    }

    let keep = Launch {
        keep_data: true,
        ..Launch::default()
    };
    let asked_before = requests_seen(&sandbox);
    let Some(app) = App::launch_with(NAME, &keep).await else {
        return;
    };
    let outcome = after_restart(&app, &sandbox, today, asked_before).await;
    app.finish(outcome).await;
}

/// Polls the JS expression `js` every 20 ms until it is truthy or `limit` passes (the harness's
/// `wait_until` polls every 100 ms, too coarse to time the disconnect).
async fn until(app: &App, what: &str, js: &str, limit: Duration) -> E2eResult<Instant> {
    let start = Instant::now();
    loop {
        if JsTruthy(js).check(&app.client).await? {
            return Ok(Instant::now());
        }
        if start.elapsed() > limit {
            return Err(format!("{what} did not happen within {limit:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Every request the sandbox has seen, on any endpoint.
fn requests_seen(sandbox: &Sandbox) -> usize {
    Endpoint::ALL
        .into_iter()
        .map(|e| sandbox.request_count(e))
        .sum()
}

/// The sandbox's demo year: 12 months either side of `today`, everything a sync stores.
fn demo_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        today.checked_sub_months(Months::new(12)).unwrap_or(today),
        today.checked_add_months(Months::new(12)).unwrap_or(today),
    )
}

/// How many day-absences from Personio the backend's timeline holds over the demo year.
async fn personio_absences(app: &App, today: NaiveDate) -> E2eResult<usize> {
    let (from, to) = demo_year(today);
    let timeline = app
        .invoke(
            "timeline",
            json!({ "from": from.to_string(), "to": to.to_string() }),
        )
        .await?;
    let days = timeline["days"]
        .as_array()
        .ok_or_else(|| format!("the timeline has no `days`: {timeline}"))?;
    Ok(days
        .iter()
        .flat_map(|d| d["absences"].as_array().into_iter().flatten())
        .filter(|a| a["source"] == "personio")
        .count())
}

/// The absence badges the month grid shows on `date` (the Timeline must be on its month).
async fn badges_on(app: &App, date: NaiveDate) -> E2eResult<Value> {
    let cell = format!("#timeline-month .day[data-date='{date}']");
    app.wait_for(&format!("{cell} .target")).await?;
    Ok(app
        .client
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);",
            vec![json!(format!("{cell} .absence"))],
        )
        .await?)
}

/// Asserts the backend holds nothing of the connection, then that Settings is editable and shows
/// the user's own Monday, and that the Timeline shows no absence on the synced day off `date`.
/// `when` names the moment.
async fn assert_nothing_of_personio(
    app: &App,
    today: NaiveDate,
    date: NaiveDate,
    when: &str,
) -> E2eResult {
    let status = app.invoke("connection_status", json!({})).await?;
    ensure(status["state"] == "disconnected", || {
        format!("{when}: the connection is not `disconnected`: {status}")
    })?;
    ensure(status["employee"].is_null(), || {
        format!("{when}: an employee of the gone connection is still known: {status}")
    })?;
    ensure(
        status["history"].as_array().is_some_and(Vec::is_empty),
        || format!("{when}: the gone connection's sync history is still there: {status}"),
    )?;
    ensure(status["locked"]["weekly_hours"] == false, || {
        format!("{when}: weekly hours are still locked by Personio: {status}")
    })?;
    let absences = personio_absences(app, today).await?;
    ensure(absences == 0, || {
        format!("{when}: the timeline still holds {absences} day-absences from Personio")
    })?;

    app.click("#nav-settings").await?;
    until(
        app,
        &format!("{when}: Settings showing editable weekly hours"),
        HOURS_EDITABLE,
        Duration::from_secs(10),
    )
    .await?;
    let monday = app.wait_for("#hours-0").await?.prop("value").await?;
    ensure(monday.as_deref() == Some(OWN_MONDAY), || {
        format!(
            "{when}: Settings shows the user's own Monday {OWN_MONDAY} as saved, got {monday:?}"
        )
    })?;

    app.click("#nav-timeline").await?;
    app.show_month_of(today, date).await?;
    let badges = badges_on(app, date).await?;
    ensure(badges.as_array().is_some_and(Vec::is_empty), || {
        format!("{when}: the Timeline still shows the synced absence on {date}: {badges}")
    })
}

/// Connect, start a slow sync, disconnect while it runs, and check what is left.
async fn before_restart(app: &App, sandbox: &Sandbox, today: NaiveDate) -> E2eResult {
    let (date, type_name) = day_off(sandbox, today);

    // Connected: Personio's absences are there, in the backend and on the Timeline, and
    // Settings is locked.
    app.wait_for("#nav-timeline").await?;
    app.connect_sandbox(sandbox).await?;
    let synced = personio_absences(app, today).await?;
    ensure(synced > 0, || {
        "connecting stored no absence from Personio: the journey would prove nothing".to_owned()
    })?;
    app.click("#nav-timeline").await?;
    app.show_month_of(today, date).await?;
    let badges = badges_on(app, date).await?;
    ensure(
        badges.as_array().is_some_and(|b| {
            b.iter()
                .any(|t| t.as_str().is_some_and(|t| t.contains(&type_name)))
        }),
        || format!("connected, the Timeline shows the synced {type_name} on {date}, got {badges}"),
    )?;
    app.click("#nav-settings").await?;
    app.wait_for("#weekly-hours-locked").await?;

    // A slow Personio: the next time-offs page takes SLOW. "Sync now" runs into it.
    app.click("#nav-connections").await?;
    app.wait_for("#sync-now").await?;
    sandbox.reset_counters();
    sandbox.inject(Endpoint::TimeOffs, Fault::Delay(SLOW), Some(1));
    let sync_clicked = Instant::now();
    app.click("#sync-now").await?;
    let deadline = sync_clicked + Duration::from_secs(10);
    while sandbox.request_count(Endpoint::TimeOffs) == 0 {
        if Instant::now() > deadline {
            return Err("the sync did not ask for time-offs within 10 s".into());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let slow_until = Instant::now() + SLOW;
    tokio::time::sleep(RUNNING).await;
    let state = app.wait_for("#connection-state").await?;
    let shown = state.attr("class").await?.unwrap_or_default();
    ensure(shown.split_whitespace().any(|c| c == "syncing"), || {
        format!("while the sync runs the page says so (class `syncing`), got `{shown}`")
    })?;

    // Disconnect while it runs.
    let way = if app.wait_for("#disconnect").await?.is_enabled().await? {
        "Disconnect on the page that started the sync"
    } else {
        // The page's own "Sync now" disables Disconnect: leave and come back, as a user has to.
        app.click("#nav-timeline").await?;
        app.wait_for("#timeline-range").await?;
        app.click("#nav-connections").await?;
        until(
            app,
            "the Connections page, opened again, showing the running sync with Disconnect enabled",
            "document.querySelector('#connection-state.syncing') \
             && !document.querySelector('#disconnect').disabled",
            Duration::from_secs(5),
        )
        .await?;
        "Disconnect disabled while the page's own Sync now runs; went via the Timeline and back"
    };
    app.click("#disconnect").await?;
    let confirm = app.wait_for("#confirm-disconnect-confirm").await?;
    ensure(Instant::now() < slow_until, || {
        "the slow page was answered before the disconnect could be confirmed: the journey would \
         not disconnect during the sync"
            .to_owned()
    })?;
    let clicked = Instant::now();
    confirm.click().await?;
    let shown_at = until(
        app,
        "the connect form after the disconnect",
        "document.querySelector('#try-demo')",
        SLOW + Duration::from_secs(5),
    )
    .await?;
    let to_shown = shown_at - clicked;
    let seen_at_disconnect = requests_seen(sandbox);
    let slow_left = slow_until.saturating_duration_since(shown_at);
    eprintln!(
        "disconnect-during-sync: {way}; disconnect click -> disconnected shown {} ms; the slow \
         page would have been answered {} ms later ({} ms after Sync now was clicked)",
        ms(to_shown),
        ms(slow_left),
        ms(slow_until - sync_clicked),
    );
    ensure(to_shown < SHOWN_BOUND && slow_left > Duration::ZERO, || {
        format!(
            "the page showed the disconnect {} ms after the click, want under {} ms and before \
             the slow page ({} ms left): the disconnect waited for the sync",
            ms(to_shown),
            ms(SHOWN_BOUND),
            ms(slow_left)
        )
    })?;
    let banner = app
        .client
        .execute(
            "return document.querySelector('#connect-error')?.textContent ?? null;",
            vec![],
        )
        .await?;
    eprintln!("disconnect-during-sync: banner on Connections after the disconnect: {banner}");

    // Settings takes the user's own hours at once, while the stopped sync's slow page is still
    // being served.
    app.click("#nav-settings").await?;
    until(
        app,
        "Settings showing editable weekly hours right after the disconnect",
        HOURS_EDITABLE,
        Duration::from_secs(5),
    )
    .await?;
    let monday = app.wait_for("#hours-0").await?;
    monday.clear().await?;
    monday.send_keys(OWN_MONDAY).await?;
    app.click("#save-hours").await?;
    app.wait_for("#settings-saved").await?;
    let editable_after = Instant::now() - clicked;
    ensure(Instant::now() < slow_until, || {
        "Settings was saved only after the slow page's time: the journey would not show that it \
         is editable while the sync's page is still out"
            .to_owned()
    })?;

    // Past the slow page: nothing came back, and the app asked Personio for nothing more.
    tokio::time::sleep(
        slow_until.saturating_duration_since(Instant::now()) + Duration::from_secs(1),
    )
    .await;
    let after_disconnect = requests_seen(sandbox) - seen_at_disconnect;
    eprintln!(
        "disconnect-during-sync: own hours saved {} ms after the disconnect click; {} requests \
         reached the sandbox from Sync now to the disconnect, {after_disconnect} after it",
        ms(editable_after),
        seen_at_disconnect,
    );
    assert_nothing_of_personio(app, today, date, "after the slow page's time").await?;
    ensure(requests_seen(sandbox) == seen_at_disconnect, || {
        format!(
            "the app sent Personio {} more requests after the disconnect: the sync did not stop",
            requests_seen(sandbox) - seen_at_disconnect
        )
    })
}

/// The app started again on the same data: still disconnected, nothing of Personio, the user's
/// own hours kept, and Personio not asked (`before`: the sandbox's requests before the start).
async fn after_restart(app: &App, sandbox: &Sandbox, today: NaiveDate, before: usize) -> E2eResult {
    let (date, _) = day_off(sandbox, today);
    app.wait_for("#nav-timeline").await?;
    app.click("#nav-connections").await?;
    app.wait_for("#try-demo").await?;
    assert_nothing_of_personio(app, today, date, "after a restart").await?;
    let asked = requests_seen(sandbox) - before;
    ensure(asked == 0, || {
        format!("the restarted, disconnected app sent Personio {asked} requests")
    })
}
