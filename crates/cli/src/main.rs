//! `stint-cli`: the headless adapter over `stint-core`, for power users, scripts and our own
//! acceptance tests. Like the Tauri commands it only parses, calls the core and prints; errors
//! go to stderr as one line, with the exit codes documented in `--help`.

mod args;
mod parse;
mod print;
mod timeline_cmd;

use args::{Cli, Command, ConfigAction, Format, Service};
use clap::Parser;
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;
use stint_core::{CoreError, Stint};
use stint_model::{ConnectRequest, ErrorCode, SyncTrigger};
use timeline_cmd::run_data_command;

/// The variable the client secret is read from.
const SECRET_VAR: &str = "STINT_PERSONIO_CLIENT_SECRET";

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("STINT_LOG")
                .unwrap_or_else(|_| "error".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { message, code }) => {
            eprintln!("stint-cli: {message}");
            ExitCode::from(code)
        }
    }
}

#[derive(Debug)]
pub(crate) struct Failure {
    message: String,
    code: u8,
}

impl From<CoreError> for Failure {
    fn from(err: CoreError) -> Failure {
        let code = match err.code() {
            ErrorCode::LockedByPersonio => 3,
            _ => 1,
        };
        Failure {
            message: err.to_string(),
            code,
        }
    }
}

pub(crate) fn fail(message: impl Into<String>) -> Failure {
    Failure {
        message: message.into(),
        code: 1,
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => stint_core::default_data_dir()
            .ok_or_else(|| fail("no data folder: pass --data-dir DIR or set STINT_DATA_DIR"))?,
    };
    let stint = Stint::open(&data_dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| fail(format!("cannot start the async runtime: {err}")))?;
    match cli.command {
        Command::Connect {
            service:
                Service::Personio {
                    client_id,
                    email,
                    base_url,
                },
        } => {
            let request = ConnectRequest {
                client_id,
                client_secret: read_secret()?,
                email,
                base_url,
            };
            let status = runtime.block_on(stint.connect(&request))?;
            print::connected(&status);
        }
        Command::Sync => {
            let run = runtime.block_on(stint.sync(SyncTrigger::Manual))?;
            print::sync_run(&run);
        }
        Command::Status { format } => {
            let status = stint.status()?;
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&status).expect("status serializes")
                ),
                Format::Text => print::status(&status),
            }
        }
        Command::Disconnect => {
            stint.disconnect()?;
            println!("Personio disconnected; manual weekly hours and absences are in force again.");
        }
        command @ (Command::Timeline { .. }
        | Command::Entries { .. }
        | Command::Hours { .. }
        | Command::Absences { .. }) => run_data_command(&stint, command)?,
        Command::Config { action } => match action {
            ConfigAction::Get { key } => println!("{}", stint.config_get(&key)?),
            ConfigAction::Set { key, value } => {
                stint.config_set(&key, &value)?;
                println!("{} = {}", key.trim(), stint.config_get(&key)?);
            }
        },
    }
    Ok(())
}

/// The secret from the environment, else a hidden prompt on a terminal, else the first line
/// of stdin (a pipe).
fn read_secret() -> Result<String, Failure> {
    if let Some(secret) = std::env::var_os(SECRET_VAR) {
        return secret
            .into_string()
            .map_err(|_| fail(format!("{SECRET_VAR} is not valid UTF-8")));
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password("Personio client secret (input hidden): ")
            .map_err(|err| fail(format!("cannot read the client secret: {err}")));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| fail(format!("cannot read the client secret from stdin: {err}")))?;
    if line.trim().is_empty() {
        return Err(fail(format!(
            "no client secret: set {SECRET_VAR} or pipe the secret into stdin"
        )));
    }
    Ok(line)
}
