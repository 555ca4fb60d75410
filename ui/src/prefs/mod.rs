//! Display preferences — the UI language, the colour theme and the first day of the week —
//! kept by the backend in the data folder (`preferences.json`, beside the notification and tray
//! switches), with the webview's `localStorage` as a paint cache (see [`webview`]).
//!
//! At start the UI paints at once with the cached choices (`static/boot.js` applies a cached
//! theme before the wasm loads, so a dark-theme user never sees a white flash), then asks the
//! backend and shows what it says. Earlier versions kept the choices only in `localStorage`, so
//! a backend that holds no display choice yet takes the cached ones over, once ([`merge`]).
//! Every change goes to both. Only an explicit choice counts, so an untouched install keeps
//! following the system (language, light/dark).

mod webview;

pub use webview::{adopt, cache_change, from_backend, load, mark_document};

use crate::i18n::{self, Lang};
use chrono::Weekday;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;
use yew::prelude::*;

/// Preferences by key as the backend keeps them (`lang` → `de`): its `preferences` answer (a JSON
/// object of strings), or the paint cache read back under the same keys. A list, not a map: a
/// dozen keys are found by looking, and the UI ships no map code for them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stored(Vec<(String, String)>);

impl Stored {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, key: &str, value: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => value.clone_into(v),
            None => self.0.push((key.to_owned(), value.to_owned())),
        }
    }

    /// The pairs as given (tests).
    #[cfg(test)]
    pub fn of(pairs: &[(&str, &str)]) -> Stored {
        let mut stored = Stored::default();
        for (key, value) in pairs {
            stored.set(key, value);
        }
        stored
    }
}

