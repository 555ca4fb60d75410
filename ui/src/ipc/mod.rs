//! The only place in the UI that talks to the backend.
//!
//! Commands go through `window.__TAURI__.core.invoke` (enabled by `app.withGlobalTauri`). Every
//! failure, including a backend that is not there at all, comes back as an [`IpcError`], so pages
//! have one error type to show.

use serde::de::DeserializeOwned;
use serde::Serialize;
use stint_model::{AppInfo, ConnectRequest, ConnectionStatus, ErrorCode, IpcError};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "event"], js_name = listen)]
    async fn tauri_listen(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<JsValue, JsValue>;
}

/// Calls a backend command with `args` (an object whose keys are the command's parameters).
async fn invoke<T: DeserializeOwned>(cmd: &str, args: &impl Serialize) -> Result<T, IpcError> {
    let args = args
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| internal(format!("Arguments for `{cmd}` could not be sent: {err}")))?;
    let answer = tauri_invoke(cmd, args)
        .await
        .map_err(|err| to_ipc_error(cmd, err))?;
    serde_wasm_bindgen::from_value(answer).map_err(|err| {
        internal(format!(
            "The backend's answer to `{cmd}` could not be read: {err}"
        ))
    })
}

#[derive(Serialize)]
struct NoArgs {}

fn internal(message: String) -> IpcError {
    IpcError::new(ErrorCode::Internal, message)
}

/// Commands reject with our `{code, message}` shape; anything else (a missing command, no Tauri
/// at all) is reported as internal with what the JS side said.
fn to_ipc_error(cmd: &str, err: JsValue) -> IpcError {
    serde_wasm_bindgen::from_value::<IpcError>(err.clone()).unwrap_or_else(|_| {
        let text = err
            .as_string()
            .or_else(|| js_sys::JSON::stringify(&err).ok().map(String::from))
            .unwrap_or_else(|| "unknown error".into());
        internal(format!("The backend did not answer `{cmd}`: {text}"))
    })
}

pub async fn app_info() -> Result<AppInfo, IpcError> {
    invoke("app_info", &NoArgs {}).await
}

pub async fn connection_status() -> Result<ConnectionStatus, IpcError> {
    invoke("connection_status", &NoArgs {}).await
}

#[derive(Serialize)]
struct ConnectArgs<'a> {
    request: &'a ConnectRequest,
}

pub async fn connect(request: &ConnectRequest) -> Result<ConnectionStatus, IpcError> {
    invoke("connect", &ConnectArgs { request }).await
}

pub async fn sync_now() -> Result<ConnectionStatus, IpcError> {
    invoke("sync_now", &NoArgs {}).await
}

pub async fn disconnect() -> Result<ConnectionStatus, IpcError> {
    invoke("disconnect", &NoArgs {}).await
}

/// Calls `on_event` whenever the backend emits `event`, for the life of the page.
pub fn listen(event: &'static str, on_event: impl Fn() + 'static) {
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| on_event());
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(err) = tauri_listen(event, &handler).await {
            web_sys::console::warn_1(&err);
        }
        // The listener lives as long as the app: the closure must too.
        handler.forget();
    });
}
