//! `stint-cli config` and the command line itself: settings round-trip, refusals list what is
//! accepted, `--help` documents every subcommand, and bad usage is exit 2 as documented.

mod common;

use common::*;

#[test]
fn holiday_region_set_then_get_round_trips() {
    let dir = tempfile::tempdir().unwrap();

    let set = run(cli(
        dir.path(),
        &["config", "set", "holiday_region", "DE-BY"],
    ))
    .ok("DE-BY is a valid region");
    let get = run(cli(dir.path(), &["config", "get", "holiday_region"])).ok("get works");

    assert_eq!(
        set.stdout, "holiday_region = DE-BY\n",
        "set echoes the stored value"
    );
    assert_eq!(
        get.stdout, "DE-BY\n",
        "a later process reads the saved region, bare for scripts"
    );
}

#[test]
fn an_unknown_holiday_region_is_refused_listing_what_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    run(cli(
        dir.path(),
        &["config", "set", "holiday_region", "DE-BY"],
    ))
    .ok("setup");

    let run_bad = run(cli(dir.path(), &["config", "set", "holiday_region", "XX"]));

    assert_eq!(
        run_bad.code,
        Some(1),
        "an unknown region is exit 1: {run_bad:#?}"
    );
    assert_eq!(run_bad.stderr.lines().count(), 1, "one line: {run_bad:#?}");
    assert!(
        run_bad.stderr.contains("`XX`")
            && run_bad.stderr.contains("`DE`")
            && run_bad.stderr.contains("DE-BY")
            && run_bad.stderr.contains("`none`"),
        "names the input and the accepted forms: {run_bad:#?}"
    );
    let get = run(cli(dir.path(), &["config", "get", "holiday_region"])).ok("get works");
    assert_eq!(get.stdout, "DE-BY\n", "a refused value leaves the old one");
}

#[test]
fn sync_interval_set_then_get_and_a_bad_interval_lists_the_choices() {
    let dir = tempfile::tempdir().unwrap();

    run(cli(dir.path(), &["config", "set", "sync_interval", "4h"])).ok("4h is a choice");
    let get = run(cli(dir.path(), &["config", "get", "sync_interval"])).ok("get works");
    let bad = run(cli(dir.path(), &["config", "set", "sync_interval", "5h"]));

    assert_eq!(get.stdout, "4h\n", "the interval is saved");
    assert_eq!(
        bad.code,
        Some(1),
        "an interval not offered is exit 1: {bad:#?}"
    );
    assert!(
        bad.stderr.contains("off, 15m, 1h, 4h, daily"),
        "lists the intervals that exist: {bad:#?}"
    );
}

#[test]
fn an_unknown_setting_is_refused_naming_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();

    for args in [
        ["config", "get", "colour"].as_slice(),
        ["config", "set", "colour", "blue"].as_slice(),
    ] {
        let run = run(cli(dir.path(), args));
        assert_eq!(
            run.code,
            Some(1),
            "{args:?}: unknown key is exit 1: {run:#?}"
        );
        assert!(
            run.stderr.contains("`colour`") && run.stderr.contains("holiday_region, sync_interval"),
            "{args:?}: names the key and the known settings: {run:#?}"
        );
    }
}

#[test]
fn help_documents_every_subcommand_and_the_exit_codes() {
    let dir = tempfile::tempdir().unwrap();

    let run = run(cli(dir.path(), &["--help"])).ok("--help is not an error");

    let commands: Vec<&str> = run
        .stdout
        .lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    for name in ["connect", "sync", "status", "disconnect", "config"] {
        assert!(
            commands.contains(&name),
            "`{name}` is listed under Commands: {commands:?}\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.contains("Exit codes"),
        "scripts can look up the exit codes: {}",
        run.stdout
    );
}

#[test]
fn connect_help_says_where_the_secret_comes_from() {
    let dir = tempfile::tempdir().unwrap();

    let run = run(cli(dir.path(), &["connect", "--help"])).ok("--help is not an error");

    assert!(
        run.stdout.contains(SECRET_VAR) && run.stdout.contains("stdin"),
        "the secret is not an argument, so the help must say how to pass it: {}",
        run.stdout
    );
}

#[test]
fn bad_usage_exits_2() {
    let dir = tempfile::tempdir().unwrap();

    for args in [
        ["frobnicate"].as_slice(),
        ["connect", "personio", "--client-id", "id"].as_slice(),
        ["status", "--format", "xml"].as_slice(),
        [
            "connect",
            "personio",
            "--client-secret",
            "s",
            "--client-id",
            "i",
            "--email",
            "a@b.de",
        ]
        .as_slice(),
    ] {
        let run = run(cli(dir.path(), args));
        assert_eq!(run.code, Some(2), "{args:?} is bad usage: {run:#?}");
        assert!(
            run.stderr.starts_with("error: ") && run.stderr.contains("--help"),
            "{args:?}: clap says what is wrong and where to read more: {run:#?}"
        );
    }
}
