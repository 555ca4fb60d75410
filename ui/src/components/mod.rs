//! Reusable pieces of the UI, one component per file.

pub mod about;
pub mod absence_badge;
pub mod category_legend;
pub mod confirm_dialog;
pub mod connect_form;
pub mod day_cell;
pub mod day_detail;
pub mod day_entries;
pub mod demo_offer;
pub mod employee_card;
pub mod entry_form;
pub mod general_settings;
pub mod manual_absences;
pub mod month_grid;
pub mod nav;
pub mod offline_banner;
pub mod running_balance;
pub mod sync_history;
pub mod timeline_toolbar;
pub mod timeline_totals;
pub mod timer_bar;
pub mod vacation_balances;
pub mod view_switcher;
pub mod week_list;
pub mod weekly_hours_form;

/// Minutes as `h:mm` (`450` → `7:30`), with `-` when negative: the same as `stint-cli timeline`.
pub fn hm(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.unsigned_abs();
    format!("{sign}{}:{:02}", m / 60, m % 60)
}

/// A balance as `h:mm` that always shows its direction: `+0:30`, `-1:15`, `0:00`.
pub fn signed_hm(minutes: i64) -> String {
    if minutes > 0 {
        format!("+{}", hm(minutes))
    } else {
        hm(minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_read_as_hours_and_minutes_and_balances_show_their_sign() {
        let cases = [
            (0, "0:00", "0:00"),
            (5, "0:05", "+0:05"),
            (450, "7:30", "+7:30"),
            (-75, "-1:15", "-1:15"),
            (6000, "100:00", "+100:00"),
        ];
        for (minutes, plain, signed) in cases {
            assert_eq!(hm(minutes), plain, "{minutes} min as h:mm");
            assert_eq!(signed_hm(minutes), signed, "{minutes} min as a balance");
        }
    }
}
