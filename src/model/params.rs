//! The widget's URL parameters, parsed without a browser. Unknown parameters
//! and bad values are ignored, never fatal (README: URL parameters).

use super::lang::Lang;
use super::validate::is_valid_id;

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
                "review" if is_valid_id(&value) => p.review = Some(value),
                "lang" => p.lang = Lang::parse(&value).or(p.lang),
                "item" if is_valid_id(&value) => p.item = Some(value),
                "metric" if is_valid_id(&value) => p.metric = Some(value),
                "data" if !value.is_empty() => p.data = Some(value),
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

impl DataRefusal {
    /// What the reader sees (in both languages: the refusal comes before the
    /// widget knows which language to speak).
    pub fn problem(&self, raw: &str) -> super::Problem {
        let why = match self {
            DataRefusal::CrossOrigin => {
                "只能加载本站的数据文件 / only data files from this site can be loaded"
            }
            DataRefusal::Malformed => "不是有效的文件地址 / not a valid file address",
        };
        let shown: String = raw.chars().take(80).collect();
        super::Problem::new("data", format!("\"{shown}\": {why}"))
    }
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
