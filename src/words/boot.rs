//! The words that show before any wasm runs, or when none can start: the
//! boot scripts' notices (`scripts/page/boot.js`, `studio-boot.js`), the
//! studio page's shell (`static/studio.html`) and the embed loader's frame
//! (`static/embed.js`). The boot hook writes each in as `__WORD_<NAME>__`.
//!
//! Each is both languages at once, Chinese first: nothing has read the
//! reader's language yet, and a script choosing one would cost the page
//! bytes before its first paint.

use super::studio::{w, Word};
use crate::model::Lang;

pub struct Notice {
    pub name: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    /// Between the two: nothing after a Chinese full stop, a space after
    /// an ellipsis, a dot between a title's two names.
    pub between: &'static str,
}

impl Notice {
    /// The notice as the page shows it.
    pub fn text(&self) -> String {
        format!("{}{}{}", self.zh, self.between, self.en)
    }
}

pub fn notices() -> Vec<Notice> {
    let notice = |name, zh, en, between| Notice {
        name,
        zh,
        en,
        between,
    };
    vec![
        // boot.js: the wasm cannot start, or the edition's data cannot be
        // had (the wasm reports that through the same function): the
        // prerendered content stays.
        notice(
            "KEPT",
            "互动功能暂时无法使用，以下内容可照常阅读。",
            "Interactive features are unavailable; the content below can still be read.",
            "",
        ),
        // boot.js: nothing to keep (no prerendered content, or another
        // data file's, which it cannot show).
        notice(
            "FAILED",
            "组件加载失败，请刷新页面重试。",
            "The widget failed to load; please reload the page.",
            "",
        ),
        // embed.js: the frame's accessible name when the host gives none.
        notice("FRAME_TITLE", "回眸", "Year in review", " · "),
        // studio-boot.js.
        notice(
            "STUDIO_FAILED",
            "编辑室加载失败，请刷新页面重试。",
            "The studio failed to load; please reload the page.",
            "",
        ),
        // studio.html, until the studio's wasm has rendered.
        notice(
            "STUDIO_TITLE",
            w(Lang::Zh, Word::Title),
            w(Lang::En, Word::Title),
            " · ",
        ),
        notice(
            "STUDIO_DESCRIPTION",
            "在浏览器中制作回眸数据：每个数字都从原文句子中选取。",
            "Make a huimou edition in the browser, every figure picked from its sentence.",
            "",
        ),
        notice(
            "STUDIO_LOADING",
            "正在加载编辑室…",
            "Loading the studio…",
            " ",
        ),
        notice(
            "STUDIO_NO_SCRIPT",
            "编辑室需要启用 JavaScript。",
            "The studio needs JavaScript.",
            "",
        ),
    ]
}
