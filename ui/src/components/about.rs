//! The About panel: version and data directory, as reported by the backend over IPC.

use crate::i18n::{error_text, t, use_lang, Key};
use crate::state::Remote;
use stint_model::AppInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub info: Remote<AppInfo>,
}

#[component]
pub fn About(props: &AboutProps) -> Html {
    let lang = use_lang();
    let body = match &props.info {
        Remote::Loading => html! { <p class="muted">{ t(lang, Key::Loading) }</p> },
        Remote::Failed(err) => {
            html! { <p class="error" id="about-error">{ error_text(lang, err) }</p> }
        }
        Remote::Ready(info) => html! {
            <dl class="facts">
                <dt>{ t(lang, Key::Version) }</dt>
                <dd id="about-version">{ &info.version }</dd>
                <dt>{ t(lang, Key::DataFolder) }</dt>
                <dd id="about-data-dir"><code>{ &info.data_dir }</code></dd>
                <dt>{ t(lang, Key::System) }</dt>
                <dd>{ &info.os }</dd>
            </dl>
        },
    };
    html! {
        <section class="card" id="about">
            <h2>{ t(lang, Key::AboutStint) }</h2>
            <p>{ t(lang, Key::AboutTagline) }</p>
            { body }
        </section>
    }
}
