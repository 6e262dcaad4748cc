//! The timeline's geometry: spans by precision, lanes and rows, windowing,
//! keyboard order, zoom. All pure, all native.
#![cfg(not(target_arch = "wasm32"))]

use huimou::model::timeline::*;
use huimou::model::{Edition, Item, ItemKind, Text, Verbatim, When};
use proptest::prelude::*;

fn item(id: &str, when: When) -> Item {
    let t = || Text {
        zh: "x".into(),
        en: "x".into(),
    };
    Item {
        id: id.into(),
        section: "s".into(),
        kind: ItemKind::Event,
        when,
        title: t(),
        quote: Verbatim {
            zh: "x".into(),
            en: "x".into(),
        },
        metrics: vec![],
    }
}

fn axis_2023() -> Axis {
    Axis {
        first_year: 2023,
        last_year: 2023,
        outlook_years: vec![2024],
    }
}

#[test]
fn each_precision_is_drawn_no_more_precisely_than_it_is() {
    let a = axis_2023();
    assert_eq!(
        a.span(&When::Year { year: 2023 }),
        Span {
            start: 0,
            end: 1200,
            mark: Mark::Band
        }
    );
    assert_eq!(
        a.span(&When::Quarter {
            year: 2023,
            quarter: 4
        }),
        Span {
            start: 900,
            end: 1200,
            mark: Mark::Band
        }
    );
    // October, no day: the middle of the month.
    assert_eq!(
        a.span(&When::Month {
            year: 2023,
            month: 10
        }),
        Span {
            start: 950,
            end: 950,
            mark: Mark::Point
        }
    );
    assert_eq!(
        a.span(&When::Day {
            year: 2023,
            month: 1,
            day: 1
        })
        .start,
        0
    );
    // 近日 sits in its own zone after the dated year, not on a date.
    assert_eq!(
        a.span(&When::Publication),
        Span {
            start: 1200,
            end: 1400,
            mark: Mark::Publication
        }
    );
    assert_eq!(
        a.span(&When::Outlook { year: 2024 }),
        Span {
            start: 1400,
            end: 2600,
            mark: Mark::Outlook
        }
    );
    assert_eq!(a.total(), 2600);
    assert_eq!(a.px(1200, 2600, 100), 1200);
    assert_eq!(a.px(1200, 2600, 200), 2400);
}

#[test]
fn the_bundled_timeline_is_honest_about_its_dates() {
    let e = Edition::bundled().unwrap();
    let items: Vec<&Item> = e.reviews.iter().flat_map(|r| &r.items).collect();
    let axis = Axis::for_items(items.iter().copied(), 2023);
    assert_eq!(axis, axis_2023());
    let marks: Vec<(Mark, &str)> = items
        .iter()
        .map(|i| (axis.span(&i.when).mark, i.id.as_str()))
        .collect();
    let points: Vec<&str> = marks
        .iter()
        .filter(|(m, _)| *m == Mark::Point)
        .map(|(_, id)| *id)
        .collect();
    assert_eq!(
        points,
        ["liuji-lights-consultation"],
        "only the one dated month is a point"
    );
    assert_eq!(
        marks
            .iter()
            .filter(|(m, _)| *m == Mark::Publication)
            .count(),
        1
    );
    let outlook = marks.iter().filter(|(m, _)| *m == Mark::Outlook).count();
    assert!(outlook >= 2, "both reviews look ahead to 2024");
    assert_eq!(
        marks.iter().filter(|(m, _)| *m == Mark::Band).count(),
        items.len() - 1 - 1 - outlook
    );
}

/// Pixel footprints of two placed items in the same row never overlap.
fn assert_rows_disjoint(layout: &Layout) {
    for a in &layout.placed {
        for b in &layout.placed {
            if a.index != b.index && a.lane == b.lane && a.row == b.row {
                let (ea, eb) = (
                    a.span.end.max(a.span.start + LABEL_UNITS),
                    b.span.end.max(b.span.start + LABEL_UNITS),
                );
                assert!(
                    ea <= b.span.start || eb <= a.span.start,
                    "{a:?} overlaps {b:?}"
                );
            }
        }
    }
}

