//! `stint-cli connect personio`: the secret from the environment, a hidden prompt or stdin —
//! never from the command line, where other users could see it in the process list.

use super::{block_on, sync::run_summary};
use crate::args::Service;
use crate::{fail, Failure};
use std::io::{BufRead, IsTerminal};
use stint_core::Stint;
use stint_model::ConnectRequest;

/// The variable the client secret is read from.
const SECRET_VAR: &str = "STINT_PERSONIO_CLIENT_SECRET";

pub fn run(stint: &Stint, service: Service) -> Result<(), Failure> {
    let Service::Personio {
        client_id,
        email,
        base_url,
    } = service;
    let request = ConnectRequest {
        client_id,
        client_secret: read_secret()?,
        email,
        base_url,
    };
    let status = block_on(stint.connect(&request))??;
    match &status.employee {
        Some(e) => crate::out!(
            "Connected to Personio as {} {} <{}>.",
            e.first_name,
            e.last_name,
            e.email
        ),
        None => crate::out!("Connected to Personio."),
    }
    if let Some(run) = &status.last_run {
        crate::out!("{}", run_summary(run));
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
