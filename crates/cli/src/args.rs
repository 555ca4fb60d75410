//! The command line, declared with clap: `stint-cli --help` is generated from these docs.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Stint without a window: connect Personio, sync, and read status over the same data folder
/// the desktop app uses.
///
/// Exit codes: 0 ok, 1 failure (message on stderr), 2 bad usage, 3 refused because the data is
/// synced from Personio (disconnect to edit it manually).
#[derive(Debug, Parser)]
#[command(name = "stint-cli", version, max_term_width = 100)]
pub struct Cli {
    /// Data folder (SQLite file and settings). Default: $STINT_DATA_DIR, else the desktop
    /// app's folder (e.g. ~/.local/share/app.stint.desktop). The client secret is kept in the
    /// OS keyring, under an entry of its own for each data folder.
    #[arg(long, global = true, env = "STINT_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Connect a service. The secret is read from $STINT_PERSONIO_CLIENT_SECRET or, if that is
    /// unset, from the first line of stdin — never from the command line, where other users
    /// could see it in the process list.
    Connect {
        #[command(subcommand)]
        service: Service,
    },
    /// Run one sync now and print a summary.
    Sync,
    /// Show the connection, employee, locks, weekly hours and the last sync.
    Status {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Forget the connection: secret, synced data and settings. Manual data is in force again.
    Disconnect,
    /// Day plans (target, tracked, balance, holidays, absences) of a date range.
    Timeline {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Your time entries: add, list, delete.
    Entries {
        #[command(subcommand)]
        action: EntriesAction,
    },
    /// Set your own weekly hours, e.g. `--monday 8h --friday 6h30m` (refused with exit code 3
    /// while Personio is connected; unnamed days keep their value).
    Hours {
        #[command(subcommand)]
        action: HoursAction,
    },
    /// Your own absences (refused with exit code 3 while Personio is connected).
    Absences {
        #[command(subcommand)]
        action: AbsencesAction,
    },
    /// Read or change a setting: holiday_region (DE, DE-BY, …, none), sync_interval (off, 15m,
    /// 1h, 4h, daily), sync_months_back, sync_months_ahead, balance_start (YYYY-MM-DD or
    /// year), carry_over (hours such as -3:30, 12.5, 2h15m), record_in_personio (on/off: send
    /// your entries to Personio as attendances), skip_approval (on/off), working_time_checks (de:
    /// German law, or off).
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Today: tracked and target time, when to leave while the timer runs (and the latest end
    /// before 10 h), and the working-time warnings (JSON: tracked_minutes, target_minutes,
    /// leave_at, latest_end, warnings).
    Today {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Your time as attendances in Personio (with record_in_personio on).
    Attendances {
        #[command(subcommand)]
        action: AttendancesAction,
    },
    /// Documents to hand in: a month's timesheet (PDF or CSV) and your absences as a calendar
    /// file (iCalendar). The file is written whole or not at all.
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// A month's timesheet: per day the spans, breaks, worked, target and balance, absences,
    /// holidays and working-time warnings; the month's totals, the running and time-off
    /// balances and lines to sign (PDF), or one row per day (CSV; columns in docs/export.md).
    Timesheet {
        #[arg(long, value_name = "YYYY-MM")]
        month: String,
        #[arg(long, value_enum)]
        format: TimesheetFileFormat,
        /// The file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The PDF's language (the CSV's columns are the same in both).
        #[arg(long, value_enum, default_value_t = Lang::En)]
        lang: Lang,
    },
    /// Absences touching a date range as an iCalendar file: one event per absence (all-day, or
    /// at its hours for an hour-based one), with a UID that stays the same on every export, so a
    /// re-import updates the events.
    Absences {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long, value_enum, default_value_t = CalendarFormat::Ics)]
        format: CalendarFormat,
        /// The file to write (replaced if it exists).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The language of the event titles' marks (half day, requested).
        #[arg(long, value_enum, default_value_t = Lang::En)]
        lang: Lang,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimesheetFileFormat {
    Pdf,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CalendarFormat {
    Ics,
}

/// A document's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    En,
    De,
}

#[derive(Debug, Subcommand)]
pub enum AttendancesAction {
    /// Send what waits to Personio. With --from/--to, that range's entries that are only in
    /// Stint are offered too (turning recording on sends nothing old by itself).
    Push {
        #[arg(long, value_name = "YYYY-MM-DD", requires = "to")]
        from: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD", requires = "from")]
        to: Option<String>,
        /// Show what would be sent, send nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
pub enum Service {
    /// Personio: API credentials (Settings → Integrations → API credentials) and your email.
    Personio {
        /// The API credential's client id.
        #[arg(long, value_name = "ID")]
        client_id: String,
        /// The email of your Personio employee record.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Another API address: https://…, or http://127.0.0.1/localhost for the sandbox.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print a setting's value.
    Get { key: String },
    /// Change a setting.
    Set { key: String, value: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum EntriesAction {
    /// Add an entry: a duration (`--minutes 90`) or a span (`--start 22:00 --end 02:00`; an
    /// end at or before the start is the next day).
    Add {
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// Worked minutes, 1 to 1440 (not with --start/--end).
        #[arg(long, conflicts_with_all = ["start", "end"], required_unless_present = "start",
              allow_negative_numbers = true, value_parser = entry_minutes)]
        minutes: Option<u32>,
        #[arg(long, value_name = "HH:MM", requires = "end")]
        start: Option<String>,
        #[arg(long, value_name = "HH:MM", requires = "start")]
        end: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// List entries of a date range.
    List {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Delete an entry by its id.
    Delete { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum HoursAction {
    /// Set hours per weekday: `8h`, `7h42m`, `45m`, `7:42`, `7.7`, `8` (a bare number is
    /// hours), `0`.
    Set {
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        monday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        tuesday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        wednesday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        thursday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        friday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        saturday: Option<String>,
        #[arg(long, allow_hyphen_values = true, value_name = "HOURS")]
        sunday: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AbsencesAction {
    /// Add an absence, e.g. `--type Urlaub --from 2026-08-03 --to 2026-08-07 --half-day-end`.
    Add {
        #[arg(long = "type", value_name = "TYPE")]
        type_name: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long)]
        half_day_start: bool,
        #[arg(long)]
        half_day_end: bool,
    },
}

/// `--minutes N`: a whole number; the 1–1440 range is the core's rule (it names it). Digits of
/// any length are read as what they are (negative, or far more than a day), not as "not a
/// number" because they overflow an integer.
fn entry_minutes(raw: &str) -> Result<u32, String> {
    let text = raw.trim();
    let (negative, digits) = match text.strip_prefix(['-', '−']) {
        Some(digits) => (true, digits),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "`{raw}` is not a whole number of minutes (1 to 1440)"
        ));
    }
    if negative && digits.bytes().any(|b| b != b'0') {
        return Err(format!("`{raw}` is negative: worked minutes are 1 to 1440"));
    }
    digits
        .parse::<u32>()
        .map_err(|_| format!("`{raw}` minutes is far more than a day (1 to 1440)"))
}

#[cfg(test)]
mod tests {
    use super::entry_minutes;

    #[test]
    fn minutes_are_whole_numbers_and_their_refusals_say_why() {
        for (raw, want) in [
            ("90", Ok(90)),
            (" 1440 ", Ok(1440)),
            ("+5", Ok(5)),
            ("0", Ok(0)),
            ("-0", Ok(0)),
            ("1441", Ok(1441)),
            ("-5", Err("is negative: worked minutes are 1 to 1440")),
            ("−5", Err("is negative")),
            ("-99999999999999999999", Err("is negative")),
            ("4294967296", Err("far more than a day (1 to 1440)")),
            ("99999999999999999999", Err("far more than a day")),
            ("1.5", Err("is not a whole number of minutes (1 to 1440)")),
            ("1h", Err("is not a whole number")),
            ("", Err("is not a whole number")),
            ("-", Err("is not a whole number")),
            ("--5", Err("is not a whole number")),
            ("５", Err("is not a whole number")),
        ] {
            match (entry_minutes(raw), want) {
                (Ok(got), Ok(want)) => {
                    assert_eq!(got, want, "`{raw}`: 0 and 1441 are the core's to refuse")
                }
                (Err(message), Err(words)) => {
                    assert!(message.contains(words), "`{raw}`: {message}");
                    assert!(
                        message.contains(&format!("`{raw}`")),
                        "names the value: {message}"
                    );
                }
                (got, want) => panic!("`{raw}`: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn any_minutes_value_is_read_or_refused_never_a_panic() {
        for raw in crate::input::tests::texts(20_000) {
            if let Ok(minutes) = entry_minutes(&raw) {
                let plain = raw.trim().trim_start_matches(['+', '-', '−']);
                assert_eq!(
                    plain.parse::<u32>().ok(),
                    Some(minutes),
                    "`{raw}` is its digits"
                );
            }
        }
    }
}
