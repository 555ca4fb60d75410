//! What a sync does with the user's own periods it read back: the engine's decision as a pure
//! function over what is stored and what Personio said, so every case is a table test.
//!
//! Personio wins: a period changed there after Stint last saw it becomes the entry's content.
//! If the user had changed that entry meanwhile and not yet sent it, their version is kept
//! beside Personio's ("use mine" / "keep Personio's"), never silently dropped or sent. A period
//! deleted in Personio takes its entry with it, unless something of the entry is still to be
//! sent. Only periods the sync window covers are judged: one outside it was not read.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use stint_store::{
    EntryPeriod, NewTimeEntry, OutboxAction, OutboxItem, PeriodFix, StoredAttendance, TimeEntry,
};

use super::parts::parts_of;

/// The fixes that bring the stored entries and links in line with `remote`, the periods read
/// for `window`.
pub(crate) fn fixes(
    entries: &HashMap<i64, TimeEntry>,
    links: &[EntryPeriod],
    outbox: &[OutboxItem],
    remote: &[StoredAttendance],
    window: (NaiveDate, NaiveDate),
) -> Vec<PeriodFix> {
    let mut by_entry: HashMap<i64, Vec<&EntryPeriod>> = HashMap::new();
    for link in links {
        by_entry.entry(link.entry_id).or_default().push(link);
    }
    let mut ids: Vec<i64> = by_entry.keys().copied().collect();
    ids.sort_unstable();
    let mut fixes = Vec::new();
    for entry_id in ids {
        let Some(entry) = entries.get(&entry_id) else {
            continue; // deleted here; its periods wait in the outbox
        };
        let pending = outbox.iter().find(|item| item.entry_id == entry_id);
        if pending.is_some_and(|item| item.action == OutboxAction::Delete) {
            continue;
        }
        let mut group = by_entry[&entry_id].clone();
        group.sort_by_key(|l| l.part);
        let in_window = |link: &EntryPeriod| {
            let day = entry.start.date() + chrono::Duration::days(i64::from(link.part));
            window.0 <= day && day <= window.1
        };
        if !group.iter().all(|l| in_window(l)) {
            continue;
        }
        let found: Vec<(&EntryPeriod, Option<&StoredAttendance>)> = group
            .iter()
            .map(|link| (*link, remote.iter().find(|r| r.id == link.period_id)))
            .collect();
        for (link, period) in &found {
            if let Some(p) = period {
                if p.status != link.status || p.updated_at != link.updated_at {
                    fixes.push(PeriodFix::Refresh {
                        period_id: link.period_id.clone(),
                        status: p.status.clone(),
                        updated_at: p.updated_at,
                    });
                }
            }
        }
        let missing: Vec<&EntryPeriod> = found
            .iter()
            .filter(|(_, p)| p.is_none())
            .map(|(l, _)| *l)
            .collect();
        if !missing.is_empty() {
            if pending.is_none() && missing.len() == found.len() {
                fixes.push(PeriodFix::DeleteEntry { entry_id });
            } else {
                fixes.extend(missing.iter().map(|l| PeriodFix::Unlink {
                    period_id: l.period_id.clone(),
                }));
            }
            continue;
        }
        let periods: Vec<&StoredAttendance> = found.iter().filter_map(|(_, p)| *p).collect();
        let Some(theirs) = personio_version(&periods) else {
            continue;
        };
        if same(entry, &periods) {
            continue;
        }
        // Changed there only against a version Stint has seen: a link not yet read back (a
        // period just created, or the timer's, linked when it stopped) has nothing to compare.
        let changed_there = found.iter().any(|(link, p)| {
            p.is_some_and(|p| {
                link.updated_at.is_some()
                    && p.updated_at.is_some()
                    && p.updated_at != link.updated_at
            })
        });
        match pending {
            None => fixes.push(PeriodFix::TakePersonio {
                entry_id,
                entry: theirs,
                kept: None,
            }),
            Some(item) if changed_there => fixes.push(PeriodFix::TakePersonio {
                entry_id,
                entry: theirs,
                kept: item.kept.clone().or_else(|| Some(mine(entry))),
            }),
            // The user's change is waiting to be sent and Personio did not change: it goes out.
            Some(_) => {}
        }
    }
    fixes
}

