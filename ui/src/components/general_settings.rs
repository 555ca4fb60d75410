//! Holiday region and sync interval.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

const REGIONS: [(&str, &str); 18] = [
    ("none", "No public holidays"),
    ("DE", "Germany (nationwide only)"),
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

const INTERVALS: [(&str, &str); 5] = [
    ("off", "Off"),
    ("15m", "Every 15 minutes"),
    ("1h", "Every hour"),
    ("4h", "Every 4 hours"),
    ("daily", "Daily"),
];

#[derive(Properties, PartialEq)]
pub struct GeneralSettingsProps {
    pub holiday_region: String,
    pub sync_interval: String,
    /// (key, value) of a changed setting.
    pub on_change: Callback<(&'static str, String)>,
}

fn select(
    id: &'static str,
    key: &'static str,
    current: &str,
    options: &[(&'static str, &'static str)],
    on_change: &Callback<(&'static str, String)>,
) -> Html {
    let on_change = on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit((key, select.value()));
    });
    html! {
        <select {id} {onchange}>
            { for options.iter().map(|(value, label)| html! {
                <option value={*value} selected={*value == current}>{ *label }</option>
            }) }
        </select>
    }
}

#[component]
pub fn GeneralSettings(props: &GeneralSettingsProps) -> Html {
    html! {
        <section class="card" id="general-settings">
            <h2>{ "General" }</h2>
            <label class="setting-row">
                <span>{ "Public holidays" }</span>
                { select("holiday-region", "holiday_region", &props.holiday_region, &REGIONS, &props.on_change) }
            </label>
            <label class="setting-row">
                <span>{ "Sync with Personio" }</span>
                { select("sync-interval", "sync_interval", &props.sync_interval, &INTERVALS, &props.on_change) }
            </label>
        </section>
    }
}
