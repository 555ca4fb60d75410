//! Journey: the general settings beyond language — a dark theme that survives a reload, weeks
//! starting on Sunday in the month grid, and the running balance's start date and carry-over
//! (a nonsense carry-over is refused at its field and changes nothing).
//!
//! The app needs a Secret Service for the keyring; `./x test` runs the suite inside a D-Bus
//! session with gnome-keyring.

use chrono::{Datelike, Local};
use stint_e2e::{App, E2eResult};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn theme_week_start_and_balance_settings_change_what_the_app_shows() {
    let Some(app) = App::launch("preferences").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// Selects what the input `css` holds, types `text` over it and leaves the field (which fires
/// `change`, as a user's Tab does). WebDriver's `clear` is avoided: it fires a `change` of its
/// own, which would save an empty value first.
async fn enter(app: &App, css: &str, text: &str) -> E2eResult {
    let input = app.wait_for(css).await?;
    app.client
        .execute(
            "document.querySelector(arguments[0]).select();",
            vec![serde_json::json!(css)],
        )
        .await?;
    input.send_keys(text).await?;
    app.click("#general-settings h2").await?;
    Ok(())
}

async fn journey(app: &App) -> E2eResult {
    app.click("#nav-settings").await?;
    app.wait_for("#theme")
        .await?
        .select_by_value("dark")
        .await?;
    app.wait_js(
        "the dark theme to apply",
        "document.documentElement.dataset.theme === 'dark' && \
         getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() === '#15181d'",
    )
    .await?;
    app.client.refresh().await?;
    app.wait_js(
        "the chosen theme to survive a reload",
        "document.documentElement.dataset.theme === 'dark'",
    )
    .await?;

    app.click("#nav-settings").await?;
    app.wait_for("#week-start")
        .await?
        .select_by_value("Sun")
        .await?;
    app.click("#nav-timeline").await?;
    app.wait_js(
        "the month grid to start its weeks on Sunday",
        "document.querySelector('#timeline-month .weekday-head')?.textContent === 'Sun'",
    )
    .await?;

    app.click("#nav-settings").await?;
    enter(app, "#carry-over", "lots").await?;
    app.wait_js(
        "a nonsense carry-over to be refused at its card, naming the input",
        "document.querySelector('#general-error')?.textContent.includes('`lots`')",
    )
    .await?;
    assert_eq!(
        app.wait_for("#carry-over")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("lots"),
        "the refused text stays in the field to be corrected"
    );
    enter(app, "#carry-over", "-3:30").await?;
    app.wait_js(
        "the carry-over to be saved",
        "document.querySelector('#settings-saved') && !document.querySelector('#general-error')",
    )
    .await?;
    let first_of_month = Local::now().date_naive().with_day(1).ok_or("day 1")?;
    // The date picker opens at today's month when no date is chosen; day 1 is in it.
    app.click("#balance-start").await?;
    app.click(&format!(
        "#balance-start-calendar .picker-day[data-date='{first_of_month}']"
    ))
    .await?;
    app.wait_js(
        "the start date to be saved",
        &format!(
            "document.querySelector('#balance-start')?.dataset.value === {:?} && \
             !document.querySelector('#general-error')",
            first_of_month.to_string()
        ),
    )
    .await?;
    app.click("#nav-timeline").await?;
    let since = format!("Balance since {}", first_of_month.format("%-d %b"));
    app.wait_js(
        "the running balance to count from the chosen date with the carry-over",
        &format!(
            "(() => {{ const t = document.querySelector('#running-balance')?.textContent ?? ''; \
             return t.startsWith({since:?}) && t.includes('incl. carry-over -3:30'); }})()"
        ),
    )
    .await?;
    app.screenshot("timeline-dark").await?;
    Ok(())
}
