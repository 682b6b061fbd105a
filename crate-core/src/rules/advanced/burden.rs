//! 先進医療の患者負担 — what a patient pays for a course of 先進医療 (seed 001).
//!
//! Seed 001 様式第3号 「11. 患者負担について」 (repeated in 様式第5号 and 様式第6号):
//!
//! > 患者負担40万 = A) + B)
//! > A) 先進医療費の患者負担分 50万 − 25万 = 25万円
//! > B) 保険外併用療養費の患者負担分 50万 × 3割負担 = 15万円
//!
//! So the patient pays the 先進医療 part in full less whatever research funds / the hospital /
//! a company bear (研究費等・実施施設負担・企業負担), plus the ordinary co-payment on the insured part
//! (保険外併用療養費). The insurer pays the rest of the insured part (様式第6号 「保険者負担 ①」:
//! 350,000円). The seed adds that a subsidy must be the same at every hospital (様式第3号 §10 欄外,
//! 様式第7-2号 記載要領) and that the co-payment shown *includes* what 高額療養費 later refunds
//! (様式第6号 注4). The optional monthly cap below shows that refund; the 先進医療 part is never
//! part of it (it is not 保険給付, so 高額療養費 does not touch it).
//!
//! The 高額療養費 bracket figures are not in any seed: they are 健康保険法施行令第42条's figures for
//! people under 70 in force from 2015-01-01 until 2026-07-31 (RULES.md "Facts checked outside the
//! seeds"). They are cited through the seed place that asks for them (様式第6号 注4) and end on
//! 2026-07-31; after that the calculator refuses to guess and asks for the insurer's own cap.

use crate::date::ymd;
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group, yen, Direction, Rounding, COPAY_10_YEN};
use crate::params::{Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;

/// The seed's form version: it says seals are not needed "R3.2.1以降" (from 2021-02-01), the latest
/// date it names, so the seed's rules are dated from then (the seed gives no version date itself).
const SEED_FROM: crate::date::Date = ymd(2021, 2, 1);
const SRC_BURDEN: &str = "seed 001 様式第3号 11「患者負担について」(補足) A)+B)";
const SRC_ADVANCED: &str = "seed 001 様式第3号 11 (補足) A) 先進医療費の患者負担分";
const SRC_COPAY: &str = "seed 001 様式第3号 11 (補足) B) 保険外併用療養費の患者負担分";
const SRC_INSURER: &str = "seed 001 様式第6号 「保険者負担 保険外併用療養費分 ①」";
const SRC_TOTAL: &str = "seed 001 様式第6号 「合計 ①+②+③」";
const SRC_CAP_NOTE: &str = "seed 001 様式第6号 注4「一部負担金」には、高額療養費該当分を含む";
/// Cited through the seed place that brings 高額療養費 up (様式第6号 注4); the figures themselves
/// are 健康保険法施行令第42条's, as listed in RULES.md "Facts checked outside the seeds".
const SRC_HIGH_COST: &str = "seed 001 様式第6号 注4 (高額療養費: 健康保険法施行令第42条, figures in RULES.md)";
/// The 70歳未満 brackets ア〜オ began on 2015-01-01 (平成27年1月の見直し).
const HC_FROM: crate::date::Date = ymd(2015, 1, 1);
/// Last day of the figures known to be in force (RULES.md: "in force until 2026-07").
const HC_UNTIL: crate::date::Date = ymd(2026, 7, 31);

/// 1円未満四捨五入 of the 1% term: 健康保険法施行令第42条 「一円未満の端数がある場合において、その端数
/// 金額が五十銭未満であるときは、これを切り捨て、その端数金額が五十銭以上であるときは、これを一円に切り上げ」.
pub const HIGH_COST_ONE_PERCENT_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::HalfUp,
    "1円未満四捨五入（50銭未満切り捨て・50銭以上切り上げ）",
    "Rounded to the nearest yen (under 50 sen dropped, 50 sen or more rounded up)",
    "健康保険法施行令第42条",
);

macro_rules! hc {
    ($id:expr, $v:expr, $unit:expr, $ja:expr, $en:expr) => {
        Param::new($id, $v, $unit, HC_FROM, SRC_HIGH_COST, $ja, $en).until(HC_UNTIL)
    };
}

