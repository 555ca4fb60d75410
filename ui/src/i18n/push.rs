//! What a push to Personio did, as one line in the user's language: "3 created, 1 changed,
//! 0 deleted; 1 refused". The counts that are usually zero (refused, not sent, waiting) are
//! named only when they are not, so the common answer stays short; why a push stopped early
//! (the backend's English sentence) follows after a translated lead-in.

use super::{t, Key, Lang};
use stint_model::PushReport;

/// The line shown after "Send now" and "Send this week to Personio".
pub fn push_text(lang: Lang, report: &PushReport) -> String {
    let count = |n: usize, key: Key| format!("{n} {}", t(lang, key));
    let mut text = [
        (report.created, Key::PushCreated),
        (report.changed, Key::PushChanged),
        (report.deleted, Key::PushDeleted),
    ]
    .map(|(n, key)| count(n as usize, key))
    .join(", ");
    for (n, key) in [
        (report.refused.len(), Key::PushRefused),
        (report.skipped.len(), Key::PushSkipped),
        (report.waiting as usize, Key::PushWaiting),
    ] {
        if n > 0 {
            text.push_str("; ");
            text.push_str(&count(n, key));
        }
    }
    if let Some(error) = &report.error {
        text.push_str(&format!(" — {}: {error}", t(lang, Key::PushStopped)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::EntryReason;

    fn reason(entry_id: i64) -> EntryReason {
        EntryReason {
            entry_id,
            reason: "overlaps another period".into(),
        }
    }

    #[test]
    fn a_push_reads_as_one_line_in_both_languages() {
        let report = PushReport {
            created: 3,
            changed: 1,
            refused: vec![reason(7)],
            ..PushReport::default()
        };
        let cases = [
            (Lang::En, "3 created, 1 changed, 0 deleted; 1 refused"),
            (
                Lang::De,
                "3 angelegt, 1 geändert, 0 gelöscht; 1 zurückgewiesen",
            ),
        ];
        for (lang, want) in cases {
            assert_eq!(push_text(lang, &report), want, "{lang:?}");
        }
    }

    #[test]
    fn rare_counts_show_only_when_not_zero_and_a_stop_names_its_reason() {
        let quiet = PushReport::default();
        assert_eq!(
            push_text(Lang::En, &quiet),
            "0 created, 0 changed, 0 deleted",
            "nothing to send: the three counts only, no empty refused / waiting"
        );
        let stopped = PushReport {
            deleted: 2,
            skipped: vec![reason(1), reason(2)],
            waiting: 4,
            error: Some("Personio could not be reached".into()),
            ..PushReport::default()
        };
        assert_eq!(
            push_text(Lang::En, &stopped),
            "0 created, 0 changed, 2 deleted; 2 not sent; 4 waiting — Stopped: Personio could not be reached",
            "what was not sent, what still waits, and why the push stopped"
        );
        assert_eq!(
            push_text(Lang::De, &stopped),
            "0 angelegt, 0 geändert, 2 gelöscht; 2 nicht gesendet; 4 wartend — Abgebrochen: Personio could not be reached",
            "German words, the backend's detail kept"
        );
    }
}
