//! One file per subcommand; each turns its flags into model types, calls the one core method
//! for it and prints the answer (text for people, JSON / CSV for scripts).

mod absences;
mod attendances;
mod config;
mod connect;
mod disconnect;
mod entries;
mod export;
mod hours;
mod status;
mod sync;
mod timeline;
mod today;

use crate::args::Command;
use crate::Failure;
use stint_core::Stint;

pub fn run(stint: &Stint, command: Command) -> Result<(), Failure> {
    match command {
        Command::Connect { service } => connect::run(stint, service),
        Command::Sync => sync::run(stint),
        Command::Status { format } => status::run(stint, format),
        Command::Disconnect => disconnect::run(stint),
        Command::Timeline { from, to, format } => timeline::run(stint, &from, &to, format),
        Command::Entries { action } => entries::run(stint, action),
        Command::Hours { action } => hours::run(stint, action),
        Command::Absences { action } => absences::run(stint, action),
        Command::Config { action } => config::run(stint, action),
        Command::Attendances { action } => attendances::run(stint, action),
        Command::Today { format } => today::run(stint, format),
        Command::Export { what } => export::run(stint, what),
    }
}

/// Pretty JSON of a model type (they all serialize: plain data).
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("model types serialize")
}

/// A one-shot async runtime for the commands that talk to Personio.
fn block_on<F: std::future::Future>(future: F) -> Result<F::Output, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| crate::fail(format!("cannot start the async runtime: {err}")))?;
    Ok(runtime.block_on(future))
}
