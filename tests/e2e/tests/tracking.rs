//! Journey: time tracking in the Timeline — a timer started with a note and stopped books an
//! entry in today's day view; a manual entry 09:00–10:30 adds 90 minutes to the day, editing it
//! to 11:00 makes 120, deleting it takes them away again; a second timer's note is changed while
//! it runs and the timer is then discarded without booking anything.
//!
//! A timer stopped within its first minute books one minute (the core's rule), so the journey
//! does not wait a minute. The app needs a Secret Service for the keyring; `./x test` runs the
//! suite inside a D-Bus session with gnome-keyring.

use std::time::Duration;
use stint_e2e::{App, E2eResult, JsTruthy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_timer_and_a_manual_entry_count_in_the_day_and_edit_and_delete_update_it() {
    let Some(app) = App::launch("tracking").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// The day's tracked minutes as the day view shows them (`h:mm`).
async fn tracked(app: &App) -> E2eResult<i64> {
    let text = app.wait_text("#timeline-day .day .tracked").await?;
    let (h, m) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not h:mm"))?;
    Ok(h.parse::<i64>()? * 60 + m.parse::<i64>()?)
}

async fn wait_tracked(app: &App, want: i64, why: &str) -> E2eResult {
    let script = format!(
        "(() => {{ const t = document.querySelector('#timeline-day .day .tracked')?.textContent \
         ?? ''; const [h, m] = t.split(':').map(Number); return h * 60 + m === {want}; }})()"
    );
    app.wait_until(why, Duration::from_secs(10), JsTruthy(&script))
        .await
}

/// Replaces the text of the input `css`.
async fn type_into(app: &App, css: &str, text: &str) -> E2eResult {
    let input = app.wait_for(css).await?;
    input.clear().await?;
    input.send_keys(text).await?;
    Ok(())
}

/// The id of the entry whose row shows `text`.
async fn entry_id(app: &App, text: &str) -> E2eResult<String> {
    let id = app
        .client
        .execute(
            "return Array.from(document.querySelectorAll('.entry[data-id]'))
               .find(e => e.textContent.includes(arguments[0]))?.dataset.id ?? null;",
            vec![serde_json::json!(text)],
        )
        .await?;
    Ok(id
        .as_str()
        .ok_or_else(|| format!("no entry shows `{text}`"))?
        .to_owned())
}

async fn journey(app: &App) -> E2eResult {
    // A fresh install opens on Connections; the Timeline is one click away.
    app.click("#nav-timeline").await?;
    app.click("#timeline-view-day").await?;
    app.wait_for("#timeline-day #entry-add").await?;

    type_into(app, "#timer-note", "Code review").await?;
    app.click("#timer-start").await?;
    app.wait_for("#timer-pause").await?;
    app.wait_until(
        "the elapsed time ticks",
        Duration::from_secs(5),
        JsTruthy("document.querySelector('#timer-elapsed')?.textContent !== '0:00:00'"),
    )
    .await?;
    app.click("#timer-stop").await?;
    app.wait_for("#timer-start").await?;
    app.wait_until(
        "the stopped timer's entry in today's day view",
        Duration::from_secs(10),
        JsTruthy(
            "Array.from(document.querySelectorAll('.entry[data-id]'))
               .some(e => e.textContent.includes('Code review'))",
        ),
    )
    .await?;
    let before = tracked(app).await?;
    assert!(
        before >= 1,
        "the stopped timer books at least a minute, got {before}"
    );

    type_into(app, "#entry-start", "09:00").await?;
    type_into(app, "#entry-end", "10:30").await?;
    type_into(app, "#entry-note", "Planning").await?;
    app.click("#entry-add").await?;
    wait_tracked(app, before + 90, "09:00–10:30 adds 90 minutes to the day").await?;
    app.screenshot("tracking").await?;

    let id = entry_id(app, "Planning").await?;
    let row = format!(".entry[data-id='{id}']");
    app.click(&format!("{row} .entry-edit")).await?;
    type_into(app, "#entry-end", "11:00").await?;
    app.click(&format!("{row} .entry-save")).await?;
    wait_tracked(
        app,
        before + 120,
        "editing the end to 11:00 makes 120 minutes",
    )
    .await?;

    app.click(&format!("{row} .entry-delete")).await?;
    wait_tracked(app, before, "deleting the entry takes its minutes away").await?;
    app.wait_until(
        "the deleted entry is gone from the list",
        Duration::from_secs(10),
        JsTruthy(&format!("!document.querySelector(\"{row}\")")),
    )
    .await?;

    // A second timer: its note is changed while it runs, then it is discarded unbooked.
    type_into(app, "#timer-note", "Temp").await?;
    app.click("#timer-start").await?;
    app.wait_for("#timer-discard").await?;
    // Typed over the selected note (WebDriver's `clear` would fire a `change` of its own and
    // save an empty note first); leaving the field saves it, as Enter would.
    app.client
        .execute("document.querySelector('#timer-note').select();", vec![])
        .await?;
    app.wait_for("#timer-note")
        .await?
        .send_keys("Renamed")
        .await?;
    app.click("main h1").await?;
    app.wait_until(
        "the running timer's new note to reach the backend",
        Duration::from_secs(10),
        BackendTimerNote("Renamed"),
    )
    .await?;
    app.click("#timer-discard").await?;
    app.click("#discard-dialog-confirm").await?;
    app.wait_for("#timer-start").await?;
    assert_eq!(
        tracked(app).await?,
        before,
        "a discarded timer books nothing"
    );
    assert!(
        entry_id(app, "Renamed").await.is_err(),
        "no entry for the discarded timer"
    );
    Ok(())
}

/// True once the backend's timer has the note (asked over IPC, not read from the page).
struct BackendTimerNote(&'static str);

impl stint_e2e::AsyncCheck for BackendTimerNote {
    async fn check(&self, client: &fantoccini::Client) -> E2eResult<bool> {
        let note = client
            .execute_async(
                "const [done] = arguments;
                 window.__TAURI__.core.invoke('timer_state')
                   .then(t => done(t ? t.note : null), e => done(JSON.stringify(e)));",
                vec![],
            )
            .await?;
        Ok(note.as_str() == Some(self.0))
    }
}
