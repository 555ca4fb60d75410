//! The time entry form, used to add an entry and, inline in its row, to edit one.
//!
//! Only one is on screen at a time (the add form hides while a row is edited), so the field
//! ids stay unique. Each field shows its own error from the backend next to it.

use crate::i18n::{error_text, t, use_lang, Key, Lang};
use crate::state::entries::{EntryDraft, FieldErrors};
use stint_model::IpcError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryFormProps {
    pub draft: EntryDraft,
    pub errors: FieldErrors,
    /// True for the inline edit of an existing entry (Save / Cancel instead of Add).
    pub editing: bool,
    pub on_edit: Callback<EntryDraft>,
    pub on_submit: Callback<()>,
    pub on_cancel: Callback<()>,
    /// Starts the ids of its fields (`<ids>-start`, …): `entry` in the day view's list, `block`
    /// in the time axis's form, so both can be on screen at once.
    #[prop_or(AttrValue::Static("entry"))]
    pub ids: AttrValue,
}

fn error(lang: Lang, err: &Option<IpcError>, id: String) -> Html {
    match err {
        Some(err) => {
            html! { <span class="field-error" {id}>{ error_text(lang, err) }</span> }
        }
        None => html! {},
    }
}

#[component]
pub fn EntryForm(props: &EntryFormProps) -> Html {
    let lang = use_lang();
    let edit = |apply: fn(&mut EntryDraft, String)| {
        let (on_edit, draft) = (props.on_edit.clone(), props.draft.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = draft.clone();
            apply(&mut next, input.value());
            on_edit.emit(next);
        })
    };
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(());
        })
    };
    let (d, errs) = (&props.draft, &props.errors);
    let id = |part: &str| format!("{}-{part}", props.ids);
    let field_class =
        |err: &Option<IpcError>| classes!("entry-field", err.is_some().then_some("invalid"));
    html! {
        <form class="entry-form" {onsubmit}>
            <label class={field_class(&errs.start)}>{ t(lang, Key::EntryStart) }
                <input id={id("start")} placeholder="09:00" inputmode="numeric" value={d.start.clone()}
                    oninput={edit(|d, v| d.start = v)} />
                { error(lang, &errs.start, id("start-error")) }
            </label>
            <label class={field_class(&errs.end)}>{ t(lang, Key::EntryEnd) }
                <input id={id("end")} placeholder="17:00" inputmode="numeric" value={d.end.clone()}
                    oninput={edit(|d, v| d.end = v)} />
                { error(lang, &errs.end, id("end-error")) }
            </label>
            <label class={field_class(&errs.minutes)}>{ t(lang, Key::OrDuration) }
                <input id={id("minutes")} placeholder="1:30" value={d.minutes.clone()}
                    oninput={edit(|d, v| d.minutes = v)} />
                { error(lang, &errs.minutes, id("minutes-error")) }
            </label>
            <label class="entry-field entry-note-field">{ t(lang, Key::Note) }
                <input id={id("note")} placeholder={t(lang, Key::NotePlaceholder)} value={d.note.clone()}
                    oninput={edit(|d, v| d.note = v)} />
            </label>
            if props.editing {
                <button type="submit" class="primary entry-save">{ t(lang, Key::Save) }</button>
                <button type="button" class="entry-cancel"
                    onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ t(lang, Key::Cancel) }</button>
            } else {
                <button type="submit" class="primary" id={id("add")}>{ t(lang, Key::AddEntry) }</button>
            }
            { error(lang, &errs.other, id("error")) }
        </form>
    }
}
