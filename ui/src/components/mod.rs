//! Reusable pieces of the shell, one component per file.

pub mod about;
pub mod nav;
