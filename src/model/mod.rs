//! Pure Rust, no web-sys: the data, its validation, derived figures and
//! formatting. Everything here is tested natively with `cargo test`.

pub mod cards;
pub mod colour;
pub mod countup;
pub mod derived;
pub mod edition;
pub mod export;
pub mod filter;
pub mod format;
pub mod ids;
pub mod lang;
pub mod load;
pub mod originals;
pub mod pack;
pub mod params;
pub mod source;
pub mod studio;
pub mod synth;
pub mod texts;
pub mod timeline;
pub mod types;
pub mod validate;

pub use edition::Edition;
pub use lang::{Bilingual, Lang};
pub use load::{load_review, parse_review};
pub use source::Source;
pub use types::*;
pub use validate::{validate, Problem};
