//! The widget's words in both languages, aria labels included, and the
//! words of its dates and figures. Content strings come from the data's own
//! translations, never from here.

use crate::model::format::{number, unit_gap};
use crate::model::types::{Qualifier, When};
use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Loading,
    ErrorHeading,
    /// The language's own name, on the switch to it.
    LanguageName,
    GetTheData,
    FiguresCsv,
    ShareLink,
    ShareOrSave,
    Embed,
    Reporter,
    Correspondent,
    Headline,
    SourceQuote,
    HideSource,
    AlsoInTheArticle,
    ComputedFrom,
    Related,
    ViewChoice,
    ByInstitution,
    SideBySide,
    Institution,
    AllInstitutions,
    Theme,
    AllThemes,
    Search,
    Filter,
    SearchPlaceholder,
    ClearSearch,
    NoMatch,
    FiguresCount,
    /// English agrees with the count: "1 figure".
    FigureCountOne,
    Pipeline,
    Timeline,
    List,
    LanesBy,
    ByTheme,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    TimelineHelp,
    AroundPublication,
    Close,
    Figures,
    ItemsCount,
    ItemCountOne,
    LinkedFigures,
    NoItems,
}

pub fn t(lang: Lang, key: Ui) -> &'static str {
    use Ui::*;
    match (lang, key) {
        (Lang::Zh, Loading) => "正在加载…",
        (Lang::En, Loading) => "Loading…",
        (Lang::Zh, ErrorHeading) => "无法显示本组件",
        (Lang::En, ErrorHeading) => "This widget cannot be shown",
        (Lang::Zh, ShareLink) => "分享链接",
        (Lang::En, ShareLink) => "Share link",
        (Lang::Zh, ShareOrSave) => "分享…",
        (Lang::En, ShareOrSave) => "Share…",
        (Lang::Zh, Embed) => "嵌入",
        (Lang::En, Embed) => "Embed",
        (Lang::Zh, GetTheData) => "获取数据",
        (Lang::En, GetTheData) => "Get the data",
        (Lang::Zh, FiguresCsv) => "全部数字（CSV）",
        (Lang::En, FiguresCsv) => "All figures (CSV)",
        (Lang::Zh, LanguageName) => "中文",
        (Lang::En, LanguageName) => "English",
        (Lang::Zh, Reporter) => "记者",
        (Lang::En, Reporter) => "Reporter",
        (Lang::Zh, Correspondent) => "通讯员",
        (Lang::En, Correspondent) => "Correspondent",
        (Lang::Zh, Headline) => "年度数说",
        (Lang::En, Headline) => "The year at a glance",
        (Lang::Zh, SourceQuote) => "原文",
        (Lang::En, SourceQuote) => "Source",
        (Lang::Zh, HideSource) => "收起原文",
        (Lang::En, HideSource) => "Hide source",
        (Lang::Zh, AlsoInTheArticle) => "文中另一处写作：",
        (Lang::En, AlsoInTheArticle) => "Elsewhere the article says:",
        (Lang::Zh, ComputedFrom) => "据文中数字计算",
        (Lang::En, ComputedFrom) => "computed from the article's figures",
        (Lang::Zh, Related) => "相关事项：",
        (Lang::En, Related) => "On the timeline:",
        (Lang::Zh, ViewChoice) => "视图",
        (Lang::En, ViewChoice) => "View",
        (Lang::Zh, ByInstitution) => "分机构",
        (Lang::En, ByInstitution) => "By institution",
        (Lang::Zh, SideBySide) => "并排对比",
        (Lang::En, SideBySide) => "Side by side",
        (Lang::Zh, Institution) => "机构",
        (Lang::En, Institution) => "Institution",
        (Lang::Zh, AllInstitutions) => "全部",
        (Lang::En, AllInstitutions) => "Both",
        (Lang::Zh, Theme) => "主题",
        (Lang::En, Theme) => "Theme",
        (Lang::Zh, AllThemes) => "全部主题",
        (Lang::En, AllThemes) => "All themes",
        (Lang::Zh, Filter) => "筛选",
        (Lang::En, Filter) => "Filter",
        (Lang::Zh, Search) => "搜索数字",
        (Lang::En, Search) => "Search the figures",
        (Lang::Zh, SearchPlaceholder) => "如：提案、387",
        (Lang::En, SearchPlaceholder) => "e.g. lamps, 387",
        (Lang::Zh, ClearSearch) => "清除筛选",
        (Lang::En, ClearSearch) => "Clear filters",
        (Lang::Zh, NoMatch) => "没有符合条件的数字。",
        (Lang::En, NoMatch) => "No figures match.",
        (Lang::Zh, FiguresCount) => "个数字",
        (Lang::En, FiguresCount) => "figures",
        (Lang::Zh, FigureCountOne) => "个数字",
        (Lang::En, FigureCountOne) => "figure",
        (Lang::Zh, Pipeline) => "办理流程",
        (Lang::En, Pipeline) => "Step by step",
        (Lang::Zh, Timeline) => "时间线",
        (Lang::En, Timeline) => "Timeline",
        (Lang::Zh, List) => "列表",
        (Lang::En, List) => "List",
        (Lang::Zh, LanesBy) => "分组",
        (Lang::En, LanesBy) => "Lanes",
        (Lang::Zh, ByTheme) => "按主题",
        (Lang::En, ByTheme) => "By theme",
        (Lang::Zh, ZoomIn) => "放大",
        (Lang::En, ZoomIn) => "Zoom in",
        (Lang::Zh, ZoomOut) => "缩小",
        (Lang::En, ZoomOut) => "Zoom out",
        (Lang::Zh, ZoomFit) => "适应宽度",
        (Lang::En, ZoomFit) => "Fit",
        (Lang::Zh, TimelineHelp) => "左右方向键逐项浏览，Home/End 到首尾，回车查看详情；Ctrl+滚轮或双指缩放。",
        (Lang::En, TimelineHelp) => {
            "Left and right arrows step through the items, Home and End jump to the ends, Enter opens the details; zoom with Ctrl + wheel or a pinch."
        }
        (Lang::Zh, AroundPublication) => "发稿前后",
        // The article's own word (近日), short enough for the narrow zone it names.
        (Lang::En, AroundPublication) => "Recently",
        (Lang::Zh, Close) => "关闭",
        (Lang::En, Close) => "Close",
        (Lang::Zh, Figures) => "数字",
        (Lang::En, Figures) => "Figures",
        (Lang::Zh, ItemsCount) => "项",
        (Lang::En, ItemsCount) => "items",
        (Lang::Zh, ItemCountOne) => "项",
        (Lang::En, ItemCountOne) => "item",
        (Lang::Zh, LinkedFigures) => "相关数字",
        (Lang::En, LinkedFigures) => "Figures about it",
        (Lang::Zh, NoItems) => "没有符合条件的事项。",
        (Lang::En, NoItems) => "No items match.",
    }
}

