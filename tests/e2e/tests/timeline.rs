//! Journey: the Timeline after connecting Personio against the sandbox — an approved day off of
//! the demo employee shows in the month grid with no target and its type, and the keyboard
//! steps through months and back to today.
//!
//! The app needs a Secret Service for the keyring; `./x test` runs the suite inside a D-Bus
//! session with gnome-keyring.

use chrono::Datelike;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use std::time::Duration;
use stint_e2e::backend::day_off;
use stint_e2e::{App, E2eResult, JsTruthy};
use stint_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approved_day_off_shows_in_the_month_grid_and_the_keyboard_navigates() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("timeline").await else {
        return;
    };
    let outcome = journey(&app, &sandbox).await;
    app.finish(outcome).await;
}

async fn press(app: &App, key: char) -> E2eResult {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    app.client.perform_actions(keys).await?;
    Ok(())
}

async fn wait_heading(app: &App, want: &str, why: &str) -> E2eResult {
    let script = format!(
        "document.querySelector('#timeline-range')?.textContent === {}",
        serde_json::json!(want)
    );
    app.wait_until(why, Duration::from_secs(10), JsTruthy(&script))
        .await
}

async fn journey(app: &App, sandbox: &Sandbox) -> E2eResult {
    let today = SandboxConfig::default().today;
    let (date, type_name) = day_off(sandbox, today);
    let this_month = today.format("%B %Y").to_string();
    // A fresh install opens on Connections; the Timeline is one click away.
    app.click("#nav-timeline").await?;
    assert_eq!(
        app.wait_text("#timeline-range").await?,
        this_month,
        "the Timeline opens on this month"
    );
    app.connect_sandbox(sandbox).await?;
    app.wait_until(
        "the header shows Personio's vacation balance and the running balance after connecting",
        Duration::from_secs(10),
        JsTruthy(
            "document.querySelector('#vacation-balances')?.textContent.includes('Urlaub') \
             && document.querySelector('#running-balance') !== null",
        ),
    )
    .await?;

    // To the month of the day off, one click per month.
    app.show_month_of(today, date).await?;
    let target_month = date.format("%B %Y").to_string();

    let cell = format!(".day[data-date='{date}']");
    app.wait_for(&cell).await?;
    assert_eq!(
        app.wait_text_content(&format!("{cell} .target")).await?,
        "0:00",
        "an approved whole day off on {date} leaves nothing to work"
    );
    let badges: Vec<String> = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);",
            vec![serde_json::json!(format!("{cell} .absence .absence-type"))],
        )
        .await?
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    assert!(
        badges.contains(&type_name),
        "the day's badges name the absence type {type_name}, got {badges:?}"
    );
    // Two animation frames: the grid is painted, not only in the DOM, when the shot is taken.
    app.client
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![],
        )
        .await?;
    app.screenshot("timeline").await?;

    // Its number opens the day view; the week view then shows the week around it.
    app.click(&format!("{cell} .day-number")).await?;
    app.wait_for(&format!("#timeline-day {cell}")).await?;
    let listed = app.wait_text("#day-absences").await?;
    assert!(
        listed.contains(&type_name),
        "the day view lists the absence {type_name}, got: {listed}"
    );
    app.screenshot("timeline-day").await?;
    app.click("#timeline-view-week").await?;
    app.wait_until(
        "the week view with seven days",
        Duration::from_secs(10),
        JsTruthy("document.querySelectorAll('#timeline-week .day[data-date]').length === 7"),
    )
    .await?;
    assert_eq!(
        app.wait_text(&format!("#timeline-week {cell} .target"))
            .await?,
        "0:00",
        "the week view shows the day off too"
    );
    app.screenshot("timeline-week").await?;
    app.click("#timeline-view-month").await?;
    wait_heading(app, &target_month, "back to the month").await?;

    // → steps a month on, T comes back to today's month.
    press(app, Key::Right.into()).await?;
    let next = date
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .expect("a next month")
        .format("%B %Y")
        .to_string();
    wait_heading(app, &next, "→ shows the next month").await?;
    press(app, 'T').await?;
    wait_heading(app, &this_month, "T comes back to today's month").await?;
    press(app, Key::Left.into()).await?;
    let prev = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(chrono::Months::new(1)))
        .expect("a previous month")
        .format("%B %Y")
        .to_string();
    wait_heading(app, &prev, "← shows the previous month").await?;
    Ok(())
}
