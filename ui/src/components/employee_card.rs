//! The connected employee and the connection's state, last and next sync, and its actions.

use crate::i18n::{dates, t, use_lang, Key};
use crate::state::connections::Busy;
use stint_model::{AreaView, ConnectionState, ConnectionStatus, PersonioArea};
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
    let lang = use_lang();
    let status = &props.status;
    let syncing = props.busy == Some(Busy::Syncing) || status.state == ConnectionState::Syncing;
    let (state_class, state_label) = match (syncing, status.state) {
        (true, _) => ("syncing", Key::Syncing),
        (false, ConnectionState::Connected) => ("ok", Key::Connected),
        (false, ConnectionState::Offline) => ("warn", Key::Offline),
        (false, ConnectionState::Error) => ("bad", Key::LastSyncFailed),
        (false, _) => ("muted", Key::Disconnected),
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
    let areas = (!status.areas.is_empty()).then(|| areas(lang, &status.areas));
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
                <span class={classes!("badge", state_class)} id="connection-state">{ t(lang, state_label) }</span>
            </div>
            if status.demo {
                <p class="demo-note" id="demo-badge">
                    <span class="badge demo">{ t(lang, Key::DemoData) }</span>
                    { t(lang, Key::DemoNote) }
                </p>
            }
            { for employee }
            if let Some(err) = last_error { <p class="error" id="last-sync-error">{ err }</p> }
            <dl class="facts">
                <dt>{ t(lang, Key::LastSuccess) }</dt>
                <dd id="last-success">{ status.last_success_at.map(|at| dates::short_time(lang, at))
                    .unwrap_or_else(|| t(lang, Key::Never).into()) }</dd>
                <dt>{ t(lang, Key::NextSync) }</dt>
                <dd id="next-sync">{ status.next_sync_at.map(|at| dates::short_time(lang, at))
                    .unwrap_or_else(|| t(lang, Key::AutoSyncOff).into()) }</dd>
                <dt>{ t(lang, Key::HoursAndAbsences) }</dt>
                <dd>{ t(lang, Key::LockedNote) }</dd>
            </dl>
            { for areas }
            <div class="actions">
                <button class="primary" id="sync-now" onclick={on_sync} disabled={props.busy.is_some()}>
                    { t(lang, if syncing { Key::Syncing } else { Key::SyncNow }) }
                </button>
                // Disconnecting stays possible while a sync runs: it stops the sync.
                <button class="danger" id="disconnect" onclick={on_disconnect}
                    disabled={props.busy.is_some_and(|b| b != Busy::Syncing)}>
                    { t(lang, Key::Disconnect) }
                </button>
            </div>
        </section>
    }
}

fn area_key(area: PersonioArea) -> Key {
    match area {
        PersonioArea::Persons => Key::AreaPersons,
        PersonioArea::Absences => Key::AreaAbsences,
        PersonioArea::AttendancesRead => Key::AreaAttendancesRead,
        PersonioArea::AttendancesWrite => Key::AreaAttendancesWrite,
    }
}

/// Which of Personio's areas the credential may use, with the scope to add for a missing one
/// (the backend's sentence, also shown by `stint-cli status`).
fn areas(lang: crate::i18n::Lang, areas: &[AreaView]) -> Html {
    html! {
        <div class="areas" id="personio-areas">
            <h3>{ t(lang, Key::PersonioAreas) }</h3>
            <ul>
                { for areas.iter().map(|a| {
                    let (class, word) = if a.available {
                        ("ok", Key::AreaAvailable)
                    } else {
                        ("bad", Key::AreaMissing)
                    };
                    html! {
                        <li class={classes!("area", class)} data-area={format!("{:?}", a.area)}
                            title={a.detail.clone().unwrap_or_default()}>
                            <span>{ t(lang, area_key(a.area)) }</span>
                            <span class={classes!("badge", class)}>{ t(lang, word) }</span>
                            if let Some(detail) = &a.detail { <p class="muted area-detail">{ detail }</p> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
