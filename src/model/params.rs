//! The widget's URL parameters, parsed without a browser. Unknown parameters
//! and bad values are ignored, never fatal (README: URL parameters).

use super::lang::Lang;
use super::validate::is_valid_id;

/// The widget's URL parameters by name: the one table the app reads
/// (`Params::parse`), writes (`host::replace_param`) and builds links with
/// (`link`), and the page scripts take their names from (`script_names`).
/// The README's table documents exactly these and pym.js's (`tests/params.rs`).
pub mod key {
    pub const REVIEW: &str = "review";
    pub const LANG: &str = "lang";
    pub const THEME: &str = "theme";
    pub const ACCENT: &str = "accent";
    pub const METRIC: &str = "metric";
    pub const ITEM: &str = "item";
    pub const DATA: &str = "data";
    pub const ALL: [&str; 7] = [REVIEW, LANG, THEME, ACCENT, METRIC, ITEM, DATA];

    /// Applied by the head script before the first paint: the prerendered
    /// page shows them as asked.
    pub const PAINTED: [&str; 2] = [THEME, ACCENT];
    /// Ask for a view the prerendered page does not hold: the head script
    /// shows the loading line instead until the app has rendered it (so does
    /// `LANG` when it names the page's other language).
    pub const OTHER_VIEW: [&str; 4] = [REVIEW, ITEM, METRIC, DATA];
    /// How a view is shown and from which data, not what it shows: a link
    /// the extras make to a view keeps them from the page's address.
    pub const KEPT: [&str; 4] = [LANG, THEME, ACCENT, DATA];

    /// pym.js's, on the widget's address in a host's frame (`embed.js` sets
    /// `CHILD_ID` too): the height messages name the widget with it.
    pub const CHILD_ID: &str = "childId";
    pub const INITIAL_WIDTH: &str = "initialWidth";
    pub const PYM: [&str; 2] = [CHILD_ID, INITIAL_WIDTH];
}

/// The names the page scripts use (`scripts/page/`, `static/extras.js`,
/// `static/embed.js`), by the placeholder the boot hook writes each in place
/// of when it builds them: a parameter as `__KEY_<NAME>__`
/// (`__KEY_CHILD_ID__` is "childId"), a list as `__KEYS_<LIST>__`. So no
/// script writes a parameter's name of its own (`tests/params.rs`).
pub fn script_names() -> Vec<(String, serde_json::Value)> {
    let placeholder = |name: &str| {
        let mut upper = String::new();
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                upper.push('_');
            }
            upper.push(c.to_ascii_uppercase());
        }
        upper
    };
    let one = key::ALL.iter().chain(&key::PYM).map(|name| {
        let value = serde_json::Value::from(*name);
        (format!("__KEY_{}__", placeholder(name)), value)
    });
    let lists = [
        ("OTHER_VIEW", &key::OTHER_VIEW[..]),
        ("KEPT", &key::KEPT[..]),
    ]
    .map(|(list, names)| (format!("__KEYS_{list}__"), names.into()));
    one.chain(lists).collect()
}

/// The widget's own address for `pairs`, relative to the page: `?item=x&lang=en`.
pub fn link(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        out.push_str(&encode(value));
    }
    out
}

/// Percent-encoding of a query value: what is not an unreserved character
/// (RFC 3986) is escaped, as `encodeURIComponent` does.
pub fn encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    pub review: Option<String>,
    pub lang: Option<Lang>,
    pub item: Option<String>,
    pub metric: Option<String>,
    /// Raw `data=` value; whether it may be loaded is decided against the
    /// page's origin by `data_url`.
    pub data: Option<String>,
}

impl Params {
    /// `query` is `location.search`, with or without its leading `?`.
    pub fn parse(query: &str) -> Params {
        let mut p = Params::default();
        for (key, value) in pairs(query.trim_start_matches('?')) {
            match key.as_str() {
                key::REVIEW if is_valid_id(&value) => p.review = Some(value),
                key::LANG => p.lang = Lang::parse(&value).or(p.lang),
                key::ITEM if is_valid_id(&value) => p.item = Some(value),
                key::METRIC if is_valid_id(&value) => p.metric = Some(value),
                key::DATA if !value.is_empty() => p.data = Some(value),
                _ => {}
            }
        }
        p
    }
}

fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|s| !s.is_empty()).map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k), decode(v))
    })
}

/// Percent-decoding of a query component ('+' is a space). Invalid escapes
/// are kept as written; invalid UTF-8 is replaced, not fatal.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Why a `data=` value was not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataRefusal {
    /// Another origin, or a scheme other than http(s): a crafted link must
    /// never make a publisher's page show figures it did not ship.
    CrossOrigin,
    /// Control characters or backslashes, which browsers normalise in
    /// surprising ways (`/\evil.example` is another host).
    Malformed,
}

/// Decides whether `raw` names a file on the widget's own origin (`origin`
/// is `location.origin`, e.g. "https://news.example"). Returns the URL to
/// fetch, or why it is refused; no request is made for a refused value.
pub fn data_url(raw: &str, origin: &str) -> Result<String, DataRefusal> {
    if raw.is_empty() || raw.chars().any(|c| c.is_control() || c == '\\') {
        return Err(DataRefusal::Malformed);
    }
    if raw.starts_with("//") {
        return Err(DataRefusal::CrossOrigin);
    }
    match scheme(raw) {
        None => Ok(raw.to_string()),
        Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            let rest = &raw[s.len() + 1..];
            // `get` rather than slicing: a multi-byte character there must not panic.
            let same = raw
                .get(..origin.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(origin))
                && matches!(
                    raw.as_bytes().get(origin.len()),
                    None | Some(b'/') | Some(b'?') | Some(b'#')
                );
            if same && rest.starts_with("//") {
                Ok(raw.to_string())
            } else {
                Err(DataRefusal::CrossOrigin)
            }
        }
        Some(_) => Err(DataRefusal::CrossOrigin),
    }
}

/// The URL scheme, if `raw` starts with one (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
fn scheme(raw: &str) -> Option<&str> {
    let end = raw.find(':')?;
    let candidate = &raw[..end];
    let mut chars = candidate.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // A colon after a '/' or '?' is part of a path or query, not a scheme.
    (first_ok && rest_ok).then_some(candidate)
}
