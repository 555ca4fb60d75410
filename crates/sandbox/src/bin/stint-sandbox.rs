//! `stint-sandbox`: runs the fake Personio server from the command line, for manual testing of
//! the app and for end-to-end tests in another process.
//!
//! Prints where it listens and the credentials to paste into Stint, then serves until SIGINT or
//! SIGTERM.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;
use stint_sandbox::{Sandbox, SandboxConfig};

const HELP: &str = "\
stint-sandbox: a fake Personio API with a demo company

USAGE:
    stint-sandbox [--port N] [--latency-ms N] [--seed N] [--today YYYY-MM-DD]

OPTIONS:
    --port N          port on 127.0.0.1 (0 = any free port) [default: 0]
    --latency-ms N    delay added to every answer [default: 0]
    --seed N          seed of the demo data and credentials [default: 42]
    --today DATE      day the demo absences are built around [default: today]
    -h, --help        print this help

Prints `listening on http://127.0.0.1:PORT`, then client_id, client_secret and email,
and serves until SIGINT or SIGTERM.";

#[derive(Debug, thiserror::Error)]
enum ArgsError {
    #[error("{0} needs a value (see --help)")]
    MissingValue(String),
    #[error("{flag} expects {expected}, got `{value}`")]
    BadValue {
        flag: String,
        expected: &'static str,
        value: String,
    },
    #[error("unknown argument `{0}` (see --help)")]
    Unknown(String),
}

fn parse<T: std::str::FromStr>(
    flag: &str,
    value: Option<String>,
    expected: &'static str,
) -> Result<T, ArgsError> {
    let value = value.ok_or_else(|| ArgsError::MissingValue(flag.to_owned()))?;
    value.parse().map_err(|_| ArgsError::BadValue {
        flag: flag.to_owned(),
        expected,
        value,
    })
}

/// The config from the arguments, or `None` when help was asked for.
fn config_from(args: impl IntoIterator<Item = String>) -> Result<Option<SandboxConfig>, ArgsError> {
    let mut config = SandboxConfig::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg.clone(), None),
        };
        let mut value = || inline.clone().or_else(|| args.next());
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--port" => config.port = parse(&flag, value(), "a port number 0-65535")?,
            "--latency-ms" => {
                config.latency = Duration::from_millis(parse(&flag, value(), "milliseconds")?);
            }
            "--seed" => config.seed = parse(&flag, value(), "a non-negative integer")?,
            "--today" => {
                let raw: String = parse(&flag, value(), "a date")?;
                config.today = NaiveDate::parse_from_str(&raw, "%Y-%m-%d").map_err(|_| {
                    ArgsError::BadValue {
                        flag: flag.clone(),
                        expected: "a date like 2025-06-02",
                        value: raw,
                    }
                })?;
            }
            _ => return Err(ArgsError::Unknown(arg)),
        }
    }
    Ok(Some(config))
}

async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            },
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let config = match config_from(std::env::args().skip(1)) {
        Ok(Some(config)) => config,
        Ok(None) => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            eprintln!("stint-sandbox: {error}");
            return ExitCode::from(2);
        }
    };
    let sandbox = match Sandbox::start(config).await {
        Ok(sandbox) => sandbox,
        Err(error) => {
            eprintln!("stint-sandbox: cannot listen on 127.0.0.1: {error} (try --port 0)");
            return ExitCode::FAILURE;
        }
    };
    let credentials = sandbox.credentials();
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "listening on {}", sandbox.base_url())
        .and_then(|()| writeln!(out, "client_id: {}", credentials.client_id))
        .and_then(|()| writeln!(out, "client_secret: {}", credentials.client_secret))
        .and_then(|()| writeln!(out, "email: {}", credentials.email))
        .and_then(|()| out.flush());
    drop(out);
    if let Err(error) = written {
        eprintln!("stint-sandbox: cannot write to stdout: {error}");
        return ExitCode::FAILURE;
    }
    stop_signal().await;
    sandbox.shutdown();
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn flags_with_space_or_equals_are_read() {
        let config = config_from(args(&["--port", "0", "--latency-ms=250", "--seed", "7"]))
            .expect("valid arguments")
            .expect("not help");
        assert_eq!(config.port, 0, "--port 0 asks for any free port");
        assert_eq!(
            config.latency,
            Duration::from_millis(250),
            "--latency-ms=250"
        );
        assert_eq!(config.seed, 7, "--seed 7");
    }

    #[test]
    fn help_and_mistakes_are_reported() {
        assert!(
            matches!(config_from(args(&["--help"])), Ok(None)),
            "--help prints usage instead of starting"
        );
        assert!(
            matches!(
                config_from(args(&["--port", "x"])),
                Err(ArgsError::BadValue { .. })
            ),
            "a non-numeric port is an error that names the flag"
        );
        assert!(
            matches!(
                config_from(args(&["--seed"])),
                Err(ArgsError::MissingValue(_))
            ),
            "a flag without value is an error"
        );
        assert!(
            matches!(
                config_from(args(&["--verbose"])),
                Err(ArgsError::Unknown(_))
            ),
            "unknown flags are rejected, not ignored"
        );
    }
}
