//! v2 cursor paging: follow `_meta.links.next.href` until there is none.
//!
//! The link is absolute since late 2025 and was relative before [spec changelog]; both are
//! followed as given ([`link`] resolves a relative one against the base URL and refuses one to
//! another server, which would otherwise receive the token). The client never builds a cursor itself. A server whose
//! links go round in a circle (the same link twice) is an error, not an endless sync, and a
//! hard cap on pages ends everything else. Counts are checked as in v1 when `_meta` gives them.

use reqwest::Method;
use serde::de::DeserializeOwned;
use url::Url;

use crate::error::PersonioError;
use crate::executor::{Call, Executor};
use crate::scope::Area;
use crate::v1::counts::{self, Seen};
use crate::v1::paging::Metadata;
use crate::v2::envelope::{checked, decode_list, ListPage};

/// At most this many pages are read (100 items each: far beyond one person's year).
pub(crate) const MAX_PAGES: usize = 500;

/// Where a list starts: its first URL (path and query) and how to name it.
#[derive(Debug, Clone)]
pub(crate) struct List {
    pub label: &'static str,
    pub area: Area,
    pub first: Url,
}

impl List {
    /// The list at `path` (relative to the base URL) with this query.
    pub fn new(
        exec: &Executor,
        label: &'static str,
        area: Area,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<Self, PersonioError> {
        let mut first = exec.url(path)?;
        if !query.is_empty() {
            first.query_pairs_mut().extend_pairs(query);
        }
        Ok(Self { label, area, first })
    }
}

/// Every item of every page of `list`.
pub(crate) async fn all_pages<T: DeserializeOwned>(
    exec: &Executor,
    list: &List,
) -> Result<Vec<T>, PersonioError> {
    let mut all = Vec::new();
    let mut visited = std::collections::HashSet::new();
    let mut url = list.first.clone();
    for page in 1..=MAX_PAGES {
        if !visited.insert(url.to_string()) {
            return Err(PersonioError::unexpected(
                list.label,
                format!(
                    "the next-page link of page {} leads back to `{url}`, which was read \
                     already; the paging goes round in a circle, so the list is not used",
                    page - 1
                ),
            ));
        }
        let call = Call {
            label: list.label,
            method: Method::GET,
            url,
            json: None,
        };
        let body = checked(exec, list.label, list.area, exec.call(&call).await?)?;
        let ListPage { items, next, total } = decode_list::<T>(list.label, &body)?;
        let on_page = items.len();
        all.extend(items);
        let seen = Seen {
            page: u64::try_from(page).unwrap_or(u64::MAX),
            on_page,
            collected: all.len(),
            last: next.is_none(),
        };
        let metadata = Metadata {
            total_elements: total,
            ..Metadata::default()
        };
        counts::check(list.label, seen, Some(&metadata))?;
        match next {
            None => return Ok(all),
            Some(href) => {
                url = link(exec.base(), &href).map_err(|why| {
                    PersonioError::unexpected(
                        list.label,
                        format!("the next-page link `{}` {why}", exec.scrub(&href)),
                    )
                })?
            }
        }
    }
    Err(PersonioError::unexpected(
        list.label,
        format!("paging did not end after {MAX_PAGES} pages"),
    ))
}

/// The URL a `next` link points to: a relative one is read against `base` (a path prefix of the
/// base kept), an absolute one must be on the base's scheme, host and port. The error says why
/// a link is not followed.
pub(crate) fn link(base: &Url, href: &str) -> Result<Url, String> {
    let href = href.trim();
    let url = match Url::parse(href) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            let prefix = base.path();
            let relative = if prefix != "/" && href.starts_with(prefix) {
                href.to_owned()
            } else {
                href.trim_start_matches('/').to_owned()
            };
            base.join(&relative)
                .map_err(|e| format!("is not a URL ({e})"))?
        }
        Err(e) => return Err(format!("is not a URL ({e})")),
    };
    let same_origin = url.scheme() == base.scheme()
        && url.host_str() == base.host_str()
        && url.port_or_known_default() == base.port_or_known_default();
    if !same_origin {
        return Err("points to another server; Stint does not send its token there".to_owned());
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_links_resolve_against_the_base_and_stay_on_its_server() {
        let base = crate::config::parse_base_url("https://proxy.example.com/personio").unwrap();
        for href in [
            "https://proxy.example.com/personio/v2/persons?cursor=a",
            "/v2/persons?cursor=a",
            "v2/persons?cursor=a",
            "/personio/v2/persons?cursor=a",
        ] {
            assert_eq!(
                link(&base, href).map(String::from).as_deref(),
                Ok("https://proxy.example.com/personio/v2/persons?cursor=a"),
                "{href} is the next page behind the base URL's prefix"
            );
        }
        for elsewhere in [
            "https://evil.example.com/v2/persons?cursor=a",
            "http://proxy.example.com/personio/v2/persons",
            "https://proxy.example.com:8443/personio/v2/persons",
        ] {
            assert!(
                link(&base, elsewhere).is_err(),
                "{elsewhere} is another server: the token must not go there"
            );
        }
    }
}