/// Whether `entry` is what `periods` (its parts, in order) say.
fn same(entry: &TimeEntry, periods: &[&StoredAttendance]) -> bool {
    let Ok(parts) = parts_of(entry) else {
        return false;
    };
    parts.len() == periods.len()
        && parts
            .iter()
            .zip(periods)
            .all(|(part, p)| p.start == part.start && p.end == Some(part.end))
        && periods.first().is_some_and(|p| p.comment == entry.note)
}

/// The entry Personio's periods make: from the first start to the last end, the periods'
/// minutes worked (less than the span if they do not touch), the first one's comment. `None`
/// while a period is open-ended.
fn personio_version(periods: &[&StoredAttendance]) -> Option<NewTimeEntry> {
    let first = periods.first()?;
    let mut end: Option<NaiveDateTime> = None;
    let mut minutes = 0;
    for p in periods {
        let p_end = p.end?;
        minutes += (p_end - p.start).num_minutes().max(0);
        end = Some(end.map_or(p_end, |e| e.max(p_end)));
    }
    Some(NewTimeEntry {
        start: first.start,
        end,
        minutes: u32::try_from(minutes).ok()?,
        note: first.comment.clone(),
    })
}

/// The user's version of `entry` as kept beside Personio's.
fn mine(entry: &TimeEntry) -> String {
    let version = NewTimeEntry {
        start: entry.start,
        end: entry.end,
        minutes: entry.minutes,
        note: entry.note.clone(),
    };
    serde_json::to_string(&version).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use stint_model::iso;

    fn at(text: &str) -> NaiveDateTime {
        iso::parse_date_time(&format!("2026-06-{text}:00")).expect("a date-time")
    }

    fn entry(id: i64, start: &str, end: &str) -> TimeEntry {
        let (start, end) = (at(start), at(end));
        TimeEntry {
            id,
            start,
            end: Some(end),
            minutes: u32::try_from((end - start).num_minutes()).expect("minutes"),
            note: "review".into(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn link(id: &str, entry_id: i64, part: u8, seen: &str) -> EntryPeriod {
        EntryPeriod {
            period_id: id.into(),
            entry_id,
            part,
            status: "PENDING".into(),
            updated_at: Some(at(seen)),
        }
    }

    fn period(id: &str, start: &str, end: &str, status: &str, updated: &str) -> StoredAttendance {
        StoredAttendance {
            id: id.into(),
            kind: "WORK".into(),
            start: at(start),
            end: Some(at(end)),
            status: status.into(),
            comment: "review".into(),
            updated_at: Some(at(updated)),
        }
    }

    fn queued(entry_id: i64, action: OutboxAction) -> OutboxItem {
        OutboxItem {
            entry_id,
            action,
            queued_at: Utc::now(),
            attempts: 0,
            sent_at: None,
            refused: None,
            kept: None,
        }
    }

    const WINDOW: (&str, &str) = ("2026-05-01", "2026-06-30");

    fn run(
        entries: &[TimeEntry],
        links: &[EntryPeriod],
        outbox: &[OutboxItem],
        remote: &[StoredAttendance],
    ) -> Vec<PeriodFix> {
        let window = (
            iso::parse_date(WINDOW.0).expect("date"),
            iso::parse_date(WINDOW.1).expect("date"),
        );
        let entries = entries.iter().map(|e| (e.id, e.clone())).collect();
        fixes(&entries, links, outbox, remote, window)
    }

    #[test]
    fn an_unchanged_period_only_refreshes_its_approval() {
        let fixes = run(
            &[entry(1, "01T09:00", "01T12:00")],
            &[link("p", 1, 0, "01T12:05")],
            &[],
            &[period("p", "01T09:00", "01T12:00", "CONFIRMED", "02T08:00")],
        );
        assert_eq!(
            fixes,
            vec![PeriodFix::Refresh {
                period_id: "p".into(),
                status: "CONFIRMED".into(),
                updated_at: Some(at("02T08:00")),
            }],
            "the approval is taken, the entry stays as it is"
        );
    }

    #[test]
    fn a_period_changed_in_personio_wins_and_an_unsent_change_is_kept_beside_it() {
        let local = entry(1, "01T09:00", "01T12:00");
        let remote = [period("p", "01T08:00", "01T12:00", "PENDING", "02T08:00")];
        let theirs = NewTimeEntry {
            start: at("01T08:00"),
            end: Some(at("01T12:00")),
            minutes: 240,
            note: "review".into(),
        };
        let links = [link("p", 1, 0, "01T12:05")];
        let fixes_without = run(std::slice::from_ref(&local), &links, &[], &remote);
        assert!(
            fixes_without.contains(&PeriodFix::TakePersonio {
                entry_id: 1,
                entry: theirs.clone(),
                kept: None
            }),
            "nothing unsent: Personio's version simply becomes the entry: {fixes_without:?}"
        );
        let fixes_with = run(
            std::slice::from_ref(&local),
            &links,
            &[queued(1, OutboxAction::Put)],
            &remote,
        );
        let kept = fixes_with.iter().find_map(|f| match f {
            PeriodFix::TakePersonio { kept, entry, .. } if *entry == theirs => kept.clone(),
            _ => None,
        });
        let kept: NewTimeEntry =
            serde_json::from_str(&kept.expect("the user's version is kept")).expect("JSON");
        assert_eq!(
            kept.start,
            at("01T09:00"),
            "the unsent 09:00 start is kept, not sent"
        );
    }

    #[test]
    fn an_unsent_change_of_a_period_personio_did_not_touch_goes_out() {
        let fixes = run(
            &[entry(1, "01T09:00", "01T13:00")],
            &[link("p", 1, 0, "01T12:05")],
            &[queued(1, OutboxAction::Put)],
            &[period("p", "01T09:00", "01T12:00", "PENDING", "01T12:05")],
        );
        assert!(fixes.is_empty(), "the push will send it: {fixes:?}");
    }

    #[test]
    fn a_period_deleted_in_personio_takes_its_entry_unless_something_is_unsent() {
        let local = [entry(1, "01T09:00", "01T12:00")];
        let links = [link("p", 1, 0, "01T12:05")];
        assert_eq!(
            run(&local, &links, &[], &[]),
            vec![PeriodFix::DeleteEntry { entry_id: 1 }],
            "deleted there, gone here"
        );
        assert_eq!(
            run(&local, &links, &[queued(1, OutboxAction::Put)], &[]),
            vec![PeriodFix::Unlink {
                period_id: "p".into()
            }],
            "an unsent change keeps the entry; the push creates it anew"
        );
    }

    #[test]
    fn one_half_of_a_night_deleted_keeps_the_entry_and_forgets_that_half() {
        let fixes = run(
            &[entry(1, "01T22:00", "02T02:00")],
            &[link("a", 1, 0, "01T12:00"), link("b", 1, 1, "01T12:00")],
            &[],
            &[period("a", "01T22:00", "02T00:00", "PENDING", "01T12:00")],
        );
        assert_eq!(
            fixes,
            vec![PeriodFix::Unlink {
                period_id: "b".into()
            }]
        );
    }

    #[test]
    fn periods_outside_the_window_and_pending_deletions_are_left_alone() {
        let old = entry(1, "01T09:00", "01T12:00");
        let mut older = old.clone();
        older.start -= chrono::Duration::days(60);
        older.end = older.end.map(|e| e - chrono::Duration::days(60));
        assert!(
            run(&[older], &[link("p", 1, 0, "01T12:00")], &[], &[]).is_empty(),
            "a period before the window was not read, so it is not gone"
        );
        assert!(
            run(
                &[old],
                &[link("p", 1, 0, "01T12:00")],
                &[queued(1, OutboxAction::Delete)],
                &[]
            )
            .is_empty(),
            "an entry being deleted is the push's business"
        );
    }

    #[test]
    fn regression_a_link_never_read_back_is_not_a_conflict() {
        // The timer's period, linked when the timer stopped: Stint has seen no version of it.
        let mut fresh = link("p", 1, 0, "01T12:05");
        fresh.updated_at = None;
        let fixes = run(
            &[entry(1, "01T09:00", "01T12:00")],
            &[fresh],
            &[queued(1, OutboxAction::Put)],
            &[period("p", "01T09:00", "01T11:00", "PENDING", "01T09:00")],
        );
        assert!(
            !fixes
                .iter()
                .any(|f| matches!(f, PeriodFix::TakePersonio { .. })),
            "the user's change goes out, it is no conflict: {fixes:?}"
        );
    }
}