pub static PARAMS: &[Param] = &[
    // 様式第6号 注1: the typical case is computed "原則として健康保険被保険者本人の場合", and the
    // example's co-payment is 3割 (様式第3号 11 B), 様式第6号 「× 3割」). Used when the user does
    // not give their own rate.
    Param::new(
        "advanced.burden.standard_copay_percent",
        30,
        Unit::Percent,
        SEED_FROM,
        "seed 001 様式第3号 11 (補足) B)「3割負担」, 様式第6号 注1（健康保険被保険者本人）",
        "保険外併用療養費の一部負担割合（被保険者本人）",
        "Co-payment rate on the insured part (the insured person)",
    ),
    // 高額療養費算定基準額, 70歳未満 (健康保険法施行令第42条), in force 2015-01-01 .. 2026-07-31.
    hc!(
        "advanced.high_cost.under70.rate_percent",
        1,
        Unit::Percent,
        "高額療養費 医療費の超過分に乗じる率（百分の一）",
        "High-cost cap: rate on the excess medical cost (1/100)"
    ),
    hc!(
        "advanced.high_cost.under70.a.base",
        252_600,
        Unit::Yen,
        "高額療養費 区分ア 基本額",
        "High-cost cap, bracket A (ア): base"
    ),
    hc!(
        "advanced.high_cost.under70.a.threshold",
        842_000,
        Unit::Yen,
        "高額療養費 区分ア 控除する医療費",
        "High-cost cap, bracket A (ア): medical cost deducted"
    ),
    hc!(
        "advanced.high_cost.under70.a.many_times",
        140_100,
        Unit::Yen,
        "高額療養費 区分ア 多数回該当",
        "High-cost cap, bracket A (ア): 4th month onward"
    ),
    hc!(
        "advanced.high_cost.under70.i.base",
        167_400,
        Unit::Yen,
        "高額療養費 区分イ 基本額",
        "High-cost cap, bracket I (イ): base"
    ),
    hc!(
        "advanced.high_cost.under70.i.threshold",
        558_000,
        Unit::Yen,
        "高額療養費 区分イ 控除する医療費",
        "High-cost cap, bracket I (イ): medical cost deducted"
    ),
    hc!(
        "advanced.high_cost.under70.i.many_times",
        93_000,
        Unit::Yen,
        "高額療養費 区分イ 多数回該当",
        "High-cost cap, bracket I (イ): 4th month onward"
    ),
    hc!(
        "advanced.high_cost.under70.u.base",
        80_100,
        Unit::Yen,
        "高額療養費 区分ウ 基本額",
        "High-cost cap, bracket U (ウ): base"
    ),
    hc!(
        "advanced.high_cost.under70.u.threshold",
        267_000,
        Unit::Yen,
        "高額療養費 区分ウ 控除する医療費",
        "High-cost cap, bracket U (ウ): medical cost deducted"
    ),
    hc!(
        "advanced.high_cost.under70.u.many_times",
        44_400,
        Unit::Yen,
        "高額療養費 区分ウ 多数回該当",
        "High-cost cap, bracket U (ウ): 4th month onward"
    ),
    hc!(
        "advanced.high_cost.under70.e.base",
        57_600,
        Unit::Yen,
        "高額療養費 区分エ 定額",
        "High-cost cap, bracket E (エ): flat"
    ),
    hc!(
        "advanced.high_cost.under70.e.many_times",
        44_400,
        Unit::Yen,
        "高額療養費 区分エ 多数回該当",
        "High-cost cap, bracket E (エ): 4th month onward"
    ),
    hc!(
        "advanced.high_cost.under70.o.base",
        35_400,
        Unit::Yen,
        "高額療養費 区分オ 定額（住民税非課税）",
        "High-cost cap, bracket O (オ, tax-exempt): flat"
    ),
    hc!(
        "advanced.high_cost.under70.o.many_times",
        24_600,
        Unit::Yen,
        "高額療養費 区分オ 多数回該当",
        "High-cost cap, bracket O (オ): 4th month onward"
    ),
];

/// 70歳未満の所得区分 ア〜オ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bracket {
    A,
    I,
    U,
    E,
    O,
}

