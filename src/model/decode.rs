//! `Json` → `Review`, field by field, with the JSON path of any problem.
//!
//! The rules mirror the serde attributes on the types in `types.rs` (the JSON
//! Schema is generated from those): required and optional fields, defaults,
//! unknown fields refused, enum names in snake_case. A native test decodes
//! every data file and fixture both ways and requires the same result.
//! Messages follow serde_json's wording, which editors may already know.

use std::borrow::Cow;

use super::json::{clip, Json};
use super::types::*;
use super::validate::Problem;

type Result<T> = std::result::Result<T, Problem>;

/// Where a value is: `metrics[3].quote.zh`. Written out only for a
/// problem: a 10,000-item file has some 200,000 values, and formatting each
/// one's path up front took a third of the loader's time.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

fn wrong(v: &Json, path: &Path, expected: &str) -> Problem {
    Problem::new(
        path.to_string(),
        format!("invalid type: {}, expected {expected}", v.describe()),
    )
}

/// The members of an object, checked off as they are read, so the ones no
/// field asked for can be reported as unknown.
struct Fields<'a> {
    members: &'a [(Cow<'a, str>, Json<'a>)],
    path: &'a Path<'a>,
}

impl<'a> Fields<'a> {
    fn of(v: &'a Json<'a>, path: &'a Path<'a>, name: &str, known: &[&str]) -> Result<Fields<'a>> {
        let Json::Object(members) = v else {
            return Err(wrong(v, path, &format!("struct {name}")));
        };
        if let Some((key, _)) = members.iter().find(|(k, _)| !known.contains(&k.as_ref())) {
            let expected = known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Problem::new(
                Path::Key(path, key).to_string(),
                format!("unknown field `{key}`, expected one of {expected}"),
            ));
        }
        Ok(Fields { members, path })
    }

    fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn req<T>(&self, key: &str, read: impl Fn(&Json, &Path) -> Result<T>) -> Result<T> {
        match self.get(key) {
            Some(v) => read(v, &Path::Key(self.path, key)),
            None => Err(Problem::new(
                self.path.to_string(),
                format!("missing field `{key}`"),
            )),
        }
    }

    /// Absent and `null` are both "none", as serde reads an `Option`.
    fn opt<T>(&self, key: &str, read: impl Fn(&Json, &Path) -> Result<T>) -> Result<Option<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => read(v, &Path::Key(self.path, key)).map(Some),
        }
    }

    fn list<T>(&self, key: &str, read: impl Fn(&Json, &Path) -> Result<T>) -> Result<Vec<T>> {
        Ok(self.opt(key, |v, p| list(v, p, &read))?.unwrap_or_default())
    }
}

fn list<T>(v: &Json, path: &Path, read: impl Fn(&Json, &Path) -> Result<T>) -> Result<Vec<T>> {
    let Json::Array(items) = v else {
        return Err(wrong(v, path, "a sequence"));
    };
    // A plain loop: `collect::<Result<Vec<_>>>` costs a GenericShunt per type in the wasm.
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        out.push(read(x, &Path::Index(path, i))?);
    }
    Ok(out)
}

fn string(v: &Json, path: &Path) -> Result<String> {
    match v {
        Json::String(s) => Ok(String::from(s.as_ref())),
        _ => Err(wrong(v, path, "a string")),
    }
}

fn boolean(v: &Json, path: &Path) -> Result<bool> {
    match v {
        Json::Bool(b) => Ok(*b),
        _ => Err(wrong(v, path, "a boolean")),
    }
}

/// Any integer type, with serde_json's messages for the wrong kind or size.
fn integer<T: TryFrom<i128>>(v: &Json, path: &Path, name: &str) -> Result<T> {
    match v {
        Json::Integer(i) => T::try_from(*i).map_err(|_| {
            Problem::new(
                path.to_string(),
                format!("invalid value: integer `{i}`, expected {name}"),
            )
        }),
        _ => Err(wrong(v, path, name)),
    }
}

fn u64_(v: &Json, p: &Path) -> Result<u64> {
    integer(v, p, "u64")
}

fn i32_(v: &Json, p: &Path) -> Result<i32> {
    integer(v, p, "i32")
}

