//! Journey: a new user tries Stint with the built-in demo company, then ends the demo.

use stint_e2e::{App, E2eResult, Locator};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn try_with_demo_data_then_disconnect_ends_the_demo() {
    let Some(app) = App::launch("demo").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

async fn journey(app: &App) -> E2eResult {
    app.click("#nav-connections").await?;
    app.click("#try-demo").await?;
    let name = app.wait_text("#employee-name").await?;
    assert_eq!(
        name, "Anna Schmidt",
        "the demo company's employee is connected"
    );
    app.wait_for("#demo-badge").await?;
    let label = app.wait_text("#demo-label").await?;
    assert_eq!(
        label, "Demo data",
        "the whole app is labelled as demo (navigation)"
    );
    app.screenshot("demo").await?;

    app.click("#disconnect").await?;
    app.click("#confirm-disconnect-confirm").await?;
    app.wait_for("#try-demo").await?;
    app.wait_until(
        "the demo label to disappear",
        std::time::Duration::from_secs(10),
        stint_e2e::JsTruthy("!document.querySelector('#demo-label')"),
    )
    .await?;
    assert!(
        app.client
            .find_all(Locator::Css("#employee-name"))
            .await?
            .is_empty(),
        "no employee after the demo ended"
    );
    Ok(())
}
