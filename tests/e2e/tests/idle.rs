//! Journey: the idle question. With the timer running and the X display idle past the
//! threshold (`STINT_IDLE_SECONDS=3` instead of minutes), a mouse move (xdotool) brings the
//! question up with the time away; "subtract" takes that time out of the timer.

use serde_json::{json, Value};
use std::process::Command;
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coming_back_after_idle_time_asks_and_subtract_takes_it_out() {
    let launch = Launch {
        env: vec![("STINT_IDLE_SECONDS".into(), "3".into())],
        ..Launch::default()
    };
    let Some(app) = App::launch_with("idle", &launch).await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    app.invoke("timer_start", json!({ "note": "" })).await?;
    // WebDriver's commands are no input to the X server: the display idles from here.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let moved = Command::new("xdotool")
        .args(["mousemove", "20", "20"])
        .env("DISPLAY", app.display())
        .status()?;
    ensure(moved.success(), || "xdotool moves the mouse".into())?;
    let mut span = Value::Null;
    for _ in 0..50 {
        span = app.invoke("idle_pending", json!({})).await?;
        if span.is_object() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    ensure(span.is_object(), || {
        "back from idle, the question waits".into()
    })?;
    let at = |key: &str| {
        chrono::NaiveDateTime::parse_from_str(
            span[key].as_str().unwrap_or_default(),
            "%Y-%m-%dT%H:%M:%S",
        )
    };
    let away = (at("to")? - at("from")?).num_seconds();
    ensure(away >= 3, || {
        format!("the time away is at least the threshold: {span}")
    })?;

    let before = app.invoke("timer_state", json!({})).await?["elapsed_seconds"]
        .as_i64()
        .unwrap_or(0);
    app.invoke("idle_answer", json!({ "choice": "subtract" }))
        .await?;
    let after = app.invoke("timer_state", json!({})).await?["elapsed_seconds"]
        .as_i64()
        .unwrap_or(0);
    ensure(after + away - 2 <= before, || {
        format!("the {away} s away are taken out: {before} s before, {after} s after")
    })?;
    let again = app.invoke("idle_pending", json!({})).await?;
    ensure(again.is_null(), || {
        format!("answered, nothing waits: {again}")
    })?;
    Ok(())
}
