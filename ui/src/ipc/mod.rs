//! The only place in the UI that talks to the backend.
//!
//! Commands go through `window.__TAURI__.core.invoke` (enabled by `app.withGlobalTauri`). Every
//! failure, including a backend that is not there at all, comes back as an [`IpcError`], so pages
//! have one error type to show.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use stint_model::ipc::commands::{
    APP_INFO, CONNECT, CONNECTION_STATUS, CONNECT_DEMO, DISCONNECT, SYNC_NOW,
};
use stint_model::{AppInfo, ConnectRequest, ConnectionStatus, ErrorCode, IpcError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub mod idle;
pub mod preferences;
pub mod recording;
pub mod settings;
pub mod timeline;
pub mod tracking;

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
    invoke(APP_INFO, &NoArgs {}).await
}

pub async fn connection_status() -> Result<ConnectionStatus, IpcError> {
    invoke(CONNECTION_STATUS, &NoArgs {}).await
}

#[derive(Serialize)]
struct ConnectArgs<'a> {
    request: &'a ConnectRequest,
}

pub async fn connect(request: &ConnectRequest) -> Result<ConnectionStatus, IpcError> {
    invoke(CONNECT, &ConnectArgs { request }).await
}

/// Starts the in-process demo company and connects to it.
pub async fn connect_demo() -> Result<ConnectionStatus, IpcError> {
    invoke(CONNECT_DEMO, &NoArgs {}).await
}

pub async fn sync_now() -> Result<ConnectionStatus, IpcError> {
    invoke(SYNC_NOW, &NoArgs {}).await
}

pub async fn disconnect() -> Result<ConnectionStatus, IpcError> {
    invoke(DISCONNECT, &NoArgs {}).await
}

/// Listens to a backend event until the returned [`Listener`] is dropped (a page's effect
/// returns it as its cleanup, so an unmounted page stops listening).
#[must_use = "dropping the Listener stops listening"]
pub fn listen(event: &'static str, on_event: impl Fn() + 'static) -> Listener {
    let handler = Rc::new(Closure::<dyn FnMut(JsValue)>::new(move |_| on_event()));
    let unlisten: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
    let dropped = Rc::new(Cell::new(false));
    {
        let (handler, unlisten, dropped) = (handler.clone(), unlisten.clone(), dropped.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match tauri_listen(event, &handler).await {
                Ok(stop) => {
                    let stop: js_sys::Function = stop.unchecked_into();
                    if dropped.get() {
                        let _ = stop.call0(&JsValue::NULL);
                    } else {
                        *unlisten.borrow_mut() = Some(stop);
                    }
                }
                Err(err) => web_sys::console::warn_1(&err),
            }
        });
    }
    Listener {
        _handler: handler,
        unlisten,
        dropped,
    }
}

/// An active event listener; dropping it unlistens (also if the listen call is still pending).
pub struct Listener {
    _handler: Rc<Closure<dyn FnMut(JsValue)>>,
    unlisten: Rc<RefCell<Option<js_sys::Function>>>,
    dropped: Rc<Cell<bool>>,
}

impl std::fmt::Debug for Listener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Listener")
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.dropped.set(true);
        if let Some(stop) = self.unlisten.borrow_mut().take() {
            let _ = stop.call0(&JsValue::NULL);
        }
    }
}
