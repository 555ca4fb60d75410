//! The list of recorded sync runs, newest first.

use super::short_time;
use stint_model::{SyncRunView, SyncTrigger};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SyncHistoryProps {
    pub runs: Vec<SyncRunView>,
}

fn trigger_label(trigger: SyncTrigger) -> &'static str {
    match trigger {
        SyncTrigger::Connect => "connect",
        SyncTrigger::Manual => "sync now",
        SyncTrigger::Auto => "automatic",
        SyncTrigger::Start => "app start",
    }
}

#[component]
pub fn SyncHistory(props: &SyncHistoryProps) -> Html {
    let rows = props.runs.iter().map(|run| {
        let outcome = if run.ok {
            format!(
                "+{} ~{} −{}{}",
                run.absences_added,
                run.absences_changed,
                run.absences_removed,
                if run.schedule_changed {
                    ", schedule changed"
                } else {
                    ""
                }
            )
        } else {
            run.error.clone().unwrap_or_else(|| "failed".into())
        };
        html! {
            <tr class={classes!("sync-run", if run.ok { "ok" } else { "failed" })}>
                <td>{ short_time(&run.started_at) }</td>
                <td>{ trigger_label(run.trigger) }</td>
                <td>{ format!("{} ms", run.duration_ms) }</td>
                <td>{ outcome }</td>
            </tr>
        }
    });
    html! {
        <section class="card" id="sync-history">
            <h2>{ "Sync history" }</h2>
            if props.runs.is_empty() {
                <p class="muted">{ "No sync yet." }</p>
            } else {
                <table class="history">
                    <thead><tr><th>{ "When" }</th><th>{ "Why" }</th><th>{ "Took" }</th><th>{ "Absences / result" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
