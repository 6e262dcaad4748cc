use yew::prelude::*;

use super::funnel::funnel_view;
use super::metric_card::MetricCard;
use super::shared::ReviewRef;
use crate::model::cards::Group;
use crate::model::{Bilingual, Lang};

/// How cards are drawn in this view.
#[derive(Clone, Copy)]
pub struct CardStyle<'a> {
    pub lang: Lang,
    pub animate: bool,
    pub highlight: Option<&'a str>,
}

/// One theme: a banner with the article's own heading, then its pipelines
/// and figures. (A view function: no state.)
pub fn theme_group(r: &ReviewRef, g: &Group<'_>, style: CardStyle<'_>) -> Html {
    let (s, lang) = (g.section, style.lang);
    let heading_id = format!("theme-{}-{}", r.id, s.id);
    // The articles' headings are couplets: two lines in Chinese.
    let line = |text: &str| html! { <span class="hm-banner-line">{ text.to_string() }</span> };
    let heading: Html = match (&s.heading, lang) {
        (Some(h), Lang::Zh) => h.zh.split_whitespace().map(line).collect(),
        (Some(h), Lang::En) => line(&h.en),
        (None, _) => line(s.label.in_lang(lang)),
    };
    html! {
        <section class="hm-theme" aria-labelledby={heading_id.clone()}>
            <h3 class="hm-banner" id={heading_id}>{ heading }</h3>
            if !g.funnels.is_empty() {
                <div class="hm-funnels">
                    { for g.funnels.iter().map(|f| funnel_view(r, f, lang)) }
                </div>
            }
            <div class="hm-cards">
                { for g.metrics.iter().map(|m| card(r, m, style, false)) }
            </div>
        </section>
    }
}

pub fn card(r: &ReviewRef, m: &crate::model::Metric, style: CardStyle<'_>, headline: bool) -> Html {
    html! {
        <MetricCard key={m.id.clone()} review={r.clone()} metric={m.clone()} lang={style.lang} {headline}
            animate={style.animate} highlighted={style.highlight == Some(m.id.as_str())} />
    }
}
