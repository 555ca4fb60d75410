//! Child processes of a journey (Xvfb, tauri-driver) and the small OS chores around them:
//! free ports, waiting for a port, SIGTERM on drop, screenshots of the display.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A child process that gets SIGTERM (then, after 5 s, SIGKILL) when dropped.
#[derive(Debug)]
pub struct Child {
    name: &'static str,
    inner: std::process::Child,
}

impl Drop for Child {
    fn drop(&mut self) {
        let pid = self.inner.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.inner.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("{} ignored SIGTERM for 5 s; killing it", self.name);
        let _ = self.inner.kill();
        let _ = self.inner.wait();
    }
}

impl Child {
    /// The process id (benchmarks find the app among its descendants).
    pub fn id(&self) -> u32 {
        self.inner.id()
    }

    /// `Err` saying how it ended if the process has exited already.
    pub fn still_running(&mut self) -> Result<(), String> {
        match self.inner.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => Err(format!("{} exited early: {status}", self.name)),
            Err(err) => Err(format!("cannot ask whether {} runs: {err}", self.name)),
        }
    }
}

pub fn spawn(cmd: &mut Command, name: &'static str) -> Result<Child, String> {
    let inner = cmd
        .stdin(Stdio::null())
        .spawn()
        .map_err(|err| format!("cannot start {name}: {err}"))?;
    Ok(Child { name, inner })
}

/// Starts Xvfb on a display it picks itself (`-displayfd`), returning it as `:N`.
pub fn start_xvfb(xvfb: &Path) -> Result<(Child, String), String> {
    let mut child = spawn(
        Command::new(xvfb)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null()),
        "Xvfb",
    )?;
    let stdout = child.inner.stdout.take().expect("stdout was piped");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .map_err(|err| format!("Xvfb did not report its display: {err}"))?;
    let number = line.trim();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("Xvfb reported no display number (got {line:?})"));
    }
    Ok((child, format!(":{number}")))
}

/// A port for a journey's tauri-driver or WebKitWebDriver, free when picked.
///
/// Not one the OS hands out for `bind(0)`: those come from the ephemeral range, which every
/// other listener of a run (the sandbox, the app's single-instance port) and every outgoing
/// connection draws from too, so a port released here could be taken again before the driver
/// binds it, and the journey would talk to someone else's server (seen in CI as
/// "webdriver server did not respond"). Ports below the ephemeral range are taken only by
/// those who ask for them by number: here, picked at random and checked free.
pub fn free_port() -> std::io::Result<u16> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static PICKS: AtomicU32 = AtomicU32::new(0);
    let Some((low, high)) = ports_below_ephemeral() else {
        return any_port();
    };
    let seed = std::process::id()
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
    for _ in 0..200 {
        let n = PICKS.fetch_add(1, Ordering::Relaxed);
        // A cheap scramble (Knuth's multiplicative hash) over the range, distinct per pick.
        let spread = seed.wrapping_add(n).wrapping_mul(2_654_435_761);
        let port = low + (spread % u32::from(high - low)) as u16;
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return Ok(port);
        }
    }
    any_port()
}

/// `[low, high)` below the kernel's ephemeral range (`ip_local_port_range`, 32768 by default),
/// or `None` where that range is unknown or starts too low to leave room.
fn ports_below_ephemeral() -> Option<(u16, u16)> {
    let range = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").ok()?;
    let ephemeral_low: u16 = range.split_whitespace().next()?.parse().ok()?;
    let low = ephemeral_low.checked_sub(12_000)?;
    (low >= 1024).then_some((low, ephemeral_low))
}

/// A port the OS picks: the fallback off Linux or with an unusual port range.
fn any_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

pub async fn wait_for_port(port: u16, timeout: Duration) -> Result<(), String> {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!(
        "nothing listened on port {port} within {timeout:?}"
    ))
}

/// Saves the whole display as `target/e2e-screenshots/<journey>.png` (ImageMagick's `import`).
pub fn screenshot(display: &str, journey: &str) -> Result<PathBuf, String> {
    let dir = crate::tools::target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&dir).map_err(|err| err.to_string())?;
    let path = dir.join(format!("{journey}.png"));
    let status = Command::new("import")
        .args(["-display", display, "-window", "root"])
        .arg(&path)
        .status()
        .map_err(|err| format!("cannot run `import` (ImageMagick): {err}"))?;
    if status.success() {
        Ok(path)
    } else {
        Err(format!("`import` failed with {status}"))
    }
}
