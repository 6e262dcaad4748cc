//! The pure model: formatting, URL parameters, the same-origin rule, quotes.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::format::{group_thousands, is_sign, number, percent, unit_gap};
use huimou::model::params::{data_url, decode, DataRefusal, Params};
use huimou::model::validate::value_in_quote;
use huimou::model::{Lang, Qualifier, Unit, When};
use huimou::words::widget::{figure, figure_phrase, when};

#[test]
fn english_groups_thousands_and_chinese_prints_digits_as_the_paper_does() {
    assert_eq!(group_thousands(0), "0");
    assert_eq!(group_thousands(999), "999");
    assert_eq!(group_thousands(3700), "3,700");
    assert_eq!(group_thousands(1_234_567), "1,234,567");
    // The article prints 1841件 and 3700余人次: no separator, at any length.
    assert_eq!(number(1841, Lang::Zh), "1841");
    assert_eq!(number(1_234_567, Lang::Zh), "1234567");
    assert_eq!(number(1841, Lang::En), "1,841");
}

#[test]
fn more_than_is_kept_in_both_languages_as_each_prints_it() {
    assert_eq!(figure(3700, Some(Qualifier::MoreThan), Lang::En), "3,700+");
    assert_eq!(figure(3700, Some(Qualifier::MoreThan), Lang::Zh), "3700余");
    assert_eq!(figure(1841, None, Lang::En), "1,841");
    assert_eq!(figure(1841, None, Lang::Zh), "1841");
    assert_eq!(
        figure_phrase(3700, Some(Qualifier::MoreThan), "人次", Lang::Zh),
        "3700余人次"
    );
    assert_eq!(
        figure_phrase(3700, Some(Qualifier::MoreThan), "attendances", Lang::En),
        "more than 3,700 attendances"
    );
    assert_eq!(figure_phrase(1841, None, "件", Lang::Zh), "1841件");
}

#[test]
fn a_sign_sits_against_its_number_and_a_word_is_spaced_in_english() {
    for lang in [Lang::Zh, Lang::En] {
        assert_eq!(figure_phrase(100, None, "%", lang), "100%");
        assert_eq!(figure_phrase(5, None, "‰", lang), "5‰");
        assert_eq!(unit_gap("%", lang), "");
    }
    assert_eq!(unit_gap("problems", Lang::En), " ");
    assert_eq!(unit_gap("个", Lang::Zh), "");
    assert!(is_sign("%") && is_sign("‰") && !is_sign("problems") && !is_sign("个"));
}

#[test]
fn an_english_unit_agrees_with_its_figure() {
    let unit = Unit {
        zh: "次".into(),
        en: "inquiries".into(),
        en_one: Some("inquiry".into()),
    };
    assert_eq!(unit.agreeing(1, Lang::En), "inquiry");
    assert_eq!(unit.agreeing(0, Lang::En), "inquiries");
    assert_eq!(unit.agreeing(2, Lang::En), "inquiries");
    assert_eq!(unit.agreeing(1, Lang::Zh), "次");
    let phrase = |v| figure_phrase(v, None, unit.agreeing(v, Lang::En), Lang::En);
    assert_eq!(phrase(1), "1 inquiry");
    assert_eq!(phrase(1841), "1,841 inquiries");
}

#[test]
fn percentages_use_tenths() {
    assert_eq!(percent(804), "80.4%");
    assert_eq!(percent(1000), "100.0%");
    assert_eq!(percent(5), "0.5%");
}

#[test]
fn dates_say_only_their_precision() {
    assert_eq!(when(&When::Year { year: 2023 }, Lang::Zh), "2023年");
    assert_eq!(
        when(
            &When::Month {
                year: 2023,
                month: 10
            },
            Lang::Zh
        ),
        "2023年10月"
    );
    assert_eq!(
        when(
            &When::Month {
                year: 2023,
                month: 10
            },
            Lang::En
        ),
        "October 2023"
    );
    assert_eq!(
        when(&When::Outlook { year: 2024 }, Lang::En),
        "Outlook for 2024"
    );
    assert!(when(&When::Publication, Lang::Zh).starts_with("近日"));
}

