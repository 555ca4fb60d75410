//! The Tauri shell of Stint: builds the window, registers the commands and manages app state.
//!
//! This crate is a thin adapter. Commands (in [`commands`]) take state, call into the core crates
//! and map errors to the one IPC shape; no SQL, HTTP or keyring code lives here.

mod active;
mod commands;
mod demo;
mod idle;
mod loopback;
mod notices;
mod paths;
mod preferences;
mod scheduler;
mod shortcut;
mod single_instance;
mod startup_report;
mod tray;
mod webview_env;

use std::sync::Arc;
use tauri::Manager;

/// Starts the app and blocks until its last window closes.
pub fn run() {
    // First, while the process has one thread: WebKit reads it when the webview starts.
    webview_env::configure();
    init_tracing();
    webview_env::log_choice();
    // One app per data folder: a second launch brings the first to the front and ends here,
    // before it opens a window or the database.
    let claim = paths::data_dir().and_then(|dir| Ok(single_instance::claim(&dir)?));
    let first = match claim {
        Ok(single_instance::Instance::First(first)) => first,
        Ok(single_instance::Instance::Handed) => {
            tracing::info!("Stint already runs on this data folder: brought it to the front");
            return;
        }
        Err(err) => {
            eprintln!("Stint could not start: {err}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_autostart::Builder::new().build())
        .plugin(tauri_plugin_global_shortcut::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .on_page_load(|webview, payload| {
            startup_report::on_page_load(webview, payload);
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                shortcut::restore_after_load(webview.app_handle());
            }
        })
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_) => {
                preferences::remember_window(window.app_handle(), window);
            }
            tauri::WindowEvent::CloseRequested { api, .. }
                if preferences::get(window.app_handle(), "close_to_tray") == "on" =>
            {
                // Stays in the tray; "Open Stint" there (or a second launch) brings it back.
                api.prevent_close();
                let _ = window.hide();
                notices::closed_to_tray(window.app_handle());
            }
            _ => {}
        })
        .setup(move |app| {
            let handle = app.handle().clone();
            first.serve(move || {
                if let Err(err) = tray::activate_blocking(&handle, "open") {
                    tracing::warn!(error = %err.message, "could not come to the front");
                }
            });
            let data_dir = paths::data_dir()?;
            tracing::info!(data_dir = %data_dir.display(), "starting Stint");
            let clock = clock()?;
            let user = Arc::new(stint_core::Stint::open_at(&data_dir, Arc::clone(&clock))?);
            // The core in use: the user's, or the demo's own folder's when the app was left
            // in the demo; swapped by "Try with demo data" and by leaving the demo.
            let demo = demo::DemoServer::new(clock);
            let active = demo::resume(user, &demo);
            app.manage(demo);
            app.manage(active.clone());
            let scheduler = scheduler::start(app.handle().clone(), active.clone());
            tray::install(app.handle(), active.clone())?;
            let prefs = preferences::open(app.handle(), &data_dir)?;
            if let Some(window) = app.get_webview_window("main") {
                preferences::restore_window(&prefs, &window);
            }
            app.manage(paths::DataDir(data_dir));
            app.manage(notices::Notices::default());
            app.manage(scheduler);
            idle::start(app.handle().clone(), active);
            // The saved timer shortcut is set once the page has loaded, not here
            // (`shortcut::restore_after_load` says why).
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::report_drawn,
            commands::connection::connection_status,
            commands::connection::connect,
            commands::connection::sync_now,
            commands::connection::disconnect,
            commands::timeline::timeline,
            commands::export::export_file,
            commands::timeline::balances,
            commands::tracking::timer_state,
            commands::tracking::timer_start,
            commands::tracking::timer_pause,
            commands::tracking::timer_resume,
            commands::tracking::timer_stop,
            commands::tracking::timer_set_note,
            commands::tracking::timer_discard,
            commands::tracking::time_entries,
            commands::tracking::add_time_entry,
            commands::tracking::update_time_entry,
            commands::tracking::delete_time_entry,
            commands::demo::connect_demo,
            commands::settings::settings_view,
            commands::settings::set_weekly_minutes,
            commands::settings::add_manual_absence,
            commands::settings::delete_manual_absence,
            commands::settings::set_setting,
            commands::recording::push_to_personio,
            commands::recording::offer_entries,
            commands::recording::resolve_conflict,
            commands::recording::update_personio_period,
            commands::recording::delete_personio_period,
            commands::today::today,
            commands::today::tray_menu,
            commands::today::tray_activate,
            commands::preferences::preferences,
            commands::preferences::set_preference,
            commands::idle::idle_pending,
            commands::idle::idle_answer,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            // Nothing to show a window with: the terminal is all we have.
            eprintln!("Stint could not start: {err}");
            std::process::exit(1);
        });
}

/// The machine's clock, or — when `STINT_CLOCK_START` names a local time like
/// `2026-06-02T16:00:00` — that time running on from now (for e2e journeys that must see a
/// day's target pass without waiting for it).
fn clock() -> Result<Arc<dyn stint_core::clock::Clock>, String> {
    use chrono::TimeZone;
    let Ok(text) = std::env::var("STINT_CLOCK_START") else {
        return Ok(Arc::new(stint_core::clock::SystemClock));
    };
    let start = chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%S")
        .ok()
        .and_then(|at| chrono::Local.from_local_datetime(&at).earliest())
        .ok_or_else(|| {
            format!("STINT_CLOCK_START=`{text}` is not a local time like 2026-06-02T16:00:00")
        })?;
    tracing::warn!(%start, "the clock is shifted for a test (STINT_CLOCK_START)");
    Ok(Arc::new(stint_core::clock::ShiftedClock::starting_at(
        start,
    )))
}

/// Logs go to stderr, filtered by `RUST_LOG` (default: info for Stint, warnings for the rest).
fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,stint_app=info"));
    // A second init (e.g. in tests) is harmless; ignore it.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
