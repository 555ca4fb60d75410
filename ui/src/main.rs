//! Entry point of the Yew UI: mounts [`app::App`] into the page body.

mod app;
mod components;
mod i18n;
mod ipc;
mod js_clock;
mod pages;
mod prefs;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
