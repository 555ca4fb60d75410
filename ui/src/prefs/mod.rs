//! Display preferences kept in the webview's `localStorage`: the UI language, the colour theme
//! and the first day of the week.
//!
//! They change how things look, never a figure, so they need no backend round trip and the
//! CLI never sees them; settings that change figures (balance start, carry-over) live in the
//! core's settings file. Only an explicit choice is stored, so an untouched install keeps
//! following the system (language, light/dark). `static/boot.js` applies a stored theme before
//! the wasm loads, so a dark-theme user never sees a white flash.

use crate::i18n::{self, Lang};
use chrono::Weekday;
use yew::prelude::*;

/// Light or dark, or whatever the OS says (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored value, the `<select>` value and `<html data-theme>` (none for `System`).
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// The weekdays a week may start on: Monday (ISO, Germany) or Sunday (US and others).
pub const WEEK_STARTS: [Weekday; 2] = [Weekday::Mon, Weekday::Sun];

/// Everything the shell provides to components as one context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: Theme,
    pub week_start: Weekday,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::default(),
            theme: Theme::default(),
            week_start: Weekday::Mon,
        }
    }
}

/// One preference the user changed in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrefChange {
    Lang(Lang),
    Theme(Theme),
    WeekStart(Weekday),
}

impl Prefs {
    /// These preferences with `change` applied.
    pub fn with(self, change: PrefChange) -> Prefs {
        match change {
            PrefChange::Lang(lang) => Prefs { lang, ..self },
            PrefChange::Theme(theme) => Prefs { theme, ..self },
            PrefChange::WeekStart(week_start) => Prefs { week_start, ..self },
        }
    }

    /// Reads stored values: an unknown or missing one falls back to the default (the system
    /// language, the system theme, Monday).
    pub fn from_stored(
        stored: impl Fn(&str) -> Option<String>,
        browser_lang: Option<&str>,
    ) -> Prefs {
        Prefs {
            lang: i18n::choose(stored(LANG_KEY).as_deref(), browser_lang),
            theme: stored(THEME_KEY)
                .and_then(|c| Theme::from_code(&c))
                .unwrap_or_default(),
            week_start: stored(WEEK_START_KEY)
                .and_then(|c| c.parse::<Weekday>().ok())
                .filter(|d| WEEK_STARTS.contains(d))
                .unwrap_or(Weekday::Mon),
        }
    }
}

/// The stored value of a change: (key, value).
fn stored_form(change: PrefChange) -> (&'static str, String) {
    match change {
        PrefChange::Lang(lang) => (LANG_KEY, lang.code().to_owned()),
        PrefChange::Theme(theme) => (THEME_KEY, theme.code().to_owned()),
        PrefChange::WeekStart(day) => (WEEK_START_KEY, day.to_string()),
    }
}

const LANG_KEY: &str = "stint.lang";
const THEME_KEY: &str = "stint.theme";
const WEEK_START_KEY: &str = "stint.weekStart";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the stored choices and the webview's language once, at start.
pub fn load() -> Prefs {
    let storage = local_storage();
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    Prefs::from_stored(
        |key| storage.as_ref()?.get_item(key).ok().flatten(),
        browser.as_deref(),
    )
}

/// Keeps an explicit choice for the next start.
pub fn store(change: PrefChange) {
    if let Some(storage) = local_storage() {
        let (key, value) = stored_form(change);
        let _ = storage.set_item(key, &value);
    }
}

/// Marks the document: `<html lang>` (screen readers, hyphenation) and `<html data-theme>`
/// (the stylesheet's light/dark switch; absent means follow the OS).
pub fn mark_document(prefs: Prefs) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", prefs.lang.code());
    let _ = match prefs.theme {
        Theme::System => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.code()),
    };
}

/// The preferences from the shell's context (defaults outside of it).
#[hook]
pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn from(pairs: &[(&str, &str)], browser: Option<&str>) -> Prefs {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Prefs::from_stored(|k| map.get(k).cloned(), browser)
    }

    #[test]
    fn nothing_stored_follows_the_system_with_monday_weeks() {
        assert_eq!(
            from(&[], Some("de-DE")),
            Prefs {
                lang: Lang::De,
                theme: Theme::System,
                week_start: Weekday::Mon
            }
        );
    }

    #[test]
    fn a_stored_choice_comes_back_as_it_was_stored() {
        let changes = [
            PrefChange::Lang(Lang::En),
            PrefChange::Theme(Theme::Dark),
            PrefChange::WeekStart(Weekday::Sun),
        ];
        let stored: Vec<(&str, String)> = changes.iter().map(|c| stored_form(*c)).collect();
        let pairs: Vec<(&str, &str)> = stored.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let prefs = from(&pairs, Some("de-DE"));
        let want = changes
            .into_iter()
            .fold(Prefs::default(), |p, change| p.with(change));
        assert_eq!(prefs, want, "stored {pairs:?}");
    }

    #[test]
    fn unknown_stored_values_fall_back_instead_of_breaking_the_ui() {
        let prefs = from(
            &[("stint.theme", "sepia"), ("stint.weekStart", "Wed")],
            None,
        );
        assert_eq!(
            prefs.theme,
            Theme::System,
            "an unknown theme means the system's"
        );
        assert_eq!(
            prefs.week_start,
            Weekday::Mon,
            "only offered week starts are taken"
        );
    }
}
