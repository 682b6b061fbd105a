//! Explanations: every result carries the steps that produced it, each step's label, formula and
//! note in Japanese and English, built from the numbers by one builder ([`Fx`]) so that an English
//! page reads "1,000 yen × 3 donors" where a Japanese one reads 「1,000円 × 3人」.

use crate::money::{group, group_decimal};
use crate::msg::{Msg, Text};
use crate::params::Unit;
use crate::sources::Cite;
use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::Serialize;

/// One line of "how this was computed".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceStep {
    /// Stable key of the step within its calculator (`gross`, `refund`, …).
    pub key: String,
    pub label: Msg,
    /// The formula with the numbers filled in, in both languages.
    pub formula: Msg,
    /// The step's amount, if it has one.
    pub amount: Option<i64>,
    pub unit: Unit,
    /// The document and section (or the rounding's source).
    pub source: &'static Cite,
    /// A reading whose alternatives give different answers on this input: every answer, the one
    /// this result uses marked (empty for every other step; see [`TraceStep::disagreement`]).
    pub answers: Vec<Answer>,
}

/// What one reading of an ambiguous text gives on this input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The reading, in a few words (「実績全体の半分以上」).
    pub reading: Msg,
    /// What it gives here, in words (「満たす」, 「免除額 1,000,000円」).
    pub answer: Msg,
    /// The amount it gives, where it gives one (yen).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Whether a requirement is met under it, where it decides one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    /// This result uses this reading.
    pub used: bool,
}

/// Where two readings of a document give different answers on the user's input: the result says
/// so and gives each answer (the reading used first). Also a reading step of the trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    /// The reading step's key (without the `reading.` prefix).
    pub key: String,
    pub label: Msg,
    pub answers: Vec<Answer>,
    /// The document's words that admit both readings; the JSON gives the citation in Japanese.
    #[serde(serialize_with = "cite_text")]
    pub source: &'static Cite,
}

fn cite_text<S: serde::Serializer>(c: &&'static Cite, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&c.text(false))
}

/// The JSON API gives `formula` in Japanese (as it always has) and `formula_en` beside it, and
/// `source` as the citation in Japanese with its parts in `cite`.
impl Serialize for TraceStep {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("TraceStep", 8)?;
        st.serialize_field("key", &self.key)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("formula", &self.formula.ja)?;
        st.serialize_field("formula_en", &self.formula.en)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("unit", &self.unit)?;
        st.serialize_field("source", self.source)?;
        st.serialize_field("cite", &self.source.parts())?;
        if !self.answers.is_empty() {
            st.serialize_field("answers", &self.answers)?;
        }
        st.end()
    }
}

/// The key prefix of a reading step.
pub const READING: &str = "reading.";

impl TraceStep {
    pub fn new(
        key: impl Into<String>,
        label: impl Into<Msg>,
        formula: impl Into<Msg>,
        amount: Option<i64>,
        unit: Unit,
        source: &'static Cite,
    ) -> TraceStep {
        TraceStep {
            key: key.into(),
            label: label.into(),
            formula: formula.into(),
            amount,
            unit,
            source,
            answers: Vec::new(),
        }
    }

    /// A yen step.
    pub fn yen(
        key: impl Into<String>,
        label: impl Into<Msg>,
        formula: impl Into<Msg>,
        amount: i64,
        source: &'static Cite,
    ) -> TraceStep {
        TraceStep::new(key, label, formula, Some(amount), Unit::Yen, source)
    }

    /// A reading the calculator makes where a document is ambiguous and the reading changes a
    /// result (「この計算の読み方」 / "How we read the rules"): a note whose key starts with
    /// [`READING`], listed by the page under that heading as well as in the trace.
    pub fn reading(key: &str, label: impl Into<Msg>, text: impl Into<Msg>, source: &'static Cite) -> TraceStep {
        TraceStep::note(format!("{READING}{key}"), label, text, source)
    }

    /// The reading step of a [`Disagreement`]: `text` says which reading this result uses and
    /// why; the step carries every answer, so the page lists them under 「この計算の読み方」.
    pub fn disagreement(d: &Disagreement, text: impl Into<Msg>) -> TraceStep {
        let mut step = TraceStep::reading(&d.key, d.label.clone(), text, d.source);
        step.answers = d.answers.clone();
        step
    }

    /// Whether this step is a reading ([`TraceStep::reading`]).
    pub fn is_reading(&self) -> bool {
        self.key.starts_with(READING)
    }

    /// A note on the result (shown with the verdict too): labelled 「注意事項」 / "Note", its text
    /// once, as the step's formula (a label repeating the text printed every note twice).
    pub fn remark(key: impl Into<String>, text: impl Into<Msg>, source: &'static Cite) -> TraceStep {
        TraceStep::note(key, Text::new("注意事項", "Note"), text, source)
    }

    /// A step without an amount (a note, a condition checked).
    pub fn note(
        key: impl Into<String>,
        label: impl Into<Msg>,
        text: impl Into<Msg>,
        source: &'static Cite,
    ) -> TraceStep {
        TraceStep::new(key, label, text, None, Unit::Count, source)
    }
}

/// A formula in both languages, written once: `Fx::new().yen(5_000).op(" × ").qty(3, PERSONS)`
/// reads 「5,000円 × 3人」 and "5,000 yen × 3 people".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fx {
    ja: String,
    en: String,
}

