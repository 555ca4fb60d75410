//! `stint-cli config get/set KEY [VALUE]`: the same keys and readers as the Settings page.

use crate::args::ConfigAction;
use crate::Failure;
use stint_core::Stint;

pub fn run(stint: &Stint, action: ConfigAction) -> Result<(), Failure> {
    match action {
        ConfigAction::Get { key } => crate::out!("{}", stint.config_get(&key)?),
        ConfigAction::Set { key, value } => {
            stint.config_set(&key, &value)?;
            crate::out!("{} = {}", key.trim(), stint.config_get(&key)?);
        }
    }
    Ok(())
}
