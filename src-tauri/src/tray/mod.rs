//! The tray icon: the running timer, today's tracked and target time with "leave at", start /
//! pause / resume / stop, open Stint, quit. Its texts are a pure function ([`texts`]); this
//! module builds the menu, runs its items (the same core calls as the timer bar) and keeps it
//! current — after every change of tracked time, and each minute only while the timer runs.
//!
//! A desktop without a tray (no StatusNotifier host) still starts: the tray is then missing,
//! logged, and its menu stays reachable through the `tray_menu` / `tray_activate` commands.

mod texts;

use std::sync::Arc;
use std::time::Duration;

use crate::active::ActiveCore;
use stint_core::CoreError;
use stint_model::ipc::events::TRACKING_CHANGED;
use stint_model::{ErrorCode, IpcError, TimerStatus, TrayItemView};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Wry};
use tokio::sync::Notify;

pub use texts::texts;

/// The menu's items, kept to change their texts.
pub struct TrayMenu {
    status: MenuItem<Wry>,
    today: MenuItem<Wry>,
    toggle: MenuItem<Wry>,
    stop: MenuItem<Wry>,
    open: MenuItem<Wry>,
    quit: MenuItem<Wry>,
    /// Wakes the minute ticker: the timer may have started or stopped.
    wake: Arc<Notify>,
}

/// Builds the menu and, where the desktop has a tray, the icon; starts the ticker.
pub fn install(app: &AppHandle, active: ActiveCore) -> tauri::Result<()> {
    let item = |id: &str, text: &str, enabled: bool| {
        MenuItem::with_id(app, id, text, enabled, None::<&str>)
    };
    let menu = TrayMenu {
        status: item("status", "No timer running", false)?,
        today: item("today", "Today", false)?,
        toggle: item("toggle", "Start timer", true)?,
        stop: item("stop", "Stop timer", false)?,
        open: item("open", "Open Stint", true)?,
        quit: item("quit", "Quit Stint", true)?,
        wake: Arc::new(Notify::new()),
    };
    let separator = PredefinedMenuItem::separator(app)?;
    let native = Menu::with_items(
        app,
        &[
            &menu.status,
            &menu.today,
            &separator,
            &menu.toggle,
            &menu.stop,
            &PredefinedMenuItem::separator(app)?,
            &menu.open,
            &menu.quit,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id("main")
        .menu(&native)
        .tooltip("Stint")
        .on_menu_event(|app, event| {
            let (app, id) = (app.clone(), event.id().as_ref().to_owned());
            tauri::async_runtime::spawn(async move {
                if let Err(err) = activate(&app, &id).await {
                    tracing::warn!(item = %id, error = %err.message, "tray action failed");
                }
            });
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    if let Err(err) = builder.build(app) {
        tracing::warn!(error = %err, "no tray icon on this desktop; its menu stays reachable through the app");
    }
    let wake = Arc::clone(&menu.wake);
    app.manage(menu);
    tauri::async_runtime::spawn(tick(app.clone(), active, wake));
    Ok(())
}

/// Keeps the menu current: now, and each minute while the timer runs; otherwise it sleeps until
/// woken (no polling while nothing runs). The figures are the core's in use (the demo's while
/// it runs).
async fn tick(app: AppHandle, active: ActiveCore, wake: Arc<Notify>) {
    loop {
        let running = refresh_now(&app, &active).await;
        if running {
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(60)) => {}
                () = wake.notified() => {}
            }
        } else {
            wake.notified().await;
        }
    }
}

/// Asks for a refresh of the menu (after any change of tracked time).
pub fn refresh(app: &AppHandle) {
    if let Some(menu) = app.try_state::<TrayMenu>() {
        menu.wake.notify_one();
    }
    crate::idle::wake(app);
}

/// Sets the menu's texts; answers whether the timer runs.
async fn refresh_now(app: &AppHandle, active: &ActiveCore) -> bool {
    let stint = active.current();
    let figures = tauri::async_runtime::spawn_blocking(move || {
        Ok::<_, CoreError>((stint.timer_state()?, stint.today()?))
    })
    .await;
    let (timer, today) = match figures {
        Ok(Ok(figures)) => figures,
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "the tray could not read today's figures");
            return false;
        }
        Err(_) => return false,
    };
    let Some(menu) = app.try_state::<TrayMenu>() else {
        return false;
    };
    crate::notices::timer(app, timer.as_ref(), &today);
    let t = texts(
        timer.as_ref(),
        &today,
        crate::preferences::speaks_german(app),
    );
    let set = menu
        .status
        .set_text(&t.status)
        .and_then(|()| menu.today.set_text(&t.today))
        .and_then(|()| menu.toggle.set_text(t.toggle))
        .and_then(|()| menu.stop.set_text(t.stop))
        .and_then(|()| menu.stop.set_enabled(t.stop_enabled))
        .and_then(|()| menu.open.set_text(t.open))
        .and_then(|()| menu.quit.set_text(t.quit));
    if let Err(err) = set {
        tracing::warn!(error = %err, "the tray menu could not be updated");
    }
    timer.is_some_and(|t| t.status == TimerStatus::Running)
}

/// Runs one item of the menu, as a click on it does.
pub async fn activate(app: &AppHandle, id: &str) -> Result<(), IpcError> {
    let active = app.state::<ActiveCore>().inner().clone();
    match id {
        "toggle" | "stop" => {
            let id = id.to_owned();
            crate::commands::core(&active, move |run| {
                if id == "stop" {
                    return run.timer_stop().map(drop);
                }
                match run.timer_state()?.map(|t| t.status) {
                    None => run.timer_start("").map(drop),
                    Some(TimerStatus::Running) => run.timer_pause().map(drop),
                    Some(TimerStatus::Paused) => run.timer_resume().map(drop),
                }
            })
            .await?;
            let _ = app.emit(TRACKING_CHANGED, ());
            crate::commands::recording::push_soon(app, &active);
            refresh(app);
            Ok(())
        }
        "open" => {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
            Ok(())
        }
        "quit" => {
            app.exit(0);
            Ok(())
        }
        other => Err(IpcError::new(
            ErrorCode::InvalidInput,
            format!("The tray has no item `{other}`"),
        )),
    }
}

/// Runs an item that needs no core call (`open`, `quit`) from any thread.
pub fn activate_blocking(app: &AppHandle, id: &str) -> Result<(), IpcError> {
    tauri::async_runtime::block_on(activate(app, id))
}

/// The menu as it is now, for the `tray_menu` command.
pub fn items(app: &AppHandle) -> Result<Vec<TrayItemView>, IpcError> {
    let menu = app
        .try_state::<TrayMenu>()
        .ok_or_else(|| IpcError::new(ErrorCode::Internal, "The tray menu was not built"))?;
    [
        &menu.status,
        &menu.today,
        &menu.toggle,
        &menu.stop,
        &menu.open,
        &menu.quit,
    ]
    .iter()
    .map(|item| {
        let read = || -> tauri::Result<TrayItemView> {
            Ok(TrayItemView {
                id: item.id().as_ref().to_owned(),
                text: item.text()?,
                enabled: item.is_enabled()?,
            })
        };
        read().map_err(|err| IpcError::new(ErrorCode::Internal, err.to_string()))
    })
    .collect()
}
