//! Backend errors in the user's language.
//!
//! The backend speaks English: its messages name the input and the fix, and `stint-cli` prints
//! the same ones. In German the UI shows its own sentence for every error whose meaning is fixed
//! by its code, and for the specific ones (a validation, a missing Personio attribute, an
//! internal failure) a German lead-in followed by the backend's detail, so nothing the user
//! needs to fix the problem is hidden. Checks the UI makes itself before asking the backend
//! (hours, minutes, dates) write their detail in the user's language already and get the same
//! lead-in, so every refused input reads alike.

use super::{t, Key, Lang};
use stint_model::duration::DurationError;
use stint_model::{ErrorCode, IpcError};

/// Why a typed duration was refused (by `stint_model::duration`, the one reader), in `lang`,
/// naming what was typed: "`7:5` is not a duration (e.g. …)".
pub fn duration_text(lang: Lang, raw: &str, err: DurationError) -> String {
    let key = match err {
        DurationError::Empty => Key::DurationEmpty,
        DurationError::NotADuration => Key::DurationInvalid,
        DurationError::NotWholeMinutes => Key::DurationNotWhole,
        DurationError::TooLong => Key::HoursRange,
        DurationError::Negative => Key::DurationNegative,
    };
    format!("`{}` {}", raw.trim(), t(lang, key))
}

/// What to show for `err` in `lang`.
pub fn error_text(lang: Lang, err: &IpcError) -> String {
    if lang == Lang::En {
        return err.message.clone();
    }
    let fixed = |key| t(lang, key).to_owned();
    let detailed = |key| format!("{}: {}", t(lang, key), err.message);
    match err.code {
        ErrorCode::AuthenticationFailed => fixed(Key::ErrAuthenticationFailed),
        ErrorCode::EmployeeNotFound => fixed(Key::ErrEmployeeNotFound),
        ErrorCode::RateLimited => fixed(Key::ErrRateLimited),
        ErrorCode::Offline => fixed(Key::ErrOffline),
        ErrorCode::NotConnected => fixed(Key::ErrNotConnected),
        ErrorCode::SyncInProgress => fixed(Key::ErrSyncInProgress),
        ErrorCode::Keyring => fixed(Key::ErrKeyring),
        ErrorCode::LockedByPersonio => fixed(Key::LockedNote),
        ErrorCode::InvalidInput => detailed(Key::ErrInvalidInput),
        ErrorCode::MissingPermission => detailed(Key::ErrMissingPermission),
        ErrorCode::UnexpectedResponse => detailed(Key::ErrUnexpectedResponse),
        ErrorCode::Internal => detailed(Key::ErrInternal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_shows_the_backends_message_unchanged() {
        let err = IpcError::new(
            ErrorCode::Offline,
            "Personio could not be reached (timeout)",
        );
        assert_eq!(error_text(Lang::En, &err), err.message);
    }

    #[test]
    fn german_translates_fixed_meanings_and_keeps_specific_details() {
        let offline = IpcError::new(ErrorCode::Offline, "Personio could not be reached");
        assert!(
            error_text(Lang::De, &offline).starts_with("Personio ist nicht erreichbar"),
            "a fixed meaning is said in German"
        );
        let invalid = IpcError::invalid("value", "`lots` is not a duration");
        let text = error_text(Lang::De, &invalid);
        assert!(
            text.starts_with("Bitte Eingabe prüfen") && text.contains("`lots`"),
            "a specific message keeps its detail after a German lead-in: {text}"
        );
    }
}
