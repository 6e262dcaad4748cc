use yew::prelude::*;

use super::funnel::FunnelView;
use super::metric_card::MetricCard;
use super::shared::ReviewRef;
use crate::model::{Bilingual, Funnel, Lang, Metric, Section};

#[derive(Properties, PartialEq)]
pub struct ThemeProps {
    pub review: ReviewRef,
    pub section: Section,
    pub metrics: Vec<Metric>,
    pub funnels: Vec<Funnel>,
    pub lang: Lang,
    pub animate: bool,
    #[prop_or_default]
    pub highlight: Option<String>,
}

/// One theme: a banner with the article's own heading, then its figures.
#[component]
pub fn ThemeGroup(props: &ThemeProps) -> Html {
    let (r, s, lang) = (&props.review, &props.section, props.lang);
    let heading_id = format!("theme-{}-{}", r.id, s.id);
    // The article's headings are two lines (a couplet); sections without a heading use their label.
    let line = |text: &str| html! { <span class="hm-banner-line">{ text.to_string() }</span> };
    let heading: Html = match (&s.heading, lang) {
        (Some(h), Lang::Zh) => h.zh.split_whitespace().map(line).collect(),
        (Some(h), Lang::En) => line(&h.en),
        (None, _) => line(s.label.in_lang(lang)),
    };
    html! {
        <section class="hm-theme" aria-labelledby={heading_id.clone()}>
            <h3 class="hm-banner" id={heading_id}>{ heading }</h3>
            if !props.funnels.is_empty() {
                <div class="hm-funnels">
                    { for props.funnels.iter().map(|f| html! {
                        <FunnelView key={f.id.clone()} review={r.clone()} funnel={f.clone()} {lang} />
                    }) }
                </div>
            }
            <div class="hm-cards">
                { for props.metrics.iter().map(|m| html! {
                    <MetricCard key={m.id.clone()} review={r.clone()} metric={m.clone()} {lang}
                        animate={props.animate} highlighted={props.highlight.as_deref() == Some(m.id.as_str())} />
                }) }
            </div>
        </section>
    }
}
