//! The day view's time entries as a journey reads them: every row of `#day-entries` in one
//! round trip, with where it lives (`data-source`, `data-personio-id`), its Personio badge and
//! which buttons it offers, so a journey can compare the page with what Personio holds.

use crate::{eventually, App, E2eResult};
use chrono::{NaiveDate, NaiveTime};
use serde_json::{json, Value};
use std::time::Duration;

/// One row of the day view's list of time entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRow {
    /// Stint's id of the entry (`data-id`); `None` for a period that is only in Personio.
    pub id: Option<String>,
    /// `local` or `personio` (`data-source`).
    pub source: String,
    /// The id of its attendance period in Personio (`data-personio-id`), once it has one.
    pub personio_id: Option<String>,
    /// As shown: `09:00–10:30`, or the words for a duration-only entry.
    pub span: String,
    pub note: String,
    /// The badge's state (`pending`, `confirmed`, `unsent`, `personio`, …; the `state-` class).
    pub state: Option<String>,
    pub can_edit: bool,
    pub can_delete: bool,
    /// Says it comes from Personio and cannot be changed here.
    pub read_only: bool,
}

impl DayRow {
    /// Start and end as the row shows them (`HH:MM–HH:MM`); `None` for a duration-only entry.
    pub fn times(&self) -> Option<(NaiveTime, NaiveTime)> {
        let (start, end) = self.span.split_once('–')?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
        Some((time(start)?, time(end)?))
    }

    fn from_json(row: &Value) -> DayRow {
        let text = |key: &str| row.get(key).and_then(Value::as_str).map(str::to_owned);
        let flag = |key: &str| row.get(key).and_then(Value::as_bool).unwrap_or(false);
        DayRow {
            id: text("id"),
            source: text("source").unwrap_or_default(),
            personio_id: text("personio_id"),
            span: text("span").unwrap_or_default(),
            note: text("note").unwrap_or_default(),
            state: text("state"),
            can_edit: flag("can_edit"),
            can_delete: flag("can_delete"),
            read_only: flag("read_only"),
        }
    }
}

const ROWS: &str = "
    const text = (root, css) => root.querySelector(css)?.textContent ?? '';
    return Array.from(document.querySelectorAll('#day-entries .entry'), e => {
      const badge = e.querySelector('.entry-state');
      const state = badge && Array.from(badge.classList).find(c => c.startsWith('state-'));
      return {
        id: e.dataset.id ?? null,
        source: e.dataset.source ?? null,
        personio_id: e.dataset.personioId ?? null,
        span: text(e, '.entry-span'),
        note: text(e, '.entry-note'),
        state: state ? state.slice('state-'.length) : null,
        can_edit: !!e.querySelector('.entry-edit'),
        can_delete: !!e.querySelector('.entry-delete'),
        read_only: !!e.querySelector('.entry-read-only'),
      };
    });";

impl App {
    /// Every row the day view lists now (none while it loads or when the day has no entry).
    pub async fn day_rows(&self) -> E2eResult<Vec<DayRow>> {
        let rows = self.client.execute(ROWS, vec![]).await?;
        Ok(rows
            .as_array()
            .map(|rows| rows.iter().map(DayRow::from_json).collect())
            .unwrap_or_default())
    }

    /// Waits until exactly one row passes `keep` and returns it; the error names `what` and
    /// lists the rows last seen.
    pub async fn wait_row(
        &self,
        what: &str,
        timeout: Duration,
        keep: impl Fn(&DayRow) -> bool,
    ) -> E2eResult<DayRow> {
        let keep = &keep;
        eventually(what, timeout, || async move {
            let rows = self.day_rows().await?;
            let kept: Vec<&DayRow> = rows.iter().filter(|r| keep(r)).collect();
            Ok(match kept.as_slice() {
                [row] => Ok((*row).clone()),
                _ => Err(format!("the day view lists {rows:?}")),
            })
        })
        .await
    }

    /// The entries of `date` as the backend lists them for the day view (`time_entries`), for
    /// checks that must not depend on when the page reloads.
    pub async fn entries_of(&self, date: NaiveDate) -> E2eResult<Vec<Value>> {
        let day = date.to_string();
        let entries = self
            .invoke("time_entries", json!({ "from": day, "to": day }))
            .await?;
        Ok(entries.as_array().cloned().unwrap_or_default())
    }
}