impl Fx {
    pub fn new() -> Fx {
        // Room for a usual formula (「5,000円 × 3人 = 15,000円」 is 33 bytes): grown from empty, each
        // side was reallocated several times, and reallocating was the largest single cost of an
        // evaluation (perf, the case suite).
        Fx { ja: String::with_capacity(64), en: String::with_capacity(64) }
    }

    /// Text that reads the same in both languages (operators, symbols, numbers).
    pub fn op(mut self, s: &str) -> Fx {
        self.ja.push_str(s);
        self.en.push_str(s);
        self
    }

    /// Text that differs by language.
    pub fn words(mut self, ja: &str, en: &str) -> Fx {
        self.ja.push_str(ja);
        self.en.push_str(en);
        self
    }

    /// A fixed bilingual text.
    pub fn text(self, t: Text) -> Fx {
        self.words(t.ja, t.en)
    }

    /// A message built elsewhere.
    pub fn msg(self, m: &Msg) -> Fx {
        self.words(&m.ja, &m.en)
    }

    /// `1,000円` / `1,000 yen`.
    pub fn yen(self, v: i64) -> Fx {
        self.amount(v, Unit::Yen)
    }

    /// `3,703.5円` / `3,703.5 yen`.
    pub fn yen_dec(self, d: Decimal) -> Fx {
        let n = group_decimal(d);
        self.words(&format!("{n}円"), &format!("{n} yen"))
    }

    /// A number with its unit's suffix (`55,000点` / `55,000 points`).
    pub fn amount(mut self, v: i64, unit: Unit) -> Fx {
        let n = group(v);
        self.ja.push_str(&n);
        self.ja.push_str(unit.suffix_ja());
        self.en.push_str(&unit.amount_en(&n));
        self
    }

    /// A count of things (`3人` / `3 donors`, `1 donor`: `unit.en` is the plural; empty: just the number).
    pub fn qty(self, v: i64, unit: Text) -> Fx {
        let n = group(v);
        self.count_of(n, unit)
    }

    /// A decimal count (`1.5年` / `1.5 years`).
    pub fn qty_dec(self, d: Decimal, unit: Text) -> Fx {
        let n = group_decimal(d);
        self.count_of(n, unit)
    }

    fn count_of(self, n: String, unit: Text) -> Fx {
        let en = if unit.en.is_empty() { n.clone() } else { format!("{n} {}", crate::text::per(&n, unit.en)) };
        self.words(&format!("{n}{}", unit.ja), &en)
    }

    /// A plain number with thousands separators.
    pub fn num(self, v: i64) -> Fx {
        self.op(&group(v))
    }

    /// A plain decimal (`33,333.3333`).
    pub fn dec(self, d: Decimal) -> Fx {
        self.op(&group_decimal(d))
    }

    /// `30%`.
    pub fn pct(self, v: impl std::fmt::Display) -> Fx {
        self.op(&format!("{v}%"))
    }

    /// Amounts joined by ` + ` (the terms of a sum).
    pub fn sum_of(mut self, amounts: &[i64], unit: Unit) -> Fx {
        for (i, a) in amounts.iter().enumerate() {
            if i > 0 {
                self = self.op(" + ");
            }
            self = self.amount(*a, unit);
        }
        self
    }

    pub fn build(self) -> Msg {
        Msg::new(self.ja, self.en)
    }
}

impl From<Fx> for Msg {
    fn from(f: Fx) -> Msg {
        f.build()
    }
}

impl From<Text> for Fx {
    fn from(t: Text) -> Fx {
        Fx::new().text(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_formula_reads_in_both_languages() {
        let m = Fx::new().yen(5_000).op(" × ").qty(3, Text::new("人", "donors")).op(" = ").yen(15_000).build();
        assert_eq!(m.ja, "5,000円 × 3人 = 15,000円");
        assert_eq!(m.en, "5,000 yen × 3 donors = 15,000 yen");
        let m = Fx::new().sum_of(&[55_000, 21_640], Unit::Points).build();
        assert_eq!((m.ja.as_str(), m.en.as_str()), ("55,000点 + 21,640点", "55,000 points + 21,640 points"));
        let m = Fx::new().yen_dec("3703.50".parse().unwrap()).op(" → ").yen(3_700).build();
        assert_eq!(m.en, "3,703.5 yen → 3,700 yen");
    }

    #[test]
    fn one_of_a_thing_is_singular_in_english() {
        let m = Fx::new()
            .qty(1, Text::new("人", "donors"))
            .op(", ")
            .amount(1, Unit::Credits)
            .op(", ")
            .amount(25, Unit::Count)
            .build();
        assert_eq!(m.en, "1 donor, 1 credit, 25");
        assert_eq!(m.ja, "1人, 1単位, 25件");
        assert_eq!(Unit::Count.amount_text(25, true), "25");
        assert_eq!(Unit::Count.amount_text(25, false), "25件");
        assert_eq!(Unit::Months.amount_text(1, true), "1 month");
        assert_eq!(Unit::Credits.amount_text(3, true), "3 credits");
        assert_eq!(Unit::Yen.amount_text(1_000, true), "1,000 yen");
    }
}
