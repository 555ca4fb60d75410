//! The Timeline section: target, tracked and balance hours by day, week or month.
//!
//! The page owns the [`TimelineState`] reducer and its side effects: it reads "today" from the
//! JS clock once at mount, fetches the shown range whenever it (or the data behind it) changes,
//! reloads it, the balances and the offline banner on the backend's `connection-changed` and
//! `tracking-changed`, and maps ←, → and `t` to navigation while the
//! page is mounted and no text field has the focus.

use crate::components::category_legend::CategoryLegend;
use crate::components::data_style::use_data_styles;
use crate::components::day_detail::DayDetail;
use crate::components::export_menu::ExportMenu;
use crate::components::month_grid::MonthGrid;
use crate::components::offer_week::OfferWeek;
use crate::components::offline_banner::OfflineBanner;
use crate::components::running_balance::RunningBalance;
use crate::components::time_axis::TimeAxis;
use crate::components::timeline_toolbar::TimelineToolbar;
use crate::components::timeline_totals::TimelineTotals;
use crate::components::timer_bar::TimerBar;
use crate::components::vacation_balances::VacationBalances;
use crate::i18n::{error_text, t, use_lang, Key};
use crate::ipc;
use crate::js_clock::today;
use crate::state::calendar::View;
use crate::state::recording::offered_week;
use crate::state::timeline::{balance_so_far, key_action, TimelineAction, TimelineState};
use crate::state::Remote;
use chrono::NaiveDate;
use stint_model::ipc::events::{CONNECTION_CHANGED, TRACKING_CHANGED};
use stint_model::{iso, Balances, ConnectionState, ConnectionStatus};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Keys typed into a form field belong to the field, not to the calendar.
fn typing_in_a_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// Listens for the page's shortcuts on the document; the returned guard removes the listener.
fn listen_keys(on_action: Callback<TimelineAction>) -> impl FnOnce() {
    let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || typing_in_a_field(&event) {
            return;
        }
        if let Some(action) = key_action(&event.key()) {
            event.prevent_default();
            on_action.emit(action);
        }
    });
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(document) = &document {
        let _ =
            document.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
    }
    move || {
        if let Some(document) = document {
            let _ = document
                .remove_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
        }
        drop(handler);
    }
}

/// The performance mark the app benchmark (tests/e2e/benches/app/main.rs) ends start-up with.
const DRAWN_MARK: &str = "stint-timeline-drawn";

/// Sets [`DRAWN_MARK`] once per page load, two animation frames after the Timeline first showed
/// its data, i.e. after the frame with that data was painted.
fn mark_drawn_after_paint() {
    let second = Closure::once_into_js(|| {
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = performance.filter(|p| p.get_entries_by_name(DRAWN_MARK).length() == 0) {
            let _ = p.mark(DRAWN_MARK);
        }
    });
    let first = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(second.unchecked_ref());
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(first.unchecked_ref());
    }
}

