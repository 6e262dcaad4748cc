//! The studio's pure logic (`studio::draft`, `studio::edit` and
//! `studio::state`), natively: what an editor sees when opening files,
//! making figures and items from selections of the article, mending its
//! structure, editing, checking and saving the review, and finding the draft
//! again in the page's storage. Actions are data: each test gives the
//! reducer the actions the forms dispatch.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use huimou::model::load::MAX_FILE_BYTES;
use huimou::model::source::strip_whitespace;
use huimou::model::studio::structure::{covers, Role};
use huimou::model::{
    parse_review, ItemKind, Lang, Qualifier, Review, SectionKind, Source, Verbatim, When,
};
use huimou::studio::draft::{marks, place_of, read, Article, Draft, Opened, Place, Refusal};
use huimou::studio::edit::{
    Edit, Field, FigureEdit, FigureField, ItemEdit, ItemField, SectionField,
};
use huimou::studio::state::{Action, Make, Notice, Pending, Restructure, Studio};
use proptest::prelude::*;
use serde_json::{json, Value};
use yew::Reducible;

/// The short test article (tests/fixtures/editions/small/README.md).
const ARTICLE: &str = include_str!("fixtures/editions/small/source/article.txt");
/// The article both 2023 reviews quote, under the name their `source` gives.
const SOURCE: &str = include_str!("../data/source/rongchang-2023.txt");
const SOURCE_NAME: &str = "rongchang-2023.txt";
const CPPCC: &str = include_str!("../data/cppcc-2023.json");
const NPC: &str = include_str!("../data/npc-2023.json");

// ---- helpers ----

fn opened(name: &str, text: &str) -> Opened {
    read(name, text.as_bytes()).expect("a readable file")
}

/// A fresh draft after opening these (name, text) files at once.
fn draft_of(files: &[(&str, &str)]) -> Draft {
    let files = files.iter().map(|(n, t)| opened(n, t)).collect();
    Draft::default().open(files).0
}

fn review_of(json: &str) -> Review {
    parse_review(json).expect("a review")
}

fn files(list: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
    list.iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
        .collect()
}

/// The studio after the editor opened these files.
fn studio_with(list: &[(&str, &str)]) -> Rc<Studio> {
    Rc::new(Studio::new(None, Lang::Zh)).reduce(Action::Opened(files(list)))
}

fn new_article() -> Rc<Studio> {
    studio_with(&[("article.txt", ARTICLE)])
}

fn cppcc_with_source() -> Rc<Studio> {
    studio_with(&[("cppcc-2023.json", CPPCC), (SOURCE_NAME, SOURCE)])
}

fn act(studio: &Rc<Studio>, action: Action) -> Rc<Studio> {
    studio.clone().reduce(action)
}

fn edit(studio: &Rc<Studio>, edit: Edit) -> Rc<Studio> {
    act(studio, Action::Edit(edit))
}

/// The edit a text input makes when `value` is typed into `field`.
fn set(field: Field, value: &str) -> Edit {
    Edit::SetText {
        field,
        value: value.into(),
    }
}

const TITLE_EN: Field = Field::Title(Lang::En);

/// The `nth` printing of `passage` in `text`, as a textarea's selection
/// (UTF-16 units).
fn selection(text: &str, passage: &str, nth: usize) -> (usize, usize) {
    let at = text
        .match_indices(passage)
        .nth(nth)
        .expect("the passage is in the text")
        .0;
    let units = |s: &str| s.encode_utf16().count();
    let start = units(&text[..at]);
    (start, start + units(passage))
}

fn select(studio: &Rc<Studio>, make: Make, passage: &str) -> Rc<Studio> {
    let text = &studio.draft.article.as_ref().expect("an open article").text;
    act(
        studio,
        Action::FromSelection(make, Some(selection(text, passage, 0))),
    )
}

/// The index of the block whose text begins with `words`.
fn block_starting(draft: &Draft, words: &str) -> usize {
    let text = &draft.article.as_ref().expect("an article").text;
    draft
        .blocks
        .as_ref()
        .expect("blocks")
        .iter()
        .position(|b| text[b.start..b.end].starts_with(words))
        .expect("a block starting so")
}

fn block_texts(draft: &Draft) -> Vec<String> {
    let text = &draft.article.as_ref().expect("an article").text;
    let blocks = draft.blocks.as_ref().expect("blocks");
    blocks
        .iter()
        .map(|b| strip_whitespace(&text[b.start..b.end]))
        .collect()
}

fn paragraphs(review: &Review) -> Vec<String> {
    review
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.zh.clone()))
        .collect()
}

/// Each paragraph's place: its section's index and its own, in reading order.
fn paragraph_places(review: &Review) -> Vec<(usize, usize)> {
    let sections = review.sections.iter().enumerate();
    sections
        .flat_map(|(s, section)| (0..section.paragraphs.len()).map(move |p| (s, p)))
        .collect()
}

fn paths(draft: &Draft) -> Vec<String> {
    draft.problems().into_iter().map(|p| p.path).collect()
}

fn metric_index(review: &Review, id: &str) -> usize {
    review
        .metrics
        .iter()
        .position(|m| m.id == id)
        .expect("a metric with the id")
}

fn stored_value(draft: &Draft) -> Value {
    serde_json::from_str(&draft.to_stored()).expect("the stored draft is JSON")
}

fn from_value(value: &Value) -> Option<Draft> {
    Draft::from_stored(&value.to_string())
}

// ---- reading a file ----

#[test]
fn a_utf8_text_file_opens_as_its_article() {
    let expected = Opened::Article(Article {
        name: "article.txt".into(),
        text: ARTICLE.into(),
    });
    assert_eq!(read("article.txt", ARTICLE.as_bytes()), Ok(expected));
}

#[test]
fn a_text_file_that_is_not_utf8_is_refused() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.insert(10, 0xff);
    assert_eq!(
        read("article.txt", &bytes),
        Err(Refusal::NotUtf8("article.txt".into()))
    );
    // Cut inside a character.
    assert_eq!(
        read("cut.txt", &ARTICLE.as_bytes()[..1]),
        Err(Refusal::NotUtf8("cut.txt".into()))
    );
    assert_eq!(
        read("latin1.json", b"{\"id\": \"caf\xe9\"}"),
        Err(Refusal::NotUtf8("latin1.json".into()))
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_whatever_its_kind() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        read("big.txt", &big),
        Err(Refusal::TooBig("big.txt".into()))
    );
    assert_eq!(
        read("big.json", &big),
        Err(Refusal::TooBig("big.json".into()))
    );
    // Just at the limit, an article still opens.
    let at_limit = vec![b'a'; MAX_FILE_BYTES];
    assert!(matches!(
        read("long.txt", &at_limit),
        Ok(Opened::Article(a)) if a.text.len() == MAX_FILE_BYTES
    ));
}

#[test]
fn json_that_is_not_a_review_is_refused_with_its_problem() {
    for text in ["{\"hello\":1}", "[]", "{\"id\": \"cppcc\",", "", "null"] {
        match read("data.json", text.as_bytes()) {
            Err(Refusal::NotAReview(name, problem)) => {
                assert_eq!(name, "data.json");
                assert!(!problem.message.is_empty(), "{text}: {problem:?}");
            }
            other => panic!("{text} was not refused as a review: {other:?}"),
        }
    }
    // The problem names what is wrong: the unknown field, or the path.
    let Err(Refusal::NotAReview(_, unknown)) = read("data.json", b"{\"hello\":1}") else {
        panic!("not refused");
    };
    assert!(unknown.message.contains("hello"), "{unknown:?}");
    let wrong_year = CPPCC.replacen("\"year\": 2023", "\"year\": \"2023\"", 1);
    assert_ne!(wrong_year, CPPCC);
    let Err(Refusal::NotAReview(_, year)) = read("cppcc-2023.json", wrong_year.as_bytes()) else {
        panic!("a year as a string was not refused");
    };
    assert_eq!(year.path, "year");
}

