//! Journey: the timeline at a glance, in the demo, checked for contrast and photographed.
//!
//! "Try with demo data" gives the seeded demo month. In the light and the dark theme, and then in
//! German, the month, week and day views are shown; on each screen axe-core (the accessibility
//! engine, its `color-contrast` rule: WCAG AA, 4.5:1 for text, 3:1 for large text) checks every
//! text against what is drawn behind it, and the journey fails on any violation, naming the
//! element. The screenshots (`glance-<view>-<theme>.png`) are what docs/screenshots holds.
//!
//! axe-core is installed by `./x setup` (npm, pinned in `x`) and found through `STINT_AXE_JS`.

use serde_json::Value;
use std::time::Duration;
use stint_e2e::{ensure, App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_timeline_reads_at_a_glance_in_both_themes_with_enough_contrast() {
    let Some(axe) = axe_source() else {
        return;
    };
    let Some(app) = App::launch("glance").await else {
        return;
    };
    let outcome = journey(&app, &axe).await;
    app.finish(outcome).await;
}

/// axe-core's script; `None` (skipped) only outside CI, like the harness's other tools.
fn axe_source() -> Option<String> {
    let path = std::env::var("STINT_AXE_JS").unwrap_or_default();
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(source),
        Err(err) if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") => {
            panic!("axe-core is needed in CI (STINT_AXE_JS={path:?}: {err}); run `./x setup`")
        }
        Err(err) => {
            eprintln!("SKIPPED glance journey: no axe-core at {path:?} ({err}); run `./x setup`");
            None
        }
    }
}

/// Runs axe's contrast rule on the page as drawn now; adds every text below its ratio to `below`,
/// named by screen and element, so one run lists them all.
async fn check_contrast(app: &App, axe: &str, screen: &str, below: &mut Vec<String>) -> E2eResult {
    let loaded = app
        .client
        .execute("return typeof window.axe !== 'undefined';", vec![])
        .await?;
    if loaded != Value::Bool(true) {
        app.client
            .execute(&format!("{axe}\n;return true;"), vec![])
            .await?;
    }
    let result = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } })
               .then(r => done({
                 violations: r.violations.flatMap(v => v.nodes.map(n =>
                   n.target.join(' ') + ' — ' + (n.any[0]?.message ?? n.failureSummary))),
                 checked: r.passes.reduce((sum, p) => sum + p.nodes.length, 0),
                 unsure: r.incomplete.reduce((sum, p) => sum + p.nodes.length, 0),
               }))
               .catch(e => done({ error: String(e) }));",
            vec![],
        )
        .await?;
    if let Some(error) = result.get("error") {
        return Err(format!("axe-core failed on {screen}: {error}").into());
    }
    let violations: Vec<String> = result["violations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    eprintln!(
        "glance: {screen}: {} texts pass 4.5:1 (AA), {} not decidable (over an image or \
         gradient), {} below",
        result["checked"],
        result["unsure"],
        violations.len()
    );
    ensure(result["checked"].as_u64().unwrap_or(0) > 20, || {
        format!("axe checked hardly any text on {screen}: {result}")
    })?;
    below.extend(violations.into_iter().map(|v| format!("{screen}: {v}")));
    Ok(())
}

/// Two animation frames: painted, not only in the DOM.
async fn painted(app: &App) -> E2eResult {
    app.client
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![],
        )
        .await?;
    Ok(())
}

async fn setting(app: &App, id: &str, value: &str) -> E2eResult {
    app.click("#nav-settings").await?;
    app.wait_for(id).await?.select_by_value(value).await?;
    Ok(())
}

/// The previous month, week and day of the demo: checked and photographed as
/// `glance-<view>-<suffix>`.
async fn views(app: &App, axe: &str, suffix: &str, below: &mut Vec<String>) -> E2eResult {
    app.click("#nav-timeline").await?;
    for (view, ready) in [
        ("month", "#timeline-month .day-bar"),
        // Not `.block`: a week of holidays and leave has none, and the check holds without.
        ("week", "#timeline-week .axis-column"),
        ("day", "#timeline-day .day-layout .axis-column"),
    ] {
        app.click(&format!("#timeline-view-{view}")).await?;
        app.click("#timeline-today").await?;
        // One step back: the last month, week and day that are all past, so tracked time shows.
        app.click("#timeline-prev").await?;
        app.wait_for(ready).await?;
        app.client.execute("window.scrollTo(0, 0);", vec![]).await?;
        painted(app).await?;
        check_contrast(app, axe, &format!("{view} ({suffix})"), below).await?;
        app.screenshot(&format!("glance-{view}-{suffix}")).await?;
    }
    app.click("#timeline-view-month").await?;
    Ok(())
}

async fn journey(app: &App, axe: &str) -> E2eResult {
    let mut below = Vec::new();
    app.click("#try-demo").await?;
    app.wait_for("#demo-badge").await?;
    app.click("#nav-timeline").await?;
    app.wait_until(
        "the demo's balance cards",
        Duration::from_secs(15),
        JsTruthy("document.querySelectorAll('#vacation-balances .vacation-card').length > 0"),
    )
    .await?;

    setting(app, "#theme", "light").await?;
    views(app, axe, "light", &mut below).await?;
    setting(app, "#theme", "dark").await?;
    app.wait_until(
        "the dark theme",
        Duration::from_secs(5),
        JsTruthy("document.documentElement.dataset.theme === 'dark'"),
    )
    .await?;
    views(app, axe, "dark", &mut below).await?;
    check_contrast(app, axe, "settings (dark)", &mut below).await?;
    app.click("#nav-connections").await?;
    app.wait_for("#demo-label").await?;
    check_contrast(app, axe, "connections (dark)", &mut below).await?;

    setting(app, "#theme", "light").await?;
    setting(app, "#language", "de").await?;
    app.client.execute("window.scrollTo(0, 0);", vec![]).await?;
    check_contrast(app, axe, "settings (light, German)", &mut below).await?;
    views(app, axe, "de", &mut below).await?;
    // Back to English for whoever opens this data folder next.
    setting(app, "#language", "en").await?;
    ensure(below.is_empty(), || {
        format!(
            "{} texts below their contrast ratio:\n{}",
            below.len(),
            below.join("\n")
        )
    })
}
