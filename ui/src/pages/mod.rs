//! The three sections of the app, one page component per file.

pub mod connections;
pub mod settings;
pub mod timeline;
