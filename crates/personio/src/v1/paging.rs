//! v1 page-number paging (time-offs, absence periods, types).
//!
//! Here `offset` is a 1-based page number [spec], not a record offset. The loop stops when the
//! metadata says the current page is the last, on an empty page (a server that links to a page
//! with nothing on it), or when there is no metadata and the page was not full. A hard cap
//! makes sure a server that never stops paging cannot keep a sync busy forever. Every page is
//! held against its own `total_elements` ([`crate::v1::counts`]) before the list is used.

use std::future::Future;

use serde::Deserialize;

use crate::error::PersonioError;
use crate::v1::counts::{self, Seen};
use crate::v1::envelope::Page;
use crate::v1::lenient;

/// At most this many pages are read; 200 × 200 items is far beyond one employee's absences.
pub(crate) const MAX_PAGES: u64 = 200;

/// Paging metadata; numbers may arrive as strings [seen].
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub(crate) struct Metadata {
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    pub current_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    pub total_pages: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    pub total_elements: Option<u64>,
}

/// Reads pages `1, 2, …` through `fetch` and concatenates their items.
pub(crate) async fn all_pages<T, F, Fut>(
    label: &str,
    limit: usize,
    mut fetch: F,
) -> Result<Vec<T>, PersonioError>
where
    F: FnMut(u64) -> Fut,
    Fut: Future<Output = Result<Page<Vec<T>>, PersonioError>>,
{
    let mut all = Vec::new();
    for page in 1..=MAX_PAGES {
        let Page { items, metadata } = fetch(page).await?;
        let count = items.len();
        all.extend(items);
        let last = count == 0 || is_last(page, count, limit, metadata.as_ref());
        let seen = Seen {
            page,
            on_page: count,
            collected: all.len(),
            last,
        };
        counts::check(label, seen, metadata.as_ref())?;
        if last {
            return Ok(all);
        }
    }
    Err(PersonioError::unexpected(
        label,
        format!("paging did not end after {MAX_PAGES} pages"),
    ))
}

fn is_last(page: u64, count: usize, limit: usize, metadata: Option<&Metadata>) -> bool {
    match metadata.and_then(|m| m.total_pages) {
        Some(total) => {
            let current = metadata.and_then(|m| m.current_page).unwrap_or(page);
            current >= total || page >= total
        }
        None => count < limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(current: u64, total: u64) -> Option<Metadata> {
        Some(Metadata {
            current_page: Some(current),
            total_pages: Some(total),
            total_elements: None,
        })
    }

    async fn run(pages: Vec<(Vec<u32>, Option<Metadata>)>) -> (Vec<u32>, usize) {
        let mut calls = 0;
        let pages = &pages;
        let result = all_pages("test", 2, |page| {
            calls += 1;
            let (items, metadata) = pages
                .get(page as usize - 1)
                .cloned()
                .unwrap_or((Vec::new(), None));
            async move { Ok(Page { items, metadata }) }
        })
        .await
        .unwrap();
        (result, calls)
    }

    #[tokio::test]
    async fn stops_at_the_last_page_the_metadata_names() {
        let (items, calls) = run(vec![
            (vec![1, 2], meta(1, 2)),
            (vec![3, 4], meta(2, 2)),
            (vec![5], meta(3, 2)),
        ])
        .await;
        assert_eq!(items, vec![1, 2, 3, 4], "pages 1 and 2 hold everything");
        assert_eq!(calls, 2, "current_page == total_pages ends the loop");
    }

    #[tokio::test]
    async fn stops_on_an_empty_page_even_if_the_metadata_promises_more() {
        let (items, calls) = run(vec![(vec![1, 2], meta(1, 9)), (vec![], meta(2, 9))]).await;
        assert_eq!(items, vec![1, 2], "an empty page adds nothing");
        assert_eq!(calls, 2, "an empty page ends the loop");
    }

    #[tokio::test]
    async fn without_metadata_a_short_page_is_the_last() {
        let (items, calls) = run(vec![(vec![1, 2], None), (vec![3], None)]).await;
        assert_eq!(items, vec![1, 2, 3], "both pages are read");
        assert_eq!(calls, 2, "a page shorter than the limit is the last");
    }

    #[tokio::test]
    async fn a_last_page_short_of_the_total_is_an_error_not_a_shorter_list() {
        let counted = |current, n| {
            Some(Metadata {
                current_page: Some(current),
                total_pages: Some(3),
                total_elements: Some(n),
            })
        };
        let pages = [(vec![1, 2], counted(1, 6)), (vec![], counted(2, 6))];
        let result = all_pages("time-offs", 2, |page| {
            let (items, metadata) = pages[page as usize - 1].clone();
            async move { Ok(Page { items, metadata }) }
        })
        .await;
        let error = result.expect_err("two of six items must not pass as the whole list");
        assert!(
            error.to_string().contains("time-offs") && error.to_string().contains("of the 6"),
            "the error names the endpoint and the count: {error}"
        );
    }

    #[tokio::test]
    async fn a_server_that_never_stops_is_cut_off() {
        let result = all_pages::<u32, _, _>("test", 1, |_| async {
            Ok(Page {
                items: vec![1],
                metadata: meta(1, u64::MAX),
            })
        })
        .await;
        assert!(
            result.is_err(),
            "endless paging must end in an error, not a hang"
        );
    }
}

/// One employee's periods in a window, as time-offs and absence periods are both read: the
/// window widened (Personio may return only periods fully inside it), every page of `limit`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EmployeePeriods {
    pub label: &'static str,
    pub path: &'static str,
    pub limit: usize,
    pub employee_id: u64,
    pub window: crate::v1::window::Window,
}

/// A page's body as items (pure, so the decoders can be fed mutated bodies without HTTP).
pub(crate) type Decoder<T> = fn(&[u8]) -> Result<Page<Vec<T>>, PersonioError>;

pub(crate) async fn employee_periods<T>(
    exec: &crate::executor::Executor,
    ask: EmployeePeriods,
    decode: Decoder<T>,
) -> Result<Vec<T>, PersonioError> {
    let asked = ask.window.widened();
    all_pages(ask.label, ask.limit, |page| async move {
        let mut query = asked.query().to_vec();
        query.push(("employees[]", ask.employee_id.to_string()));
        query.push(("limit", ask.limit.to_string()));
        query.push(("offset", page.to_string()));
        let get = crate::executor::Get {
            label: ask.label,
            path: ask.path.to_owned(),
            query,
        };
        decode(&exec.get(&get).await?)
    })
    .await
}
