//! Tauri commands, one file per area. Each is an adapter of a few lines.

pub mod app;
pub mod connection;
pub mod demo;
pub mod settings;
pub mod timeline;
pub mod tracking;
