//! `stint-cli connect personio`: the secret comes from the environment or stdin (never argv),
//! and every refusal is exit 1 with one specific line on stderr and nothing stored.

mod common;

use common::*;
use std::path::Path;

#[test]
fn connect_with_the_secret_in_the_environment_prints_the_employee_and_the_first_sync() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let secret = sandbox.credentials().client_secret;

    let run = connect_demo(&sandbox, dir.path());

    let email = sandbox.credentials().email;
    assert!(
        run.stdout
            .contains(&format!("Connected to Personio as Anna Schmidt <{email}>.")),
        "the user sees who they are connected as: {run:#?}"
    );
    assert!(
        run.stdout.contains("Sync ok"),
        "connect runs the first sync and says so: {run:#?}"
    );
    assert!(
        run.stderr.is_empty(),
        "a successful connect writes nothing to stderr: {run:#?}"
    );
    assert!(
        !run.stdout.contains(&secret) && !run.stderr.contains(&secret),
        "the secret is never echoed"
    );
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some(secret.as_str()),
        "the secret from the environment ends up in the keyring"
    );
}

#[test]
fn connect_reads_the_secret_from_stdin_when_the_variable_is_unset() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let secret = sandbox.credentials().client_secret;
    let args = connect_args(&sandbox, &sandbox.credentials().email);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    let run = run_with_stdin(cli(dir.path(), &args), &format!("{secret}\n"));

    assert_eq!(run.code, Some(0), "a piped secret connects: {run:#?}");
    assert!(
        run.stdout.contains("Connected to Personio as Anna"),
        "same output as with the variable: {run:#?}"
    );
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some(secret.as_str()),
        "the piped line is stored without its newline"
    );
}

#[test]
fn connect_without_any_secret_says_how_to_pass_it() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let args = connect_args(&sandbox, &sandbox.credentials().email);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    let run = run(cli(dir.path(), &args));

    assert_eq!(run.code, Some(1), "no secret is a failure: {run:#?}");
    assert_one_line(&run);
    assert!(
        run.stderr.contains(SECRET_VAR) && run.stderr.contains("stdin"),
        "names both ways to pass the secret: {run:#?}"
    );
    assert_eq!(
        sandbox.requests().len(),
        0,
        "nothing is sent to Personio without a secret"
    );
    assert_nothing_stored(dir.path());
}

#[test]
fn a_wrong_secret_fails_with_authentication_failed_and_stores_nothing() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();

    let run = run(connect_command(
        &sandbox,
        dir.path(),
        "wrong-secret-for-test",
    ));

    assert_eq!(run.code, Some(1), "a refused secret is exit 1: {run:#?}");
    assert_one_line(&run);
    assert!(
        run.stderr
            .starts_with("stint-cli: Authentication failed: check client id and secret"),
        "the message says what failed and what to check: {run:#?}"
    );
    assert!(
        !run.stderr.contains("wrong-secret-for-test"),
        "the wrong secret is not echoed either"
    );
    assert_nothing_stored(dir.path());
}

#[test]
fn an_unknown_email_fails_naming_the_email() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let args = connect_args(&sandbox, "nobody@demo.stint.app");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut command = cli(dir.path(), &args);
    command.env(SECRET_VAR, sandbox.credentials().client_secret);

    let run = run(command);

    assert_eq!(run.code, Some(1), "no such employee is exit 1: {run:#?}");
    assert_one_line(&run);
    assert!(
        run.stderr.contains("Employee not found") && run.stderr.contains("nobody@demo.stint.app"),
        "the user sees which address was not found: {run:#?}"
    );
    assert_nothing_stored(dir.path());
}

#[test]
fn a_malformed_email_is_refused_before_any_request() {
    let sandbox = sandbox();
    let dir = tempfile::tempdir().unwrap();
    let args = connect_args(&sandbox, "anna at demo");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut command = cli(dir.path(), &args);
    command.env(SECRET_VAR, sandbox.credentials().client_secret);

    let run = run(command);

    assert_eq!(run.code, Some(1), "a malformed email is exit 1: {run:#?}");
    assert_one_line(&run);
    assert!(
        run.stderr
            .contains("`anna at demo` is not an email address"),
        "the input is named and the expected shape explained: {run:#?}"
    );
    assert_eq!(
        sandbox.requests().len(),
        0,
        "input that cannot be right is not sent"
    );
    assert_nothing_stored(dir.path());
}

#[test]
fn plain_http_to_a_non_loopback_host_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = cli(
        dir.path(),
        &[
            "connect",
            "personio",
            "--client-id",
            "id",
            "--email",
            "anna@example.com",
            "--base-url",
            "http://example.com",
        ],
    );
    command.env(SECRET_VAR, "s3cret-not-to-be-sent");

    let run = run(command);

    assert_eq!(run.code, Some(1), "an unsafe URL is exit 1: {run:#?}");
    assert_one_line(&run);
    assert!(
        run.stderr.contains("http://example.com")
            && run
                .stderr
                .contains("plain http is only allowed for 127.0.0.1 or localhost")
            && run.stderr.contains("https://"),
        "names the URL, why it is refused and what to use instead: {run:#?}"
    );
    assert_nothing_stored(dir.path());
}

/// Errors are one line, `stint-cli: <message>`, so scripts can show or log them as they are.
fn assert_one_line(run: &Run) {
    assert!(
        run.stdout.is_empty(),
        "a failure prints nothing on stdout: {run:#?}"
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "the error is one line: {run:#?}"
    );
    assert!(
        run.stderr.starts_with("stint-cli: "),
        "the line says which program failed: {run:#?}"
    );
}

fn assert_nothing_stored(dir: &Path) {
    assert_eq!(
        secret_in_keyring(dir),
        None,
        "a failed connect leaves no secret in the keyring"
    );
    let status = status_json(dir);
    assert_eq!(
        status["state"], "disconnected",
        "a failed connect leaves no connection: {status}"
    );
    assert_eq!(
        status["history"],
        serde_json::json!([]),
        "a failed connect records no sync run: {status}"
    );
}
