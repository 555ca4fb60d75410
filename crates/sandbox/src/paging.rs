//! The two paging schemes of the v1 API and their limits.
//!
//! The employees endpoint takes `offset` as a record offset; time-offs and absence periods take it
//! as a 1-based page number where 0 means 1. Mixing them up is the classic client bug, so both
//! live here side by side with their tests.

use std::ops::Range;

/// A bad paging parameter, answered with 400.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PagingError {
    /// `limit` is not a positive integer.
    #[error("limit must be a positive integer, got `{0}`")]
    BadLimit(String),
    /// `limit` is over the endpoint's maximum.
    #[error("limit {given} is too high: the maximum for this endpoint is {max}")]
    LimitTooHigh {
        /// The limit asked for.
        given: usize,
        /// The endpoint's maximum.
        max: usize,
    },
    /// `offset` is not a non-negative integer.
    #[error("offset must be a non-negative integer, got `{0}`")]
    BadOffset(String),
}

/// The slice of a result list one request answers, with its metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Indices into the full result list.
    pub range: Range<usize>,
    /// Echoed `limit`.
    pub limit: usize,
    /// Echoed `offset` (as the endpoint understands it).
    pub offset: usize,
    /// `metadata.current_page`.
    pub current_page: usize,
    /// `metadata.total_pages`.
    pub total_pages: usize,
    /// `metadata.total_elements`.
    pub total_elements: usize,
}

/// Parses `limit`: absent means `default`, more than `max` is an error.
pub fn parse_limit(raw: Option<&str>, default: usize, max: usize) -> Result<usize, PagingError> {
    let Some(raw) = raw else { return Ok(default) };
    let limit: usize = raw
        .trim()
        .parse()
        .map_err(|_| PagingError::BadLimit(raw.to_owned()))?;
    if limit == 0 {
        return Err(PagingError::BadLimit(raw.to_owned()));
    }
    if limit > max {
        return Err(PagingError::LimitTooHigh { given: limit, max });
    }
    Ok(limit)
}

/// Parses `offset`: absent means 0.
pub fn parse_offset(raw: Option<&str>) -> Result<usize, PagingError> {
    let Some(raw) = raw else { return Ok(0) };
    raw.trim()
        .parse()
        .map_err(|_| PagingError::BadOffset(raw.to_owned()))
}

fn pages(total: usize, limit: usize) -> usize {
    total.div_ceil(limit).max(1)
}

/// Employees: `offset` counts records; `current_page` is 0-based (`offset / limit`).
pub fn by_record_offset(total: usize, limit: usize, offset: usize) -> Page {
    let start = offset.min(total);
    Page {
        range: start..(start + limit).min(total),
        limit,
        offset,
        current_page: offset / limit,
        total_pages: pages(total, limit),
        total_elements: total,
    }
}

/// Time-offs and absence periods: `offset` is a 1-based page number, 0 is treated as 1.
/// `total_pages` is at least 1, so an empty result is page 1 of 1.
pub fn by_page_number(total: usize, limit: usize, offset: usize) -> Page {
    let page = offset.max(1);
    let start = ((page - 1).saturating_mul(limit)).min(total);
    Page {
        range: start..(start + limit).min(total),
        limit,
        offset: page,
        current_page: page,
        total_pages: pages(total, limit),
        total_elements: total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_default_cap_and_reject_garbage() {
        let cases: [(Option<&str>, Result<usize, PagingError>); 5] = [
            (None, Ok(50)),
            (Some("100"), Ok(100)),
            (
                Some("101"),
                Err(PagingError::LimitTooHigh {
                    given: 101,
                    max: 100,
                }),
            ),
            (Some("0"), Err(PagingError::BadLimit("0".into()))),
            (Some("ten"), Err(PagingError::BadLimit("ten".into()))),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_limit(raw, 50, 100), expected, "limit {raw:?}");
        }
        assert_eq!(
            parse_offset(Some("-1")),
            Err(PagingError::BadOffset("-1".into())),
            "negative offsets are rejected, not clamped"
        );
    }

    #[test]
    fn record_offsets_slice_by_records() {
        let page = by_record_offset(23, 10, 20);
        assert_eq!(
            page.range,
            20..23,
            "offset 20 with limit 10 of 23 is the last 3 records"
        );
        assert_eq!(page.current_page, 2, "0-based page index of record 20");
        assert_eq!(page.total_pages, 3, "23 records in pages of 10");
        assert_eq!(
            by_record_offset(23, 10, 40).range,
            23..23,
            "past the end is empty"
        );
    }

    #[test]
    fn page_numbers_are_one_based_and_zero_means_one() {
        assert_eq!(
            by_page_number(450, 200, 0),
            by_page_number(450, 200, 1),
            "offset 0 is treated as page 1"
        );
        let last = by_page_number(450, 200, 3);
        assert_eq!(last.range, 400..450, "page 3 holds the last 50");
        assert_eq!(
            (last.current_page, last.total_pages),
            (3, 3),
            "the last page has current_page == total_pages, the client's stop condition"
        );
        assert_eq!(
            by_page_number(450, 200, 4).range,
            450..450,
            "past the end is empty"
        );
        assert_eq!(
            by_page_number(0, 200, 1).total_pages,
            1,
            "nothing is page 1 of 1"
        );
    }
}
