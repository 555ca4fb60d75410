// Loads the wasm-bindgen glue and starts the Yew app. A file of its own (not an inline script) so
// the CSP can stay at script-src 'self'. A theme chosen in Settings is applied before the wasm
// loads, so a dark-theme user never sees a light flash (the app keeps it up to date later).
// "System" (or nothing chosen) follows the OS's light or dark, also when it changes.
const dark = matchMedia("(prefers-color-scheme: dark)");
const paint = () => {
  const theme = localStorage.getItem("stint.theme");
  document.documentElement.dataset.theme =
    theme === "light" || theme === "dark" ? theme : dark.matches ? "dark" : "light";
};
paint();
dark.addEventListener("change", paint);
import init from "./stint-ui.js";
init();
