//! The webview may call exactly the app's own commands: the ones `src-tauri/src/lib.rs`
//! registers, which are the ones `stint_model::ipc::commands::ALL` names (and the build script
//! declares to Tauri), each allowed by one `allow-<command>` in
//! `src-tauri/capabilities/default.json`.
//!
//! Tauri denies an app command that no capability allows (a "not allowed" error in the UI at run
//! time, not at build time), so a command registered without its permission would only show up
//! as a broken button. These tests catch it in `cargo test`.

use std::collections::BTreeSet;
use std::path::Path;

use stint_model::ipc::commands::ALL;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

/// The function names inside `tauri::generate_handler![…]`: the last path segment of each entry
/// (`commands::tracking::timer_stop` → `timer_stop`), which is the command name Tauri registers.
fn registered_commands(lib_rs: &str) -> Vec<String> {
    const MACRO: &str = "generate_handler![";
    let start = lib_rs.find(MACRO).expect(
        "src-tauri/src/lib.rs has no `tauri::generate_handler![...]`: this test reads the \
         registered commands from it (update `registered_commands` if they moved)",
    ) + MACRO.len();
    let len = lib_rs[start..]
        .find(']')
        .expect("`generate_handler![` in src-tauri/src/lib.rs is not closed by `]`");
    lib_rs[start..start + len]
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| entry.rsplit("::").next().unwrap_or(entry).to_owned())
        .collect()
}

/// The permission Tauri generates for an app command declared by the build script:
/// `allow-` and the command name with dashes (`timer_set_note` → `allow-timer-set-note`).
fn allow_permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

#[test]
fn registered_commands_are_the_ones_in_the_model() {
    let registered = registered_commands(&read("src-tauri/src/lib.rs"));
    let unique: BTreeSet<&str> = registered.iter().map(String::as_str).collect();
    assert_eq!(
        unique.len(),
        registered.len(),
        "a command is registered twice in `tauri::generate_handler!` (src-tauri/src/lib.rs): \
         {registered:?}"
    );
    let all: BTreeSet<&str> = ALL.iter().copied().collect();
    let unlisted: Vec<_> = unique.difference(&all).collect();
    let unregistered: Vec<_> = all.difference(&unique).collect();
    assert!(
        unlisted.is_empty() && unregistered.is_empty(),
        "the commands registered in `tauri::generate_handler!` (src-tauri/src/lib.rs) must be \
         exactly `stint_model::ipc::commands::ALL` (crates/model/src/ipc.rs), which the build \
         script declares to Tauri and the UI invokes by.\n  Registered but not in ALL (add it \
         to ALL and `allow-<command>` to src-tauri/capabilities/default.json): {unlisted:?}\n  \
         In ALL but not registered (register the command or remove it from ALL): \
         {unregistered:?}"
    );
}

#[test]
fn the_window_is_allowed_exactly_the_app_commands() {
    let path = "src-tauri/capabilities/default.json";
    let capability: serde_json::Value = serde_json::from_str(&read(path))
        .unwrap_or_else(|err| panic!("{path} is not valid JSON: {err}"));
    let permissions = capability["permissions"]
        .as_array()
        .unwrap_or_else(|| panic!("{path} has no `permissions` array"));
    // An entry is an identifier or an object with one (`{"identifier": …, "allow": […]}`);
    // the app's own permissions are the ones without a `plugin:` prefix (`core:event:…`).
    let granted: Vec<&str> = permissions
        .iter()
        .map(|entry| {
            entry
                .as_str()
                .or_else(|| entry["identifier"].as_str())
                .unwrap_or_else(|| panic!("{path}: a permission without an identifier: {entry}"))
        })
        .filter(|identifier| !identifier.contains(':'))
        .collect();
    let granted_set: BTreeSet<&str> = granted.iter().copied().collect();
    assert_eq!(
        granted_set.len(),
        granted.len(),
        "{path} lists an app permission twice: {granted:?}"
    );
    let expected: BTreeSet<String> = ALL
        .iter()
        .map(|command| allow_permission(command))
        .collect();
    let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
    let missing: Vec<_> = expected.difference(&granted_set).collect();
    let extra: Vec<_> = granted_set.difference(&expected).collect();
    assert!(
        missing.is_empty(),
        "{path} does not allow these commands of `stint_model::ipc::commands::ALL`, so Tauri \
         refuses them when the UI invokes them: add these permissions to its `permissions`: \
         {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "{path} grants app permissions for no command in `stint_model::ipc::commands::ALL` \
         (a removed or renamed command, or a `deny-`): remove them, or add the command to ALL: \
         {extra:?}"
    );
    assert_eq!(
        capability["windows"],
        serde_json::json!(["main"]),
        "{path} should apply to the one window, `main` (tauri.conf.json): a capability for every \
         window would hand the commands to any window the app ever opens"
    );
}

#[test]
fn the_handler_list_is_read_as_tauri_reads_it() {
    let lib_rs = "tauri::generate_handler![\n    commands::app::app_info, // the about box\n    \
                  commands::tracking::timer_stop,\n    sync_now\n]";
    assert_eq!(
        registered_commands(lib_rs),
        ["app_info", "timer_stop", "sync_now"],
        "entries are split on commas, comments dropped, and only the function name kept"
    );
    assert_eq!(
        allow_permission("timer_set_note"),
        "allow-timer-set-note",
        "Tauri names an app command's permission `allow-` + the command with dashes"
    );
}
