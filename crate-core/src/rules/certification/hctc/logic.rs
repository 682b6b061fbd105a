//! One route at a time: the route's requirements (shared vocabulary: [`Checks`]), its notes and
//! its fees, then the verdict. The routes themselves are in `exams`, `renewal`, `provisional` and
//! `special`.

use super::input::Input;
use super::output::{Fee, Output};
use super::params::{Minimums, HALF_FEE_ROUNDING, LATER_REVISION_FROM};
use super::schema::Check;
use super::{application, exams, provisional, renewal, special};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::rules::requirement::Checks;
use crate::sources::{cite, Cite, HCTC_ANNOUNCEMENT_2020, HCTC_BYLAWS};
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
    fn new(ctx: &'a Ctx, input: &Input) -> Route<'a> {
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

    /// The verdict: eligible (or passed) when every requirement is met.
    fn finish(self) -> Evaluation<Output> {
        let Route { checks, mut out, .. } = self;
        out.unmet = checks.unmet();
        out.eligible = out.unmet.is_empty();
        if out.passed.is_some() {
            out.passed = Some(out.eligible);
        }
        let ctx = checks.ctx;
        out.requirements = checks.list;
        Evaluation::new(out, checks.trace, ctx)
    }
}

/// From 2020-12-01 (HCTC認定研修): what is known of the later revision, whose full text was not found.
fn later_revision(route: &mut Route) {
    if route.ctx().as_of < LATER_REVISION_FROM {
        return;
    }
    route.note(
        "later_revision",
        format!("この計算は細則の2019年4月1日の版によります。学会は2020年9月23日に規則・細則の改定と、{LATER_REVISION_FROM}からのHCTC認定研修（通算20日間以上）を公表しており、修了者は患者事例10件以上・ドナー事例10件以上（小児は各5件）で申請できるとされています。改定後の細則の全文は確認できていないため、最新の要件と手数料は学会の案内で確認してください"),
        format!("This uses the bylaws of 1 Apr 2019. On 23 Sep 2020 the society announced revised rules and bylaws and HCTC certification training from {LATER_REVISION_FROM} (20 days or more in all); those who complete it may apply with 10 or more patient and 10 or more donor cases (5 each for paediatrics). The revised bylaws' full text was not found: check the current requirements and fees with the society"),
        cite!(HCTC_ANNOUNCEMENT_2020, "HCTC認定研修（2020年12月1日から）"),
    );
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut route = Route::new(ctx, input);
    match input.check {
        Check::WrittenExam => exams::written(&mut route, input)?,
        Check::OralExam => exams::oral(&mut route, input)?,
        Check::ApplicationReview => application::application(&mut route, input)?,
        Check::RenewalCertified | Check::RenewalSpecialist => renewal::renewal(&mut route, input)?,
        Check::ProvisionalSpecialist => provisional::provisional(&mut route, input)?,
        Check::ProvisionalToSpecialist => provisional::upgrade(&mut route, input)?,
        Check::PediatricToAdult => special::pediatric(&mut route, input)?,
        Check::TransitionSpecialist => special::transition(&mut route, input)?,
    }
    if !matches!(input.check, Check::WrittenExam | Check::OralExam) {
        route.note(
            "one_coordinator",
            "同じ施設の複数のHCTCが関わった事例は、主体的に関わった1人だけが1事例として申請できます。別の人が同じ事例を申請や更新に使うことはできません",
            "A case several HCTCs of the same facility worked on counts once, for the one who led it; no one else may use it for an application or renewal",
            cite!(HCTC_BYLAWS, "細則第2条第2項"),
        );
    }
    later_revision(&mut route);
    route.note(
        "no_refund",
        "一度払い込まれた審査料・登録料・更新審査料は、いかなる理由があっても返却されません",
        "Fees once paid are never refunded, for any reason",
        cite!(HCTC_BYLAWS, "細則第1条第3項・第10条第2項・第15条第3項"),
    );
    Ok(route.finish())
}
