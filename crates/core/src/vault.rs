//! Where the Personio client secret lives: the OS keyring, and nowhere else (house rule 4).
//!
//! The entry is keyed by the data directory, so two data dirs (a test's and the user's, or two
//! `stint-cli --data-dir` profiles) never share or overwrite each other's secret. The
//! [`SecretVault`] trait is the injected boundary (house rule 5); production and tests both use
//! [`OsKeyring`], which in CI talks to a real gnome-keyring over D-Bus.

use std::path::Path;
use stint_personio::Secret;

/// The keyring service name Stint's entries are filed under.
pub const KEYRING_SERVICE: &str = "app.stint.desktop";

/// Why the keyring could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The OS keyring {action} failed: {detail}")]
pub struct VaultError {
    pub action: &'static str,
    pub detail: String,
}

/// Stores one secret per data directory.
pub trait SecretVault: Send + Sync + std::fmt::Debug {
    fn store(&self, secret: &Secret) -> Result<(), VaultError>;
    /// `Ok(None)` when there is no entry (never stored, or deleted).
    fn load(&self) -> Result<Option<Secret>, VaultError>;
    /// Deleting an entry that does not exist is not an error.
    fn delete(&self) -> Result<(), VaultError>;
}

/// The OS keyring: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
#[derive(Debug, Clone)]
pub struct OsKeyring {
    user: String,
}

impl OsKeyring {
    /// The entry for the data directory `data_dir`.
    pub fn for_data_dir(data_dir: &Path) -> Self {
        let canonical = data_dir
            .canonicalize()
            .unwrap_or_else(|_| data_dir.to_path_buf());
        Self {
            user: format!("personio@{}", canonical.display()),
        }
    }

    /// The keyring account name, e.g. for a test that looks the entry up with `secret-tool`.
    pub fn account(&self) -> &str {
        &self.user
    }

    fn entry(&self, action: &'static str) -> Result<keyring::Entry, VaultError> {
        keyring::Entry::new(KEYRING_SERVICE, &self.user).map_err(|err| fail(action, err))
    }
}

fn fail(action: &'static str, err: keyring::Error) -> VaultError {
    let detail = match err {
        keyring::Error::NoStorageAccess(inner) | keyring::Error::PlatformFailure(inner) => {
            format!("{inner} (is a keyring such as GNOME Keyring or KWallet running and unlocked?)")
        }
        other => other.to_string(),
    };
    VaultError { action, detail }
}

impl SecretVault for OsKeyring {
    fn store(&self, secret: &Secret) -> Result<(), VaultError> {
        self.entry("write")?
            .set_password(secret.expose())
            .map_err(|err| fail("write", err))
    }

    fn load(&self) -> Result<Option<Secret>, VaultError> {
        match self.entry("read")?.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(fail("read", err)),
        }
    }

    fn delete(&self) -> Result<(), VaultError> {
        match self.entry("delete")?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(fail("delete", err)),
        }
    }
}
