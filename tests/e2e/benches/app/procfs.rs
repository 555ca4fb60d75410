//! What the app benchmark reads from Linux's `/proc`: the app's process tree, when a process
//! started, and the tree's memory (`smaps_rollup`) and CPU time (`stat`).
//!
//! Only reading, never signalling: the harness tears the processes down.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The fields of `/proc/PID/stat` from field 3 on: the command name (field 2) may hold spaces
/// and parentheses, so the split starts after its last `)`.
fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = text.get(text.rfind(')')? + 1..)?;
    Some(rest.split_whitespace().map(str::to_owned).collect())
}

/// Field `n` (1-based, as in `man 5 proc`) of `/proc/PID/stat`, for fields from 3 on.
fn stat_field(fields: &[String], n: usize) -> Option<u64> {
    fields.get(n.checked_sub(3)?)?.parse().ok()
}

/// `root` and all its descendants, `root` first.
pub fn tree(root: u32) -> Vec<u32> {
    let parents: HashMap<u32, u32> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let ppid = stat_field(&stat_fields(pid)?, 4)?;
            Some((pid, u32::try_from(ppid).ok()?))
        })
        .collect();
    let mut found = vec![root];
    let mut next = 0;
    while let Some(&parent) = found.get(next) {
        found.extend(
            parents
                .iter()
                .filter(|&(_, &ppid)| ppid == parent)
                .map(|(&pid, _)| pid),
        );
        next += 1;
    }
    found
}

/// The descendant of `ancestor` that runs the executable `exe` (a canonical path).
pub fn descendant_running(ancestor: u32, exe: &Path) -> Option<u32> {
    tree(ancestor).into_iter().skip(1).find(|pid| {
        std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|running| running == exe)
    })
}

pub fn is_alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// The process's command name (`/proc/PID/comm`).
pub fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|name| name.trim().to_owned())
        .unwrap_or_else(|_| format!("pid {pid}"))
}

/// Clock ticks per second (`getconf CLK_TCK`; 100 on every Linux this runs on).
pub fn clock_ticks() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.trim().parse().ok())
        .filter(|&ticks| ticks > 0)
        .unwrap_or(100)
}

/// The boot time in Unix epoch milliseconds: the wall clock minus `/proc/uptime`. The uptime
/// only counts in hundredths, so this waits for it to tick over and reads both clocks right
/// then: exact to well under a millisecond instead of to 10 ms.
fn boot_epoch_ms() -> Option<f64> {
    let uptime = || -> Option<f64> {
        std::fs::read_to_string("/proc/uptime")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    let first = uptime()?;
    let deadline = Instant::now() + std::time::Duration::from_millis(50);
    while Instant::now() < deadline {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
        let up = uptime()?;
        if up != first {
            return Some((now.as_secs_f64() - up) * 1000.0);
        }
    }
    None
}

/// When `pid` started, in Unix epoch milliseconds: its start in clock ticks after boot
/// (`/proc/PID/stat` field 22, set when the process is forked) plus the boot time. Good to one
/// clock tick (10 ms).
pub fn started_at_ms(pid: u32, ticks_per_s: u64) -> Option<f64> {
    let start_ticks = stat_field(&stat_fields(pid)?, 22)?;
    Some(boot_epoch_ms()? + start_ticks as f64 * 1000.0 / ticks_per_s as f64)
}

/// Resident memory of a set of processes, in KiB.
#[derive(Debug, Default, Clone, Copy)]
pub struct Memory {
    /// Resident set: counts a shared library once per process that maps it.
    pub rss_kib: u64,
    /// Proportional set: a shared page counts 1/N in each of the N processes sharing it.
    pub pss_kib: u64,
}

/// The memory of one process from `/proc/PID/smaps_rollup` (zero once it has exited).
pub fn memory(pid: u32) -> Memory {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    let kib = |key: &str| -> u64 {
        text.lines()
            .find_map(|line| line.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    Memory {
        rss_kib: kib("Rss:"),
        pss_kib: kib("Pss:"),
    }
}

/// CPU time of `pids` in clock ticks: user + system (fields 14, 15) plus the same for their
/// children that already exited and were reaped (16, 17), so a helper that ends between two
/// readings keeps its time in its parent's.
pub fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|&pid| stat_fields(pid))
        .map(|fields| {
            (14..=17)
                .filter_map(|n| stat_field(&fields, n))
                .sum::<u64>()
        })
        .sum()
}
