//! The Connections section: one tab per service (Personio; a second service gets its tab when it is built).
//!
//! Disconnected, it shows the connect form; connected, the employee, status, "Sync now",
//! "Record my time in Personio", the history and Disconnect (with confirmation). The status is
//! loaded on mount, again whenever the backend emits `connection-changed` (after automatic
//! syncs and pushes), and after a recording switch (`set_setting` emits no event).

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::connect_form::ConnectFormView;
use crate::components::demo_offer::DemoOffer;
use crate::components::employee_card::EmployeeCard;
use crate::components::recording::Recording;
use crate::components::sync_history::SyncHistory;
use crate::i18n::{error_text, t, use_lang, Key};
use crate::ipc;
use crate::state::connections::{Busy, ConnectionsAction, ConnectionsState, Field};
use crate::state::Remote;
use std::future::Future;
use std::pin::Pin;
use stint_model::ipc::events::CONNECTION_CHANGED;
use stint_model::{ConnectRequest, ConnectionStatus, IpcError};
use yew::prelude::*;

/// A backend action of this page: gets the state at click time, answers a fresh status.
type BackendCall =
    fn(ConnectionsState) -> Pin<Box<dyn Future<Output = Result<ConnectionStatus, IpcError>>>>;

#[component]
pub fn Connections() -> Html {
    let lang = use_lang();
    let state = use_reducer(ConnectionsState::default);

    let reload = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                dispatcher.dispatch(ConnectionsAction::Loaded(ipc::connection_status().await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |_| {
            reload.emit(());
            let listener = ipc::listen(CONNECTION_CHANGED, move || reload.emit(()));
            move || drop(listener)
        });
    }

    // Runs one backend action with progress, then shows its result.
    let act = {
        let state = state.clone();
        move |busy: Busy, call: BackendCall| {
            let state = state.clone();
            Callback::from(move |()| {
                let state = state.clone();
                state.dispatch(ConnectionsAction::Start(busy));
                let snapshot = (*state).clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.dispatch(ConnectionsAction::Finished(busy, call(snapshot).await));
                });
            })
        }
    };
    let on_submit = act(Busy::Connecting, |s| {
        Box::pin(async move {
            let form = s.form;
            let request = ConnectRequest {
                client_id: form.client_id,
                client_secret: form.client_secret,
                email: form.email,
                base_url: Some(form.base_url).filter(|u| !u.trim().is_empty()),
            };
            ipc::connect(&request).await
        })
    });
    let on_demo = act(Busy::Connecting, |_| Box::pin(ipc::connect_demo()));
    let on_sync = act(Busy::Syncing, |_| Box::pin(ipc::sync_now()));
    let on_disconnect = act(Busy::Disconnecting, |_| Box::pin(ipc::disconnect()));
    let on_edit = {
        let state = state.clone();
        Callback::from(move |(field, value): (Field, String)| {
            state.dispatch(ConnectionsAction::Edit(field, value))
        })
    };
    let ask_disconnect = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(ConnectionsAction::AskDisconnect))
    };
    let cancel_disconnect = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(ConnectionsAction::CancelDisconnect))
    };

    let banner = state.general_error().map(|err| {
        html! { <div class="banner error" id="connect-error" role="alert">{ error_text(lang, err) }</div> }
    });
    let body = match &state.status {
        Remote::Loading => html! { <p class="muted">{ t(lang, Key::Loading) }</p> },
        Remote::Failed(err) => {
            html! { <p class="error" id="status-error">{ error_text(lang, err) }</p> }
        }
        Remote::Ready(status) if status.employee.is_some() => html! {
            <>
                <EmployeeCard status={status.clone()} busy={state.busy} {on_sync}
                    on_disconnect={ask_disconnect} />
                <Recording recording={status.recording.clone()} on_changed={reload} />
                <SyncHistory runs={status.history.clone()} />
            </>
        },
        Remote::Ready(_) => html! {
            <>
                <DemoOffer busy={state.busy.is_some()} on_try={on_demo} />
                <ConnectFormView state={(*state).clone()} {on_edit} {on_submit} />
            </>
        },
    };
    html! {
        <>
            <h1>{ t(lang, Key::NavConnections) }</h1>
            <div class="tabs" role="tablist">
                <button class="tab current" role="tab" aria-selected="true" id="tab-personio">{ "Personio" }</button>
            </div>
            { for banner }
            { body }
            if state.confirm_disconnect {
                <ConfirmDialog id="confirm-disconnect" title={t(lang, Key::DisconnectQuestion)}
                    text={t(lang, Key::DisconnectExplained)}
                    confirm_label={t(lang, Key::Disconnect)} on_confirm={on_disconnect} on_cancel={cancel_disconnect} />
            }
        </>
    }
}
