//! Where one time entry lives and how it stands in Personio, inside its row of the day view: a
//! badge ("Only in Stint", "In Personio · pending", "Refused by Personio", …), the backend's
//! message (a refusal, a conflict, why an entry is not sent) in a muted line, and for a
//! conflict the two ways out, "Use mine" and "Keep Personio's".
//!
//! The badge carries `entry-state state-<state>` (`local`, `personio`, `pending`, `confirmed`,
//! `rejected`, `expired`, `unsent`, `refused`, `conflict`) so styles and tests select by state.

use crate::i18n::{t, use_lang, Key};
use stint_model::{EntrySource, PersonioState, TimeEntryView};
use yew::prelude::*;

/// The row's `data-source`.
pub fn source_name(source: EntrySource) -> &'static str {
    match source {
        EntrySource::Local => "local",
        EntrySource::Personio => "personio",
    }
}

/// The badge of `entry`: its words and its state's snake_case name. `None` for an entry that
/// stays in Stint for the reason its message gives: the message says it, a badge would repeat.
pub fn badge(entry: &TimeEntryView) -> Option<(Key, &'static str)> {
    Some(match entry.personio_status {
        None if entry.source == EntrySource::Personio => (Key::InPersonio, "personio"),
        None if entry.personio_message.is_some() => return None,
        None => (Key::OnlyInStint, "local"),
        Some(PersonioState::Pending) => (Key::InPersonioPending, "pending"),
        Some(PersonioState::Confirmed) => (Key::InPersonioConfirmed, "confirmed"),
        Some(PersonioState::Rejected) => (Key::RejectedInPersonio, "rejected"),
        Some(PersonioState::Expired) => (Key::ExpiredInPersonio, "expired"),
        Some(PersonioState::Unsent) => (Key::NotYetSent, "unsent"),
        Some(PersonioState::Refused) => (Key::RefusedByPersonio, "refused"),
        Some(PersonioState::Conflict) => (Key::ChangedInPersonio, "conflict"),
    })
}

#[derive(Properties, PartialEq)]
pub struct EntryPersonioProps {
    pub entry: TimeEntryView,
    /// Settles the entry's conflict: `true` for "Use mine", `false` for "Keep Personio's".
    /// `None` for a row without conflicts to settle (a period only in Personio).
    pub on_resolve: Option<Callback<bool>>,
}

#[component]
pub fn EntryPersonio(props: &EntryPersonioProps) -> Html {
    let lang = use_lang();
    let entry = &props.entry;
    let badge = badge(entry).map(|(key, state)| {
        html! {
            <span class={classes!("badge", "entry-state", format!("state-{state}"))}>{ t(lang, key) }</span>
        }
    });
    let resolve = props
        .on_resolve
        .as_ref()
        .filter(|_| entry.personio_status == Some(PersonioState::Conflict))
        .map(|on_resolve| {
            let choose = |mine: bool| on_resolve.reform(move |_: MouseEvent| mine);
            html! {
                <span class="entry-conflict">
                    <button class="entry-use-mine" onclick={choose(true)}>{ t(lang, Key::UseMine) }</button>
                    <button class="entry-keep-personio" onclick={choose(false)}>{ t(lang, Key::KeepPersonios) }</button>
                </span>
            }
        });
    html! {
        <>
            { for badge }
            { for resolve }
            if let Some(message) = &entry.personio_message {
                <p class="muted entry-message">{ message }</p>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn entry(
        source: EntrySource,
        status: Option<PersonioState>,
        message: Option<&str>,
    ) -> TimeEntryView {
        TimeEntryView {
            id: (source == EntrySource::Local).then_some(7),
            date: "2026-06-02".parse().expect("ISO date"),
            start: None,
            end: None,
            minutes: 90,
            note: String::new(),
            source,
            personio_id: status.map(|_| "p-1".into()),
            personio_status: status,
            personio_message: message.map(str::to_owned),
        }
    }

    #[test]
    fn every_state_has_its_words_and_class_and_only_rejected_or_expired_time_is_struck() {
        use PersonioState::*;
        let local = EntrySource::Local;
        let cases = [
            (None, "Only in Stint", "local", true),
            (Some(Pending), "In Personio · pending", "pending", true),
            (
                Some(Confirmed),
                "In Personio · confirmed",
                "confirmed",
                true,
            ),
            (Some(Rejected), "Rejected in Personio", "rejected", false),
            (Some(Expired), "Expired in Personio", "expired", false),
            (Some(Unsent), "Not yet sent", "unsent", true),
            (Some(Refused), "Refused by Personio", "refused", true),
            (Some(Conflict), "Changed in Personio", "conflict", true),
        ];
        for (status, words, class, counts) in cases {
            let e = entry(local, status, None);
            let got = badge(&e).map(|(key, class)| (t(Lang::En, key), class));
            assert_eq!(got, Some((words, class)), "{status:?}");
            assert_eq!(e.counts(), counts, "{status:?}: struck out iff not counted");
        }
    }

    #[test]
    fn an_entry_kept_in_stint_for_a_reason_shows_the_reason_not_only_in_stint() {
        let e = entry(
            EntrySource::Local,
            None,
            Some("Personio needs a start and an end"),
        );
        assert_eq!(
            badge(&e),
            None,
            "the message says where it is; no badge repeats it"
        );
        let e = entry(EntrySource::Personio, None, None);
        assert_eq!(
            badge(&e).map(|(_, class)| class),
            Some("personio"),
            "a period read from Personio without a known state still says it is there"
        );
        assert_eq!(source_name(e.source), "personio", "data-source");
    }

    #[test]
    fn the_badges_have_german_words() {
        let e = entry(EntrySource::Local, Some(PersonioState::Pending), None);
        let (key, _) = badge(&e).expect("a badge");
        assert_eq!(t(Lang::De, key), "In Personio · ausstehend");
    }
}
