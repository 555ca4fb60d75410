//! A4 pages filled from the top down: text (left- or right-aligned), rules, shaded bands and a
//! page break when the next block does not fit. The timesheet's layout (`sheet.rs`) says what
//! goes where; this file knows how to put it on paper.

use pdf_writer::{Content, Name, Str};

use super::font;

/// A4 portrait, in points.
pub(crate) const WIDTH: f32 = 595.0;
pub(crate) const HEIGHT: f32 = 842.0;
pub(crate) const MARGIN: f32 = 40.0;
/// Room kept free at the bottom for the page number.
const BOTTOM: f32 = 56.0;

pub(crate) const REGULAR: Name<'static> = Name(b"F1");
pub(crate) const BOLD: Name<'static> = Name(b"F2");

/// The pages written so far and the one being filled.
pub(crate) struct Pages {
    done: Vec<Content>,
    current: Content,
    /// The baseline the next block starts under.
    pub y: f32,
}

impl std::fmt::Debug for Pages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("done", &self.done.len())
            .field("y", &self.y)
            .finish_non_exhaustive()
    }
}

impl Pages {
    pub fn new() -> Pages {
        Pages {
            done: Vec::new(),
            current: Content::new(),
            y: HEIGHT - MARGIN,
        }
    }

    /// Whether a block of `height` still fits on this page.
    pub fn fits(&self, height: f32) -> bool {
        self.y - height >= BOTTOM
    }

    /// Starts a new page.
    pub fn break_page(&mut self) {
        let full = std::mem::replace(&mut self.current, Content::new());
        self.done.push(full);
        self.y = HEIGHT - MARGIN;
    }

    /// `text` with its baseline at `y`, starting at `x`.
    pub fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        if text.is_empty() {
            return;
        }
        let bytes = font::encode(text);
        self.current
            .begin_text()
            .set_font(if bold { BOLD } else { REGULAR }, size)
            .next_line(x, y)
            .show(Str(&bytes))
            .end_text();
    }

    /// `text` ending at `right`.
    pub fn text_right(&mut self, right: f32, y: f32, size: f32, bold: bool, text: &str) {
        let x = right - font::width(text, size, bold);
        self.text(x, y, size, bold, text);
    }

    /// A horizontal line from `x1` to `x2` at `y`.
    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, width: f32) {
        self.current
            .save_state()
            .set_line_width(width)
            .set_stroke_gray(0.35)
            .move_to(x1, y)
            .line_to(x2, y)
            .stroke()
            .restore_state();
    }

    /// A light band behind a row (weekends, holidays).
    pub fn shade(&mut self, x: f32, y: f32, width: f32, height: f32, gray: f32) {
        self.current
            .save_state()
            .set_fill_gray(gray)
            .rect(x, y, width, height)
            .fill_nonzero()
            .restore_state();
    }

    /// Every page's content, with "Page n of m" written at the foot of each.
    pub fn finish(mut self, page: &str, of: &str) -> Vec<Vec<u8>> {
        self.done.push(self.current);
        let count = self.done.len();
        self.done
            .into_iter()
            .enumerate()
            .map(|(i, mut content)| {
                let label = format!("{page} {} {of} {count}", i + 1);
                let x = WIDTH - MARGIN - font::width(&label, 7.0, false);
                let bytes = font::encode(&label);
                content
                    .begin_text()
                    .set_font(REGULAR, 7.0)
                    .next_line(x, MARGIN - 10.0)
                    .show(Str(&bytes))
                    .end_text();
                content.finish().into_vec()
            })
            .collect()
    }
}

/// `text` broken into lines no wider than `max` (at `size`), at spaces; a word wider than the
/// line stands alone on its line.
pub(crate) fn wrap(text: &str, max: f32, size: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || font::width(&candidate, size, false) <= max {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Urlaub (halber Tag) Fronleichnam Pausen 0:15 von 0:30 nötigen (ArbZG §4)";
        let lines = wrap(text, 80.0, 8.0);
        assert!(lines.len() > 1, "too long for one line: {lines:?}");
        for line in &lines {
            assert!(
                font::width(line, 8.0, false) <= 80.0 || !line.contains(' '),
                "{line:?} is wider than the column"
            );
        }
        assert_eq!(lines.join(" "), text, "no word lost");
        assert!(wrap("", 80.0, 8.0).is_empty());
    }
}