#[test]
fn a_file_neither_text_nor_json_is_unknown() {
    for name in [
        "photo.png",
        "README",
        "article.txt.png",
        "json",
        "data.jsonl",
    ] {
        assert_eq!(
            read(name, ARTICLE.as_bytes()),
            Err(Refusal::UnknownFile(name.into())),
            "{name}"
        );
    }
}

#[test]
fn extensions_are_read_whatever_their_case() {
    assert_eq!(
        read("CPPCC-2023.JSON", CPPCC.as_bytes()),
        Ok(Opened::Review(Box::new(review_of(CPPCC))))
    );
    assert_eq!(
        read("Article.Txt", ARTICLE.as_bytes()),
        Ok(Opened::Article(Article {
            name: "Article.Txt".into(),
            text: ARTICLE.into(),
        }))
    );
}

// ---- opening files ----

#[test]
fn a_review_opened_with_its_article_is_paired_with_it() {
    for order in [
        [("cppcc-2023.json", CPPCC), (SOURCE_NAME, SOURCE)],
        [(SOURCE_NAME, SOURCE), ("cppcc-2023.json", CPPCC)],
    ] {
        let files = order.iter().map(|(n, t)| opened(n, t)).collect();
        let (draft, several) = Draft::default().open(files);
        assert!(!several);
        let article = draft.article.as_ref().expect("the article is kept");
        assert_eq!(article.name, SOURCE_NAME);
        assert_eq!(article.text, SOURCE);
        assert_eq!(draft.review, review_of(CPPCC));
        assert_eq!(draft.blocks, None, "an opened review keeps its sections");
        assert_eq!(draft.saved.as_deref(), Some(CPPCC));
        assert_eq!(draft.problems(), vec![]);
    }
}

#[test]
fn a_review_opened_before_its_article_is_paired_when_the_article_comes() {
    let review_only = draft_of(&[("cppcc-2023.json", CPPCC)]);
    assert_eq!(review_only.article, None);
    let (paired, _) = review_only.open(vec![opened(SOURCE_NAME, SOURCE)]);
    assert_eq!(paired.article.map(|a| a.name).as_deref(), Some(SOURCE_NAME));
    assert_eq!(paired.review, review_of(CPPCC));
    assert_eq!(paired.blocks, None);
}

#[test]
fn an_article_opened_before_its_review_is_paired_when_the_review_comes() {
    let article_only = draft_of(&[(SOURCE_NAME, SOURCE)]);
    let (paired, _) = article_only.open(vec![opened("npc-2023.json", NPC)]);
    assert_eq!(paired.article.map(|a| a.text).as_deref(), Some(SOURCE));
    assert_eq!(paired.review, review_of(NPC));
    assert_eq!(paired.blocks, None);
}

#[test]
fn an_article_the_review_does_not_name_is_not_paired() {
    let draft = draft_of(&[("cppcc-2023.json", CPPCC), ("article.txt", ARTICLE)]);
    assert_eq!(draft.article, None);
    assert_eq!(draft.review, review_of(CPPCC));
    // Without the article, its quotes are not checked against another text.
    assert_eq!(draft.problems(), vec![]);
}

#[test]
fn an_article_alone_starts_a_new_draft_with_a_proposed_structure() {
    let draft = draft_of(&[("article.txt", ARTICLE)]);
    assert_eq!(
        draft.article.as_ref().map(|a| a.text.as_str()),
        Some(ARTICLE)
    );
    let blocks = draft.blocks.as_ref().expect("a proposed structure");
    assert!(blocks.len() > 1, "{blocks:?}");
    assert!(covers(ARTICLE, blocks), "no text is lost");
    assert_eq!(
        draft.review.year, 2023,
        "the year the article looks back on"
    );
    assert!(draft.review.source.ends_with("article.txt"));
    assert!(draft.review.metrics.is_empty() && draft.review.items.is_empty());
    assert_eq!(draft.saved, None);
    assert!(draft.unsaved(), "a new draft was never saved");
    // The sections hold the article's paragraphs, whitespace removed.
    let stripped = strip_whitespace(ARTICLE);
    let paragraphs = paragraphs(&draft.review);
    assert!(!paragraphs.is_empty());
    for p in &paragraphs {
        assert!(stripped.contains(p.as_str()), "{p}");
    }
    assert!(paragraphs.iter().any(|p| p.contains("去年10月")));
    assert!(!paths(&draft).contains(&"sections".to_string()));
}

#[test]
fn a_new_articles_year_is_the_first_year_it_prints() {
    let text = "回眸2021年，某区交出一份成绩单。2022年再出发。";
    let draft = draft_of(&[("other.txt", text)]);
    assert_eq!(draft.review.year, 2021);
}

#[test]
fn of_several_reviews_only_the_first_is_opened() {
    let files = vec![
        opened("npc-2023.json", NPC),
        opened("cppcc-2023.json", CPPCC),
    ];
    let (draft, several) = Draft::default().open(files);
    assert!(several);
    assert_eq!(draft.review, review_of(NPC));
    assert_eq!(draft.saved.as_deref(), Some(NPC));
}

#[test]
fn opening_nothing_keeps_the_draft() {
    let draft = cppcc_with_source().draft.clone();
    let (same, several) = draft.open(Vec::new());
    assert_eq!(same, draft);
    assert!(!several);
}

#[test]
fn reopening_the_same_article_keeps_the_editors_structure_and_work() {
    let studio = new_article();
    let first = block_starting(&studio.draft, "原来");
    let studio = act(&studio, Action::Restructure(Restructure::Join(first - 1)));
    let studio = edit(&studio, set(TITLE_EN, "Duties fulfilled"));
    let again = act(&studio, Action::Opened(files(&[("article.txt", ARTICLE)])));
    assert_eq!(again.draft, studio.draft);
}

#[test]
fn reopening_a_changed_article_keeps_a_structure_that_fits_it() {
    let studio = new_article();
    // The editor mends a typo in the file and opens it again.
    let changed = ARTICLE
        .replacen("近日，", "近日,", 1)
        .replacen("\n成。\n", "\n成。", 1);
    assert_ne!(changed, ARTICLE);
    let again = act(&studio, Action::Opened(files(&[("article.txt", &changed)])));
    let article = again.draft.article.as_ref().expect("an article");
    assert_eq!(article.text, changed);
    let blocks = again.draft.blocks.as_ref().expect("blocks");
    for b in blocks {
        assert!(
            b.start <= b.end
                && b.end <= changed.len()
                && changed.is_char_boundary(b.start)
                && changed.is_char_boundary(b.end),
            "{b:?} does not fit the text"
        );
    }
    assert!(covers(&changed, blocks));
    assert_eq!(
        Draft::from_stored(&again.draft.to_stored()),
        Some(again.draft.clone())
    );
}

// ---- saving byte for byte ----

#[test]
fn each_opened_2023_review_saves_as_its_own_bytes() {
    for (name, json) in [("cppcc-2023.json", CPPCC), ("npc-2023.json", NPC)] {
        let studio = studio_with(&[(name, json), (SOURCE_NAME, SOURCE)]);
        assert_eq!(studio.draft.json(), json, "{name}");
        assert!(!studio.draft.unsaved(), "{name} is as saved");
        let title = studio.draft.review.title.en.clone();
        let edited = edit(&studio, set(TITLE_EN, &format!("{title} (draft)")));
        assert!(edited.draft.unsaved(), "{name} was edited");
        let undone = edit(&edited, set(TITLE_EN, &title));
        assert!(!undone.draft.unsaved(), "{name}: the edit was undone");
    }
}

#[test]
fn an_edit_changes_the_saved_file_only_where_it_was_made() {
    let studio = cppcc_with_source();
    let old = studio.draft.review.title.en.clone();
    let edited = edit(&studio, set(TITLE_EN, "Branches heavy with fruit"));
    let expected = CPPCC.replacen(&old, "Branches heavy with fruit", 1);
    assert_ne!(expected, CPPCC);
    assert_eq!(edited.draft.json(), expected);
}

// ---- problems ----

#[test]
fn a_fresh_draft_has_no_problems() {
    assert_eq!(Draft::default().problems(), vec![]);
    assert!(!Draft::default().unsaved());
}

