//! What the metric cards show, decided in the model: grouping, filters,
//! search, shares, funnels and the count-up.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use huimou::model::cards::{
    computed_for, count, funnel_steps, groups, headline, in_glance, overview_parts,
    related_figures, related_items, step_permille,
};
use huimou::model::countup::{value_at, DURATION_MS};
use huimou::model::derived::Computed;
use huimou::model::filter::{themes, Filter, ThemeKey};
use huimou::model::format::percent;
use huimou::model::{load_review, Edition, Review};

/// Both reviews complete, in both languages (the bundle is Chinese only).
fn edition() -> Edition {
    let read = |f: &str| load_review(&std::fs::read_to_string(f).unwrap(), None).unwrap();
    Edition::new(vec![
        read("data/cppcc-2023.json"),
        read("data/npc-2023.json"),
    ])
    .unwrap()
}

/// The 2023 edition's examples (`tests/fixtures/editions/2023.json`): the
/// behaviour tests take ids from there, never as literals.
fn example(key: &str) -> String {
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/editions/2023.json").unwrap(),
    )
    .unwrap();
    fixture["examples"][key].as_str().unwrap().to_string()
}

/// part/whole in tenths of a percent, rounded half up, computed here.
fn permille(part: u64, whole: u64) -> String {
    let tenths = (part * 2000 + whole) / (2 * whole);
    format!("{}.{}%", tenths / 10, tenths % 10)
}

fn review<'a>(e: &'a Edition, id: &str) -> &'a Review {
    e.review(id).unwrap()
}

fn matching(e: &Edition, filter: &Filter) -> Vec<String> {
    e.reviews
        .iter()
        .flat_map(|r| {
            r.metrics
                .iter()
                .filter(|m| filter.fits_metric(r, m))
                .map(|m| m.id.clone())
        })
        .collect()
}

#[test]
fn the_opening_view_shows_every_figure_exactly_once() {
    let e = edition();
    let open = Filter::default();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for r in &e.reviews {
        for m in headline(r) {
            *seen.entry(m.id.clone()).or_default() += 1;
        }
        for g in groups(r, &open) {
            for m in g.metrics {
                *seen.entry(m.id.clone()).or_default() += 1;
            }
        }
    }
    let total: usize = e.reviews.iter().map(|r| r.metrics.len()).sum();
    assert_eq!(seen.len(), total);
    assert!(seen.values().all(|n| *n == 1), "{seen:?}");
    assert_eq!(count(&e.reviews, &open), total);
}

#[test]
fn headlines_are_the_leads_figures_in_order() {
    let e = edition();
    let ids: Vec<&str> = headline(review(&e, "cppcc"))
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "company-problems-solved",
            "courtyard-problems-solved",
            "proposals-submitted",
            "reports-received"
        ]
    );
    let npc = headline(review(&e, "npc"));
    assert_eq!(npc.first().unwrap().id, "standing-committee-meetings");
    assert_eq!(npc.len(), 15);
}

#[test]
fn themes_follow_the_articles_sections() {
    let e = edition();
    let keys: Vec<String> = themes(&e.reviews)
        .iter()
        .map(|(k, _, _)| format!("{}/{}", k.review, k.section))
        .collect();
    // Every section with figures or timeline items, in reading order.
    assert_eq!(
        keys,
        [
            "cppcc/lead",
            "cppcc/centre",
            "cppcc/members",
            "cppcc/capacity",
            "cppcc/outlook",
            "npc/lead",
            "npc/development",
            "npc/oversight",
            "npc/deputies",
            "npc/outlook"
        ]
    );
    let theme = example("theme_section");
    let (review_id, section) = theme.split_once('/').unwrap();
    let filter = Filter {
        theme: Some(ThemeKey {
            review: review_id.into(),
            section: section.into(),
        }),
        ..Filter::default()
    };
    let r = review(&e, review_id);
    let in_theme: Vec<String> = r
        .metrics
        .iter()
        .filter(|m| m.section == section)
        .map(|m| m.id.clone())
        .collect();
    assert!(!in_theme.is_empty(), "{theme} has figures");
    assert_eq!(matching(&e, &filter), in_theme);
    // In a filtered view the headline figures appear in their themes, with
    // the pipelines whose steps are its figures.
    let g = groups(r, &filter);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].metrics.len(), in_theme.len());
    let pipelines = r
        .funnels
        .iter()
        .filter(|f| f.steps.iter().all(|s| in_theme.contains(s)))
        .count();
    assert_eq!(g[0].funnels.len(), pipelines);
}