#[component]
pub fn Timeline() -> Html {
    let lang = use_lang();
    // The day bars and balance cards below draw their widths through `data-style`.
    use_data_styles();
    let week_start = crate::prefs::use_prefs().week_start;
    let state = use_reducer(|| TimelineState::new(today(), week_start));
    let (from, to) = state.range();

    {
        let dispatcher = state.dispatcher();
        use_effect_with((from, to, state.generation), move |&(from, to, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::timeline::timeline(from, to).await;
                dispatcher.dispatch(TimelineAction::Loaded {
                    range: (from, to),
                    result,
                });
            });
        });
    }

    use_effect_with(matches!(state.timeline, Remote::Ready(_)), |&ready| {
        if ready {
            mark_drawn_after_paint();
        }
    });

    // Balances and the connection state reload with the range's data (the same generation),
    // so `connection-changed` and `tracking-changed` refresh them too. A failure hides them:
    // the timeline's own error banner already says what went wrong.
    let balances = use_state(|| None::<Balances>);
    let status = use_state(|| None::<ConnectionStatus>);
    {
        let (balances, status) = (balances.clone(), status.clone());
        use_effect_with(state.generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                balances.set(ipc::timeline::balances().await.ok());
                status.set(ipc::connection_status().await.ok());
            });
        });
    }

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = {
                let dispatcher = dispatcher.clone();
                ipc::listen(CONNECTION_CHANGED, move || {
                    dispatcher.dispatch(TimelineAction::Reload)
                })
            };
            let tracking = {
                let dispatcher = dispatcher.clone();
                ipc::listen(TRACKING_CHANGED, move || {
                    dispatcher.dispatch(TimelineAction::Reload)
                })
            };
            let unlisten_keys = listen_keys(Callback::from(move |a| dispatcher.dispatch(a)));
            move || {
                drop(listener);
                drop(tracking);
                unlisten_keys();
            }
        });
    }

    let send = |action: fn() -> TimelineAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action()))
    };
    let on_view = {
        let dispatcher = state.dispatcher();
        Callback::from(move |view: View| dispatcher.dispatch(TimelineAction::ShowView(view)))
    };
    let on_open = {
        let dispatcher = state.dispatcher();
        Callback::from(move |date: NaiveDate| dispatcher.dispatch(TimelineAction::OpenDay(date)))
    };

    let recording = status.as_ref().is_some_and(|s| s.recording.on);
    let body = match &state.timeline {
        Remote::Loading => {
            html! { <p class="muted" id="timeline-loading">{ t(lang, Key::Loading) }</p> }
        }
        Remote::Failed(err) => html! {
            <div class="banner error" id="timeline-error" role="alert">{ error_text(lang, err) }</div>
        },
        Remote::Ready(timeline) => {
            // While the next range loads, the days shown are drawn as they were loaded.
            let (view, anchor) = state.shown;
            let days = timeline.days.clone();
            // Entries are tracked in the day and week views: there the week can be offered.
            let offer = (recording && view != View::Month).then(|| {
                let week = iso::date(offered_week(anchor).0);
                html! { <OfferWeek key={week} date={anchor} /> }
            });
            let view = match view {
                View::Month => html! {
                    <MonthGrid {anchor} {days} today={state.today} {on_open}
                        balance_start={balances.as_ref().map(|b| b.running_since)} />
                },
                View::Week => html! {
                    <div id="timeline-week">
                        <TimeAxis {days} today={Some(state.today)} generation={state.generation}
                            on_open={Some(on_open)} />
                    </div>
                },
                View::Day => html! {
                    <>{ for days.into_iter().map(|plan| {
                        let today = plan.date == state.today;
                        let future = !plan.due;
                        html! { <DayDetail {plan} {today} {future} generation={state.generation} {recording} /> }
                    }) }</>
                },
            };
            html! {
                <>
                    <TimelineTotals totals={timeline.totals}
                        so_far={balance_so_far(timeline)} />
                    { view }
                    { for offer }
                </>
            }
        }
    };

    html! {
        <>
            <h1>{ t(lang, Key::NavTimeline) }</h1>
            if let Some(status) = status.as_ref().filter(|s| s.state == ConnectionState::Offline) {
                <OfflineBanner last_success_at={status.last_success_at} />
            }
            <TimerBar />
            // One row of cards, its height kept while they load: the toolbar below never jumps
            // under a click.
            <div class="balances">
                if let Some(balances) = balances.as_ref() {
                    <RunningBalance since={balances.running_since} minutes={balances.running_minutes}
                        carry_over={balances.carry_over_minutes} />
                    <VacationBalances balances={balances.types.clone()} />
                }
            </div>
            <TimelineToolbar view={state.view} label={state.label(lang)} {on_view}
                on_prev={send(|| TimelineAction::Prev)}
                on_today={send(|| TimelineAction::Today)}
                on_next={send(|| TimelineAction::Next)} />
            <div class={classes!("timeline", format!("view-{}", state.shown.0.id()),
                    state.loading.then_some("stale"))} id="timeline" aria-busy={state.loading.to_string()}>
                { body }
            </div>
            <CategoryLegend />
            <ExportMenu month={state.shown.1} />
        </>
    }
}
