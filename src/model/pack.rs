//! The edition in a compact binary form, read by the widget.
//!
//! Why: reading JSON safely (serde_json with its error paths, the validator,
//! a fetch) would cost the first load a fifth of its code. So the JSON is
//! read where its checks belong: at build
//! time for the bundled edition (build.rs packs what the validator proved)
//! and in the loader worker for `?data=` (`src/bin/loader.rs`). The widget
//! only unpacks bytes that a checked reader wrote. Unpacking still never
//! panics: damaged bytes are an error like any other.
//!
//! The form: fields in declaration order, no names; unsigned integers as
//! LEB128, signed ones zigzagged, strings and lists prefixed by their length,
//! options and enum variants by a byte.

use super::types::*;

#[derive(Default)]
pub struct Writer(pub Vec<u8>);

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

/// The bytes are not what a `Writer` wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Corrupt;

pub trait Packed: Sized {
    /// A hash of the packed layout: each type's name, its fields' names and
    /// types in order, its variants, and the layouts of what it holds.
    /// `packed!` and `packed_enum!` write it from the definition itself, so
    /// any change of a packed type changes the hash of every file holding it.
    const LAYOUT: u64;
    fn pack(&self, w: &mut Writer);
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt>;
}

/// FNV-1a over `bytes`, continuing from `hash`: a const fn, so layouts are
/// hashed at compile time.
pub const fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// Where every layout hash starts (FNV-1a's offset basis).
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A layout that holds other layouts, in order.
pub const fn mix(hash: u64, part: u64) -> u64 {
    fnv(hash, &part.to_le_bytes())
}

/// The version of the packed file format: the header's own shape. The
/// layout hash after it covers the types.
pub const FORMAT: u8 = 1;
/// The first bytes of every packed file: "huimou packed".
const MAGIC: &[u8; 4] = b"HMPK";

/// Why a packed file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a packed file at all (another file, or cut short before its header).
    Foreign,
    /// A packed file of another format version, or of other types: written
    /// by an older or newer `publish` than this engine.
    OtherVersion,
    /// The header is right, the body is not what a `Writer` wrote.
    Damaged,
}

impl Refused {
    /// What a reader is told (with the file's name before it).
    pub fn message(self) -> &'static str {
        match self {
            Refused::Foreign => "is not an edition's data file",
            Refused::OtherVersion => {
                "was written for another version of the widget (publish the edition again)"
            }
            Refused::Damaged => "is damaged",
        }
    }
}

/// A packed file: the header (magic, format version, the layout hash of
/// `T`), then the value.
pub fn pack_file<T: Packed>(value: &T) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.0.push(FORMAT);
    w.0.extend_from_slice(&T::LAYOUT.to_le_bytes());
    value.pack(&mut w);
    w.0
}

/// Reads a packed file of `T`, refusing a foreign or other-version file
/// before reading its body.
pub fn unpack_file<T: Packed>(bytes: &[u8]) -> Result<T, Refused> {
    let header = MAGIC.len() + 1 + 8;
    if bytes.len() < header || &bytes[..MAGIC.len()] != MAGIC {
        return Err(Refused::Foreign);
    }
    let layout = u64::from_le_bytes(bytes[5..header].try_into().map_err(|_| Refused::Foreign)?);
    if bytes[4] != FORMAT || layout != T::LAYOUT {
        return Err(Refused::OtherVersion);
    }
    unpack(&bytes[header..]).map_err(|_| Refused::Damaged)
}

/// Packs a value on its own.
pub fn pack<T: Packed>(value: &T) -> Vec<u8> {
    let mut w = Writer::default();
    value.pack(&mut w);
    w.0
}

/// Unpacks a value that must take all of `bytes`.
pub fn unpack<T: Packed>(bytes: &[u8]) -> Result<T, Corrupt> {
    let mut r = Reader { bytes, at: 0 };
    let value = T::unpack(&mut r)?;
    if r.at == bytes.len() {
        Ok(value)
    } else {
        Err(Corrupt)
    }
}

impl Writer {
    pub fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
}

