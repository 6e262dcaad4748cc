//! Components in a real browser (headless Chromium and Firefox, through
//! wasm-bindgen-test): the rendered DOM a reader sees.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use huimou::components::{App, ErrorProps, ErrorView, MetricCard, MetricProps};
use huimou::model::{Edition, Lang, Qualifier};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

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

/// Yields to the scheduler until `done` holds (or about two seconds pass).
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
}

fn text_of(el: &Element) -> String {
    el.dyn_ref::<HtmlElement>()
        .map(|h| h.inner_text())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_reaches_ready_and_shows_both_reviews() {
    let root = mount_point("huimou");
    yew::Renderer::<App>::with_root(root.clone()).render();
    until(|| root.get_attribute("data-state").as_deref() == Some("ready")).await;
    assert_eq!(root.get_attribute("data-state").as_deref(), Some("ready"));
    assert_eq!(root.get_attribute("aria-busy"), None);

    let edition = Edition::bundled().unwrap();
    let text = text_of(&root);
    for review in &edition.reviews {
        let title = root
            .query_selector(&format!("#title-{}", review.id))
            .unwrap()
            .expect("a title");
        assert_eq!(title.text_content().unwrap(), review.title.zh);
        for reporter in &review.byline.reporters {
            assert!(
                text.contains(reporter.zh.trim()),
                "byline names {}",
                reporter.zh
            );
        }
    }
    // A sample of figures, looked up by their public ids.
    for (id, shown) in [
        ("metric-proposals-submitted", "387"),
        ("metric-pledges-fulfilled", "1,813"),
        ("metric-courtyard-problems-solved", "112"),
    ] {
        let card = root
            .query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap_or_else(|| panic!("{id}"));
        assert!(
            card.text_content().unwrap().contains(shown),
            "{id} shows {shown}"
        );
    }
    let cards = root.query_selector_all(".huimou-card").unwrap().length() as usize;
    assert_eq!(
        cards,
        edition
            .reviews
            .iter()
            .map(|r| r.metrics.len())
            .sum::<usize>()
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_card_keeps_more_than_and_reveals_its_quote() {
    let edition = Edition::bundled().unwrap();
    let metric = edition.reviews[0]
        .metrics
        .iter()
        .find(|m| m.qualifier == Some(Qualifier::MoreThan) && m.value == 3700)
        .unwrap()
        .clone();
    let root = mount_point("card-test");
    yew::Renderer::<MetricCard>::with_root_and_props(
        root.clone(),
        MetricProps {
            metric: metric.clone(),
            lang: Lang::En,
        },
    )
    .render();
    until(|| {
        root.query_selector(".huimou-number")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let number = root.query_selector(".huimou-number").unwrap().unwrap();
    assert_eq!(number.text_content().unwrap(), "3,700+");
    let quote = root.query_selector("blockquote").unwrap().unwrap();
    assert_eq!(quote.text_content().unwrap(), metric.quote.zh);
    assert_eq!(quote.get_attribute("lang").as_deref(), Some("zh-CN"));
    root.remove();
}

#[wasm_bindgen_test]
async fn errors_are_alerts_and_never_html() {
    let root = mount_point("error-test");
    let hostile = "<img src=x onerror=alert(1)>".to_string();
    yew::Renderer::<ErrorView>::with_root_and_props(
        root.clone(),
        ErrorProps {
            lang: Lang::Zh,
            problems: vec![hostile.clone()],
        },
    )
    .render();
    until(|| root.query_selector("[role=alert]").ok().flatten().is_some()).await;
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    assert!(alert.text_content().unwrap().contains(&hostile));
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "data must not become markup"
    );
    root.remove();
}
