use yew::prelude::*;

use crate::model::format::join;
use crate::model::{Bilingual, Lang, Review, Verbatim};
use crate::words::widget::{t, Ui, NAMES_SEPARATOR};

/// The banner of one institution's review: its name, the article's title and byline.
///
/// A plain view function, not a component: it has no state or effects, and
/// every Yew component type costs its own lifecycle code in the wasm.
pub fn review_header(r: &Review, lang: Lang) -> Html {
    let names = |people: &[Verbatim]| {
        join(
            people.iter().map(|p| {
                join(
                    p.in_lang(lang).split_whitespace(),
                    if lang == Lang::Zh { "" } else { " " },
                )
            }),
            NAMES_SEPARATOR,
        )
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
