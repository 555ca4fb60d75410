//! Reusable pieces of the UI, one component per file.

pub mod about;
pub mod confirm_dialog;
pub mod connect_form;
pub mod employee_card;
pub mod nav;
pub mod sync_history;

/// `2026-11-22T19:40:05.123+01:00` → `2026-11-22 19:40`: readable, and the user's local time
/// because the backend sends local offsets.
pub fn short_time(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or(rfc3339).replace('T', " ")
}
