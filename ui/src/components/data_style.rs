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
        // Only elements match a selector; and every element of this page is an HTML one.
        let Some(element) = nodes
            .item(index)
            .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
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

/// A percentage as CSS takes it, to a hundredth: `12.5` → `12.50%`. Written with integers, so
/// the UI carries no fixed-precision float formatting (about 5 KB of wasm) for it.
pub struct Pct(pub f64);

impl std::fmt::Display for Pct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hundredths = (self.0 * 100.0).round() as i64;
        let sign = if hundredths < 0 { "-" } else { "" };
        let abs = hundredths.unsigned_abs();
        write!(f, "{sign}{}.{:02}%", abs / 100, abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::Pct;

    #[test]
    fn percentages_are_written_to_a_hundredth() {
        assert_eq!(Pct(12.5).to_string(), "12.50%");
        assert_eq!(Pct(100.0 / 3.0).to_string(), "33.33%");
        assert_eq!(Pct(0.004).to_string(), "0.00%");
        assert_eq!(Pct(-1.256).to_string(), "-1.26%");
    }
}