impl Bracket {
    pub fn key(self) -> &'static str {
        match self {
            Bracket::A => "a",
            Bracket::I => "i",
            Bracket::U => "u",
            Bracket::E => "e",
            Bracket::O => "o",
        }
    }
    pub fn kana(self) -> &'static str {
        match self {
            Bracket::A => "ア",
            Bracket::I => "イ",
            Bracket::U => "ウ",
            Bracket::E => "エ",
            Bracket::O => "オ",
        }
    }
    /// ア〜ウ have a 1% term on the medical cost above a threshold; エ・オ are flat.
    fn has_excess_term(self) -> bool {
        matches!(self, Bracket::A | Bracket::I | Bracket::U)
    }
}

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

const BRACKET_CHOICES: &[&str] = &["a", "i", "u", "e", "o", "ア", "イ", "ウ", "エ", "オ"];

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let advanced_cost_yen = r.int("advanced_cost_yen", None);
    let subsidy_yen = r.int("subsidy_yen", Some(0));
    let insured_cost_yen = r.int("insured_cost_yen", None);
    let copay_percent = match r.raw("copay_percent") {
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(r.int_max("copay_percent", None, 100)),
        None => None,
    };
    if subsidy_yen > advanced_cost_yen
        && r.errors
            .iter()
            .all(|e| e.field != "subsidy_yen" && e.field != "advanced_cost_yen")
    {
        r.error(
            "subsidy_yen",
            "exceeds_advanced_cost",
            Msg::new(
                format!(
                    "研究費等の負担額（{}）が先進医療に係る費用（{}）を超えています",
                    yen(subsidy_yen),
                    yen(advanced_cost_yen)
                ),
                format!(
                    "The subsidy ({}) exceeds the 先進医療 cost ({})",
                    yen(subsidy_yen),
                    yen(advanced_cost_yen)
                ),
            ),
        );
    }
    let own_cap = r.opt_int("monthly_cap_yen");
    let bracket = match r.raw("cap_bracket") {
        None => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(match r.choice("cap_bracket", BRACKET_CHOICES, None) {
            "a" | "ア" => Bracket::A,
            "i" | "イ" => Bracket::I,
            "u" | "ウ" => Bracket::U,
            "e" | "エ" => Bracket::E,
            _ => Bracket::O,
        }),
    };
    let many_times = r.bool("many_times", false);
    let cap = match (own_cap, bracket) {
        (Some(_), Some(_)) => {
            r.error(
                "cap_bracket",
                "conflict",
                Msg::new(
                    "上限額の直接入力（monthly_cap_yen）と所得区分（cap_bracket）はどちらか一方だけ指定してください",
                    "Give either your own cap (monthly_cap_yen) or an income bracket (cap_bracket), not both",
                ),
            );
            Cap::None
        }
        (Some(c), None) => Cap::Own(c),
        (None, Some(b)) => Cap::Bracket { bracket: b, many_times },
        (None, None) => Cap::None,
    };
    if many_times && bracket.is_none() {
        r.error(
            "many_times",
            "requires_cap_bracket",
            Msg::new(
                "多数回該当は所得区分（cap_bracket）と一緒に指定してください（ご自身の上限額を入力する場合は多数回該当を反映した額を入力）",
                "many_times only applies with cap_bracket (an own cap should already reflect it)",
            ),
        );
    }
    r.finish(Input {
        advanced_cost_yen,
        subsidy_yen,
        insured_cost_yen,
        copay_percent,
        cap,
    })
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

