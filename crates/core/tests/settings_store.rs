//! The settings live in the SQLite file, shared by the running app and the CLI (two processes,
//! two `Stint`s on one data folder): each sees what the other saved, neither undoes it, and an
//! earlier version's `settings.json` is moved in once.

mod common;

use common::*;
use stint_core::settings::{IMPORTED_FILE, MOVED_NOTE_FILE, SETTINGS_FILE};
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
    let fresh = open(dir.path()).settings_view().expect("reads");
    assert_eq!(
        fresh.holiday_region.code(),
        "DE-BY",
        "the app's save kept the CLI's region"
    );
    assert_eq!(fresh.sync_interval, SyncInterval::Hours4);
    assert_eq!(
        cli.settings_view().unwrap().sync_interval,
        SyncInterval::Hours4
    );
    assert!(
        !dir.path().join(SETTINGS_FILE).exists(),
        "no settings file is written any more"
    );
}

#[test]
fn an_old_settings_file_is_moved_in_once_and_a_note_left_where_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(SETTINGS_FILE),
        r#"{"holiday_region":"DE-NW","sync_interval":"daily","carry_over_minutes":-210}"#,
    )
    .expect("an earlier version's file");

    let app = open(dir.path());
    let view = app.settings_view().expect("reads");
    assert_eq!(view.holiday_region.code(), "DE-NW", "the region came along");
    assert_eq!(view.sync_interval, SyncInterval::Daily, "and the interval");
    assert_eq!(view.carry_over_minutes, -210, "and the carry-over");
    assert!(
        !dir.path().join(SETTINGS_FILE).exists(),
        "the old file is no longer where an old version would read it"
    );
    assert!(
        dir.path().join(IMPORTED_FILE).exists(),
        "it is kept under another name"
    );
    let note = std::fs::read_to_string(dir.path().join(MOVED_NOTE_FILE)).expect("a note");
    assert!(
        note.contains("stint.sqlite3") && note.contains("config"),
        "the note says where the settings went and how to change them: {note}"
    );

    // A file that appears again (an old version ran) does not overwrite what is stored.
    std::fs::write(
        dir.path().join(SETTINGS_FILE),
        r#"{"holiday_region":"none"}"#,
    )
    .expect("written again");
    app.config_set("sync_interval", "4h").expect("saves");
    let again = open(dir.path()).settings_view().expect("reads");
    assert_eq!(
        again.holiday_region.code(),
        "DE-NW",
        "the store's settings win over a stray file"
    );
    assert_eq!(again.sync_interval, SyncInterval::Hours4);
}

#[test]
fn a_damaged_old_file_is_left_for_the_user_and_the_defaults_apply() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(SETTINGS_FILE);
    std::fs::write(&file, "{ \"carryOver\": oops").expect("a hand edit gone wrong");
    let app = open(dir.path());
    assert_eq!(
        app.settings_view().unwrap().carry_over_minutes,
        0,
        "the defaults apply"
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "{ \"carryOver\": oops",
        "the user's file is left as it was, to be mended"
    );
    app.config_set("holiday_region", "DE")
        .expect("settings change in the store");
    assert_eq!(app.settings_view().unwrap().holiday_region.code(), "DE");
}
