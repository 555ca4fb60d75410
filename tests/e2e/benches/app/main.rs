//! The app benchmark of issue #6: the release build of Stint in a WebKit window on a private
//! Xvfb display (the e2e harness: tauri-driver and WebKitWebDriver), measured from outside and
//! printed as median, min and max over the runs. It prints numbers; it asserts nothing.
//!
//! `./x bench` builds the app with the `release-bench` profile (thin LTO) and runs this inside
//! a D-Bus session with gnome-keyring, which connecting needs. By hand, in such a session,
//! `cargo build --profile release-bench -p stint --bin stint` and then
//! `cargo bench -p stint-e2e --bench app`. `STINT_APP_BIN` measures another binary,
//! `STINT_BENCH_RUNS` sets the number of runs (default 5).
//!
//! One launch on a new data folder connects the demo company (not measured: a fresh install
//! opens on Connections, not the Timeline). Then the app is started again on that data, first
//! `RUNS` times with an empty cache folder each time (`XDG_CACHE_HOME`: WebKit's caches and
//! Mesa's shader cache), then `RUNS` times on the cache the last of those left. The OS page
//! cache is warm throughout (dropping it would disturb the rest of the machine).
//!
//! - **Start → timeline drawn**: from the app process's start (`/proc/PID/stat` field 22, the
//!   fork by WebKitWebDriver, in clock ticks since boot, turned into wall-clock time with
//!   `/proc/uptime`) to the `stint-timeline-drawn` performance mark, which the Timeline sets two
//!   animation frames after it first rendered its data, i.e. once that frame was painted
//!   (read as `performance.timeOrigin + mark.startTime`). Both are wall-clock instants taken
//!   by the machine itself, so the harness's own round trips are not in the figure; the start
//!   is good to one clock tick (10 ms). The part until the page began to load (its
//!   `timeOrigin`) is printed too: before it is process and WebKit start-up, after it our UI.
//!   Measured twice: in the WebDriver runs, and with the app started on its own as a user
//!   starts it (the `Plain` runs below), where the app writes the same two times to the file
//!   `STINT_STARTUP_REPORT` names (`src-tauri/src/startup_report.rs`). The goal is read on the
//!   latter: a webview started for automation waits about 0.5 s before its page starts, which
//!   a user's launch does not.
//! - **Month switch → painted**: in the page, `performance.now()`, a click on "next month",
//!   then a `MutationObserver` until the grid shows a day of the new month (and no "loading"),
//!   then two animation frames; the page reports the elapsed time, and the part until the DOM
//!   had the month. Three switches per run, each followed by the same month's `timeline`
//!   command invoked from the page on its own, to tell the backend's share from the UI's; and
//!   the mean interval of ten animation frames of the idle page, the floor of "two frames".
//! - **Memory**: after 10 s idle, `Rss` and `Pss` from `/proc/PID/smaps_rollup`, summed over
//!   the app process and all its descendants (WebKit's web, network and other helpers). RSS
//!   counts a shared library once per process; PSS splits shared pages between them. Measured
//!   twice: in the WebDriver runs above, and with the app started on its own as a user starts it
//!   (`Plain`; WebDriver's automation session holds memory in the webview too), 12 s after its
//!   start (it draws in about 1 s). The same is measured for a bare WebKitGTK window
//!   (`bare_webkit.py`: one static paragraph, no app code), the floor of any WebKitGTK app on the
//!   machine, so Stint's figure can be read against it.
//! - **Idle CPU**: user + system time (`/proc/PID/stat`) of the same tree over the next 10 s,
//!   as a percentage of one core.
//! - **UI size**: `ui/dist/*.{wasm,js,css}` raw and `gzip -9`, each file on its own.

mod procfs;
mod results;
mod ui_size;

use chrono::{Datelike, Months};
use results::Warm;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stint_e2e::{App, E2eResult, Launch, Plain};

