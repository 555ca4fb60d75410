//! Standard output for every command, through [`out!`](crate::out) instead of `println!`.
//!
//! `println!` panics when stdout is a pipe whose reader has gone (`stint-cli timeline | head`:
//! Rust ignores SIGPIPE, so the write fails with `BrokenPipe`), which prints a panic and exits
//! 101 after the command did its work. A reader that stops early has read what it wanted, so a
//! closed pipe ends the program quietly with exit 0, as `head`'s writers do elsewhere. Exiting
//! here is safe because every command prints only after the core committed what it changed.
//! Any other write error (a full disk behind a redirect) is a real failure: said on stderr,
//! exit 1.

use std::fmt::Arguments;
use std::io::{ErrorKind, Write};

/// `println!` for the CLI's standard output; see the module doc.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))
    };
}

/// Writes `args` and a newline to stdout; a closed pipe or a failed write ends the program.
pub fn line(args: Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_fmt(args)
        .and_then(|()| stdout.write_all(b"\n"))
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(err) if err.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        Err(err) => {
            eprintln!("stint-cli: cannot write to standard output: {err}");
            std::process::exit(1);
        }
    }
}
