//! `stint-sandbox`: runs the fake Personio server from the command line, for manual testing of
//! the app and for end-to-end tests in another process.
//!
//! Prints where it listens and the credentials to paste into Stint, then serves until SIGINT or
//! SIGTERM. `--fault ENDPOINT=KIND[:ARG]` makes an endpoint misbehave on every request, so a
//! person can try the app against a failing server without writing a test.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;
use stint_sandbox::{
    scopes, CreateAnswer, Endpoint, FaultSpec, FaultSpecError, NextLinks, Sandbox, SandboxConfig,
    FAULT_KINDS,
};

const HELP: &str = "\
stint-sandbox: a fake Personio API with a demo company

USAGE:
    stint-sandbox [--port N] [--latency-ms N] [--seed N] [--today YYYY-MM-DD]
                  [--fault ENDPOINT=KIND[:ARG]]... [--without-scope SCOPE]...
                  [--relative-links] [--no-skip-approval] [--bare-create-answer]

OPTIONS:
    --port N          port on 127.0.0.1 (0 = any free port) [default: 0]
    --latency-ms N    delay added to every answer [default: 0]
    --seed N          seed of the demo data and credentials [default: 42]
    --today DATE      day the demo absences and tracked time are built around [default: today]
    --fault SPEC      make ENDPOINT misbehave on every request, SPEC being
                      ENDPOINT=KIND[:ARG] (repeatable, one fault per endpoint)
    --without-scope S withdraw the v2 scope S from the credential (repeatable): its area
                      answers 403, the others keep working
    --relative-links  write v2 next links relative (/v2/…) instead of absolute
    --no-skip-approval  refuse `?skip_approval=true` on attendance periods with 403
    --bare-create-answer  answer a created attendance period with {\"id\"} instead of
                      {\"_data\": {\"id\"}}
    -h, --help        print this help

Prints `listening on http://127.0.0.1:PORT`, then client_id, client_secret and email,
then one `fault: SPEC` line per --fault, and serves until SIGINT or SIGTERM.

EXAMPLES:
    stint-sandbox --fault balance=status500
    stint-sandbox --fault time-offs=delay:3000 --fault auth=redirect:http://127.0.0.1:9/";

/// `--help`: the fixed text, then the endpoints and fault kinds `--fault` accepts.
fn help() -> String {
    let endpoints = Endpoint::ALL.map(Endpoint::name).join(", ");
    let kinds: String = FAULT_KINDS
        .iter()
        .map(|(usage, what)| format!("\n    {usage:<26}{what}"))
        .collect();
    let scopes = scopes::ALL.join(", ");
    format!(
        "{HELP}\n\nENDPOINTS:\n    {endpoints}\n\nV2 SCOPES:\n    {scopes}\n\nFAULT KINDS:{kinds}"
    )
}

/// What the command line asks for.
#[derive(Debug)]
struct Args {
    config: SandboxConfig,
    faults: Vec<FaultSpec>,
}

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
    #[error("--fault: {0}")]
    Fault(#[from] FaultSpecError),
    #[error(
        "--fault: {endpoint} already has the fault {old}, so {new} would never fire; give one \
         fault per endpoint"
    )]
    SecondFault {
        endpoint: &'static str,
        old: FaultSpec,
        new: FaultSpec,
    },
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

/// The config and faults from the arguments, or `None` when help was asked for.
fn args_from(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, ArgsError> {
    let mut config = SandboxConfig::default();
    let mut faults: Vec<FaultSpec> = Vec::new();
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
            "--fault" => {
                let spec: String = parse(&flag, value(), "ENDPOINT=KIND[:ARG]")?;
                let new: FaultSpec = spec.parse()?;
                // A fault without a count never leaves its queue: a second one would never fire.
                if let Some(old) = faults.iter().find(|old| old.endpoint == new.endpoint) {
                    return Err(ArgsError::SecondFault {
                        endpoint: new.endpoint.name(),
                        old: old.clone(),
                        new,
                    });
                }
                faults.push(new);
            }
            "--without-scope" => {
                let scope: String = parse(&flag, value(), "a v2 scope")?;
                if !scopes::ALL.contains(&scope.as_str()) {
                    return Err(ArgsError::BadValue {
                        flag,
                        expected: "one of the V2 SCOPES in --help",
                        value: scope,
                    });
                }
                config.v2.withdrawn_scopes.push(scope);
            }
            "--relative-links" if inline.is_none() => config.v2.next_links = NextLinks::Relative,
            "--no-skip-approval" if inline.is_none() => config.v2.skip_approval_allowed = false,
            "--bare-create-answer" if inline.is_none() => {
                config.v2.create_answer = CreateAnswer::Bare;
            }
            _ => return Err(ArgsError::Unknown(arg)),
        }
    }
    Ok(Some(Args { config, faults }))
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
    let Args { config, faults } = match args_from(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{}", help());
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
    for spec in &faults {
        sandbox.inject(spec.endpoint, spec.fault.clone(), None);
    }
    let credentials = sandbox.credentials();
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "listening on {}", sandbox.base_url())
        .and_then(|()| writeln!(out, "client_id: {}", credentials.client_id))
        .and_then(|()| writeln!(out, "client_secret: {}", credentials.client_secret))
        .and_then(|()| writeln!(out, "email: {}", credentials.email))
        .and_then(|()| {
            faults
                .iter()
                .try_for_each(|spec| writeln!(out, "fault: {spec}"))
        })
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
        let config = args_from(args(&["--port", "0", "--latency-ms=250", "--seed", "7"]))
            .expect("valid arguments")
            .expect("not help")
            .config;
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
            matches!(args_from(args(&["--help"])), Ok(None)),
            "--help prints usage instead of starting"
        );
        assert!(
            matches!(
                args_from(args(&["--port", "x"])),
                Err(ArgsError::BadValue { .. })
            ),
            "a non-numeric port is an error that names the flag"
        );
        assert!(
            matches!(
                args_from(args(&["--seed"])),
                Err(ArgsError::MissingValue(_))
            ),
            "a flag without value is an error"
        );
        assert!(
            matches!(args_from(args(&["--verbose"])), Err(ArgsError::Unknown(_))),
            "unknown flags are rejected, not ignored"
        );
    }

    #[test]
    fn faults_are_read_repeatedly_with_space_or_equals() {
        let parsed = args_from(args(&[
            "--fault",
            "balance=status500",
            "--fault=time-offs=delay:3000",
            "--fault",
            "auth=redirect:http://127.0.0.1:9/",
        ]))
        .expect("valid faults")
        .expect("not help");
        let written: Vec<String> = parsed.faults.iter().map(ToString::to_string).collect();
        assert_eq!(
            written,
            vec![
                "balance=status500",
                "time-offs=delay:3000",
                "auth=redirect:307:http://127.0.0.1:9/"
            ],
            "every --fault is kept, in order; `--fault=SPEC` splits at the first `=` only"
        );
    }

    #[test]
    fn bad_faults_name_the_valid_choices() {
        let message = |list: &[&str]| {
            args_from(args(list))
                .expect_err("must be refused")
                .to_string()
        };
        let unknown_endpoint = message(&["--fault", "payroll=status500"]);
        assert!(
            unknown_endpoint
                .contains("auth, employees, time-offs, absence-periods, time-off-types, balance"),
            "an unknown endpoint lists the valid ones: {unknown_endpoint}"
        );
        let unknown_kind = message(&["--fault", "balance=explode"]);
        assert!(
            unknown_kind.contains("valid kinds: status401") && unknown_kind.contains("trickle:MS"),
            "an unknown kind lists the valid ones: {unknown_kind}"
        );
        let twice = message(&[
            "--fault",
            "balance=status500",
            "--fault",
            "balance=status403",
        ]);
        assert!(
            twice.contains("already has the fault balance=status500"),
            "a second fault on one endpoint would never fire, so it is refused: {twice}"
        );
        assert!(
            matches!(
                args_from(args(&["--fault"])),
                Err(ArgsError::MissingValue(_))
            ),
            "--fault without a spec is an error"
        );
    }

    #[test]
    fn v2_switches_are_read() {
        let parsed = args_from(args(&[
            "--without-scope",
            "personio:attendances:write",
            "--relative-links",
            "--no-skip-approval",
            "--bare-create-answer",
        ]))
        .expect("valid")
        .expect("not help");
        let v2 = parsed.config.v2;
        assert_eq!(
            v2.withdrawn_scopes,
            vec!["personio:attendances:write".to_owned()],
            "the scope is withdrawn"
        );
        assert_eq!(v2.next_links, NextLinks::Relative, "relative links");
        assert!(!v2.skip_approval_allowed, "skip approval refused");
        assert_eq!(v2.create_answer, CreateAnswer::Bare, "bare create answer");
        let error = args_from(args(&["--without-scope", "personio:payroll:read"]))
            .expect_err("unknown scope")
            .to_string();
        assert!(
            error.contains("V2 SCOPES"),
            "an unknown scope points at the list: {error}"
        );
    }

    #[test]
    fn help_lists_endpoints_and_every_fault_kind() {
        let text = help();
        for (usage, _) in FAULT_KINDS {
            assert!(text.contains(usage), "--help must document `{usage}`");
        }
        for endpoint in Endpoint::ALL {
            assert!(
                text.contains(endpoint.name()),
                "--help must name the endpoint `{}`",
                endpoint.name()
            );
        }
        assert!(
            text.contains("--fault SPEC"),
            "the option itself is documented"
        );
    }
}
