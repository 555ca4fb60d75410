//! The `stint-sandbox` binary: prints where it listens and the credentials, serves, and exits
//! cleanly on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::common::post_json;

#[tokio::test]
async fn the_binary_prints_its_address_and_credentials_then_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_stint-sandbox"))
        .args(["--port", "0", "--seed", "7"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut lines = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
    let mut next = |prefix: &str| {
        let line = lines.next().expect("a line").expect("utf-8");
        line.strip_prefix(prefix)
            .unwrap_or_else(|| panic!("line should start with {prefix:?}: {line}"))
            .to_owned()
    };
    let url = next("listening on ");
    let (client_id, client_secret, email) = (
        next("client_id: "),
        next("client_secret: "),
        next("email: "),
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

    #[cfg(unix)]
    {
        let sent = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "SIGTERM delivered");
        let exit = child.wait().expect("binary exits");
        assert!(exit.success(), "SIGTERM is a clean shutdown: {exit}");
    }
    #[cfg(not(unix))]
    {
        child.kill().expect("binary is killed");
        child.wait().expect("binary exits");
    }
}
