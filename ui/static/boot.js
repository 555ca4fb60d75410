// Loads the wasm-bindgen glue and starts the Yew app. A file of its own (not an inline script) so
// the CSP can stay at script-src 'self'.
import init from "./stint-ui.js";
init();
