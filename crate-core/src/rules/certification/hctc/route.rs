//! The route being checked, shared by every route file: its requirements (the shared vocabulary of
//! [`Checks`]), its notes and readings, its fees, then the verdict.

use super::input::Input;
use super::output::{Fee, Output};
use super::params::{Minimums, HALF_FEE_ROUNDING};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::rules::requirement::Checks;
use crate::sources::Cite;
use rust_decimal::Decimal;

/// The route being checked: its requirements and steps so far, and the answer being built.
pub(super) struct Route<'a> {
    pub checks: Checks<'a>,
    pub out: Output,
    /// Copied from the input so each route's membership check is a one-liner.
    dues_paid: bool,
}

/// An error of the calculator itself (a figure that does not fit its use), never a panic.
pub(super) fn internal(what: &str) -> Errors {
    vec![FieldError::internal(what)]
}

pub(super) fn when_before_application() -> Msg {
    Msg::new("申請書類の提出に先立ち送金", "Paid before submitting the application")
}

pub(super) fn when_on_passing() -> Msg {
    Msg::new("合格の通知後、認定書の受領に先立ち送金", "Paid after the pass notice, before receiving the certificate")
}

impl<'a> Route<'a> {
    pub(super) fn new(ctx: &'a Ctx, input: &Input) -> Route<'a> {
        Route { checks: Checks::new(ctx), out: Output::new(input.check), dues_paid: input.dues_paid }
    }

    pub fn ctx(&self) -> &'a Ctx {
        self.checks.ctx
    }

    /// The version of `row` in force on the application date, recorded as used.
    pub fn get(&self, row: &Param) -> Result<&'static Param, Errors> {
        self.checks.ctx.get(row)
    }

    pub fn count(&mut self, id: &str, row: &Param, reached: i64) -> Result<(), Errors> {
        self.checks.count(id, row, reached).map(|_| ())
    }

    pub fn fiscal_year(&mut self, id: &str, row: &Param, fiscal_year: i32) -> Result<(), Errors> {
        self.checks.fiscal_year(id, row, i64::from(fiscal_year)).map(|_| ())
    }

    pub fn years(&mut self, id: &str, row: &Param, reached: Decimal) -> Result<(), Errors> {
        self.checks.decimal(id, row, reached).map(|_| ())
    }

    pub fn yes(&mut self, id: &str, label: Msg, met: bool, source: &'static Cite) {
        self.checks.yes(id, label, met, source);
    }

    /// A requirement the input left empty: not checked, so the route cannot pass.
    pub fn unchecked(&mut self, id: &str, ja: impl Into<String>, en: impl Into<String>, source: &'static Cite) {
        self.checks.unchecked(id, Msg::new(ja, en), source);
    }

    pub fn step(&mut self, step: TraceStep) {
        self.checks.trace.push(step);
    }

    /// A note on the route: shown with the verdict and as a step of the explanation.
    pub fn note(&mut self, key: &str, ja: impl Into<String>, en: impl Into<String>, source: &'static Cite) {
        let m = Msg::new(ja, en);
        self.step(TraceStep::remark(format!("note.{key}"), m.clone(), source));
        self.out.notes.push(m);
    }

    /// A reading of the 細則 that changes this result: listed under 「この計算の読み方」.
    pub fn reading(
        &mut self,
        key: &str,
        label: Msg,
        ja: impl Into<String>,
        en: impl Into<String>,
        source: &'static Cite,
    ) {
        self.step(TraceStep::reading(&format!("hctc.{key}"), label, Msg::new(ja, en), source));
    }

    /// Patient, donor and related-donor cases against the route's minimums.
    pub fn cases(&mut self, m: &Minimums, input: &Input) -> Result<(), Errors> {
        self.count("patient_cases", m.patient_cases, input.patient_cases)?;
        self.count("donor_cases", m.donor_cases, input.donor_cases)?;
        self.count("related_donor_cases", m.related_donor_cases, input.related_donor_cases)
    }

    /// Annual meetings and renewal seminars against the route's minimums.
    pub fn attendance(&mut self, m: &Minimums, input: &Input) -> Result<(), Errors> {
        self.count("meetings", m.meetings, input.meetings)?;
        self.count("seminars", m.seminars, input.seminars)
    }

    /// Continuous membership with the dues paid in full.
    pub fn dues(&mut self, source: &'static Cite) {
        self.yes(
            "membership_dues",
            Msg::new(
                "継続して本学会会員であり、申請時点で年会費を完納",
                "Continuous membership with the annual dues paid in full at the application",
            ),
            self.dues_paid,
            source,
        );
    }

    /// A fee due on the route, at `percent` of the fee when the route reduces it (第20条: half).
    pub fn fee(&mut self, row: &Param, when: Msg, percent: Option<&Param>) -> Result<(), Errors> {
        let p = self.get(row)?;
        let amount = match percent {
            Some(pct) => self.reduced_fee(p, pct)?,
            None => {
                let label = Msg::new(p.label_ja, p.label_en);
                self.step(TraceStep::yen(format!("fee.{}", p.id), label, Fx::new().yen(p.value), p.value, p.source));
                p.value
            }
        };
        self.out.fees_total_yen = self.out.fees_total_yen.saturating_add(amount);
        self.out.fees.push(Fee {
            id: p.id,
            label: Msg::new(p.label_ja, p.label_en),
            amount_yen: amount,
            full_amount_yen: p.value,
            when,
            refundable: false,
            article: p.source,
        });
        Ok(())
    }

    /// The fee at a percentage, then rounded as declared ([`HALF_FEE_ROUNDING`]): two steps.
    fn reduced_fee(&mut self, p: &'static Param, percent: &Param) -> Result<i64, Errors> {
        let pct = self.get(percent)?;
        let exact = crate::money::percent_of(p.value, pct.value);
        self.step(TraceStep::new(
            format!("fee.{}.exact", p.id),
            Msg::new(format!("{}（{}%）", p.label_ja, pct.value), format!("{} ({}%)", p.label_en, pct.value)),
            Fx::new().yen(p.value).op(" × ").pct(pct.value).op(" = ").yen_dec(exact),
            None,
            Unit::Yen,
            pct.source,
        ));
        let amount = HALF_FEE_ROUNDING.apply(exact);
        self.step(TraceStep::yen(
            format!("fee.{}.rounded", p.id),
            HALF_FEE_ROUNDING.describe(),
            Fx::new().yen_dec(exact).op(" → ").yen(amount),
            amount,
            HALF_FEE_ROUNDING.source,
        ));
        Ok(amount)
    }

    /// The verdict: eligible (or passed) when every requirement is met and none was left
    /// unchecked; `not_checked` when nothing failed but something was not given.
    pub(super) fn finish(self) -> Evaluation<Output> {
        let Route { checks, mut out, .. } = self;
        out.unmet = checks.unmet();
        out.eligible = out.unmet.is_empty() && checks.unchecked.is_empty();
        out.verdict = if !out.unmet.is_empty() {
            "not_met"
        } else if !checks.unchecked.is_empty() {
            "not_checked"
        } else {
            "met"
        };
        out.not_checked = checks.unchecked;
        if out.passed.is_some() {
            out.passed = Some(out.eligible);
        }
        let ctx = checks.ctx;
        out.requirements = checks.list;
        Evaluation::new(out, checks.trace, ctx)
    }
}
