use yew::prelude::*;

use super::shared::{extra_button, translation, Extra, ExtraFor, ReviewRef, INTERACTIVE_MARKUP};
use crate::host;
use crate::model::derived::Computed;
use crate::model::format::{is_sign, number, percent, unit_gap};
use crate::model::params::{key, link};
use crate::model::{cards, ids, Bilingual, Lang, Metric, SectionKind};
use crate::words::widget::{figure, figure_phrase, items_separator, t, when, Ui};

#[derive(Properties, PartialEq)]
pub struct MetricProps {
    pub review: ReviewRef,
    pub metric: Metric,
    pub lang: Lang,
    /// Count up when the card scrolls into view (a card on screen when the
    /// widget starts never counts: its resting value is its figure).
    #[prop_or_default]
    pub animate: bool,
    /// A deep link asked for this card.
    #[prop_or_default]
    pub highlighted: bool,
    /// One of the figures the article leads with: drawn larger.
    #[prop_or_default]
    pub headline: bool,
}

/// One figure: the number, its unit, label and theme, its share where the
/// data derives one, and the sentence of the article it comes from.
#[component]
pub fn MetricCard(props: &MetricProps) -> Html {
    let (r, m, lang) = (&props.review, &props.metric, props.lang);
    // The resting value is the figure itself: the prerendered page, print,
    // captures and reader modes never see anything else.
    let shown = use_state_eq(|| m.value);
    let open = use_state_eq(|| false);
    let node = use_node_ref();
    {
        let shown = shown.clone();
        use_effect_with(
            (node.clone(), props.animate, m.value),
            move |(node, animate, value)| {
                shown.set(*value);
                let count = match (animate, node.cast::<web_sys::Element>()) {
                    (true, Some(el)) => Some(host::count_up_when_scrolled_into_view(
                        &el,
                        *value,
                        move |v| shown.set(v),
                    )),
                    _ => None,
                };
                move || drop(count)
            },
        );
    }
    let id = ids::metric_element(&m.id);
    let source_id = format!("{id}-source");
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // Only the headline band's cards say which theme they come from (in a
    // theme group the banner says it), and not when that is the lead: every
    // figure of a lead would say "Introduction".
    let theme = r
        .section(&m.section)
        .filter(|s| props.headline && s.kind != SectionKind::Lead)
        .map(|s| s.label.in_lang(lang));
    let computed = cards::computed_for(r, m);
    let related = cards::related_items(r, m);
    let unit = m.unit.agreeing(m.value, lang);
    let phrase = figure_phrase(m.value, m.qualifier, unit, lang);
    let class = classes!(
        "hm-card",
        props.headline.then_some("is-headline"),
        props.highlighted.then_some("is-highlighted")
    );
    html! {
        // The figure as the article writes it, and its label, for a saved image.
        <article {class} id={id.clone()} ref={node} tabindex="-1" aria-labelledby={format!("{id}-label")}
            data-figure={INTERACTIVE_MARKUP.then(|| phrase.clone())}
            data-label={INTERACTIVE_MARKUP.then(|| m.label.in_lang(lang).to_string())}>
            if let Some(theme) = theme {
                <p class="hm-card-theme">{ theme }</p>
            }
            <p class="hm-figure">
                // The moving digits are for the eye; screen readers get the final figure only.
                <span class="hm-number" aria-hidden="true">{ figure(*shown, m.qualifier, lang) }</span>
                // English wraps between words only: the space lets the unit go
                // to the next line whole ("problems", never "problem / s"). A
                // sign (%) is set against its number in both languages.
                { unit_gap(unit, lang) }
                <span class={classes!("hm-unit", is_sign(unit).then_some("is-sign"))} aria-hidden="true">{ unit }</span>
                <span class="hm-sr">{ phrase }</span>
            </p>
            <p class="hm-label" id={format!("{id}-label")}>{ m.label.in_lang(lang) }</p>
            if let Some(c) = &computed {
                { computed_figure(c, lang) }
            }
            <p class="hm-actions">
                <button type="button" class="hm-source-toggle" aria-expanded={(*open).to_string()}
                    aria-controls={source_id.clone()} onclick={toggle}>
                    { t(lang, if *open { Ui::HideSource } else { Ui::SourceQuote }) }
                </button>
                // Handled by static/extras.js, loaded on the first click (see the boot script).
                { extra_button(Extra::Menu, ExtraFor::in_review(&id, Some(link(&[(key::METRIC, &m.id)])), r, lang), lang) }
            </p>
            <div class="hm-source" id={source_id} hidden={!*open}>
                <blockquote lang="zh-CN">{ &m.quote.zh }</blockquote>
                if lang == Lang::En {
                    <p class="hm-translation">{ translation(&m.quote.en) }</p>
                }
                { for m.restated.iter().map(|s| html! {
                    <p class="hm-restated">
                        { t(lang, Ui::AlsoInTheArticle) }
                        <q lang="zh-CN">{ &s.quote.zh }</q>
                        if lang == Lang::En { { " (" }{ translation(&s.quote.en) }{ ")" } }
                    </p>
                }) }
                if let Some(c) = &computed {
                    { computed_from(c, lang) }
                }
                if !related.is_empty() {
                    // One line of links, not a list: two elements fewer per card,
                    // in an opening view of many cards that every reader waits
                    // for. A plain click shows the item in the timeline (the app
                    // listens); the address opens it anywhere else.
                    <p class="hm-related">
                        { t(lang, Ui::Related) }
                        { for related.iter().enumerate().map(|(n, i)| html! { <>
                            { if n > 0 { items_separator(lang) } else { " " } }
                            <a href={item_href(&i.id, lang)} data-item={i.id.clone()}>{ i.title.in_lang(lang) }</a>
                            { format!(" · {}", when(&i.when, lang)) }
                        </> }) }
                    </p>
                }
            </div>
        </article>
    }
}

/// A derived figure under the card's number.
fn computed_figure(computed: &Computed, lang: Lang) -> Html {
    match computed {
        Computed::Share(s) => html! {
            <div class="hm-share">
                <div class="hm-bar" aria-hidden="true">
                    <span style={format!("width:{}", percent(s.permille))}></span>
                </div>
                <p class="hm-share-text">
                    { format!("{} {}/{} = {}", s.derived.label.in_lang(lang), number(s.part, lang), number(s.whole, lang), percent(s.permille)) }
                </p>
            </div>
        },
    }
}

/// How a derived figure is computed, beside the card's source.
fn computed_from(computed: &Computed, lang: Lang) -> Html {
    match computed {
        Computed::Share(s) => html! {
            <p class="hm-computed">
                { format!("{}: {} ÷ {} ({})", s.derived.label.in_lang(lang), number(s.part, lang), number(s.whole, lang), t(lang, Ui::ComputedFrom)) }
            </p>
        },
    }
}

/// The widget's own address for an item, in the reader's language.
fn item_href(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => link(&[(key::ITEM, id)]),
        Lang::En => link(&[(key::ITEM, id), (key::LANG, lang.param())]),
    }
}