#[test]
fn a_quote_not_in_the_article_is_a_problem_at_its_path() {
    let studio = cppcc_with_source();
    assert_eq!(studio.draft.problems(), vec![]);
    let quote = "另外提出意见建议10条";
    assert!(!strip_whitespace(SOURCE).contains(quote));
    let i = metric_index(&studio.draft.review, "transport-suggestions");
    let edited = edit(
        &studio,
        set(Field::Figure(i, FigureField::Quote(Lang::Zh)), quote),
    );
    let problems = edited.draft.problems();
    assert!(!problems.is_empty());
    let path = format!("metrics[{i}].quote.zh");
    for p in &problems {
        assert_eq!(p.path, path, "only the edited quote is wrong: {p}");
    }
    assert!(problems
        .iter()
        .any(|p| p.message.contains("not in the source")));
}

#[test]
fn without_the_article_quotes_are_not_checked() {
    let studio = studio_with(&[("cppcc-2023.json", CPPCC)]);
    let i = metric_index(&studio.draft.review, "transport-suggestions");
    let quote = Field::Figure(i, FigureField::Quote(Lang::Zh));
    let edited = edit(&studio, set(quote, "另外提出意见建议10条"));
    assert!(edited.draft.article.is_none());
    assert!(!paths(&edited.draft).contains(&format!("metrics[{i}].quote.zh")));
    // The other rules still apply.
    let nowhere = Edit::Figure(i, FigureEdit::SetSection("nowhere".into()));
    let dangling = edit(&studio, nowhere);
    assert!(paths(&dangling.draft).contains(&format!("metrics[{i}].section")));
}

#[test]
fn a_structure_that_lost_text_is_a_problem() {
    let mut draft = new_article().draft.clone();
    assert!(!paths(&draft).contains(&"sections".to_string()));
    draft.blocks.as_mut().expect("blocks").pop();
    assert!(paths(&draft).contains(&"sections".to_string()));
}

// ---- the studio's actions: opening ----

#[test]
fn a_good_and_a_bad_file_open_the_good_one_and_tell_of_the_bad() {
    let studio = Rc::new(Studio::new(None, Lang::Zh)).reduce(Action::Opened(vec![
        ("article.txt".into(), ARTICLE.as_bytes().to_vec()),
        ("photo.png".into(), vec![0x89, b'P', b'N', b'G']),
    ]));
    assert_eq!(
        studio.draft.article.as_ref().map(|a| a.name.as_str()),
        Some("article.txt")
    );
    assert_eq!(
        studio.notices,
        vec![Notice::Refused(Refusal::UnknownFile("photo.png".into()))]
    );
    assert!(studio.notices[0].is_alert());
}

#[test]
fn a_refused_file_changes_nothing() {
    let studio = act(&cppcc_with_source(), Action::Show(Some(Place::Figure(2))));
    let after = act(
        &studio,
        Action::Opened(files(&[("broken.json", "{\"id\":"), ("notes.doc", "x")])),
    );
    assert_eq!(after.draft, studio.draft);
    assert_eq!(after.open, Some(Place::Figure(2)));
    assert_eq!(after.notices.len(), 2);
    assert!(matches!(
        &after.notices[0],
        Notice::Refused(Refusal::NotAReview(name, _)) if name == "broken.json"
    ));
    assert_eq!(
        after.notices[1],
        Notice::Refused(Refusal::UnknownFile("notes.doc".into()))
    );
}

#[test]
fn two_reviews_at_once_open_the_first_and_say_so() {
    let studio = studio_with(&[("cppcc-2023.json", CPPCC), ("npc-2023.json", NPC)]);
    assert_eq!(studio.draft.review, review_of(CPPCC));
    assert_eq!(studio.notices, vec![Notice::OneReview]);
    assert!(!Notice::OneReview.is_alert());
}

#[test]
fn a_restored_draft_is_announced() {
    let draft = new_article().draft.clone();
    let studio = Studio::new(Some(draft.clone()), Lang::En);
    assert_eq!(studio.draft, draft);
    assert_eq!(studio.notices, vec![Notice::Restored]);
    assert!(Studio::new(None, Lang::Zh).notices.is_empty());
}

// ---- the studio's actions: figures and items from selections ----

#[test]
fn a_selection_with_a_number_offers_it_and_picking_it_makes_a_figure() {
    let studio = new_article();
    let offered = select(&studio, Make::Figure, "新安装200余盏路\n灯");
    let Some(Pending::Figure { quote, found }) = &offered.pending else {
        panic!("no figure pending: {:?}", offered.pending);
    };
    assert_eq!(quote, "新安装200余盏路灯");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].value, 200);
    assert_eq!(found[0].qualifier, Some(Qualifier::MoreThan));
    assert_eq!(found[0].unit, "盏");
    assert!(offered.draft.review.metrics.is_empty(), "nothing made yet");

    let made = act(&offered, Action::PickNumber(0));
    assert_eq!(made.pending, None);
    let metrics = &made.draft.review.metrics;
    assert_eq!(metrics.len(), 1);
    let m = &metrics[0];
    assert_eq!(m.quote.zh, "新安装200余盏路灯");
    assert_eq!(m.value, 200);
    assert_eq!(m.qualifier, Some(Qualifier::MoreThan));
    assert_eq!(m.unit.zh, "盏");
    let holding = made
        .draft
        .review
        .sections
        .iter()
        .find(|s| {
            s.paragraphs
                .iter()
                .any(|p| p.zh.contains("新安装200余盏路灯"))
        })
        .expect("a section holds the quote");
    assert_eq!(m.section, holding.id);
    assert_eq!(made.open, Some(Place::Figure(0)));
    let problems = paths(&made.draft);
    for field in ["metrics[0].quote.zh", "metrics[0].section", "metrics[0].id"] {
        assert!(!problems.contains(&field.to_string()), "{field}");
    }
}

#[test]
fn a_figure_belongs_to_the_section_holding_its_quote() {
    let studio = new_article();
    // The editor starts a second section at the paragraph of the street lights.
    let lights = block_starting(&studio.draft, "原来");
    let studio = act(
        &studio,
        Action::Restructure(Restructure::SetStart(lights, Some(SectionKind::Body))),
    );
    let sections = &studio.draft.review.sections;
    assert_eq!(sections.len(), 2, "{sections:?}");
    // The second "100余盏" of its sentence.
    let text = ARTICLE;
    let second = selection(text, "100余盏", 1);
    let offered = act(&studio, Action::FromSelection(Make::Figure, Some(second)));
    let Some(Pending::Figure { found, .. }) = &offered.pending else {
        panic!("no figure pending");
    };
    let i = found
        .iter()
        .position(|f| f.value == 100)
        .expect("100 found");
    let made = act(&offered, Action::PickNumber(i));
    let m = &made.draft.review.metrics[0];
    assert_eq!(m.section, sections[1].id);
    assert_ne!(m.section, sections[0].id);
    // The quote names the place selected, not the first "100余盏".
    assert!(m.quote.zh.contains("100余盏"));
    assert_eq!(Source::new(ARTICLE).occurrences(&m.quote.zh), 1);
    let stripped = strip_whitespace(text);
    let second = stripped.rfind("100余盏").expect("printed twice");
    let at = stripped
        .find(&m.quote.zh)
        .expect("the quote is in the text");
    assert!(at <= second && second + "100余盏".len() <= at + m.quote.zh.len());
    assert!(!paths(&made.draft).contains(&"metrics[0].quote.zh".to_string()));
}

#[test]
fn a_selection_made_backwards_is_the_same_selection() {
    let studio = new_article();
    let (start, end) = selection(ARTICLE, "新安装200余盏路\n灯", 0);
    let forwards = act(
        &studio,
        Action::FromSelection(Make::Figure, Some((start, end))),
    );
    let backwards = act(
        &studio,
        Action::FromSelection(Make::Figure, Some((end, start))),
    );
    assert!(forwards.pending.is_some());
    assert_eq!(forwards.pending, backwards.pending);
}

