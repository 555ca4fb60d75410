//! The Timeline's toolbar: the range heading, previous / today / next and the view switcher.
//! The arrow keys and `t` do the same (see the page); the titles say so.

use super::view_switcher::ViewSwitcher;
use crate::i18n::{t, use_lang, Key};
use crate::state::calendar::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineToolbarProps {
    pub view: View,
    /// What is shown, e.g. "June 2026".
    pub label: String,
    pub on_view: Callback<View>,
    pub on_prev: Callback<()>,
    pub on_today: Callback<()>,
    pub on_next: Callback<()>,
}

#[component]
pub fn TimelineToolbar(props: &TimelineToolbarProps) -> Html {
    let lang = use_lang();
    let (prev, next) = props.view.step_labels();
    let (prev, next) = (t(lang, prev), t(lang, next));
    html! {
        <div class="timeline-toolbar">
            <div class="stepper">
                <button id="timeline-prev" onclick={props.on_prev.reform(|_: MouseEvent| ())}
                    title={format!("{prev} (←)")} aria-label={prev}>{ "‹" }</button>
                <button id="timeline-today" onclick={props.on_today.reform(|_: MouseEvent| ())}
                    title={t(lang, Key::TodayTitle)}>{ t(lang, Key::Today) }</button>
                <button id="timeline-next" onclick={props.on_next.reform(|_: MouseEvent| ())}
                    title={format!("{next} (→)")} aria-label={next}>{ "›" }</button>
            </div>
            <h2 id="timeline-range" aria-live="polite">{ &props.label }</h2>
            <ViewSwitcher current={props.view} on_select={props.on_view.clone()} />
        </div>
    }
}
