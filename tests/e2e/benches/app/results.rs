//! What the app benchmark measured and how it prints it: median, min and max per figure.

use crate::ui_size::UiSize;

/// What the runs on warm caches measured, one entry per run (per switch for the month switch).
#[derive(Debug, Default)]
pub struct Warm {
    pub startup_ms: Vec<f64>,
    /// The part of `startup_ms` until the page began to load (`performance.timeOrigin`).
    pub to_page_ms: Vec<f64>,
    pub switch_ms: Vec<f64>,
    /// The part of `switch_ms` until the new month was in the DOM.
    pub switch_dom_ms: Vec<f64>,
    /// The `timeline` command for a month, invoked from the page on its own.
    pub ipc_ms: Vec<f64>,
    /// The interval between two animation frames of the idle page.
    pub frame_ms: Vec<f64>,
    /// Memory after 10 s idle, under WebDriver.
    pub memory: Memory,
    pub cpu_percent: Vec<f64>,
}

/// The memory of one process tree at one moment.
#[derive(Debug, Default)]
pub struct Sample {
    pub rss_mib: f64,
    pub pss_mib: f64,
    /// Process name, RSS and PSS in MiB.
    pub breakdown: Vec<(String, f64, f64)>,
}

/// Memory samples of several runs.
#[derive(Debug, Default)]
pub struct Memory {
    samples: Vec<Sample>,
}

/// The launches as a user starts the app (no WebDriver): memory and start-up.
#[derive(Debug, Default)]
pub struct UserStart {
    pub memory: Memory,
    pub startup_ms: Vec<f64>,
    /// The part of `startup_ms` until the page began to load.
    pub to_page_ms: Vec<f64>,
}

/// The bare WebKitGTK window: its memory, and its start (process start to page loaded).
#[derive(Debug, Default)]
pub struct Bare {
    pub memory: Memory,
    pub loaded_ms: Vec<f64>,
}

impl Memory {
    pub fn push(&mut self, sample: Sample) {
        self.samples.push(sample);
    }

    fn rss(&self) -> Vec<f64> {
        self.samples.iter().map(|s| s.rss_mib).collect()
    }

    fn pss(&self) -> Vec<f64> {
        self.samples.iter().map(|s| s.pss_mib).collect()
    }

    /// "name RSS/PSS" per process of the last run.
    fn breakdown(&self) -> String {
        let last = self.samples.last().map_or(&[][..], |s| &s.breakdown[..]);
        last.iter()
            .map(|(name, rss, pss)| format!("{name} {rss:.0}/{pss:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Median, min and max.
fn spread(values: &[f64]) -> (f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    (median, sorted[0], sorted[n - 1])
}

fn row(label: &str, unit: &str, values: &[f64], goal: &str) {
    let (median, min, max) = spread(values);
    let n = values.len();
    println!("{label:<42}{median:>9.1}{min:>9.1}{max:>9.1} {unit:<4}{n:>5}  {goal}");
}

pub fn report(
    warm: &Warm,
    cold: &[f64],
    plain: &UserStart,
    bare: &Result<Bare, String>,
    ui: &UiSize,
    load_before: &str,
) {
    println!(
        "{:<42}{:>9}{:>9}{:>9} {:<4}{:>5}  goal",
        "", "median", "min", "max", "", "n"
    );
    let rows: [(&str, &str, &[f64], &str); 10] = [
        (
            "start -> timeline drawn (started by the user)",
            "ms",
            &plain.startup_ms,
            "<= 1000 ms",
        ),
        ("  of it: start -> page starts", "ms", &plain.to_page_ms, ""),
        (
            "start -> timeline drawn (under WebDriver)",
            "ms",
            &warm.startup_ms,
            "",
        ),
        ("  of it: start -> page starts", "ms", &warm.to_page_ms, ""),
        ("  the same, WebKit's caches empty", "ms", cold, "(cold)"),
        (
            "month switch -> painted",
            "ms",
            &warm.switch_ms,
            "<= 100 ms",
        ),
        (
            "  of it: click -> in the DOM",
            "ms",
            &warm.switch_dom_ms,
            "",
        ),
        ("  `timeline` command alone", "ms", &warm.ipc_ms, ""),
        ("  one frame of the idle page", "ms", &warm.frame_ms, ""),
        (
            "idle CPU over 10 s (% of one core)",
            "%",
            &warm.cpu_percent,
            "about 0",
        ),
    ];
    for (label, unit, values, goal) in rows {
        row(label, unit, values, goal);
    }
    if let Ok(bare) = bare {
        row(
            "reference: bare WebKitGTK, start -> loaded",
            "ms",
            &bare.loaded_ms,
            "(floor)",
        );
    }
    println!("memory, app + WebKit processes, 10 s idle (per process: RSS/PSS MiB, last run)");
    memory_rows(
        "started by the user (no WebDriver)",
        &plain.memory,
        "<= 380 MiB",
    );
    memory_rows("under WebDriver (the runs above)", &warm.memory, "");
    match bare {
        Ok(bare) => memory_rows("reference: bare WebKitGTK window", &bare.memory, "(floor)"),
        Err(why) => println!("  reference: bare WebKitGTK window: not measured: {why}"),
    }
    println!(
        "UI in ui/dist (wasm + js + css): {} B raw (goal <= 450 KB), {} B gzip -9 (goal <= 150 KB)",
        ui.raw, ui.gzip
    );
    for (name, raw, gzip) in &ui.files {
        println!("  {name}: {raw} B raw, {gzip} B gzip -9");
    }
    println!(
        "load average (1, 5, 15 min) before: {load_before}, after: {} on {} cores; \
         other work on the machine inflates the times above",
        load_average(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
}

/// RSS and PSS rows of one way of starting, and its processes.
fn memory_rows(what: &str, memory: &Memory, goal: &str) {
    println!("  {what}");
    row("    RSS", "MiB", &memory.rss(), goal);
    row("    PSS", "MiB", &memory.pss(), "");
    println!("      {}", memory.breakdown());
}

/// The load averages from `/proc/loadavg`.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".into())
}
