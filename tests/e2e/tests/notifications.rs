//! Journey: a notification is raised when the clock crosses today's target while the timer
//! runs. The app starts at 16:00 of a weekday (`STINT_CLOCK_START`, a clock shifted to that time
//! and running on), today has 7:59 tracked of 8:00, the timer starts; within the tray's minute
//! the target is crossed and "Today's target reached" reaches the desktop's notification server
//! (a stand-in on the journey's D-Bus session: tools/notification_server.py).

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, Launch};

/// The stand-in server; killed when the journey ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the server and hands over each notification it receives.
fn server() -> E2eResult<(Server, mpsc::Receiver<Value>)> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/notification_server.py");
    // Debian's Python, which has python3-gi (`./x setup` installs it), not a user's pyenv.
    let mut child = Command::new("/usr/bin/python3")
        .arg(script)
        .stdout(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    let (ready_tx, ready_rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line == "ready" {
                let _ = ready_tx.send(());
            } else if let Ok(value) = serde_json::from_str::<Value>(&line) {
                let _ = tx.send(value);
            }
        }
    });
    ready_rx
        .recv_timeout(Duration::from_secs(10))
        .map_err(|_| "the notification server did not take its name on the bus")?;
    Ok((Server(child), rx))
}

/// The last weekday before today (the target is 8 h on weekdays).
fn a_weekday() -> chrono::NaiveDate {
    use chrono::Datelike;
    let mut day = chrono::Local::now().date_naive() - chrono::Duration::days(1);
    while day.weekday().number_from_monday() > 5 {
        day -= chrono::Duration::days(1);
    }
    day
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crossing_the_target_with_the_timer_running_raises_a_notification() {
    let (_server, notices) = server().expect("the stand-in notification server starts");
    let day = a_weekday();
    let launch = Launch {
        env: vec![("STINT_CLOCK_START".into(), format!("{day}T16:00:00"))],
        ..Launch::default()
    };
    let Some(app) = App::launch_with("notifications", &launch).await else {
        return;
    };
    let outcome = journey(&app, day, &notices).await;
    app.finish(outcome).await;
}

async fn journey(app: &App, day: chrono::NaiveDate, notices: &mpsc::Receiver<Value>) -> E2eResult {
    app.wait_for("#page").await?;
    app.invoke(
        "set_setting",
        json!({ "key": "holiday_region", "value": "none" }),
    )
    .await?;
    app.invoke(
        "set_weekly_minutes",
        json!({ "minutes": [480, 480, 480, 480, 480, 0, 0] }),
    )
    .await?;
    app.invoke(
        "add_time_entry",
        json!({ "entry": { "date": day.to_string(), "start": "08:01", "end": "16:00", "note": "" } }),
    )
    .await?;
    let today = app.invoke("today", json!({})).await?;
    ensure(
        today["tracked_minutes"] == 479 && today["target_minutes"] == 480,
        || format!("the shifted day has 7:59 of 8:00: {today}"),
    )?;
    app.invoke("timer_start", json!({ "note": "" })).await?;
    // The tray's minute: the first look at once (7:59, nothing to say), the next a minute on.
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let mut seen = Vec::new();
    while std::time::Instant::now() < deadline {
        if let Ok(notice) = notices.recv_timeout(Duration::from_millis(500)) {
            if notice["summary"] == "Today's target reached" {
                println!("notified: {notice}");
                return Ok(());
            }
            seen.push(notice);
        }
    }
    Err(format!("no \"Today's target reached\" within 90 s; the desktop got {seen:?}").into())
}
