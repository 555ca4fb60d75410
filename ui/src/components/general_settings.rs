//! The general settings: language, theme and week start (display preferences, kept in the data
//! folder and cached by the webview, see [`crate::prefs`]), holiday region, sync interval and working-time checks, and
//! where the running balance starts with what carry-over (backend settings, since they change
//! figures and warnings).
//!
//! Backend settings go out as `(key, text)` through one callback and are validated by the
//! core; a refused value stays in its field with the message below it, so nothing typed is lost.

use super::date_picker::DatePicker;
use crate::i18n::{dates, t, Key, Lang};
use crate::prefs::{use_prefs, PrefChange, Theme, WEEK_STARTS};
use chrono::{NaiveDate, Weekday};
use stint_model::{iso, GermanState, HolidayRegion, SyncInterval, WorkingTimeChecks};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A German state by its own (German) name; only "none" and "Germany" need translating.
fn state_name(state: GermanState) -> &'static str {
    match state {
        GermanState::BadenWuerttemberg => "Baden-Württemberg",
        GermanState::Bayern => "Bayern",
        GermanState::Berlin => "Berlin",
        GermanState::Brandenburg => "Brandenburg",
        GermanState::Bremen => "Bremen",
        GermanState::Hamburg => "Hamburg",
        GermanState::Hessen => "Hessen",
        GermanState::MecklenburgVorpommern => "Mecklenburg-Vorpommern",
        GermanState::Niedersachsen => "Niedersachsen",
        GermanState::NordrheinWestfalen => "Nordrhein-Westfalen",
        GermanState::RheinlandPfalz => "Rheinland-Pfalz",
        GermanState::Saarland => "Saarland",
        GermanState::Sachsen => "Sachsen",
        GermanState::SachsenAnhalt => "Sachsen-Anhalt",
        GermanState::SchleswigHolstein => "Schleswig-Holstein",
        GermanState::Thueringen => "Thüringen",
    }
}

fn interval_label(interval: SyncInterval) -> Key {
    match interval {
        SyncInterval::Off => Key::IntervalOff,
        SyncInterval::Minutes15 => Key::Every15Minutes,
        SyncInterval::Hour1 => Key::EveryHour,
        SyncInterval::Hours4 => Key::Every4Hours,
        SyncInterval::Daily => Key::Daily,
    }
}

/// Every holiday region as (code, label), codes written by the model.
fn regions(lang: Lang) -> Vec<(String, &'static str)> {
    [
        (HolidayRegion::None, t(lang, Key::NoPublicHolidays)),
        (HolidayRegion::Germany, t(lang, Key::GermanyNationwide)),
    ]
    .into_iter()
    .chain(
        GermanState::ALL
            .iter()
            .map(|(_, state)| (HolidayRegion::GermanState(*state), state_name(*state))),
    )
    .map(|(region, label)| (region.code(), label))
    .collect()
}

/// The working-time rules to check against, as (value, label), values written by the model.
fn checks(lang: Lang) -> Vec<(String, &'static str)> {
    let label = |checks| match checks {
        WorkingTimeChecks::GermanLaw => Key::ChecksGermanLaw,
        WorkingTimeChecks::Off => Key::ChecksOff,
    };
    [WorkingTimeChecks::GermanLaw, WorkingTimeChecks::Off]
        .into_iter()
        .map(|c| (c.as_str().to_owned(), t(lang, label(c))))
        .collect()
}

fn theme_label(theme: Theme) -> Key {
    match theme {
        Theme::System => Key::ThemeSystem,
        Theme::Light => Key::ThemeLight,
        Theme::Dark => Key::ThemeDark,
    }
}