fn u8_(v: &Json, p: &Path) -> Result<u8> {
    integer(v, p, "u8")
}

fn variant<T: Copy>(v: &Json, path: &Path, options: &[(&str, T)]) -> Result<T> {
    let Json::String(s) = v else {
        return Err(wrong(v, path, "a variant name"));
    };
    options
        .iter()
        .find(|(name, _)| name == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            let names = options
                .iter()
                .map(|(n, _)| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ");
            Problem::new(
                path.to_string(),
                format!("unknown variant `{}`, expected one of {names}", clip(s)),
            )
        })
}

/// `{"zh": …, "en": …}`, the shape of both `Text` and `Verbatim`.
fn zh_en(v: &Json, path: &Path, name: &str) -> Result<(String, String)> {
    let f = Fields::of(v, path, name, &["zh", "en"])?;
    Ok((f.req("zh", string)?, f.req("en", string)?))
}

fn text(v: &Json, path: &Path) -> Result<Text> {
    zh_en(v, path, "Text").map(|(zh, en)| Text { zh, en })
}

fn verbatim(v: &Json, path: &Path) -> Result<Verbatim> {
    zh_en(v, path, "Verbatim").map(|(zh, en)| Verbatim { zh, en })
}

pub fn review(v: &Json) -> Result<Review> {
    let known = [
        "$schema",
        "id",
        "year",
        "source",
        "institution",
        "short_name",
        "switch_name",
        "title",
        "subtitle",
        "byline",
        "captions",
        "sections",
        "metrics",
        "derived",
        "items",
        "programmes",
        "funnels",
    ];
    let f = Fields::of(v, &Path::Root, "Review", &known)?;
    Ok(Review {
        schema: f.opt("$schema", string)?,
        id: f.req("id", string)?,
        year: f.req("year", i32_)?,
        source: f.req("source", string)?,
        institution: f.req("institution", text)?,
        short_name: f.req("short_name", text)?,
        switch_name: f.opt("switch_name", text)?,
        title: f.req("title", verbatim)?,
        subtitle: f.req("subtitle", verbatim)?,
        byline: f.req("byline", byline)?,
        captions: f.list("captions", caption)?,
        sections: f.req("sections", |v, p| list(v, p, section))?,
        metrics: f.list("metrics", metric)?,
        derived: f.list("derived", derived)?,
        items: f.list("items", item)?,
        programmes: f.list("programmes", programme)?,
        funnels: f.list("funnels", funnel)?,
    })
}

fn byline(v: &Json, path: &Path) -> Result<Byline> {
    let f = Fields::of(
        v,
        path,
        "Byline",
        &["organisation", "reporters", "correspondents"],
    )?;
    Ok(Byline {
        organisation: f.req("organisation", verbatim)?,
        reporters: f.req("reporters", |v, p| list(v, p, verbatim))?,
        correspondents: f.list("correspondents", verbatim)?,
    })
}

fn caption(v: &Json, path: &Path) -> Result<Caption> {
    let f = Fields::of(v, path, "Caption", &["id", "mark", "text"])?;
    Ok(Caption {
        id: f.req("id", string)?,
        mark: f.opt("mark", string)?,
        text: f.req("text", verbatim)?,
    })
}

fn section(v: &Json, path: &Path) -> Result<Section> {
    let f = Fields::of(
        v,
        path,
        "Section",
        &["id", "kind", "label", "heading", "note", "paragraphs"],
    )?;
    let kinds = [
        ("lead", SectionKind::Lead),
        ("body", SectionKind::Body),
        ("outlook", SectionKind::Outlook),
    ];
    Ok(Section {
        id: f.req("id", string)?,
        kind: f.req("kind", |v, p| variant(v, p, &kinds))?,
        label: f.req("label", text)?,
        heading: f.opt("heading", verbatim)?,
        note: f.opt("note", text)?,
        paragraphs: f.req("paragraphs", |v, p| list(v, p, verbatim))?,
    })
}

fn qualifier(v: &Json, path: &Path) -> Result<Qualifier> {
    variant(v, path, &[("more_than", Qualifier::MoreThan)])
}

