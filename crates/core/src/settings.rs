//! The user's domain settings: one struct, every field `#[serde(default)]`, kept as one JSON
//! document in the SQLite file (table `settings`), so every change is one transaction and the
//! running app and `stint-cli` cannot lose each other's changes — they could with the
//! `settings.json` of earlier versions, which [`import_legacy_file`] moves in once.
//!
//! It holds the Personio client id, email and base URL — never the secret, which lives only in
//! the OS keyring ([`crate::vault`]). UI preferences (language, theme) are the webview's.

use crate::holidays::region_from_os_locale;
use crate::{lock, CoreError, LastRead, Stint};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::Path;
pub use stint_model::{HolidayRegion, SyncInterval, WorkingTimeChecks};
use stint_store::{SettingsWrite, Store};

/// Where earlier versions kept the settings (see [`import_legacy_file`]).
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
    /// "Record my time in Personio": the user's entries are sent as attendance periods. Off
    /// until the user turns it on; a new connection starts off.
    #[serde(default)]
    pub record: bool,
    /// New periods ask Personio to skip approval (only if the user turned it on).
    #[serde(default)]
    pub skip_approval: bool,
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
    /// Which working-time rules the days are checked against (German law unless switched off).
    pub working_time_checks: WorkingTimeChecks,
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
            working_time_checks: WorkingTimeChecks::default(),
        }
    }
}

/// Why the stored settings could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(
        "The stored settings are damaged ({source}); set them again with `stint-cli config set` \
         or in Settings"
    )]
    Parse { source: serde_json::Error },
}

impl Settings {
    /// Reads a stored settings document; unknown fields are ignored, missing ones defaulted.
    pub fn from_document(document: &str) -> Result<Settings, SettingsError> {
        serde_json::from_str(document).map_err(|source| SettingsError::Parse { source })
    }

    /// The document to store.
    pub fn to_document(&self) -> String {
        serde_json::to_string(self).expect("settings always serialize")
    }
}

/// The note left where `settings.json` was.
pub const MOVED_NOTE_FILE: &str = "settings.json.moved.txt";
/// What `settings.json` is renamed to once imported.
pub const IMPORTED_FILE: &str = "settings.json.imported";

/// Moves an earlier version's `settings.json` into the store once: imported only while the
/// store holds no settings yet; then the file is renamed to [`IMPORTED_FILE`] and a note saying
/// where the settings went is left beside it. A file that does not read is left where it is
/// (and logged), the defaults stay in force.
pub fn import_legacy_file(data_dir: &Path, store: &mut Store) -> Result<(), CoreError> {
    let path = data_dir.join(SETTINGS_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => {
            tracing::warn!(path = %path.display(), error = %err, "cannot read the old settings file");
            return Ok(());
        }
    };
    let settings = match Settings::from_document(&text) {
        Ok(settings) => settings,
        Err(err) => {
            tracing::warn!(path = %path.display(), error = %err, "the old settings file is damaged; not imported");
            return Ok(());
        }
    };
    store.change_settings(|row| {
        row.is_none().then(|| SettingsWrite {
            document: settings.to_document(),
            new_connection: false,
            clear_personio: false,
        })
    })?;
    let note = format!(
        "Stint keeps its settings in {} (table `settings`) since version {}: the app and \
         stint-cli change them in one transaction each, so neither can lose the other's change.\n\
         The old file was moved to {IMPORTED_FILE}; editing it has no effect. Use \
         `stint-cli config get/set` or the Settings page.\n",
        crate::DATABASE_FILE,
        env!("CARGO_PKG_VERSION"),
    );
    let moved = std::fs::rename(&path, data_dir.join(IMPORTED_FILE))
        .and_then(|()| std::fs::write(data_dir.join(MOVED_NOTE_FILE), note));
    if let Err(err) = moved {
        tracing::warn!(path = %path.display(), error = %err, "imported the old settings file but could not move it aside");
    }
    Ok(())
}

