//! The extras' words (`static/extras.js`: a card's share or save dialog,
//! the link, the embed code, the image). The boot hook writes them into the
//! script as `__WORDS_EXTRAS__`, `{"en": {key: word…}, "zh": {…}}`.

/// (key, Chinese, English); extras.js reads `WORDS[lang][key]`.
pub type Row = (&'static str, &'static str, &'static str);

pub const WORDS: [Row; 14] = [
    ("share", "分享链接", "Share link"),
    ("embed", "嵌入", "Embed"),
    ("image", "保存图片", "Save image"),
    ("menu", "分享或保存图片", "Share or save as an image"),
    ("close", "关闭", "Close"),
    ("copy", "复制", "Copy"),
    ("copied", "已复制", "Copied"),
    (
        "copyByHand",
        "请选中后手动复制（Ctrl+C / ⌘C）",
        "Select it and copy (Ctrl+C / ⌘C)",
    ),
    (
        "shareHelp",
        "这个链接打开本组件，并显示这一项。",
        "This link opens the widget and shows this item.",
    ),
    (
        "embedHelp",
        "把这段代码贴进文章页，即可嵌入当前视图（机构、语言、主题和所选事项）；高度随内容自动调整。",
        "Paste this into an article page to embed the current view (institution, language, theme and selected item); its height follows the content.",
    ),
    (
        "embedPlain",
        "不能加脚本的页面，可用这个 iframe（高度固定为当前内容的高度）：",
        "For a page that cannot take a script, use this iframe (its height is fixed at the content's current height):",
    ),
    (
        "imageHelp",
        "手机上可长按图片保存或分享。",
        "On a phone, press and hold the image to save or share it.",
    ),
    ("download", "下载 PNG", "Download PNG"),
    // The saved image's footer: "来源：<institution · title> · huimou".
    ("source", "来源", "Source"),
];

/// The table as the script reads it, a language's words by key.
pub fn json() -> serde_json::Value {
    let lang = |pick: fn(&Row) -> &'static str| {
        let words: serde_json::Map<String, serde_json::Value> = WORDS
            .iter()
            .map(|row| (row.0.to_string(), pick(row).into()))
            .collect();
        serde_json::Value::Object(words)
    };
    serde_json::json!({ "zh": lang(|row| row.1), "en": lang(|row| row.2) })
}