/// The data folder's name under `<target>/e2e-data/`.
const NAME: &str = "bench-app";
const IDLE: Duration = Duration::from_secs(10);
const SWITCHES_PER_RUN: u32 = 3;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::process::ExitCode {
    match bench().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("app bench failed: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// What every launch shares.
#[derive(Debug)]
struct Bench {
    app: PathBuf,
    cache: PathBuf,
    ticks: u64,
}

async fn bench() -> E2eResult {
    let runs: usize = std::env::var("STINT_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5)
        .max(1);
    let target = stint_e2e::target_dir();
    let app = std::env::var_os("STINT_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join("release-bench").join("stint"));
    let app = app.canonicalize().map_err(|err| {
        format!(
            "no app binary at {} ({err}): build it with \
             `cargo build --profile release-bench -p stint --bin stint`, or run `./x bench`",
            app.display()
        )
    })?;
    let bench = Bench {
        app,
        cache: target.join("bench-app-cache"),
        ticks: procfs::clock_ticks(),
    };
    let load_before = results::load_average();
    let ui = ui_size::measure(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist"))?;
    println!(
        "Stint app benchmark: {} ({runs} runs each, Xvfb 1280x800x24)",
        bench.app.display()
    );

    eprintln!("app bench: connecting the demo company on a new data folder");
    let _ = std::fs::remove_dir_all(&bench.cache);
    let first = Run::start(&bench, false).await?;
    let connected = connect_demo(&first.app).await;
    first.end(connected.is_err()).await;
    connected?;

    let mut cold = Vec::new();
    for run in 1..=runs {
        eprintln!("app bench: empty caches, run {run}/{runs}");
        let _ = std::fs::remove_dir_all(&bench.cache);
        let started = Run::start(&bench, true).await?;
        let drawn = started.startup_ms().await;
        started.end(drawn.is_err()).await;
        cold.push(drawn?.0);
    }
    let mut warm = Warm::default();
    for run in 1..=runs {
        eprintln!("app bench: warm caches, run {run}/{runs} (about 25 s)");
        let started = Run::start(&bench, true).await?;
        let measured = measure_warm(&started, &mut warm).await;
        started.end(measured.is_err()).await;
        measured?;
    }
    let mut plain = results::UserStart::default();
    for run in 1..=runs {
        eprintln!("app bench: started without WebDriver, run {run}/{runs} (about 12 s)");
        measure_user_start(&bench, run, &mut plain).await?;
    }
    let bare = bare_webkit(&bench, runs).await?;
    results::report(&warm, &cold, &plain, &bare, &ui, &load_before);
    Ok(())
}

/// One launch as a user starts it: its memory, and start-up read from the report the app
/// writes when `STINT_STARTUP_REPORT` names a file (`src-tauri/src/startup_report.rs`: the
/// page's time origin and the Timeline's `stint-timeline-drawn` mark, the same mark the
/// WebDriver runs read).
async fn measure_user_start(bench: &Bench, run: usize, into: &mut results::UserStart) -> E2eResult {
    let report = bench.cache.join(format!("startup-report-{run}"));
    let _ = std::fs::remove_file(&report);
    let mut env = plain_env(bench);
    env.push(("STINT_STARTUP_REPORT".into(), report.display().to_string()));
    let launch = Launch {
        app: Some(bench.app.clone()),
        keep_data: true,
        env,
        ..Launch::default()
    };
    let started = Plain::start(NAME, &launch, &[])?;
    let started_ms = procfs::started_at_ms(started.pid(), bench.ticks)
        .ok_or("cannot read the app's start time from /proc")?;
    into.memory.push(idle_memory(&started).await);
    let text = std::fs::read_to_string(&report)
        .map_err(|err| format!("the app never reported its Timeline drawn: {err}"))?;
    let mut numbers = text.split_whitespace().map(str::parse::<f64>);
    let (Some(Ok(page)), Some(Ok(drawn))) = (numbers.next(), numbers.next()) else {
        return Err(format!("the start-up report is not two numbers: {text:?}").into());
    };
    into.startup_ms.push(page + drawn - started_ms);
    into.to_page_ms.push(page - started_ms);
    Ok(())
}

/// The environment of a launch without WebDriver: what the WebDriver runs get, plus the
/// webview setting Stint makes for itself on Linux (`src-tauri/src/webview_env.rs`), which the
/// bare reference must share to be comparable.
fn plain_env(bench: &Bench) -> Vec<(String, String)> {
    vec![
        ("XDG_CACHE_HOME".into(), bench.cache.display().to_string()),
        ("RUST_LOG".into(), "warn".into()),
        ("WEBKIT_DISABLE_COMPOSITING_MODE".into(), "1".into()),
    ]
}

/// The memory of `started`'s process tree 12 s after its start: about 1 s to draw, then
/// [`IDLE`].
async fn idle_memory(started: &Plain) -> results::Sample {
    tokio::time::sleep(Duration::from_secs(2) + IDLE).await;
    tree_memory(started.pid())
}

/// The bare WebKitGTK window's memory and start-up (process start to page loaded), `runs`
/// times, or why they were not measured.
async fn bare_webkit(bench: &Bench, runs: usize) -> E2eResult<Result<results::Bare, String>> {
    // Debian's own Python: the GObject bindings are its packages, not a pyenv's or a venv's.
    let python = Path::new("/usr/bin/python3");
    let probe = std::process::Command::new(python)
        .args(["-c", "import gi; gi.require_version('WebKit2', '4.1')"])
        .output();
    if !probe.is_ok_and(|out| out.status.success()) {
        return Ok(Err(format!(
            "{} cannot load WebKit2 4.1 through python3-gi (`./x bench` installs \
             python3-gi and gir1.2-webkit2-4.1)",
            python.display()
        )));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/app/bare_webkit.py");
    let script = script.to_str().ok_or("the script's path is not UTF-8")?;
    let mut bare = results::Bare::default();
    std::fs::create_dir_all(&bench.cache)?;
    for run in 1..=runs {
        eprintln!("app bench: bare WebKitGTK window, run {run}/{runs} (about 12 s)");
        let loaded_file = bench.cache.join(format!("bare-loaded-{run}"));
        let _ = std::fs::remove_file(&loaded_file);
        let mut env = plain_env(bench);
        env.push((
            "STINT_BARE_LOADED".into(),
            loaded_file.display().to_string(),
        ));
        let launch = Launch {
            app: Some(python.to_path_buf()),
            keep_data: false,
            env,
            ..Launch::default()
        };
        let started = Plain::start("bench-bare-webkit", &launch, &[script])?;
        let started_ms = procfs::started_at_ms(started.pid(), bench.ticks)
            .ok_or("cannot read the bare window's start time from /proc")?;
        bare.memory.push(idle_memory(&started).await);
        let loaded: f64 = std::fs::read_to_string(&loaded_file)
            .map_err(|err| format!("the bare window never reported its page loaded: {err}"))?
            .trim()
            .parse()?;
        bare.loaded_ms.push(loaded - started_ms);
    }
    Ok(Ok(bare))
}

/// RSS and PSS summed over `root` and its descendants, and PSS per process.
fn tree_memory(root: u32) -> results::Sample {
    let memory: Vec<(u32, procfs::Memory)> = procfs::tree(root)
        .iter()
        .map(|&pid| (pid, procfs::memory(pid)))
        .collect();
    let mib = |kib: u64| kib as f64 / 1024.0;
    results::Sample {
        rss_mib: mib(memory.iter().map(|(_, m)| m.rss_kib).sum()),
        pss_mib: mib(memory.iter().map(|(_, m)| m.pss_kib).sum()),
        breakdown: memory
            .iter()
            .map(|&(pid, m)| (procfs::name(pid), mib(m.rss_kib), mib(m.pss_kib)))
            .collect(),
    }
}

/// One launch of the app, and where to find it in `/proc`.
#[derive(Debug)]
struct Run<'a> {
    bench: &'a Bench,
    app: App,
    pid: u32,
}

impl<'a> Run<'a> {
    async fn start(bench: &'a Bench, keep_data: bool) -> E2eResult<Run<'a>> {
        let launch = Launch {
            app: Some(bench.app.clone()),
            keep_data,
            env: vec![
                ("XDG_CACHE_HOME".into(), bench.cache.display().to_string()),
                ("RUST_LOG".into(), "warn".into()),
            ],
            ..Launch::default()
        };
        let app = App::launch_with(NAME, &launch)
            .await
            .ok_or("the e2e tools are missing (see the message above)")?;
        let deadline = Instant::now() + Duration::from_secs(10);
        let pid = loop {
            if let Some(pid) = procfs::descendant_running(app.driver_pid(), &bench.app) {
                break pid;
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "no process running {} under tauri-driver (pid {})",
                    bench.app.display(),
                    app.driver_pid()
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        Ok(Run { bench, app, pid })
    }

    /// From the process's start to the Timeline's `stint-timeline-drawn` mark, and the part of
    /// it until the page began to load.
    async fn startup_ms(&self) -> E2eResult<(f64, f64)> {
        let started = procfs::started_at_ms(self.pid, self.bench.ticks)
            .ok_or("cannot read the app's start time from /proc")?;
        // The page polls its own mark, so the harness's round trips never delay what is read.
        let times = self
            .app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const poll = () => {
                   const mark = performance.getEntriesByName('stint-timeline-drawn')[0];
                   if (mark) done([performance.timeOrigin, mark.startTime]);
                   else setTimeout(poll, 20);
                 };
                 poll();",
                vec![],
            )
            .await?;
        let [page, drawn] = two_numbers(&times, "the timeline mark")?;
        Ok((page + drawn - started, page - started))
    }

    /// Ends the launch (a screenshot first if it `failed`) and waits until the app is gone, so
    /// the next launch does not share the data folder with it.
    async fn end(self, failed: bool) {
        if failed {
            let _ = self.app.screenshot(NAME).await;
        }
        self.app.finish(Ok(())).await;
        let deadline = Instant::now() + Duration::from_secs(10);
        while procfs::is_alive(self.pid) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn connect_demo(app: &App) -> E2eResult {
    app.click("#nav-connections").await?;
    app.click("#try-demo").await?;
    app.wait_for("#employee-name").await?;
    Ok(())
}

async fn measure_warm(run: &Run<'_>, warm: &mut Warm) -> E2eResult {
    let (startup, to_page) = run.startup_ms().await?;
    warm.startup_ms.push(startup);
    warm.to_page_ms.push(to_page);

    tokio::time::sleep(IDLE).await;
    let pids = procfs::tree(run.pid);
    warm.memory.push(tree_memory(run.pid));

    let before = procfs::cpu_ticks(&pids);
    let window = Instant::now();
    tokio::time::sleep(IDLE).await;
    let after = procfs::cpu_ticks(&procfs::tree(run.pid));
    let seconds = after.saturating_sub(before) as f64 / run.bench.ticks as f64;
    warm.cpu_percent
        .push(100.0 * seconds / window.elapsed().as_secs_f64());

    run.app.wait_for("#timeline-month .day[data-date]").await?;
    let today = chrono::Local::now().date_naive();
    for step in 1..=SWITCHES_PER_RUN {
        let shown = today
            .with_day(15)
            .and_then(|d| d.checked_add_months(Months::new(step)))
            .ok_or("no month after today's")?;
        let [dom, painted] = switch_month(&run.app, shown).await?;
        warm.switch_dom_ms.push(dom);
        warm.switch_ms.push(painted);
        warm.ipc_ms.push(timeline_call(&run.app, shown).await?);
    }
    warm.frame_ms.push(idle_frame(&run.app).await?);
    Ok(())
}

/// The mean interval of ten animation frames while nothing changes: what a frame costs the
/// webview here, whatever the UI does.
async fn idle_frame(app: &App) -> E2eResult<f64> {
    let mean = app
        .client
        .execute_async(
            "const done = arguments[0];
             let left = 10, t0 = null;
             const frame = (t) => {
               if (t0 === null) t0 = t;
               else if (--left === 0) return done((t - t0) / 10);
               requestAnimationFrame(frame);
             };
             requestAnimationFrame(frame);",
            vec![],
        )
        .await?;
    Ok(mean
        .as_f64()
        .ok_or_else(|| format!("the page reported no frame interval: {mean}"))?)
}

/// The milliseconds the page waits for the `timeline` command of `month`'s range alone.
async fn timeline_call(app: &App, month: chrono::NaiveDate) -> E2eResult<f64> {
    let first = month.with_day(1).ok_or("a month has a first day")?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .ok_or("a month has a last day")?;
    let elapsed = app
        .client
        .execute_async(
            "const [from, to, done] = arguments;
             const t0 = performance.now();
             window.__TAURI__.core.invoke('timeline', { from, to })
               .then(() => done(performance.now() - t0), e => done(JSON.stringify(e)));",
            vec![
                serde_json::json!(first.to_string()),
                serde_json::json!(last.to_string()),
            ],
        )
        .await?;
    Ok(elapsed
        .as_f64()
        .ok_or_else(|| format!("the timeline command failed: {elapsed}"))?)
}

/// A `[number, number]` the page returned for `what`.
fn two_numbers(value: &serde_json::Value, what: &str) -> E2eResult<[f64; 2]> {
    match value.as_array().map(Vec::as_slice) {
        Some([a, b]) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => Ok([a, b]),
            _ => Err(format!("the page reported no times for {what}: {value}").into()),
        },
        _ => Err(format!("the page reported no times for {what}: {value}").into()),
    }
}

/// Clicks "next month" and returns the milliseconds, measured by the page, until `shown` is in
/// the grid, and until it is painted.
async fn switch_month(app: &App, shown: chrono::NaiveDate) -> E2eResult<[f64; 2]> {
    let elapsed = app
        .client
        .execute_async(
            "const [day, done] = arguments;
             const shown = () => !document.getElementById('timeline-loading')
               && document.querySelector(`#timeline-month .day[data-date='${day}']`);
             let waiting = true;
             const check = () => {
               if (!waiting || !shown()) return;
               waiting = false;
               observer.disconnect();
               const dom = performance.now() - t0;
               const painted = () => done([dom, performance.now() - t0]);
               requestAnimationFrame(() => requestAnimationFrame(painted));
             };
             const observer = new MutationObserver(check);
             const timeline = document.getElementById('timeline');
             observer.observe(timeline, { childList: true, subtree: true });
             const t0 = performance.now();
             document.getElementById('timeline-next').click();
             check();",
            vec![serde_json::json!(shown.to_string())],
        )
        .await?;
    two_numbers(&elapsed, "the month switch")
}
