//! Journey: connecting Personio in the real app against the sandbox — a wrong secret, then
//! the demo credentials, "Sync now", and disconnect with confirmation.
//!
//! The app needs a Secret Service for the keyring; `./x test` runs the suite inside a D-Bus
//! session with gnome-keyring.

use std::time::Duration;
use stint_e2e::{App, E2eResult, JsTruthy, Locator};
use stint_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_sync_and_disconnect_personio_in_the_connection_manager() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("connections").await else {
        return;
    };
    let outcome = journey(&app, &sandbox).await;
    app.finish(outcome).await;
}

async fn history_rows(app: &App) -> E2eResult<usize> {
    Ok(app
        .client
        .find_all(Locator::Css("#sync-history tr.sync-run"))
        .await?
        .len())
}

async fn type_into(app: &App, css: &str, text: &str) -> E2eResult {
    let field = app.wait_for(css).await?;
    field.clear().await?;
    field.send_keys(text).await?;
    Ok(())
}

async fn journey(app: &App, sandbox: &Sandbox) -> E2eResult {
    let demo = sandbox.credentials();
    app.click("#nav-connections").await?;
    app.wait_for("#connect-form").await?;

    // A wrong secret: the specific message, nothing connected.
    type_into(app, "#field-clientId", &demo.client_id).await?;
    type_into(app, "#field-clientSecret", "wrong-secret-for-test").await?;
    type_into(app, "#field-email", &demo.email).await?;
    app.click("details.advanced summary").await?;
    type_into(app, "#field-baseUrl", &sandbox.base_url()).await?;
    app.click("#connect-button").await?;
    let message = app.wait_text("#connect-error").await?;
    assert!(
        message.contains("Authentication failed: check client id and secret"),
        "a wrong secret shows the authentication message, got: {message}"
    );

    // The right secret: the employee and one sync run.
    type_into(app, "#field-clientSecret", &demo.client_secret).await?;
    app.click("#connect-button").await?;
    let name = app.wait_text("#employee-name").await?;
    assert_eq!(
        name, "Anna Schmidt",
        "the employee with the demo email is shown"
    );
    assert_eq!(
        app.wait_text("#employee-email").await?,
        demo.email,
        "with the email"
    );
    assert_eq!(
        history_rows(app).await?,
        1,
        "connecting records exactly one sync run"
    );
    app.wait_until(
        "the four Personio areas, all available",
        Duration::from_secs(10),
        JsTruthy(
            "document.querySelectorAll('#personio-areas .area.ok').length === 4 && \
             document.querySelectorAll('#personio-areas .area.bad').length === 0",
        ),
    )
    .await?;
    app.screenshot("connections").await?;

    // Sync now: a second run appears.
    app.click("#sync-now").await?;
    app.wait_until(
        "a second sync run in the history",
        Duration::from_secs(15),
        JsTruthy("document.querySelectorAll('#sync-history tr.sync-run').length === 2"),
    )
    .await?;

    // Disconnect asks first; confirming empties the form and clears the history.
    app.click("#disconnect").await?;
    app.wait_for("#confirm-disconnect").await?;
    app.click("#confirm-disconnect-confirm").await?;
    app.wait_for("#connect-form").await?;
    for field in ["clientId", "clientSecret", "email"] {
        let value = app
            .wait_for(&format!("#field-{field}"))
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        assert_eq!(value, "", "after disconnecting the {field} field is empty");
    }
    let history = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core.invoke('connection_status')
               .then(s => done(s.history.length), e => done('error: ' + JSON.stringify(e)));",
            vec![],
        )
        .await?;
    assert_eq!(
        history,
        serde_json::json!(0),
        "the backend's sync history is cleared"
    );
    Ok(())
}
