//! Personio's time-off balances per type, each a compact card with a bar of taken / planned /
//! available days; its tooltip and label read as one line: "Urlaub: 12.5 days (available to
//! plan: 8.5)". Shown only while connected (the backend sends none otherwise), so a user sees
//! Personio's own figures beside the hours without opening Personio.

use super::data_style::Pct;
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

/// Percent widths of the card's bar: (taken, planned, available) of everything the year holds
/// for the type, i.e. taken plus the balance. Without Personio's "available" the balance is all
/// available; an overdrawn balance draws as taken only.
pub fn bar_parts(balance: &BalanceView) -> (f64, f64, f64) {
    let left = balance.balance.max(0.0);
    let available = balance.available.map_or(left, |a| a.clamp(0.0, left));
    let planned = left - available;
    let whole = balance.taken.max(0.0) + left;
    if whole <= 0.0 {
        return (0.0, 0.0, 0.0);
    }
    let pct = |days: f64| days / whole * 100.0;
    (pct(balance.taken.max(0.0)), pct(planned), pct(available))
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
    let card = |b: &BalanceView| {
        let (taken, planned, available) = bar_parts(b);
        let planned_days = b.available.map(|a| (b.balance - a).max(0.0));
        let line = balance_line(lang, b);
        html! {
            <li class={classes!("balance-card", "vacation-card", "cat", b.category.as_str(),
                    super::absence_badge::category_class(b.category))}
                title={line.clone()}>
                <span class="card-label">{ &b.type_name }</span>
                <strong class="card-figure">{ days(lang, b.balance) }
                    <small>{ format!(" {}", t(lang, if b.balance == 1.0 { Key::OneDay } else { Key::Days })) }</small>
                </strong>
                <div class="stack-bar" role="img" aria-label={line}>
                    <span class="taken" data-style={format!("width:{}", Pct(taken))}></span>
                    <span class="planned" data-style={format!("width:{}", Pct(planned))}></span>
                    <span class="available" data-style={format!("width:{}", Pct(available))}></span>
                </div>
                <span class="card-legend">
                    { format!("{} {}", days(lang, b.taken), t(lang, Key::Taken)) }
                    if let Some(planned) = planned_days {
                        { format!(" · {} {}", days(lang, planned), t(lang, Key::Planned)) }
                    }
                    { format!(" · {} {}", days(lang, b.available.unwrap_or(b.balance)), t(lang, Key::Available)) }
                </span>
            </li>
        }
    };
    html! {
        <ul class="vacation-balances" id="vacation-balances" aria-label={t(lang, Key::TimeOffBalances)}>
            { for props.balances.iter().map(card) }
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
            taken: 7.5,
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
    fn the_card_bar_splits_the_year_into_taken_planned_and_available() {
        assert_eq!(bar_parts(&urlaub(Some(8.5))), (37.5, 20.0, 42.5));
        assert_eq!(
            bar_parts(&urlaub(None)),
            (37.5, 0.0, 62.5),
            "without Personio's figure the whole balance is available"
        );
        let overdrawn = BalanceView {
            balance: -2.0,
            ..urlaub(Some(-2.0))
        };
        assert_eq!(bar_parts(&overdrawn), (100.0, 0.0, 0.0));
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
