//! The data types of one review, as editors write them in `data/*.json`.
//!
//! `deny_unknown_fields` everywhere: a misspelt key is an editor's mistake the
//! validator must report, not a field silently ignored.

use serde::{Deserialize, Serialize};

crate::packed! {
    /// Editorial text written for the widget, in both languages.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Text {
        pub zh: String,
        pub en: String,
    }
}

crate::packed! {
    /// What a figure counts: `{"zh": "次", "en": "inquiries", "en_one": "inquiry"}`.
    /// English agrees with the number: `en` is the plural, and a figure of 1
    /// needs `en_one`, its singular (validate asks for it). A sign such as
    /// `%` needs neither.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Unit {
        pub zh: String,
        pub en: String,
        /// The English singular, for a figure of 1 ("inquiry").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub en_one: Option<String>,
    }
}

crate::packed! {
    /// Text copied from the source article: `zh` must be an exact substring of the
    /// source once whitespace is removed; `en` is its faithful translation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Verbatim {
        pub zh: String,
        pub en: String,
    }
}

crate::packed! {
    @texts
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Review {
        /// Where editors' tools find the JSON Schema; ignored by the widget.
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub id: String,
        pub year: i32,
        /// The article text the quotes are checked against, relative to this file.
        pub source: String,
        pub institution: Text,
        pub short_name: Text,
        /// The institution's name on the widget's institution switch, as short as
        /// a reader recognises it (CPPCC); `short_name` when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub switch_name: Option<Text>,
        /// The institution's colour, `{"light": "#a8161b", "dark": "#ff8f85"}`.
        /// The widget darkens or lightens it where needed, so that text in it
        /// reads on each theme's backgrounds; without one, the review takes the
        /// next colour of the widget's palette.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub colour: Option<Colour>,
        pub title: Verbatim,
        pub subtitle: Verbatim,
        pub byline: Byline,
        #[serde(default)]
        pub captions: Vec<Caption>,
        pub sections: Vec<Section>,
        #[serde(default)]
        pub metrics: Vec<Metric>,
        #[serde(default)]
        pub derived: Vec<Derived>,
        #[serde(default)]
        pub items: Vec<Item>,
        #[serde(default)]
        pub programmes: Vec<Programme>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub funnels: Vec<Funnel>,
    }
}

crate::packed! {
    @texts
    /// An institution's colour as hex, `#rgb` or `#rrggbb`.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Colour {
        /// On the light theme: a deep shade, such as the red of the printed page.
        pub light: String,
        /// On the dark theme: a lighter shade of the same colour; `light`
        /// (lightened as needed) when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub dark: Option<String>,
    }
}

crate::packed! {
    @texts
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Byline {
        pub organisation: Verbatim,
        pub reporters: Vec<Verbatim>,
        #[serde(default)]
        pub correspondents: Vec<Verbatim>,
    }
}