impl Reader<'_> {
    pub fn byte(&mut self) -> Result<u8, Corrupt> {
        let b = *self.bytes.get(self.at).ok_or(Corrupt)?;
        self.at += 1;
        Ok(b)
    }

    pub fn uint(&mut self) -> Result<u64, Corrupt> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(Corrupt)
    }

    /// A length that the remaining bytes can hold (each element takes at
    /// least one byte), so damaged bytes cannot ask for a huge allocation.
    fn len(&mut self) -> Result<usize, Corrupt> {
        let n = self.uint()?;
        if n > (self.bytes.len() - self.at) as u64 {
            return Err(Corrupt);
        }
        Ok(n as usize)
    }
}

impl Packed for u64 {
    const LAYOUT: u64 = fnv(FNV_START, b"u64");
    fn pack(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        r.uint()
    }
}

impl Packed for u8 {
    const LAYOUT: u64 = fnv(FNV_START, b"u8");
    fn pack(&self, w: &mut Writer) {
        w.0.push(*self);
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        r.byte()
    }
}

impl Packed for i32 {
    const LAYOUT: u64 = fnv(FNV_START, b"i32");
    fn pack(&self, w: &mut Writer) {
        w.uint(((self << 1) ^ (self >> 31)) as u32 as u64);
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        let z = u32::try_from(r.uint()?).map_err(|_| Corrupt)?;
        Ok((z >> 1) as i32 ^ -((z & 1) as i32))
    }
}

impl Packed for bool {
    const LAYOUT: u64 = fnv(FNV_START, b"bool");
    fn pack(&self, w: &mut Writer) {
        w.0.push(u8::from(*self));
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Corrupt),
        }
    }
}

impl Packed for String {
    const LAYOUT: u64 = fnv(FNV_START, b"String");
    fn pack(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        w.0.extend_from_slice(self.as_bytes());
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        let n = r.len()?;
        let bytes = &r.bytes[r.at..r.at + n];
        r.at += n;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| Corrupt)
    }
}

impl<T: Packed> Packed for Option<T> {
    const LAYOUT: u64 = mix(fnv(FNV_START, b"Option"), T::LAYOUT);
    fn pack(&self, w: &mut Writer) {
        match self {
            None => w.0.push(0),
            Some(v) => {
                w.0.push(1);
                v.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::unpack(r).map(Some),
            _ => Err(Corrupt),
        }
    }
}

impl<T: Packed> Packed for Vec<T> {
    const LAYOUT: u64 = mix(fnv(FNV_START, b"Vec"), T::LAYOUT);
    fn pack(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        for v in self {
            v.pack(w);
        }
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        let n = r.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::unpack(r)?);
        }
        Ok(out)
    }
}

