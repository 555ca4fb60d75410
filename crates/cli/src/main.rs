//! `stint-cli`: the headless adapter over `stint-core`, for power users, scripts and our own
//! acceptance tests. Like the Tauri commands it only parses, calls the core and prints — every
//! rule (what an entry is, how a duration reads, what is locked) is the core's or the model's,
//! so the CLI and the app reach the same answer for the same input. One file per subcommand in
//! `commands/`; errors go to stderr as one line, with the exit codes documented in `--help`.

mod args;
mod commands;
mod input;
mod output;

use args::Cli;
use clap::Parser;
use std::process::ExitCode;
use stint_core::{CoreError, Stint};
use stint_model::ErrorCode;

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

/// Why a command failed, and the exit code that says so.
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

/// A failure with exit code 1 (bad values, a refused action).
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
    commands::run(&stint, cli.command)
}
