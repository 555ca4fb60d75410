//! Journey of the harness itself: a WebKitWebDriver that is slow to start listening must not
//! fail the launch. tauri-driver answers on its own port at once and forwards a new session to
//! WebKitWebDriver's port; sent before that one listens, the session was dropped without an
//! answer ("webdriver server did not respond"), which failed CI twice on a busy machine. The
//! harness now waits for both ports; here the native driver starts 2 s late, on purpose.

use std::os::unix::fs::PermissionsExt;
use stint_e2e::{ensure, webkit_driver_on_path, App, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_native_driver_that_starts_late_still_gets_the_session() {
    let Ok(real) = webkit_driver_on_path() else {
        // Missing tools: `App::launch_with` below fails in CI and skips elsewhere, saying why.
        let _ = App::launch("harness-slow-driver").await;
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary directory");
    let wrapper = dir.path().join("slow-webkit-webdriver");
    std::fs::write(
        &wrapper,
        format!("#!/bin/sh\nsleep 2\nexec '{}' \"$@\"\n", real.display()),
    )
    .expect("the wrapper is written");
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))
        .expect("the wrapper is executable");

    let launch = Launch {
        webkit_driver: Some(wrapper),
        ..Launch::default()
    };
    let Some(app) = App::launch_with("harness-slow-driver", &launch).await else {
        return;
    };
    let outcome = async {
        let title = app.client.title().await?;
        ensure(title == "Stint", || {
            format!("the session drives Stint's window, got title {title:?}")
        })
    }
    .await;
    app.finish(outcome).await;
}
