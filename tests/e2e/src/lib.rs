//! The end-to-end harness: starts the real Stint binary in a WebKit window on a private Xvfb
//! display, through tauri-driver and WebKitWebDriver, and hands a test a WebDriver [`Client`].
//!
//! Each journey gets its own display, free ports and a throw-away data directory, so journeys can
//! run side by side. When a journey fails, the harness saves a screenshot of the display to
//! `target/e2e-screenshots/<journey>.png` before tearing down. Teardown sends SIGTERM (SIGKILL
//! would leave WebKitWebDriver behind).
//!
//! Missing tools (Xvfb, tauri-driver, WebKitWebDriver, the app binary) make a journey **fail**
//! when `CI=true`; on a developer machine without them it is skipped with a message saying what
//! is missing and how to get it (`./x setup`).

pub mod backend;
pub mod cli;
pub mod day_view;
mod process;
pub mod recording;
mod tools;

pub use fantoccini::{Client, Locator};
pub use tools::{target_dir, webkit_driver_on_path};

use process::Child;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long starting the app and its WebDriver session may take; about 1 s normally.
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);

pub type E2eResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// `Ok` if `ok`, else the error `why` says: a journey's check that fails as an error, not a
/// panic, so the harness saves a screenshot and tears down in order.
pub fn ensure(ok: bool, why: impl FnOnce() -> String) -> E2eResult {
    if ok {
        Ok(())
    } else {
        Err(why().into())
    }
}