fn metric(v: &Json, path: &Path) -> Result<Metric> {
    let known = [
        "id",
        "section",
        "value",
        "qualifier",
        "unit",
        "label",
        "quote",
        "headline",
        "part_of",
        "restated",
        "items",
    ];
    let f = Fields::of(v, path, "Metric", &known)?;
    Ok(Metric {
        id: f.req("id", string)?,
        section: f.req("section", string)?,
        value: f.req("value", u64_)?,
        qualifier: f.opt("qualifier", qualifier)?,
        unit: f.req("unit", text)?,
        label: f.req("label", text)?,
        quote: f.req("quote", verbatim)?,
        headline: f.opt("headline", boolean)?.unwrap_or(false),
        part_of: f.opt("part_of", string)?,
        restated: f.list("restated", restatement)?,
        items: f.list("items", string)?,
    })
}

fn restatement(v: &Json, path: &Path) -> Result<Restatement> {
    let f = Fields::of(v, path, "Restatement", &["value", "qualifier", "quote"])?;
    Ok(Restatement {
        value: f.req("value", u64_)?,
        qualifier: f.opt("qualifier", qualifier)?,
        quote: f.req("quote", verbatim)?,
    })
}

fn derived(v: &Json, path: &Path) -> Result<Derived> {
    let f = Fields::of(
        v,
        path,
        "Derived",
        &["id", "kind", "part", "whole", "label"],
    )?;
    Ok(Derived {
        id: f.req("id", string)?,
        kind: f.req("kind", |v, p| {
            variant(v, p, &[("share", DerivedKind::Share)])
        })?,
        part: f.req("part", string)?,
        whole: f.req("whole", string)?,
        label: f.req("label", text)?,
    })
}

fn when(v: &Json, path: &Path) -> Result<When> {
    let f = Fields::of(
        v,
        path,
        "WhenRecord",
        &["precision", "year", "quarter", "month", "day"],
    )?;
    let precisions = [
        ("day", Precision::Day),
        ("month", Precision::Month),
        ("quarter", Precision::Quarter),
        ("year", Precision::Year),
        ("publication", Precision::Publication),
        ("outlook", Precision::Outlook),
    ];
    let record = WhenRecord {
        precision: f.req("precision", |v, p| variant(v, p, &precisions))?,
        year: f.opt("year", i32_)?,
        quarter: f.opt("quarter", u8_)?,
        month: f.opt("month", u8_)?,
        day: f.opt("day", u8_)?,
    };
    When::try_from(record).map_err(|message| Problem::new(path.to_string(), message))
}

fn item(v: &Json, path: &Path) -> Result<Item> {
    let f = Fields::of(
        v,
        path,
        "Item",
        &["id", "section", "kind", "when", "title", "quote", "metrics"],
    )?;
    let kinds = [
        ("consultation", ItemKind::Consultation),
        ("research", ItemKind::Research),
        ("inspection", ItemKind::Inspection),
        ("decision", ItemKind::Decision),
        ("document", ItemKind::Document),
        ("meeting", ItemKind::Meeting),
        ("event", ItemKind::Event),
        ("plan", ItemKind::Plan),
    ];
    Ok(Item {
        id: f.req("id", string)?,
        section: f.req("section", string)?,
        kind: f.req("kind", |v, p| variant(v, p, &kinds))?,
        when: f.req("when", when)?,
        title: f.req("title", text)?,
        quote: f.req("quote", verbatim)?,
        metrics: f.list("metrics", string)?,
    })
}

fn programme(v: &Json, path: &Path) -> Result<Programme> {
    let f = Fields::of(v, path, "Programme", &["id", "name", "note", "quote"])?;
    Ok(Programme {
        id: f.req("id", string)?,
        name: f.req("name", verbatim)?,
        note: f.req("note", text)?,
        quote: f.req("quote", verbatim)?,
    })
}

fn funnel(v: &Json, path: &Path) -> Result<Funnel> {
    let f = Fields::of(v, path, "Funnel", &["id", "label", "steps", "outcome"])?;
    Ok(Funnel {
        id: f.req("id", string)?,
        label: f.req("label", text)?,
        steps: f.req("steps", |v, p| list(v, p, string))?,
        outcome: f.opt("outcome", verbatim)?,
    })
}
