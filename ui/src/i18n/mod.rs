//! English and German UI text: the [`Lang`] the user reads, [`t`] for a text by [`Key`], and
//! German date formats (see [`dates`]).
//!
//! Many users are German, so the language follows the webview's `navigator.language` unless
//! they chose one in Settings (kept with the other display preferences, see [`crate::prefs`]). Keys are an enum
//! so a missing or misspelt text is a compile error, not a blank label. Backend messages are
//! English; [`error_text`] shows them in the user's language.

pub mod dates;
mod errors;
mod idle;
mod push;
mod texts;
mod warnings;

pub use errors::{duration_text, error_text};
pub use idle::{idle_sentence, idle_stop_label};
pub use push::push_text;
pub use warnings::{is_info, warning_text, warnings_label};

pub use texts::Key;
use yew::prelude::*;

/// The language of the UI; provided to components as a Yew context by the app shell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 code: the `<select>` value, the stored choice and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, so a user can find theirs whatever is shown.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (en, de) = texts::texts(key);
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// The language shown: the user's stored choice, else German for a German webview
/// (`de`, `de-DE`, `de-AT`, …), else English.
pub fn choose(stored: Option<&str>, browser: Option<&str>) -> Lang {
    stored
        .and_then(Lang::from_code)
        .unwrap_or_else(|| match browser.map(str::to_ascii_lowercase) {
            Some(tag) if tag == "de" || tag.starts_with("de-") || tag.starts_with("de_") => {
                Lang::De
            }
            _ => Lang::En,
        })
}

/// The language from the shell's context (English outside of it).
#[hook]
pub fn use_lang() -> Lang {
    crate::prefs::use_prefs().lang
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_an_english_and_a_german_text() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(
                    !t(lang, key).trim().is_empty(),
                    "{key:?} needs a {lang:?} text, or the UI shows a blank label"
                );
            }
        }
    }

    #[test]
    fn the_stored_choice_wins_else_a_german_webview_means_german() {
        let cases = [
            (None, Some("de-DE"), Lang::De),
            (None, Some("de"), Lang::De),
            (None, Some("DE-at"), Lang::De),
            (None, Some("en-US"), Lang::En),
            (None, Some("der"), Lang::En),
            (None, None, Lang::En),
            (Some("en"), Some("de-DE"), Lang::En),
            (Some("de"), Some("en-US"), Lang::De),
            (Some("fr"), Some("de-CH"), Lang::De),
        ];
        for (stored, browser, want) in cases {
            assert_eq!(
                choose(stored, browser),
                want,
                "stored {stored:?}, webview {browser:?}"
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(
                Lang::from_code(lang.code()),
                Some(lang),
                "{lang:?} is stored by its code"
            );
        }
    }
}
