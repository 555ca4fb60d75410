//! The only place in the UI that talks to the backend.
//!
//! Commands go through `window.__TAURI__.core.invoke` (enabled by `app.withGlobalTauri`). Every
//! failure, including a backend that is not there at all, comes back as an [`IpcError`], so pages
//! have one error type to show.

use serde::de::DeserializeOwned;
use stint_model::{AppInfo, ErrorCode, IpcError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// Calls a backend command without arguments and decodes its answer.
async fn invoke<T: DeserializeOwned>(cmd: &str) -> Result<T, IpcError> {
    let answer = tauri_invoke(cmd, js_sys::Object::new().into())
        .await
        .map_err(|err| to_ipc_error(cmd, err))?;
    serde_wasm_bindgen::from_value(answer).map_err(|err| {
        IpcError::new(
            ErrorCode::Internal,
            format!("The backend's answer to `{cmd}` could not be read: {err}"),
        )
    })
}

/// Commands reject with our `{code, message}` shape; anything else (a missing command, no Tauri
/// at all) is reported as internal with what the JS side said.
fn to_ipc_error(cmd: &str, err: JsValue) -> IpcError {
    serde_wasm_bindgen::from_value::<IpcError>(err.clone()).unwrap_or_else(|_| {
        let text = err
            .as_string()
            .or_else(|| js_sys::JSON::stringify(&err).ok().map(String::from))
            .unwrap_or_else(|| "unknown error".into());
        IpcError::new(
            ErrorCode::Internal,
            format!("The backend did not answer `{cmd}`: {text}"),
        )
    })
}

pub async fn app_info() -> Result<AppInfo, IpcError> {
    invoke("app_info").await
}
