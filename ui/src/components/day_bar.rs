//! A day's tracked time against its target as one bar, read at a glance: the track is as long
//! as the target, filled as far as tracked time goes, and time beyond the target continues in
//! the overtime tone. The longer of the two sets the scale, so a day of overtime is visibly
//! longer than its target. A day without target and without time draws an empty track. The
//! figures beside it (target, tracked, balance) are its words, so the bar itself is hidden from
//! screen readers.

use super::data_style::Pct;
use yew::prelude::*;

/// Percent of the bar's width: (the target's track, the tracked part inside it, the overtime
/// part after it).
pub fn bar_parts(target: u32, tracked: u32) -> (f64, f64, f64) {
    let scale = f64::from(target.max(tracked).max(1));
    let pct = |minutes: u32| f64::from(minutes) / scale * 100.0;
    (
        pct(target),
        pct(tracked.min(target)),
        pct(tracked.saturating_sub(target)),
    )
}

#[derive(Properties, PartialEq)]
pub struct DayBarProps {
    pub target: u32,
    pub tracked: u32,
}

#[component]
pub fn DayBar(props: &DayBarProps) -> Html {
    let (track, filled, over) = bar_parts(props.target, props.tracked);
    // Decorative: the day's figures beside it say the same in words.
    html! {
        <div class="day-bar" aria-hidden="true">
            <span class="bar-track" data-style={format!("width:{}", Pct(track))}></span>
            <span class="bar-tracked" data-style={format!("width:{}", Pct(filled))}></span>
            if over > 0.0 {
                <span class="bar-over" data-style={format!("left:{};width:{}", Pct(track), Pct(over))}></span>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::bar_parts;

    #[test]
    fn the_target_fills_and_overtime_continues_past_it() {
        assert_eq!(bar_parts(480, 240), (100.0, 50.0, 0.0), "half done");
        assert_eq!(bar_parts(480, 600), (80.0, 80.0, 20.0), "2 h over 8 h");
        assert_eq!(
            bar_parts(0, 120),
            (0.0, 0.0, 100.0),
            "a weekend's work is all overtime"
        );
        assert_eq!(bar_parts(0, 0), (0.0, 0.0, 0.0), "nothing to draw");
    }
}
