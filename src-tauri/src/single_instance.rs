//! One app per data folder: a second launch on the same folder hands over to the running one
//! (which comes to the front) and exits, so two windows never write the same data while the user
//! thinks there is one. Keyed by the data folder rather than by the app — Tauri's
//! single-instance plugin keys by the app identifier — so the e2e journeys, each on its own
//! folder, still run side by side, and `STINT_DATA_DIR=… ./x run` opens a second, separate app.
//!
//! The running app holds an exclusive lock on `instance.lock` in the folder (released by the OS
//! when the process ends, however it ends) and listens on a loopback port written to
//! `instance.port`. A second launch finds the lock taken, connects to that port, says `focus`
//! and exits.

use std::fs::{File, TryLockError};
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

const LOCK_FILE: &str = "instance.lock";
const PORT_FILE: &str = "instance.port";
const FOCUS: &str = "focus";
/// How long a launch waits for a running app on its folder to end before handing over.
const RELEASE_GRACE: Duration = Duration::from_millis(1500);

/// What this process is for its data folder.
#[derive(Debug)]
pub enum Instance {
    /// The first: keep this alive as long as the app runs; [`First::serve`] answers later
    /// launches.
    First(First),
    /// Another process runs on the folder and was asked to come to the front.
    Handed,
}

/// The running app's claim on its folder.
#[derive(Debug)]
pub struct First {
    _lock: File,
    listener: TcpListener,
}

impl First {
    /// Calls `focus` for every later launch, on a thread of its own.
    pub fn serve(self, focus: impl Fn() + Send + 'static) {
        let First { _lock, listener } = self;
        std::thread::spawn(move || {
            let _lock = _lock; // held while the app runs
            for stream in listener.incoming().flatten() {
                let mut line = String::new();
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                if BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == FOCUS {
                    tracing::info!("another launch on this data folder: coming to the front");
                    focus();
                }
            }
        });
    }
}

/// Claims `data_dir` for this process, or hands over to the process that has it.
pub fn claim(data_dir: &Path) -> std::io::Result<Instance> {
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    // An app that is just ending (restarted by its user, or by a test) still holds the lock
    // for a moment: wait briefly for it before handing over to it.
    let deadline = Instant::now() + RELEASE_GRACE;
    let mut taken = lock.try_lock();
    while matches!(taken, Err(TryLockError::WouldBlock)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        taken = lock.try_lock();
    }
    match taken {
        Ok(()) => {
            let listener = crate::loopback::listener()?;
            let port = listener.local_addr()?.port();
            std::fs::write(data_dir.join(PORT_FILE), port.to_string())?;
            Ok(Instance::First(First {
                _lock: lock,
                listener,
            }))
        }
        Err(TryLockError::WouldBlock) => {
            hand_over(data_dir)?;
            Ok(Instance::Handed)
        }
        Err(TryLockError::Error(err)) => Err(err),
    }
}

/// Tells the running app to come to the front; it may still be starting (its port not yet
/// written), so this tries for a few seconds.
fn hand_over(data_dir: &Path) -> std::io::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let sent = std::fs::read_to_string(data_dir.join(PORT_FILE))
            .ok()
            .and_then(|port| port.trim().parse::<u16>().ok())
            .and_then(|port| TcpStream::connect((Ipv4Addr::LOCALHOST, port)).ok())
            .map(|mut stream| writeln!(stream, "{FOCUS}"));
        match sent {
            Some(result) => return result,
            None if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            None => {
                return Err(std::io::Error::other(format!(
                    "Stint already runs on {} but does not answer",
                    data_dir.display()
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_second_claim_on_a_folder_hands_over_and_a_other_folder_is_free() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Instance::First(first) = claim(dir.path()).expect("claims") else {
            panic!("the first claim on a folder is the first instance");
        };
        let (focused, asked) = mpsc::channel();
        first.serve(move || {
            let _ = focused.send(());
        });
        assert!(
            matches!(claim(dir.path()).expect("hands over"), Instance::Handed),
            "a second launch on the same folder hands over"
        );
        asked
            .recv_timeout(Duration::from_secs(5))
            .expect("the running app was asked to come to the front");
        let other = tempfile::tempdir().expect("temp dir");
        assert!(
            matches!(claim(other.path()).expect("claims"), Instance::First(_)),
            "another data folder is another app"
        );
    }
}