/// What the loader worker replies: the checked reviews, or the problems.
impl<T: Packed, E: Packed> Packed for Result<T, E> {
    const LAYOUT: u64 = mix(mix(fnv(FNV_START, b"Result"), T::LAYOUT), E::LAYOUT);
    fn pack(&self, w: &mut Writer) {
        match self {
            Ok(v) => {
                w.0.push(0);
                v.pack(w);
            }
            Err(e) => {
                w.0.push(1);
                e.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        match r.byte()? {
            0 => T::unpack(r).map(Ok),
            1 => E::unpack(r).map(Err),
            _ => Err(Corrupt),
        }
    }
}

/// A struct's packed form: its fields in order (`packed!` writes the list
/// from the definition itself).
#[macro_export]
macro_rules! packed_struct {
    ($t:ident { $($f:ident : $ty:ty),* $(,)? }) => {
        impl $crate::model::pack::Packed for $t {
            const LAYOUT: u64 = {
                use $crate::model::pack::{fnv, mix, FNV_START};
                let hash = fnv(FNV_START, stringify!($t { $($f: $ty),* }).as_bytes());
                $( let hash = mix(hash, <$ty as $crate::model::pack::Packed>::LAYOUT); )*
                hash
            };
            fn pack(&self, w: &mut $crate::model::pack::Writer) {
                $( $crate::model::pack::Packed::pack(&self.$f, w); )*
            }
            fn unpack(
                r: &mut $crate::model::pack::Reader,
            ) -> Result<Self, $crate::model::pack::Corrupt> {
                Ok($t { $( $f: $crate::model::pack::Packed::unpack(r)?, )* })
            }
        }
    };
}

/// A struct defined once, with its packed form: its fields in declaration
/// order. Wrap the definition (attributes and doc comments included):
/// `crate::packed! { #[derive(…)] pub struct Text { pub zh: String, … } }`.
#[macro_export]
macro_rules! packed {
    (
        @texts
        $(#[$meta:meta])*
        $vis:vis struct $t:ident {
            $( $(#[$field_meta:meta])* $field_vis:vis $f:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $crate::packed! {
            $(#[$meta])*
            $vis struct $t {
                $( $(#[$field_meta])* $field_vis $f : $ty ),*
            }
        }
        $crate::texts_struct!($t { $($f),* });
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $t:ident {
            $( $(#[$field_meta:meta])* $field_vis:vis $f:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $t {
            $( $(#[$field_meta])* $field_vis $f: $ty ),*
        }
        $crate::packed_struct!($t { $($f: $ty),* });
    };
}

/// `packed!` for a type of a review that holds texts: `@texts` also writes
/// its walk over them (`model::texts::Texts`), field by field in order, each
/// under its JSON key.
#[macro_export]
macro_rules! texts_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl $crate::model::texts::Texts for $t {
            fn texts<'a>(&'a self, path: &str, out: &mut $crate::model::texts::Found<'a>) {
                $( $crate::model::texts::Texts::texts(
                    &self.$f, &$crate::model::texts::field(path, stringify!($f)), out); )*
            }
            fn texts_mut<'a>(&'a mut self, path: &str, out: &mut $crate::model::texts::FoundMut<'a>) {
                $( $crate::model::texts::Texts::texts_mut(
                    &mut self.$f, &$crate::model::texts::field(path, stringify!($f)), out); )*
            }
        }
    };
}

/// A fieldless enum: the variant's place in the list. The match names every
/// variant, so a variant added to a type and forgotten here does not compile.
macro_rules! packed_enum {
    ($t:ident [$($v:ident),* $(,)?]) => {
        impl Packed for $t {
            const LAYOUT: u64 = fnv(FNV_START, stringify!($t [$($v),*]).as_bytes());
            fn pack(&self, w: &mut Writer) {
                match self {
                    $( $t::$v => {} )*
                }
                let all = [$($t::$v),*];
                w.0.push(all.iter().position(|x| x == self).unwrap_or(0) as u8);
            }
            fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
                [$($t::$v),*].get(r.byte()? as usize).copied().ok_or(Corrupt)
            }
        }
    };
}

packed_enum!(SectionKind[Lead, Body, Outlook]);
packed_enum!(Qualifier[MoreThan]);
packed_enum!(DerivedKind[Share]);
packed_enum!(ItemKind[Consultation, Research, Inspection, Decision, Document, Meeting, Event, Plan]);

impl Packed for When {
    // Written by hand below: its layout is its tags' meanings, named here.
    const LAYOUT: u64 = fnv(
        FNV_START,
        b"When [0 Day(month u8, day u8, year i32), 1 Month(month u8, year i32), 2 Quarter(quarter u8, year i32), 3 Year(year i32), 4 Publication, 5 Outlook(year i32)]",
    );
    fn pack(&self, w: &mut Writer) {
        match *self {
            When::Day { year, month, day } => {
                w.0.extend([0, month, day]);
                year.pack(w);
            }
            When::Month { year, month } => {
                w.0.extend([1, month]);
                year.pack(w);
            }
            When::Quarter { year, quarter } => {
                w.0.extend([2, quarter]);
                year.pack(w);
            }
            When::Year { year } => {
                w.0.push(3);
                year.pack(w);
            }
            When::Publication => w.0.push(4),
            When::Outlook { year } => {
                w.0.push(5);
                year.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader) -> Result<Self, Corrupt> {
        Ok(match r.byte()? {
            0 => {
                let (month, day) = (r.byte()?, r.byte()?);
                When::Day {
                    month,
                    day,
                    year: i32::unpack(r)?,
                }
            }
            1 => {
                let month = r.byte()?;
                When::Month {
                    month,
                    year: i32::unpack(r)?,
                }
            }
            2 => {
                let quarter = r.byte()?;
                When::Quarter {
                    quarter,
                    year: i32::unpack(r)?,
                }
            }
            3 => When::Year {
                year: i32::unpack(r)?,
            },
            4 => When::Publication,
            5 => When::Outlook {
                year: i32::unpack(r)?,
            },
            _ => return Err(Corrupt),
        })
    }
}
