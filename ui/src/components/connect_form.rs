//! The Personio connect form: client id, secret (masked), email, and an advanced API address.

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
    let ConnectForm {
        client_id,
        client_secret,
        email,
        base_url,
    } = &props.state.form;
    let connecting = props.state.busy == Some(Busy::Connecting);
    let field = |field: Field, label: &str, kind: &str, value: &str, hint: &str| {
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
                    Some(msg) => html! { <p class="field-error" id={format!("{id}-error")}>{ msg }</p> },
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
            <h2>{ "Connect Personio" }</h2>
            <p class="muted">
                { "Create an API credential in Personio (Settings → Integrations → API credentials) \
                   with read access to employees (incl. work schedule) and absences." }
            </p>
            { field(Field::ClientId, "Client id", "text", client_id, "From the API credential.") }
            { field(Field::ClientSecret, "Client secret", "password", client_secret,
                "Stored only in your system keyring.") }
            { field(Field::Email, "Your email in Personio", "email", email,
                "Used to find your employee record.") }
            <details class="advanced">
                <summary>{ "Advanced" }</summary>
                { field(Field::BaseUrl, "API address", "url", base_url,
                    "Leave empty for Personio. For the Stint sandbox: http://127.0.0.1:PORT") }
            </details>
            <button type="submit" class="primary" id="connect-button" disabled={connecting}>
                { if connecting { "Connecting…" } else { "Connect" } }
            </button>
        </form>
    }
}
