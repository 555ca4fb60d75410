//! UI state as pure reducers: one for the shell, one per page that has more than a value.

mod app;
pub mod connections;

pub use app::{Remote, Section, UiAction, UiState};
