//! The burden as named steps: the co-payment rate, A) the 先進医療 part, B) the co-payment on the
//! insured part and the insurer's share, the optional monthly cap, and the totals.

use super::params::*;
use super::schema::{self as field, Bracket, SCHEMA};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::money::{group, COPAY_10_YEN};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Unit};
use crate::reader::Reader;
use crate::rules::insurance::high_cost::{self, AgeGroup};
use crate::schema::Choose;
use crate::sources::{cite, ENTERED};
use crate::value::Value;
use serde::Serialize;

/// Where the monthly cap comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cap {
    None,
    /// The user's own cap from their insurer (`monthly_cap_yen`).
    Own(i64),
    /// A dated 高額療養費 bracket (`cap_bracket`, `many_times`).
    Bracket {
        bracket: Bracket,
        many_times: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// 先進医療に係る費用.
    pub advanced_cost_yen: i64,
    /// 研究費等・実施施設・企業負担 (reduces the patient's 先進医療 part).
    pub subsidy_yen: i64,
    /// 保険外併用療養費の対象となる費用 (the insured part, 10割).
    pub insured_cost_yen: i64,
    /// 一部負担割合 (%); `None` = the seed's 被保険者本人 3割.
    pub copay_percent: Option<i64>,
    pub cap: Cap,
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let advanced_cost_yen = r.int(&field::ADVANCED_COST);
    let subsidy_yen = r.int(&field::SUBSIDY);
    let insured_cost_yen = r.int(&field::INSURED_COST);
    let copay_percent = r.opt_int(&field::COPAY_PERCENT);
    if subsidy_yen > advanced_cost_yen && !r.failed(&field::SUBSIDY) && !r.failed(&field::ADVANCED_COST) {
        let (s, a) = (group(subsidy_yen), group(advanced_cost_yen));
        r.error(
            &field::SUBSIDY,
            "exceeds_advanced_cost",
            Msg::new(
                format!("研究費等の負担額（{s}円）が先進医療に係る費用（{a}円）を超えています"),
                format!("The subsidy ({s} yen) exceeds the advanced-care cost ({a} yen)"),
            ),
        );
    }
    let own_cap = r.opt_int(&field::MONTHLY_CAP);
    let bracket = r.choice_key(&field::CAP_BRACKET).and_then(|k| Bracket::ALL.iter().copied().find(|b| b.key() == k));
    let many_times = r.flag(&field::MANY_TIMES);
    if r.given(&field::MONTHLY_CAP) && r.given(&field::CAP_BRACKET) {
        r.error(
            &field::CAP_BRACKET,
            "conflict",
            Msg::new(
                "上限額の直接入力（monthly_cap_yen）と所得区分（cap_bracket）はどちらか一方だけ指定してください",
                "Give either your own cap (monthly_cap_yen) or an income bracket (cap_bracket), not both",
            ),
        );
    }
    if many_times && !r.given(&field::CAP_BRACKET) {
        r.error(
            &field::MANY_TIMES,
            "requires_cap_bracket",
            Msg::new(
                "多数回該当は所得区分（cap_bracket）と一緒に指定してください（ご自身の上限額を入力する場合は多数回該当を反映した額を入力）",
                "many_times only applies with cap_bracket (an own cap should already reflect it)",
            ),
        );
    }
    let cap = match (own_cap, bracket) {
        (Some(c), None) => Cap::Own(c),
        (None, Some(bracket)) => Cap::Bracket { bracket, many_times },
        _ => Cap::None,
    };
    r.finish(Input { advanced_cost_yen, subsidy_yen, insured_cost_yen, copay_percent, cap })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub advanced_cost_yen: i64,
    pub subsidy_yen: i64,
    /// A) 先進医療費の患者負担分 = 先進医療に係る費用 − 研究費等.
    pub patient_advanced_yen: i64,
    pub insured_cost_yen: i64,
    pub copay_percent: i64,
    /// Whether `copay_percent` was the seed's default (被保険者本人 3割) rather than the user's.
    pub copay_percent_defaulted: bool,
    /// B) 保険外併用療養費の患者負担分 (before any 高額療養費 refund), 10円未満四捨五入.
    pub patient_copay_yen: i64,
    /// 保険者負担 ① = insured part − co-payment (before any 高額療養費 refund).
    pub insurer_yen: i64,
    /// A) + B): with a cap, B) after the cap.
    pub patient_total_yen: i64,
    /// 先進医療に係る費用 + insured part (様式第6号 合計, without その他 ③).
    pub total_cost_yen: i64,
    /// `none`, `monthly_cap_yen` (the user's own cap) or `cap_bracket` (the dated table).
    pub cap_source: &'static str,
    pub cap_bracket: Option<Bracket>,
    pub many_times: bool,
    pub cap_yen: Option<i64>,
    /// B) after the monthly cap (≤ patient_copay_yen); null without a cap.
    pub copay_after_cap_yen: Option<i64>,
    /// What 高額療養費 refunds (patient_copay_yen − copay_after_cap_yen); null without a cap.
    pub high_cost_refund_yen: Option<i64>,
    /// 保険者負担 including the 高額療養費 refund; null without a cap.
    pub insurer_after_cap_yen: Option<i64>,
    /// A) + B) before the cap, as the seed's forms show it (注4: includes the refundable part).
    pub patient_total_before_cap_yen: i64,
}