/// Polls `probe` every 100 ms until it answers `Ok(Ok(value))`, or `timeout` passes: then the
/// error names `what` and the probe's last word on why not (`Ok(Err(why))`). For states that
/// live outside the page too, e.g. what the sandbox holds; an `Err` from the probe ends at once.
pub async fn eventually<T, F, Fut>(what: &str, timeout: Duration, mut probe: F) -> E2eResult<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = E2eResult<Result<T, String>>>,
{
    let start = Instant::now();
    loop {
        let why_not = match probe().await? {
            Ok(value) => return Ok(value),
            Err(why_not) => why_not,
        };
        if start.elapsed() > timeout {
            return Err(
                format!("timed out after {timeout:?} waiting for {what}: {why_not}").into(),
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Milliseconds of `d`, for the timings journeys print.
pub fn ms(d: Duration) -> u128 {
    d.as_millis()
}

/// How to start the app; the default is what every journey uses.
#[derive(Debug, Default, Clone)]
pub struct Launch {
    /// The app binary; `None` finds it as described in `tools` (`STINT_APP_BIN`, else the
    /// debug build). The benchmark passes the release build.
    pub app: Option<PathBuf>,
    /// Keeps what an earlier launch of the same name left in the data directory, instead of
    /// starting empty (the benchmark restarts the app on data it connected once).
    pub keep_data: bool,
    /// More environment for tauri-driver and so for the app, e.g. `XDG_CACHE_HOME`.
    pub env: Vec<(String, String)>,
    /// The native WebDriver; `None` finds WebKitWebDriver as described in `tools`. The
    /// harness's own journey passes one that is slow to start.
    pub webkit_driver: Option<PathBuf>,
}

/// One running app under test.
#[derive(Debug)]
pub struct App {
    pub client: Client,
    /// The data directory the app was started with (`STINT_DATA_DIR`).
    pub data_dir: PathBuf,
    journey: String,
    display: String,
    // Dropped in reverse order of start: driver (and with it the app) before the display.
    driver: Child,
    xvfb: Child,
}

impl App {
    /// Starts the app for the journey `name`; `None` means skipped (only outside CI).
    pub async fn launch(name: &str) -> Option<App> {
        Self::launch_with(name, &Launch::default()).await
    }

    /// Starts the app for `name` as `launch` says; `None` means skipped (only outside CI).
    pub async fn launch_with(name: &str, launch: &Launch) -> Option<App> {
        let tools = match tools::Tools::find(launch.app.as_deref(), launch.webkit_driver.as_deref())
        {
            Ok(tools) => tools,
            Err(missing) => {
                if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                    panic!("e2e journey `{name}` cannot run in CI: {missing}");
                }
                eprintln!("SKIPPED e2e journey `{name}`: {missing} (run `./x setup`)");
                return None;
            }
        };
        match Self::start(name, &tools, launch).await {
            Ok(app) => Some(app),
            Err(err) => panic!("e2e journey `{name}`: the app did not start: {err}"),
        }
    }

    async fn start(name: &str, tools: &tools::Tools, launch: &Launch) -> E2eResult<App> {
        let (xvfb, display) = process::start_xvfb(&tools.xvfb)?;
        let data_dir = data_dir(name, launch)?;

        let port = process::free_port()?;
        let native_port = loop {
            let native = process::free_port()?;
            if native != port {
                break native;
            }
        };
        let mut driver = process::spawn(
            std::process::Command::new(&tools.tauri_driver)
                .args(["--port", &port.to_string()])
                .args(["--native-port", &native_port.to_string()])
                .args([
                    "--native-driver",
                    &tools.webkit_driver.display().to_string(),
                ])
                .envs(app_env(&display, &data_dir, launch)),
            "tauri-driver",
        )?;
        process::wait_for_port(port, Duration::from_secs(20)).await?;
        // tauri-driver answers on its port before WebKitWebDriver, which it starts, listens on
        // the native one; a new session sent in between is forwarded to nobody and tauri-driver
        // drops the connection without an answer ("webdriver server did not respond"). So wait
        // for both.
        process::wait_for_port(native_port, Duration::from_secs(20)).await?;
        // The ports answering are ours only if the driver is still alive (not one that could
        // not bind them and left).
        driver.still_running()?;

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": tools.app.display().to_string() }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        // A session whose webview never answers WebKitWebDriver (its inspector could not
        // listen) would wait for ever; a journey fails instead, with the display saved.
        let mut builder = fantoccini::ClientBuilder::new(connector);
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{port}");
        let connecting = builder.connect(&url);
        let client = match tokio::time::timeout(SESSION_TIMEOUT, connecting).await {
            Ok(client) => client?,
            Err(_) => {
                let shot = process::screenshot(&display, name);
                return Err(format!(
                    "the WebDriver session did not start within {SESSION_TIMEOUT:?} \
                     (screenshot: {shot:?})"
                )
                .into());
            }
        };
        Ok(App {
            client,
            data_dir,
            journey: name.to_owned(),
            display,
            driver,
            xvfb,
        })
    }

    /// The process id of tauri-driver: the app runs among its descendants (tauri-driver →
    /// WebKitWebDriver → app), which is how the benchmark finds it.
    pub fn driver_pid(&self) -> u32 {
        self.driver.id()
    }

    /// The X display the app runs on (for tools that send it keys, such as xdotool).
    pub fn display(&self) -> &str {
        &self.display
    }

    /// Waits until an element matching `css` exists and returns its text.
    pub async fn wait_text(&self, css: &str) -> E2eResult<String> {
        let elem = self.wait_for(css).await?;
        Ok(elem.text().await?)
    }

    /// Waits until an element matching `css` exists and returns its `textContent`: for text that
    /// is in the page but not drawn, such as a month cell's figures (shown on hover).
    pub async fn wait_text_content(&self, css: &str) -> E2eResult<String> {
        self.wait_for(css).await?;
        let text = self
            .client
            .execute(
                "return document.querySelector(arguments[0])?.textContent ?? '';",
                vec![serde_json::json!(css)],
            )
            .await?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    /// Waits up to 10 s until the JS expression `script` is truthy; the error names `why`.
    pub async fn wait_js(&self, why: &str, script: &str) -> E2eResult {
        self.wait_until(why, Duration::from_secs(10), JsTruthy(script))
            .await
    }

    /// Waits (up to 15 s) until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str) -> E2eResult<fantoccini::elements::Element> {
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .map_err(|err| format!("`{css}` did not appear within 15 s: {err}"))?;
        Ok(found)
    }

    /// Clicks the element matching `css` once it exists.
    pub async fn click(&self, css: &str) -> E2eResult {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Polls `check` until it is true or `timeout` passes; for states that are not one element.
    pub async fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        check: impl AsyncCheck,
    ) -> E2eResult {
        let start = Instant::now();
        loop {
            if check.check(&self.client).await? {
                return Ok(());
            }
            if start.elapsed() > timeout {
                return Err(format!("timed out after {timeout:?} waiting for {what}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves the display as `target/e2e-screenshots/<name>.png` (for the README and for
    /// looking at what a journey saw), after a moment for the last paint.
    pub async fn screenshot(&self, name: &str) -> E2eResult<PathBuf> {
        tokio::time::sleep(Duration::from_millis(300)).await;
        Ok(process::screenshot(&self.display, name)?)
    }

    /// Ends the journey: on failure saves a screenshot first, then tears everything down and
    /// panics with the journey's error so the test fails with it.
    pub async fn finish(self, outcome: E2eResult) {
        let shot = match &outcome {
            Err(_) => Some(process::screenshot(&self.display, &self.journey)),
            Ok(()) => None,
        };
        let App {
            client,
            driver,
            xvfb,
            journey,
            ..
        } = self;
        let _ = client.close().await;
        drop(driver);
        drop(xvfb);
        if let Err(err) = outcome {
            let shot = match shot {
                Some(Ok(path)) => format!("screenshot: {}", path.display()),
                Some(Err(why)) => format!("no screenshot: {why}"),
                None => String::new(),
            };
            panic!("e2e journey `{journey}` failed: {err} ({shot})");
        }
    }
}

/// The data directory of the launch `name` (`target/e2e-data/<name>`), emptied first unless
/// `launch` keeps it.
fn data_dir(name: &str, launch: &Launch) -> std::io::Result<PathBuf> {
    let data_dir = target_dir().join("e2e-data").join(name);
    if !launch.keep_data {
        let _ = std::fs::remove_dir_all(&data_dir);
    }
    std::fs::create_dir_all(&data_dir)?;
    Ok(data_dir)
}

/// The environment the app runs in, with or without WebDriver in between.
fn app_env(display: &str, data_dir: &Path, launch: &Launch) -> Vec<(String, OsString)> {
    let mut env: Vec<(String, OsString)> = vec![
        ("DISPLAY".into(), display.into()),
        // The UI follows the webview's language, which WebKitGTK takes from the locale:
        // pinned so a German developer machine runs the journeys in English too.
        ("LC_ALL".into(), "C.UTF-8".into()),
        ("STINT_DATA_DIR".into(), data_dir.into()),
        // WebKit keeps the webview's localStorage (the UI's language, theme and week start)
        // under XDG_DATA_HOME: one per journey, or one journey's choices would show up in the
        // next.
        ("XDG_DATA_HOME".into(), data_dir.join("webview").into()),
    ];
    env.extend(launch.env.iter().map(|(k, v)| (k.clone(), v.into())));
    env
}

/// The app started the way a user starts it: its binary on its own, on a private display, with
/// no WebDriver session. WebDriver's automation adds to what the webview holds, so the
/// benchmark measures memory this way too. Dropping it ends the app, then the display.
#[derive(Debug)]
pub struct Plain {
    pub data_dir: PathBuf,
    // Dropped in this order: the app before its display, which is only held to be dropped.
    app: Child,
    _xvfb: Child,
}

impl Plain {
    /// Starts the app (`launch.app`, else found as for a journey) with `args`, under the name
    /// `name` (its data directory). The benchmark also starts its bare-WebKit reference this way.
    pub fn start(name: &str, launch: &Launch, args: &[&str]) -> E2eResult<Plain> {
        let tools = tools::Tools::find(launch.app.as_deref(), launch.webkit_driver.as_deref())?;
        let (xvfb, display) = process::start_xvfb(&tools.xvfb)?;
        let data_dir = data_dir(name, launch)?;
        let app = process::spawn(
            std::process::Command::new(&tools.app)
                .args(args)
                .envs(app_env(&display, &data_dir, launch)),
            "the app",
        )?;
        Ok(Plain {
            data_dir,
            app,
            _xvfb: xvfb,
        })
    }

    /// The app's process id.
    pub fn pid(&self) -> u32 {
        self.app.id()
    }
}

/// A condition checked against the page, e.g. a JS expression.
pub trait AsyncCheck {
    fn check(&self, client: &Client) -> impl std::future::Future<Output = E2eResult<bool>>;
}

/// A JavaScript expression that must become truthy.
#[derive(Debug)]
pub struct JsTruthy<'a>(pub &'a str);

impl AsyncCheck for JsTruthy<'_> {
    async fn check(&self, client: &Client) -> E2eResult<bool> {
        let script = format!("return !!({});", self.0);
        let value = client.execute(&script, vec![]).await?;
        Ok(value.as_bool().unwrap_or(false))
    }
}
