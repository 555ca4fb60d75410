//! Journey: the week view is a calendar timeline. A mouse drag over today's column from 09:00
//! to 11:30 proposes that span in the block form; saved with a note, it is a block at those
//! hours, the day view lists it, and `stint-cli entries list` on the same data folder prints
//! it. The keyboard does the same without a mouse: Tab to the block, Enter opens it, the end is
//! typed and Enter saves.
//!
//! The drag is real pointer input (WebDriver actions: move, press, move, release), aimed at the
//! column's hours from its size on screen: an empty week's axis runs 07:00–19:00.

use chrono::NaiveDate;
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use serde_json::{json, Value};
use std::time::Duration;
use stint_e2e::cli::cli_json;
use stint_e2e::{ensure, App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drag_in_the_week_creates_an_entry_the_day_view_and_the_cli_list() {
    let Some(app) = App::launch("week-drag").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// Today by the page's clock (the app's "today").
async fn today(app: &App) -> E2eResult<NaiveDate> {
    let iso = app
        .client
        .execute(
            "const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()];",
            vec![],
        )
        .await?;
    let part = |i: usize| iso[i].as_u64().unwrap_or(0) as u32;
    NaiveDate::from_ymd_opt(part(0) as i32, part(1), part(2))
        .ok_or_else(|| format!("the page's date {iso} is not a date").into())
}

/// The vertical offset from the centre of a column `height` pixels tall to `minute` of the
/// day, on the empty axis 07:00–19:00.
fn offset(height: f64, minute: u32) -> f64 {
    let fraction = (f64::from(minute) - 7.0 * 60.0) / (12.0 * 60.0);
    fraction * height - height / 2.0
}

async fn journey(app: &App) -> E2eResult {
    let today = today(app).await?;
    app.click("#nav-timeline").await?;
    app.click("#timeline-view-week").await?;
    let column_css = format!("#timeline-week .axis-column[data-date='{today}']");
    let column = app.wait_for(&column_css).await?;
    let height = app
        .client
        .execute(
            "const c = document.querySelector(arguments[0]); c.scrollIntoView({block: 'center'}); \
             return c.getBoundingClientRect().height;",
            vec![json!(column_css)],
        )
        .await?
        .as_f64()
        .ok_or("the column has a height")?;

    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: column.clone(),
            duration: None,
            x: 0.0,
            y: offset(height, 9 * 60),
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveToElement {
            element: column.clone(),
            duration: Some(Duration::from_millis(200)),
            x: 0.0,
            y: offset(height, 11 * 60 + 30),
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    app.client.perform_actions(drag).await?;

    let start = app.wait_for("#block-start").await?.prop("value").await?;
    let end = app.wait_for("#block-end").await?.prop("value").await?;
    ensure(
        start.as_deref() == Some("09:00") && end.as_deref() == Some("11:30"),
        || format!("the drag proposes 09:00–11:30, the form says {start:?}–{end:?}"),
    )?;
    app.wait_for("#block-note")
        .await?
        .send_keys("Drawn in the week")
        .await?;
    app.click("#block-add").await?;
    app.wait_until(
        "the block 09:00–11:30 in today's column",
        Duration::from_secs(10),
        JsTruthy(&format!(
            "Array.from(document.querySelectorAll(\"{column_css} .block\"))
               .some(b => b.textContent.includes('09:00–11:30'))"
        )),
    )
    .await?;
    app.screenshot("week-drag").await?;

    // The keyboard way: focus the block, Enter opens it, a new end and Enter save.
    app.client
        .execute(
            "Array.from(document.querySelectorAll(arguments[0]))
               .find(b => b.textContent.includes('09:00–11:30')).focus();",
            vec![json!(format!("{column_css} .block"))],
        )
        .await?;
    app.client
        .active_element()
        .await?
        .send_keys("\u{E007}")
        .await?;
    let end_field = app.wait_for("#block-end").await?;
    end_field.clear().await?;
    end_field.send_keys("12:00\u{E007}").await?;
    app.wait_until(
        "the block to end at 12:00 after the keyboard edit",
        Duration::from_secs(10),
        JsTruthy(&format!(
            "Array.from(document.querySelectorAll(\"{column_css} .block\"))
               .some(b => b.textContent.includes('09:00–12:00'))"
        )),
    )
    .await?;

    // The day view lists it.
    app.click(&format!(
        "#timeline-week .day[data-date='{today}'] .day-number"
    ))
    .await?;
    let row = app
        .wait_row(
            "the entry drawn in the week",
            Duration::from_secs(10),
            |r| r.note == "Drawn in the week",
        )
        .await?;
    ensure(row.span == "09:00–12:00", || {
        format!("the day view lists it as 09:00–12:00, got {row:?}")
    })?;

    // And the CLI on the same data folder prints it.
    let listed = cli_entries(app, today)?;
    ensure(
        listed.iter().any(|e| {
            e["note"] == "Drawn in the week" && e["start"] == "09:00" && e["end"] == "12:00"
        }),
        || format!("stint-cli entries list prints the entry, got {listed:?}"),
    )
}

/// `stint-cli entries list --format json` for `date` on the app's data folder.
fn cli_entries(app: &App, date: NaiveDate) -> E2eResult<Vec<Value>> {
    let day = date.to_string();
    let json = cli_json(
        &app.data_dir,
        &["entries", "list", "--from", &day, "--to", &day],
    )?;
    Ok(json.as_array().cloned().unwrap_or_default())
}
