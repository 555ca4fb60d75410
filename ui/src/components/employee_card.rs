//! The connected employee and the connection's state, last and next sync, and its actions.

use super::short_time;
use crate::state::connections::Busy;
use stint_model::{ConnectionState, ConnectionStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmployeeCardProps {
    pub status: ConnectionStatus,
    pub busy: Option<Busy>,
    pub on_sync: Callback<()>,
    pub on_disconnect: Callback<()>,
}

#[component]
pub fn EmployeeCard(props: &EmployeeCardProps) -> Html {
    let status = &props.status;
    let syncing = props.busy == Some(Busy::Syncing) || status.state == ConnectionState::Syncing;
    let (state_class, state_label) = match (syncing, status.state) {
        (true, _) => ("syncing", "Syncing…"),
        (false, ConnectionState::Connected) => ("ok", "Connected"),
        (false, ConnectionState::Offline) => ("warn", "Offline — showing the last synced data"),
        (false, ConnectionState::Error) => ("bad", "Last sync failed"),
        (false, _) => ("muted", "Disconnected"),
    };
    let employee = status.employee.as_ref().map(|e| {
        let role: Vec<&str> = [e.position.as_deref(), e.department.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        html! {
            <div class="employee">
                <div class="employee-name" id="employee-name">{ format!("{} {}", e.first_name, e.last_name) }</div>
                if !role.is_empty() { <div class="muted" id="employee-role">{ role.join(" · ") }</div> }
                <div class="muted" id="employee-email">{ &e.email }</div>
            </div>
        }
    });
    let on_sync = props.on_sync.reform(|_: MouseEvent| ());
    let on_disconnect = props.on_disconnect.reform(|_: MouseEvent| ());
    let last_error = status
        .last_run
        .as_ref()
        .filter(|run| !run.ok)
        .and_then(|run| run.error.clone());
    html! {
        <section class="card" id="personio-connected">
            <div class="card-head">
                <h2>{ "Personio" }</h2>
                <span class={classes!("badge", state_class)} id="connection-state">{ state_label }</span>
            </div>
            if status.demo {
                <p class="demo-note" id="demo-badge">
                    <span class="badge demo">{ "Demo data" }</span>
                    { " Stint's built-in demo company, not your Personio. Disconnect to end the demo." }
                </p>
            }
            { for employee }
            if let Some(err) = last_error { <p class="error" id="last-sync-error">{ err }</p> }
            <dl class="facts">
                <dt>{ "Last successful sync" }</dt>
                <dd id="last-success">{ status.last_success_at.as_deref().map(short_time).unwrap_or_else(|| "never".into()) }</dd>
                <dt>{ "Next planned sync" }</dt>
                <dd id="next-sync">{ status.next_sync_at.as_deref().map(short_time)
                    .unwrap_or_else(|| "automatic sync is off".into()) }</dd>
                <dt>{ "Weekly hours and absences" }</dt>
                <dd>{ "Synced from Personio — disconnect to edit manually" }</dd>
            </dl>
            <div class="actions">
                <button class="primary" id="sync-now" onclick={on_sync} disabled={props.busy.is_some()}>
                    { if syncing { "Syncing…" } else { "Sync now" } }
                </button>
                <button class="danger" id="disconnect" onclick={on_disconnect} disabled={props.busy.is_some()}>
                    { "Disconnect" }
                </button>
            </div>
        </section>
    }
}
