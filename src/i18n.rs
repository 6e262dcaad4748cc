//! Every UI string in both languages, aria labels included. Content strings
//! come from the data's own translations, never from here.

use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Loading,
    ErrorHeading,
    WidgetTitle,
    WidgetSubtitle,
    Reporter,
    Correspondent,
    Headline,
    SourceQuote,
    HideSource,
    FromTheArticle,
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
    SearchPlaceholder,
    ClearSearch,
    NoMatch,
    FiguresCount,
    Pipeline,
    OfPrevious,
}

pub fn t(lang: Lang, key: Ui) -> &'static str {
    use Ui::*;
    match (lang, key) {
        (Lang::Zh, Loading) => "正在加载…",
        (Lang::En, Loading) => "Loading…",
        (Lang::Zh, ErrorHeading) => "无法显示本组件",
        (Lang::En, ErrorHeading) => "This widget cannot be shown",
        (Lang::Zh, WidgetTitle) => "回眸2023",
        (Lang::En, WidgetTitle) => "2023 in review",
        (Lang::Zh, WidgetSubtitle) => "荣昌区政协、区人大常委会一年履职数说",
        (Lang::En, WidgetSubtitle) => {
            "The year of Rongchang District's CPPCC committee and People's Congress Standing Committee, in figures"
        }
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
        (Lang::Zh, FromTheArticle) => "出自报道原文：",
        (Lang::En, FromTheArticle) => "From the article (Chinese original, then translation):",
        (Lang::Zh, AlsoInTheArticle) => "文中另一处写作：",
        (Lang::En, AlsoInTheArticle) => "Elsewhere the article says:",
        (Lang::Zh, ComputedFrom) => "据文中数字计算",
        (Lang::En, ComputedFrom) => "computed from the article's figures",
        (Lang::Zh, Related) => "相关事项",
        (Lang::En, Related) => "On the timeline",
        (Lang::Zh, ViewChoice) => "视图",
        (Lang::En, ViewChoice) => "View",
        (Lang::Zh, ByInstitution) => "分机构",
        (Lang::En, ByInstitution) => "By institution",
        (Lang::Zh, SideBySide) => "并排对比",
        (Lang::En, SideBySide) => "Side by side",
        (Lang::Zh, Institution) => "机构",
        (Lang::En, Institution) => "Institution",
        (Lang::Zh, AllInstitutions) => "全部机构",
        (Lang::En, AllInstitutions) => "Both institutions",
        (Lang::Zh, Theme) => "主题",
        (Lang::En, Theme) => "Theme",
        (Lang::Zh, AllThemes) => "全部主题",
        (Lang::En, AllThemes) => "All themes",
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
        (Lang::Zh, Pipeline) => "办理流程",
        (Lang::En, Pipeline) => "Step by step",
        (Lang::Zh, OfPrevious) => "占上一步",
        (Lang::En, OfPrevious) => "of the step before",
    }
}

/// "共 12 个数字" / "12 figures".
pub fn figures_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("共 {n} {}", t(lang, Ui::FiguresCount)),
        Lang::En => format!("{n} {}", t(lang, Ui::FiguresCount)),
    }
}