#[test]
fn items_pack_into_rows_without_overlap() {
    let items = [
        item("a", When::Year { year: 2023 }),
        item("b", When::Year { year: 2023 }),
        item("c", When::Outlook { year: 2024 }),
        item(
            "d",
            When::Month {
                year: 2023,
                month: 10,
            },
        ),
        item("e", When::Publication),
    ];
    let refs: Vec<&Item> = items.iter().collect();
    let layout = Layout::new(&refs, &[0, 0, 0, 1, 1], 2, axis_2023());
    assert_eq!(layout.placed.len(), 5);
    // Two year bands need two rows; the outlook band fits beside the first.
    assert_eq!(layout.lanes[0].rows, 2);
    let c = layout.placed.iter().find(|p| p.index == 2).unwrap();
    assert_eq!((c.lane, c.row), (0, 0));
    // October's label needs room past the end of the year, where the
    // publication zone starts: they take a row each.
    assert_eq!(layout.lanes[1].rows, 2);
    assert_eq!(layout.lanes[1].top_px, LANE_HEADER_PX + 2 * LANE_ROW_PX);
    assert_eq!(layout.height_px, 2 * LANE_HEADER_PX + 4 * LANE_ROW_PX);
    assert_rows_disjoint(&layout);
    // Keyboard order is time order: the year bands, October, publication, outlook.
    let order: Vec<usize> = layout
        .time_order
        .iter()
        .map(|n| layout.placed[*n].index)
        .collect();
    assert_eq!(order, [0, 1, 3, 4, 2]);
    let first = layout.first().unwrap();
    assert_eq!(
        layout.step(first, -1),
        Some(first),
        "ArrowLeft at the start stays"
    );
    assert_eq!(layout.placed[layout.step(first, 2).unwrap()].index, 3);
    assert_eq!(layout.placed[layout.last().unwrap()].index, 2);
}

#[test]
fn zoom_steps_and_list_window() {
    assert_eq!(zoom_in(100), 150);
    assert_eq!(zoom_in(800), 800);
    assert_eq!(zoom_out(150), 100);
    assert_eq!(zoom_out(100), 100);
    assert_eq!(list_window(10_000, 50, 1000, 1500, 2), 18..32);
    assert_eq!(list_window(10, 50, 0, 10_000, 2), 0..10);
    assert_eq!(list_window(0, 50, 0, 100, 2), 0..0);
}

