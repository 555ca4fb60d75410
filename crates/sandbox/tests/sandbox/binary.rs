//! The `stint-sandbox` binary: prints where it listens and the credentials, serves, applies
//! `--fault`s, and exits cleanly on SIGTERM.

use std::io::{BufRead, BufReader, Lines};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::json;

use crate::common::post_json;

/// A started binary and its stdout, line by line.
struct Binary {
    child: Child,
    lines: Lines<BufReader<ChildStdout>>,
}

impl Binary {
    fn start(args: &[&str]) -> Binary {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stint-sandbox"))
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("binary starts");
        let lines = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
        Binary { child, lines }
    }

    /// The next stdout line without `prefix`, which it must start with.
    fn next(&mut self, prefix: &str) -> String {
        let line = self.lines.next().expect("a line").expect("utf-8");
        line.strip_prefix(prefix)
            .unwrap_or_else(|| panic!("line should start with {prefix:?}: {line}"))
            .to_owned()
    }

    /// SIGTERM (unix) and the exit status must say "clean".
    fn stop(mut self) {
        #[cfg(unix)]
        {
            let sent = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status()
                .expect("kill runs");
            assert!(sent.success(), "SIGTERM delivered");
            let exit = self.child.wait().expect("binary exits");
            assert!(exit.success(), "SIGTERM is a clean shutdown: {exit}");
        }
        #[cfg(not(unix))]
        {
            self.child.kill().expect("binary is killed");
            self.child.wait().expect("binary exits");
        }
    }
}

#[tokio::test]
async fn the_binary_prints_its_address_and_credentials_then_serves() {
    let mut binary = Binary::start(&["--port", "0", "--seed", "7"]);
    let url = binary.next("listening on ");
    let (client_id, client_secret, email) = (
        binary.next("client_id: "),
        binary.next("client_secret: "),
        binary.next("email: "),
    );
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "binds loopback: {url}"
    );
    assert_eq!(
        email, "anna.schmidt@demo.stint.app",
        "the demo employee's email"
    );
    let body = json!({"client_id": client_id, "client_secret": client_secret});
    let auth = post_json(&reqwest::Client::new(), &format!("{url}/v1/auth"), &body).await;
    assert_eq!(
        auth.status, 200,
        "the printed credentials work: {}",
        auth.text
    );
    binary.stop();
}

#[tokio::test]
async fn faults_from_the_command_line_are_applied_to_every_request() {
    let mut binary = Binary::start(&[
        "--port",
        "0",
        "--fault",
        "auth=status500",
        "--fault=time-off-types=redirect:http://127.0.0.1:9/",
    ]);
    let url = binary.next("listening on ");
    let (client_id, client_secret) = (binary.next("client_id: "), binary.next("client_secret: "));
    binary.next("email: ");
    assert_eq!(
        (binary.next("fault: "), binary.next("fault: ")),
        (
            "auth=status500".to_owned(),
            "time-off-types=redirect:307:http://127.0.0.1:9/".to_owned()
        ),
        "each applied fault is printed in its canonical spelling"
    );
    let no_follow = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let body = json!({"client_id": client_id, "client_secret": client_secret});
    for attempt in 1..=2 {
        let auth = post_json(&no_follow, &format!("{url}/v1/auth"), &body).await;
        assert_eq!(
            auth.status, 500,
            "attempt {attempt}: --fault auth=status500 fails auth on every request, good credentials or not"
        );
    }
    let types = no_follow
        .get(format!("{url}/v1/company/time-off-types"))
        .send()
        .await
        .expect("sandbox answers");
    assert_eq!(
        (
            types.status().as_u16(),
            types
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
        ),
        (307, Some("http://127.0.0.1:9/")),
        "--fault time-off-types=redirect:URL answers 307 with that Location"
    );
    binary.stop();
}

#[test]
fn a_bad_fault_is_refused_with_exit_code_2_and_the_valid_choices() {
    let output = Command::new(env!("CARGO_BIN_EXE_stint-sandbox"))
        .args(["--fault", "payroll=status500"])
        .output()
        .expect("binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "bad usage exits 2: {stderr}");
    assert!(
        stderr.contains("unknown endpoint `payroll`; valid endpoints: auth, employees"),
        "the message names the mistake and the valid endpoints: {stderr}"
    );
}
