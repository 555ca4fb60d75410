//! The timesheet's font: Helvetica, one of the PDF standard fonts every reader has, so nothing
//! is embedded and no font licence travels with the file. In `WinAnsiEncoding` (Windows-1252)
//! it covers German completely — ä ö ü Ä Ö Ü ß, „quotes“, the en dash and € — and text
//! extractors (pdftotext) map it back to Unicode. A character outside it is written as `?`
//! (the minus sign as `-`), never dropped silently.
//!
//! The widths are Helvetica's AFM metrics (1/1000 em), for right-aligning figures and wrapping
//! notes; Helvetica-Bold is taken as a little wider, which only the headings use.

/// The bytes of `text` in Windows-1252.
pub(crate) fn encode(text: &str) -> Vec<u8> {
    text.chars().map(byte).collect()
}

fn byte(c: char) -> u8 {
    let code = u32::from(c);
    match c {
        ' '..='~' => code as u8,
        '\u{a0}'..='\u{ff}' => code as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '−' => b'-',
        _ => b'?',
    }
}

/// Width of `text` in points at `size`.
pub(crate) fn width(text: &str, size: f32, bold: bool) -> f32 {
    let units: u32 = encode(text)
        .into_iter()
        .map(|b| {
            let regular = u32::from(glyph_width(b));
            match (bold, b) {
                (false, _) | (true, b'0'..=b'9' | b' ') => regular,
                (true, _) => regular * 106 / 100,
            }
        })
        .sum();
    units as f32 * size / 1000.0
}

/// Helvetica's advance width of a Windows-1252 byte.
fn glyph_width(b: u8) -> u16 {
    const ASCII: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
        278, // sp–/
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0–9
        278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A–M
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N–Z
        278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a–m
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n–z
        334, 260, 334, 584, // { | } ~
    ];
    match b {
        0x20..=0x7e => ASCII[usize::from(b - 0x20)],
        0xc0..=0xc5 => 667,               // À–Å
        0xd2..=0xd6 | 0xd8 => 778,        // Ò–Ö, Ø
        0xd9..=0xdc => 722,               // Ù–Ü
        0xdf => 611,                      // ß
        0xe0..=0xe6 | 0xf2..=0xf6 => 556, // à–æ, ò–ö
        0xf9..=0xfc => 556,               // ù–ü
        0xbd => 834,                      // ½
        0xa7 => 556,                      // §
        0x84 | 0x93 | 0x94 => 333,        // „ “ ”
        0x91 | 0x92 => 222,               // ‘ ’
        0x96 => 556,                      // –
        0x97 | 0x85 => 1000,              // — …
        _ => 556,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_letters_have_their_windows_1252_bytes() {
        assert_eq!(
            encode("Ärger über Öl, Füße – 5 €"),
            b"\xc4rger \xfcber \xd6l, F\xfc\xdfe \x96 5 \x80".to_vec()
        );
        assert_eq!(encode("−1:30 ✓"), b"-1:30 ?".to_vec(), "minus as hyphen");
    }

    #[test]
    fn figures_have_equal_widths_so_columns_line_up() {
        assert_eq!(width("10:00", 10.0, false), width("88:88", 10.0, false));
        assert!((width("0", 1000.0, false) - 556.0).abs() < 0.01);
        assert!(width("Summe", 10.0, true) > width("Summe", 10.0, false));
    }
}