fn pct(x: i64) -> String {
    format!("{x}%")
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let std_copay = ctx
        .param("advanced.burden.standard_copay_percent")
        .map_err(|e| vec![e])?;
    let (copay_percent, defaulted) = match input.copay_percent {
        Some(p) => (p, false),
        None => {
            trace.push(TraceStep::new(
                "copay_percent",
                Msg::new(
                    "一部負担割合（既定: 被保険者本人）",
                    "Co-payment rate (default: the insured person)",
                ),
                format!("入力なし → 様式の前提 {}", pct(std_copay.value)),
                Some(std_copay.value),
                Unit::Percent,
                std_copay.source,
            ));
            (std_copay.value, true)
        }
    };

    // A) 先進医療費の患者負担分. parse() guarantees subsidy ≤ cost; max(0) is only a guard.
    let patient_advanced = (input.advanced_cost_yen - input.subsidy_yen).max(0);
    trace.push(TraceStep::yen(
        "patient_advanced",
        Msg::new("A) 先進医療費の患者負担分", "A) Patient's share of the 先進医療 cost"),
        format!(
            "{}（先進医療に係る費用）− {}（研究費等・施設・企業負担）= {}",
            yen(input.advanced_cost_yen),
            yen(input.subsidy_yen),
            yen(patient_advanced)
        ),
        patient_advanced,
        SRC_ADVANCED,
    ));

    if input.subsidy_yen > 0 {
        trace.push(TraceStep::note(
            "subsidy_same_everywhere",
            Msg::new(
                "研究費等による減額は全医療機関で同額",
                "A subsidy must be the same at every hospital",
            ),
            format!(
                "{} の減額は、この技術を実施する全医療機関で同額である必要があります",
                yen(input.subsidy_yen)
            ),
            "seed 001 様式第3号 11 欄外「研究費等で患者負担を減額する場合は、全医療機関同額の減額とすること」",
        ));
    }

    // B) 保険外併用療養費の患者負担分 = insured part × rate, then the co-payment rounding.
    let exact = Decimal::from(input.insured_cost_yen) * Decimal::from(copay_percent) / Decimal::from(100);
    trace.push(TraceStep::new(
        "patient_copay_exact",
        Msg::new("B) 保険外併用療養費 × 負担割合", "B) Insured part × co-payment rate"),
        format!(
            "{} × {} = {}円",
            yen(input.insured_cost_yen),
            pct(copay_percent),
            crate::money::group_decimal(exact)
        ),
        None,
        Unit::Yen,
        SRC_COPAY,
    ));
    // The seed's example (500,000 × 3割 = 150,000) needs no rounding; real co-payments are rounded
    // to 10 yen (健康保険法第75条). Applied once to the whole insured part here (one claim).
    // Rounding up can never make the co-payment exceed the insured part itself (a 100% rate on
    // 1,235 yen would round to 1,240): the co-payment is capped at the insured part.
    let rounded = COPAY_10_YEN.apply(exact);
    let patient_copay = rounded.min(input.insured_cost_yen);
    let clamp_note = if patient_copay < rounded {
        format!(
            "（対象額 {} を超えないよう {} に）",
            yen(input.insured_cost_yen),
            yen(patient_copay)
        )
    } else {
        String::new()
    };
    trace.push(TraceStep::yen(
        "patient_copay",
        COPAY_10_YEN.describe(),
        format!(
            "{}円 → {}{clamp_note}",
            crate::money::group_decimal(exact),
            yen(rounded)
        ),
        patient_copay,
        COPAY_10_YEN.source,
    ));
    let insurer = input.insured_cost_yen - patient_copay;
    trace.push(TraceStep::yen(
        "insurer",
        Msg::new("保険者負担（保険外併用療養費分）", "Insurer's share (insured part)"),
        format!(
            "{} − {} = {}",
            yen(input.insured_cost_yen),
            yen(patient_copay),
            yen(insurer)
        ),
        insurer,
        SRC_INSURER,
    ));

    // Optional monthly cap (高額療養費). Only B) is capped.
    let mut cap_yen = None;
    let (cap_source, cap_bracket, many_times) = match input.cap {
        Cap::None => ("none", None, false),
        Cap::Own(c) => {
            trace.push(TraceStep::yen(
                "cap",
                Msg::new(
                    "自己負担限度額（ご自身の保険者の額）",
                    "Monthly cap (your insurer's figure)",
                ),
                format!("入力された上限額 {}", yen(c)),
                c,
                "user input (monthly_cap_yen)",
            ));
            cap_yen = Some(c);
            ("monthly_cap_yen", None, false)
        }
        Cap::Bracket { bracket, many_times } => {
            let c = bracket_cap(bracket, many_times, input.insured_cost_yen, ctx, &mut trace)?;
            cap_yen = Some(c);
            ("cap_bracket", Some(bracket), many_times)
        }
    };
    let (copay_after_cap, refund, insurer_after_cap) = match cap_yen {
        None => (None, None, None),
        Some(c) => {
            let after = patient_copay.min(c);
            let refund = patient_copay - after;
            trace.push(TraceStep::yen(
                "copay_after_cap",
                Msg::new("B) 上限適用後の一部負担金", "B) Co-payment after the cap"),
                format!("min({}, {}) = {}", yen(patient_copay), yen(c), yen(after)),
                after,
                SRC_CAP_NOTE,
            ));
            trace.push(TraceStep::yen(
                "high_cost_refund",
                Msg::new("高額療養費（払い戻し・現物給付分）", "High-cost benefit (refund)"),
                format!("{} − {} = {}", yen(patient_copay), yen(after), yen(refund)),
                refund,
                SRC_CAP_NOTE,
            ));
            trace.push(TraceStep::note(
                "advanced_not_capped",
                Msg::new("先進医療の部分は上限の対象外", "The 先進医療 part is never capped"),
                format!(
                    "A) {} は保険給付ではないため高額療養費の対象になりません",
                    yen(patient_advanced)
                ),
                SRC_CAP_NOTE,
            ));
            (Some(after), Some(refund), Some(insurer + refund))
        }
    };

    let copay_paid = copay_after_cap.unwrap_or(patient_copay);
    let patient_total_before = patient_advanced + patient_copay;
    let patient_total = patient_advanced + copay_paid;
    trace.push(TraceStep::yen(
        "patient_total",
        Msg::new("患者負担額 A) + B)", "Patient pays A) + B)"),
        format!(
            "{} + {} = {}",
            yen(patient_advanced),
            yen(copay_paid),
            yen(patient_total)
        ),
        patient_total,
        SRC_BURDEN,
    ));
    let total_cost = input.advanced_cost_yen + input.insured_cost_yen;
    trace.push(TraceStep::yen(
        "total_cost",
        Msg::new(
            "総費用（先進医療 + 保険外併用療養費の対象）",
            "Total cost (先進医療 + insured part)",
        ),
        format!(
            "{} + {} = {}",
            yen(input.advanced_cost_yen),
            yen(input.insured_cost_yen),
            yen(total_cost)
        ),
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
        copay_after_cap_yen: copay_after_cap,
        high_cost_refund_yen: refund,
        insurer_after_cap_yen: insurer_after_cap,
        patient_total_before_cap_yen: patient_total_before,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

/// A bracket lookup that is not in force is reported on `cap_bracket`, telling the user what to do
/// instead: the schedule from 2026-08 is only partly published, so we never guess it.
fn bracket_param(ctx: &Ctx, id: &str) -> Result<&'static Param, Errors> {
    ctx.param(id).map_err(|_| {
        vec![FieldError::new(
            "cap_bracket",
            "not_in_force",
            Msg::new(
                format!(
                    "{} 時点の高額療養費の所得区分の額は登録されていません（登録済みは 2015-01-01〜2026-07-31）。ご加入の保険者に確認した自己負担限度額を monthly_cap_yen に入力してください",
                    ctx.as_of
                ),
                format!(
                    "The high-cost brackets for {} are not on file (known: 2015-01-01 to 2026-07-31). Enter the cap your insurer gives you in monthly_cap_yen instead",
                    ctx.as_of
                ),
            ),
        )]
    })
}

fn bracket_cap(
    bracket: Bracket,
    many_times: bool,
    medical_cost: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<i64, Errors> {
    let prefix = format!("advanced.high_cost.under70.{}", bracket.key());
    let label = |what_ja: &str, what_en: &str| {
        Msg::new(
            format!("高額療養費 区分{} {what_ja}", bracket.kana()),
            format!("High-cost cap, bracket {}: {what_en}", bracket.kana()),
        )
    };
    if many_times {
        let p = bracket_param(ctx, &format!("{prefix}.many_times"))?;
        trace.push(TraceStep::yen(
            "cap",
            label("多数回該当の限度額", "cap from the 4th month in 12 (多数回該当)"),
            format!("区分{}・多数回該当 = {}", bracket.kana(), yen(p.value)),
            p.value,
            p.source,
        ));
        return Ok(p.value);
    }
    let base = bracket_param(ctx, &format!("{prefix}.base"))?;
    if !bracket.has_excess_term() {
        trace.push(TraceStep::yen(
            "cap",
            label("限度額", "cap (flat)"),
            format!("区分{} = {}", bracket.kana(), yen(base.value)),
            base.value,
            base.source,
        ));
        return Ok(base.value);
    }
    let threshold = bracket_param(ctx, &format!("{prefix}.threshold"))?;
    let rate = bracket_param(ctx, "advanced.high_cost.under70.rate_percent")?;
    // 令42条: 医療費 (その額が閾値に満たないときは閾値) − 閾値 — the excess never goes below zero.
    let excess = (medical_cost - threshold.value).max(0);
    trace.push(TraceStep::yen(
        "cap_excess",
        label("医療費の超過分", "medical cost above the threshold"),
        format!(
            "max(0, {} − {}) = {}",
            yen(medical_cost),
            yen(threshold.value),
            yen(excess)
        ),
        excess,
        threshold.source,
    ));
    let exact = Decimal::from(excess) * Decimal::from(rate.value) / Decimal::from(100);
    let one_percent = HIGH_COST_ONE_PERCENT_ROUNDING.apply(exact);
    trace.push(TraceStep::yen(
        "cap_excess_rate",
        HIGH_COST_ONE_PERCENT_ROUNDING.describe(),
        format!(
            "{} × {} = {}円 → {}",
            yen(excess),
            pct(rate.value),
            crate::money::group_decimal(exact),
            yen(one_percent)
        ),
        one_percent,
        HIGH_COST_ONE_PERCENT_ROUNDING.source,
    ));
    let cap = base.value + one_percent;
    trace.push(TraceStep::yen(
        "cap",
        label("限度額", "cap"),
        format!("{} + {} = {}", group(base.value), group(one_percent), yen(cap)),
        cap,
        base.source,
    ));
    Ok(cap)
}

crate::calculator::calculator!("advanced_care_burden", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

#[cfg(test)]
mod tests {
    use super::*;
    // Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
    use serde_json::Value;
    #[allow(dead_code)]
    fn parse(v: &Value) -> Result<Input, Errors> {
        super::parse(&v.into())
    }
    use serde_json::json;

    fn run(v: Value, on: crate::date::Date) -> Result<Output, Errors> {
        let ctx = Ctx::over(on, TYPED.tables);
        compute(&parse(&v)?, &ctx).map(|e| e.result)
    }

    #[test]
    fn seed_example_400k() {
        let o = run(
            json!({"advanced_cost_yen": 500_000, "subsidy_yen": 250_000, "insured_cost_yen": 500_000, "copay_percent": 30}),
            ymd(2024, 4, 1),
        )
        .unwrap();
        assert_eq!(o.patient_advanced_yen, 250_000);
        assert_eq!(o.patient_copay_yen, 150_000);
        assert_eq!(o.patient_total_yen, 400_000);
        assert_eq!(o.insurer_yen, 350_000);
        assert_eq!(o.total_cost_yen, 1_000_000);
    }

    #[test]
    fn bracket_u_one_percent_rounds_half_up() {
        // 医療費 1,000,050: excess 733,050 × 1% = 7,330.5 → 7,331 (50銭 rounds up).
        let o = run(
            json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_050, "copay_percent": 30, "cap_bracket": "u"}),
            ymd(2024, 4, 1),
        )
        .unwrap();
        assert_eq!(o.cap_yen, Some(80_100 + 7_331));
        // 医療費 1,000,049: 7,330.49 → 7,330.
        let o = run(
            json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_049, "copay_percent": 30, "cap_bracket": "ウ"}),
            ymd(2024, 4, 1),
        )
        .unwrap();
        assert_eq!(o.cap_yen, Some(80_100 + 7_330));
    }

    #[test]
    fn bracket_not_in_force_after_july_2026() {
        let e = run(
            json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "cap_bracket": "a"}),
            ymd(2026, 8, 1),
        )
        .unwrap_err();
        assert_eq!(
            (e[0].field.as_str(), e[0].code.as_str()),
            ("cap_bracket", "not_in_force")
        );
        assert!(e[0].message.ja.contains("monthly_cap_yen"));
        // The same day with an own cap works.
        let o = run(
            json!({"advanced_cost_yen": 0, "insured_cost_yen": 1_000_000, "monthly_cap_yen": 90_000}),
            ymd(2026, 8, 1),
        )
        .unwrap();
        assert_eq!(o.copay_after_cap_yen, Some(90_000));
        assert_eq!(o.high_cost_refund_yen, Some(210_000));
    }
}
