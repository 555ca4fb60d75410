//! Loopback listeners that keep clear of WebKit's remote inspector port.
//!
//! Under WebDriver (the e2e journeys, the app benchmark) WebKitWebDriver picks a free port for
//! the webview's remote inspector, lets go of it and starts the app with
//! `WEBKIT_INSPECTOR_SERVER=127.0.0.1:<port>`; the webview binds it only once the window is
//! made. The app's own listeners (the single-instance port, the demo's sandbox) are bound
//! before that, and the OS may hand them exactly that port: the inspector then cannot listen
//! and the WebDriver session waits for a browser that never answers (seen once in the app
//! benchmark). A user's launch has no such variable, and nothing changes for it.

use std::io;
use std::net::{Ipv4Addr, TcpListener};

/// The port `WEBKIT_INSPECTOR_SERVER` names, if set.
fn inspector_port() -> Option<u16> {
    port_of(&std::env::var("WEBKIT_INSPECTOR_SERVER").ok()?)
}

/// `127.0.0.1:39421` → 39421.
fn port_of(address: &str) -> Option<u16> {
    address.rsplit(':').next()?.trim().parse().ok()
}

/// A listener on 127.0.0.1 on a port the OS picks, never the inspector's.
pub fn listener() -> io::Result<TcpListener> {
    let first = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    if Some(first.local_addr()?.port()) != inspector_port() {
        return Ok(first);
    }
    // `first` still holds the inspector's port, so this pick is another one; then it lets go.
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
}

#[cfg(test)]
mod tests {
    use super::port_of;

    #[test]
    fn the_inspector_port_is_read_from_its_address() {
        assert_eq!(port_of("127.0.0.1:39421"), Some(39421));
        assert_eq!(port_of("[::1]:8080"), Some(8080));
        assert_eq!(port_of("127.0.0.1"), None, "no port, nothing to avoid");
        assert_eq!(port_of(""), None);
    }
}