#[test]
fn values_are_found_only_as_whole_numbers() {
    assert!(value_in_quote(152, "条", "被市政协采用152条"));
    assert!(!value_in_quote(15, "条", "被市政协采用152条"));
    assert!(!value_in_quote(52, "条", "被市政协采用152条"));
    assert!(value_in_quote(4, "个", "创新搭建四个协商平台"));
    // A Chinese numeral counts only before its unit: 一 is everywhere.
    assert!(!value_in_quote(1, "次", "一年来，区政协持续强化"));
    assert!(value_in_quote(3700, "人次", "参与委员、群众3700余人次"));
}

#[test]
fn url_parameters_are_parsed_and_bad_values_ignored() {
    let p = Params::parse(
        "?review=npc&lang=en&theme=dark&item=liuji-lights&metric=x-1&childId=frame1&utm_source=z",
    );
    assert_eq!(p.review.as_deref(), Some("npc"));
    assert_eq!(p.lang, Some(Lang::En));
    assert_eq!(p.item.as_deref(), Some("liuji-lights"));
    assert_eq!(p.metric.as_deref(), Some("x-1"));
    // theme= and childId are the head and boot scripts' (scripts/boot-hook.mjs).
    let bad = Params::parse("lang=fr&theme=neon&item=%3Cscript%3E&review=&metric");
    assert_eq!(bad, Params::default());
    assert_eq!(Params::parse("lang=en&lang=xx").lang, Some(Lang::En));
}

#[test]
fn percent_decoding_never_fails() {
    assert_eq!(decode("a%20b+c"), "a b c");
    assert_eq!(decode("%E5%9B%9E"), "回");
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%FF"), "\u{FFFD}");
}

#[test]
fn data_loads_only_from_the_widgets_own_origin() {
    let origin = "https://news.example";
    assert_eq!(
        data_url("data/synth.json", origin),
        Ok("data/synth.json".into())
    );
    assert_eq!(
        data_url("/x/y.json?v=2", origin),
        Ok("/x/y.json?v=2".into())
    );
    assert_eq!(
        data_url("https://news.example/d.json", origin),
        Ok("https://news.example/d.json".into())
    );
    for refused in [
        "https://evil.example/d.json",
        "https://news.example.evil.example/d.json",
        "https://news.example@evil.example/d.json",
        "//evil.example/d.json",
        "http://news.example/d.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "file:///etc/passwd",
        "blob:https://news.example/1",
    ] {
        assert_eq!(
            data_url(refused, origin),
            Err(DataRefusal::CrossOrigin),
            "{refused}"
        );
    }
    for malformed in ["/\\evil.example/d.json", "d.json\n", ""] {
        assert_eq!(
            data_url(malformed, origin),
            Err(DataRefusal::Malformed),
            "{malformed:?}"
        );
    }
}

#[test]
fn the_timeline_ticks_take_their_month_names_from_the_dates_ones() {
    use huimou::words::widget::month_abbr;
    assert_eq!(
        (1..=12).map(month_abbr).collect::<Vec<_>>(),
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    );
    assert_eq!((month_abbr(0), month_abbr(13)), ("?", "?"));
}

#[test]
fn an_element_id_names_one_item_and_gives_it_back() {
    use huimou::model::ids::{item_element, item_of_element, metric_element};
    // An id that itself starts like an element id (synthetic files name
    // items `item-1500`) comes back whole.
    for item in ["a", "item-1500", "年度-1"] {
        assert_eq!(item_of_element(&item_element(item)), Some(item));
    }
    // A figure's card, or any other element, is no item.
    assert_eq!(item_of_element(&metric_element("a")), None);
    assert_eq!(item_of_element("hm-detail-title"), None);
    assert_ne!(item_element("a"), metric_element("a"));
}
