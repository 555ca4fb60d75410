//! Personio's time-off balances per type, one line each: "Urlaub: 12.5 days (available to
//! plan: 8.5)". Shown only while connected (the backend sends none otherwise), so a user sees
//! Personio's own figures beside the hours without opening Personio.

use crate::i18n::{t, use_lang, Key, Lang};
use stint_model::BalanceView;
use yew::prelude::*;

/// Days as Personio counts them, up to two decimals, with the language's decimal mark.
pub fn days(lang: Lang, value: f64) -> String {
    let text = format!("{}", (value * 100.0).round() / 100.0);
    match lang {
        Lang::En => text,
        Lang::De => text.replace('.', ","),
    }
}

/// One type's line.
pub fn balance_line(lang: Lang, balance: &BalanceView) -> String {
    let mut line = format!(
        "{}: {} {}",
        balance.type_name,
        days(lang, balance.balance),
        t(
            lang,
            if balance.balance == 1.0 {
                Key::OneDay
            } else {
                Key::Days
            }
        )
    );
    if let Some(available) = balance.available {
        line.push_str(&format!(
            " ({}: {})",
            t(lang, Key::AvailableToPlan),
            days(lang, available)
        ));
    }
    line
}

#[derive(Properties, PartialEq)]
pub struct VacationBalancesProps {
    pub balances: Vec<BalanceView>,
}

#[component]
pub fn VacationBalances(props: &VacationBalancesProps) -> Html {
    let lang = use_lang();
    if props.balances.is_empty() {
        return html! {};
    }
    html! {
        <ul class="vacation-balances" id="vacation-balances" aria-label={t(lang, Key::TimeOffBalances)}>
            { for props.balances.iter().map(|b| html! {
                <li class={classes!("cat", b.category.as_str())}>{ balance_line(lang, b) }</li>
            }) }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urlaub(available: Option<f64>) -> BalanceView {
        BalanceView {
            type_name: "Urlaub".into(),
            category: stint_model::AbsenceCategory::Vacation,
            balance: 12.5,
            available,
        }
    }

    #[test]
    fn lines_read_naturally_in_both_languages() {
        for (lang, balance, want) in [
            (
                Lang::En,
                urlaub(Some(8.5)),
                "Urlaub: 12.5 days (available to plan: 8.5)",
            ),
            (
                Lang::De,
                urlaub(Some(8.5)),
                "Urlaub: 12,5 Tage (verfügbar zur Planung: 8,5)",
            ),
            (Lang::En, urlaub(None), "Urlaub: 12.5 days"),
            (
                Lang::De,
                BalanceView {
                    balance: 1.0,
                    ..urlaub(None)
                },
                "Urlaub: 1 Tag",
            ),
        ] {
            assert_eq!(balance_line(lang, &balance), want, "{lang:?} {balance:?}");
        }
    }

    #[test]
    fn days_drop_float_noise_and_whole_numbers_have_no_decimals() {
        assert_eq!(days(Lang::En, 30.0), "30", "whole days need no decimal");
        assert_eq!(
            days(Lang::De, 0.1 + 0.2),
            "0,3",
            "float noise is rounded away"
        );
        assert_eq!(
            days(Lang::En, -1.5),
            "-1.5",
            "an overdrawn balance keeps its sign"
        );
    }
}
