//! The week as Stint writes it: Monday first (ISO 8601, and how German users count), in English
//! for the backend's messages and the CLI's flags; month and short weekday names in English and
//! German for the UI's dates and the exported timesheet.

/// The weekdays' English names, Monday first: the index of weekly hours' days.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' names in English and German, January first; with the short weekday names, the
/// one table the UI's dates and the exported timesheet both write from.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
/// "Mon" … "Sun" and "Mo" … "So", Monday first.
pub const WEEKDAYS_SHORT_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const WEEKDAYS_SHORT_DE: [&str; 7] = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];