#[test]
fn an_item_from_last_october_is_dated_october_2023_and_never_to_the_day() {
    let studio = new_article();
    let passage = "去年10月，刘骥村邓家院子举行\n\n“渝事好商量·委员进小院";
    let offered = select(&studio, Make::Item, passage);
    let Some(Pending::Item { quote, dates }) = &offered.pending else {
        panic!("no item pending: {:?}", offered.pending);
    };
    assert_eq!(quote, &strip_whitespace(passage));
    let october = When::Month {
        year: 2023,
        month: 10,
    };
    assert!(dates.contains(&october), "{dates:?}");
    assert!(
        !dates.iter().any(|d| matches!(d, When::Day { .. })),
        "{dates:?}"
    );
    let i = dates.iter().position(|d| *d == october).unwrap_or_default();
    let made = act(&offered, Action::PickDate(i));
    assert_eq!(made.pending, None);
    let items = &made.draft.review.items;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].when, october);
    assert_eq!(items[0].quote.zh, strip_whitespace(passage));
    assert_eq!(made.open, Some(Place::Item(0)));
    let problems = paths(&made.draft);
    for field in ["items[0].quote.zh", "items[0].when", "items[0].section"] {
        assert!(!problems.contains(&field.to_string()), "{field}");
    }
}

#[test]
fn nothing_selected_is_told_and_changes_nothing() {
    let studio = new_article();
    let blank = {
        let at = ARTICLE.find("举行\n\n").expect("the column break") + "举行".len();
        let units = ARTICLE[..at].encode_utf16().count();
        (units, units + 2)
    };
    for sel in [None, Some((5, 5)), Some(blank)] {
        let after = act(&studio, Action::FromSelection(Make::Figure, sel));
        assert_eq!(after.notices, vec![Notice::NothingSelected], "{sel:?}");
        assert!(after.notices[0].is_alert());
        assert_eq!(after.pending, None);
        assert_eq!(after.draft, studio.draft);
    }
    // Without an article there is nothing to select from.
    let empty = Rc::new(Studio::new(None, Lang::Zh));
    let after = act(&empty, Action::FromSelection(Make::Title, Some((0, 4))));
    assert_eq!(after.notices, vec![Notice::NothingSelected]);
    assert_eq!(after.draft, empty.draft);
}

#[test]
fn a_selection_without_a_number_makes_no_figure() {
    let studio = new_article();
    for passage in ["发挥委员主体作用", "荣昌区政协2023年工作回眸"] {
        let after = select(&studio, Make::Figure, passage);
        assert_eq!(after.notices, vec![Notice::NoNumber], "{passage}");
        assert!(after.notices[0].is_alert());
        assert_eq!(after.pending, None);
        assert!(after.draft.review.metrics.is_empty());
    }
}

#[test]
fn title_and_byline_are_filled_from_selections() {
    let studio = new_article();
    let studio = select(&studio, Make::Title, "履职尽责显担当 硕果满枝展芳华");
    let studio = select(&studio, Make::Subtitle, "——荣昌区政协2023年工作回眸");
    let studio = select(&studio, Make::Organisation, "融媒体中心");
    let studio = select(&studio, Make::Reporter, "张 丹");
    let studio = select(&studio, Make::Correspondent, "胡\n文丽");
    let r = &studio.draft.review;
    // A title keeps the space between its printed parts, as the data file writes it.
    assert_eq!(r.title.zh, "履职尽责显担当 硕果满枝展芳华");
    assert_eq!(r.subtitle.zh, "——荣昌区政协2023年工作回眸");
    assert_eq!(r.byline.organisation.zh, "融媒体中心");
    let zh = |zh: &str| Verbatim {
        zh: zh.into(),
        en: String::new(),
    };
    assert_eq!(r.byline.reporters, vec![zh("张丹")]);
    assert_eq!(r.byline.correspondents, vec![zh("胡文丽")]);
    let problems = paths(&studio.draft);
    for field in [
        "title.zh",
        "subtitle.zh",
        "byline.organisation.zh",
        "byline.reporters",
        "byline.reporters[0].zh",
        "byline.correspondents[0].zh",
    ] {
        assert!(!problems.contains(&field.to_string()), "{field}");
    }
    // A second reporter is added, not put in the first one's place.
    let two = select(&studio, Make::Reporter, "通讯员");
    assert_eq!(two.draft.review.byline.reporters.len(), 2);
}

// ---- the studio's actions: the structure ----

#[test]
fn splitting_and_joining_a_paragraph_keeps_the_editors_english() {
    let studio = new_article();
    let proposed = studio.draft.clone();
    let before = paragraphs(&proposed.review);
    let first = before
        .iter()
        .position(|p| p.starts_with("近日"))
        .expect("the first paragraph");
    let english = "Recently, 200 street lights were installed.";
    let (s, p) = paragraph_places(&studio.draft.review)[first];
    let paragraph = Field::Section(s, SectionField::Paragraph(p, Lang::En));
    let studio = edit(&studio, set(paragraph, english));
    let english_of_first = |s: &Studio| {
        s.draft
            .review
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .find(|p| p.zh.starts_with("近日"))
            .map(|p| p.en.clone())
    };

    let at = ARTICLE.find("最终由").expect("the sentence");
    let split = act(&studio, Action::Restructure(Restructure::Split(at)));
    let blocks = split.draft.blocks.as_ref().expect("blocks");
    assert_eq!(
        blocks.len(),
        proposed.blocks.as_ref().map_or(0, Vec::len) + 1
    );
    assert!(covers(ARTICLE, blocks));
    let after = paragraphs(&split.draft.review);
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.iter().any(|p| p.ends_with("出行难题。")));
    assert!(after.iter().any(|p| p.starts_with("最终由区政协")));
    assert_eq!(after.concat(), before.concat(), "no text lost or repeated");
    assert_eq!(english_of_first(&split).as_deref(), Some(english));

    let lights = block_starting(&split.draft, "原来");
    let joined = act(&split, Action::Restructure(Restructure::Join(lights)));
    assert_eq!(joined.draft.blocks, proposed.blocks);
    assert_eq!(paragraphs(&joined.draft.review), before);
    assert_eq!(english_of_first(&joined).as_deref(), Some(english));
}

#[test]
fn a_join_or_split_with_nothing_to_do_changes_nothing() {
    let studio = new_article();
    let last = studio.draft.blocks.as_ref().map_or(0, Vec::len) - 1;
    for change in [
        Restructure::Join(last),
        Restructure::Join(last + 1),
        Restructure::Split(0),
        Restructure::Split(ARTICLE.len()),
        Restructure::Split(usize::MAX),
        // Inside a character: rounded down to its start, which begins a block.
        Restructure::Split(ARTICLE.find("近日").unwrap_or_default() + 1),
    ] {
        let after = act(&studio, Action::Restructure(change));
        assert_eq!(after.draft, studio.draft, "{change:?}");
    }
}

#[test]
fn joining_past_the_last_block_changes_nothing_even_at_the_largest_index() {
    let studio = new_article();
    let after = act(&studio, Action::Restructure(Restructure::Join(usize::MAX)));
    assert_eq!(after.draft, studio.draft);
}

#[test]
fn a_heading_marked_as_such_heads_its_section() {
    let studio = new_article();
    let heading = block_starting(&studio.draft, "发挥委员主体作用");
    let lead = block_starting(&studio.draft, "近日");
    let studio = act(
        &studio,
        Action::Restructure(Restructure::SetRole(heading, Role::Heading)),
    );
    let studio = act(
        &studio,
        Action::Restructure(Restructure::SetStart(heading, Some(SectionKind::Body))),
    );
    let studio = act(
        &studio,
        Action::Restructure(Restructure::SetStart(lead, None)),
    );
    let sections = &studio.draft.review.sections;
    assert_eq!(sections.len(), 1, "{sections:?}");
    assert_eq!(sections[0].kind, SectionKind::Body);
    assert_eq!(
        sections[0].heading.as_ref().map(|h| h.zh.as_str()),
        Some("发挥委员主体作用打造荣昌政协辨识度")
    );
    assert_eq!(sections[0].paragraphs.len(), 2);
    // The title and byline stay outside the sections.
    assert!(!paragraphs(&studio.draft.review)
        .iter()
        .any(|p| p.contains("履职尽责") || p.contains("融媒体中心")));
    assert_eq!(
        block_texts(&studio.draft).concat(),
        strip_whitespace(ARTICLE)
    );
}

