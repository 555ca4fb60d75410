//! The shell's state: which section is shown and what the backend told us about itself.

use crate::i18n::Key;
use crate::prefs::{PrefChange, Prefs};
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
    /// Language, theme and week start, provided to every component as a context.
    pub prefs: Prefs,
    /// The user picked a section: a late "fresh install" answer must not move them.
    pub navigated: bool,
}

#[derive(Debug)]
pub enum UiAction {
    Select(Section),
    AppInfoLoaded(Result<AppInfo, IpcError>),
    DemoChanged(bool),
    /// The user changed a display preference in Settings.
    SetPref(PrefChange),
    /// The preferences as the backend keeps them (asked once at start).
    PrefsLoaded(Prefs),
}

impl Reducible for UiState {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Select(section) => {
                next.section = section;
                next.navigated = true;
            }
            UiAction::AppInfoLoaded(Ok(info)) => {
                // Nothing configured yet: start where the demo offer and the connect form are.
                if info.fresh && !self.navigated {
                    next.section = Section::Connections;
                }
                next.app_info = Remote::Ready(info);
            }
            UiAction::AppInfoLoaded(Err(err)) => next.app_info = Remote::Failed(err),
            UiAction::DemoChanged(demo) => next.demo = demo,
            UiAction::SetPref(change) => next.prefs = next.prefs.with(change),
            UiAction::PrefsLoaded(prefs) => next.prefs = prefs,
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

    fn info(fresh: bool) -> AppInfo {
        AppInfo {
            name: "Stint".into(),
            version: "0.1.0".into(),
            data_dir: "/tmp/stint".into(),
            os: "linux".into(),
            fresh,
        }
    }

    #[test]
    fn a_fresh_install_opens_on_connections_unless_the_user_already_moved() {
        let start = Rc::new(UiState::default());
        assert_eq!(
            start
                .clone()
                .reduce(UiAction::AppInfoLoaded(Ok(info(true))))
                .section,
            Section::Connections,
            "nothing configured: the demo offer is the first thing seen"
        );
        assert_eq!(
            start
                .clone()
                .reduce(UiAction::AppInfoLoaded(Ok(info(false))))
                .section,
            Section::Timeline,
            "a configured install opens on the Timeline"
        );
        let moved = start.reduce(UiAction::Select(Section::Settings));
        assert_eq!(
            moved
                .reduce(UiAction::AppInfoLoaded(Ok(info(true))))
                .section,
            Section::Settings,
            "a late answer does not pull the user away from where they clicked"
        );
    }

    #[test]
    fn choosing_a_language_keeps_the_section() {
        let state = Rc::new(UiState::default()).reduce(UiAction::Select(Section::Settings));
        let next = state.reduce(UiAction::SetPref(PrefChange::Lang(crate::i18n::Lang::De)));
        assert_eq!(
            next.prefs.lang,
            crate::i18n::Lang::De,
            "the chosen language is shown"
        );
        assert_eq!(
            next.section,
            Section::Settings,
            "switching language stays on Settings, where it was chosen"
        );
    }

    #[test]
    fn the_backends_preferences_replace_the_cached_ones_where_the_user_is() {
        use crate::prefs::Theme;
        let state = Rc::new(UiState::default()).reduce(UiAction::Select(Section::Settings));
        let backend = Prefs {
            lang: crate::i18n::Lang::De,
            theme: Theme::Dark,
            week_start: chrono::Weekday::Sun,
        };
        let next = state.reduce(UiAction::PrefsLoaded(backend));
        assert_eq!(
            next.prefs, backend,
            "the data folder's preferences are shown, not the paint cache's"
        );
        assert_eq!(
            next.section,
            Section::Settings,
            "the answer does not move the user"
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
