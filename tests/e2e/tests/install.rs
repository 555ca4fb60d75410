//! Journey: the Debian package. `./x test` builds it (`./x bundle --debug`) and passes its path
//! in `STINT_DEB`; this installs it on the machine with dpkg, checks the binary (and stint-cli
//! beside it), the desktop entry and the icons are where a desktop looks for them, starts the
//! *installed* binary under Xvfb, checks its window draws the app and its tray menu is there,
//! and removes the package again (also when a step fails).
//!
//! Installing needs root (or passwordless sudo), which CI has. Outside CI, without a package or without root, the
//! journey says why it does not run, as the other journeys do without their tools.

use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use stint_e2e::{ensure, App, E2eResult, Launch};

const BINARY: &str = "/usr/bin/stint";
/// The command line, shipped in the same package.
const CLI: &str = "/usr/bin/stint-cli";
const DESKTOP: &str = "/usr/share/applications/Stint.desktop";

/// `dpkg` as root: directly when this is root, else through passwordless sudo.
fn dpkg() -> Command {
    if is_root() {
        Command::new("dpkg")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", "dpkg"]);
        sudo
    }
}

fn is_root() -> bool {
    let id = Command::new("id").arg("-u").output().ok();
    id.is_some_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn may_sudo() -> bool {
    Command::new("sudo")
        .args(["-n", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Removes the package when the journey ends, however it ends.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let removed = dpkg().args(["--remove", "stint"]).status();
        if !removed.is_ok_and(|s| s.success()) {
            eprintln!("install journey: `dpkg --remove stint` failed; remove it by hand");
        }
    }
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The package to install, or why there is none (a failure in CI).
fn package() -> Option<PathBuf> {
    let why = match std::env::var_os("STINT_DEB").map(PathBuf::from) {
        Some(deb) if deb.is_file() => {
            if is_root() || may_sudo() {
                return Some(deb);
            }
            "installing a package needs root (or passwordless sudo)".to_owned()
        }
        Some(deb) => format!("STINT_DEB={} is not a file", deb.display()),
        None => "STINT_DEB is not set (./x test builds the package and sets it)".to_owned(),
    };
    assert!(!in_ci(), "the install journey cannot run in CI: {why}");
    eprintln!("SKIPPED e2e journey `install`: {why}");
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_package_installs_starts_with_its_tray_and_removes() {
    let Some(deb) = package() else {
        return;
    };
    let installed = dpkg()
        .arg("--install")
        .arg(&deb)
        .output()
        .expect("dpkg runs");
    assert!(
        installed.status.success(),
        "dpkg --install {} failed: {}",
        deb.display(),
        String::from_utf8_lossy(&installed.stderr)
    );
    let _installed = Installed;
    files_are_in_place().expect("the package puts its files where desktops look");

    let launch = Launch {
        app: Some(PathBuf::from(BINARY)),
        ..Launch::default()
    };
    let Some(app) = App::launch_with("install", &launch).await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

fn files_are_in_place() -> E2eResult {
    ensure(Path::new(BINARY).is_file(), || {
        format!("{BINARY} is installed")
    })?;
    let cli = Command::new(CLI).arg("--version").output()?;
    let version = String::from_utf8_lossy(&cli.stdout).into_owned();
    ensure(
        cli.status.success() && version.starts_with("stint-cli "),
        || format!("{CLI} is installed and runs: {cli:?}"),
    )?;
    let desktop = std::fs::read_to_string(DESKTOP)?;
    ensure(
        desktop.contains("Exec=stint") && desktop.contains("Icon=stint"),
        || format!("the desktop entry starts Stint with its icon:\n{desktop}"),
    )?;
    for size in ["32x32", "128x128", "512x512"] {
        let icon = format!("/usr/share/icons/hicolor/{size}/apps/stint.png");
        ensure(Path::new(&icon).is_file(), || {
            format!("{icon} is installed")
        })?;
    }
    let depends = Command::new("dpkg-query")
        .args(["--show", "--showformat=${Depends}", "stint"])
        .output()?;
    let depends = String::from_utf8_lossy(&depends.stdout).into_owned();
    ensure(
        [
            "libwebkit2gtk-4.1-0",
            "libgtk-3-0",
            "libayatana-appindicator3-1",
        ]
        .iter()
        .all(|d| depends.contains(d)),
        || format!("the package declares what it needs: {depends}"),
    )?;
    Ok(())
}

async fn journey(app: &App) -> E2eResult {
    app.wait_for("#page").await?;
    app.wait_for("#nav-timeline").await?;
    let menu = app.invoke("tray_menu", json!({})).await?;
    ensure(
        menu.as_array()
            .is_some_and(|items| items.iter().any(|i| i["id"] == "toggle")),
        || format!("the installed app has its tray menu: {menu}"),
    )?;
    Ok(())
}
