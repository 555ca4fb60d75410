//! Journey: the user's own weekly hours are editable, locked while Personio (here the demo
//! company) is connected — in the UI and in the backend — and come back on disconnect.

use std::time::Duration;
use stint_e2e::{App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn weekly_hours_lock_while_connected_and_return_after_disconnect() {
    let Some(app) = App::launch("settings").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

async fn value_of(app: &App, css: &str) -> E2eResult<String> {
    Ok(app
        .wait_for(css)
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}

async fn journey(app: &App) -> E2eResult {
    // Disconnected: the user's own Monday becomes 7:42 (38.5 h over five days: any minute).
    app.click("#nav-settings").await?;
    let monday = app.wait_for("#hours-0").await?;
    monday.clear().await?;
    monday.send_keys("7.7").await?;
    app.click("#save-hours").await?;
    app.wait_for("#settings-saved").await?;

    // Connected to the demo company: Personio's 8 h, greyed out, with the note.
    app.click("#nav-connections").await?;
    app.click("#try-demo").await?;
    app.wait_for("#employee-name").await?;
    app.click("#nav-settings").await?;
    app.wait_for("#weekly-hours-locked").await?;
    assert_eq!(
        value_of(app, "#hours-0").await?,
        "8:00",
        "Personio's schedule is shown, as h:mm like every duration"
    );
    let disabled = app.wait_for("#hours-0").await?.prop("disabled").await?;
    assert_eq!(
        disabled.as_deref(),
        Some("true"),
        "the field is disabled while connected"
    );
    app.screenshot("settings").await?;

    // The backend is the guard, not the greyed-out field.
    let answer = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('set_weekly_minutes', {minutes: [60,60,60,60,60,0,0]})
               .then(() => done('accepted'), e => done(e.code));",
            vec![],
        )
        .await?;
    assert_eq!(
        answer,
        serde_json::json!("locked_by_personio"),
        "the backend refuses the edit"
    );

    // Disconnect: the user's own 6 h are back and editable.
    app.click("#nav-connections").await?;
    app.click("#disconnect").await?;
    app.click("#confirm-disconnect-confirm").await?;
    app.wait_for("#try-demo").await?;
    app.click("#nav-settings").await?;
    app.wait_until(
        "the user's own Monday to come back",
        Duration::from_secs(10),
        JsTruthy("document.querySelector('#hours-0') && document.querySelector('#hours-0').value === '7:42' && !document.querySelector('#hours-0').disabled"),
    )
    .await?;
    Ok(())
}