crate::packed! {
    @texts
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Caption {
        pub id: String,
        /// The printed pointer (▲, ◀) that tied the caption to its photo.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mark: Option<String>,
        pub text: Verbatim,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Lead,
    Body,
    Outlook,
}

crate::packed! {
    @texts
    /// One part of the article in reading order; its id doubles as the theme of
    /// the figures and items drawn from it.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Section {
        pub id: String,
        pub kind: SectionKind,
        /// Short name for filters.
        pub label: Text,
        /// The article's own heading, where it has one.
        #[serde(default)]
        pub heading: Option<Verbatim>,
        #[serde(default)]
        pub note: Option<Text>,
        pub paragraphs: Vec<Verbatim>,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// 余: the printed number is a lower bound.
    MoreThan,
}

crate::packed! {
    @texts
    /// A figure of the article.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Metric {
        pub id: String,
        pub section: String,
        pub value: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<Qualifier>,
        pub unit: Unit,
        pub label: Text,
        pub quote: Verbatim,
        /// One of the figures the article leads with.
        #[serde(default, skip_serializing_if = "is_false")]
        pub headline: bool,
        /// The figure this one is a subset of.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_of: Option<String>,
        /// The same fact printed again elsewhere in the article.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub restated: Vec<Restatement>,
        /// Timeline items this figure is about.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub items: Vec<String>,
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

crate::packed! {
    @texts
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Restatement {
        pub value: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<Qualifier>,
        pub quote: Verbatim,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DerivedKind {
    /// part / whole, as a percentage.
    Share,
}

crate::packed! {
    @texts
    /// A figure computed from two others; never typed in.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Derived {
        pub id: String,
        pub kind: DerivedKind,
        pub part: String,
        pub whole: String,
        pub label: Text,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Consultation,
    Research,
    Inspection,
    Decision,
    Document,
    Meeting,
    Event,
    Plan,
}

/// When something happened, no more precisely than the source says.
///
/// Read through the flat `WhenRecord`: serde's internally tagged enums buffer
/// their input, which takes much more code than a flat record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "precision", rename_all = "snake_case", try_from = "WhenRecord")]
#[cfg_attr(not(target_arch = "wasm32"), schemars(with = "WhenRecord"))]
pub enum When {
    Day {
        year: i32,
        month: u8,
        day: u8,
    },
    Month {
        year: i32,
        month: u8,
    },
    Quarter {
        year: i32,
        quarter: u8,
    },
    Year {
        year: i32,
    },
    /// 近日: around the article's publication (early in the following year).
    Publication,
    /// Plans for a year still to come.
    Outlook {
        year: i32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Year,
    Publication,
    Outlook,
}

/// `When` as editors write it: `{"precision": "month", "year": 2023, "month": 10}`.
#[derive(Clone, Copy, Debug, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WhenRecord {
    pub precision: Precision,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub quarter: Option<u8>,
    #[serde(default)]
    pub month: Option<u8>,
    #[serde(default)]
    pub day: Option<u8>,
}

impl TryFrom<WhenRecord> for When {
    type Error = String;

    /// Each precision takes exactly its own fields: a "year" item with a
    /// month would claim more precision than it declares.
    fn try_from(r: WhenRecord) -> Result<When, String> {
        let fields = (r.year, r.quarter, r.month, r.day);
        let when = match (r.precision, fields) {
            (Precision::Day, (Some(year), None, Some(month), Some(day))) => {
                When::Day { year, month, day }
            }
            (Precision::Month, (Some(year), None, Some(month), None)) => {
                When::Month { year, month }
            }
            (Precision::Quarter, (Some(year), Some(quarter), None, None)) => {
                When::Quarter { year, quarter }
            }
            (Precision::Year, (Some(year), None, None, None)) => When::Year { year },
            (Precision::Publication, (None, None, None, None)) => When::Publication,
            (Precision::Outlook, (Some(year), None, None, None)) => When::Outlook { year },
            (precision, _) => {
                let (name, fields) = fields_of(precision);
                return Err(format!("precision \"{name}\" takes {fields}"));
            }
        };
        Ok(when)
    }
}

/// A precision's name as editors write it, and the fields it takes.
fn fields_of(precision: Precision) -> (&'static str, &'static str) {
    match precision {
        Precision::Day => ("day", "year, month and day"),
        Precision::Month => ("month", "year and month"),
        Precision::Quarter => ("quarter", "year and quarter"),
        Precision::Year => ("year", "year only"),
        Precision::Outlook => ("outlook", "year only"),
        Precision::Publication => ("publication", "no other field"),
    }
}

crate::packed! {
    @texts
    /// A timeline item: an activity, decision, document or event the article names.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Item {
        pub id: String,
        pub section: String,
        pub kind: ItemKind,
        pub when: When,
        pub title: Text,
        pub quote: Verbatim,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metrics: Vec<String>,
    }
}

crate::packed! {
    @texts
    /// A local mechanism name or slogan, kept in Chinese and explained from the text.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Programme {
        pub id: String,
        pub name: Verbatim,
        pub note: Text,
        pub quote: Verbatim,
    }
}

crate::packed! {
    @texts
    /// A pipeline the article reports step by step (proposals received →
    /// accepted → assigned), each step a figure no larger than the one before.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Funnel {
        pub id: String,
        pub label: Text,
        /// Metric ids, largest first.
        pub steps: Vec<String>,
        /// How the pipeline ends, where the text says so without a number of its own.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub outcome: Option<Verbatim>,
    }
}
