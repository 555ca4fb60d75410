//! The day view's working-time warnings: one line per warning in the user's language, each
//! citing its paragraph of the ArbZG. Time tracked as a duration only is listed as a note
//! (`li.warning.info`), not as a broken rule.
//!
//! `#day-warnings` holds one `li.warning[data-code]` per warning, the code as the model writes
//! it (`break_short`, …), so a test finds a warning without reading its sentence.

use crate::i18n::{is_info, t, use_lang, warning_text, Key};
use stint_model::{WarningCode, WorkingTimeWarning};
use yew::prelude::*;

/// The code as `stint_model` serializes it: the `data-code` of a listed warning.
pub fn code_name(code: WarningCode) -> &'static str {
    match code {
        WarningCode::BreakShort => "break_short",
        WarningCode::Over6hWithoutBreak => "over_6h_without_break",
        WarningCode::Over10h => "over_10h",
        WarningCode::RestShort => "rest_short",
        WarningCode::BreaksUnchecked => "breaks_unchecked",
    }
}

#[derive(Properties, PartialEq)]
pub struct WarningListProps {
    pub warnings: Vec<WorkingTimeWarning>,
}

/// Nothing on a day without warnings.
#[component]
pub fn WarningList(props: &WarningListProps) -> Html {
    let lang = use_lang();
    if props.warnings.is_empty() {
        return Html::default();
    }
    let row = |w: &WorkingTimeWarning| {
        html! {
            <li class={classes!("warning", is_info(w.code).then_some("info"))} data-code={code_name(w.code)}>
                { warning_text(lang, w) }
            </li>
        }
    };
    html! {
        <section class="card day-warnings">
            <h2>{ t(lang, Key::WorkingTime) }</h2>
            <ul class="warning-list" id="day-warnings">{ for props.warnings.iter().map(row) }</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{value, IntoDeserializer};
    use serde::Deserialize;

    #[test]
    fn data_codes_are_the_models_own_spelling() {
        for code in [
            WarningCode::BreakShort,
            WarningCode::Over6hWithoutBreak,
            WarningCode::Over10h,
            WarningCode::RestShort,
            WarningCode::BreaksUnchecked,
        ] {
            let name = code_name(code);
            let read =
                WarningCode::deserialize(IntoDeserializer::<value::Error>::into_deserializer(name));
            assert_eq!(
                read,
                Ok(code),
                "`{name}` reads back as {code:?}, so data-code matches the IPC JSON"
            );
        }
    }
}
