//! Journey: what the app keeps for the next start. The window's size survives a restart (kept in
//! the data folder's preferences.json), "start at login" writes and removes the desktop's
//! autostart entry, and an unknown preference is refused by name.

use serde_json::{json, Value};
use std::path::PathBuf;
use stint_e2e::{ensure, target_dir, App, E2eResult, Launch};

const NAME: &str = "companion-state";

/// The app's home for this journey: the autostart entry goes to `~/.config/autostart` (the
/// auto-launch crate takes `$HOME`, not `XDG_CONFIG_HOME`), and must not land in the real one.
fn home() -> PathBuf {
    target_dir().join("e2e-data").join(NAME).join("home")
}

fn launch(keep_data: bool) -> Launch {
    Launch {
        keep_data,
        env: vec![("HOME".into(), home().display().to_string())],
        ..Launch::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_size_survives_a_restart_and_start_at_login_is_a_real_entry() {
    let Some(app) = App::launch_with(NAME, &launch(false)).await else {
        return;
    };
    let outcome = first_run(&app).await;
    let data_dir = app.data_dir.clone();
    app.finish(outcome).await;
    let saved: Value = serde_json::from_str(
        &std::fs::read_to_string(data_dir.join("preferences.json"))
            .expect("the preferences are kept in the data folder"),
    )
    .expect("JSON");
    let Some(app) = App::launch_with(NAME, &launch(true)).await else {
        return;
    };
    let outcome = second_run(&app, &saved).await;
    app.finish(outcome).await;
}

async fn first_run(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    app.client.set_window_size(900, 640).await?;
    // Give the move/resize events and the store's save a moment.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;

    let autostart = home()
        .join(".config")
        .join("autostart")
        .join("Stint.desktop");
    app.invoke(
        "set_preference",
        json!({ "key": "start_at_login", "value": "on" }),
    )
    .await?;
    let entry = std::fs::read_to_string(&autostart)
        .map_err(|err| format!("no autostart entry at {}: {err}", autostart.display()))?;
    ensure(entry.contains("Exec="), || {
        format!("the entry starts Stint:\n{entry}")
    })?;
    app.invoke(
        "set_preference",
        json!({ "key": "start_at_login", "value": "off" }),
    )
    .await?;
    ensure(!autostart.exists(), || {
        "turned off, the entry is gone".into()
    })?;

    let refused = app
        .invoke("set_preference", json!({ "key": "colour", "value": "red" }))
        .await;
    ensure(
        refused
            .as_ref()
            .is_err_and(|e| e.to_string().contains("colour")),
        || format!("an unknown preference is refused by name: {refused:?}"),
    )?;
    Ok(())
}

async fn second_run(app: &App, saved: &Value) -> E2eResult {
    app.wait_for("#page").await?;
    let window = &saved["window"];
    ensure(window.is_object(), || {
        format!("the window's place was saved: {saved}")
    })?;
    let (width, height) = app.client.get_window_size().await?;
    let (saved_w, saved_h) = (
        window["width"].as_u64().unwrap_or(0),
        window["height"].as_u64().unwrap_or(0),
    );
    ensure(
        width.abs_diff(saved_w) <= 40 && height.abs_diff(saved_h) <= 80,
        || format!("restarted at {width}×{height}, saved {saved_w}×{saved_h}"),
    )?;
    ensure(
        width.abs_diff(1100) > 40 || height.abs_diff(760) > 80,
        || format!("not the default 1100×760 again: {width}×{height}"),
    )?;
    Ok(())
}
