use yew::prelude::*;

use crate::model::derived::share_permille;
use crate::model::format::{is_sign, percent};
use crate::model::{cards, Bilingual, Funnel, Lang, Review};
use crate::words::widget::{figure, of_previous, t, Ui};

/// A pipeline the article reports step by step, each bar as wide as its share
/// of the first step, each step's share of the one before spelled out.
/// (A view function: no state.)
pub fn funnel_view(r: &Review, f: &Funnel, lang: Lang) -> Html {
    let steps = cards::funnel_steps(r, f);
    let first = steps.first().map(|m| m.value).unwrap_or(0);
    html! {
        <figure class="hm-funnel" id={format!("funnel-{}", f.id)}>
            <figcaption><span class="hm-funnel-kicker">{ t(lang, Ui::Pipeline) }</span>{ f.label.in_lang(lang) }</figcaption>
            <ol>
                { for steps.iter().enumerate().map(|(i, m)| {
                    let width = percent(cards::step_permille(m.value, first));
                    let of_previous = i.checked_sub(1)
                        .and_then(|p| share_permille(m.value, steps[p].value))
                        .map(|pm| format!(" · {}", of_previous(lang, &percent(pm))));
                    let unit = m.unit.agreeing(m.value, lang);
                    html! {
                        <li>
                            <span class="hm-funnel-bar" aria-hidden="true"><span style={format!("width:{}", width)}></span></span>
                            <span class="hm-funnel-value">{ figure(m.value, m.qualifier, lang) }</span>
                            <span class={classes!("hm-funnel-unit", is_sign(unit).then_some("is-sign"))}>{ unit }</span>
                            <span class="hm-funnel-label">{ m.label.in_lang(lang) }{ of_previous.unwrap_or_default() }</span>
                        </li>
                    }
                }) }
            </ol>
            if let Some(outcome) = &f.outcome {
                <p class="hm-funnel-outcome">{ "→ " }{ outcome.in_lang(lang) }</p>
            }
        </figure>
    }
}
