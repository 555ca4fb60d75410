//! Finds what an e2e run needs: Xvfb, tauri-driver, WebKitWebDriver and the app binary.
//!
//! Each can be pointed at explicitly (`STINT_XVFB`, `STINT_TAURI_DRIVER`, `STINT_WEBKIT_DRIVER`,
//! `STINT_APP_BIN`); otherwise `PATH` and the cargo target directory are searched. A caller may
//! name the app binary itself (the benchmark runs the release build), and the native driver (the
//! harness's own test starts a slow one).

use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct Tools {
    pub xvfb: PathBuf,
    pub tauri_driver: PathBuf,
    pub webkit_driver: PathBuf,
    pub app: PathBuf,
}

impl Tools {
    /// All tools, or one message naming every one that is missing; `app` and `webkit_driver`
    /// override where the app binary and the native driver are looked for.
    pub fn find(app: Option<&Path>, webkit_driver: Option<&Path>) -> Result<Tools, String> {
        let xvfb = locate("STINT_XVFB", "Xvfb");
        let tauri_driver = locate("STINT_TAURI_DRIVER", "tauri-driver");
        let webkit_driver = match webkit_driver {
            Some(path) => Ok(path.to_path_buf()),
            None => webkit_driver_on_path(),
        };
        let app = app
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("STINT_APP_BIN").map(PathBuf::from))
            .unwrap_or_else(|| target_dir().join("debug").join("stint"));
        let app = if app.is_file() {
            Ok(app)
        } else {
            Err(format!(
                "the app binary is not built at {} (cargo build -p stint)",
                app.display()
            ))
        };
        match (xvfb, tauri_driver, webkit_driver, app) {
            (Ok(xvfb), Ok(tauri_driver), Ok(webkit_driver), Ok(app)) => Ok(Tools {
                xvfb,
                tauri_driver,
                webkit_driver,
                app,
            }),
            (a, b, c, d) => Err([a.err(), b.err(), c.err(), d.err()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ")),
        }
    }
}

/// WebKitWebDriver as a journey finds it (`STINT_WEBKIT_DRIVER`, else `PATH`): for a wrapper
/// that starts it.
pub fn webkit_driver_on_path() -> Result<PathBuf, String> {
    locate("STINT_WEBKIT_DRIVER", "WebKitWebDriver")
}

fn locate(var: &str, name: &str) -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os(var) {
        let path = PathBuf::from(path);
        if path.is_file() {
            return Ok(path);
        }
        return Err(format!(
            "{var} points at {}, which does not exist",
            path.display()
        ));
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| format!("`{name}` is not on PATH (or set {var})"))
}

/// The cargo target directory, derived from this test binary's own path
/// (`<target>/<profile>/deps/<test>`), so it is right whatever `CARGO_TARGET_DIR` was.
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary knows its own path");
    exe.ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .expect("test binaries live in <target>/<profile>/deps")
}
