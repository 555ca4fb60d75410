//! A date field of our own: the chosen date written in the UI language, and a month calendar
//! that opens below it, with month names, weekday heads and the first weekday from the user's
//! preferences.
//!
//! Why not `<input type=date>`: WebKitGTK formats it in the system locale and ignores the page's
//! language, so a German UI on an English desktop showed "12/01/2026" and English months.
//!
//! The value crosses as ISO text (`YYYY-MM-DD`, or empty for none), as the forms it replaces
//! already spoke. Each day is a button (Tab reaches them); Escape closes the calendar.

use crate::i18n::{dates, t, use_lang, Key};
use crate::js_clock::today;
use crate::prefs::use_prefs;
use crate::state::calendar::{month_grid, weekdays};
use chrono::{Datelike, Months, NaiveDate};
use stint_model::iso;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DatePickerProps {
    /// The field's id; the calendar's parts are named after it (`<id>-calendar`, …).
    pub id: AttrValue,
    /// ISO date, or empty.
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
    /// Offers "Clear", for fields where no date is a choice.
    #[prop_or_default]
    pub clearable: bool,
    /// What the field says while empty.
    #[prop_or_default]
    pub placeholder: AttrValue,
}

#[component]
pub fn DatePicker(props: &DatePickerProps) -> Html {
    let lang = use_lang();
    let week_start = use_prefs().week_start;
    let value = iso::parse_date(&props.value);
    let open = use_state(|| false);
    let shown = use_state(|| value.unwrap_or_else(today).with_day(1).unwrap_or_default());
    let id = props.id.clone();

    // An opened calendar below the fold scrolls into view (its bottom edge to the window's).
    {
        let calendar_id = format!("{id}-calendar");
        use_effect_with(*open, move |&open| {
            let calendar = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&calendar_id));
            if let Some(calendar) = calendar.filter(|_| open) {
                let below = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .is_some_and(|height| calendar.get_bounding_client_rect().bottom() > height);
                if below {
                    calendar.scroll_into_view_with_bool(false);
                }
            }
        });
    }
    let toggle = {
        let (open, shown) = (open.clone(), shown.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open {
                shown.set(value.unwrap_or_else(today).with_day(1).unwrap_or_default());
            }
            open.set(!*open);
        })
    };
    let step = |months: i32| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if months < 0 {
                *shown - Months::new(months.unsigned_abs())
            } else {
                *shown + Months::new(months.unsigned_abs())
            };
            shown.set(next);
        })
    };
    let choose = |date: Option<NaiveDate>| {
        let (open, on_change) = (open.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            on_change.emit(date.map(iso::date).unwrap_or_default());
        })
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                open.set(false);
            }
        })
    };
    let text = value.map_or_else(
        || props.placeholder.to_string(),
        |d| dates::long_date(lang, d),
    );
    let calendar = open.then(|| {
        let month = *shown;
        let today = today();
        let days = month_grid(month, week_start).into_iter().map(|date| {
            let classes = classes!(
                "picker-day",
                (date.month() != month.month()).then_some("outside"),
                (Some(date) == value).then_some("chosen"),
                (date == today).then_some("today"),
            );
            html! {
                <button type="button" class={classes} data-date={iso::date(date)}
                    aria-label={dates::long_date(lang, date)} aria-pressed={(Some(date) == value).to_string()}
                    onclick={choose(Some(date))}>{ date.day() }</button>
            }
        });
        html! {
            <div class="picker-calendar card" id={format!("{id}-calendar")} role="dialog"
                aria-label={dates::month_year(lang, month)}>
                <div class="picker-head">
                    <button type="button" class="picker-prev" aria-label={t(lang, Key::PrevMonth)} onclick={step(-1)}>{ "‹" }</button>
                    <strong class="picker-month" id={format!("{id}-month")}>{ dates::month_year(lang, month) }</strong>
                    <button type="button" class="picker-next" aria-label={t(lang, Key::NextMonth)} onclick={step(1)}>{ "›" }</button>
                </div>
                <div class="picker-grid">
                    { for weekdays(week_start).into_iter().map(|d| html! {
                        <span class="picker-weekday">{ dates::weekday_short(lang, d) }</span>
                    }) }
                    { for days }
                </div>
                if props.clearable {
                    <button type="button" class="picker-clear" onclick={choose(None)}>{ t(lang, Key::Clear) }</button>
                }
            </div>
        }
    });
    html! {
        <span class="date-picker" {onkeydown}>
            <button type="button" class="date-field" id={id.clone()} data-value={props.value.clone()}
                aria-haspopup="dialog" aria-expanded={open.to_string()} disabled={props.disabled}
                onclick={toggle}>{ text }</button>
            { for calendar }
        </span>
    }
}
