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

/// A port that was free a moment ago (the OS picks it).
pub fn free_port() -> std::io::Result<u16> {
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
