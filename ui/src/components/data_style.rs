//! Per-element geometry (a block's hours on the time axis, how far a bar is filled) reaches the
//! page through the CSSOM, not through `style` attributes: the app's content security policy
//! (`style-src 'self'` in tauri.conf.json) refuses inline style attributes, and rightly so, while
//! the CSSOM is outside its reach. Components write the declarations into `data-style`;
//! [`use_data_styles`] copies them onto the elements after every render of the component that
//! calls it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Copies every `data-style` of the document into its element's style.
fn apply() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-style]") else {
        return;
    };
    for index in 0..nodes.length() {
        let Some(element) = nodes
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if let Some(declarations) = element.get_attribute("data-style") {
            let style = element.style();
            if style.css_text() != declarations {
                style.set_css_text(&declarations);
            }
        }
    }
}

/// Applies the `data-style` declarations after each render of the calling component.
#[hook]
pub fn use_data_styles() {
    use_effect(|| {
        apply();
    });
}