/// "共 93 项" / "93 items", "1 item".
pub fn items_count(lang: Lang, n: usize) -> String {
    count(lang, n, Ui::ItemsCount, Ui::ItemCountOne)
}

/// A count and its noun, which English makes agree with it.
fn count(lang: Lang, n: usize, many: Ui, one: Ui) -> String {
    let noun = t(lang, if n == 1 { one } else { many });
    match lang {
        Lang::Zh => format!("共 {n} {noun}"),
        Lang::En => format!("{n} {noun}"),
    }
}

/// A funnel step's share of the step before, in each language's order:
/// "占上一步 91.3%" / "91.3% of the step before".
pub fn of_previous(lang: Lang, percent: &str) -> String {
    match lang {
        Lang::Zh => format!("占上一步 {percent}"),
        Lang::En => format!("{percent} of the step before"),
    }
}

/// An item's kind, as a small label.
pub fn kind(lang: Lang, kind: crate::model::ItemKind) -> &'static str {
    use crate::model::ItemKind::*;
    match (lang, kind) {
        (Lang::Zh, Consultation) => "协商",
        (Lang::En, Consultation) => "Consultation",
        (Lang::Zh, Research) => "调研",
        (Lang::En, Research) => "Research",
        (Lang::Zh, Inspection) => "视察监督",
        (Lang::En, Inspection) => "Inspection",
        (Lang::Zh, Decision) => "决定",
        (Lang::En, Decision) => "Decision",
        (Lang::Zh, Document) => "文件报告",
        (Lang::En, Document) => "Document",
        (Lang::Zh, Meeting) => "会议",
        (Lang::En, Meeting) => "Meeting",
        (Lang::Zh, Event) => "事项",
        (Lang::En, Event) => "Event",
        (Lang::Zh, Plan) => "计划",
        (Lang::En, Plan) => "Plan",
    }
}

/// "共 12 个数字" / "12 figures", "1 figure".
pub fn figures_count(lang: Lang, n: usize) -> String {
    count(lang, n, Ui::FiguresCount, Ui::FigureCountOne)
}

/// The widget's subtitle: whose year it is, named from the edition's reviews
/// (the first by its full name, the rest by their short names, as the page
/// printed them: 荣昌区政协、区人大常委会).
pub fn widget_subtitle(lang: Lang, reviews: &[crate::model::Review]) -> String {
    // Pushed piece by piece: `format!` with a `join` costs the reader's wasm
    // a kilobyte.
    let (open, between, close) = match lang {
        Lang::Zh => ("", "、", "一年履职数说"),
        Lang::En => ("The year of the ", " and the ", ", in figures"),
    };
    let mut subtitle = String::from(open);
    for (i, r) in reviews.iter().enumerate() {
        if i > 0 {
            subtitle.push_str(between);
        }
        subtitle.push_str(match (lang, i) {
            (Lang::Zh, 0) => &r.institution.zh,
            (Lang::Zh, _) => &r.short_name.zh,
            (Lang::En, _) => &r.short_name.en,
        });
    }
    subtitle.push_str(close);
    subtitle
}

