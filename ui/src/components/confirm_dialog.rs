//! A modal question with a confirm and a cancel button.

use crate::i18n::{t, use_lang, Key};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub text: AttrValue,
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let lang = use_lang();
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div class="backdrop">
            <div class="dialog" role="dialog" aria-modal="true" id={props.id.clone()}>
                <h2>{ &props.title }</h2>
                <p>{ &props.text }</p>
                <div class="actions">
                    <button class="danger" id={format!("{}-confirm", props.id)} onclick={confirm}>{ &props.confirm_label }</button>
                    <button id={format!("{}-cancel", props.id)} onclick={cancel}>{ t(lang, Key::Cancel) }</button>
                </div>
            </div>
        </div>
    }
}
