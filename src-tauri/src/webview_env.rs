//! How WebKitGTK draws Stint on Linux: without accelerated compositing, unless asked for.
//!
//! Why: on machines without a usable GPU (VMs, remote desktops, Xvfb) WebKitGTK composites
//! through software GL (llvmpipe), which costs far more than it gives a page like ours (a grid
//! of text, no animation, no canvas). Measured with `./x bench` under Xvfb (release build,
//! medians of 5): start to timeline drawn 1399 → 1045 ms warm and 3673 → 942 ms with empty
//! caches (no shader compilation), month switch 137 → 64 ms, RSS of the app and its WebKit
//! processes 532 → 411 MiB. On some GPU drivers compositing also leaves the window blank
//! (tauri-apps/tauri#5143, #15936), which is the same workaround many Tauri apps ship.
//!
//! A user who wants compositing back sets `STINT_GPU_COMPOSITING=1`; a
//! `WEBKIT_DISABLE_COMPOSITING_MODE` already in the environment is left as it is. This must run
//! before any thread or the webview starts, because it changes the process environment that
//! WebKit (and its child processes) read.

const WEBKIT_VAR: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
const OPT_IN_VAR: &str = "STINT_GPU_COMPOSITING";

/// Whether Stint should turn compositing off, given what the environment already says.
pub fn disable_compositing(webkit_var_set: bool, opt_in: Option<&str>) -> bool {
    !webkit_var_set && opt_in.map(str::trim) != Some("1")
}

/// Applies the choice to this process's environment (Linux only; elsewhere nothing to do).
pub fn configure() {
    if cfg!(target_os = "linux")
        && disable_compositing(
            std::env::var_os(WEBKIT_VAR).is_some(),
            std::env::var(OPT_IN_VAR).ok().as_deref(),
        )
    {
        std::env::set_var(WEBKIT_VAR, "1");
    }
}

/// One log line saying how the webview draws, so a blank or slow window has a first clue.
pub fn log_choice() {
    if cfg!(target_os = "linux") {
        match std::env::var(WEBKIT_VAR) {
            Ok(value) => tracing::info!(
                "webview: {WEBKIT_VAR}={value} (set {OPT_IN_VAR}=1 for GPU compositing)"
            ),
            Err(_) => tracing::info!("webview: accelerated compositing as WebKitGTK decides"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositing_is_off_unless_the_user_or_the_environment_says_otherwise() {
        assert!(disable_compositing(false, None), "default: off");
        assert!(
            disable_compositing(false, Some("0")),
            "anything but 1 keeps it off"
        );
        assert!(
            !disable_compositing(false, Some("1")),
            "STINT_GPU_COMPOSITING=1 turns compositing back on"
        );
        assert!(
            !disable_compositing(true, None),
            "an explicit WEBKIT_DISABLE_COMPOSITING_MODE is the user's, left alone"
        );
    }
}
