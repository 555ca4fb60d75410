//! The names that tie the two ends of IPC together: the backend's commands and the events it
//! emits. The Tauri shell registers and emits by these constants, its build script declares
//! [`commands::ALL`] to Tauri (one permission per command), and the UI invokes and listens by
//! the same constants, so a rename is a compile error on both sides instead of a silent
//! "command not found" at run time.

/// Command names, as `invoke` sends them and `#[tauri::command]` registers them.
pub mod commands {
    pub const APP_INFO: &str = "app_info";
    pub const CONNECTION_STATUS: &str = "connection_status";
    pub const CONNECT: &str = "connect";
    pub const CONNECT_DEMO: &str = "connect_demo";
    pub const SYNC_NOW: &str = "sync_now";
    pub const DISCONNECT: &str = "disconnect";
    pub const TIMELINE: &str = "timeline";
    pub const BALANCES: &str = "balances";
    pub const TIMER_STATE: &str = "timer_state";
    pub const TIMER_START: &str = "timer_start";
    pub const TIMER_PAUSE: &str = "timer_pause";
    pub const TIMER_RESUME: &str = "timer_resume";
    pub const TIMER_STOP: &str = "timer_stop";
    pub const TIMER_SET_NOTE: &str = "timer_set_note";
    pub const TIMER_DISCARD: &str = "timer_discard";
    pub const TIME_ENTRIES: &str = "time_entries";
    pub const ADD_TIME_ENTRY: &str = "add_time_entry";
    pub const UPDATE_TIME_ENTRY: &str = "update_time_entry";
    pub const DELETE_TIME_ENTRY: &str = "delete_time_entry";
    pub const SETTINGS_VIEW: &str = "settings_view";
    pub const SET_WEEKLY_MINUTES: &str = "set_weekly_minutes";
    pub const ADD_MANUAL_ABSENCE: &str = "add_manual_absence";
    pub const DELETE_MANUAL_ABSENCE: &str = "delete_manual_absence";
    pub const SET_SETTING: &str = "set_setting";
    pub const PUSH_TO_PERSONIO: &str = "push_to_personio";
    pub const OFFER_ENTRIES: &str = "offer_entries";
    pub const RESOLVE_CONFLICT: &str = "resolve_conflict";
    pub const UPDATE_PERSONIO_PERIOD: &str = "update_personio_period";
    pub const DELETE_PERSONIO_PERIOD: &str = "delete_personio_period";
    pub const TODAY: &str = "today";
    pub const TRAY_MENU: &str = "tray_menu";
    pub const TRAY_ACTIVATE: &str = "tray_activate";
    pub const PREFERENCES: &str = "preferences";
    pub const SET_PREFERENCE: &str = "set_preference";
    pub const IDLE_PENDING: &str = "idle_pending";
    pub const IDLE_ANSWER: &str = "idle_answer";
    /// Saves a timesheet or the absences where the user chooses (`ExportKind`).
    pub const EXPORT_FILE: &str = "export_file";
    /// The Timeline's first paint, for the app benchmark only (`STINT_STARTUP_REPORT`); the UI
    /// never calls it, a script the backend injects on request does.
    pub const REPORT_DRAWN: &str = "report_drawn";

    /// Every command the webview may call: the app's build script declares exactly these to
    /// Tauri, and `capabilities/default.json` allows exactly these.
    pub const ALL: &[&str] = &[
        APP_INFO,
        CONNECTION_STATUS,
        CONNECT,
        CONNECT_DEMO,
        SYNC_NOW,
        DISCONNECT,
        TIMELINE,
        BALANCES,
        TIMER_STATE,
        TIMER_START,
        TIMER_PAUSE,
        TIMER_RESUME,
        TIMER_STOP,
        TIMER_SET_NOTE,
        TIMER_DISCARD,
        TIME_ENTRIES,
        ADD_TIME_ENTRY,
        UPDATE_TIME_ENTRY,
        DELETE_TIME_ENTRY,
        SETTINGS_VIEW,
        SET_WEEKLY_MINUTES,
        ADD_MANUAL_ABSENCE,
        DELETE_MANUAL_ABSENCE,
        SET_SETTING,
        PUSH_TO_PERSONIO,
        OFFER_ENTRIES,
        RESOLVE_CONFLICT,
        UPDATE_PERSONIO_PERIOD,
        DELETE_PERSONIO_PERIOD,
        TODAY,
        TRAY_MENU,
        TRAY_ACTIVATE,
        PREFERENCES,
        SET_PREFERENCE,
        IDLE_PENDING,
        IDLE_ANSWER,
        EXPORT_FILE,
        REPORT_DRAWN,
    ];
}

/// Events the backend emits to the window (no payload: the UI reloads what it shows).
pub mod events {
    /// The connection, its sync history or a setting changed.
    pub const CONNECTION_CHANGED: &str = "connection-changed";
    /// A timer or a time entry changed: tracked minutes and balances need a reload.
    pub const TRACKING_CHANGED: &str = "tracking-changed";
    /// The user came back after being idle while the timer ran: ask keep / subtract / stop
    /// (the question is read with `idle_pending`).
    pub const IDLE_RETURNED: &str = "idle-returned";
}

#[cfg(test)]
mod tests {
    use super::commands::ALL;

    #[test]
    fn every_command_is_listed_once() {
        let mut names = ALL.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "a command listed twice in ALL");
    }
}
