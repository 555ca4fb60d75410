//! The monthly timesheet as a PDF to print, sign and hand in, written in Rust with the typst
//! project's `pdf-writer` crate — not a screenshot of the webview, so it looks the same from the
//! app and from `stint-cli`, and its text can be searched and extracted.
//!
//! The text is set in Helvetica, a PDF standard font, in WinAnsiEncoding, which holds every
//! German letter; no font file is embedded, so no font licence comes with the file (see
//! `font.rs`). `sheet.rs` lays the month out, `pages.rs` puts it on A4 pages.

mod font;
mod pages;
mod sheet;

use pdf_writer::{Finish, Name, Pdf, Rect, Ref, TextStr};
use stint_model::{Language, Timesheet};

use crate::texts::texts;
use pages::{BOLD, HEIGHT, REGULAR, WIDTH};

/// `sheet` as a PDF document in `lang`.
pub fn timesheet_pdf(sheet: &Timesheet, lang: Language) -> Vec<u8> {
    let t = texts(lang);
    let contents = sheet::lay_out(sheet, t).finish(t.page, t.of);

    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    // Each page is two objects: the page and its content stream.
    let page_ref = |i: usize| Ref::new(6 + 2 * i as i32);
    let content_ref = |i: usize| Ref::new(7 + 2 * i as i32);

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids((0..contents.len()).map(page_ref))
        .count(contents.len() as i32);
    for (id, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(id)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    let title = format!("{} – {}", t.title, t.month_name(sheet.year, sheet.month));
    let mut document = pdf.document_info(info);
    document.title(TextStr(&title)).creator(TextStr("Stint"));
    if let Some(name) = &sheet.employee {
        document.author(TextStr(name));
    }
    document.finish();
    for (i, content) in contents.iter().enumerate() {
        let mut page = pdf.page(page_ref(i));
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .parent(tree)
            .contents(content_ref(i));
        page.resources()
            .fonts()
            .pair(REGULAR, regular)
            .pair(BOLD, bold);
        page.finish();
        pdf.stream(content_ref(i), content);
    }
    pdf.finish()
}
