//! The user's UI preferences (language, theme, first day of the week, which notifications to
//! show, close to the tray) and the window's size and place, kept with tauri-plugin-store in
//! `preferences.json` in the data folder — not in the webview's storage — so a data folder
//! carries its preferences, and the backend can read the ones it acts on (notifications,
//! closing). Only known keys with known values are kept: a preference is a choice from a list.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use stint_model::{ErrorCode, IpcError};
use tauri::{AppHandle, PhysicalPosition, PhysicalSize, WebviewWindow, Wry};
use tauri_plugin_store::{Store, StoreExt};

/// The file in the data folder.
pub const FILE: &str = "preferences.json";

const ON_OFF: &[&str] = &["on", "off"];

/// Every preference: its key, its choices, and the choice while the user made none.
pub const PREFERENCES: &[(&str, &[&str], &str)] = &[
    ("lang", &["system", "en", "de"], "system"),
    ("theme", &["system", "light", "dark"], "system"),
    ("week_start", &["Mon", "Sun"], "Mon"),
    ("notify_target", ON_OFF, "on"),
    ("notify_break", ON_OFF, "on"),
    ("notify_10h", ON_OFF, "on"),
    ("notify_forgotten", ON_OFF, "on"),
    ("notify_sync", ON_OFF, "on"),
    ("close_to_tray", ON_OFF, "off"),
    ("start_at_login", ON_OFF, "off"),
    ("idle_minutes", &["off", "5", "10", "15", "30"], "10"),
    // Free text (`off` or a shortcut such as `Ctrl+Alt+T`), checked by `crate::shortcut`.
    ("timer_shortcut", &[], "off"),
];

/// The window's size and place as last seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowPlace {
    pub width: u32,
    pub height: u32,
    pub x: i32,
    pub y: i32,
    pub maximized: bool,
}

const WINDOW_KEY: &str = "window";

/// Opens the preferences of `data_dir` (created on first change).
pub fn open(app: &AppHandle, data_dir: &Path) -> tauri::Result<Arc<Store<Wry>>> {
    app.store(data_dir.join(FILE))
        .map_err(|err| tauri::Error::Anyhow(err.into()))
}

fn store(app: &AppHandle) -> Result<Arc<Store<Wry>>, IpcError> {
    let dir = tauri::Manager::try_state::<crate::paths::DataDir>(app)
        .ok_or_else(|| IpcError::new(ErrorCode::Internal, "the data folder is not known yet"))?
        .0
        .clone();
    app.store(dir.join(FILE))
        .map_err(|err| IpcError::new(ErrorCode::Internal, format!("preferences: {err}")))
}

/// Every preference with its value (the default where the user chose none).
pub fn all(app: &AppHandle) -> Result<BTreeMap<String, String>, IpcError> {
    let store = store(app)?;
    Ok(PREFERENCES
        .iter()
        .map(|(key, choices, default)| {
            let chosen = store
                .get(key)
                .and_then(|v| v.as_str().map(str::to_owned))
                .filter(|v| choices.is_empty() || choices.contains(&v.as_str()));
            (
                (*key).to_owned(),
                chosen.unwrap_or_else(|| (*default).to_owned()),
            )
        })
        .collect())
}

/// The value of one preference.
pub fn get(app: &AppHandle, key: &str) -> String {
    all(app)
        .ok()
        .and_then(|mut all| all.remove(key))
        .unwrap_or_default()
}

/// Sets one preference after checking it; answers them all.
pub fn set(app: &AppHandle, key: &str, value: &str) -> Result<BTreeMap<String, String>, IpcError> {
    let (key, value) = (key.trim(), value.trim());
    let Some((_, choices, _)) = PREFERENCES.iter().find(|(k, _, _)| *k == key) else {
        let known: Vec<&str> = PREFERENCES.iter().map(|(k, _, _)| *k).collect();
        return Err(IpcError::invalid(
            "key",
            format!("Unknown preference `{key}`: known are {}", known.join(", ")),
        ));
    };
    if key == "timer_shortcut" {
        crate::shortcut::apply(app, value)?;
    } else if !choices.contains(&value) {
        return Err(IpcError::invalid(
            "value",
            format!(
                "`{value}` is not a choice for {key}: use one of {}",
                choices.join(", ")
            ),
        ));
    }
    if key == "start_at_login" {
        // The OS's own list (an autostart entry, a login item, the registry) is what counts.
        use tauri_plugin_autostart::ManagerExt;
        let launcher = app.autolaunch();
        let done = if value == "on" {
            launcher.enable()
        } else {
            launcher.disable()
        };
        done.map_err(|err| {
            IpcError::new(
                ErrorCode::Internal,
                format!("Start at login could not be turned {value}: {err}"),
            )
        })?;
    }
    let store = store(app)?;
    store.set(key, value);
    store.save().map_err(|err| {
        IpcError::new(ErrorCode::Internal, format!("preferences not saved: {err}"))
    })?;
    all(app)
}

/// Whether the user reads German: their language preference, or the system's when they chose
/// none (as the window follows the webview's). The tray and the notifications speak it.
pub fn speaks_german(app: &AppHandle) -> bool {
    match get(app, "lang").as_str() {
        "de" => true,
        "en" => false,
        _ => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|key| std::env::var(key).ok().filter(|v| !v.is_empty()))
            .is_some_and(|locale| locale.starts_with("de")),
    }
}

/// True the first time it is asked for `what`, false ever after (kept with the preferences).
pub fn first_time(app: &AppHandle, what: &str) -> bool {
    let Ok(store) = store(app) else {
        return false;
    };
    let key = format!("told_{what}");
    if store.get(&key).is_some() {
        return false;
    }
    store.set(key, true);
    true
}

/// Puts the window where it was, if that place is still on a screen.
pub fn restore_window(store: &Store<Wry>, window: &WebviewWindow) {
    let Some(place) = store
        .get(WINDOW_KEY)
        .and_then(|v| serde_json::from_value::<WindowPlace>(v).ok())
    else {
        return;
    };
    let on_screen = window.available_monitors().is_ok_and(|monitors| {
        monitors.iter().any(|m| {
            let (pos, size) = (m.position(), m.size());
            place.x >= pos.x
                && place.y >= pos.y
                && i64::from(place.x) < i64::from(pos.x) + i64::from(size.width)
                && i64::from(place.y) < i64::from(pos.y) + i64::from(size.height)
        })
    });
    let _ = window.set_size(PhysicalSize::new(
        place.width.max(400),
        place.height.max(300),
    ));
    if on_screen {
        let _ = window.set_position(PhysicalPosition::new(place.x, place.y));
    }
    if place.maximized {
        let _ = window.maximize();
    }
}

/// Remembers the window's size and place (the store saves a moment later, once).
pub fn remember_window(app: &AppHandle, window: &tauri::Window) {
    let (Ok(size), Ok(position), Ok(maximized)) = (
        window.inner_size(),
        window.outer_position(),
        window.is_maximized(),
    ) else {
        return;
    };
    if let Ok(store) = store(app) {
        let place = WindowPlace {
            width: size.width,
            height: size.height,
            x: position.x,
            y: position.y,
            maximized,
        };
        if let Ok(value) = serde_json::to_value(place) {
            store.set(WINDOW_KEY, value);
        }
    }
}