/// A review's data file, to download, by its short name: "区政协 (JSON)".
pub fn json_file(name: &str) -> String {
    format!("{name} (JSON)")
}

/// The widget's title: the year the edition looks back on (its first
/// review's), in the reader's language.
pub fn widget_title(lang: Lang, year: &str) -> String {
    match lang {
        Lang::Zh => "回眸".to_string() + year,
        Lang::En => year.to_string() + " in review",
    }
}

/// Said when the widget panics, in both languages: the panic may come
/// before the app knows the reader's.
pub const INTERNAL_ERROR: &str =
    "组件出错，无法继续显示。The widget hit an internal error and stopped.";

/// Between two people of a byline ("张三、李四"; English too: the names
/// are the article's).
pub const NAMES_SEPARATOR: &str = "、";

/// Between two related items, as each language punctuates a run of them.
pub fn items_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    }
}

/// Between an item's title and its date, read out together.
pub fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    }
}

/// The big number of a card, as each language prints 余 / "more than":
/// "3700余" / "3,700+".
pub fn figure(value: u64, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let digits = number(value, lang);
    match (qualifier, lang) {
        (Some(Qualifier::MoreThan), Lang::Zh) => digits + "余",
        (Some(Qualifier::MoreThan), Lang::En) => digits + "+",
        (None, _) => digits,
    }
}

/// The figure as a sentence fragment, for screen readers and plain text:
/// "3700余人次" / "more than 3,700 attendances". `unit` is already the
/// form that agrees with `value` (`Unit::agreeing`).
pub fn figure_phrase(value: u64, qualifier: Option<Qualifier>, unit: &str, lang: Lang) -> String {
    let gap = unit_gap(unit, lang);
    match (lang, qualifier) {
        // A sentence says "more than"; the card's "+" is for the eye.
        (Lang::En, Some(Qualifier::MoreThan)) => {
            format!("more than {}{gap}{unit}", number(value, lang))
        }
        _ => format!("{}{gap}{unit}", figure(value, qualifier, lang)),
    }
}

/// The English month names (the timeline's ticks use their first three
/// letters: `month_abbr`).
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's English name in three letters, "Oct"; "?" for no month.
pub fn month_abbr(month: u8) -> &'static str {
    EN_MONTHS
        .get(usize::from(month).wrapping_sub(1))
        .and_then(|m| m.get(..3))
        .unwrap_or("?")
}

/// A month on the timeline's axis: "10月" / "Oct".
pub fn month_tick(month: i64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{month}月"),
        Lang::En => month_abbr(month as u8).to_string(),
    }
}

/// A date no more precise than the data: "2023年", "2023年10月", "近日".
pub fn when(when: &When, lang: Lang) -> String {
    let month_en = |m: u8| {
        EN_MONTHS
            .get(usize::from(m).wrapping_sub(1))
            .copied()
            .unwrap_or("?")
    };
    match (*when, lang) {
        (When::Year { year }, Lang::Zh) => format!("{year}年"),
        (When::Year { year }, Lang::En) => format!("{year}"),
        (When::Quarter { year, quarter }, Lang::Zh) => format!("{year}年第{quarter}季度"),
        (When::Quarter { year, quarter }, Lang::En) => format!("Q{quarter} {year}"),
        (When::Month { year, month }, Lang::Zh) => format!("{year}年{month}月"),
        (When::Month { year, month }, Lang::En) => format!("{} {year}", month_en(month)),
        (When::Day { year, month, day }, Lang::Zh) => format!("{year}年{month}月{day}日"),
        (When::Day { year, month, day }, Lang::En) => format!("{day} {} {year}", month_en(month)),
        (When::Publication, Lang::Zh) => "近日（发稿前后）".to_string(),
        (When::Publication, Lang::En) => "Recently (around publication)".to_string(),
        (When::Outlook { year }, Lang::Zh) => format!("{year}年展望"),
        (When::Outlook { year }, Lang::En) => format!("Outlook for {year}"),
    }
}

/// A refused `data=` value, as the reader sees it: in both languages, since
/// the refusal comes before the widget knows which language to speak.
pub fn data_refused(
    refusal: &crate::model::params::DataRefusal,
    raw: &str,
) -> crate::model::Problem {
    use crate::model::params::DataRefusal;
    let why = match refusal {
        DataRefusal::CrossOrigin => {
            "只能加载本站的数据文件 / only data files from this site can be loaded"
        }
        DataRefusal::Malformed => "不是有效的文件地址 / not a valid file address",
    };
    let shown: String = raw.chars().take(80).collect();
    crate::model::Problem::new("data", format!("\"{shown}\": {why}"))
}
