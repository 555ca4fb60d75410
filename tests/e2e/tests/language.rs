//! Journey: a German user switches the UI to Deutsch in Settings; navigation, the Timeline's
//! toolbar, month heading and weekday heads turn German, the choice survives a reload, and
//! switching back restores English. The holidays the timeline names follow the language too.
//!
//! The choice lives in the webview's `localStorage`, which the journeys of one run share, so
//! the journey removes it again whatever the outcome: the others assert English texts.

use serde_json::json;
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, JsTruthy};

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choosing_deutsch_in_settings_translates_the_ui_and_english_comes_back() {
    let Some(app) = App::launch("language").await else {
        return;
    };
    let outcome = journey(&app).await;
    let _ = app
        .client
        .execute("localStorage.removeItem('stint.lang');", vec![])
        .await;
    app.finish(outcome).await;
}

/// Waits until the element's text is exactly `want`.
async fn wait_text_is(app: &App, css: &str, want: &str) -> E2eResult {
    let script = format!(
        "document.querySelector({css:?}) && document.querySelector({css:?}).textContent.trim() === {want:?}"
    );
    app.wait_until(
        &format!("`{css}` to read {want:?}"),
        Duration::from_secs(10),
        JsTruthy(&script),
    )
    .await
}

async fn choose(app: &App, code: &str) -> E2eResult {
    app.click("#nav-settings").await?;
    app.wait_for("#language")
        .await?
        .select_by_value(code)
        .await?;
    Ok(())
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("nav .nav-item.current#nav-connections")
        .await?;
    let webview = app
        .client
        .execute("return navigator.language;", vec![])
        .await?;
    eprintln!("language journey: navigator.language = {webview}");
    assert_eq!(
        app.wait_text("#nav-timeline").await?,
        "Timeline",
        "the test webview ({webview}) starts in English, which the other journeys rely on"
    );

    choose(app, "de").await?;
    for (id, german) in [
        ("#nav-timeline", "Zeitleiste"),
        ("#nav-connections", "Verbindungen"),
        ("#nav-settings", "Einstellungen"),
    ] {
        wait_text_is(app, id, german).await?;
    }
    wait_text_is(app, "main[data-section='settings'] h1", "Einstellungen").await?;
    wait_text_is(app, "#general-settings h2", "Allgemein").await?;

    app.client.refresh().await?;
    wait_text_is(app, "#nav-timeline", "Zeitleiste").await?;

    app.click("#nav-timeline").await?;
    wait_text_is(app, "#timeline-today", "Heute").await?;
    wait_text_is(app, "main[data-section='timeline'] h1", "Zeitleiste").await?;
    let now = app
        .client
        .execute(
            "const d = new Date(); return [d.getMonth(), d.getFullYear()];",
            vec![],
        )
        .await?;
    let month = now[0].as_u64().ok_or("JS month is a number")? as usize;
    let year = now[1].as_u64().ok_or("JS year is a number")?;
    let heading = format!("{} {year}", MONTHS_DE[month]);
    wait_text_is(app, "#timeline-range", &heading).await?;
    wait_text_is(app, "#timeline-month .weekday-head", "Mo").await?;
    app.wait_until(
        "the day figures to be labelled Soll / Erfasst / Saldo",
        Duration::from_secs(10),
        JsTruthy("document.querySelector('#timeline-totals') && document.querySelector('#timeline-totals').textContent.includes('Soll')"),
    )
    .await?;
    app.screenshot("timeline-de").await?;

    // The date picker speaks German too (WebKit's own date field would follow the system).
    app.click("#nav-settings").await?;
    app.click("#balance-start").await?;
    wait_text_is(app, "#balance-start-month", &heading).await?;
    wait_text_is(app, "#balance-start-calendar .picker-weekday", "Mo").await?;
    app.screenshot("date-picker-de").await?;
    app.click("#balance-start-calendar .picker-next").await?;

    let next = format!(
        "{} {}",
        MONTHS_DE[(month + 1) % 12],
        if month == 11 { year + 1 } else { year }
    );
    wait_text_is(app, "#balance-start-month", &next).await?;

    app.invoke(
        "set_setting",
        json!({ "key": "holiday_region", "value": "DE-BY" }),
    )
    .await?;
    let german = christmas(app).await?;

    choose(app, "en").await?;
    wait_text_is(app, "#nav-timeline", "Timeline").await?;
    wait_text_is(app, "main[data-section='settings'] h1", "Settings").await?;
    app.click("#nav-timeline").await?;
    wait_text_is(app, "#timeline-today", "Today").await?;
    let english = christmas(app).await?;
    ensure(
        german == "Erster Weihnachtsfeiertag" && english == "Christmas Day",
        || {
            format!(
                "the timeline names holidays in the UI's language: {german:?}, then {english:?}"
            )
        },
    )
}

/// The holiday the `timeline` command names on Christmas Day 2026.
async fn christmas(app: &App) -> E2eResult<String> {
    let timeline = app
        .invoke(
            "timeline",
            json!({ "from": "2026-12-25", "to": "2026-12-25" }),
        )
        .await?;
    Ok(timeline["days"][0]["holiday"]
        .as_str()
        .unwrap_or_default()
        .to_owned())
}
