use yew::prelude::*;

use super::metric_card::MetricCard;
use super::review_header::ReviewHeader;
use super::shared::ReviewRef;
use super::theme_group::ThemeGroup;
use crate::i18n::{t, Ui};
use crate::model::filter::Filter;
use crate::model::{cards, Lang};

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub reviews: Vec<ReviewRef>,
    pub filter: Filter,
    pub lang: Lang,
    pub animate: bool,
    #[prop_or_default]
    pub highlight: Option<String>,
}

/// The opening view: both institutions' headline figures first (the page
/// reported both years together), then each institution's themes. Once the
/// reader filters, only what matches, grouped the same way.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let (lang, filter) = (props.lang, &props.filter);
    let shown: Vec<&ReviewRef> = props
        .reviews
        .iter()
        .filter(|r| filter.shows_review(r))
        .collect();
    let headline_rows = filter.is_open().then(|| html! {
        <div class="hm-headlines">
            { for shown.iter().map(|r| html! {
                <section class={classes!("hm-review", format!("review-{}", r.id))} id={format!("review-{}", r.id)}
                    aria-labelledby={format!("title-{}", r.id)}>
                    <ReviewHeader review={(*r).clone()} {lang} />
                    <h3 class="hm-headline-heading">{ t(lang, Ui::Headline) }</h3>
                    <div class="hm-cards hm-headline-row">
                        { for cards::headline(r).into_iter().map(|m| html! {
                            <MetricCard key={m.id.clone()} review={(*r).clone()} metric={m.clone()} {lang} headline=true
                                animate={props.animate} highlighted={props.highlight.as_deref() == Some(m.id.as_str())} />
                        }) }
                    </div>
                </section>
            }) }
        </div>
    });
    let themes: Html = shown
        .iter()
        .map(|r| {
            let groups = cards::groups(r, filter);
            if groups.is_empty() {
                return html! {};
            }
            html! {
                <div class={classes!("hm-review-themes", format!("review-{}", r.id))} id={format!("themes-{}", r.id)}>
                    if !filter.is_open() {
                        <ReviewHeader review={(*r).clone()} {lang} />
                    }
                    { for groups.into_iter().map(|g| html! {
                        <ThemeGroup key={g.section.id.clone()} review={(*r).clone()} section={g.section.clone()}
                            metrics={g.metrics.into_iter().cloned().collect::<Vec<_>>()}
                            funnels={g.funnels.into_iter().cloned().collect::<Vec<_>>()}
                            {lang} animate={props.animate} highlight={props.highlight.clone()} />
                    }) }
                </div>
            }
        })
        .collect();
    html! {
        <div class="hm-overview">
            { headline_rows.unwrap_or_default() }
            { themes }
        </div>
    }
}
