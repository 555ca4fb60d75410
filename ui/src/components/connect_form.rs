//! The Personio connect form: client id, secret (masked), email, and an advanced API address.

use crate::i18n::{error_text, t, use_lang, Key};
use crate::state::connections::{Busy, ConnectForm, ConnectionsState, Field};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConnectFormProps {
    pub state: ConnectionsState,
    pub on_edit: Callback<(Field, String)>,
    pub on_submit: Callback<()>,
}

#[component]
pub fn ConnectFormView(props: &ConnectFormProps) -> Html {
    let lang = use_lang();
    let ConnectForm {
        client_id,
        client_secret,
        email,
        base_url,
    } = &props.state.form;
    let connecting = props.state.busy == Some(Busy::Connecting);
    let field = |field: Field, label: Key, kind: &str, value: &str, hint: Key| {
        let (label, hint) = (t(lang, label), t(lang, hint));
        let on_edit = props.on_edit.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((field, input.value()));
        });
        let id = format!("field-{}", field.wire_name());
        let error = props.state.field_error(field);
        html! {
            <div class={classes!("field", error.map(|_| "invalid"))}>
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} type={kind.to_owned()} value={value.to_owned()} {oninput}
                    disabled={connecting} autocomplete="off" spellcheck="false"
                    aria-invalid={error.map(|_| "true")} />
                { match error {
                    Some(err) => html! { <p class="field-error" id={format!("{id}-error")}>{ error_text(lang, err) }</p> },
                    None => html! { <p class="hint">{ hint }</p> },
                } }
            </div>
        }
    };
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(());
        })
    };
    html! {
        <form class="card connect-form" id="connect-form" {onsubmit}>
            <h2>{ t(lang, Key::ConnectPersonio) }</h2>
            <p class="muted">
                { t(lang, Key::ConnectIntro) }
            </p>
            { field(Field::ClientId, Key::ClientId, "text", client_id, Key::ClientIdHint) }
            { field(Field::ClientSecret, Key::ClientSecret, "password", client_secret,
                Key::ClientSecretHint) }
            { field(Field::Email, Key::Email, "email", email, Key::EmailHint) }
            <details class="advanced">
                <summary>{ t(lang, Key::Advanced) }</summary>
                { field(Field::BaseUrl, Key::ApiAddress, "url", base_url, Key::ApiAddressHint) }
            </details>
            <button type="submit" class="primary" id="connect-button" disabled={connecting}>
                { t(lang, if connecting { Key::Connecting } else { Key::Connect }) }
            </button>
        </form>
    }
}
