//! The banner that says the Timeline shows cached data because Personio could not be reached,
//! and from when, so nobody plans on figures they believe are live.

use crate::i18n::dates::short_time;
use crate::i18n::{t, use_lang, Key};
use chrono::{DateTime, FixedOffset};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OfflineBannerProps {
    /// The last successful sync, if there ever was one.
    pub last_success_at: Option<DateTime<FixedOffset>>,
}

#[component]
pub fn OfflineBanner(props: &OfflineBannerProps) -> Html {
    let lang = use_lang();
    let text = match props.last_success_at {
        Some(at) => format!("{} {}", t(lang, Key::OfflineSince), short_time(lang, at)),
        None => t(lang, Key::Offline).to_owned(),
    };
    html! { <div class="banner offline" id="offline-banner" role="status">{ text }</div> }
}
