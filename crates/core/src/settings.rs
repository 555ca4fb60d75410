//! The user's settings: one struct, every field `#[serde(default)]`, stored as `settings.json`
//! in the data directory.
//!
//! This is Stint's "settings store" (the equivalent of tauri-plugin-store, but readable by the
//! CLI and the core without Tauri). It holds the Personio client id, email and base URL — never
//! the secret, which lives only in the OS keyring ([`crate::vault`]). Writes go to a temporary
//! file that is renamed over the old one, so a crash never leaves half a file. The running app
//! and the CLI share the file: [`crate::Stint::settings`] reads it again on every call and a
//! change is made to the file as it is then, so neither undoes what the other saved.

use crate::holidays::region_from_os_locale;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
pub use stint_model::{HolidayRegion, SyncInterval};

pub const SETTINGS_FILE: &str = "settings.json";

/// The non-secret half of a Personio connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonioSettings {
    pub client_id: String,
    pub email: String,
    /// `None` means Personio's production API.
    pub base_url: Option<String>,
    /// Connected to the built-in demo company (the sandbox the app runs in-process).
    #[serde(default)]
    pub demo: bool,
}

/// Everything the user set, as stored in `settings.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub personio: Option<PersonioSettings>,
    pub holiday_region: HolidayRegion,
    pub sync_interval: SyncInterval,
    /// The sync window: this many months back from today …
    pub sync_months_back: u32,
    /// … to this many months ahead.
    pub sync_months_ahead: u32,
    /// The first day the running balance counts; `None` means 1 January of the current year.
    pub balance_start: Option<NaiveDate>,
    /// Minutes carried into the running balance on `balance_start` (negative: a deficit).
    pub carry_over_minutes: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            personio: None,
            holiday_region: region_from_os_locale(),
            sync_interval: SyncInterval::default(),
            sync_months_back: 12,
            sync_months_ahead: 12,
            balance_start: None,
            carry_over_minutes: 0,
        }
    }
}

/// Why the settings could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("Cannot read the settings file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("The settings file {path} is damaged ({source}); fix or delete it")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("Cannot write the settings file {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Settings {
    /// Reads `settings.json` from `data_dir`; a missing file means the defaults.
    pub fn load(data_dir: &Path) -> Result<Settings, SettingsError> {
        let path = data_dir.join(SETTINGS_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|source| SettingsError::Parse { path, source }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(source) => Err(SettingsError::Read { path, source }),
        }
    }

    /// Writes `settings.json` atomically (temp file + rename).
    pub fn save(&self, data_dir: &Path) -> Result<(), SettingsError> {
        let path = data_dir.join(SETTINGS_FILE);
        // Named per process: the app and the CLI may save at the same moment, and neither may
        // rename the other's half-written file into place.
        let tmp = data_dir.join(format!("{SETTINGS_FILE}.{}.tmp", std::process::id()));
        let json = serde_json::to_vec_pretty(self).expect("settings always serialize");
        std::fs::write(&tmp, json)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|source| SettingsError::Write { path, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_gives_defaults_and_a_saved_file_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = Settings::load(dir.path()).expect("no file means defaults");
        assert_eq!(
            settings.sync_interval,
            SyncInterval::Hour1,
            "hourly sync is the default"
        );
        settings.sync_interval = SyncInterval::Hours4;
        settings.holiday_region = HolidayRegion::parse("DE-BY").unwrap();
        settings.save(dir.path()).unwrap();
        assert_eq!(
            Settings::load(dir.path()).unwrap(),
            settings,
            "what was saved must come back unchanged"
        );
    }

    #[test]
    fn unknown_and_missing_fields_do_not_break_old_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(SETTINGS_FILE),
            r#"{"sync_interval":"daily","x":1}"#,
        )
        .unwrap();
        let settings = Settings::load(dir.path()).expect("extra and missing fields are fine");
        assert_eq!(
            settings.sync_interval,
            SyncInterval::Daily,
            "the stored value wins"
        );
        assert_eq!(
            settings.sync_months_back, 12,
            "missing fields take their defaults"
        );
    }

    #[test]
    fn a_damaged_file_is_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SETTINGS_FILE), "{not json").unwrap();
        let err = Settings::load(dir.path()).expect_err("garbage must not pass as defaults");
        assert!(
            err.to_string().contains("settings.json"),
            "the user must learn which file is damaged: {err}"
        );
    }
}
