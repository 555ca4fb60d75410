//! Writing an export to `--out FILE` so that a failure loses nothing (the core's
//! [`stint_core::save_file`], shared with the app's save dialog), with the reason told in terms
//! of `--out`.

use std::path::Path;

use crate::{fail, Failure};

/// Replaces (or creates) `path` with `bytes`, whole or not at all.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let example = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("export.{ext}"),
        None => "timesheet.pdf".to_owned(),
    };
    stint_core::save_file::save_whole(path, bytes, &example)
        .map_err(|err| fail(format!("cannot write --out `{}`: {err}", path.display())))
}
