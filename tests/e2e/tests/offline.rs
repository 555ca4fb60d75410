//! Journey: when the last sync could not reach Personio, the Timeline says it is offline and
//! from when its data is, and still shows the synced absences; the next good sync removes the
//! banner.
//!
//! "Offline" is a Personio that does not answer at all: the sandbox is stopped (refused
//! connections fail at once, where a 5xx would first be retried with a 15 s backoff) and later
//! started again on the same port with the same seed and day, so it serves the same company.

use chrono::NaiveDate;
use serde_json::json;
use std::time::Duration;
use stint_e2e::backend::day_off;
use stint_e2e::{App, E2eResult, JsTruthy};
use stint_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_sync_shows_the_offline_banner_until_a_sync_succeeds() {
    let config = SandboxConfig::default();
    let sandbox = Sandbox::start(config.clone())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("offline").await else {
        return;
    };
    let outcome = journey(&app, sandbox, config).await;
    app.finish(outcome).await;
}

/// Waits until nothing accepts connections on `port` any more.
async fn wait_refused(port: u16) -> E2eResult {
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!("the stopped sandbox still accepts connections on port {port}").into())
}

/// Asserts the cell of `date` shows the absence `type_name` and no target.
async fn assert_day_off_shown(
    app: &App,
    date: NaiveDate,
    type_name: &str,
    when: &str,
) -> E2eResult {
    let cell = format!("#timeline-month .day[data-date='{date}']");
    let target = app.wait_text_content(&format!("{cell} .target")).await?;
    let badges = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);",
            vec![json!(format!("{cell} .absence .absence-type"))],
        )
        .await?;
    assert_eq!(
        target, "0:00",
        "{when}: the synced day off {date} still leaves nothing to work"
    );
    assert!(
        badges
            .as_array()
            .is_some_and(|b| b.contains(&json!(type_name))),
        "{when}: the synced absence {type_name} on {date} is still shown, got {badges}"
    );
    Ok(())
}

async fn journey(app: &App, sandbox: Sandbox, config: SandboxConfig) -> E2eResult {
    let today = config.today;
    let (date, type_name) = day_off(&sandbox, today);
    let port = sandbox.addr().port();

    // A good first sync: connect (from Connections, where a fresh install opens).
    app.wait_for("#nav-timeline").await?;
    let connected = app.connect_sandbox(&sandbox).await?;
    let synced_at = connected["last_success_at"]
        .as_str()
        .expect("connecting records a successful sync")
        .to_owned();
    app.wait_for("#sync-now").await?;

    // Personio stops answering; "Sync now" fails.
    sandbox.shutdown();
    wait_refused(port).await?;
    app.click("#sync-now").await?;
    app.wait_for("#last-sync-error").await?;
    let status = app.invoke("connection_status", json!({})).await?;
    assert_eq!(
        status["state"], "offline",
        "a sync that cannot reach Personio leaves the connection offline: {status}"
    );

    // The Timeline says so, with the time of the data it shows, and still shows that data.
    app.click("#nav-timeline").await?;
    let banner = app.wait_text("#offline-banner").await?;
    // English short time: the RFC 3339 local time of the last good sync, to the minute.
    let since = synced_at.get(..16).unwrap_or(&synced_at).replace('T', " ");
    assert_eq!(
        banner,
        format!("Offline — showing data from {since}"),
        "the banner names the time of the last successful sync"
    );
    app.show_month_of(today, date).await?;
    assert_day_off_shown(app, date, &type_name, "offline").await?;
    app.screenshot("timeline-offline").await?;

    // Personio answers again (same port, seed and day: the same company); the next sync clears
    // the banner on the open Timeline.
    let _back = Sandbox::start(SandboxConfig { port, ..config })
        .await
        .map_err(|err| format!("the sandbox did not come back on port {port}: {err}"))?;
    let status = app.invoke("sync_now", json!({})).await?;
    assert_eq!(
        status["state"], "connected",
        "the sync after the outage succeeds: {status}"
    );
    app.wait_until(
        "the offline banner to go after a good sync",
        Duration::from_secs(10),
        JsTruthy("!document.querySelector('#offline-banner')"),
    )
    .await?;
    assert_day_off_shown(app, date, &type_name, "back online").await?;
    Ok(())
}
