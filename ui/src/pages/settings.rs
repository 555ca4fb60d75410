//! The Settings section: for now the About panel; weekly hours, holidays and language follow.

use crate::components::about::About;
use crate::state::Remote;
use stint_model::AppInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub app_info: Remote<AppInfo>,
}

#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    html! {
        <>
            <h1>{ "Settings" }</h1>
            <p class="coming">
                { "Weekly hours, absences, holiday region, language and theme will be set here." }
            </p>
            <About info={props.app_info.clone()} />
        </>
    }
}
