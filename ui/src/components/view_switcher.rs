//! Day / Week / Month: one button per [`View`], the current one pressed.

use crate::i18n::{t, use_lang, Key};
use crate::state::calendar::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewSwitcherProps {
    pub current: View,
    pub on_select: Callback<View>,
}

#[component]
pub fn ViewSwitcher(props: &ViewSwitcherProps) -> Html {
    let lang = use_lang();
    let buttons = View::ALL.iter().map(|&view| {
        let current = view == props.current;
        let onclick = props.on_select.reform(move |_: MouseEvent| view);
        html! {
            <button id={format!("timeline-view-{}", view.id())}
                class={classes!("segment", current.then_some("current"))}
                aria-pressed={if current { "true" } else { "false" }} {onclick}>
                { t(lang, view.label()) }
            </button>
        }
    });
    html! { <div class="segmented" role="group" aria-label={t(lang, Key::ViewLabel)}>{ for buttons }</div> }
}