/// The co-payment rate: the user's, or the seed's 被保険者本人 3割 (said so in a step). Returns
/// the rate and whether it was the default.
fn copay_rate(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(i64, bool), Errors> {
    let std_copay = ctx.get(&STANDARD_COPAY_PERCENT)?;
    let Some(p) = input.copay_percent else {
        trace.push(TraceStep::new(
            "copay_percent",
            Msg::new("一部負担割合（既定: 被保険者本人）", "Co-payment rate (default: the insured person)"),
            Fx::new().words("入力なし → 様式の前提 ", "Not given → the form's assumption of ").pct(std_copay.value),
            Some(std_copay.value),
            Unit::Percent,
            std_copay.source,
        ));
        return Ok((std_copay.value, true));
    };
    Ok((p, false))
}

/// A) 先進医療費の患者負担分: the cost less what research funds / the hospital / a company bear.
fn patient_advanced(input: &Input, trace: &mut Vec<TraceStep>) -> i64 {
    // parse() guarantees subsidy ≤ cost; max(0) is only a guard.
    let patient_advanced = (input.advanced_cost_yen - input.subsidy_yen).max(0);
    trace.push(TraceStep::yen(
        "patient_advanced",
        Msg::new("A) 先進医療費の患者負担分", "A) Patient's share of the advanced-care cost"),
        Fx::new()
            .yen(input.advanced_cost_yen)
            .words("（先進医療に係る費用）− ", " (advanced-care cost) − ")
            .yen(input.subsidy_yen)
            .words("（研究費等・施設・企業負担）= ", " (research funds, hospital, company) = ")
            .yen(patient_advanced),
        patient_advanced,
        SRC_ADVANCED,
    ));
    if input.subsidy_yen > 0 {
        trace.push(TraceStep::note(
            "subsidy_same_everywhere",
            Msg::new("研究費等による減額は全医療機関で同額", "A subsidy must be the same at every hospital"),
            Fx::new().words("", "A reduction of ").yen(input.subsidy_yen).words(
                " の減額は、この技術を実施する全医療機関で同額である必要があります",
                " must be the same at every hospital that provides this technology",
            ),
            SRC_SUBSIDY_SAME,
        ));
    }
    patient_advanced
}

/// B) 保険外併用療養費の患者負担分 (insured part × rate, then the co-payment rounding) and the
/// insurer's share. Returns both.
fn copay_and_insurer(insured: i64, copay_percent: i64, trace: &mut Vec<TraceStep>) -> (i64, i64) {
    let exact = crate::money::percent_of(insured, copay_percent);
    trace.push(TraceStep::new(
        "patient_copay_exact",
        Msg::new("B) 保険外併用療養費 × 負担割合", "B) Insured part × co-payment rate"),
        Fx::new().yen(insured).op(" × ").pct(copay_percent).op(" = ").yen_dec(exact),
        None,
        Unit::Yen,
        SRC_COPAY,
    ));
    // The seed's example (500,000 × 3割 = 150,000) needs no rounding; real co-payments are rounded
    // to 10 yen (健康保険法第75条). Applied once to the whole insured part here (one claim).
    // Rounding up can never make the co-payment exceed the insured part itself (a 100% rate on
    // 1,235 yen would round to 1,240): the co-payment is capped at the insured part.
    let rounded = COPAY_10_YEN.apply(exact);
    let patient_copay = rounded.min(insured);
    let mut formula = Fx::new().yen_dec(exact).op(" → ").yen(rounded);
    if patient_copay < rounded {
        let (limit, kept) = (group(insured), group(patient_copay));
        formula = formula.words(
            &format!("（対象額 {limit}円 を超えないよう {kept}円 に）"),
            &format!(" (lowered to {kept} yen, the insured part itself)"),
        );
    }
    trace.push(TraceStep::yen("patient_copay", COPAY_10_YEN.describe(), formula, patient_copay, COPAY_10_YEN.source));
    let insurer = insured - patient_copay;
    trace.push(TraceStep::yen(
        "insurer",
        Msg::new("保険者負担（保険外併用療養費分）", "Insurer's share (insured part)"),
        Fx::new().yen(insured).op(" − ").yen(patient_copay).op(" = ").yen(insurer),
        insurer,
        SRC_INSURER,
    ));
    (patient_copay, insurer)
}

/// The monthly cap, if one was asked for: the user's own figure or a bracket's.
fn monthly_cap(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Option<i64>, Errors> {
    match input.cap {
        Cap::None => Ok(None),
        Cap::Own(c) => {
            trace.push(TraceStep::yen(
                "cap",
                Msg::new("自己負担限度額（ご自身の保険者の額）", "Monthly cap (your insurer's figure)"),
                Fx::new().words("入力された上限額 ", "Cap entered: ").yen(c),
                c,
                cite!(ENTERED, "monthly_cap_yen"),
            ));
            Ok(Some(c))
        }
        Cap::Bracket { bracket, many_times } => {
            bracket_cap(bracket, many_times, input.insured_cost_yen, ctx, trace).map(Some)
        }
    }
}

/// B) after the cap, what 高額療養費 refunds, and a note that A) is never capped.
fn apply_cap(cap: i64, patient_copay: i64, patient_advanced: i64, trace: &mut Vec<TraceStep>) -> (i64, i64) {
    let after = patient_copay.min(cap);
    let refund = patient_copay - after;
    trace.push(TraceStep::yen(
        "copay_after_cap",
        Msg::new("B) 上限適用後の一部負担金", "B) Co-payment after the cap"),
        Fx::new().op("min(").yen(patient_copay).op(", ").yen(cap).op(") = ").yen(after),
        after,
        SRC_CAP_NOTE,
    ));
    trace.push(TraceStep::yen(
        "high_cost_refund",
        Msg::new("高額療養費（払い戻し・現物給付分）", "High-cost benefit (refund)"),
        Fx::new().yen(patient_copay).op(" − ").yen(after).op(" = ").yen(refund),
        refund,
        SRC_CAP_NOTE,
    ));
    trace.push(TraceStep::note(
        "advanced_not_capped",
        Msg::new("先進医療の部分は上限の対象外", "The advanced-care part is never capped"),
        Fx::new().op("A) ").yen(patient_advanced).words(
            " は保険給付ではないため高額療養費の対象になりません",
            " is not an insurance benefit, so the high-cost benefit never covers it",
        ),
        SRC_CAP_NOTE,
    ));
    (after, refund)
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let (copay_percent, defaulted) = copay_rate(input, ctx, &mut trace)?;
    let patient_advanced = patient_advanced(input, &mut trace);
    let (patient_copay, insurer) = copay_and_insurer(input.insured_cost_yen, copay_percent, &mut trace);

    // Optional monthly cap (高額療養費). Only B) is capped.
    let cap_yen = monthly_cap(input, ctx, &mut trace)?;
    let capped = cap_yen.map(|c| apply_cap(c, patient_copay, patient_advanced, &mut trace));
    let (cap_source, cap_bracket, many_times) = match input.cap {
        Cap::None => ("none", None, false),
        Cap::Own(_) => ("monthly_cap_yen", None, false),
        Cap::Bracket { bracket, many_times } => ("cap_bracket", Some(bracket), many_times),
    };

    let copay_paid = capped.map_or(patient_copay, |(after, _)| after);
    let patient_total = patient_advanced + copay_paid;
    trace.push(TraceStep::yen(
        "patient_total",
        Msg::new("患者負担額 A) + B)", "Patient pays A) + B)"),
        Fx::new().yen(patient_advanced).op(" + ").yen(copay_paid).op(" = ").yen(patient_total),
        patient_total,
        SRC_BURDEN,
    ));
    let total_cost = input.advanced_cost_yen + input.insured_cost_yen;
    trace.push(TraceStep::yen(
        "total_cost",
        Msg::new("総費用（先進医療 + 保険外併用療養費の対象）", "Total cost (advanced care + insured part)"),
        Fx::new().yen(input.advanced_cost_yen).op(" + ").yen(input.insured_cost_yen).op(" = ").yen(total_cost),
        total_cost,
        SRC_TOTAL,
    ));

    let out = Output {
        advanced_cost_yen: input.advanced_cost_yen,
        subsidy_yen: input.subsidy_yen,
        patient_advanced_yen: patient_advanced,
        insured_cost_yen: input.insured_cost_yen,
        copay_percent,
        copay_percent_defaulted: defaulted,
        patient_copay_yen: patient_copay,
        insurer_yen: insurer,
        patient_total_yen: patient_total,
        total_cost_yen: total_cost,
        cap_source,
        cap_bracket,
        many_times,
        cap_yen,
        copay_after_cap_yen: capped.map(|(after, _)| after),
        high_cost_refund_yen: capped.map(|(_, refund)| refund),
        insurer_after_cap_yen: capped.map(|(_, refund)| insurer + refund),
        patient_total_before_cap_yen: patient_advanced + patient_copay,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

/// The cap of a bracket in the table in force on `as_of` (the `high_cost` calculator's rows and
/// steps: `cap_excess`, `cap_excess_rate`, `cap`). Before the first table, or a key that table does
/// not have (ア〜オ until 2027-07, a1〜e3 and o from 2027-08), is an error on `cap_bracket`.
fn bracket_cap(
    bracket: Bracket,
    many_times: bool,
    medical_cost: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<i64, Errors> {
    let on = ctx.as_of;
    let bands = high_cost::bands_in_force(AgeGroup::Under70, on, ctx);
    let error = |code: &str, ja: String, en: String| vec![FieldError::new("cap_bracket", code, Msg::new(ja, en))];
    if bands.is_empty() {
        let first = high_cost::band_rows(Bracket::A).base.map(|p| p.from.to_string()).unwrap_or_default();
        return Err(error(
            "not_in_force",
            format!("{on} 時点の高額療養費の所得区分の額は登録されていません（登録済みは {first} から）。ご加入の保険者に確認した自己負担限度額を monthly_cap_yen に入力してください"),
            format!("The high-cost brackets for {on} are not on file (known from {first}). Enter the cap your insurer gives you in monthly_cap_yen instead"),
        ));
    }
    if !bands.contains(&bracket) {
        let listed = high_cost::band_labels(&bands);
        return Err(error(
            "not_in_table",
            format!("区分「{}」は {on} の表にありません（この表の区分: {}）", bracket.label().ja, listed.ja),
            format!("Bracket “{}” is not in the table for {on} (its brackets: {})", bracket.label().en, listed.en),
        ));
    }
    high_cost::band_cap(bracket, many_times, medical_cost, on, ctx, "", trace).map_err(|m| {
        error(
            "not_in_force",
            format!("{on} 時点の区分{}の額が登録されていません（{}）", bracket.name_ja(), m.0),
            format!("Bracket {} has no figure on file for {on} ({})", bracket.name_en(), m.0),
        )
    })
}
