//! A list answer is held against its own counts before anyone uses it.
//!
//! A sync replaces the stored absences of its window with what Personio returns, so an answer
//! that lost its items (`data: []` while `metadata.total_elements` says 12) would read as "12
//! absences removed". Such an answer contradicts itself, and the client refuses it with
//! [`PersonioError::Unexpected`] instead; the caller then keeps what it has. Answers without
//! `total_elements` (balance, some tenants) have nothing to check against and pass. More items
//! than counted pass too: a record repeated across a page boundary has been seen, and
//! duplicates are removed later.

use crate::error::PersonioError;
use crate::v1::paging::Metadata;

/// What the pages read so far held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seen {
    /// The page just read, 1 for the first.
    pub page: u64,
    /// Items on that page.
    pub on_page: usize,
    /// Items on all pages read so far, that one included, before de-duplication.
    pub collected: usize,
    /// Whether the reader stops after this page.
    pub last: bool,
}

/// Fails when the page just read disagrees with its `metadata.total_elements`.
pub(crate) fn check(
    label: &str,
    seen: Seen,
    metadata: Option<&Metadata>,
) -> Result<(), PersonioError> {
    let Some(total) = metadata.and_then(|m| m.total_elements) else {
        return Ok(());
    };
    let Seen {
        page,
        on_page,
        collected,
        last,
    } = seen;
    let disagreement = if to_u64(on_page) > total {
        format!(
            "page {page} holds {on_page} items but its `metadata.total_elements` counts only \
             {total} in all"
        )
    } else if last && on_page == 0 && collected == 0 && total > 0 {
        format!(
            "page {page} has no items (`data: []`) but its `metadata.total_elements` counts \
             {total}"
        )
    } else if last && on_page == 0 && to_u64(collected) < total {
        format!(
            "page {page} has no items (`data: []`) though only {collected} of the {total} \
             items its `metadata.total_elements` counts came before it"
        )
    } else if last && to_u64(collected) < total {
        format!(
            "the pages held {collected} items in all but `metadata.total_elements` counts \
             {total}"
        )
    } else {
        return Ok(());
    };
    Err(PersonioError::unexpected(
        label,
        format!(
            "{disagreement}; an answer that contradicts itself is not used, so nothing stored \
             is replaced — try again later"
        ),
    ))
}

fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(n: u64) -> Option<Metadata> {
        Some(Metadata {
            total_elements: Some(n),
            ..Metadata::default()
        })
    }

    fn seen(page: u64, on_page: usize, collected: usize, last: bool) -> Seen {
        Seen {
            page,
            on_page,
            collected,
            last,
        }
    }

    #[test]
    fn an_empty_first_page_with_a_count_is_refused() {
        let error = check("time-offs", seen(1, 0, 0, true), total(12).as_ref()).unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("time-offs")
                && message.contains("page 1 has no items (`data: []`)")
                && message.contains("counts 12"),
            "data: [] with total_elements 12 must not read as \"12 removed\": {message}"
        );
    }

    #[test]
    fn an_empty_later_page_short_of_the_count_is_refused() {
        let error = check("x", seen(2, 0, 200, true), total(260).as_ref()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("page 2 has no items (`data: []`) though only 200 of the 260"),
            "an empty page must not end a list that is counted longer: {error}"
        );
    }

    #[test]
    fn fewer_items_than_counted_after_the_last_page_are_refused() {
        let error = check("x", seen(2, 50, 250, true), total(260).as_ref()).unwrap_err();
        assert!(
            error.to_string().contains("held 250 items in all but"),
            "ten absences missing from the pages must fail the read: {error}"
        );
        assert!(
            check("x", seen(1, 200, 200, false), total(260).as_ref()).is_ok(),
            "before the last page the tally is not complete yet"
        );
    }

    #[test]
    fn a_page_with_more_items_than_the_total_is_refused() {
        let error = check("x", seen(1, 5, 5, true), total(0).as_ref()).unwrap_err();
        assert!(
            error.to_string().contains("holds 5 items but"),
            "five items on a page of a list of zero: {error}"
        );
    }

    #[test]
    fn what_agrees_or_cannot_be_checked_passes() {
        let cases = [
            (seen(1, 3, 3, true), total(3), "items as counted"),
            (seen(1, 0, 0, true), total(0), "an empty list that says so"),
            (
                seen(3, 0, 400, true),
                total(400),
                "an empty page after the rest",
            ),
            (
                seen(2, 1, 201, true),
                total(200),
                "a record repeated across a page boundary",
            ),
            (seen(1, 0, 0, true), None, "no metadata"),
            (
                seen(1, 0, 0, true),
                Some(Metadata::default()),
                "metadata without total_elements",
            ),
        ];
        for (seen, metadata, why) in cases {
            assert_eq!(
                check("x", seen, metadata.as_ref()),
                Ok(()),
                "{why} must be accepted"
            );
        }
    }
}
