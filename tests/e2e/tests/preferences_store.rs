//! Journey: preferences live in the data folder. German, the dark theme and "10 hours reached"
//! turned off in Settings reach the backend's `preferences` and its `preferences.json`; with the
//! webview's cache cleared, a reload comes back German and dark from the backend alone. A
//! running timer then shows when to leave ("Gehen um HH:MM") and the latest end.
//!
//! Every weekday gets a target and no public holidays, so "leave at" exists whatever day the
//! journey runs. The app needs a Secret Service for the keyring; `./x test` runs the suite inside
//! a D-Bus session with gnome-keyring.

use chrono::NaiveTime;
use serde_json::{json, Value};
use std::time::Duration;
use stint_e2e::{ensure, eventually, App, E2eResult};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preferences_chosen_in_settings_are_kept_in_the_data_folder_and_the_timer_says_when_to_leave(
) {
    let Some(app) = App::launch("preferences-store").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// The keys of `want` that `all` does not hold with the wanted value, for a message.
fn differing(all: &Value, want: &[(&str, &str)]) -> Vec<String> {
    want.iter()
        .filter(|(key, value)| all[*key] != *value)
        .map(|(key, value)| format!("{key}: want {value}, is {}", all[*key]))
        .collect()
}

const CHOSEN: [(&str, &str); 3] = [("lang", "de"), ("theme", "dark"), ("notify_10h", "off")];

async fn journey(app: &App) -> E2eResult {
    // A target on every day and no holidays: "leave at" exists on a Sunday or a holiday too.
    app.invoke(
        "set_weekly_minutes",
        json!({ "minutes": [480, 480, 480, 480, 480, 480, 480] }),
    )
    .await?;
    app.invoke(
        "set_setting",
        json!({ "key": "holiday_region", "value": "none" }),
    )
    .await?;

    app.click("#nav-settings").await?;
    app.wait_for("#language")
        .await?
        .select_by_value("de")
        .await?;
    app.wait_js(
        "the UI to turn German",
        "document.querySelector('#nav-settings')?.textContent.trim() === 'Einstellungen'",
    )
    .await?;
    app.wait_for("#theme")
        .await?
        .select_by_value("dark")
        .await?;
    app.wait_js(
        "the dark theme to apply",
        "document.documentElement.dataset.theme === 'dark'",
    )
    .await?;
    app.wait_js(
        "the notification switches to show the backend's defaults (10 h on)",
        "document.querySelector('#notify-10h')?.checked === true",
    )
    .await?;
    app.click("#notify-10h").await?;
    app.wait_js(
        "the 10 h switch to show off once the backend took it",
        "document.querySelector('#notify-10h')?.checked === false \
         && !document.querySelector('#notification-error')",
    )
    .await?;
    app.screenshot("settings-notifications").await?;

    let all = eventually(
        "the backend's preferences to hold German, dark and 10 h off",
        Duration::from_secs(10),
        || async {
            let all = app.invoke("preferences", json!({})).await?;
            let off = differing(&all, &CHOSEN);
            Ok(if off.is_empty() {
                Ok(all)
            } else {
                Err(format!("{off:?} in {all}"))
            })
        },
    )
    .await?;
    ensure(all["notify_target"] == "on", || {
        format!("the switches not touched keep their defaults: {all}")
    })?;

    let file = app.data_dir.join("preferences.json");
    let text = std::fs::read_to_string(&file)
        .map_err(|err| format!("the preferences are kept in {}: {err}", file.display()))?;
    let saved: Value = serde_json::from_str(&text)
        .map_err(|err| format!("{} is JSON: {err}\n{text}", file.display()))?;
    let off = differing(&saved, &CHOSEN);
    ensure(off.is_empty(), || {
        format!("preferences.json holds what was chosen: {off:?} in {text}")
    })?;

    // The webview's cache is only a cache: without it the backend's choices come back.
    app.client.execute("localStorage.clear();", vec![]).await?;
    app.client.refresh().await?;
    app.wait_js(
        "German and dark to come back from the data folder with the cache cleared",
        "document.querySelector('#nav-settings')?.textContent.trim() === 'Einstellungen' \
         && document.documentElement.dataset.theme === 'dark'",
    )
    .await?;
    app.wait_js("the cache to be filled again for the next start's first paint",
        "localStorage.getItem('stint.theme') === 'dark' && localStorage.getItem('stint.lang') === 'de'",
    )
    .await?;

    app.click("#nav-timeline").await?;
    app.click("#timer-start").await?;
    app.wait_for("#timer-pause").await?;
    app.wait_js("the running timer to say when to leave (Gehen um HH:MM) and the latest end",
        "/^Gehen um \\d\\d:\\d\\d$/.test(document.querySelector('#leave-at')?.textContent.trim() ?? '') \
         && /^spätestens \\d\\d:\\d\\d$/.test(document.querySelector('#latest-end')?.textContent.trim() ?? '')",
    )
    .await?;
    // The backend counts from "now", so its answer may have moved on by a minute since.
    let shown = app.wait_text("#leave-at").await?;
    let today = app.invoke("today", json!({})).await?;
    let time =
        |text: &str| NaiveTime::parse_from_str(text.trim_start_matches("Gehen um "), "%H:%M");
    let close = match (time(&shown), today["leave_at"].as_str().map(time)) {
        (Ok(shown), Some(Ok(backend))) => (backend - shown).num_minutes().abs() <= 1,
        _ => false,
    };
    ensure(close, || {
        format!("the bar shows the backend's leave-at: `{shown}`, today {today}")
    })?;
    app.screenshot("timer-leave-at").await?;

    app.click("#timer-pause").await?;
    app.wait_for("#timer-resume").await?;
    app.wait_js(
        "a paused timer to show no leave-at",
        "!document.querySelector('#leave-at') && !document.querySelector('#latest-end')",
    )
    .await?;
    Ok(())
}
