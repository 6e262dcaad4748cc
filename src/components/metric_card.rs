use yew::prelude::*;

use crate::i18n::{t, Ui};
use crate::model::{format, Bilingual, Lang, Metric};

#[derive(Properties, PartialEq)]
pub struct MetricProps {
    pub metric: Metric,
    pub lang: Lang,
}

/// One figure: the number, its unit and label, and the sentence it comes from.
#[component]
pub fn MetricCard(props: &MetricProps) -> Html {
    let (m, lang) = (&props.metric, props.lang);
    html! {
        <article class="huimou-card" id={format!("metric-{}", m.id)}>
            <p class="huimou-figure">
                <span class="huimou-number">{ format::figure(m.value, m.qualifier) }</span>
                <span class="huimou-unit">{ m.unit.in_lang(lang) }</span>
            </p>
            <p class="huimou-label">{ m.label.in_lang(lang) }</p>
            <details class="huimou-source">
                <summary>{ t(lang, Ui::SourceQuote) }</summary>
                <blockquote lang="zh-CN">{ &m.quote.zh }</blockquote>
                if lang == Lang::En {
                    <p class="huimou-translation">{ &m.quote.en }</p>
                }
            </details>
        </article>
    }
}
