//! The core's one error type, and how it becomes the IPC shape `{code, message, field}`.
//!
//! Every variant maps to one [`ErrorCode`] so the UI and the CLI branch on a code. Messages come
//! from the layer that knows best (the Personio client names the missing attribute, the store
//! names the file) and never contain the secret.

use crate::settings::SettingsError;
use crate::vault::VaultError;
use stint_model::{ErrorCode, IpcError};
use stint_personio::PersonioError;
use stint_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// Bad input; `field` is the form field to mark (`clientId`, `email`, …).
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },

    #[error(transparent)]
    Personio(#[from] PersonioError),

    #[error("Personio is not connected: connect it in the Connections tab first")]
    NotConnected,

    #[error(
        "Personio is already connected as {email}: disconnect first to connect another account"
    )]
    AlreadyConnected { email: String },

    #[error("{what} are synced from Personio: disconnect Personio to edit them manually")]
    LockedByPersonio { what: &'static str },

    #[error("A sync is already running; wait for it to finish")]
    SyncInProgress,

    /// Personio was disconnected (or connected anew) while a sync or connect ran: its data
    /// belongs to a connection that is gone, so none of it was kept.
    #[error("Personio was disconnected while this sync ran; nothing of it was kept")]
    Superseded,

    #[error(
        "The Personio client secret is missing from the OS keyring; disconnect and connect \
         again"
    )]
    SecretMissing,

    #[error(transparent)]
    Vault(#[from] VaultError),

    /// The database failed (disk, lock, damage); the message names the file.
    #[error(transparent)]
    Storage(StorageError),

    #[error(transparent)]
    Settings(#[from] SettingsError),
}

impl CoreError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Invalid { .. } | Self::AlreadyConnected { .. } => ErrorCode::InvalidInput,
            Self::Personio(err) => personio_code(err),
            Self::NotConnected | Self::Superseded => ErrorCode::NotConnected,
            Self::LockedByPersonio { .. } => ErrorCode::LockedByPersonio,
            Self::SyncInProgress => ErrorCode::SyncInProgress,
            Self::SecretMissing | Self::Vault(_) => ErrorCode::Keyring,
            Self::Storage(_) | Self::Settings(_) => ErrorCode::Internal,
        }
    }

    /// True for failures where Personio could not be reached: cached data stays in force and
    /// the UI says "offline".
    pub fn is_offline(&self) -> bool {
        self.code() == ErrorCode::Offline
    }
}

fn personio_code(err: &PersonioError) -> ErrorCode {
    match err {
        PersonioError::AuthenticationFailed => ErrorCode::AuthenticationFailed,
        PersonioError::EmployeeNotFound { .. } => ErrorCode::EmployeeNotFound,
        PersonioError::MissingPermission { .. } | PersonioError::MissingAttribute { .. } => {
            ErrorCode::MissingPermission
        }
        PersonioError::RateLimited { .. } => ErrorCode::RateLimited,
        PersonioError::Unavailable { .. }
        | PersonioError::Network { .. }
        | PersonioError::Timeout { .. } => ErrorCode::Offline,
        PersonioError::InvalidBaseUrl { .. } => ErrorCode::InvalidInput,
        _ => ErrorCode::UnexpectedResponse,
    }
}

/// A database failure, opaque outside the core so no store type is part of its API.
#[derive(Debug)]
pub struct StorageError(StoreError);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl From<StoreError> for CoreError {
    fn from(err: StoreError) -> CoreError {
        match err {
            // Something the user pointed at (an entry, an absence) is gone: their input is
            // stale, not the app broken.
            StoreError::NotFound { .. } => CoreError::invalid("id", err.to_string()),
            StoreError::Superseded { .. } => CoreError::Superseded,
            other => CoreError::Storage(StorageError(other)),
        }
    }
}

impl From<&CoreError> for IpcError {
    fn from(err: &CoreError) -> IpcError {
        let field = match err {
            CoreError::Invalid { field, .. } => Some(*field),
            CoreError::Personio(PersonioError::InvalidBaseUrl { .. }) => Some("baseUrl"),
            CoreError::Personio(PersonioError::EmployeeNotFound { .. }) => Some("email"),
            _ => None,
        };
        IpcError {
            code: err.code(),
            message: err.to_string(),
            field: field.map(str::to_owned),
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> IpcError {
        IpcError::from(&err)
    }
}
