//! Stint's use cases over one data directory, and the one way in to them: the desktop app's
//! Tauri commands and `stint-cli` are both thin adapters over [`Stint`], whose methods take and
//! give `stint-model` types only, so the same input reaches the same answer wherever the user
//! typed it. No store type appears in this crate's public API.
//!
//! One file per use case, named as a newcomer would look for it: `connection.rs`
//! (connect, disconnect, demo), `demo.rs` (the demo's own data folder), `sync.rs`,
//! `status.rs` (the Connection Manager), `timeline.rs`, `balances.rs`, `entries.rs` (time
//! entries), `timer.rs`, `absences.rs` (the user's own), `weekly_hours.rs`, `config.rs`
//! (settings and the Settings page) and `lock.rs` (the one "is Personio connected" and the lock
//! it implies).
//!
//! The core never imports Tauri (house rule 2). Sync follows atuin's split: the Personio client
//! reads, the store writes, and `sync.rs` decides what to write. Boundaries are injected (house
//! rule 5): the data directory, the keyring ([`vault::SecretVault`]), the clock and the client
//! config.

mod absences;
mod attendance_entries;
mod attendances;
pub mod balances;
pub mod clock;
mod config;
mod connection;
mod day_checks;
pub mod day_plan;
pub mod demo;
mod entries;
mod error;
pub mod holidays;
mod lock;
mod mapping;
mod recording;
pub mod save_file;
pub mod settings;
mod status;
mod sync;
mod timeline;
mod timer;
mod timesheet;
mod today;
mod validate;
pub mod vault;
mod weekly_hours;
pub mod working_time;

pub use absences::category_of;
pub use config::CONFIG_KEYS;
pub use entries::MAX_ENTRY_MINUTES;
pub use error::{CoreError, StorageError};
pub use settings::{PersonioSettings, Settings};
pub use timeline::MAX_TIMELINE_DAYS;

use clock::{Clock, SystemClock};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};
use stint_personio::{ClientConfig, Personio};
use stint_store::Store;
use vault::{OsKeyring, SecretVault};

/// The SQLite file inside the data directory.
pub const DATABASE_FILE: &str = "stint.sqlite3";

/// What can be swapped for tests: keyring, clock and the client's timeouts/retries.
#[derive(Debug, Clone)]
pub struct Boundaries {
    pub vault: Arc<dyn SecretVault>,
    pub clock: Arc<dyn Clock>,
    /// Template for Personio clients; its `base_url` is replaced by the connection's.
    pub client_config: ClientConfig,
}

/// The core of Stint for one data directory.
#[derive(Debug)]
pub struct Stint {
    data_dir: PathBuf,
    /// The connection every write goes through (one writer per process: SQLite has one).
    store: Mutex<Store>,
    /// A second connection for what only reads, so a screen can load while a write waits for
    /// another process's lock (WAL lets readers go on; one shared connection would queue them
    /// behind the waiting write).
    reader: Mutex<Store>,
    settings: Mutex<LastRead>,
    vault: Arc<dyn SecretVault>,
    clock: Arc<dyn Clock>,
    client_config: ClientConfig,
    /// Kept between syncs so the token is reused (fewer round trips, fewer auth calls).
    client: Mutex<Option<Arc<Personio>>>,
    /// One sync at a time.
    sync_gate: tokio::sync::Mutex<()>,
    /// One push of the outbox at a time (a sync pushes too).
    push_gate: tokio::sync::Mutex<()>,
    /// The connected employee's v2 person id, looked up once per connection.
    v2_person: Mutex<Option<String>>,
    syncing: AtomicBool,
    /// Woken by a disconnect: a sync of this process stops at once (one of another process
    /// cannot commit either: see the connection generation in `settings.rs`).
    disconnected: tokio::sync::Notify,
}

impl Stint {
    /// Opens the data directory with the OS keyring and the system clock.
    pub fn open(data_dir: &Path) -> Result<Stint, CoreError> {
        let boundaries = Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(data_dir)),
            clock: Arc::new(SystemClock),
            client_config: ClientConfig::default(),
        };
        Stint::open_with(data_dir, boundaries)
    }

    /// Opens the data directory with the OS keyring at `clock` (the app passes a shifted clock
    /// when an e2e journey asks for one).
    pub fn open_at(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Stint, CoreError> {
        let boundaries = Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(data_dir)),
            clock,
            client_config: ClientConfig::default(),
        };
        Stint::open_with(data_dir, boundaries)
    }

    /// The core's "now" as a local wall time (what notices and the tray measure by).
    pub fn local_now(&self) -> chrono::NaiveDateTime {
        self.clock.now().naive_local()
    }

    /// Opens the data directory (creating it) with explicit boundaries.
    pub fn open_with(data_dir: &Path, boundaries: Boundaries) -> Result<Stint, CoreError> {
        std::fs::create_dir_all(data_dir).map_err(|err| {
            CoreError::invalid(
                "dataDir",
                format!(
                    "Cannot create the data folder {}: {err}",
                    data_dir.display()
                ),
            )
        })?;
        let mut store = Store::open(&data_dir.join(DATABASE_FILE))?;
        let reader = Store::open(&data_dir.join(DATABASE_FILE))?;
        settings::import_legacy_file(data_dir, &mut store)?;
        let settings = match reader.settings_row()? {
            Some(row) => Settings::from_document(&row.document)?,
            None => Settings::default(),
        };
        Ok(Stint {
            data_dir: data_dir.to_path_buf(),
            store: Mutex::new(store),
            reader: Mutex::new(reader),
            settings: Mutex::new(LastRead {
                settings,
                failing: false,
            }),
            vault: boundaries.vault,
            clock: boundaries.clock,
            client_config: boundaries.client_config,
            client: Mutex::new(None),
            sync_gate: tokio::sync::Mutex::new(()),
            push_gate: tokio::sync::Mutex::new(()),
            v2_person: Mutex::new(None),
            syncing: AtomicBool::new(false),
            disconnected: tokio::sync::Notify::new(),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The connection for writes (and reads that decide a write).
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    /// The connection for reads only: never waits behind a write that waits for a lock.
    pub(crate) fn reader(&self) -> MutexGuard<'_, Store> {
        lock(&self.reader)
    }
}

/// The settings as last read or saved, and whether reading them fails at the moment.
#[derive(Debug)]
struct LastRead {
    settings: Settings,
    failing: bool,
}

/// Runs `write` — a store write in an async use case (connect, sync), which may wait up to
/// SQLite's busy timeout for another process's lock — without holding an async worker: on a
/// multi-thread runtime (the app) tokio first hands the worker's other tasks to another thread;
/// elsewhere (the CLI's one-thread runtime, tests) it simply runs.
pub(crate) fn blocking<T>(write: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(write)
        }
        _ => write(),
    }
}

/// A poisoned lock only means another thread panicked mid-way; the data is still usable
/// (writes are transactional in SQLite and whole-struct in settings).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The data folder the desktop app uses by default: the OS data directory plus the app's
/// identifier (what Tauri's `app_data_dir` resolves to), or `$STINT_DATA_DIR` when set.
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("STINT_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER))
}

/// The app identifier from `tauri.conf.json`; names the data folder and the keyring service.
pub const APP_IDENTIFIER: &str = "app.stint.desktop";
