//! "Export" under the Timeline: the shown month's timesheet as PDF or CSV, or the absences of
//! its year as a calendar file (.ics), saved where the user chooses. Says where it was saved,
//! or why not; a cancelled dialog says nothing.

use crate::i18n::{error_text, t, use_lang, Key};
use crate::ipc;
use chrono::NaiveDate;
use stint_model::ExportKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// A date in the month to export.
    pub month: NaiveDate,
}

/// How the last export went.
#[derive(Clone, PartialEq)]
enum Outcome {
    Busy,
    Saved(String),
    Failed(stint_model::IpcError),
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let lang = use_lang();
    let outcome = use_state(|| None::<Outcome>);
    let busy = *outcome == Some(Outcome::Busy);
    let button = |kind: ExportKind, id: &'static str, label: Key| {
        let (outcome, month) = (outcome.clone(), props.month);
        let onclick = Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            outcome.set(Some(Outcome::Busy));
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(match ipc::timeline::export_file(kind, month).await {
                    Ok(Some(path)) => Some(Outcome::Saved(path)),
                    Ok(None) => None,
                    Err(err) => Some(Outcome::Failed(err)),
                });
            });
        });
        html! { <button type="button" {id} {onclick} disabled={busy}>{ t(lang, label) }</button> }
    };
    html! {
        <div class="export-menu" id="export">
            <span class="muted">{ t(lang, Key::Export) }</span>
            { button(ExportKind::TimesheetPdf, "export-pdf", Key::TimesheetPdf) }
            { button(ExportKind::TimesheetCsv, "export-csv", Key::TimesheetCsv) }
            { button(ExportKind::AbsencesIcs, "export-ics", Key::AbsencesIcs) }
            { match &*outcome {
                Some(Outcome::Saved(path)) => html! {
                    <span class="saved" id="export-saved" role="status">{ format!("{} {path}", t(lang, Key::SavedTo)) }</span>
                },
                Some(Outcome::Failed(err)) => html! {
                    <span class="error" id="export-error" role="alert">{ error_text(lang, err) }</span>
                },
                _ => Html::default(),
            } }
        </div>
    }
}
