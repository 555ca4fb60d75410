//! The webview's clock and timers, in one place: the local date and minute of the day (the
//! model crate has no clock on purpose; the backend's "today" comes with its answers), and an
//! interval that is cleared when its guard runs.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The local date and minute of the day, from the JS clock.
pub fn now() -> (NaiveDate, u32) {
    let d = js_sys::Date::new_0();
    let date = i32::try_from(d.get_full_year())
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, d.get_month() + 1, d.get_date()))
        .unwrap_or_default();
    (date, d.get_hours() * 60 + d.get_minutes())
}

/// The local date, from the JS clock.
pub fn today() -> NaiveDate {
    now().0
}

/// Calls `on_tick` every `ms` milliseconds; the returned cleanup clears the interval.
pub fn every(ms: i32, on_tick: impl Fn() + 'static) -> impl FnOnce() {
    let handler = Closure::<dyn Fn()>::new(on_tick);
    let window = web_sys::window();
    let id = window.as_ref().and_then(|w| {
        w.set_interval_with_callback_and_timeout_and_arguments_0(
            handler.as_ref().unchecked_ref(),
            ms,
        )
        .ok()
    });
    move || {
        if let (Some(window), Some(id)) = (window, id) {
            window.clear_interval_with_handle(id);
        }
        drop(handler);
    }
}
