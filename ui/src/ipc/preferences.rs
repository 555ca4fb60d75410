//! The preferences in the data folder: language, theme, week start, which notifications to
//! show, closing to the tray, starting at login, the idle question's threshold and the timer
//! shortcut — each a choice from a list the backend checks (the shortcut: a text it checks).

use crate::prefs::Stored;
use serde::Serialize;
use stint_model::ipc::commands::{PREFERENCES, SET_PREFERENCE};
use stint_model::IpcError;

#[derive(Serialize)]
struct NoArgs {}

/// Every preference by key, the default where none was chosen.
pub async fn preferences() -> Result<Stored, IpcError> {
    super::invoke(PREFERENCES, &NoArgs {}).await
}

#[derive(Serialize)]
struct Preference<'a> {
    key: &'a str,
    value: &'a str,
}

/// Sets one preference; answers them all. An unknown key or value is refused (field `key` or
/// `value`).
pub async fn set_preference(key: &str, value: &str) -> Result<Stored, IpcError> {
    super::invoke(SET_PREFERENCE, &Preference { key, value }).await
}
