//! The demo runs in its own data folder (`demo/` inside the user's): starting, resuming and
//! ending it never touches the user's connection, entries, settings or keyring entry, and
//! ending it leaves no demo data behind. Real keyring, real sandbox over loopback.

mod common;

use common::*;
use std::path::Path;
use stint_core::demo::{demo_dir, DEMO_MARKER};
use stint_core::vault::SecretVault;
use stint_core::{CoreError, Stint};
use stint_model::{HolidayRegion, TimeEntryInput};
use stint_personio::Secret;

fn open_demo(dir: &Path) -> Result<Stint, CoreError> {
    Ok(open(dir))
}

/// The user's folder with an entry of their own, a setting of their own and a secret of
/// their own in the keyring (as if they had connected before).
fn user_folder() -> (tempfile::TempDir, Stint) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let user = open(dir.path());
    user.add_time_entry(&TimeEntryInput {
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("valid"),
        start: Some("09:00".into()),
        end: Some("12:00".into()),
        minutes: None,
        note: "mine".into(),
    })
    .expect("the user's entry is added");
    user.config_set("holiday_region", "DE-BY")
        .expect("the user's region is set");
    keyring(dir.path())
        .store(&Secret::new("the-users-own-secret".to_owned()))
        .expect("the keyring stores");
    (dir, user)
}

/// What the user sees of their own folder: to compare before and after the demo.
fn users_view(user: &Stint) -> String {
    let from = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid");
    let to = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("valid");
    format!(
        "{:?}\n{:?}\n{:?}",
        user.time_entries(from, to).expect("entries read"),
        user.settings_view().expect("settings read"),
        user.status().expect("status reads").state,
    )
}

#[tokio::test]
async fn the_demo_lives_in_its_own_folder_and_leaving_it_removes_it() {
    let sandbox = sandbox().await;
    let (dir, user) = user_folder();
    let before = users_view(&user);
    let demo = user
        .start_demo(&demo_request(&sandbox), open_demo)
        .await
        .expect("the demo starts");
    let folder = demo_dir(dir.path());
    assert_eq!(
        demo.data_dir(),
        folder,
        "the demo's data is in <user folder>/demo"
    );
    assert!(
        dir.path().join(DEMO_MARKER).exists(),
        "the user's folder says the demo runs"
    );
    assert!(demo.is_demo(), "the demo folder holds the demo connection");
    assert!(
        !user.is_connected(),
        "the user's own folder stays unconnected"
    );
    assert_eq!(
        users_view(&user),
        before,
        "the user's own data is untouched by the demo"
    );
    assert_ne!(
        keyring(&folder).account(),
        keyring(dir.path()).account(),
        "the demo's secret has a keyring entry of its own"
    );
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some("the-users-own-secret"),
        "the user's keyring entry is not overwritten"
    );
    assert!(
        secret_in_keyring(&folder).is_some(),
        "the demo's secret is in its own entry"
    );
    assert_eq!(
        demo.settings_view().expect("settings").holiday_region,
        HolidayRegion::Germany,
        "the demo company's holidays are Germany's"
    );

    let again = user.start_demo(&demo_request(&sandbox), open_demo).await;
    assert!(
        matches!(again, Err(CoreError::AlreadyConnected { .. })),
        "a second demo is refused while one runs: {again:?}"
    );
    assert!(demo.is_demo(), "and the running demo is left as it was");

    // A restart: the user's folder opens again and finds its demo.
    drop(demo);
    let user = open(dir.path());
    let demo = user
        .resume_demo(open_demo)
        .expect("the demo folder opens")
        .expect("a restart comes back into the demo");
    assert!(demo.is_demo(), "the resumed folder is the demo");

    let status = user.end_demo(&demo).expect("the demo ends");
    assert!(!status.demo, "back on the user's own folder");
    assert!(!folder.exists(), "leaving the demo removes its folder");
    assert!(!dir.path().join(DEMO_MARKER).exists(), "and the marker");
    assert_eq!(secret_in_keyring(&folder), None, "and the demo's secret");
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some("the-users-own-secret"),
        "the user's own secret stays"
    );
    assert_eq!(
        users_view(&user),
        before,
        "the user's data is exactly as it was"
    );
    assert!(
        user.resume_demo(open_demo).expect("no demo").is_none(),
        "a restart after leaving stays on the user's data"
    );
    keyring(dir.path())
        .delete()
        .expect("the test's secret is removed");
}

#[tokio::test]
async fn an_unfinished_demo_folder_is_cleared_away_and_a_connected_user_gets_no_demo() {
    let (dir, user) = user_folder();
    let folder = demo_dir(dir.path());
    std::fs::create_dir_all(&folder).expect("a leftover folder");
    std::fs::write(folder.join("leftover"), b"x").expect("a leftover file");
    assert!(
        user.resume_demo(open_demo).expect("clears").is_none(),
        "a demo folder without the marker is no demo"
    );
    assert!(!folder.exists(), "the leftover is removed");

    let sandbox = sandbox().await;
    user.connect(&demo_request(&sandbox))
        .await
        .expect("the user connects Personio");
    let refused = user.start_demo(&demo_request(&sandbox), open_demo).await;
    assert!(
        matches!(refused, Err(CoreError::AlreadyConnected { .. })),
        "no demo while the user's own Personio is connected: {refused:?}"
    );
    assert!(!folder.exists(), "a refused demo makes no folder");
    user.disconnect().expect("disconnects");
}