#[test]
fn search_finds_chinese_substrings_english_words_and_numbers() {
    let e = edition();
    let search = |q: &str| {
        matching(
            &e,
            &Filter {
                query: q.into(),
                ..Filter::default()
            },
        )
    };
    // The terms and what they find are the edition fixture's.
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/editions/2023.json").unwrap(),
    )
    .unwrap();
    let t = &fixture["search"];
    let term = |k: &str| t[k].as_str().unwrap().to_string();
    let ids = |k: &str| -> Vec<String> {
        t[k].as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    // Chinese: a substring of a label or quote.
    let found = search(&term("zh"));
    assert!(
        ids("zh_finds").iter().all(|id| found.contains(id)),
        "{found:?}"
    );
    assert!(found.iter().all(|id| !id.starts_with(&term("zh_never"))));
    // English: every word, in any case, somewhere in the figure's texts.
    let found = search(&term("en"));
    assert_eq!(found[0], term("en_first"));
    let sentence = ids("en_sentence");
    assert!(
        found
            .iter()
            .all(|id| sentence.iter().any(|p| id.starts_with(p.as_str()))),
        "the cards quoting one sentence: {found:?}"
    );
    // A number as printed finds its own figure only, not the figures quoted
    // in the same sentence; as typed, a part of it finds every figure holding it.
    assert_eq!(search(&term("printed")), ids("printed_finds"));
    assert_eq!(
        search(&term("words_and_number")),
        ids("words_and_number_finds")
    );
    let found = search(&term("digits"));
    assert!(
        ids("digits_find").iter().all(|id| found.contains(id)),
        "{found:?}"
    );
    // Quotes break lines in the source; a search across the break still finds them.
    assert!(search(&term("across_line_break")).contains(&term("across_line_break_finds")));
    assert!(search("no such thing anywhere").is_empty());
    // Institution and search together.
    let institution = term("institution");
    let only = matching(
        &e,
        &Filter {
            review: Some(institution.clone()),
            query: term("institution_term"),
            ..Filter::default()
        },
    );
    assert!(!only.is_empty());
    assert!(only
        .iter()
        .all(|id| review(&e, &institution).metrics.iter().any(|m| m.id == *id)));
}

#[test]
fn shares_and_funnels_are_computed() {
    let e = edition();
    let c = review(&e, "cppcc");
    let value = |id: &str| c.metrics.iter().find(|m| m.id == id).unwrap().value;
    let part = c
        .metrics
        .iter()
        .find(|m| m.id == example("metric"))
        .unwrap();
    let whole = value(part.part_of.as_deref().unwrap());
    let Computed::Share(s) = computed_for(c, part).unwrap();
    assert_eq!(
        (s.part, s.whole, percent(s.permille)),
        (part.value, whole, permille(part.value, whole))
    );
    let submitted = c
        .metrics
        .iter()
        .find(|m| m.id == "proposals-submitted")
        .unwrap();
    assert!(computed_for(c, submitted).is_none());

    let funnel = c
        .funnels
        .iter()
        .find(|f| f.id == "proposals-pipeline")
        .unwrap();
    let values: Vec<u64> = funnel_steps(c, funnel).iter().map(|m| m.value).collect();
    // The 248 assigned "after merging" are not a part of the 311: nothing was
    // dropped, so the funnel ends at 311 and 248 gets no share.
    assert_eq!(values, [387, 311]);
    assert_eq!(percent(step_permille(311, 387)), "80.4%");
    let assigned = c
        .metrics
        .iter()
        .find(|m| m.id == "proposals-assigned")
        .unwrap();
    assert_eq!(assigned.value, 248);
    assert!(computed_for(c, assigned).is_none());
    assert!(funnel.outcome.as_ref().unwrap().zh.contains("满意率达100%"));
    let n = review(&e, "npc");
    let pledges = n
        .funnels
        .iter()
        .find(|f| f.id == "pledges-pipeline")
        .unwrap();
    assert_eq!(
        funnel_steps(n, pledges)
            .iter()
            .map(|m| m.value)
            .collect::<Vec<_>>(),
        [1841, 1813]
    );
}

