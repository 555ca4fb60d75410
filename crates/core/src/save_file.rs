//! Writing an export where the user chose, so that a failure loses nothing: the bytes go to a
//! new temporary file beside the target, are flushed to disk, and only then renamed over it in
//! one step. A full disk, a missing folder or a killed process leave an old file as it was.
//!
//! One writer for both front ends (`stint-cli export … --out FILE` and the app's save dialog);
//! each puts its own words around the reason.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file could not be written; its text is the reason, without the path's name for it.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("it is a folder: name a file in it, e.g. {0}")]
    IsFolder(PathBuf),
    #[error("it names no file")]
    NoFileName,
    #[error("the folder {0} does not exist (create it first)")]
    NoFolder(PathBuf),
    #[error("{0} (check that the folder is writable and has room)")]
    Io(#[from] std::io::Error),
}

/// Replaces (or creates) `path` with `bytes`, whole or not at all. `example` names a file for
/// the hint when `path` is a folder.
pub fn save_whole(path: &Path, bytes: &[u8], example: &str) -> Result<(), SaveError> {
    if path.is_dir() {
        return Err(SaveError::IsFolder(path.join(example)));
    }
    let name = path.file_name().ok_or(SaveError::NoFileName)?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(SaveError::NoFolder(folder));
    }
    let temp = folder.join(format!(
        ".{}.{}.part",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temp, path));
    written.map_err(|err| {
        // Nothing half-written stays behind; the old file, if any, is untouched.
        let _ = fs::remove_file(&temp);
        SaveError::Io(err)
    })
}