#[derive(Properties, PartialEq)]
pub struct GeneralSettingsProps {
    pub holiday_region: String,
    pub sync_interval: String,
    /// `de` or `off`.
    pub working_time_checks: String,
    pub balance_start: Option<NaiveDate>,
    /// As typed, or as the core has it (`-3:30`).
    pub carry_over: String,
    pub on_carry_over_input: Callback<String>,
    /// The core's message for a refused value, shown in this card.
    pub error: Option<String>,
    /// (key, value) of a changed backend setting.
    pub on_change: Callback<(&'static str, String)>,
    pub on_pref: Callback<PrefChange>,
}

fn options(options: &[(String, &'static str)], current: &str) -> Html {
    html! {
        { for options.iter().map(|(value, label)| html! {
            <option value={value.clone()} selected={value == current}>{ *label }</option>
        }) }
    }
}

/// A `<select>` whose choice goes through `emit` as its value.
fn select(
    id: &'static str,
    current: &str,
    choices: &[(String, &'static str)],
    emit: impl Fn(String) + 'static,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        emit(select.value());
    });
    html! { <select {id} {onchange}>{ options(choices, current) }</select> }
}

fn owned(
    choices: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> Vec<(String, &'static str)> {
    choices
        .into_iter()
        .map(|(v, l)| (v.to_owned(), l))
        .collect()
}

/// Sends backend setting `key` with the select's value.
fn setting(on_change: &Callback<(&'static str, String)>, key: &'static str) -> impl Fn(String) {
    let on_change = on_change.clone();
    move |value| on_change.emit((key, value))
}

/// Sends a display preference parsed from the select's value (ignoring anything unknown).
fn pref<T>(
    on_pref: &Callback<PrefChange>,
    parse: impl Fn(&str) -> Option<T> + 'static,
    change: fn(T) -> PrefChange,
) -> impl Fn(String) {
    let on_pref = on_pref.clone();
    move |value| {
        if let Some(v) = parse(&value) {
            on_pref.emit(change(v));
        }
    }
}

#[component]
pub fn GeneralSettings(props: &GeneralSettingsProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let languages = owned(Lang::ALL.iter().map(|l| (l.code(), l.native_name())));
    let themes = owned(
        Theme::ALL
            .iter()
            .map(|th| (th.code(), t(lang, theme_label(*th)))),
    );
    let week_starts: Vec<(String, &'static str)> = WEEK_STARTS
        .iter()
        .map(|d| (d.to_string(), dates::weekday_long(lang, *d)))
        .collect();
    let intervals = owned(
        SyncInterval::ALL
            .iter()
            .map(|i| (i.as_str(), t(lang, interval_label(*i)))),
    );
    let on_text = |key: &'static str, empty: &'static str| {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            let value = if value.trim().is_empty() {
                empty.to_owned()
            } else {
                value
            };
            on_change.emit((key, value));
        })
    };
    let on_carry_over_input = {
        let emit = props.on_carry_over_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            emit.emit(input.value());
        })
    };
    let balance_start = props.balance_start.map(iso::date).unwrap_or_default();
    html! {
        <section class="card" id="general-settings">
            <h2>{ t(lang, Key::General) }</h2>
            <label class="setting-row">
                <span>{ t(lang, Key::Language) }</span>
                { select("language", lang.code(), &languages, pref(&props.on_pref, Lang::from_code, PrefChange::Lang)) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::Theme) }</span>
                { select("theme", prefs.theme.code(), &themes, pref(&props.on_pref, Theme::from_code, PrefChange::Theme)) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::WeekStartsOn) }</span>
                { select("week-start", &prefs.week_start.to_string(), &week_starts,
                    pref(&props.on_pref, |v: &str| v.parse::<Weekday>().ok(), PrefChange::WeekStart)) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::PublicHolidays) }</span>
                { select("holiday-region", &props.holiday_region, &regions(lang), setting(&props.on_change, "holiday_region")) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::SyncWithPersonio) }</span>
                { select("sync-interval", &props.sync_interval, &intervals, setting(&props.on_change, "sync_interval")) }
            </label>
            <label class="setting-row">
                <span>{ t(lang, Key::WorkingTimeChecks) }</span>
                { select("working-time-checks", &props.working_time_checks, &checks(lang),
                    setting(&props.on_change, "working_time_checks")) }
                <small class="muted">{ t(lang, Key::WorkingTimeChecksHint) }</small>
            </label>
            <h3>{ t(lang, Key::RunningBalanceHeading) }</h3>
            // A div, not a label: a label would pass its click on to the picker's button and
            // close the calendar it just opened.
            <div class="setting-row">
                <span id="balance-start-label">{ t(lang, Key::BalanceStart) }</span>
                <DatePicker id="balance-start" value={balance_start} clearable=true
                    placeholder={t(lang, Key::BalanceStartDefault)}
                    on_change={ let on_change = props.on_change.clone();
                        Callback::from(move |v: String| on_change.emit(("balance_start", if v.is_empty() { "year".to_owned() } else { v }))) } />
                <small class="muted">{ t(lang, Key::BalanceStartHint) }</small>
            </div>
            <label class="setting-row">
                <span>{ t(lang, Key::CarryOver) }</span>
                <input type="text" id="carry-over" inputmode="decimal" size="8"
                    value={props.carry_over.clone()} oninput={on_carry_over_input}
                    onchange={on_text("carry_over", "0")} />
                <small class="muted">{ t(lang, Key::CarryOverHint) }</small>
            </label>
            if let Some(error) = &props.error {
                <p class="error" id="general-error" role="alert">{ error }</p>
            }
        </section>
    }
}