impl<'de> Deserialize<'de> for Stored {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Stored, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = Stored;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of strings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Stored, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Stored(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

pub const LANG: &str = "lang";
pub const THEME: &str = "theme";
pub const WEEK_START: &str = "week_start";

/// The display preferences: the backend's key, the paint cache's key (as earlier versions
/// stored them; `static/boot.js` reads the theme's) and the backend's value while none is chosen.
const DISPLAY: [(&str, &str, &str); 3] = [
    (LANG, "stint.lang", "system"),
    (THEME, "stint.theme", "system"),
    (WEEK_START, "stint.weekStart", "Mon"),
];

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
    /// The language shown: the chosen one, else the webview's.
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

    /// Reads stored values: `system`, an unknown or a missing one falls back to the default (the
    /// webview's language, the system theme, Monday).
    pub fn from_stored(stored: &Stored, browser_lang: Option<&str>) -> Prefs {
        let chosen = |key: &str| stored.get(key);
        Prefs {
            lang: i18n::choose(chosen(LANG), browser_lang),
            theme: chosen(THEME).and_then(Theme::from_code).unwrap_or_default(),
            week_start: chosen(WEEK_START)
                .filter(|v| is_choice(WEEK_START, v))
                .and_then(|v| v.parse::<Weekday>().ok())
                .unwrap_or(Weekday::Mon),
        }
    }
}

/// Whether the backend takes `value` for the display preference `key`.
fn is_choice(key: &str, value: &str) -> bool {
    match key {
        LANG => value == "system" || Lang::from_code(value).is_some(),
        THEME => Theme::from_code(value).is_some(),
        WEEK_START => WEEK_STARTS.iter().any(|d| d.to_string() == value),
        _ => false,
    }
}

/// True for the language, the theme and the week start (the General card's preferences).
pub fn is_display(key: &str) -> bool {
    DISPLAY.iter().any(|(k, _, _)| *k == key)
}

/// The stored form of a change: (backend key, value).
pub fn stored_form(change: PrefChange) -> (&'static str, String) {
    match change {
        PrefChange::Lang(lang) => (LANG, lang.code().to_owned()),
        PrefChange::Theme(theme) => (THEME, theme.code().to_owned()),
        PrefChange::WeekStart(day) => (WEEK_START, day.to_string()),
    }
}

/// The display choices to show, and those to send to the backend (`set_preference`). The
/// backend's win; only while it holds no display choice at all (a data folder from before the
/// backend kept them) are the cache's explicit choices taken over — sent once, after which the
/// backend holds them. The display keys alone decide: they are all the cache ever held, so a
/// backend with one of them chosen was written by this UI already.
pub fn merge(backend: &Stored, cached: &Stored) -> (Stored, Vec<(&'static str, String)>) {
    let chosen = |stored: &Stored, key: &str, default: &str| {
        stored
            .get(key)
            .filter(|v| *v != default && is_choice(key, v))
            .map(str::to_owned)
    };
    let untouched = DISPLAY
        .iter()
        .all(|(key, _, default)| chosen(backend, key, default).is_none());
    let migrate: Vec<(&'static str, String)> = if untouched {
        DISPLAY
            .iter()
            .filter_map(|(key, _, default)| Some((*key, chosen(cached, key, default)?)))
            .collect()
    } else {
        Vec::new()
    };
    let mut merged = backend.clone();
    for (key, value) in &migrate {
        merged.set(key, value);
    }
    (merged, migrate)
}

/// The preferences from the shell's context (defaults outside of it).
#[hook]
pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(pairs: &[(&str, &str)]) -> Stored {
        Stored::of(pairs)
    }

    /// The backend's answer while nothing is chosen (as `src-tauri/src/preferences.rs` has it).
    fn untouched_backend() -> Stored {
        stored(&[
            ("lang", "system"),
            ("theme", "system"),
            ("week_start", "Mon"),
            ("notify_target", "on"),
            ("notify_break", "on"),
            ("notify_10h", "on"),
            ("notify_forgotten", "on"),
            ("notify_sync", "on"),
            ("close_to_tray", "off"),
        ])
    }

    fn with(mut base: Stored, pairs: &[(&str, &str)]) -> Stored {
        for (key, value) in pairs {
            base.set(key, value);
        }
        base
    }

    #[test]
    fn nothing_stored_follows_the_system_with_monday_weeks() {
        for nothing in [Stored::default(), untouched_backend()] {
            assert_eq!(
                Prefs::from_stored(&nothing, Some("de-DE")),
                Prefs {
                    lang: Lang::De,
                    theme: Theme::System,
                    week_start: Weekday::Mon
                },
                "`system` and a missing key both follow the webview: {nothing:?}"
            );
        }
    }

    #[test]
    fn a_stored_choice_comes_back_as_it_was_stored() {
        let changes = [
            PrefChange::Lang(Lang::En),
            PrefChange::Theme(Theme::Dark),
            PrefChange::WeekStart(Weekday::Sun),
        ];
        let mut kept = Stored::default();
        for (key, value) in changes.iter().map(|c| stored_form(*c)) {
            kept.set(key, &value);
        }
        for (key, value) in &kept.0 {
            assert!(
                is_choice(key, value),
                "the backend takes what the UI sends: {key}={value}"
            );
        }
        let want = changes
            .into_iter()
            .fold(Prefs::default(), |p, change| p.with(change));
        assert_eq!(
            Prefs::from_stored(&kept, Some("de-DE")),
            want,
            "stored {kept:?}"
        );
    }

    #[test]
    fn unknown_stored_values_fall_back_instead_of_breaking_the_ui() {
        let prefs = Prefs::from_stored(
            &stored(&[("theme", "sepia"), ("week_start", "Wednesday")]),
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

    #[test]
    fn the_backend_wins_and_cached_choices_move_over_only_while_it_has_none() {
        let cached = stored(&[("lang", "de"), ("theme", "dark"), ("week_start", "Sun")]);
        // (why, the backend's answer, the cache, what is sent)
        type Case = (
            &'static str,
            Stored,
            Stored,
            Vec<(&'static str, &'static str)>,
        );
        let cases: [Case; 6] = [
            (
                "a data folder from before: the cached choices move over",
                untouched_backend(),
                cached.clone(),
                vec![("lang", "de"), ("theme", "dark"), ("week_start", "Sun")],
            ),
            (
                "nothing cached: nothing to send",
                untouched_backend(),
                Stored::default(),
                vec![],
            ),
            (
                "cached defaults and junk are no choices",
                untouched_backend(),
                stored(&[
                    ("lang", "system"),
                    ("theme", "sepia"),
                    ("week_start", "Mon"),
                ]),
                vec![],
            ),
            (
                "only what was chosen moves over",
                untouched_backend(),
                stored(&[("theme", "light")]),
                vec![("theme", "light")],
            ),
            (
                "a backend with a display choice was written already: it wins",
                with(untouched_backend(), &[("theme", "light")]),
                cached.clone(),
                vec![],
            ),
            (
                "other switches do not count as a display choice",
                with(untouched_backend(), &[("notify_10h", "off")]),
                stored(&[("lang", "de")]),
                vec![("lang", "de")],
            ),
        ];
        for (why, backend, cached, want) in cases {
            let (merged, migrate) = merge(&backend, &cached);
            let want: Vec<(&str, String)> =
                want.into_iter().map(|(k, v)| (k, v.to_owned())).collect();
            assert_eq!(migrate, want, "{why}");
            for (key, value) in &want {
                assert_eq!(
                    merged.get(key),
                    Some(value.as_str()),
                    "{why}: what is sent is also shown"
                );
            }
            for (key, value) in backend.0.iter().filter(|(k, _)| !is_display(k)) {
                assert_eq!(
                    merged.get(key),
                    Some(value.as_str()),
                    "{why}: the backend's other switches stay as they are"
                );
            }
        }
    }

    #[test]
    fn the_backends_answer_reads_as_pairs_and_anything_else_is_refused() {
        use serde::de::value::{Error, MapDeserializer, StrDeserializer};
        use serde::de::IntoDeserializer;
        let pairs = [("lang", "de"), ("notify_10h", "off")];
        let read = Stored::deserialize(MapDeserializer::<_, Error>::new(pairs.into_iter()))
            .expect("an object of strings");
        assert_eq!(read, stored(&pairs), "every pair is kept as answered");
        let not_an_object: StrDeserializer<'_, Error> = "de".into_deserializer();
        assert!(
            Stored::deserialize(not_an_object).is_err(),
            "a string is not the preferences"
        );
    }
}
