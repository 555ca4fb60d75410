//! Journey: the global timer shortcut. Off until set; a text that is no shortcut is refused;
//! once set, the keys pressed on the desktop (xdotool on the app's X display) start the timer
//! and pressed again pause it. After a restart the saved shortcut works again (it is set once
//! the page has loaded, off the start-up path) and resumes the paused timer.

use serde_json::json;
use std::process::Command;
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timer_shortcut_starts_and_pauses_the_timer() {
    let Some(app) = App::launch("shortcut").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;

    let keep = Launch {
        keep_data: true,
        ..Launch::default()
    };
    let Some(app) = App::launch_with("shortcut", &keep).await else {
        return;
    };
    let outcome = async {
        app.wait_for("#page").await?;
        press_and_wait(&app, "Timer running").await
    }
    .await;
    app.finish(outcome).await;
}

async fn status(app: &App) -> E2eResult<String> {
    let menu = app.invoke("tray_menu", json!({})).await?;
    Ok(menu
        .as_array()
        .and_then(|m| m.iter().find(|i| i["id"] == "status"))
        .and_then(|i| i["text"].as_str())
        .unwrap_or_default()
        .to_owned())
}

async fn press_and_wait(app: &App, want: &str) -> E2eResult {
    let pressed = Command::new("xdotool")
        .args(["key", "--clearmodifiers", "ctrl+alt+t"])
        .env("DISPLAY", app.display())
        .status()?;
    ensure(pressed.success(), || "xdotool sends the keys".into())?;
    for _ in 0..50 {
        if status(app).await?.contains(want) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!(
        "after the shortcut the tray says `{}`, not `{want}`",
        status(app).await?
    )
    .into())
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    let prefs = app.invoke("preferences", json!({})).await?;
    ensure(prefs["timer_shortcut"] == "off", || {
        format!("off by default: {prefs}")
    })?;
    let refused = app
        .invoke(
            "set_preference",
            json!({ "key": "timer_shortcut", "value": "Ctrl+Banana" }),
        )
        .await;
    ensure(
        refused
            .as_ref()
            .is_err_and(|e| e.to_string().contains("is not a shortcut")),
        || format!("a text that is no shortcut is refused: {refused:?}"),
    )?;
    app.invoke(
        "set_preference",
        json!({ "key": "timer_shortcut", "value": "Ctrl+Alt+T" }),
    )
    .await?;
    press_and_wait(app, "Timer running").await?;
    press_and_wait(app, "Timer paused").await?;
    Ok(())
}
