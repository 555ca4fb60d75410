//! The shell's state: which section is shown and what the backend told us about itself.

use crate::i18n::{Key, Lang};
use std::rc::Rc;
use stint_model::{AppInfo, IpcError};
use yew::Reducible;

/// The app's top-level sections, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Timeline,
    Connections,
    Settings,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Timeline, Section::Connections, Section::Settings];

    /// Stable id used in the DOM (`data-section`, element ids): the e2e suite selects by it.
    pub fn id(self) -> &'static str {
        match self {
            Section::Timeline => "timeline",
            Section::Connections => "connections",
            Section::Settings => "settings",
        }
    }

    /// The navigation text and page heading.
    pub fn label(self) -> Key {
        match self {
            Section::Timeline => Key::NavTimeline,
            Section::Connections => Key::NavConnections,
            Section::Settings => Key::NavSettings,
        }
    }
}

/// The app info request: not asked yet, answered, or failed with the backend's error.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Remote<T> {
    #[default]
    Loading,
    Ready(T),
    Failed(IpcError),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UiState {
    pub section: Section,
    pub app_info: Remote<AppInfo>,
    /// Connected to the demo company: the shell labels the whole app as demo.
    pub demo: bool,
    /// The UI language, provided to every component as a context.
    pub lang: Lang,
}

#[derive(Debug)]
pub enum UiAction {
    Select(Section),
    AppInfoLoaded(Result<AppInfo, IpcError>),
    DemoChanged(bool),
    /// The user chose a language in Settings.
    SetLang(Lang),
}

impl Reducible for UiState {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Select(section) => next.section = section,
            UiAction::AppInfoLoaded(Ok(info)) => next.app_info = Remote::Ready(info),
            UiAction::AppInfoLoaded(Err(err)) => next.app_info = Remote::Failed(err),
            UiAction::DemoChanged(demo) => next.demo = demo,
            UiAction::SetLang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::ErrorCode;

    #[test]
    fn selecting_a_section_changes_only_the_section() {
        let state = Rc::new(UiState::default());
        let next = state.reduce(UiAction::Select(Section::Settings));
        assert_eq!(
            next.section,
            Section::Settings,
            "the selected section must be shown"
        );
        assert_eq!(
            next.app_info,
            Remote::Loading,
            "navigation must not touch loaded data"
        );
    }

    #[test]
    fn choosing_a_language_keeps_the_section() {
        let state = Rc::new(UiState::default()).reduce(UiAction::Select(Section::Settings));
        let next = state.reduce(UiAction::SetLang(Lang::De));
        assert_eq!(next.lang, Lang::De, "the chosen language is shown");
        assert_eq!(
            next.section,
            Section::Settings,
            "switching language stays on Settings, where it was chosen"
        );
    }

    #[test]
    fn a_failed_app_info_request_keeps_the_error_for_display() {
        let err = IpcError::new(ErrorCode::Internal, "no data dir");
        let next = Rc::new(UiState::default()).reduce(UiAction::AppInfoLoaded(Err(err.clone())));
        assert_eq!(
            next.app_info,
            Remote::Failed(err),
            "the UI shows the backend's message"
        );
    }
}
