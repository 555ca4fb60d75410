//! Journey: a new user tries the demo and sees what Stint is for. "Try with demo data" on an
//! empty data folder opens the demo in its own folder (`<data>/demo`); the running balance the
//! Timeline shows is the one `stint-cli timeline` prints over that folder, in single or low
//! double-digit hours (the demo employee tracked her days since 1 January). Meanwhile the
//! user's own folder stays unconnected and empty; leaving the demo removes its folder and
//! leaves the user's folder with no demo data; the About panel names the folder in use
//! throughout. A restart while in the demo comes back into it.

use chrono::{Datelike, Local};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;
use stint_e2e::cli::cli_json as cli;
use stint_e2e::{ensure, eventually, App, E2eResult, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_shows_a_real_looking_balance_in_its_own_folder_and_leaves_nothing_behind() {
    let Some(app) = App::launch("demo-month").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_while_in_the_demo_comes_back_into_the_demo() {
    let Some(app) = App::launch("demo-restart").await else {
        return;
    };
    let entered = async {
        app.click("#nav-connections").await?;
        app.click("#try-demo").await?;
        app.wait_for("#demo-label").await?;
        Ok(())
    }
    .await;
    app.finish(entered).await;

    let keep = Launch {
        keep_data: true,
        ..Launch::default()
    };
    let Some(app) = App::launch_with("demo-restart", &keep).await else {
        return;
    };
    let outcome = async {
        app.wait_for("#demo-label").await?;
        app.click("#nav-connections").await?;
        let name = app.wait_text("#employee-name").await?;
        ensure(name == "Anna Schmidt", || {
            format!("the restarted app is back in the demo, got {name:?}")
        })?;
        app.click("#disconnect").await?;
        app.click("#confirm-disconnect-confirm").await?;
        app.wait_for("#try-demo").await?;
        ensure(!app.data_dir.join("demo").exists(), || {
            "leaving the demo after a restart removes its folder too".into()
        })
    }
    .await;
    app.finish(outcome).await;
}

/// The running balance up to today by `stint-cli timeline` over `dir`, in minutes.
fn cli_balance(dir: &Path) -> E2eResult<i64> {
    let today = Local::now().date_naive();
    let start = format!("{}-01-01", today.year());
    let timeline = cli(
        dir,
        &["timeline", "--from", &start, "--to", &today.to_string()],
    )?;
    timeline["totals"]["balance_minutes"]
        .as_i64()
        .ok_or_else(|| format!("the timeline has no totals: {timeline}").into())
}

/// Minutes of a balance as the UI writes it: `+11:20`, `-3:05`, `0:00`.
fn minutes_of(text: &str) -> Option<i64> {
    let text = text.trim();
    let negative = text.starts_with('-') || text.starts_with('\u{2212}');
    let digits = text.trim_start_matches(['+', '-', '\u{2212}']);
    let (h, m) = digits.split_once(':')?;
    let minutes = h.trim().parse::<i64>().ok()? * 60 + m.trim().parse::<i64>().ok()?;
    Some(if negative { -minutes } else { minutes })
}

/// Settings' About panel names `dir` as the data folder in use: it follows the app into the
/// demo's folder and back out.
async fn about_names(app: &App, dir: &Path) -> E2eResult {
    app.click("#nav-settings").await?;
    let want = dir.display().to_string();
    eventually(
        "the About panel to name the data folder in use",
        Duration::from_secs(10),
        || async {
            let shown = app.wait_text("#about-data-dir").await?;
            Ok(if shown == want {
                Ok(())
            } else {
                Err(format!("it names {shown:?}, not {want:?}"))
            })
        },
    )
    .await
}

/// Every time entry of this year in `dir` (Personio's attendances included).
fn entries_this_year(dir: &Path) -> E2eResult<Vec<Value>> {
    let today = Local::now().date_naive();
    let start = format!("{}-01-01", today.year());
    let listed = cli(
        dir,
        &[
            "entries",
            "list",
            "--from",
            &start,
            "--to",
            &today.to_string(),
        ],
    )?;
    Ok(listed.as_array().cloned().unwrap_or_default())
}

async fn journey(app: &App) -> E2eResult {
    let user_dir = app.data_dir.clone();
    let demo_dir = user_dir.join("demo");
    app.click("#nav-connections").await?;
    app.click("#try-demo").await?;
    let name = app.wait_text("#employee-name").await?;
    ensure(name == "Anna Schmidt", || {
        format!("the demo company's employee is connected, got {name:?}")
    })?;
    ensure(demo_dir.join("stint.sqlite3").is_file(), || {
        format!(
            "the demo keeps its data in its own folder {}",
            demo_dir.display()
        )
    })?;
    let status = cli(&user_dir, &["status"])?;
    ensure(
        status["state"] != "connected" && status["employee"].is_null(),
        || format!("the user's own folder is not connected by the demo: {status}"),
    )?;
    ensure(entries_this_year(&user_dir)?.is_empty(), || {
        "the demo's attendances are not in the user's own folder".into()
    })?;
    let demo_entries = entries_this_year(&demo_dir)?.len();
    ensure(demo_entries > 100, || {
        format!("the demo folder holds the demo employee's tracked days: {demo_entries}")
    })?;

    app.click("#nav-timeline").await?;
    let expected = cli_balance(&demo_dir)?;
    let shown = eventually(
        "the running balance to show the demo folder's",
        Duration::from_secs(15),
        || async {
            let text = app.wait_text("#running-balance strong").await?;
            Ok(if minutes_of(&text) == Some(expected) {
                Ok(text)
            } else {
                Err(format!(
                    "the Timeline shows {text:?}, stint-cli prints {expected} min"
                ))
            })
        },
    )
    .await?;
    eprintln!("demo-month: the running balance shown is {shown} ({expected} min)");
    ensure(expected.abs() <= 15 * 60, || {
        format!("the first screen shows single or low double-digit hours: {shown}")
    })?;
    app.screenshot("demo-month").await?;
    about_names(app, &demo_dir).await?;

    app.click("#nav-connections").await?;
    app.click("#disconnect").await?;
    app.click("#confirm-disconnect-confirm").await?;
    app.wait_for("#try-demo").await?;
    eventually(
        "the demo folder to be removed",
        Duration::from_secs(10),
        || async {
            Ok(if demo_dir.exists() {
                Err(format!("{} still exists", demo_dir.display()))
            } else {
                Ok(())
            })
        },
    )
    .await?;
    ensure(!user_dir.join("demo.active").exists(), || {
        "the marker of the demo is gone".into()
    })?;
    ensure(entries_this_year(&user_dir)?.is_empty(), || {
        "the user's folder holds no demo data after the demo".into()
    })?;
    about_names(app, &user_dir).await?;
    let status = cli(&user_dir, &["status"])?;
    ensure(
        status["employee"].is_null() && !status["demo"].as_bool().unwrap_or(false),
        || format!("the user's own folder is as it was: not connected, no demo: {status}"),
    )?;
    Ok(())
}