#[test]
fn an_opened_review_has_no_structure_to_change() {
    let studio = cppcc_with_source();
    for change in [
        Restructure::Join(0),
        Restructure::Split(100),
        Restructure::SetRole(0, Role::Heading),
        Restructure::SetStart(0, Some(SectionKind::Outlook)),
    ] {
        let after = act(&studio, Action::Restructure(change));
        assert_eq!(after.draft, studio.draft, "{change:?}");
    }
}

// ---- the studio's actions: removing, going to a problem, saving ----

#[test]
fn removing_a_figure_removes_every_reference_to_it() {
    let studio = cppcc_with_source();
    let review = &studio.draft.review;
    let id = "proposals-submitted";
    let i = metric_index(review, id);
    // It is referenced in every way a figure can be.
    assert!(review
        .metrics
        .iter()
        .any(|m| m.part_of.as_deref() == Some(id)));
    assert!(review
        .items
        .iter()
        .any(|it| it.metrics.iter().any(|m| m == id)));
    assert!(review.derived.iter().any(|d| d.whole == id || d.part == id));
    assert!(review
        .funnels
        .iter()
        .any(|f| f.steps.iter().any(|s| s == id)));

    let shown = act(&studio, Action::Show(Some(Place::Figure(i))));
    let after = act(&shown, Action::RemoveFigure(i));
    let r = &after.draft.review;
    assert_eq!(r.metrics.len(), review.metrics.len() - 1);
    assert!(r.metrics.iter().all(|m| m.id != id));
    assert!(r.metrics.iter().all(|m| m.part_of.as_deref() != Some(id)));
    assert!(r.items.iter().all(|it| it.metrics.iter().all(|m| m != id)));
    assert!(r.derived.iter().all(|d| d.whole != id && d.part != id));
    assert!(r.funnels.iter().all(|f| f.steps.iter().all(|s| s != id)));
    assert_eq!(after.open, None);
    // Only the references went: the other figures and references stay.
    assert_eq!(r.items.len(), review.items.len());
    assert!(r
        .items
        .iter()
        .any(|it| it.metrics.iter().any(|m| m == "proposals-accepted")));
    assert_eq!(r.derived.len(), review.derived.len() - 1);
    // No problem names the figure that is gone.
    for p in after.draft.problems() {
        assert!(!p.message.contains(id), "{p}");
    }
}

#[test]
fn removing_an_item_removes_the_figures_references_to_it() {
    let studio = cppcc_with_source();
    let review = &studio.draft.review;
    let i = review
        .items
        .iter()
        .position(|it| it.id == "proposals-handled")
        .expect("the item");
    let after = act(&studio, Action::RemoveItem(i));
    let r = &after.draft.review;
    assert_eq!(r.items.len(), review.items.len() - 1);
    assert!(r.items.iter().all(|it| it.id != "proposals-handled"));
    assert!(r
        .metrics
        .iter()
        .all(|m| m.items.iter().all(|it| it != "proposals-handled")));
    assert_eq!(r.metrics.len(), review.metrics.len());
    assert_eq!(after.draft.problems(), vec![]);
}

#[test]
fn removing_what_is_not_there_changes_nothing() {
    let studio = cppcc_with_source();
    let figures = studio.draft.review.metrics.len();
    let items = studio.draft.review.items.len();
    let a = act(&studio, Action::RemoveFigure(figures));
    let b = act(&studio, Action::RemoveItem(items));
    assert_eq!(a.draft, studio.draft);
    assert_eq!(b.draft, studio.draft);
}

#[test]
fn going_to_a_problem_opens_its_figure_or_item_and_its_field() {
    let studio = cppcc_with_source();
    let at = act(&studio, Action::Goto("metrics[3].label.en".into()));
    assert_eq!(at.open, Some(Place::Figure(3)));
    assert_eq!(at.goto.as_deref(), Some("metrics[3].label.en"));
    let item = act(&at, Action::Goto("items[2].when".into()));
    assert_eq!(item.open, Some(Place::Item(2)));
    assert_eq!(item.goto.as_deref(), Some("items[2].when"));
    // A field of the review itself leaves the open form as it is.
    let title = act(&item, Action::Goto("title.en".into()));
    assert_eq!(title.open, Some(Place::Item(2)));
    assert_eq!(title.goto.as_deref(), Some("title.en"));
    let shown = act(&title, Action::Show(None));
    assert_eq!((shown.open, shown.goto.clone()), (None, None));
}

#[test]
fn saving_makes_the_draft_saved_until_the_next_edit() {
    let studio = new_article();
    assert!(studio.draft.unsaved());
    let saved = act(&studio, Action::Saved);
    assert!(!saved.draft.unsaved());
    assert_eq!(saved.notices, vec![Notice::Saved]);
    assert!(!Notice::Saved.is_alert());
    let edited = edit(&saved, set(Field::Id, "lights"));
    assert!(edited.draft.unsaved());
    let again = act(&edited, Action::Saved);
    assert!(!again.draft.unsaved());
    assert_eq!(
        again.draft.saved.as_deref(),
        Some(again.draft.json().as_str())
    );
}

// ---- the stored draft ----

/// A new article's draft with some of the editor's work in it.
fn worked_on() -> Draft {
    let studio = new_article();
    let studio = select(&studio, Make::Figure, "新安装200余盏路\n灯");
    let studio = act(&studio, Action::PickNumber(0));
    let at = ARTICLE.find("最终由").unwrap_or_default();
    let studio = act(&studio, Action::Restructure(Restructure::Split(at)));
    let studio = edit(&studio, set(TITLE_EN, "Lights"));
    studio.draft.clone()
}

#[test]
fn drafts_come_back_from_storage_as_they_were() {
    let opened = edit(&cppcc_with_source(), set(Field::Id, "cppcc-draft"));
    let review_only = studio_with(&[("npc-2023.json", NPC)]);
    for draft in [
        worked_on(),
        new_article().draft.clone(),
        opened.draft.clone(),
        review_only.draft.clone(),
        Draft::default(),
    ] {
        let back = Draft::from_stored(&draft.to_stored());
        assert_eq!(back.as_ref(), Some(&draft));
        assert_eq!(back.map(|d| d.unsaved()), Some(draft.unsaved()));
    }
    assert!(opened.draft.unsaved(), "the edit is still unsaved");
}

#[test]
fn stored_text_that_is_not_a_draft_is_refused() {
    for text in [
        "",
        "not json",
        "null",
        "[]",
        "{}",
        "42",
        "\"draft\"",
        "{\"review\":",
    ] {
        assert_eq!(Draft::from_stored(text), None, "{text}");
    }
}

#[test]
fn a_stored_draft_of_the_wrong_shape_is_refused() {
    let good = stored_value(&worked_on());
    assert!(
        from_value(&good).is_some(),
        "the unchanged draft is restored"
    );
    let changes: Vec<(&str, Value)> = vec![
        ("article", json!(1)),
        ("article", json!({"name": "article.txt"})),
        ("review", json!({"id": "lights"})),
        ("review", json!("{\"hello\":1}")),
        ("review", json!("")),
        ("blocks", json!("0-84")),
        ("blocks", json!([[0, 84, 0]])),
        ("blocks", json!([[0, -1, 0, 0]])),
        ("blocks", json!([[0, 1e30, 0, 0]])),
        ("saved", json!(7)),
    ];
    for (field, value) in changes {
        let mut hostile = good.clone();
        hostile[field] = value.clone();
        assert_eq!(from_value(&hostile), None, "{field}: {value}");
    }
}

