//! Working-time warnings in the user's language: one sentence per warning, written from its
//! code and figures, and the label a day's warning mark reads out.
//!
//! The backend's `message` is English, for scripts and logs; the UI writes its own sentence so
//! German users read "Pausen", "Ruhezeit" and "Arbeitszeit". Figures sit in different places in
//! the two languages, so unlike the fixed texts in the table of [`super::texts`] these sentences
//! are written here, English and German side by side. Durations are `h:mm h` like everywhere in
//! the day view; a figure the backend left out gives the rule without it, never a made-up 0:00.

use super::{t, Key, Lang};
use stint_model::duration::hm;
use stint_model::{WarningCode, WorkingTimeWarning};

/// Whether the warning only informs (time tracked as a duration cannot be checked for breaks)
/// rather than reporting a rule the day breaks.
pub fn is_info(code: WarningCode) -> bool {
    code == WarningCode::BreaksUnchecked
}

/// `minutes` as `7:30 h`, if the backend sent them.
fn figure(minutes: Option<u32>) -> Option<String> {
    minutes.map(|m| format!("{} h", hm(i64::from(m))))
}

/// The English or the German sentence.
fn pick(lang: Lang, en: String, de: String) -> String {
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// One warning as a sentence in `lang`, citing the paragraph of the ArbZG it concerns.
pub fn warning_text(lang: Lang, warning: &WorkingTimeWarning) -> String {
    let w = warning;
    match w.code {
        WarningCode::BreakShort => match (figure(w.taken_minutes), figure(w.required_minutes)) {
            (Some(taken), Some(required)) => pick(
                lang,
                format!("Breaks of {taken} taken, {required} required for this much work (ArbZG §4)"),
                format!("Pausen von {taken} genommen, für diese Arbeitszeit sind {required} vorgeschrieben (ArbZG §4)"),
            ),
            _ => pick(
                lang,
                "Breaks too short for this much work (ArbZG §4)".into(),
                "Pausen zu kurz für diese Arbeitszeit (ArbZG §4)".into(),
            ),
        },
        WarningCode::Over6hWithoutBreak => match figure(w.stretch_minutes) {
            Some(stretch) => pick(
                lang,
                format!("{stretch} worked without a break of 15 min; at most 6:00 h in a row are allowed (ArbZG §4)"),
                format!("{stretch} ohne Pause von 15 Min. gearbeitet; erlaubt sind höchstens 6:00 h am Stück (ArbZG §4)"),
            ),
            None => pick(
                lang,
                "More than 6:00 h worked without a break of 15 min (ArbZG §4)".into(),
                "Mehr als 6:00 h ohne Pause von 15 Min. gearbeitet (ArbZG §4)".into(),
            ),
        },
        WarningCode::Over10h => match figure(w.worked_minutes) {
            Some(worked) => pick(
                lang,
                format!("{worked} worked; more than 10:00 h a day are not allowed (ArbZG §3)"),
                format!("Arbeitszeit {worked}; mehr als 10:00 h am Tag sind nicht erlaubt (ArbZG §3)"),
            ),
            None => pick(
                lang,
                "More than 10:00 h worked; that is not allowed (ArbZG §3)".into(),
                "Arbeitszeit über 10:00 h; das ist nicht erlaubt (ArbZG §3)".into(),
            ),
        },
        WarningCode::RestShort => match figure(w.rest_minutes) {
            Some(rest) => pick(
                lang,
                format!("Only {rest} of rest since the day before; 11:00 h are required (ArbZG §5)"),
                format!("Nur {rest} Ruhezeit seit dem Vortag; vorgeschrieben sind 11:00 h (ArbZG §5)"),
            ),
            None => pick(
                lang,
                "Less than 11:00 h of rest since the day before (ArbZG §5)".into(),
                "Weniger als 11:00 h Ruhezeit seit dem Vortag (ArbZG §5)".into(),
            ),
        },
        WarningCode::BreaksUnchecked => match figure(w.duration_only_minutes) {
            Some(minutes) => pick(
                lang,
                format!("{minutes} tracked as a duration only: breaks cannot be checked without start and end"),
                format!("{minutes} nur als Dauer erfasst: ohne Beginn und Ende lassen sich die Pausen nicht prüfen"),
            ),
            None => pick(
                lang,
                "Time tracked as a duration only: breaks cannot be checked without start and end".into(),
                "Zeit nur als Dauer erfasst: ohne Beginn und Ende lassen sich die Pausen nicht prüfen".into(),
            ),
        },
    }
}

/// What a day's warning mark says (its `aria-label` and tooltip): "Working-time warnings: …"
/// and every warning's sentence; "Working-time note: …" when all of them only inform.
pub fn warnings_label(lang: Lang, warnings: &[WorkingTimeWarning]) -> String {
    let heading = if warnings.iter().all(|w| is_info(w.code)) {
        Key::WorkingTimeNote
    } else {
        Key::WorkingTimeWarnings
    };
    let sentences: Vec<String> = warnings.iter().map(|w| warning_text(lang, w)).collect();
    format!("{}: {}", t(lang, heading), sentences.join(". "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(code: WarningCode) -> WorkingTimeWarning {
        WorkingTimeWarning {
            code,
            message: "the backend's English".into(),
            required_minutes: None,
            taken_minutes: None,
            stretch_minutes: None,
            worked_minutes: None,
            rest_minutes: None,
            duration_only_minutes: None,
        }
    }

    /// Every code with its figures, as the core sends them.
    fn with_figures() -> [WorkingTimeWarning; 5] {
        [
            WorkingTimeWarning {
                required_minutes: Some(30),
                taken_minutes: Some(15),
                ..warning(WarningCode::BreakShort)
            },
            WorkingTimeWarning {
                stretch_minutes: Some(412),
                ..warning(WarningCode::Over6hWithoutBreak)
            },
            WorkingTimeWarning {
                worked_minutes: Some(645),
                ..warning(WarningCode::Over10h)
            },
            WorkingTimeWarning {
                rest_minutes: Some(570),
                ..warning(WarningCode::RestShort)
            },
            WorkingTimeWarning {
                duration_only_minutes: Some(225),
                ..warning(WarningCode::BreaksUnchecked)
            },
        ]
    }

    #[test]
    fn every_code_reads_as_a_sentence_with_its_figures_in_both_languages() {
        let want = [
            (
                "Breaks of 0:15 h taken, 0:30 h required for this much work (ArbZG §4)",
                "Pausen von 0:15 h genommen, für diese Arbeitszeit sind 0:30 h vorgeschrieben (ArbZG §4)",
            ),
            (
                "6:52 h worked without a break of 15 min; at most 6:00 h in a row are allowed (ArbZG §4)",
                "6:52 h ohne Pause von 15 Min. gearbeitet; erlaubt sind höchstens 6:00 h am Stück (ArbZG §4)",
            ),
            (
                "10:45 h worked; more than 10:00 h a day are not allowed (ArbZG §3)",
                "Arbeitszeit 10:45 h; mehr als 10:00 h am Tag sind nicht erlaubt (ArbZG §3)",
            ),
            (
                "Only 9:30 h of rest since the day before; 11:00 h are required (ArbZG §5)",
                "Nur 9:30 h Ruhezeit seit dem Vortag; vorgeschrieben sind 11:00 h (ArbZG §5)",
            ),
            (
                "3:45 h tracked as a duration only: breaks cannot be checked without start and end",
                "3:45 h nur als Dauer erfasst: ohne Beginn und Ende lassen sich die Pausen nicht prüfen",
            ),
        ];
        for (w, (en, de)) in with_figures().iter().zip(want) {
            assert_eq!(
                warning_text(Lang::En, w),
                en,
                "{:?}: English from code and figures",
                w.code
            );
            assert_eq!(
                warning_text(Lang::De, w),
                de,
                "{:?}: German from code and figures, not the backend's English",
                w.code
            );
        }
    }

    #[test]
    fn a_missing_figure_gives_the_rule_without_it_not_a_zero() {
        for code in with_figures().map(|w| w.code) {
            for lang in Lang::ALL {
                let w = warning(code);
                let text = warning_text(lang, &w);
                assert!(
                    !text.starts_with("0:") && !text.contains(" 0:") && text != w.message,
                    "{code:?} in {lang:?} invents no figure and is the UI's own text: {text}"
                );
                assert!(
                    text.contains("ArbZG §") != is_info(code),
                    "{code:?} in {lang:?}: a rule cites its paragraph, the note none: {text}"
                );
            }
        }
    }

    #[test]
    fn only_breaks_unchecked_is_information() {
        for w in with_figures() {
            assert_eq!(
                is_info(w.code),
                w.code == WarningCode::BreaksUnchecked,
                "{:?}: only a duration-only day is a note rather than a broken rule",
                w.code
            );
        }
    }

    #[test]
    fn the_marks_label_lists_every_warning_in_the_ui_language() {
        let [break_short, _, _, rest_short, unchecked] = with_figures();
        let day = [break_short, rest_short];
        assert_eq!(
            warnings_label(Lang::En, &day),
            "Working-time warnings: Breaks of 0:15 h taken, 0:30 h required for this much work \
             (ArbZG §4). Only 9:30 h of rest since the day before; 11:00 h are required (ArbZG §5)",
            "the heading, then each sentence"
        );
        assert_eq!(
            warnings_label(Lang::De, &day),
            "Warnungen zur Arbeitszeit: Pausen von 0:15 h genommen, für diese Arbeitszeit sind \
             0:30 h vorgeschrieben (ArbZG §4). Nur 9:30 h Ruhezeit seit dem Vortag; \
             vorgeschrieben sind 11:00 h (ArbZG §5)",
            "German heading and sentences"
        );
        assert_eq!(
            warnings_label(Lang::De, std::slice::from_ref(&unchecked)),
            "Hinweis zur Arbeitszeit: 3:45 h nur als Dauer erfasst: ohne Beginn und Ende lassen \
             sich die Pausen nicht prüfen",
            "a day with only the note is not announced as a violation"
        );
        assert!(
            warnings_label(Lang::En, &[unchecked, warning(WarningCode::Over10h)])
                .starts_with("Working-time warnings: "),
            "one broken rule makes the day's mark a warning"
        );
    }
}
