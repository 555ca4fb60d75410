//! The Settings page's backend calls.

use serde::Serialize;
use stint_model::ipc::commands::{
    ADD_MANUAL_ABSENCE, DELETE_MANUAL_ABSENCE, SETTINGS_VIEW, SET_SETTING, SET_WEEKLY_MINUTES,
};
use stint_model::{IpcError, ManualAbsenceInput, SettingsView};

#[derive(Serialize)]
struct NoArgs {}

pub async fn settings_view() -> Result<SettingsView, IpcError> {
    super::invoke(SETTINGS_VIEW, &NoArgs {}).await
}

#[derive(Serialize)]
struct Minutes {
    minutes: [u32; 7],
}

pub async fn set_weekly_minutes(minutes: [u32; 7]) -> Result<SettingsView, IpcError> {
    super::invoke(SET_WEEKLY_MINUTES, &Minutes { minutes }).await
}

#[derive(Serialize)]
struct Absence<'a> {
    absence: &'a ManualAbsenceInput,
}

pub async fn add_manual_absence(absence: &ManualAbsenceInput) -> Result<SettingsView, IpcError> {
    super::invoke(ADD_MANUAL_ABSENCE, &Absence { absence }).await
}

#[derive(Serialize)]
struct Id {
    id: i64,
}

pub async fn delete_manual_absence(id: i64) -> Result<SettingsView, IpcError> {
    super::invoke(DELETE_MANUAL_ABSENCE, &Id { id }).await
}

#[derive(Serialize)]
struct Setting<'a> {
    key: &'a str,
    value: &'a str,
}

pub async fn set_setting(key: &str, value: &str) -> Result<SettingsView, IpcError> {
    super::invoke(SET_SETTING, &Setting { key, value }).await
}
