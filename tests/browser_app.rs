//! Components in a real browser (headless Chromium and Firefox, through
//! wasm-bindgen-test): the rendered DOM a reader sees.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use huimou::components::{error_view, App, MetricCard, MetricProps, ReviewRef};
use huimou::model::pack::pack_file;
use huimou::model::{load_review, Bilingual, Edition, Lang};
use huimou::words::widget::{figure_phrase, t, Ui};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// Both reviews complete, in both languages (the bundle is Chinese only).
fn complete() -> Edition {
    let read = |json: &str| load_review(json, None).unwrap();
    Edition::new(vec![
        read(include_str!("../data/cppcc-2023.json")),
        read(include_str!("../data/npc-2023.json")),
    ])
    .unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount into; `id` lets the app find its root.
fn mount_point(id: &str) -> Element {
    if let Some(old) = document().get_element_by_id(id) {
        old.remove();
    }
    let el = document().create_element("main").unwrap();
    el.set_id(id);
    el.set_attribute("data-state", "loading").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// The 2023 edition's examples (`tests/fixtures/editions/2023.json`, read
/// at compile time: the browser has no files): ids come from there, never
/// as literals.
fn example(key: &str) -> String {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/editions/2023.json")).unwrap();
    fixture["examples"][key].as_str().unwrap().to_string()
}

/// Yields to the scheduler until `done` holds; fails the test after about
/// three seconds.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    // A condition that never came is the test's failure, not a pass by silence.
    panic!("waited 3 s for a condition that never came");
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

thread_local! {
    static APP_BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// wasm-bindgen-test runs async tests concurrently, but the app owns the
/// page's one `#huimou` root: app tests take turns.
struct AppTurn;

impl Drop for AppTurn {
    fn drop(&mut self) {
        APP_BUSY.with(|b| b.set(false));
    }
}

async fn app_turn() -> AppTurn {
    while APP_BUSY.with(|b| b.replace(true)) {
        sleep(Duration::from_millis(10)).await;
    }
    AppTurn
}

/// The widget as a published page mounts it, once it is ready: the root
/// names the edition's packed data, and the boot script's download of it
/// (`huimouEdition`) holds both reviews, complete.
async fn ready_app() -> (Element, yew::AppHandle<App>, AppTurn) {
    let turn = app_turn().await;
    let root = mount_point("huimou");
    const DATA: &str = "zh-test.bin";
    root.set_attribute("data-edition", "").unwrap();
    root.set_attribute("data-edition-zh", DATA).unwrap();
    let bytes = pack_file(&complete().reviews);
    let buffer = js_sys::Uint8Array::from(&bytes[..]).buffer();
    let global = js_sys::global();
    js_sys::Reflect::set(&global, &"huimouEditionUrl".into(), &DATA.into()).unwrap();
    js_sys::Reflect::set(
        &global,
        &"huimouEdition".into(),
        &js_sys::Promise::resolve(&buffer),
    )
    .unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    until(|| root.get_attribute("data-state").as_deref() == Some("ready")).await;
    assert_eq!(root.get_attribute("data-state").as_deref(), Some("ready"));
    (root, handle, turn)
}

fn card_ids(root: &Element) -> Vec<String> {
    all(root, "article.hm-card")
        .iter()
        .map(|c| c.id())
        .collect()
}

#[wasm_bindgen_test]
async fn the_app_shows_both_reviews_and_every_figure_once() {
    let (root, handle, _turn) = ready_app().await;
    assert_eq!(root.get_attribute("aria-busy"), None);
    let edition = complete();
    for review in &edition.reviews {
        assert_eq!(
            text(&one(&root, &format!("#title-{}", review.id))),
            review.title.zh
        );
        let header = text(&one(&root, &format!("#review-{} header", review.id)));
        for reporter in &review.byline.reporters {
            assert!(
                header.contains(&reporter.zh.replace(' ', "")),
                "byline names {}",
                reporter.zh
            );
        }
    }
    // Every figure has exactly one card, under its public id, and screen
    // readers get its final value whatever the count-up is showing.
    let mut ids = card_ids(&root);
    let expected: Vec<String> = edition
        .reviews
        .iter()
        .flat_map(|r| r.metrics.iter().map(|m| format!("metric-{}", m.id)))
        .collect();
    assert_eq!(ids.len(), expected.len());
    ids.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    for r in &edition.reviews {
        for m in &r.metrics {
            let sr = one(&root, &format!("#metric-{} .hm-sr", m.id));
            assert_eq!(
                text(&sr),
                figure_phrase(m.value, m.qualifier, &m.unit.zh, Lang::Zh)
            );
        }
    }
    // 余 as the article prints it, after the digits and before the unit.
    let more = edition
        .reviews
        .iter()
        .flat_map(|r| &r.metrics)
        .find(|m| m.qualifier.is_some())
        .unwrap();
    assert_eq!(
        text(&one(&root, &format!("#metric-{} .hm-sr", more.id))),
        format!("{}余{}", more.value, more.unit.zh)
    );
    // The derived share is spelled out on its card: part/whole = tenths of a
    // percent, rounded half up (computed here).
    let r = edition.review("cppcc").unwrap();
    let part = r
        .metrics
        .iter()
        .find(|m| m.id == example("metric"))
        .unwrap();
    let whole = r
        .metrics
        .iter()
        .find(|m| Some(m.id.as_str()) == part.part_of.as_deref())
        .unwrap();
    let tenths = (part.value * 2000 + whole.value) / (2 * whole.value);
    let sum = format!(
        "{}/{} = {}.{}%",
        part.value,
        whole.value,
        tenths / 10,
        tenths % 10
    );
    let shown = text(&one(&root, &format!("#metric-{} .hm-share-text", part.id)));
    assert!(shown.contains(&sum), "{shown} ≠ {sum}");
    // A funnel per pipeline, with the outcome the text gives.
    let funnel = text(&one(&root, "#funnel-proposals-pipeline"));
    assert!(
        funnel.contains("387")
            && funnel.contains("311")
            && !funnel.contains("248")
            && funnel.contains("满意率达100%")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
    handle.destroy();
    root.remove();
}

fn card_props(id: &str, lang: Lang, animate: bool) -> MetricProps {
    let edition = Rc::new(complete());
    let (index, metric) = edition
        .reviews
        .iter()
        .enumerate()
        .find_map(|(i, r)| {
            r.metrics
                .iter()
                .find(|m| m.id == id)
                .map(|m| (i, m.clone()))
        })
        .unwrap();
    MetricProps {
        review: ReviewRef::all(&edition)[index].clone(),
        metric,
        lang,
        animate,
        highlighted: false,
        headline: false,
    }
}

#[wasm_bindgen_test]
async fn without_motion_a_card_shows_its_final_value_at_once() {
    let root = mount_point("card-still");
    let props = card_props("courtyard-participants", Lang::En, false);
    let unit = props.metric.unit.en.clone();
    let handle = yew::Renderer::<MetricCard>::with_root_and_props(root.clone(), props).render();
    until(|| root.query_selector(".hm-number").ok().flatten().is_some()).await;
    // English groups thousands and says 余 as "+" / "more than".
    assert_eq!(text(&one(&root, ".hm-number")), "3,700+");
    assert_eq!(
        text(&one(&root, ".hm-sr")),
        format!("more than 3,700 {unit}")
    );
    handle.destroy();
    root.remove();
}

/// What a reader sees of a card's figure: the number and its unit, as laid
/// out (the screen reader's copy left out).
fn figure_as_seen(root: &Element) -> String {
    let whole = text(&one(root, ".hm-figure"));
    let spoken = text(&one(root, ".hm-sr"));
    // The screen reader's copy comes last (and may read the same: "100%").
    whole.strip_suffix(&spoken).unwrap_or(&whole).to_string()
}

#[wasm_bindgen_test]
async fn a_sign_sits_against_its_number_and_an_english_word_is_spaced() {
    let edition = complete();
    let metrics: Vec<_> = edition.reviews.iter().flat_map(|r| &r.metrics).collect();
    let sign = metrics
        .iter()
        .find(|m| m.unit.en == "%")
        .expect("a percentage");
    let word = metrics
        .iter()
        .find(|m| m.unit.en.chars().all(|c| c.is_ascii_lowercase()))
        .expect("a counted noun");
    for lang in [Lang::Zh, Lang::En] {
        for m in [sign, word] {
            let root = mount_point("card-unit");
            let props = card_props(&m.id, lang, false);
            let handle =
                yew::Renderer::<MetricCard>::with_root_and_props(root.clone(), props).render();
            until(|| root.query_selector(".hm-number").ok().flatten().is_some()).await;
            let (number, unit) = (
                text(&one(&root, ".hm-number")),
                text(&one(&root, ".hm-unit")),
            );
            let spaced = lang == Lang::En && m.id == word.id;
            let expected = if spaced {
                format!("{number} {unit}")
            } else {
                format!("{number}{unit}")
            };
            assert_eq!(figure_as_seen(&root), expected, "{} {lang:?}", m.id);
            // The stylesheet's margin follows the same rule: a sign's is none.
            let class = one(&root, ".hm-unit").class_name();
            assert_eq!(class.contains("is-sign"), m.id == sign.id, "{class}");
            handle.destroy();
            root.remove();
        }
    }
}

#[wasm_bindgen_test]
async fn a_card_on_screen_when_it_starts_rests_on_its_figure_and_hides_its_digits_from_screen_readers(
) {
    let root = mount_point("card-moving");
    let handle = yew::Renderer::<MetricCard>::with_root_and_props(
        root.clone(),
        card_props("pledges-made", Lang::Zh, true),
    )
    .render();
    until(|| root.query_selector(".hm-number").ok().flatten().is_some()).await;
    assert_eq!(
        one(&root, ".hm-number")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
    // The accessible text is the final figure.
    assert_eq!(text(&one(&root, ".hm-sr")), "1841件");
    // Counting is for figures that scroll into view later: one already on
    // screen shows its own figure throughout (the prerendered page it takes
    // over showed it), never a rising count.
    // In Chinese, as the article prints it: 1841, no separator.
    for _ in 0..40 {
        assert_eq!(text(&one(&root, ".hm-number")), "1841");
        sleep(Duration::from_millis(25)).await;
    }
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_source_opens_in_place_and_closes_again() {
    let root = mount_point("card-source");
    let props = card_props("courtyard-problems-solved", Lang::En, false);
    let quote = props.metric.quote.clone();
    let handle = yew::Renderer::<MetricCard>::with_root_and_props(root.clone(), props).render();
    until(|| {
        root.query_selector(".hm-source-toggle")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let toggle = one(&root, ".hm-source-toggle");
    let region = one(&root, ".hm-source");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(toggle.get_attribute("aria-controls"), Some(region.id()));
    assert!(region.has_attribute("hidden"));
    toggle.dyn_ref::<HtmlElement>().unwrap().click();
    until(|| !one(&root, ".hm-source").has_attribute("hidden")).await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let region = one(&root, ".hm-source");
    assert_eq!(text(&one(&region, "blockquote")), quote.zh);
    assert_eq!(
        one(&region, "blockquote").get_attribute("lang").as_deref(),
        Some("zh-CN")
    );
    assert!(text(&region).contains(&quote.en));
    // The lead's rounder figure is shown too: 110余 beside the exact 112.
    assert!(text(&region).contains("110余"));
    // The timeline items it is about are listed by title and date, and no
    // link points at an element the page does not have.
    let edition = complete();
    let review = edition.review("cppcc").unwrap();
    let metric = review
        .metrics
        .iter()
        .find(|m| m.id == "courtyard-problems-solved")
        .unwrap();
    let related = huimou::model::cards::related_items(review, metric);
    assert!(!related.is_empty());
    let listed: Vec<String> = all(&region, ".hm-related a").iter().map(text).collect();
    assert_eq!(listed.len(), related.len());
    for (a, item) in listed.iter().zip(&related) {
        assert_eq!(a, &item.title.en);
    }
    assert!(root.query_selector("a[href^='#item-']").unwrap().is_none());
    toggle.dyn_ref::<HtmlElement>().unwrap().click();
    until(|| one(&root, ".hm-source").has_attribute("hidden")).await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    handle.destroy();
    root.remove();
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn search_and_theme_filter_the_cards() {
    let (root, handle, _turn) = ready_app().await;
    let edition = complete();
    let search: HtmlInputElement = one(&root, "#hm-search").dyn_into().unwrap();

    let total: usize = edition.reviews.iter().map(|r| r.metrics.len()).sum();
    let term = example("search_zh");
    type_into(&search, &term);
    until(|| !card_ids(&root).is_empty() && card_ids(&root).len() < total).await;
    let ids = card_ids(&root);
    assert!(
        ids.contains(&format!("metric-{}", example("search_zh_finds"))),
        "{ids:?}"
    );
    assert!(ids.iter().all(|id| {
        let m = edition
            .reviews
            .iter()
            .flat_map(|r| &r.metrics)
            .find(|m| format!("metric-{}", m.id) == *id)
            .unwrap();
        m.label.zh.contains(&term)
            || m.quote.zh.contains(&term)
            || m.quote.zh.replace(char::is_whitespace, "").contains(&term)
    }));
    assert!(text(&one(&root, ".hm-count")).contains(&ids.len().to_string()));

    type_into(&search, "zzzz");
    until(|| root.query_selector(".hm-empty").ok().flatten().is_some()).await;
    assert_eq!(text(&one(&root, ".hm-empty")), t(Lang::Zh, Ui::NoMatch));
    assert!(card_ids(&root).is_empty());

    // Clear, then pick a theme from the select.
    one(&root, ".hm-link-button")
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .click();
    until(|| card_ids(&root).len() == total).await;
    let theme = example("theme_section");
    let (review_id, section) = theme.split_once('/').unwrap();
    let select: HtmlSelectElement = one(&root, ".hm-field select").dyn_into().unwrap();
    select.set_value(&theme);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let reviewed = edition.review(review_id).unwrap();
    let expected: Vec<String> = reviewed
        .metrics
        .iter()
        .filter(|m| m.section == section)
        .map(|m| format!("metric-{}", m.id))
        .collect();
    until(|| card_ids(&root).len() == expected.len()).await;
    assert_eq!(card_ids(&root), expected);
    let banner = text(&one(&root, &format!("#theme-{review_id}-{section}")));
    assert_eq!(
        banner,
        reviewed
            .sections
            .iter()
            .find(|s| s.id == section)
            .unwrap()
            .heading
            .as_ref()
            .unwrap()
            .zh
            .replace(' ', "")
    );
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn side_by_side_puts_the_institutions_in_two_columns() {
    let (root, handle, _turn) = ready_app().await;
    let edition = complete();
    let compare_button = all(&root, ".hm-segment")
        .into_iter()
        .find(|b| text(b) == t(Lang::Zh, Ui::SideBySide))
        .unwrap();
    compare_button.dyn_ref::<HtmlElement>().unwrap().click();
    until(|| root.query_selector(".hm-compare").ok().flatten().is_some()).await;
    let columns = all(&root, ".hm-compare-column");
    assert_eq!(columns.len(), 2);
    for (column, review) in columns.iter().zip(&edition.reviews) {
        assert!(
            text(column).contains(review.short_name.in_lang(Lang::Zh))
                || text(column).contains(&review.institution.zh)
        );
        let headline = review.metrics.iter().filter(|m| m.headline).count();
        assert_eq!(all(column, "article.hm-card").len(), headline);
        assert_eq!(all(column, ".hm-funnel").len(), review.funnels.len());
    }
    // The toolbar re-renders in a later scheduler pass than the new view.
    let pressed = || {
        all(&root, ".hm-segment[aria-pressed=true]")
            .iter()
            .map(text)
            .collect::<Vec<_>>()
    };
    let side_by_side = [t(Lang::Zh, Ui::SideBySide)];
    until(|| pressed() == side_by_side).await;
    assert_eq!(pressed(), side_by_side);
    // Institution, theme and search apply to the grouped view only.
    assert!(root.query_selector("#hm-search").unwrap().is_none());
    handle.destroy();
    root.remove();
}

/// The error view is a plain function; a test-only component mounts it.
#[derive(yew::Properties, PartialEq)]
struct ErrorHostProps {
    problems: Vec<String>,
}

#[yew::component]
fn ErrorHost(props: &ErrorHostProps) -> yew::Html {
    error_view(&props.problems, Lang::Zh)
}

#[wasm_bindgen_test]
async fn errors_are_alerts_and_never_html() {
    let root = mount_point("error-test");
    let hostile = "<img src=x onerror=alert(1)>".to_string();
    let handle = yew::Renderer::<ErrorHost>::with_root_and_props(
        root.clone(),
        ErrorHostProps {
            problems: vec![hostile.clone()],
        },
    )
    .render();
    until(|| root.query_selector("[role=alert]").ok().flatten().is_some()).await;
    let alert = one(&root, "[role=alert]");
    assert!(text(&alert).contains(&hostile));
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "data must not become markup"
    );
    handle.destroy();
    root.remove();
}
