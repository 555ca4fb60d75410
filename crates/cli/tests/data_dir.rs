//! `--data-dir` is the whole of a profile: the database and settings live there (and nowhere
//! else), the secret lives only in the keyring under that folder's entry, and two folders never
//! share a connection.

mod common;

use common::*;

#[test]
fn everything_lives_in_the_data_dir_and_the_secret_in_no_file_of_it() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    // Where the desktop app's default folder would be: it must stay untouched.
    let elsewhere = tempfile::tempdir().unwrap();
    let secret = sandbox.credentials().client_secret;
    let mut connect = connect_command(&sandbox, dir.path(), &secret);
    connect.env("XDG_DATA_HOME", elsewhere.path());
    run(connect).ok("connects");
    let mut sync = cli(dir.path(), &["sync"]);
    sync.env("XDG_DATA_HOME", elsewhere.path());
    run(sync).ok("syncs");

    let files = all_bytes_under(dir.path());
    let names: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    assert!(
        names.iter().any(|p| p.ends_with("stint.sqlite3")),
        "the database is in the data dir: {names:?}"
    );
    assert!(
        !names.iter().any(|p| p.ends_with("settings.json")),
        "the settings live in the database, not in a file beside it: {names:?}"
    );
    for (path, bytes) in &files {
        assert!(
            !contains(bytes, secret.as_bytes()),
            "the client secret must not be written to {path}"
        );
    }
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some(secret.as_str()),
        "the keyring is where the secret is"
    );
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).unwrap().count(),
        0,
        "nothing is written to the default data folder when --data-dir is given"
    );
}

#[test]
fn two_data_dirs_do_not_share_a_connection_or_a_secret() {
    let sandbox = sandbox();
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    connect_demo(&sandbox, first.path());

    assert_eq!(
        status_json(second.path())["state"],
        "disconnected",
        "a second data dir starts without the first one's connection"
    );
    assert_eq!(
        secret_in_keyring(second.path()),
        None,
        "nor with its keyring entry"
    );

    connect_demo(&sandbox, second.path());
    run(cli(first.path(), &["disconnect"])).ok("the first disconnects");

    let second_status = status_json(second.path());
    assert_eq!(
        second_status["state"], "connected",
        "disconnecting one data dir leaves the other connected: {second_status}"
    );
    assert!(
        secret_in_keyring(second.path()).is_some(),
        "and its secret in the keyring"
    );
    run(cli(second.path(), &["sync"])).ok("the second still syncs with its own secret");
}
