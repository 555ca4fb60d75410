//! `stint-cli` over a journey's data folder: what a script would see of what the user did in the
//! window (the CLI is built beside the app by `./x build`).

use crate::{ensure, E2eResult};
use serde_json::Value;
use std::path::Path;

/// Runs `stint-cli <args>` on the data folder `dir`; its standard output, or an error with its
/// standard error.
pub fn cli(dir: &Path, args: &[&str]) -> E2eResult<Vec<u8>> {
    let bin = crate::target_dir().join("debug").join("stint-cli");
    let output = std::process::Command::new(&bin)
        .args(args)
        .env("STINT_DATA_DIR", dir)
        .output()
        .map_err(|err| {
            format!(
                "cannot run {} (`./x build` builds it): {err}",
                bin.display()
            )
        })?;
    ensure(output.status.success(), || {
        format!(
            "stint-cli {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    Ok(output.stdout)
}

/// `stint-cli <args> --format json` on `dir`, parsed.
pub fn cli_json(dir: &Path, args: &[&str]) -> E2eResult<Value> {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    Ok(serde_json::from_slice(&cli(dir, &args)?)?)
}
