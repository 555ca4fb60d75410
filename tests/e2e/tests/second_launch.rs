//! Journey: one app per data folder. While the app runs, a second launch on the same folder
//! hands over to it (asks it to come to the front) and ends within seconds, without a window or
//! an error; the first app goes on answering.

use serde_json::json;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use stint_e2e::{ensure, target_dir, App, E2eResult};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_launch_on_the_same_folder_hands_over_and_ends() {
    let Some(app) = App::launch("second-launch").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    let binary = std::env::var_os("STINT_APP_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("stint"));
    let started = Instant::now();
    // No display on purpose: a second launch must not get as far as opening a window.
    let second = Command::new(binary)
        .env("STINT_DATA_DIR", &app.data_dir)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output()?;
    let took = started.elapsed();
    let log = String::from_utf8_lossy(&second.stderr);
    ensure(second.status.success(), || {
        format!(
            "the second launch ends without an error: {:?}\n{log}",
            second.status
        )
    })?;
    ensure(took < Duration::from_secs(5), || {
        format!("it hands over at once, not after {} ms", took.as_millis())
    })?;
    ensure(log.contains("brought it to the front"), || {
        format!("it says it handed over to the running app:\n{log}")
    })?;
    println!("second launch handed over in {} ms", took.as_millis());
    let menu = app.invoke("tray_menu", json!({})).await?;
    ensure(menu.as_array().is_some_and(|m| !m.is_empty()), || {
        "the first app goes on answering".into()
    })?;
    Ok(())
}
