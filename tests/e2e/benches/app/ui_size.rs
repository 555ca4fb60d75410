//! The size of the shipped UI: what `./x ui` put into `ui/dist` (`*.wasm`, `*.js`, `*.css`),
//! raw and as `gzip -9` would send it (each file compressed on its own, as a server would).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug)]
pub struct UiSize {
    pub files: Vec<(String, u64, u64)>,
    pub raw: u64,
    pub gzip: u64,
}

pub fn measure(dist: &Path) -> Result<UiSize, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|err| {
            format!(
                "cannot read {} ({err}); build the UI with `./x ui`",
                dist.display()
            )
        })?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "wasm" || ext == "js" || ext == "css")
        })
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let raw = std::fs::metadata(&path)
            .map_err(|err| format!("{}: {err}", path.display()))?
            .len();
        files.push((file_name(&path), raw, gzip_size(&path)?));
    }
    Ok(UiSize {
        raw: files.iter().map(|f| f.1).sum(),
        gzip: files.iter().map(|f| f.2).sum(),
        files,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn gzip_size(path: &Path) -> Result<u64, String> {
    let out = Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .arg(path)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot run gzip: {err}"))?;
    if !out.status.success() {
        return Err(format!("gzip -9 {} failed: {}", path.display(), out.status));
    }
    Ok(out.stdout.len() as u64)
}