#[test]
fn stored_blocks_that_do_not_fit_the_article_are_refused() {
    let good = stored_value(&worked_on());
    let len = ARTICLE.len();
    let blocks = [
        json!([[0, len + 1, 2, 0]]),
        json!([[len + 1, len + 1, 2, 0]]),
        json!([[usize::MAX, usize::MAX, 2, 0]]),
        // Inside the first character (三 bytes long).
        json!([[1, 84, 2, 0]]),
        json!([[0, 2, 2, 0]]),
        json!([[84, 10, 2, 0]]),
        // Codes with no role or no section kind.
        json!([[0, 84, 3, 0]]),
        json!([[0, 84, 255, 0]]),
        json!([[0, 84, 0, 4]]),
        json!([[0, 84, 0, 256]]),
    ];
    for b in blocks {
        let mut hostile = good.clone();
        hostile["blocks"] = b.clone();
        assert_eq!(from_value(&hostile), None, "{b}");
    }
    // Blocks without an article to structure.
    let mut orphan = good.clone();
    orphan["article"] = Value::Null;
    assert_eq!(from_value(&orphan), None);
    // A draft may have no blocks at all (an opened review).
    let mut none = good;
    none["blocks"] = Value::Null;
    assert!(from_value(&none).is_some_and(|d| d.blocks.is_none()));
}

