//! English poured into the bundled reviews, which carry Chinese only (see
//! `src/bundle.rs`): English readers fetch `data/en/edition.bin`, the English
//! of every bundled review, and each text takes its `en` from it.

use super::types::Review;

crate::packed! {
    /// The English of a review, as `data/en/edition.bin` carries it (packed): every text in
    /// one fixed order, nothing else (ids and structure are in the bundle).
    #[derive(Clone, Debug, PartialEq)]
    pub struct English {
        pub review: String,
        pub texts: Vec<String>,
    }
}

impl English {
    /// Takes the English out of a review (the `bundle` binary's side).
    pub fn of(review: &mut Review) -> English {
        let texts = english_mut(review)
            .into_iter()
            .map(std::mem::take)
            .collect();
        English {
            review: review.id.clone(),
            texts,
        }
    }

    /// Fills the English of `into`, the review it was taken from. The English
    /// of another review or another edition is refused rather than mixed in.
    pub fn pour_into(self, into: &mut Review) -> Result<(), String> {
        let matches = self.review == into.id;
        let slots = english_mut(into);
        if !matches || slots.len() != self.texts.len() {
            return Err("the English text does not match this review".to_string());
        }
        for (slot, text) in slots.into_iter().zip(self.texts) {
            *slot = text;
        }
        Ok(())
    }
}

/// Every English text of a review, in one fixed order.
fn english_mut(r: &mut Review) -> Vec<&mut String> {
    let mut out = vec![
        &mut r.institution.en,
        &mut r.short_name.en,
        &mut r.title.en,
        &mut r.subtitle.en,
        &mut r.byline.organisation.en,
    ];
    out.extend(r.switch_name.as_mut().map(|s| &mut s.en));
    out.extend(r.byline.reporters.iter_mut().map(|v| &mut v.en));
    out.extend(r.byline.correspondents.iter_mut().map(|v| &mut v.en));
    out.extend(r.captions.iter_mut().map(|c| &mut c.text.en));
    for s in &mut r.sections {
        out.push(&mut s.label.en);
        out.extend(s.heading.as_mut().map(|h| &mut h.en));
        out.extend(s.note.as_mut().map(|n| &mut n.en));
        out.extend(s.paragraphs.iter_mut().map(|p| &mut p.en));
    }
    for m in &mut r.metrics {
        out.extend([&mut m.unit.en, &mut m.label.en, &mut m.quote.en]);
        out.extend(m.restated.iter_mut().map(|x| &mut x.quote.en));
    }
    out.extend(r.derived.iter_mut().map(|d| &mut d.label.en));
    for i in &mut r.items {
        out.extend([&mut i.title.en, &mut i.quote.en]);
    }
    for p in &mut r.programmes {
        out.extend([&mut p.name.en, &mut p.note.en, &mut p.quote.en]);
    }
    for f in &mut r.funnels {
        out.push(&mut f.label.en);
        out.extend(f.outcome.as_mut().map(|o| &mut o.en));
    }
    out
}

/// Pours the English of every review of `into` from `english` (the packed
/// `data/en/edition.bin`); a review without its English is an error.
pub fn pour_all(into: &mut [Review], mut english: Vec<English>) -> Result<(), String> {
    for review in into {
        let at = english
            .iter()
            .position(|e| e.review == review.id)
            .ok_or_else(|| format!("no English text for the review \"{}\"", review.id))?;
        english.swap_remove(at).pour_into(review)?;
    }
    Ok(())
}
