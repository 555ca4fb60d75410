//! Reusable pieces of the UI, one component per file.

pub mod about;
pub mod absence_badge;
pub mod block_form;
pub mod category_legend;
pub mod confirm_dialog;
pub mod connect_form;
pub mod data_style;
pub mod date_picker;
pub mod day_bar;
pub mod day_cell;
pub mod day_detail;
pub mod day_entries;
pub mod demo_offer;
pub mod employee_card;
pub mod entry_form;
pub mod entry_personio;
pub mod export_menu;
pub mod general_settings;
pub mod idle_dialog;
pub mod manual_absences;
pub mod month_grid;
pub mod nav;
pub mod notification_settings;
pub mod offer_week;
pub mod offline_banner;
pub mod recording;
pub mod running_balance;
pub mod sync_history;
pub mod time_axis;
pub mod timeline_toolbar;
pub mod timeline_totals;
pub mod timer_bar;
pub mod timer_settings;
pub mod vacation_balances;
pub mod view_switcher;
pub mod warning_list;
pub mod weekly_hours_form;

/// Minutes as `h:mm` and balances with their sign: the model's one writer, the same text as
/// `stint-cli`.
pub use stint_model::duration::{hm, signed_hm};