/// Any stored text: arbitrary strings, and the stored draft cut or with a
/// character changed.
fn stored_text() -> impl Strategy<Value = String> {
    let good = worked_on().to_stored();
    let len = good.len();
    prop_oneof![
        any::<String>(),
        (0..=len).prop_map({
            let good = good.clone();
            move |at| good.get(..at).unwrap_or_default().to_string()
        }),
        (0..len, any::<char>()).prop_map(move |(at, c)| {
            let mut s: Vec<char> = good.chars().collect();
            let at = at % s.len();
            s[at] = c;
            s.into_iter().collect()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn from_stored_takes_any_text(text in stored_text()) {
        let _ = Draft::from_stored(&text);
    }

    #[test]
    fn a_restored_draft_has_blocks_that_fit_and_can_be_worked_on(
        blocks in prop::collection::vec((0..1000usize, 0..1000usize, 0..4u8, 0..5u8), 0..8),
        at in 0..1000usize,
        join in 0..8usize,
    ) {
        let mut stored = stored_value(&worked_on());
        stored["blocks"] = json!(blocks);
        if let Some(draft) = from_value(&stored) {
            let text = &draft.article.as_ref().expect("an article").text;
            for b in draft.blocks.as_ref().expect("blocks") {
                prop_assert!(b.start <= b.end && b.end <= text.len());
                prop_assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            }
            let _ = draft.problems();
            let studio = Rc::new(Studio::new(Some(draft), Lang::Zh));
            let studio = act(&studio, Action::Restructure(Restructure::Split(at)));
            let studio = act(&studio, Action::Restructure(Restructure::Join(join)));
            let studio = act(&studio, Action::FromSelection(Make::Item, Some((at, at / 2))));
            let _ = studio.draft.problems();
            let _ = studio.draft.to_stored();
        }
    }
}

// ---- marks ----

fn rejoined(pieces: &[(String, Option<Place>)]) -> String {
    pieces.iter().map(|(p, _)| p.as_str()).collect()
}

#[test]
fn each_quoted_passage_is_a_piece_with_its_place() {
    let quotes = [
        ("乙丙".to_string(), Place::Figure(0)),
        ("戊".to_string(), Place::Item(1)),
    ];
    let pieces = marks("甲乙丙丁戊", &quotes);
    let expected = [
        ("甲", None),
        ("乙丙", Some(Place::Figure(0))),
        ("丁", None),
        ("戊", Some(Place::Item(1))),
    ];
    let expected: Vec<(String, Option<Place>)> = expected
        .iter()
        .map(|(p, place)| (p.to_string(), *place))
        .collect();
    assert_eq!(pieces, expected);
}

#[test]
fn overlapping_quotes_still_rejoin_to_the_text() {
    let text = "甲乙丙丁戊己";
    let cases: Vec<Vec<(String, Place)>> = vec![
        vec![
            ("乙丙丁".into(), Place::Figure(0)),
            ("丙丁戊".into(), Place::Item(0)),
        ],
        vec![
            ("丙丁戊".into(), Place::Item(0)),
            ("乙丙丁".into(), Place::Figure(0)),
        ],
        vec![
            ("乙丙丁戊".into(), Place::Figure(1)),
            ("丙".into(), Place::Figure(2)),
        ],
        vec![
            ("丙".into(), Place::Figure(2)),
            ("乙丙丁戊".into(), Place::Figure(1)),
        ],
        vec![
            ("甲乙丙丁戊己".into(), Place::Review),
            ("甲乙丙丁戊己".into(), Place::Item(3)),
        ],
    ];
    for quotes in cases {
        let pieces = marks(text, &quotes);
        assert_eq!(rejoined(&pieces), text, "{quotes:?}");
        let marked: Vec<_> = pieces.iter().filter(|(_, p)| p.is_some()).collect();
        assert_eq!(marked.len(), 1, "{quotes:?}: {pieces:?}");
        // The marked piece is a whole quote, with the place that quotes it.
        let (piece, place) = marked[0];
        assert!(quotes.iter().any(|(q, p)| q == piece && Some(*p) == *place));
    }
    // The one that starts first is marked.
    let pieces = marks(
        text,
        &[
            ("丙丁戊".into(), Place::Item(0)),
            ("乙丙丁".into(), Place::Figure(0)),
        ],
    );
    assert!(pieces.contains(&("乙丙丁".to_string(), Some(Place::Figure(0)))));
}

#[test]
fn a_quote_not_in_the_text_is_ignored() {
    let text = "甲乙丙丁";
    let pieces = marks(text, &[("戊己".into(), Place::Figure(0))]);
    assert_eq!(pieces, vec![(text.to_string(), None)]);
    assert_eq!(marks("", &[("戊".into(), Place::Item(0))]), vec![]);
}

#[test]
fn the_2023_reviews_quotes_mark_their_article() {
    for json in [CPPCC, NPC] {
        let draft = draft_of(&[("review.json", json), (SOURCE_NAME, SOURCE)]);
        let quotes = draft.quotes();
        assert!(quotes.len() >= draft.review.metrics.len() + draft.review.items.len());
        let text = strip_whitespace(SOURCE);
        let pieces = marks(&text, &quotes);
        assert_eq!(rejoined(&pieces), text);
        let marked: Vec<_> = pieces.iter().filter(|(_, p)| p.is_some()).collect();
        assert!(
            marked.len() > draft.review.metrics.len() / 2,
            "{}",
            marked.len()
        );
        for (piece, place) in marked {
            assert!(
                quotes.iter().any(|(q, p)| q == piece && Some(*p) == *place),
                "{piece} is not a quote of {place:?}"
            );
        }
        // Every quote is marked, or overlaps a passage marked before it.
        let mut at = 0;
        let mut ranges = Vec::new();
        for (piece, place) in &pieces {
            if place.is_some() {
                ranges.push(at..at + piece.len());
            }
            at += piece.len();
        }
        for (q, place) in &quotes {
            let start = text
                .find(q.as_str())
                .expect("every quote is in the article");
            let end = start + q.len();
            assert!(
                ranges.iter().any(|r| r.start < end && start < r.end),
                "{q} ({place:?}) is not marked"
            );
        }
    }
}

#[test]
fn an_empty_quote_is_not_listed_to_mark() {
    let studio = new_article();
    let studio = select(&studio, Make::Figure, "新安装200余盏路\n灯");
    let studio = act(&studio, Action::PickNumber(0));
    assert_eq!(
        studio.draft.quotes(),
        vec![("新安装200余盏路灯".to_string(), Place::Figure(0))]
    );
    let emptied = edit(
        &studio,
        set(Field::Figure(0, FigureField::Quote(Lang::Zh)), " \n"),
    );
    assert_eq!(emptied.draft.quotes(), vec![]);
    let text = strip_whitespace(ARTICLE);
    assert_eq!(marks(&text, &emptied.draft.quotes()), vec![(text, None)]);
}

// ---- place_of ----

#[test]
fn a_problems_path_leads_to_its_place() {
    let cases = [
        ("metrics[12].quote.zh", Place::Figure(12)),
        ("metrics[0]", Place::Figure(0)),
        ("items[0].when", Place::Item(0)),
        ("items[31].metrics[2]", Place::Item(31)),
        ("title.en", Place::Review),
        ("", Place::Review),
        ("metrics[x]", Place::Review),
        ("metrics[]", Place::Review),
        ("metrics", Place::Review),
        ("sections[1].paragraphs[0].en", Place::Review),
        ("derived[0].part", Place::Review),
        ("funnels[0].steps[1]", Place::Review),
        ("metrics[99999999999999999999999]", Place::Review),
    ];
    for (path, place) in cases {
        assert_eq!(place_of(path), place, "{path}");
    }
}

#[test]
fn the_small_edition_made_in_the_studio_passes_every_rule_against_its_article() {
    let json = include_str!("fixtures/editions/small/cppcc-lights-2023.json");
    let source = huimou::model::Source::new(ARTICLE);
    let review = huimou::model::load_review(json, Some(&source)).unwrap();
    assert_eq!(review.source, "source/article.txt");
    assert!(!review.metrics.is_empty() && !review.items.is_empty());
}

#[test]
fn a_selection_becomes_a_restatement_of_the_figure_it_prints_again() {
    // The lead rounds the courtyard figure (112) to 110余: its restatement.
    let studio = cppcc_with_source();
    let i = metric_index(&studio.draft.review, "courtyard-problems-solved");
    let restated = studio.draft.review.metrics[i].restated.len();
    let studio = (0..restated).fold(studio, |s, _| {
        edit(&s, Edit::Figure(i, FigureEdit::RemoveRestatement(0)))
    });
    assert!(studio.draft.review.metrics[i].restated.is_empty());
    let passage = "员进小院”协调解决路灯安装等问题110余\n个";
    let text = studio.draft.article.as_ref().unwrap().text.clone();
    let studio = act(
        &studio,
        Action::Restate(i, Some(selection(&text, passage, 0))),
    );
    let restated = &studio.draft.review.metrics[i].restated;
    assert_eq!(restated.len(), 1);
    assert_eq!(restated[0].value, 110);
    assert_eq!(restated[0].qualifier, Some(Qualifier::MoreThan));
    assert_eq!(
        restated[0].quote.zh,
        "员进小院”协调解决路灯安装等问题110余个"
    );
    // Its English is the editor's to write; nothing else is wrong.
    assert_eq!(
        paths(&studio.draft),
        [format!("metrics[{i}].restated[0].quote.en")]
    );
    // A selection without a number restates nothing.
    let none = act(
        &studio,
        Action::Restate(i, Some(selection(&text, "一年来", 0))),
    );
    assert_eq!(none.notices, vec![Notice::NoNumber]);
    assert_eq!(none.draft.review.metrics[i].restated.len(), 1);
}

#[test]
fn the_preview_never_shows_an_empty_name_or_title() {
    let draft = new_article().draft.clone();
    assert!(draft.review.short_name.zh.is_empty());
    let shown = huimou::studio::draft::previewable(&draft.review);
    for t in [
        &shown.short_name.zh,
        &shown.short_name.en,
        &shown.institution.en,
        &shown.title.zh,
    ] {
        assert!(!t.trim().is_empty());
    }
    assert!(shown.sections.iter().all(|s| !s.label.en.is_empty()));
    // What the editor wrote is shown as written.
    let cppcc = review_of(CPPCC);
    assert_eq!(huimou::studio::draft::previewable(&cppcc), cppcc);
}

#[test]
fn files_that_would_replace_unsaved_work_wait_for_the_editors_answer() {
    let studio = new_article();
    assert!(studio.draft.unsaved());
    let others = files(&[("cppcc-2023.json", CPPCC), (SOURCE_NAME, SOURCE)]);
    let asked = act(&studio, Action::Opened(others.clone()));
    assert!(asked.replacing.is_some());
    assert_eq!(asked.draft, studio.draft, "nothing replaced yet");
    let kept = act(&asked, Action::Replace(false));
    assert_eq!(
        (kept.replacing.is_none(), &kept.draft),
        (true, &studio.draft)
    );
    let replaced = act(&act(&studio, Action::Opened(others)), Action::Replace(true));
    assert!(replaced.replacing.is_none());
    assert_eq!(replaced.draft.review, review_of(CPPCC));
    // Saved work is replaced without a question.
    let saved = act(&studio, Action::Saved);
    let opened = act(&saved, Action::Opened(files(&[("npc-2023.json", NPC)])));
    assert_eq!(
        (opened.replacing.is_none(), &opened.draft.review),
        (true, &review_of(NPC))
    );
}

#[test]
fn an_article_opened_with_a_review_of_another_is_named_and_left_out() {
    let studio = Rc::new(Studio::new(None, Lang::Zh));
    let opened = act(
        &studio,
        Action::Opened(files(&[
            ("cppcc-2023.json", CPPCC),
            ("article.txt", ARTICLE),
        ])),
    );
    assert_eq!(opened.draft.article, None);
    assert_eq!(
        opened.notices,
        vec![Notice::Unpaired("article.txt".into(), SOURCE_NAME.into())]
    );
    assert!(opened.notices[0].is_alert());
}

// ---- the forms' edits, as data ----

/// Every kind of text field a form writes, in both languages, at places
/// the review has: its first reporter, correspondent and item, a section
/// with a heading and a figure with a restatement.
fn every_field(r: &Review) -> Vec<Field> {
    let headed = r.sections.iter().position(|s| s.heading.is_some());
    let restated = r.metrics.iter().position(|m| !m.restated.is_empty());
    let (s, m) = (headed.expect("a heading"), restated.expect("a restatement"));
    let bilingual = |lang| {
        [
            Field::Institution(lang),
            Field::ShortName(lang),
            Field::Title(lang),
            Field::Subtitle(lang),
            Field::Organisation(lang),
            Field::Reporter(0, lang),
            Field::Correspondent(0, lang),
            Field::Section(s, SectionField::Label(lang)),
            Field::Section(s, SectionField::Heading(lang)),
            Field::Section(s, SectionField::Paragraph(0, lang)),
            Field::Figure(m, FigureField::Label(lang)),
            Field::Figure(m, FigureField::Unit(lang)),
            Field::Figure(m, FigureField::Quote(lang)),
            Field::Figure(m, FigureField::Restated(0, lang)),
            Field::Item(0, ItemField::Title(lang)),
            Field::Item(0, ItemField::Quote(lang)),
        ]
    };
    let single = [
        Field::Id,
        Field::Section(s, SectionField::Id),
        Field::Figure(m, FigureField::Id),
        Field::Figure(m, FigureField::UnitOne),
        Field::Item(0, ItemField::Id),
    ];
    let mut fields = single.to_vec();
    fields.extend(bilingual(Lang::Zh));
    fields.extend(bilingual(Lang::En));
    fields
}

/// The JSON paths, as `validate` writes them, where two values differ:
/// the deepest place of each difference.
fn changed_paths(a: &Value, b: &Value, at: &str) -> Vec<String> {
    let key = |k: &str| match at {
        "" => k.to_string(),
        _ => format!("{at}.{k}"),
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<_> = x.keys().chain(y.keys()).collect();
            let each = keys.into_iter().map(|k| match (x.get(k), y.get(k)) {
                (Some(u), Some(v)) => changed_paths(u, v, &key(k)),
                _ => vec![key(k)],
            });
            each.flatten().collect()
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .flat_map(|(i, (u, v))| changed_paths(u, v, &format!("{at}[{i}]")))
            .collect(),
        _ if a == b => Vec::new(),
        _ => vec![at.to_string()],
    }
}

fn saved_value(studio: &Studio) -> Value {
    serde_json::from_str(&studio.draft.json()).expect("the saved JSON")
}

#[test]
fn a_text_edit_changes_the_saved_file_at_its_fields_path_only() {
    let studio = cppcc_with_source();
    let before = saved_value(&studio);
    let marker = "⟨edited⟩";
    for field in every_field(&studio.draft.review) {
        let after = edit(&studio, set(field, marker));
        let changed = changed_paths(&before, &saved_value(&after), "");
        assert_eq!(changed, [field.path()], "{field:?}");
        assert_eq!(after.draft.json().matches(marker).count(), 1, "{field:?}");
    }
}

#[test]
fn every_other_edit_changes_the_saved_file_under_its_path_only() {
    let studio = cppcc_with_source();
    let r = &studio.draft.review;
    let whole = r.metrics.iter().position(|m| m.part_of.is_none());
    let m = whole.expect("a figure part of nothing");
    let other = |id: &str| r.sections.iter().find(|s| s.id != id).unwrap().id.clone();
    let it = &r.items[0];
    let kind = [ItemKind::Plan, ItemKind::Event]
        .into_iter()
        .find(|k| *k != it.kind);
    let edits = [
        Edit::SetYear(r.year + 1),
        Edit::Figure(m, FigureEdit::SetValue(r.metrics[m].value + 1)),
        Edit::Figure(
            m,
            FigureEdit::SetQualifier(match r.metrics[m].qualifier {
                None => Some(Qualifier::MoreThan),
                Some(_) => None,
            }),
        ),
        Edit::Figure(m, FigureEdit::SetHeadline(!r.metrics[m].headline)),
        Edit::Figure(m, FigureEdit::SetPartOf(Some(r.metrics[m + 1].id.clone()))),
        Edit::Figure(m, FigureEdit::SetSection(other(&r.metrics[m].section))),
        Edit::Item(0, ItemEdit::SetWhen(When::Publication)),
        Edit::Item(0, ItemEdit::SetKind(kind.expect("another kind"))),
        Edit::Item(0, ItemEdit::SetSection(other(&it.section))),
    ];
    let before = saved_value(&studio);
    for e in edits {
        let path = e.path();
        let after = edit(&studio, e.clone());
        let changed = changed_paths(&before, &saved_value(&after), "");
        assert!(!changed.is_empty(), "{e:?} changed nothing");
        for at in changed {
            let under = at.strip_prefix(&path).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
            });
            assert!(under, "{e:?} changed {at}, not under {path}");
        }
    }
}

#[test]
fn removing_a_restatement_changes_nothing_else() {
    let studio = studio_with(&[("npc-2023.json", NPC), (SOURCE_NAME, SOURCE)]);
    let r = &studio.draft.review;
    let m = r
        .metrics
        .iter()
        .position(|m| !m.restated.is_empty())
        .unwrap();
    let after = edit(&studio, Edit::Figure(m, FigureEdit::RemoveRestatement(0)));
    let mut expected = r.clone();
    expected.metrics[m].restated.remove(0);
    assert_eq!(after.draft.review, expected);
}

#[test]
fn an_edit_of_what_the_review_does_not_have_changes_nothing() {
    let studio = cppcc_with_source();
    let r = &studio.draft.review;
    let (figures, items, sections) = (r.metrics.len(), r.items.len(), r.sections.len());
    let unheaded = r.sections.iter().position(|s| s.heading.is_none());
    let unheaded = unheaded.expect("a section without a heading");
    let restated = r.metrics[0].restated.len();
    let edits = [
        set(Field::Reporter(r.byline.reporters.len(), Lang::Zh), "x"),
        set(Field::Correspondent(usize::MAX, Lang::En), "x"),
        set(Field::Section(sections, SectionField::Id), "x"),
        set(
            Field::Section(unheaded, SectionField::Heading(Lang::En)),
            "x",
        ),
        set(
            Field::Section(0, SectionField::Paragraph(usize::MAX, Lang::En)),
            "x",
        ),
        set(Field::Figure(figures, FigureField::UnitOne), "x"),
        set(
            Field::Figure(0, FigureField::Restated(restated, Lang::En)),
            "x",
        ),
        set(Field::Item(items, ItemField::Title(Lang::En)), "x"),
        Edit::Figure(figures, FigureEdit::SetValue(1)),
        Edit::Figure(usize::MAX, FigureEdit::SetHeadline(true)),
        Edit::Figure(0, FigureEdit::RemoveRestatement(restated)),
        Edit::Item(items, ItemEdit::SetKind(ItemKind::Plan)),
    ];
    for e in edits {
        let after = edit(&studio, e.clone());
        assert_eq!(*after, *studio, "{e:?}");
    }
}

#[test]
fn actions_in_sequence_make_the_review_they_say() {
    let studio = new_article();
    let figure = |f| Field::Figure(0, f);
    let making = [
        Action::FromSelection(
            Make::Figure,
            Some(selection(ARTICLE, "新安装200余盏路\n灯", 0)),
        ),
        Action::PickNumber(0),
    ];
    let editing = [
        Action::Edit(set(figure(FigureField::Id), "lights")),
        Action::Edit(set(figure(FigureField::Label(Lang::En)), "Street lights")),
        Action::Edit(set(figure(FigureField::Unit(Lang::En)), "lights")),
        Action::Edit(Edit::Figure(0, FigureEdit::SetHeadline(true))),
        Action::Edit(Edit::Figure(0, FigureEdit::SetQualifier(None))),
        Action::Edit(Edit::SetYear(2024)),
    ];
    let run = |from: &Rc<Studio>, actions: &[Action]| {
        actions.iter().fold(from.clone(), |s, a| act(&s, a.clone()))
    };
    let made = run(&studio, &making);
    let edited = run(&made, &editing);
    let mut expected = made.draft.review.clone();
    let m = &mut expected.metrics[0];
    m.id = "lights".into();
    m.label.en = "Street lights".into();
    m.unit.en = "lights".into();
    m.headline = true;
    m.qualifier = None;
    expected.year = 2024;
    assert_eq!(edited.draft.review, expected);
    // The same actions again make the same studio.
    assert_eq!(run(&studio, &[&making[..], &editing[..]].concat()), edited);
}

#[test]
fn a_units_singular_emptied_is_left_out_and_restored_saves_as_before() {
    let studio = studio_with(&[("npc-2023.json", NPC), (SOURCE_NAME, SOURCE)]);
    let r = &studio.draft.review;
    let i = r.metrics.iter().position(|m| m.unit.en_one.is_some());
    let i = i.expect("a unit with its singular");
    let (value, one) = (r.metrics[i].value, r.metrics[i].unit.en_one.clone());
    let field = Field::Figure(i, FigureField::UnitOne);
    let emptied = edit(&studio, set(field, ""));
    assert_eq!(emptied.draft.review.metrics[i].unit.en_one, None);
    let en_ones = |s: &Studio| s.draft.json().matches("\"en_one\"").count();
    assert_eq!(en_ones(&emptied), en_ones(&studio) - 1);
    // A figure of 1 needs it: the check leads to the field.
    assert_eq!(value, 1);
    assert!(paths(&emptied.draft).contains(&field.path()));
    let restored = edit(&emptied, set(field, &one.unwrap_or_default()));
    assert_eq!(restored.draft.json(), NPC);
}

#[test]
fn a_fields_path_leads_to_its_form() {
    let studio = cppcc_with_source();
    for field in every_field(&studio.draft.review) {
        let place = match field {
            Field::Figure(i, _) => Place::Figure(i),
            Field::Item(i, _) => Place::Item(i),
            _ => Place::Review,
        };
        assert_eq!(place_of(&field.path()), place, "{field:?}");
    }
}

#[test]
fn an_emptied_text_is_a_problem_at_its_fields_path() {
    let studio = cppcc_with_source();
    // A singular is asked for only by a figure of 1 (tested above).
    let required = |f: &Field| !matches!(f, Field::Figure(_, FigureField::UnitOne));
    for field in every_field(&studio.draft.review)
        .into_iter()
        .filter(required)
    {
        let emptied = edit(&studio, set(field, ""));
        assert!(
            paths(&emptied.draft).contains(&field.path()),
            "{field:?}: {:?}",
            paths(&emptied.draft)
        );
    }
}
