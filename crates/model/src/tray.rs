//! The tray menu as the app's own IPC lists it (`tray_menu`), so a test — or a desktop whose
//! tray cannot be driven — can read and use what the tray offers.

use serde::{Deserialize, Serialize};

/// One item of the tray menu.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrayItemView {
    /// `status`, `today`, `toggle`, `stop`, `open`, `quit`.
    pub id: String,
    pub text: String,
    pub enabled: bool,
}
