//! `stint-cli export`: the documents to hand in, each made by the core's one export function
//! (the app's save dialog calls the same) and written whole or not at all (`out_file.rs`).

mod absences;
mod out_file;
mod timesheet;

use crate::args::{ExportWhat, Lang};
use crate::Failure;
use stint_core::Stint;
use stint_model::Language;

pub fn run(stint: &Stint, what: ExportWhat) -> Result<(), Failure> {
    match what {
        ExportWhat::Timesheet {
            month,
            format,
            out,
            lang,
        } => timesheet::run(stint, &month, format, &out, language(lang)),
        ExportWhat::Absences {
            from,
            to,
            format,
            out,
            lang,
        } => absences::run(stint, &from, &to, format, &out, language(lang)),
    }
}

fn language(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::En,
        Lang::De => Language::De,
    }
}
