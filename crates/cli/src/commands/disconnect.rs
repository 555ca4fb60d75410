//! `stint-cli disconnect`: forget the connection; manual data is in force again.

use crate::Failure;
use stint_core::Stint;

pub fn run(stint: &Stint) -> Result<(), Failure> {
    stint.disconnect()?;
    crate::out!("Personio disconnected; manual weekly hours and absences are in force again.");
    Ok(())
}
