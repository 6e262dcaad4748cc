use yew::prelude::*;

use super::shared::ReviewRef;
use crate::i18n::{t, Ui};
use crate::model::{Bilingual, Lang, Verbatim};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub review: ReviewRef,
    pub lang: Lang,
}

/// The banner of one institution's review: its name, the article's title and byline.
#[component]
pub fn ReviewHeader(props: &HeaderProps) -> Html {
    let (r, lang) = (&props.review, props.lang);
    let names = |people: &[Verbatim]| {
        people
            .iter()
            .map(|p| {
                p.in_lang(lang)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(if lang == Lang::Zh { "" } else { " " })
            })
            .collect::<Vec<_>>()
            .join("、")
    };
    let mut byline = format!(
        "{} {} {}",
        r.byline.organisation.in_lang(lang),
        t(lang, Ui::Reporter),
        names(&r.byline.reporters)
    );
    if !r.byline.correspondents.is_empty() {
        byline.push_str(&format!(
            " · {} {}",
            t(lang, Ui::Correspondent),
            names(&r.byline.correspondents)
        ));
    }
    html! {
        <header class="hm-review-header">
            <p class="hm-institution">{ r.institution.in_lang(lang) }</p>
            <h2 id={format!("title-{}", r.id)} class="hm-title">{ r.title.in_lang(lang) }</h2>
            <p class="hm-subtitle">{ r.subtitle.in_lang(lang) }</p>
            <p class="hm-byline">{ byline }</p>
        </header>
    }
}
