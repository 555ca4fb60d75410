//! The global shortcut that starts, pauses or resumes the timer from anywhere on the desktop
//! (Tauri's global-shortcut plugin): off until the user sets one (preference `timer_shortcut`,
//! e.g. `Ctrl+Alt+T`). It does what the tray's first timer item does.

use std::str::FromStr;

use stint_model::{ErrorCode, IpcError};
use tauri::AppHandle;
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutState};

/// At start, once the page has loaded: sets the saved shortcut (preference `timer_shortcut`),
/// on a thread of its own. Any call into the plugin during setup held the page back: from
/// setup's end to the page starting took 567–570 ms with it and 59–90 ms without (4 starts
/// each, `src-tauri/src/startup_report.rs`); where inside the plugin and GTK the time goes is
/// not known. With `off`, the default, nothing is registered yet, so nothing is called at all.
pub fn restore_after_load(app: &AppHandle) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let chosen = crate::preferences::get(app, "timer_shortcut");
        if chosen == "off" {
            return;
        }
        let app = app.clone();
        std::thread::spawn(move || {
            if let Err(err) = apply(&app, &chosen) {
                tracing::warn!(shortcut = %chosen, error = %err.message, "the timer shortcut is not set");
            }
        });
    });
}

/// Sets the shortcut to `value` (`off` removes it); a text that is no shortcut, or one the
/// desktop will not give (another app holds it), is refused with the reason.
pub fn apply(app: &AppHandle, value: &str) -> Result<(), IpcError> {
    let shortcuts = app.global_shortcut();
    if value == "off" {
        return shortcuts
            .unregister_all()
            .map_err(|err| IpcError::new(ErrorCode::Internal, err.to_string()));
    }
    let shortcut = Shortcut::from_str(value).map_err(|err| {
        // The parser's own text asks to report the key upstream; users get ours.
        tracing::debug!(%err, value, "not a shortcut");
        IpcError::invalid(
            "value",
            format!(
                "`{value}` is not a shortcut: write it like Ctrl+Alt+T (Ctrl, Alt, Shift or \
                 Super, then one key)"
            ),
        )
    })?;
    shortcuts
        .unregister_all()
        .map_err(|err| IpcError::new(ErrorCode::Internal, err.to_string()))?;
    shortcuts
        .on_shortcut(shortcut, |app, _, event| {
            if event.state == ShortcutState::Pressed {
                let app = app.clone();
                tauri::async_runtime::spawn(async move {
                    if let Err(err) = crate::tray::activate(&app, "toggle").await {
                        tracing::warn!(error = %err.message, "the timer shortcut failed");
                    }
                });
            }
        })
        .map_err(|err| {
            IpcError::invalid(
                "value",
                format!("The desktop did not give Stint `{value}` ({err}); choose another"),
            )
        })
}