#[test]
fn a_card_links_its_own_items_and_the_items_that_name_it() {
    let e = edition();
    let mut c = review(&e, "cppcc").clone();
    let metric = |c: &Review, id: &str| c.metrics.iter().find(|m| m.id == id).unwrap().clone();
    let ids = |c: &Review, m: &str| -> Vec<String> {
        related_items(c, &metric(c, m))
            .iter()
            .map(|i| i.id.clone())
            .collect()
    };
    // The lamps link the lamps' item, and it links them back: once.
    assert_eq!(ids(&c, "lamps-installed"), ["liuji-lamps-installed"]);
    // An item that names a figure is one of its items, though the figure
    // does not name it; in the review's order.
    let visits = c
        .items
        .iter()
        .position(|i| i.id == "company-visits")
        .unwrap();
    let lamps_item = c
        .items
        .iter()
        .position(|i| i.id == "liuji-lamps-installed")
        .unwrap();
    c.items[visits].metrics.push("lamps-installed".into());
    let mut expected = [
        (visits, "company-visits"),
        (lamps_item, "liuji-lamps-installed"),
    ];
    expected.sort();
    assert_eq!(ids(&c, "lamps-installed"), expected.map(|(_, id)| id));
    // And a figure's own link counts without the item naming it back.
    let lamps_at = c
        .metrics
        .iter()
        .position(|m| m.id == "lamps-installed")
        .unwrap();
    c.items[lamps_item].metrics.clear();
    c.items[visits].metrics.retain(|m| m != "lamps-installed");
    assert_eq!(ids(&c, "lamps-installed"), ["liuji-lamps-installed"]);
    c.metrics[lamps_at].items.clear();
    assert!(ids(&c, "lamps-installed").is_empty());
}

#[test]
fn an_items_figures_and_a_figures_items_are_one_relation() {
    // The pairs of a review, each seen from the item and from the figure.
    let pairs = |r: &Review| -> usize {
        let mut pairs = 0;
        for item in &r.items {
            let figures = related_figures(r, item);
            for m in &r.metrics {
                let item_side = figures.iter().any(|f| f.id == m.id);
                let figure_side = related_items(r, m).iter().any(|i| i.id == item.id);
                assert_eq!(item_side, figure_side, "{} and {}", item.id, m.id);
            }
            pairs += figures.len();
        }
        pairs
    };
    // Either side's naming is enough: with only the items naming figures,
    // or only the figures naming items, the pairs are still found.
    let e = edition();
    for r in &e.reviews {
        let mut items_name = r.clone();
        items_name.metrics.iter_mut().for_each(|m| m.items.clear());
        let mut figures_name = r.clone();
        figures_name
            .items
            .iter_mut()
            .for_each(|i| i.metrics.clear());
        let both = pairs(r);
        assert!(both > 0, "{} relates no item and figure", r.id);
        assert!(pairs(&items_name) > 0 && pairs(&items_name) <= both);
        assert!(pairs(&figures_name) > 0 && pairs(&figures_name) <= both);
    }
}