/// What a settings change means for the Personio connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// An ordinary setting.
    Plain,
    /// Connects: a new connection generation starts.
    Connect,
    /// Disconnects: a new generation, and Personio's data forgotten in the same transaction.
    Disconnect,
}

impl Stint {
    /// The current settings, read again from the store: `stint-cli config set` may have
    /// changed them while the app runs, and that change counts at once. A document that cannot
    /// be read leaves the last good settings in force (logged once, not per call).
    pub(crate) fn settings(&self) -> Settings {
        let mut last = lock(&self.settings);
        match self.settings_and_generation() {
            Ok((fresh, _)) => {
                last.settings = fresh;
                last.failing = false;
            }
            Err(err) => {
                if !last.failing {
                    tracing::warn!(error = %err, "keeping the settings read before");
                }
                last.failing = true;
            }
        }
        last.settings.clone()
    }

    /// The settings and the connection generation they belong to, read together (a sync
    /// commits only into that generation).
    pub(crate) fn settings_and_generation(&self) -> Result<(Settings, i64), CoreError> {
        match self.reader().settings_row()? {
            Some(row) => Ok((Settings::from_document(&row.document)?, row.generation)),
            None => Ok((Settings::default(), 0)),
        }
    }

    /// Changes an ordinary setting; see [`Stint::change_settings`].
    pub(crate) fn update_settings(
        &self,
        change: impl FnOnce(&mut Settings),
    ) -> Result<(), CoreError> {
        self.change_settings(Change::Plain, |s| {
            change(s);
            Ok(())
        })
        .map(|_| ())
    }

    /// Applies `change` to the settings as they are in the store now, in one transaction, so
    /// what another process saved meanwhile stays; a `change` that fails, or stored settings
    /// that cannot be read, write nothing. Answers the connection generation afterwards.
    pub(crate) fn change_settings(
        &self,
        kind: Change,
        change: impl FnOnce(&mut Settings) -> Result<(), CoreError>,
    ) -> Result<i64, CoreError> {
        let mut outcome: Result<Option<Settings>, CoreError> = Ok(None);
        let row = self.store().change_settings(|row| {
            let current = match row {
                Some(row) => Settings::from_document(&row.document),
                None => Ok(Settings::default()),
            };
            let mut next = match current {
                Ok(settings) => settings,
                Err(err) => {
                    outcome = Err(err.into());
                    return None;
                }
            };
            if let Err(err) = change(&mut next) {
                outcome = Err(err);
                return None;
            }
            let write = SettingsWrite {
                document: next.to_document(),
                new_connection: kind != Change::Plain,
                clear_personio: kind == Change::Disconnect,
            };
            outcome = Ok(Some(next));
            Some(write)
        })?;
        if let Some(next) = outcome? {
            *lock(&self.settings) = LastRead {
                settings: next,
                failing: false,
            };
        }
        Ok(row.map_or(0, |row| row.generation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_round_trips_and_old_ones_still_read() {
        let mut settings = Settings::from_document("{}").expect("an empty document is defaults");
        assert_eq!(
            settings.sync_interval,
            SyncInterval::Hour1,
            "hourly is the default"
        );
        settings.sync_interval = SyncInterval::Hours4;
        settings.holiday_region = HolidayRegion::parse("DE-BY").unwrap();
        assert_eq!(
            Settings::from_document(&settings.to_document()).unwrap(),
            settings,
            "what was saved must come back unchanged"
        );
        let old = Settings::from_document(r#"{"sync_interval":"daily","x":1}"#)
            .expect("extra and missing fields are fine");
        assert_eq!(
            old.sync_interval,
            SyncInterval::Daily,
            "the stored value wins"
        );
        assert_eq!(
            old.sync_months_back, 12,
            "missing fields take their defaults"
        );
        assert!(
            Settings::from_document("{not json").is_err(),
            "garbage must not pass as defaults"
        );
    }
}
