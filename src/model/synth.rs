//! Synthetic reviews for benchmarks and scale tests (`examples/synth.rs`).

use super::types::*;

fn text(zh: String, en: String) -> Text {
    Text { zh, en }
}

fn verbatim(zh: String, en: String) -> Verbatim {
    Verbatim { zh, en }
}

/// The i-th item's date: the precisions in turn, spread over 2021–2023, with
/// a few "around publication" and 2024 outlook items.
fn when(i: usize) -> When {
    let year = 2021 + (i / 6 % 3) as i32;
    let month = (i * 7 % 12 + 1) as u8;
    match i % 12 {
        0 | 6 => When::Year { year },
        1 | 7 => When::Quarter {
            year,
            quarter: (i % 4 + 1) as u8,
        },
        2 | 8 | 9 => When::Month { year, month },
        3 | 10 => When::Day {
            year,
            month,
            day: (i * 11 % 28 + 1) as u8,
        },
        4 => When::Publication,
        _ => When::Outlook { year: 2024 },
    }
}

const THEMES: [&str; 3] = ["economy", "people", "oversight"];

/// A review with `n` timeline items and a handful of figures.
pub fn review(n: usize) -> Review {
    let section = |id: &str, zh: &str, en: &str| Section {
        id: id.into(),
        kind: SectionKind::Body,
        label: text(zh.into(), en.into()),
        heading: None,
        note: None,
        paragraphs: vec![],
    };
    let metrics = (0..8)
        .map(|k| Metric {
            id: format!("figure-{k}"),
            section: THEMES[k % 3].into(),
            value: (k as u64 + 1) * 137,
            qualifier: None,
            unit: Unit {
                zh: "件".into(),
                en: "items".into(),
                en_one: Some("item".into()),
            },
            label: text(format!("合成数字{k}"), format!("Synthetic figure {k}")),
            quote: verbatim(
                format!("合成数据{}件", (k + 1) * 137),
                format!("synthetic data, {} items", (k + 1) * 137),
            ),
            headline: k < 4,
            ..Metric::default()
        })
        .collect();
    let items = (0..n)
        .map(|i| {
            let w = when(i);
            Item {
                id: format!("item-{i}"),
                section: THEMES[i % 3].into(),
                kind: ItemKind::Event,
                when: w,
                title: text(format!("合成事项{i}"), format!("Synthetic item {i}")),
                quote: verbatim(
                    format!("合成事项{i}的原文句子。"),
                    format!("The source sentence of synthetic item {i}."),
                ),
                metrics: if i % 50 == 0 {
                    vec![format!("figure-{}", i / 50 % 8)]
                } else {
                    vec![]
                },
            }
        })
        .collect();
    Review {
        schema: None,
        id: "synth".into(),
        year: 2023,
        source: "(synthetic: no source text)".into(),
        institution: text("合成机构".into(), "Synthetic institution".into()),
        short_name: text("合成".into(), "Synthetic".into()),
        switch_name: None,
        colour: None,
        title: verbatim("合成数据".into(), "Synthetic data".into()),
        subtitle: verbatim(format!("——{n}个合成事项"), format!("— {n} synthetic items")),
        byline: Byline {
            organisation: verbatim("基准测试".into(), "Benchmark".into()),
            reporters: vec![verbatim("合成".into(), "Synth".into())],
            correspondents: vec![],
        },
        captions: vec![],
        sections: vec![
            section("economy", "经济", "Economy"),
            section("people", "民生", "People"),
            section("oversight", "监督", "Oversight"),
        ],
        metrics,
        derived: vec![],
        items,
        programmes: vec![],
        funnels: vec![],
    }
}
