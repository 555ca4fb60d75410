//! The Connection Manager's state: the form, the status from the backend, what is in flight.
//!
//! Pure: the page dispatches what happened (typed, answered, failed) and renders the result.

use super::Remote;
use std::rc::Rc;
use stint_model::{ConnectionStatus, IpcError};
use yew::Reducible;

/// The connect form's fields, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectForm {
    pub client_id: String,
    pub client_secret: String,
    pub email: String,
    pub base_url: String,
}

/// Which form field a change is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    ClientId,
    ClientSecret,
    Email,
    BaseUrl,
}

impl Field {
    /// The name the backend uses in `IpcError::field`.
    pub fn wire_name(self) -> &'static str {
        match self {
            Field::ClientId => "clientId",
            Field::ClientSecret => "clientSecret",
            Field::Email => "email",
            Field::BaseUrl => "baseUrl",
        }
    }
}

/// What is running right now; buttons are disabled meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Busy {
    Connecting,
    Syncing,
    Disconnecting,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectionsState {
    pub status: Remote<ConnectionStatus>,
    pub form: ConnectForm,
    pub busy: Option<Busy>,
    pub error: Option<IpcError>,
    pub confirm_disconnect: bool,
}

#[derive(Debug)]
pub enum ConnectionsAction {
    Loaded(Result<ConnectionStatus, IpcError>),
    Edit(Field, String),
    Start(Busy),
    /// A connect / sync / disconnect finished.
    Finished(Busy, Result<ConnectionStatus, IpcError>),
    AskDisconnect,
    CancelDisconnect,
}

impl ConnectionsState {
    /// The error to show next to `field`, if the last failure was about it.
    pub fn field_error(&self, field: Field) -> Option<&IpcError> {
        self.error
            .as_ref()
            .filter(|e| e.field.as_deref() == Some(field.wire_name()))
    }

    /// The error to show as a banner: one not tied to a field.
    pub fn general_error(&self) -> Option<&IpcError> {
        self.error.as_ref().filter(|e| e.field.is_none())
    }
}

impl Reducible for ConnectionsState {
    type Action = ConnectionsAction;

    fn reduce(self: Rc<Self>, action: ConnectionsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ConnectionsAction::Loaded(Ok(status)) => next.status = Remote::Ready(status),
            ConnectionsAction::Loaded(Err(err)) => next.status = Remote::Failed(err),
            ConnectionsAction::Edit(field, value) => {
                let slot = match field {
                    Field::ClientId => &mut next.form.client_id,
                    Field::ClientSecret => &mut next.form.client_secret,
                    Field::Email => &mut next.form.email,
                    Field::BaseUrl => &mut next.form.base_url,
                };
                *slot = value;
                if next.field_error(field).is_some() {
                    next.error = None;
                }
            }
            ConnectionsAction::Start(busy) => {
                next.busy = Some(busy);
                next.error = None;
                next.confirm_disconnect = false;
            }
            // A sync the user overtook with a disconnect answers after it ("not connected", or a
            // status from before): the disconnect's answer is the one that stands.
            ConnectionsAction::Finished(Busy::Syncing, _) if self.busy != Some(Busy::Syncing) => {
                return self;
            }
            ConnectionsAction::Finished(_, Ok(status)) => {
                next.busy = None;
                if status.employee.is_some() {
                    // Connected: the secret must not linger in the page's memory.
                    next.form.client_secret.clear();
                }
                if status.client_id.is_none() {
                    next.form = ConnectForm::default();
                }
                next.status = Remote::Ready(status);
            }
            ConnectionsAction::Finished(_, Err(err)) => {
                next.busy = None;
                next.error = Some(err);
            }
            ConnectionsAction::AskDisconnect => next.confirm_disconnect = true,
            ConnectionsAction::CancelDisconnect => next.confirm_disconnect = false,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::ErrorCode;

    fn state() -> Rc<ConnectionsState> {
        Rc::new(ConnectionsState::default())
    }

    #[test]
    fn a_field_error_shows_at_its_field_and_clears_when_the_field_is_edited() {
        let s = state().reduce(ConnectionsAction::Finished(
            Busy::Connecting,
            Err(IpcError::invalid("email", "`x` is not an email address")),
        ));
        assert_eq!(
            s.field_error(Field::Email).map(|e| e.message.as_str()),
            Some("`x` is not an email address"),
            "shown at email"
        );
        assert!(
            s.general_error().is_none(),
            "a field error is not also a banner"
        );
        let s = s.reduce(ConnectionsAction::Edit(
            Field::Email,
            "anna@firma.de".into(),
        ));
        assert!(s.error.is_none(), "editing the field clears its error");
    }

    #[test]
    fn an_auth_failure_is_a_banner_and_keeps_what_was_typed() {
        let s = state()
            .reduce(ConnectionsAction::Edit(Field::ClientId, "id".into()))
            .reduce(ConnectionsAction::Start(Busy::Connecting))
            .reduce(ConnectionsAction::Finished(
                Busy::Connecting,
                Err(IpcError::new(
                    ErrorCode::AuthenticationFailed,
                    "Authentication failed: check client id and secret",
                )),
            ));
        assert_eq!(s.busy, None, "the progress ends");
        assert_eq!(
            s.general_error().map(|e| e.code),
            Some(ErrorCode::AuthenticationFailed),
            "banner"
        );
        assert_eq!(s.form.client_id, "id", "nothing typed is lost on failure");
    }

    #[test]
    fn asking_to_disconnect_needs_confirmation_and_can_be_cancelled() {
        let s = state().reduce(ConnectionsAction::AskDisconnect);
        assert!(s.confirm_disconnect, "the confirmation shows");
        let s = s.reduce(ConnectionsAction::CancelDisconnect);
        assert!(
            !s.confirm_disconnect,
            "cancel hides it and nothing else happens"
        );
    }

    #[test]
    fn a_sync_overtaken_by_a_disconnect_does_not_show_its_late_answer() {
        let s = state()
            .reduce(ConnectionsAction::Start(Busy::Syncing))
            .reduce(ConnectionsAction::Start(Busy::Disconnecting))
            .reduce(ConnectionsAction::Finished(
                Busy::Syncing,
                Err(IpcError::new(
                    ErrorCode::NotConnected,
                    "Personio was disconnected while this sync ran",
                )),
            ));
        assert_eq!(s.error, None, "the overtaken sync's error is not shown");
        assert_eq!(
            s.busy,
            Some(Busy::Disconnecting),
            "the disconnect is still the action in progress"
        );
    }
}
