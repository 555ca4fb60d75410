//! The "Try with demo data" offer shown while nothing is connected.

use crate::i18n::{t, use_lang, Key};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DemoOfferProps {
    pub busy: bool,
    pub on_try: Callback<()>,
}

#[component]
pub fn DemoOffer(props: &DemoOfferProps) -> Html {
    let lang = use_lang();
    let onclick = props.on_try.reform(|_: MouseEvent| ());
    html! {
        <section class="card demo-offer" id="demo-offer">
            <h2>{ t(lang, Key::NewToStint) }</h2>
            <p>{ t(lang, Key::DemoIntro) }</p>
            <button class="primary" id="try-demo" {onclick} disabled={props.busy}>
                { t(lang, Key::TryDemo) }
            </button>
        </section>
    }
}