fn when_strategy() -> impl Strategy<Value = When> {
    prop_oneof![
        (2021..2024i32).prop_map(|year| When::Year { year }),
        (2021..2024i32, 1..=4u8).prop_map(|(year, quarter)| When::Quarter { year, quarter }),
        (2021..2024i32, 1..=12u8).prop_map(|(year, month)| When::Month { year, month }),
        (2021..2024i32, 1..=12u8, 1..=28u8).prop_map(|(year, month, day)| When::Day {
            year,
            month,
            day
        }),
        Just(When::Publication),
        (2024..2026i32).prop_map(|year| When::Outlook { year }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Windowing returns exactly the items a full scan finds in view.
    #[test]
    fn windowing_matches_a_full_scan(
        whens in prop::collection::vec(when_strategy(), 1..300),
        lanes in 1..5usize,
        top in 0..4000i64, height in 100..1500i64, left in 0..3000i64, width in 320..1600i64, zoom in prop::sample::select(ZOOMS.to_vec()),
    ) {
        let items: Vec<Item> = whens.iter().enumerate().map(|(i, w)| item(&format!("i{i}"), *w)).collect();
        let refs: Vec<&Item> = items.iter().collect();
        let lane_of: Vec<usize> = (0..items.len()).map(|i| i % lanes).collect();
        let axis = Axis::for_items(refs.iter().copied(), 2023);
        let layout = Layout::new(&refs, &lane_of, lanes, axis);
        prop_assert_eq!(layout.placed.len(), items.len());
        let (bottom, right) = (top + height, left + width);
        let got = layout.visible(top, bottom, left, right, width, zoom);
        let px = |u| layout.axis.px(u, width, zoom);
        let want: Vec<usize> = (0..layout.placed.len()).filter(|n| {
            let p = &layout.placed[*n];
            let y = layout.y(p);
            y + LANE_ROW_PX > top && y < bottom && px(p.span.start) < right && px(p.span.end.max(p.span.start + LABEL_UNITS)) >= left
        }).collect();
        prop_assert_eq!(got, want);
        // Rows only grow down the drawing, and every item is in the keyboard order once.
        let ys: Vec<i64> = layout.placed.iter().map(|p| layout.y(p)).collect();
        prop_assert!(ys.windows(2).all(|w| w[0] <= w[1]));
        let mut order = layout.time_order.clone();
        order.sort_unstable();
        prop_assert_eq!(order, (0..items.len()).collect::<Vec<_>>());
    }
}

#[test]
fn synthetic_data_is_valid_and_spread_over_every_precision() {
    use huimou::model::{load_review, synth};
    let review = synth::review(1200);
    let json = serde_json::to_string(&review).unwrap();
    let loaded = load_review(&json, None).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(loaded.items.len(), 1200);
    let axis = Axis::for_items(loaded.items.iter(), loaded.year);
    assert_eq!(
        (axis.first_year, axis.last_year, axis.outlook_years.clone()),
        (2021, 2023, vec![2024])
    );
    for mark in [Mark::Point, Mark::Band, Mark::Publication, Mark::Outlook] {
        assert!(
            loaded.items.iter().any(|i| axis.span(&i.when).mark == mark),
            "{mark:?}"
        );
    }
    assert!(Edition::new(vec![loaded]).is_ok());
}

#[test]
fn the_filter_picks_the_timelines_items_and_lanes() {
    use huimou::model::filter::{Filter, ThemeKey};
    let e = Edition::bundled().unwrap();
    let all = LaidOut::new(&e.reviews, &Filter::default(), false);
    let total: usize = e.reviews.iter().map(|r| r.items.len()).sum();
    assert_eq!(all.layout.placed.len(), total);
    // Lanes follow the articles' sections; by institution there are two.
    assert_eq!(
        LaidOut::new(&e.reviews, &Filter::default(), true)
            .lanes
            .len(),
        2
    );
    assert!(all.lanes.len() >= 8);
    let deputies = Filter {
        theme: Some(ThemeKey {
            review: "npc".into(),
            section: "deputies".into(),
        }),
        ..Filter::default()
    };
    let laid_out = LaidOut::new(&e.reviews, &deputies, false);
    let npc = e.review("npc").unwrap();
    assert_eq!(
        laid_out.layout.placed.len(),
        npc.items.iter().filter(|i| i.section == "deputies").count()
    );
    let lamps = Filter {
        query: "路灯".into(),
        ..Filter::default()
    };
    let laid_out = LaidOut::new(&e.reviews, &lamps, false);
    let ids: Vec<&str> = (0..laid_out.layout.placed.len())
        .map(|p| laid_out.item(&e.reviews, p).id.as_str())
        .collect();
    // Expected, computed independently: every item whose texts mention 路灯.
    let mut expected: Vec<&str> = e
        .reviews
        .iter()
        .flat_map(|r| &r.items)
        .filter(|i| {
            [&i.title.zh, &i.quote.zh]
                .iter()
                .any(|t| t.split_whitespace().collect::<String>().contains("路灯"))
        })
        .map(|i| i.id.as_str())
        .collect();
    let mut sorted_ids = ids.clone();
    sorted_ids.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted_ids, expected);
    assert!(ids.contains(&"liuji-lamps-installed"));
    let found = laid_out.find(&e.reviews, "liuji-lamps-installed");
    assert_eq!(
        found.map(|p| laid_out.item(&e.reviews, p).id.as_str()),
        Some("liuji-lamps-installed")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The row tree places every item exactly where a plain first-fit scan of
    /// the rows would (items arrive sorted by start, as the layout sorts them).
    #[test]
    fn rows_place_items_as_a_first_fit_scan_does(mut spans in proptest::collection::vec((0i64..500, 1i64..120), 0..300)) {
        spans.sort();
        let mut rows = huimou::model::timeline::Rows::new(spans.len());
        let mut ends: Vec<i64> = Vec::new();
        for (start, len) in spans {
            let expected = match ends.iter().position(|e| *e <= start) {
                Some(r) => r,
                None => { ends.push(0); ends.len() - 1 }
            };
            ends[expected] = start + len;
            prop_assert_eq!(rows.place(start, start + len), expected);
        }
        prop_assert_eq!(rows.used, ends.len());
    }
}

#[test]
fn the_drawn_area_reaches_past_the_screen_and_covers_small_scrolls() {
    let screen = Area {
        top: 0,
        bottom: 800,
        left: 0,
        right: 1000,
    };
    let drawn = screen.overscan(300);
    assert_eq!(
        drawn,
        Area {
            top: -300,
            bottom: 1100,
            left: -250,
            right: 1250
        }
    );
    assert!(drawn.covers(&screen));
    let moved = |dy: i64, dx: i64| Area {
        top: screen.top + dy,
        bottom: screen.bottom + dy,
        left: screen.left + dx,
        right: screen.right + dx,
    };
    // Scrolls within the overscan change nothing; one past it does.
    assert!(drawn.covers(&moved(300, 250)) && drawn.covers(&moved(-300, -250)));
    assert!(!drawn.covers(&moved(301, 0)));
    assert!(!drawn.covers(&moved(0, -251)));
    // A wider screen (a resize) is not covered by the old drawing.
    assert!(!drawn.covers(&Area {
        right: 1600,
        ..screen
    }));
}

#[test]
fn a_deep_linked_item_is_expected_centred_and_in_view_sideways() {
    // An item near the start stays where it is sideways.
    let a = Area::around_item((40, 1000), (120, 28), 800, 1000);
    assert_eq!((a.top, a.bottom), (1014 - 400, 1014 + 400));
    assert_eq!((a.left, a.right), (0, 1000));
    // One beyond the right edge is brought in just far enough to show whole.
    let b = Area::around_item((2500, 0), (120, 28), 800, 1000);
    assert_eq!((b.left, b.right), (1620, 2620));
    assert!(b.left <= 2500 && 2500 + 120 <= b.right);
    // One wider than the screen shows its start.
    let c = Area::around_item((2500, 0), (3000, 28), 800, 1000);
    assert_eq!(c.left, 2500);
}

#[test]
fn the_first_drawing_holds_a_deep_link_closely_and_the_top_widely() {
    // Around an item at (40, 1000), 120 by 28: its middle (1014) centred on
    // an 800 px screen (614 to 1414), 100 px more up and down; sideways the
    // 1,000 px from the start, and a quarter of that more at each side.
    let linked = Area::first(Some(((40, 1000), (120, 28))), 800, 1000, 300);
    assert_eq!(FIRST_MARGIN_PX, 100);
    assert_eq!(
        linked,
        Area {
            top: 514,
            bottom: 1514,
            left: -250,
            right: 1250
        }
    );
    // Without one: the top of the drawing, the full overscan around it.
    let top = Area::first(None, 800, 1000, 300);
    assert_eq!((top.top, top.bottom), (-300, 1100));
    // A column (the list) has no width to reach sideways.
    let column = Area::first(Some(((0, 7200), (0, 72))), 800, 0, 720);
    assert_eq!((column.left, column.right), (0, 0));
    assert_eq!(column.top, 7200 + 36 - 400 - FIRST_MARGIN_PX);
}

#[test]
fn a_pinch_zooms_a_step_only_when_it_is_meant() {
    // Fingers that wobble (within a quarter) change nothing.
    assert_eq!(pinch_zoom(100, 1.0), 100);
    assert_eq!(pinch_zoom(100, 1.2), 100);
    assert_eq!(pinch_zoom(150, 0.85), 150);
    // Spread or pinched past it: one step.
    assert_eq!(pinch_zoom(100, 1.3), 150);
    assert_eq!(pinch_zoom(100, 3.0), 150);
    assert_eq!(pinch_zoom(150, 0.75), 100);
    // The ends hold.
    assert_eq!(pinch_zoom(800, 2.0), 800);
    assert_eq!(pinch_zoom(100, 0.5), 100);
}

#[test]
fn zooming_keeps_the_middle_on_the_same_time() {
    // An 800 px view scrolled to 1,000 px: its middle is 1,400 px into the
    // drawing. Twice as wide, that time is 2,800 px in: the view starts 400
    // px before it. And back.
    assert_eq!(scroll_keeping_middle(1000, 800, 100, 200), 2400);
    assert_eq!(scroll_keeping_middle(2400, 800, 200, 100), 1000);
    // 150% to 300%: the middle (1,000 px) goes to 2,000 px.
    assert_eq!(scroll_keeping_middle(600, 800, 150, 300), 1600);
}

#[test]
fn month_marks_thin_out_where_months_are_narrow() {
    assert_eq!(month_step(120), 1);
    assert_eq!(month_step(40), 1);
    assert_eq!(month_step(39), 3);
}

#[test]
fn an_item_is_drawn_with_room_for_its_title() {
    // 2023, its publication and a 2024 outlook: 2,600 units, so a 2,600 px
    // drawing at 100% draws a unit a pixel.
    let items = [
        item("year", When::Year { year: 2023 }),
        item(
            "october",
            When::Month {
                year: 2023,
                month: 10,
            },
        ),
    ];
    let refs: Vec<&Item> = items.iter().collect();
    let layout = Layout::new(&refs, &[0, 0], 1, axis_2023());
    assert_eq!(layout.axis.total(), 2600);
    let placed = |id: &str| {
        let n = items.iter().position(|i| i.id == id).unwrap();
        *layout.placed.iter().find(|p| p.index == n).unwrap()
    };
    let (year, october) = (placed("year"), placed("october"));
    // The year band: its whole span, 3 px into its row (the lane's header is
    // 30 px; the band takes the first row).
    assert_eq!(item_box(&layout, &year, 2600, 100), (0, 33, 1200));
    // October, a point mid-month (950): three months' width from it, in the
    // next row (the year band takes the first).
    assert_eq!(item_box(&layout, &october, 2600, 100), (950, 67, 300));
    // At a tenth of the width, 30 px; at a twentieth, the least: 24 px.
    assert_eq!(item_box(&layout, &october, 260, 100).2, 30);
    assert_eq!(item_box(&layout, &october, 130, 100).2, 24);
    // Twice the zoom, twice the size.
    assert_eq!(item_box(&layout, &october, 260, 200), (190, 67, 60));
}
