//! Journey: the tray menu (read and used through the app's own IPC, as a desktop without a
//! tray would): it names the idle timer and today's figures, starts the timer — which the
//! timer bar then shows — says it runs, and stops it into an entry of today.

use serde_json::{json, Value};
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tray_menu_names_the_timer_and_starts_and_stops_it() {
    let Some(app) = App::launch("tray").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// The text of tray item `id` and whether it is enabled.
async fn item(app: &App, id: &str) -> E2eResult<(String, bool)> {
    let menu = app.invoke("tray_menu", json!({})).await?;
    let found = menu
        .as_array()
        .and_then(|items| items.iter().find(|i| i["id"] == id))
        .ok_or_else(|| format!("the tray menu has no `{id}`: {menu}"))?;
    Ok((
        found["text"].as_str().unwrap_or_default().to_owned(),
        found["enabled"] == Value::Bool(true),
    ))
}

/// Waits until tray item `id` says `text` (the menu is refreshed in the background).
async fn wait_item(app: &App, id: &str, text: &str) -> E2eResult<(String, bool)> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let found = item(app, id).await?;
        if found.0.contains(text) {
            return Ok(found);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("tray item `{id}` says `{}`, not `{text}`", found.0).into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    // A fresh install opens on Connections; the timer bar is on the Timeline.
    app.click("#nav-timeline").await?;
    app.wait_for("#timer-start").await?;
    let ids: Vec<String> = app
        .invoke("tray_menu", json!({}))
        .await?
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    ensure(
        ids == ["status", "today", "toggle", "stop", "open", "quit"],
        || format!("the tray offers the timer, today, open and quit: {ids:?}"),
    )?;
    wait_item(app, "status", "No timer running").await?;
    let (today, _) = wait_item(app, "today", "Today ").await?;
    ensure(today.contains(" of "), || {
        format!("today's tracked of target: {today}")
    })?;
    let (_, stop_enabled) = item(app, "stop").await?;
    ensure(!stop_enabled, || {
        "nothing to stop while no timer runs".into()
    })?;

    app.invoke("tray_activate", json!({ "id": "toggle" }))
        .await?;
    wait_item(app, "status", "Timer running since").await?;
    wait_item(app, "toggle", "Pause timer").await?;
    app.wait_until(
        "the timer bar shows the timer the tray started",
        Duration::from_secs(10),
        JsTruthy("document.querySelector('#timer-stop') !== null"),
    )
    .await?;
    let (_, stop_enabled) = item(app, "stop").await?;
    ensure(stop_enabled, || "a running timer can be stopped".into())?;

    app.invoke("tray_activate", json!({ "id": "stop" })).await?;
    wait_item(app, "status", "No timer running").await?;
    let today = chrono::Local::now().date_naive().to_string();
    let entries = app
        .invoke("time_entries", json!({ "from": today, "to": today }))
        .await?;
    ensure(entries.as_array().is_some_and(|e| e.len() == 1), || {
        format!("the stopped timer is today's entry: {entries}")
    })?;
    let refused = app
        .invoke("tray_activate", json!({ "id": "nonsense" }))
        .await;
    ensure(refused.is_err(), || "an unknown item is refused".into())?;
    Ok(())
}
