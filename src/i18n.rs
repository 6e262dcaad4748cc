//! Every UI string in both languages, aria labels included. Content strings
//! come from the data's own translations, never from here.

use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Loading,
    ErrorHeading,
    WidgetTitle,
    Reporter,
    Correspondent,
    Figures,
    SourceQuote,
    DerivedFrom,
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
        (Lang::Zh, Reporter) => "记者",
        (Lang::En, Reporter) => "Reporter",
        (Lang::Zh, Correspondent) => "通讯员",
        (Lang::En, Correspondent) => "Correspondent",
        (Lang::Zh, Figures) => "数说",
        (Lang::En, Figures) => "In figures",
        (Lang::Zh, SourceQuote) => "原文",
        (Lang::En, SourceQuote) => "Source",
        (Lang::Zh, DerivedFrom) => "据文中数字计算",
        (Lang::En, DerivedFrom) => "Computed from the article's figures",
    }
}
