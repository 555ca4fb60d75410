//! `settings.json` is shared by the running app and the CLI (two processes, two `Stint`s on
//! one data folder): each sees what the other saved, and neither undoes it.

mod common;

use common::*;
use stint_core::Settings;
use stint_model::SyncInterval;

#[test]
fn a_change_made_by_the_cli_counts_in_the_running_app_and_survives_its_next_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = open(dir.path());
    assert_eq!(
        app.settings_view().unwrap().holiday_region.code(),
        "none",
        "the default"
    );

    let cli = open(dir.path());
    cli.config_set("holiday_region", "DE-BY")
        .expect("the CLI saves a region");
    assert_eq!(
        app.settings_view().unwrap().holiday_region.code(),
        "DE-BY",
        "the app reads the CLI's change without a restart"
    );

    app.config_set("sync_interval", "4h")
        .expect("the app saves an interval");
    let on_disk = Settings::load(dir.path()).expect("the file reads");
    assert_eq!(
        on_disk.holiday_region.code(),
        "DE-BY",
        "the app's save kept the CLI's region"
    );
    assert_eq!(on_disk.sync_interval, SyncInterval::Hours4);
    assert_eq!(
        cli.settings_view().unwrap().sync_interval,
        SyncInterval::Hours4
    );
}

#[test]
fn a_broken_file_keeps_the_last_good_settings_and_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = open(dir.path());
    app.config_set("carry_over", "-3:30")
        .expect("a carry-over saves");

    let file = dir.path().join("settings.json");
    std::fs::write(&file, "{ \"carryOver\": oops").expect("a hand edit gone wrong");
    assert_eq!(
        app.settings_view().unwrap().carry_over_minutes,
        -210,
        "the app keeps working with what it read before"
    );

    let err = app
        .config_set("holiday_region", "DE")
        .expect_err("a change needs a readable file");
    let message = err.to_string();
    assert!(
        message.contains("settings.json"),
        "the error names the file: {message}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "{ \"carryOver\": oops",
        "the user's file is left as it was, to be mended"
    );

    std::fs::remove_file(&file).expect("the user deletes it");
    app.config_set("holiday_region", "DE")
        .expect("without a file the defaults are changed");
    assert_eq!(app.settings_view().unwrap().holiday_region.code(), "DE");
}
