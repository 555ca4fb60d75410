//! The section navigation: one button per [`Section`], the current one marked.

use crate::i18n::{t, use_lang, Key};
use crate::state::Section;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub current: Section,
    /// Shows the "Demo data" label under the app name.
    pub demo: bool,
    pub on_select: Callback<Section>,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = use_lang();
    let items = Section::ALL.iter().map(|&section| {
        let current = section == props.current;
        let onclick = props.on_select.reform(move |_: MouseEvent| section);
        html! {
            <li>
                <button
                    id={format!("nav-{}", section.id())}
                    class={classes!("nav-item", current.then_some("current"))}
                    aria-current={current.then_some("page")}
                    {onclick}
                >{ t(lang, section.label()) }</button>
            </li>
        }
    });
    html! {
        <nav class="nav" aria-label={t(lang, Key::NavLabel)}>
            <div class="brand">{ "Stint" }</div>
            if props.demo { <div class="badge demo nav-demo" id="demo-label">{ t(lang, Key::DemoData) }</div> }
            <ul>{ for items }</ul>
        </nav>
    }
}
