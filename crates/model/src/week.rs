//! The week as Stint writes it: Monday first (ISO 8601, and how German users count), in English
//! for the backend's messages and the CLI's flags; the UI has its own German names.

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
