//! Shared setup for the `stint-cli` tests: the real binary, run as a child process with its own
//! `--data-dir`, against a sandbox served from this test process over loopback.
//!
//! The tests steer the sandbox (faults, shutdown) between CLI invocations, which is why the
//! sandbox lives here rather than in a `stint-sandbox` process. The secret goes through the
//! environment or stdin exactly as a user would pass it, and the keyring is the real OS keyring
//! (a gnome-keyring in a private D-Bus session, see the crate's test instructions).

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use stint_core::vault::{OsKeyring, SecretVault};
use stint_sandbox::{Sandbox, SandboxConfig};

/// The variable `stint-cli connect` reads the client secret from.
pub const SECRET_VAR: &str = "STINT_PERSONIO_CLIENT_SECRET";

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    /// `None` only if the process was killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Panics with both streams unless the exit code is 0: the setup step of a test worked.
    pub fn ok(self, why: &str) -> Run {
        assert_eq!(self.code, Some(0), "{why}: {self:#?}");
        self
    }
}

pub fn sandbox() -> Sandbox {
    Sandbox::start_in_background(SandboxConfig::default())
        .expect("the sandbox binds a loopback port")
}

/// The sandbox's id of the demo employee (the one the demo credentials name), to steer their
/// data in the sandbox between CLI runs.
pub fn demo_employee_id(sandbox: &Sandbox) -> i64 {
    let email = sandbox.credentials().email;
    sandbox
        .employees()
        .into_iter()
        .find(|e| e.email == email)
        .expect("the demo employee exists")
        .id
}

/// `stint-cli --data-dir DIR ARGS…` with none of the test runner's Stint variables: no secret,
/// no default data dir, no log filter that could add lines to stderr.
pub fn cli(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stint-cli"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove(SECRET_VAR)
        .env_remove("STINT_DATA_DIR")
        .env_remove("STINT_LOG");
    command
}

/// Runs with stdin closed (empty).
pub fn run(mut command: Command) -> Run {
    Run::from(
        command
            .stdin(Stdio::null())
            .output()
            .expect("the stint-cli binary starts"),
    )
}

/// Runs with `input` piped into stdin, then stdin closed.
pub fn run_with_stdin(mut command: Command, input: &str) -> Run {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the stint-cli binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("stdin takes the secret");
    Run::from(child.wait_with_output().expect("stint-cli finishes"))
}

/// The arguments of `connect personio` for the sandbox's demo employee (Anna).
pub fn connect_args(sandbox: &Sandbox, email: &str) -> Vec<String> {
    vec![
        "connect".into(),
        "personio".into(),
        "--client-id".into(),
        sandbox.credentials().client_id,
        "--email".into(),
        email.into(),
        "--base-url".into(),
        sandbox.base_url(),
    ]
}

/// `connect personio` as Anna with the secret in the environment; the command, not yet run.
pub fn connect_command(sandbox: &Sandbox, dir: &Path, secret: &str) -> Command {
    let args = connect_args(sandbox, &sandbox.credentials().email);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut command = cli(dir, &args);
    command.env(SECRET_VAR, secret);
    command
}

/// Connects `dir` to the sandbox as Anna with the right secret, asserting it worked.
pub fn connect_demo(sandbox: &Sandbox, dir: &Path) -> Run {
    run(connect_command(
        sandbox,
        dir,
        &sandbox.credentials().client_secret,
    ))
    .ok("the demo credentials connect")
}

/// `status --format json`, parsed.
pub fn status_json(dir: &Path) -> serde_json::Value {
    let run = run(cli(dir, &["status", "--format", "json"])).ok("status always answers");
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("status --format json prints JSON ({err}): {}", run.stdout))
}

/// What the OS keyring holds for `dir`, read the way the core reads it.
pub fn secret_in_keyring(dir: &Path) -> Option<String> {
    OsKeyring::for_data_dir(dir)
        .load()
        .expect("the keyring answers")
        .map(|secret| secret.expose().to_owned())
}

/// Every byte of every file under `dir`, for secret scans.
pub fn all_bytes_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(all_bytes_under(&path));
        } else {
            let bytes = std::fs::read(&path).expect("file readable");
            out.push((path.display().to_string(), bytes));
        }
    }
    out
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
