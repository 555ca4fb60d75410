//! Journey: the idle dialog and the Timer card. With the timer started on the Timeline and the
//! X display idle past the threshold (`STINT_IDLE_SECONDS=3` instead of minutes), a mouse move
//! (xdotool) brings up the dialog "You were away from … to …"; "I left then — stop the timer at
//! HH:MM" closes it, the timer bar shows no timer, and today holds one entry that ends at the
//! dialog's "from". In Settings, a timer shortcut that is no shortcut is refused by its field
//! and stays as typed; `Ctrl+Alt+T` is taken.
//!
//! The core books at least a minute (a timer stopped in its first minute ends a minute after its
//! start), so the journey keeps the display busy (a mouse move every half second) for the
//! timer's first minute and only then lets it idle: the entry can then end where the time away
//! began. WebDriver's commands are no input to the X server, so without the moves the display
//! would count as idle from the app's start, before the timer's.

use serde_json::{json, Value};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;
use stint_e2e::{ensure, eventually, App, E2eResult, JsTruthy, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coming_back_after_idle_time_shows_the_dialog_and_stop_ends_the_timer_where_it_began() {
    let launch = Launch {
        env: vec![("STINT_IDLE_SECONDS".into(), "3".into())],
        ..Launch::default()
    };
    let Some(app) = App::launch_with("idle-dialog", &launch).await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// Moves the mouse on `display` to `(x, y)`: input, as far as the X server's idle time goes.
fn move_mouse(display: &str, x: u32, y: u32) -> E2eResult {
    let moved = Command::new("xdotool")
        .args(["mousemove", &x.to_string(), &y.to_string()])
        .env("DISPLAY", display)
        .status()?;
    ensure(moved.success(), || {
        format!("xdotool moves the mouse on {display}")
    })
}

/// Someone at the computer: the mouse moves every half second until stopped.
struct Busy {
    stop: Arc<AtomicBool>,
    mover: JoinHandle<E2eResult>,
}

impl Busy {
    fn start(display: &str) -> Busy {
        let stop = Arc::new(AtomicBool::new(false));
        let (display, until) = (display.to_owned(), Arc::clone(&stop));
        let mover = std::thread::spawn(move || {
            let mut step = 0;
            while !until.load(Ordering::Relaxed) {
                // To and fro: a move to where the pointer is would be no motion at all.
                move_mouse(&display, 5 + step % 2, 5)?;
                step += 1;
                std::thread::sleep(Duration::from_millis(500));
            }
            Ok(())
        });
        Busy { stop, mover }
    }

    fn stop(self) -> E2eResult {
        self.stop.store(true, Ordering::Relaxed);
        self.mover
            .join()
            .map_err(|_| "the mouse mover panicked".to_owned())?
    }
}

async fn wait_js(app: &App, why: &str, script: &str) -> E2eResult {
    app.wait_until(why, Duration::from_secs(10), JsTruthy(script))
        .await
}

/// Starts the timer with its button and lets it run past its first minute, so stopping where
/// the idle time began books more than the core's minimum.
async fn start_timer(app: &App) -> E2eResult {
    app.click("#timer-start").await?;
    app.wait_for("#timer-pause").await?;
    tokio::time::sleep(Duration::from_secs(62)).await;
    Ok(())
}

async fn journey(app: &App) -> E2eResult {
    // A fresh install opens on Connections; the timer bar is on the Timeline.
    app.click("#nav-timeline").await?;
    let busy = Busy::start(app.display());
    let started = start_timer(app).await;
    busy.stop()?;
    started?;

    // Left alone past the threshold, then back.
    tokio::time::sleep(Duration::from_secs(6)).await;
    move_mouse(app.display(), 40, 40)?;
    let sentence = app.wait_text("#idle-dialog #idle-text").await?;
    let role = app.wait_for("#idle-dialog").await?.attr("role").await?;
    ensure(role.as_deref() == Some("dialog"), || {
        format!("the question is a dialog for assistive technology: role {role:?}")
    })?;
    let stop_label = app.wait_text("#idle-stop").await?;
    let from = stop_label
        .strip_prefix("I left then — stop the timer at ")
        .filter(|at| chrono::NaiveTime::parse_from_str(at, "%H:%M").is_ok())
        .ok_or_else(|| format!("the stop button names the time it stops at: `{stop_label}`"))?
        .to_owned();
    let prefix = format!("You were away from {from} to ");
    ensure(
        sentence.starts_with(&prefix) && sentence.ends_with("while the timer ran."),
        || format!("the dialog says when the time away began, as the stop button: `{sentence}`"),
    )?;
    for (id, label) in [
        ("#idle-keep", "It was work — keep it"),
        ("#idle-subtract", "It was a break — take it out"),
    ] {
        let text = app.wait_text(id).await?;
        ensure(text == label, || format!("{id} reads `{label}`: `{text}`"))?;
    }
    app.screenshot("idle-dialog").await?;

    app.click("#idle-stop").await?;
    wait_js(
        app,
        "the dialog to close once answered",
        "!document.querySelector('#idle-dialog')",
    )
    .await?;
    wait_js(
        app,
        "the timer bar to show no timer",
        "document.querySelector('#timer-start') && !document.querySelector('#timer-bar.active')",
    )
    .await?;
    let pending = app.invoke("idle_pending", json!({})).await?;
    ensure(pending.is_null(), || {
        format!("answered, no question waits: {pending}")
    })?;
    let today = chrono::Local::now().date_naive().to_string();
    let entries = app
        .invoke("time_entries", json!({ "from": today, "to": today }))
        .await?;
    let ends: Vec<&str> = entries
        .as_array()
        .map(|all| {
            all.iter()
                .map(|e| e["end"].as_str().unwrap_or("-"))
                .collect()
        })
        .unwrap_or_default();
    ensure(ends == [from.as_str()], || {
        format!("today holds one entry, ending where the time away began ({from}): {entries}")
    })?;

    timer_card(app).await
}

/// The Timer card: the idle threshold goes to the backend; a shortcut that is no shortcut is
/// refused by its field and stays as typed, `Ctrl+Alt+T` is taken.
async fn timer_card(app: &App) -> E2eResult {
    app.click("#nav-settings").await?;
    let login = app
        .wait_for("#start-at-login")
        .await?
        .prop("checked")
        .await?;
    ensure(login.as_deref() == Some("false"), || {
        format!("Stint does not start at login until asked: checked {login:?}")
    })?;
    app.wait_for("#idle-minutes")
        .await?
        .select_by_value("15")
        .await?;
    eventually(
        "the backend to ask after 15 idle minutes",
        Duration::from_secs(10),
        || async {
            let all = app.invoke("preferences", json!({})).await?;
            Ok(if all["idle_minutes"] == "15" {
                Ok(())
            } else {
                Err(format!("preferences {all}"))
            })
        },
    )
    .await?;

    save_shortcut(app, "Ctrl+Banana").await?;
    wait_js(
        app,
        "the refusal by the shortcut's field",
        "document.querySelector('#timer-shortcut-error')?.textContent.includes('Ctrl+Banana')",
    )
    .await?;
    let kept = shortcut_field(app).await?;
    ensure(kept == "Ctrl+Banana", || {
        format!("what was typed stays to be fixed: `{kept}`")
    })?;
    let all = app.invoke("preferences", json!({})).await?;
    ensure(all["timer_shortcut"] == "off", || {
        format!("a refused shortcut is not kept: {all}")
    })?;
    app.screenshot("timer-shortcut-refused").await?;

    save_shortcut(app, "Ctrl+Alt+T").await?;
    wait_js(
        app,
        "the shortcut to be taken: the message gone, the hint naming it",
        "!document.querySelector('#timer-shortcut-error') \
         && document.querySelector('#timer-shortcut-on')?.textContent === 'Ctrl+Alt+T'",
    )
    .await?;
    let shown = shortcut_field(app).await?;
    ensure(shown == "Ctrl+Alt+T", || {
        format!("the field shows the backend's shortcut: `{shown}`")
    })?;
    let all = app.invoke("preferences", json!({})).await?;
    ensure(all["timer_shortcut"] == "Ctrl+Alt+T", || {
        format!("the backend keeps the shortcut: {all}")
    })?;
    app.screenshot("settings-timer").await?;
    Ok(())
}

async fn save_shortcut(app: &App, keys: &str) -> E2eResult {
    let field = app.wait_for("#timer-shortcut").await?;
    field.clear().await?;
    field.send_keys(keys).await?;
    app.click("#timer-shortcut-save").await
}

async fn shortcut_field(app: &App) -> E2eResult<String> {
    let value: Value = app
        .client
        .execute(
            "return document.querySelector('#timer-shortcut')?.value ?? null;",
            vec![],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}
