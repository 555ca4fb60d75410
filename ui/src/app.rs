//! The app shell: navigation on the left, the selected section on the right.
//!
//! The shell owns the [`UiState`](crate::state::UiState) reducer and hands pages only the data and
//! typed callbacks they need. The app info is fetched once over IPC when the shell mounts. The
//! display preferences (language, theme, week start) are painted at once from the webview's
//! cache, then replaced by what the backend keeps (see [`crate::prefs`]), and provided to every
//! component as a `ContextProvider<Prefs>`, so no page threads them through props. The idle
//! question ([`IdleDialog`]) is mounted here, beside the pages, so it comes up on every one.

use crate::components::idle_dialog::IdleDialog;
use crate::components::nav::Nav;
use crate::ipc;
use crate::pages::{connections::Connections, settings::Settings, timeline::Timeline};
use crate::prefs::{self, PrefChange, Prefs};
use crate::state::{Section, UiAction, UiState};
use stint_model::ipc::events::CONNECTION_CHANGED;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| UiState {
        prefs: prefs::load(),
        ..UiState::default()
    });
    // A choice made in Settings while the backend is still asked is newer than its answer.
    let chose = use_mut_ref(|| false);

    {
        let (state, chose) = (state.clone(), chose.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(stored) = prefs::from_backend().await {
                    if !*chose.borrow() {
                        state.dispatch(UiAction::PrefsLoaded(prefs::adopt(&stored)));
                    }
                }
            });
        });
    }

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            // Again on every connection change: entering or leaving the demo changes the data
            // folder the About panel names.
            let refresh = move || {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.dispatch(UiAction::AppInfoLoaded(ipc::app_info().await));
                    if let Ok(status) = ipc::connection_status().await {
                        state.dispatch(UiAction::DemoChanged(status.demo));
                    }
                });
            };
            refresh();
            let listener = ipc::listen(CONNECTION_CHANGED, refresh);
            move || drop(listener)
        });
    }
    use_effect_with(state.prefs, |&prefs| prefs::mark_document(prefs));

    let on_select = {
        let state = state.clone();
        Callback::from(move |section: Section| state.dispatch(UiAction::Select(section)))
    };
    let on_pref = {
        let state = state.clone();
        Callback::from(move |change: PrefChange| {
            *chose.borrow_mut() = true;
            prefs::cache_change(change);
            state.dispatch(UiAction::SetPref(change));
        })
    };

    let page = match state.section {
        Section::Timeline => html! { <Timeline /> },
        Section::Connections => html! { <Connections /> },
        Section::Settings => html! { <Settings app_info={state.app_info.clone()} {on_pref} /> },
    };

    html! {
        <ContextProvider<Prefs> context={state.prefs}>
            <div class="shell">
                <Nav current={state.section} demo={state.demo} {on_select} />
                <main class="page" id="page" data-section={state.section.id()}>{ page }</main>
            </div>
            <IdleDialog />
        </ContextProvider<Prefs>>
    }
}
