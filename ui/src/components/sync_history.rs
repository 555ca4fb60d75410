//! The list of recorded sync runs, newest first.

use crate::i18n::{dates, t, use_lang, Key};
use stint_model::{SyncRunView, SyncTrigger};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SyncHistoryProps {
    pub runs: Vec<SyncRunView>,
}

fn trigger_label(trigger: SyncTrigger) -> Key {
    match trigger {
        SyncTrigger::Connect => Key::TriggerConnect,
        SyncTrigger::Manual => Key::TriggerManual,
        SyncTrigger::Auto => Key::TriggerAuto,
        SyncTrigger::Start => Key::TriggerStart,
    }
}

#[component]
pub fn SyncHistory(props: &SyncHistoryProps) -> Html {
    let lang = use_lang();
    let rows = props.runs.iter().map(|run| {
        let outcome = if run.ok {
            format!(
                "+{} ~{} −{}{}",
                run.absences_added,
                run.absences_changed,
                run.absences_removed,
                if run.schedule_changed {
                    t(lang, Key::ScheduleChanged)
                } else {
                    ""
                }
            )
        } else {
            run.error
                .clone()
                .unwrap_or_else(|| t(lang, Key::Failed).into())
        };
        html! {
            <tr class={classes!("sync-run", if run.ok { "ok" } else { "failed" })}>
                <td>{ dates::short_time(lang, run.started_at) }</td>
                <td>{ t(lang, trigger_label(run.trigger)) }</td>
                <td>{ format!("{} ms", run.duration_ms) }</td>
                <td>{ outcome }</td>
            </tr>
        }
    });
    html! {
        <section class="card" id="sync-history">
            <h2>{ t(lang, Key::SyncHistory) }</h2>
            if props.runs.is_empty() {
                <p class="muted">{ t(lang, Key::NoSyncYet) }</p>
            } else {
                <table class="history">
                    <thead><tr><th>{ t(lang, Key::When) }</th><th>{ t(lang, Key::Why) }</th><th>{ t(lang, Key::Took) }</th><th>{ t(lang, Key::AbsencesResult) }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
