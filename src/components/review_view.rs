use yew::prelude::*;

use super::metric_card::MetricCard;
use crate::i18n::{t, Ui};
use crate::model::{Bilingual, Lang, Review};

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub review: Review,
    pub lang: Lang,
}

/// One institution's review: its title, byline and figures.
#[component]
pub fn ReviewView(props: &ReviewProps) -> Html {
    let (r, lang) = (&props.review, props.lang);
    let names = |people: &[crate::model::Verbatim]| {
        people
            .iter()
            .map(|p| p.in_lang(lang).to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let byline = {
        let mut parts = vec![format!(
            "{} {} {}",
            r.byline.organisation.in_lang(lang),
            t(lang, Ui::Reporter),
            names(&r.byline.reporters)
        )];
        if !r.byline.correspondents.is_empty() {
            parts.push(format!(
                "{} {}",
                t(lang, Ui::Correspondent),
                names(&r.byline.correspondents)
            ));
        }
        parts.join(" · ")
    };
    html! {
        <section class={classes!("huimou-review", format!("review-{}", r.id))} id={format!("review-{}", r.id)}
            aria-labelledby={format!("title-{}", r.id)}>
            <header class="huimou-review-header">
                <p class="huimou-institution">{ r.institution.in_lang(lang) }</p>
                <h2 id={format!("title-{}", r.id)} class="huimou-title">{ r.title.in_lang(lang) }</h2>
                <p class="huimou-subtitle">{ r.subtitle.in_lang(lang) }</p>
                <p class="huimou-byline">{ byline }</p>
            </header>
            <h3 class="huimou-figures-heading">{ t(lang, Ui::Figures) }</h3>
            <div class="huimou-cards">
                { for r.metrics.iter().map(|m| html! {
                    <MetricCard key={m.id.clone()} metric={m.clone()} {lang} />
                }) }
            </div>
        </section>
    }
}
