//! The Stint desktop app's executable: everything lives in the library, see `lib.rs`.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    stint_app::run();
}
