//! The webview's side of the display preferences: the paint cache in `localStorage`, the marks
//! on `<html>`, and settling with the backend once at start.
//!
//! The cache holds a choice only when it is not the default, under the keys earlier versions
//! used, so `static/boot.js` keeps reading the theme as before and a cleared cache means
//! "follow the system".

use super::{merge, stored_form, PrefChange, Prefs, Stored, Theme, DISPLAY};
use crate::ipc;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn browser_lang() -> Option<String> {
    web_sys::window().and_then(|w| w.navigator().language())
}

/// The cached choices, under the backend's keys.
fn cached() -> Stored {
    let Some(storage) = local_storage() else {
        return Stored::default();
    };
    let mut stored = Stored::default();
    for (key, cache_key, _) in DISPLAY {
        if let Ok(Some(value)) = storage.get_item(cache_key) {
            stored.set(key, &value);
        }
    }
    stored
}

/// Caches one display preference: a default clears its entry.
fn cache_one(storage: &web_sys::Storage, key: &str, value: Option<&str>) {
    let Some((_, cache_key, default)) = DISPLAY.iter().find(|(k, _, _)| *k == key) else {
        return;
    };
    let _ = match value.filter(|v| v != default) {
        Some(value) => storage.set_item(cache_key, value),
        None => storage.remove_item(cache_key),
    };
}

/// The cached preferences, read once at start for the first paint.
pub fn load() -> Prefs {
    Prefs::from_stored(&cached(), browser_lang().as_deref())
}

/// Caches a choice made in Settings for the next start's first paint.
pub fn cache_change(change: PrefChange) {
    if let Some(storage) = local_storage() {
        let (key, value) = stored_form(change);
        cache_one(&storage, key, Some(&value));
    }
}

/// Asks the backend for the preferences and, while it holds no display choice, sends it the
/// cached ones ([`merge`]); the display choices as they now are. `None` when the backend did not
/// answer: the cached ones stay.
pub async fn from_backend() -> Option<Stored> {
    let backend = ipc::preferences::preferences()
        .await
        .map_err(|err| warn("the preferences could not be read", &err.message))
        .ok()?;
    let (merged, migrate) = merge(&backend, &cached());
    for (key, value) in migrate {
        if let Err(err) = ipc::preferences::set_preference(key, &value).await {
            warn(&format!("`{key}` could not be taken over"), &err.message);
        }
    }
    Some(merged)
}

/// Shows the backend's choices from now on: refreshes the cache and answers the preferences.
pub fn adopt(stored: &Stored) -> Prefs {
    if let Some(storage) = local_storage() {
        for (key, _, _) in DISPLAY {
            cache_one(&storage, key, stored.get(key));
        }
    }
    Prefs::from_stored(stored, browser_lang().as_deref())
}

fn warn(what: &str, why: &str) {
    web_sys::console::warn_1(&format!("Stint: {what}: {why}").into());
}

/// Marks the document: `<html lang>` (screen readers, hyphenation) and `<html data-theme>`
/// (the stylesheet's light/dark switch, the OS's choice resolved for "system").
pub fn mark_document(prefs: Prefs) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", prefs.lang.code());
    // "System" is resolved here (and by boot.js when the OS switches): the stylesheet has one
    // dark block, keyed on the attribute.
    let theme = match prefs.theme {
        Theme::System => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark {
                "dark"
            } else {
                "light"
            }
        }
        theme => theme.code(),
    };
    let _ = root.set_attribute("data-theme", theme);
}
