// Loads the wasm-bindgen glue and starts the Yew app. A file of its own (not an inline script) so
// the CSP can stay at script-src 'self'. A theme chosen in Settings is applied before the wasm
// loads, so a dark-theme user never sees a light flash (the app keeps it up to date later).
const theme = localStorage.getItem("stint.theme");
if (theme === "light" || theme === "dark") {
  document.documentElement.dataset.theme = theme;
}
import init from "./stint-ui.js";
init();
