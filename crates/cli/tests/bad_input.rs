//! Odd input at the real binary (issue 12): each value gets one sentence naming the flag or
//! field and its limit, with exit 1 — never a panic (exit 101 and a backtrace), never clap's
//! "unexpected argument" for a negative number, never a network error for an over-long field.

mod common;

use common::*;

/// Runs `args` on a fresh data folder and asserts a one-line refusal with `code` that
/// contains every one of `words`.
fn refused(args: &[&str], code: i32, words: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let run = run(cli(dir.path(), args));
    let shown = |run: &Run| format!("{:?}: {run:#?}", &args[..args.len().min(6)]);
    assert_eq!(
        run.code,
        Some(code),
        "a bad value is a refusal, not a crash: {}",
        shown(&run)
    );
    assert!(
        !run.stderr.contains("panicked"),
        "no backtrace: {}",
        shown(&run)
    );
    for word in words {
        assert!(
            run.stderr.contains(word),
            "the message says `{word}`: {}",
            shown(&run)
        );
    }
    run
}

#[test]
fn the_two_inputs_that_crashed_the_cli_are_refused_in_a_sentence() {
    for (args, words) in [
        (
            &["hours", "set", "--monday", "71582789h"][..],
            &["--monday `71582789h`", "too long", "100000 hours"][..],
        ),
        (
            &["config", "set", "carry_over", "200000000000000000:00"],
            &["`200000000000000000:00`", "too long"],
        ),
    ] {
        let run = refused(args, 1, words);
        assert_eq!(
            run.stderr.lines().count(),
            1,
            "one line on stderr: {run:#?}"
        );
    }
}

#[test]
fn negative_values_reach_our_validation_and_get_its_words() {
    let run = refused(
        &["hours", "set", "--monday", "-1h"],
        1,
        &["--monday `-1h` is negative"],
    );
    assert_eq!(run.stderr.lines().count(), 1, "one line: {run:#?}");
    // `--minutes` is read by clap's value parser, so a bad value is bad usage (exit 2), in the
    // parser's own words rather than "unexpected argument '-5'".
    for (value, words) in [
        ("-5", "`-5` is negative: worked minutes are 1 to 1440"),
        ("99999999999999999999", "is far more than a day (1 to 1440)"),
    ] {
        let run = refused(
            &["entries", "add", "--date", "2026-06-01", "--minutes", value],
            2,
            &[words],
        );
        assert!(
            !run.stderr.contains("unexpected argument"),
            "the value is read, not taken for a flag: {run:#?}"
        );
    }
}

#[test]
fn bad_values_are_refused_naming_the_field_and_its_limit() {
    let long_note = "x".repeat(2001);
    let long_type = "Ü".repeat(101);
    for (args, words) in [
        (
            &["entries", "add", "--date", "26-1-1", "--minutes", "5"][..],
            &["--date `26-1-1` is not a date", "YYYY-MM-DD"][..],
        ),
        (
            &["timeline", "--from", "+26-01-01", "--to", "2026-01-31"],
            &["--from `+26-01-01` is not a date"],
        ),
        (
            &["config", "set", "balance_start", "26-1-1"],
            &["`26-1-1`", "YYYY-MM-DD"],
        ),
        (
            &[
                "entries",
                "add",
                "--date",
                "2026-06-01",
                "--minutes",
                "60",
                "--note",
                &long_note,
            ],
            &["Note is longer than 2000 characters"],
        ),
        (
            &[
                "absences",
                "add",
                "--type",
                "Urlaub",
                "--from",
                "2026-08-03",
                "--to",
                "2026-08-03",
                "--half-day-start",
                "--half-day-end",
            ],
            &[
                "A one-day absence cannot be half on both ends: mark one half day, or neither \
                 for the whole day",
            ],
        ),
        (
            &[
                "absences",
                "add",
                "--type",
                &long_type,
                "--from",
                "2026-08-03",
                "--to",
                "2026-08-03",
            ],
            &["Absence type is longer than 100 characters"],
        ),
    ] {
        let run = refused(args, 1, words);
        assert_eq!(
            run.stderr.lines().count(),
            1,
            "one line on stderr: {run:#?}"
        );
        assert!(
            !run.stderr.contains(&long_note) && !run.stderr.contains(&long_type),
            "the over-long text is not echoed back"
        );
    }
}

#[test]
fn over_long_or_credentialed_connect_input_is_refused_before_any_request() {
    let sandbox = sandbox();
    let secret = sandbox.credentials().client_secret;
    let huge_email = format!("{}@firma.de", "a".repeat(100_000));
    let with_user_info = sandbox.base_url().replacen("://", "://anna:hunter2@", 1);
    for (client_id, email, base_url, field_words) in [
        (
            "id".to_owned(),
            huge_email.as_str(),
            sandbox.base_url(),
            "Email is longer than 254 characters",
        ),
        (
            "i".repeat(201),
            "anna@firma.de",
            sandbox.base_url(),
            "Client id is longer than 200 characters",
        ),
        (
            "id".to_owned(),
            "anna@firma.de",
            with_user_info,
            "must not contain a user name or password",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut command = cli(
            dir.path(),
            &[
                "connect",
                "personio",
                "--client-id",
                &client_id,
                "--email",
                email,
                "--base-url",
                &base_url,
            ],
        );
        command.env(SECRET_VAR, &secret);
        let run = run(command);
        assert_eq!(
            run.code,
            Some(1),
            "refused as bad input: {field_words}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(field_words),
            "names the field and the rule, not the network: {}",
            &run.stderr[..run.stderr.len().min(300)]
        );
        assert!(
            run.stderr.len() < 400,
            "the over-long input is not echoed: {} bytes",
            run.stderr.len()
        );
        assert!(
            !run.stderr.contains("hunter2") && !run.stderr.contains(&secret),
            "no password or secret in the message: {}",
            run.stderr
        );
    }
    assert!(
        sandbox.requests().is_empty(),
        "nothing was sent for refused input: {:?}",
        sandbox.requests()
    );
}
