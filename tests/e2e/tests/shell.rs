//! Journey: a fresh install starts on Connections with the demo offer, shows its three sections
//! and answers an IPC round trip.

use std::time::Duration;
use stint_e2e::{App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_start_offers_the_demo_and_shows_sections_and_app_info_from_the_backend() {
    let Some(app) = App::launch("shell").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

async fn journey(app: &App) -> E2eResult {
    let title = app.client.title().await?;
    assert_eq!(title, "Stint", "the window's document title names the app");

    // A fresh install (nothing configured) opens on Connections, where the demo offer is.
    app.wait_for("nav .nav-item.current#nav-connections")
        .await?;
    assert_eq!(
        app.wait_text("main[data-section='connections'] h1").await?,
        "Connections",
        "a new user lands on Connections"
    );
    app.wait_for("#demo-offer #try-demo").await?;

    for (section, heading) in [
        ("connections", "Connections"),
        ("settings", "Settings"),
        ("timeline", "Timeline"),
    ] {
        app.click(&format!("#nav-{section}")).await?;
        let selector = format!("main[data-section='{section}'] h1");
        let shown = app.wait_text(&selector).await?;
        assert_eq!(shown, heading, "clicking {section} shows its page");
    }

    // The About panel shows what the backend answered over IPC.
    app.click("#nav-settings").await?;
    app.wait_until(
        "the version to arrive over IPC",
        Duration::from_secs(10),
        JsTruthy("document.querySelector('#about-version')"),
    )
    .await?;
    let version = app.wait_text("#about-version").await?;
    assert_eq!(
        version,
        env!("CARGO_PKG_VERSION"),
        "the backend reports the workspace version"
    );
    let data_dir = app.wait_text("#about-data-dir").await?;
    assert_eq!(
        data_dir,
        app.data_dir.display().to_string(),
        "the backend reports the data dir it was started with (STINT_DATA_DIR)"
    );
    Ok(())
}
