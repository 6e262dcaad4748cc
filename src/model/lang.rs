use super::types::{Text, Unit, Verbatim};

/// The reader's language. Chinese is the default: the articles are Chinese.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" | "zh-cn" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// As `lang=` writes it.
    pub fn param(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The value of `<html lang>`.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// Anything with a Chinese and an English form.
pub trait Bilingual {
    fn in_lang(&self, lang: Lang) -> &str;
}

/// The Chinese or the English of a text, to write (the studio's edits).
pub trait BilingualMut {
    fn in_lang_mut(&mut self, lang: Lang) -> &mut String;
}

/// One mapping from a language to its field, for every `{zh, en}` type.
macro_rules! bilingual {
    ($($t:ty),*) => {$(
        impl Bilingual for $t {
            fn in_lang(&self, lang: Lang) -> &str {
                match lang {
                    Lang::Zh => &self.zh,
                    Lang::En => &self.en,
                }
            }
        }
        impl BilingualMut for $t {
            fn in_lang_mut(&mut self, lang: Lang) -> &mut String {
                match lang {
                    Lang::Zh => &mut self.zh,
                    Lang::En => &mut self.en,
                }
            }
        }
    )*};
}
bilingual!(Text, Verbatim);

impl BilingualMut for Unit {
    fn in_lang_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Zh => &mut self.zh,
            Lang::En => &mut self.en,
        }
    }
}

impl Unit {
    /// The unit as it follows `value`: English agrees with the number ("1
    /// inquiry", "2 inquiries"); a figure of 1 without a stated singular
    /// (which validate refuses) keeps the plural rather than guess one.
    pub fn agreeing(&self, value: u64, lang: Lang) -> &str {
        match (lang, &self.en_one) {
            (Lang::Zh, _) => &self.zh,
            (Lang::En, Some(one)) if value == 1 => one,
            (Lang::En, _) => &self.en,
        }
    }
}
