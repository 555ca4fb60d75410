//! Holiday region, sync interval and the UI language.
//!
//! The language is not a backend setting: it lives in the webview's `localStorage` (see
//! [`crate::i18n`]), so it has its own callback instead of going through `set_setting`.

use crate::i18n::{t, use_lang, Key, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The German states by their own (German) names; only the first two options need translating.
const STATES: [(&str, &str); 16] = [
    ("DE-BW", "Baden-Württemberg"),
    ("DE-BY", "Bayern"),
    ("DE-BE", "Berlin"),
    ("DE-BB", "Brandenburg"),
    ("DE-HB", "Bremen"),
    ("DE-HH", "Hamburg"),
    ("DE-HE", "Hessen"),
    ("DE-MV", "Mecklenburg-Vorpommern"),
    ("DE-NI", "Niedersachsen"),
    ("DE-NW", "Nordrhein-Westfalen"),
    ("DE-RP", "Rheinland-Pfalz"),
    ("DE-SL", "Saarland"),
    ("DE-SN", "Sachsen"),
    ("DE-ST", "Sachsen-Anhalt"),
    ("DE-SH", "Schleswig-Holstein"),
    ("DE-TH", "Thüringen"),
];

const INTERVALS: [(&str, Key); 5] = [
    ("off", Key::IntervalOff),
    ("15m", Key::Every15Minutes),
    ("1h", Key::EveryHour),
    ("4h", Key::Every4Hours),
    ("daily", Key::Daily),
];

fn regions(lang: Lang) -> Vec<(&'static str, &'static str)> {
    [
        ("none", t(lang, Key::NoPublicHolidays)),
        ("DE", t(lang, Key::GermanyNationwide)),
    ]
    .into_iter()
    .chain(STATES)
    .collect()
}

#[derive(Properties, PartialEq)]
pub struct GeneralSettingsProps {
    pub holiday_region: String,
    pub sync_interval: String,
    /// (key, value) of a changed setting.
    pub on_change: Callback<(&'static str, String)>,
    pub on_lang: Callback<Lang>,
}

fn options(options: &[(&'static str, &'static str)], current: &str) -> Html {
    html! {
        { for options.iter().map(|(value, label)| html! {
            <option value={*value} selected={*value == current}>{ *label }</option>
        }) }
    }
}

fn select(
    id: &'static str,
    key: &'static str,
    current: &str,
    choices: &[(&'static str, &'static str)],
    on_change: &Callback<(&'static str, String)>,
) -> Html {
    let on_change = on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit((key, select.value()));
    });
    html! { <select {id} {onchange}>{ options(choices, current) }</select> }
}

#[component]
pub fn GeneralSettings(props: &GeneralSettingsProps) -> Html {
    let lang = use_lang();
    let intervals: Vec<_> = INTERVALS.iter().map(|(v, k)| (*v, t(lang, *k))).collect();
    let languages: Vec<_> = Lang::ALL
        .iter()
        .map(|l| (l.code(), l.native_name()))
        .collect();
    let on_lang = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_code(&select.value()) {
                on_lang.emit(lang);
            }
        })
    };
    html! {
        <section class="card" id="general-settings">
            <h2>{ t(lang, Key::General) }</h2>
            <label class="setting-row">
                <span>{ t(lang, Key::Language) }</span>
                <select id="language" onchange={on_lang}>{ options(&languages, lang.code()) }</select>
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::PublicHolidays) }</span>
                { select("holiday-region", "holiday_region", &props.holiday_region, &regions(lang), &props.on_change) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::SyncWithPersonio) }</span>
                { select("sync-interval", "sync_interval", &props.sync_interval, &intervals, &props.on_change) }
            </label>
        </section>
    }
}
