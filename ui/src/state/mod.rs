//! UI state as pure reducers: one for the shell, one per page that has more than a value.

mod app;
pub mod axis;
pub mod calendar;
pub mod connections;
pub mod entries;
pub mod idle;
pub mod recording;
pub mod settings;
pub mod timeline;
pub mod tracking;

pub use app::{Remote, Section, UiAction, UiState};