#[test]
fn the_opening_view_is_drawn_in_its_band_rows_and_theme_groups() {
    let e = edition();
    let groups_of =
        |filter: &Filter| -> usize { e.reviews.iter().map(|r| groups(r, filter).len()).sum() };
    // Unfiltered: a band row for each review with headline figures.
    let open = Filter::default();
    let rows = e.reviews.iter().filter(|r| in_glance(r)).count();
    assert!(rows > 0);
    assert_eq!(overview_parts(&e.reviews, &open), rows + groups_of(&open));
    // Filtered, the band is gone: one institution's groups only.
    let first = &e.reviews[0];
    let one = Filter {
        review: Some(first.id.clone()),
        ..Filter::default()
    };
    assert_eq!(overview_parts(&e.reviews, &one), groups(first, &one).len());
    // A theme is one group; a search that matches nothing draws nothing.
    let section = &groups(first, &open)[0].section.id;
    let theme = Filter {
        theme: Some(ThemeKey {
            review: first.id.clone(),
            section: section.clone(),
        }),
        ..Filter::default()
    };
    assert_eq!(overview_parts(&e.reviews, &theme), 1);
    let nothing = Filter {
        query: "no such thing anywhere".into(),
        ..Filter::default()
    };
    assert_eq!(overview_parts(&e.reviews, &nothing), 0);
}

#[test]
fn the_count_up_rises_and_lands_exactly() {
    assert_eq!(value_at(3700, 0.0), 0);
    assert_eq!(value_at(3700, DURATION_MS), 3700);
    assert_eq!(value_at(3700, DURATION_MS * 10.0), 3700);
    assert_eq!(value_at(3700, f64::NAN), 3700);
    let mut last = 0;
    for step in 0..=90 {
        let v = value_at(1841, step as f64 * 10.0);
        assert!(v >= last && v <= 1841, "{v} after {last}");
        last = v;
    }
    // Ease-out: more than half the way in the first third of the time.
    assert!(value_at(1000, DURATION_MS / 3.0) > 500);
}

#[test]
fn ids_do_not_repeat_across_the_edition() {
    let e = edition();
    let mut twice = e.reviews.clone();
    twice.push(e.reviews[0].clone());
    let problems = Edition::new(twice).unwrap_err();
    assert!(
        problems.iter().any(|p| p.to_string()
            == "cppcc: id: the review id \"cppcc\" is also used in review \"cppcc\""),
        "{problems:?}"
    );
    assert!(problems.len() > 40);
}

#[test]
fn only_a_review_with_headline_figures_has_a_row_at_a_glance() {
    let mut review = huimou::model::parse_review(include_str!("../data/cppcc-2023.json")).unwrap();
    assert!(in_glance(&review));
    for m in &mut review.metrics {
        m.headline = false;
    }
    assert!(!in_glance(&review));
    review.metrics[3].headline = true;
    assert!(in_glance(&review));
}

#[test]
fn the_masthead_names_the_editions_institutions_and_year() {
    use huimou::model::{parse_review, Lang};
    use huimou::words::widget::{widget_subtitle, widget_title};
    let both = [
        parse_review(include_str!("../data/cppcc-2023.json")).unwrap(),
        parse_review(include_str!("../data/npc-2023.json")).unwrap(),
    ];
    // As the 2023 widget wrote it by hand before it came from the data.
    assert_eq!(
        widget_subtitle(Lang::Zh, &both),
        "荣昌区政协、区人大常委会一年履职数说"
    );
    assert_eq!(
        widget_subtitle(Lang::En, &both),
        "The year of the District CPPCC and the District People's Congress Standing Committee, in figures"
    );
    assert_eq!(
        widget_subtitle(Lang::Zh, &both[1..]),
        "荣昌区人大常委会一年履职数说"
    );
    assert_eq!(widget_title(Lang::Zh, "2024"), "回眸2024");
    assert_eq!(widget_title(Lang::En, "2024"), "2024 in review");
}
