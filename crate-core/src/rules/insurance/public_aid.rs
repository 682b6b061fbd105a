//! Public medical subsidies with national tables (公費負担医療): 小児慢性特定疾病 (a child under 18,
//! to 20 when continued; 児童福祉法) and 指定難病 (特定医療費; 難病法 — 再生不良性貧血, a common
//! reason for a marrow transplant, is one). With the 受給者証 the patient pays, each month, no more
//! than the 自己負担上限額 of the household's 階層区分 (and never more than 2割 of the 医療費);
//! 小児慢性 pays half of the hospital meal charge, 指定難病 none of it.
//!
//! The subsidy comes after 高額療養費 and before a fund's 付加給付: a 健康保険組合 or 共済組合 pays
//! its top-up only on what the subsidy leaves (東京都職員共済組合: 「公費の医療費助成が行われた場合、
//! 助成額を除いて附加給付を行っています」).
//!
//! 世帯按分 (two recipients in one household — 小児慢性 and 指定難病 alike — share the highest of
//! their caps in the ratio of their own: 奈良県's example 30,000 + 10,000 → 22,500 and 7,500) is on
//! the certificate: the family enters that cap, never above the table's cell. Not modelled: 受給者証
//! dates within a month (the subsidy is taken for every month of the plan).

use crate::date::{ymd, Date};
use crate::explain::{Fx, TraceStep};
use crate::money::group;
use crate::money::{percent_of, Direction, Rounding, COPAY_10_YEN};
use crate::msg::{Errors, FieldError, Msg, Text};
use crate::params::{Confidence, Ctx, Param, Unit};
use crate::schema::{choices, Choose};
use crate::sources::{cite, Cite, CHILD_CHRONIC_CAPS, INTRACTABLE_CAPS};

choices! {
    /// Which subsidy the patient's 受給者証 is for.
    pub enum Program: PROGRAMS {
        Child = "child", "小児慢性特定疾病（18歳未満、継続は20歳未満）", "Pediatric chronic specific disease (小児慢性特定疾病; under 18, to 20 when continued)";
        Intractable = "intractable", "指定難病（再生不良性貧血など）", "Designated intractable disease (指定難病, e.g. aplastic anaemia)";
    }
}

choices! {
    /// 階層区分 (by the household's 市町村民税; 低所得 by the patient's — for a child the
    /// guardian's — income). The same names in both tables.
    pub enum Tier: TIERS {
        Welfare = "welfare", "生活保護", "Public assistance (生活保護)";
        Low1 = "low1", "低所得Ⅰ（市町村民税非課税、年収80万円以下）", "Low income I (no municipal tax; income up to ¥800,000)";
        Low2 = "low2", "低所得Ⅱ（市町村民税非課税、年収80万円超）", "Low income II (no municipal tax; income over ¥800,000)";
        General1 = "general1", "一般所得Ⅰ（市町村民税 7.1万円未満）", "General income I (municipal tax under ¥71,000)";
        General2 = "general2", "一般所得Ⅱ（市町村民税 7.1万円以上25.1万円未満）", "General income II (municipal tax ¥71,000 to under ¥251,000)";
        Upper = "upper", "上位所得（市町村民税 25.1万円以上）", "Upper income (municipal tax ¥251,000 or more)";
    }
}

choices! {
    /// The column of the table.
    pub enum Category: CATEGORIES {
        General = "general", "一般", "General";
        Severe = "severe", "重症（小児慢性）・高額かつ長期（指定難病）", "Severe (小児慢性) / high-cost long-term (指定難病)";
        Ventilator = "ventilator", "人工呼吸器等装着者", "On a ventilator or similar";
    }
}

/// The year plan's field for the certificate's own cap (its errors are named by it).
pub const CERTIFICATE_CAP_KEY: &str = "public_aid_cap_yen";

/// 難病法 and the amended 児童福祉法 (平成27年1月1日施行).
const FROM: Date = ymd(2015, 1, 1);

const SRC_CHILD: &Cite = cite!(
    CHILD_CHRONIC_CAPS,
    "自己負担上限額（外来＋入院）",
    quote: "患者負担割合:2割"
);
const SRC_CHILD_VENT: &Cite =
    cite!(CHILD_CHRONIC_CAPS, "自己負担上限額 人工呼吸器等装着者（結合されたセルを全階層に当たると読む）");
const SRC_CHILD_MEALS: &Cite = cite!(CHILD_CHRONIC_CAPS, "入院時の食費", quote: "入院時の食費 1/2自己負担");
const SRC_HARD: &Cite = cite!(INTRACTABLE_CAPS, "自己負担上限額（外来＋入院）");
const SRC_HARD_VENT: &Cite = cite!(
    INTRACTABLE_CAPS,
    "相模原市 指定難病（人工呼吸器等装着者）",
    quote: "人工呼吸器等装着者として認定されると、自己負担上限月額が1,000円になります。(生活保護の方を除く。)"
);
const SRC_HARD_RATE: &Cite =
    cite!(INTRACTABLE_CAPS, "相模原市 指定難病の医療費助成", quote: "窓口での負担割合が2割負担となります");
const SRC_HARD_MEALS: &Cite = cite!(INTRACTABLE_CAPS, "入院時の食費", quote: "入院時の食費は全額自己負担");

/// One cell of a table.
macro_rules! cap {
    ($id:literal, $v:expr, $src:expr, $conf:ident, $ja:literal, $en:literal) => {
        Param::new(concat!("insurance.public_aid.", $id), $v, Unit::Yen, FROM, $src, $ja, $en)
            .confidence(Confidence::$conf)
    };
}

/// The caps, program × tier × category, in the order of [`Program`], [`Tier`] and [`Category`]
/// (see [`cap_row`]); then the 2割 and the family's share of the meal charge per program.
pub static PARAMS: &[Param] = &[
    cap!(
        "child.welfare.general",
        0,
        SRC_CHILD,
        High,
        "小児慢性: 生活保護・一般の上限額（月）",
        "Pediatric chronic: public assistance, general (month)"
    ),
    cap!(
        "child.welfare.severe",
        0,
        SRC_CHILD,
        High,
        "小児慢性: 生活保護・重症の上限額（月）",
        "Pediatric chronic: public assistance, severe (month)"
    ),
    cap!(
        "child.welfare.ventilator",
        0,
        SRC_CHILD,
        High,
        "小児慢性: 生活保護・人工呼吸器等の上限額（月）",
        "Pediatric chronic: public assistance, ventilator (month)"
    ),
    cap!(
        "child.low1.general",
        1_250,
        SRC_CHILD,
        High,
        "小児慢性: 低所得Ⅰ・一般の上限額（月）",
        "Pediatric chronic: low income I, general (month)"
    ),
    cap!(
        "child.low1.severe",
        1_250,
        SRC_CHILD,
        MediumHigh,
        "小児慢性: 低所得Ⅰ・重症の上限額（月）",
        "Pediatric chronic: low income I, severe (month)"
    ),
    cap!(
        "child.low1.ventilator",
        500,
        SRC_CHILD_VENT,
        Medium,
        "小児慢性: 低所得Ⅰ・人工呼吸器等の上限額（月）",
        "Pediatric chronic: low income I, ventilator (month)"
    ),
    cap!(
        "child.low2.general",
        2_500,
        SRC_CHILD,
        High,
        "小児慢性: 低所得Ⅱ・一般の上限額（月）",
        "Pediatric chronic: low income II, general (month)"
    ),
    cap!(
        "child.low2.severe",
        2_500,
        SRC_CHILD,
        High,
        "小児慢性: 低所得Ⅱ・重症の上限額（月）",
        "Pediatric chronic: low income II, severe (month)"
    ),
    cap!(
        "child.low2.ventilator",
        500,
        SRC_CHILD_VENT,
        Medium,
        "小児慢性: 低所得Ⅱ・人工呼吸器等の上限額（月）",
        "Pediatric chronic: low income II, ventilator (month)"
    ),
    cap!(
        "child.general1.general",
        5_000,
        SRC_CHILD,
        High,
        "小児慢性: 一般所得Ⅰ・一般の上限額（月）",
        "Pediatric chronic: general income I, general (month)"
    ),
    cap!(
        "child.general1.severe",
        2_500,
        SRC_CHILD,
        High,
        "小児慢性: 一般所得Ⅰ・重症の上限額（月）",
        "Pediatric chronic: general income I, severe (month)"
    ),
    cap!(
        "child.general1.ventilator",
        500,
        SRC_CHILD_VENT,
        Medium,
        "小児慢性: 一般所得Ⅰ・人工呼吸器等の上限額（月）",
        "Pediatric chronic: general income I, ventilator (month)"
    ),
    cap!(
        "child.general2.general",
        10_000,
        SRC_CHILD,
        High,
        "小児慢性: 一般所得Ⅱ・一般の上限額（月）",
        "Pediatric chronic: general income II, general (month)"
    ),
    cap!(
        "child.general2.severe",
        5_000,
        SRC_CHILD,
        High,
        "小児慢性: 一般所得Ⅱ・重症の上限額（月）",
        "Pediatric chronic: general income II, severe (month)"
    ),
    cap!(
        "child.general2.ventilator",
        500,
        SRC_CHILD_VENT,
        Medium,
        "小児慢性: 一般所得Ⅱ・人工呼吸器等の上限額（月）",
        "Pediatric chronic: general income II, ventilator (month)"
    ),
    cap!(
        "child.upper.general",
        15_000,
        SRC_CHILD,
        High,
        "小児慢性: 上位所得・一般の上限額（月）",
        "Pediatric chronic: upper income, general (month)"
    ),
    cap!(
        "child.upper.severe",
        10_000,
        SRC_CHILD,
        High,
        "小児慢性: 上位所得・重症の上限額（月）",
        "Pediatric chronic: upper income, severe (month)"
    ),
    cap!(
        "child.upper.ventilator",
        500,
        SRC_CHILD_VENT,
        Medium,
        "小児慢性: 上位所得・人工呼吸器等の上限額（月）",
        "Pediatric chronic: upper income, ventilator (month)"
    ),
    cap!(
        "intractable.welfare.general",
        0,
        SRC_HARD,
        Medium,
        "指定難病: 生活保護・一般の上限額（月）",
        "Intractable disease: public assistance, general (month)"
    ),
    cap!(
        "intractable.welfare.severe",
        0,
        SRC_HARD,
        Medium,
        "指定難病: 生活保護・高額かつ長期の上限額（月）",
        "Intractable disease: public assistance, high-cost long-term (month)"
    ),
    cap!(
        "intractable.welfare.ventilator",
        0,
        SRC_HARD_VENT,
        High,
        "指定難病: 生活保護・人工呼吸器等の上限額（月）",
        "Intractable disease: public assistance, ventilator (month)"
    ),
    cap!(
        "intractable.low1.general",
        2_500,
        SRC_HARD,
        Medium,
        "指定難病: 低所得Ⅰ・一般の上限額（月）",
        "Intractable disease: low income I, general (month)"
    ),
    cap!(
        "intractable.low1.severe",
        2_500,
        SRC_HARD,
        Medium,
        "指定難病: 低所得Ⅰ・高額かつ長期の上限額（月）",
        "Intractable disease: low income I, high-cost long-term (month)"
    ),
    cap!(
        "intractable.low1.ventilator",
        1_000,
        SRC_HARD_VENT,
        High,
        "指定難病: 低所得Ⅰ・人工呼吸器等の上限額（月）",
        "Intractable disease: low income I, ventilator (month)"
    ),
    cap!(
        "intractable.low2.general",
        5_000,
        SRC_HARD,
        Medium,
        "指定難病: 低所得Ⅱ・一般の上限額（月）",
        "Intractable disease: low income II, general (month)"
    ),
    cap!(
        "intractable.low2.severe",
        5_000,
        SRC_HARD,
        Medium,
        "指定難病: 低所得Ⅱ・高額かつ長期の上限額（月）",
        "Intractable disease: low income II, high-cost long-term (month)"
    ),
    cap!(
        "intractable.low2.ventilator",
        1_000,
        SRC_HARD_VENT,
        High,
        "指定難病: 低所得Ⅱ・人工呼吸器等の上限額（月）",
        "Intractable disease: low income II, ventilator (month)"
    ),
    cap!(
        "intractable.general1.general",
        10_000,
        SRC_HARD,
        Medium,
        "指定難病: 一般所得Ⅰ・一般の上限額（月）",
        "Intractable disease: general income I, general (month)"
    ),
    cap!(
        "intractable.general1.severe",
        5_000,
        SRC_HARD,
        Medium,
        "指定難病: 一般所得Ⅰ・高額かつ長期の上限額（月）",
        "Intractable disease: general income I, high-cost long-term (month)"
    ),
    cap!(
        "intractable.general1.ventilator",
        1_000,
        SRC_HARD_VENT,
        High,
        "指定難病: 一般所得Ⅰ・人工呼吸器等の上限額（月）",
        "Intractable disease: general income I, ventilator (month)"
    ),
    cap!(
        "intractable.general2.general",
        20_000,
        SRC_HARD,
        Medium,
        "指定難病: 一般所得Ⅱ・一般の上限額（月）",
        "Intractable disease: general income II, general (month)"
    ),
    cap!(
        "intractable.general2.severe",
        10_000,
        SRC_HARD,
        Medium,
        "指定難病: 一般所得Ⅱ・高額かつ長期の上限額（月）",
        "Intractable disease: general income II, high-cost long-term (month)"
    ),
    cap!(
        "intractable.general2.ventilator",
        1_000,
        SRC_HARD_VENT,
        High,
        "指定難病: 一般所得Ⅱ・人工呼吸器等の上限額（月）",
        "Intractable disease: general income II, ventilator (month)"
    ),
    cap!(
        "intractable.upper.general",
        30_000,
        SRC_HARD,
        Medium,
        "指定難病: 上位所得・一般の上限額（月）",
        "Intractable disease: upper income, general (month)"
    ),
    cap!(
        "intractable.upper.severe",
        20_000,
        SRC_HARD,
        Medium,
        "指定難病: 上位所得・高額かつ長期の上限額（月）",
        "Intractable disease: upper income, high-cost long-term (month)"
    ),
    cap!(
        "intractable.upper.ventilator",
        1_000,
        SRC_HARD_VENT,
        High,
        "指定難病: 上位所得・人工呼吸器等の上限額（月）",
        "Intractable disease: upper income, ventilator (month)"
    ),
    Param::new(
        "insurance.public_aid.child.rate",
        20,
        Unit::Percent,
        FROM,
        SRC_CHILD,
        "小児慢性: 医療費のうち自己負担とする割合（2割）",
        "Pediatric chronic: the share of the medical cost paid (20%)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.public_aid.intractable.rate",
        20,
        Unit::Percent,
        FROM,
        SRC_HARD_RATE,
        "指定難病: 医療費のうち自己負担とする割合（2割）",
        "Intractable disease: the share of the medical cost paid (20%)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.public_aid.child.meals",
        50,
        Unit::Percent,
        FROM,
        SRC_CHILD_MEALS,
        "小児慢性: 入院時の食費のうち自己負担（1/2）",
        "Pediatric chronic: the share of the meal charge paid (half)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.public_aid.intractable.meals",
        100,
        Unit::Percent,
        FROM,
        SRC_HARD_MEALS,
        "指定難病: 入院時の食費のうち自己負担（全額）",
        "Intractable disease: the share of the meal charge paid (all)",
    )
    .confidence(Confidence::Medium),
];

const CELLS: usize = 18;

/// The row of a cap.
pub fn cap_row(p: Program, t: Tier, c: Category) -> &'static Param {
    &PARAMS[p.index() * CELLS + t.index() * 3 + c.index()]
}

fn rate_row(p: Program) -> &'static Param {
    &PARAMS[2 * CELLS + p.index()]
}

fn meals_row(p: Program) -> &'static Param {
    &PARAMS[2 * CELLS + 2 + p.index()]
}

/// The family's part of a meal charge under 小児慢性 (half): 1円未満切り捨て (this plan's reading;
/// the table gives no rounding — at the standard charges the half is whole yen).
pub const MEAL_SHARE_1_YEN: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（この計画の読み方）",
    "Down to the yen (this plan's reading)",
    SRC_CHILD_MEALS,
);

/// A patient's 受給者証, as the family typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aid {
    pub program: Program,
    pub tier: Tier,
    pub category: Category,
    /// The cap written on the 受給者証 when it is not the table's (世帯按分: two recipients in a
    /// household share the highest of their caps in the ratio of their own).
    pub certificate_cap_yen: Option<i64>,
}

/// What the subsidy leaves the family in one month: at most `limit_yen` of the medical co-payment
/// (the cap, or 2割 of the 医療費 when lower), and `meals_percent` of the meal charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub cap_yen: i64,
    pub two_tenths_yen: i64,
    pub limit_yen: i64,
    pub meals_percent: i64,
}

impl Limit {
    /// What the family still pays of `copay` (after 高額療養費) and of `meals`.
    pub fn leaves(&self, copay: i64, meals: i64) -> (i64, i64) {
        (copay.min(self.limit_yen), MEAL_SHARE_1_YEN.apply_ratio(meals * self.meals_percent, 100))
    }
}

fn name(p: Program) -> Text {
    match p {
        Program::Child => Text::new("小児慢性特定疾病", "pediatric chronic disease"),
        Program::Intractable => Text::new("指定難病", "intractable disease"),
    }
}

/// The month's limit, with its steps under `key`: the cap of the 受給者証's cell, 2割 of the
/// month's 医療費 (10円未満四捨五入), the lower of the two.
pub fn limit(
    aid: Aid,
    on: Date,
    medical_cost: i64,
    key: &str,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Limit, Errors> {
    let cap = ctx.get_on(cap_row(aid.program, aid.tier, aid.category), on)?;
    let rate = ctx.get_on(rate_row(aid.program), on)?;
    let meals = ctx.get_on(meals_row(aid.program), on)?;
    let exact = percent_of(medical_cost, rate.value);
    let two_tenths_yen = COPAY_10_YEN.apply(exact);
    let (cap_yen, cap_ja, cap_en) = match aid.certificate_cap_yen {
        Some(v) if v > cap.value => {
            return Err(vec![FieldError::new(
                CERTIFICATE_CAP_KEY,
                "exceeds_table_cap",
                Msg::new(
                    format!(
                        "受給者証の上限額（{}円）が表の額（{}: {}円）を超えています。按分や経過措置では表の額より低くなります",
                        group(v),
                        cap.label_ja,
                        group(cap.value)
                    ),
                    format!(
                        "The certificate's cap ({} yen) is above the table's ({}: {} yen); sharing within a household only lowers it",
                        group(v),
                        cap.label_en,
                        group(cap.value)
                    ),
                ),
            )]);
        }
        Some(v) => (v, "受給者証の上限額（入力）".to_string(), "the certificate's cap, as entered".to_string()),
        None => (cap.value, cap.label_ja.to_string(), cap.label_en.to_string()),
    };
    let limit_yen = cap_yen.min(two_tenths_yen);
    let what = name(aid.program);
    trace.push(TraceStep::yen(
        format!("{key}.aid_limit"),
        Msg::new(format!("{}: この月の自己負担の上限", what.ja), format!("{}: this month's limit", capital(what.en))),
        Fx::new()
            .words("min(", "min(")
            .yen(cap_yen)
            .words(&format!("（{cap_ja}）, "), &format!(" ({cap_en}), "))
            .yen(medical_cost)
            .op(" × ")
            .pct(rate.value)
            .op(" → ")
            .yen(two_tenths_yen)
            .op(") = ")
            .yen(limit_yen),
        limit_yen,
        cap.source,
    ));
    Ok(Limit { cap_yen, two_tenths_yen, limit_yen, meals_percent: meals.value })
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::day;

    /// The two tables as the centre's page and the patient site give them: 生活保護, 低所得Ⅰ, 低所得Ⅱ,
    /// 一般所得Ⅰ, 一般所得Ⅱ, 上位所得 × 一般, 重症 / 高額かつ長期, 人工呼吸器等.
    const CHILD: [[i64; 3]; 6] = [
        [0, 0, 0],
        [1_250, 1_250, 500],
        [2_500, 2_500, 500],
        [5_000, 2_500, 500],
        [10_000, 5_000, 500],
        [15_000, 10_000, 500],
    ];
    const HARD: [[i64; 3]; 6] = [
        [0, 0, 0],
        [2_500, 2_500, 1_000],
        [5_000, 5_000, 1_000],
        [10_000, 5_000, 1_000],
        [20_000, 10_000, 1_000],
        [30_000, 20_000, 1_000],
    ];

    #[test]
    fn every_cell_of_both_tables() {
        for (p, table) in [(Program::Child, CHILD), (Program::Intractable, HARD)] {
            for (t, row) in Tier::ALL.iter().zip(table) {
                for (c, want) in Category::ALL.iter().zip(row) {
                    let r = cap_row(p, *t, *c);
                    assert_eq!(r.value, want, "{}", r.id);
                    // The row is the cell it says it is.
                    assert_eq!(r.id, format!("insurance.public_aid.{}.{}.{}", p.key(), t.key(), c.key()));
                    assert_eq!(r.from, day("2015-01-01"));
                }
            }
        }
        assert_eq!(PARAMS.len(), 2 * CELLS + 4);
        assert_eq!((rate_row(Program::Child).value, rate_row(Program::Intractable).value), (20, 20));
        assert_eq!((meals_row(Program::Child).value, meals_row(Program::Intractable).value), (50, 100));
    }

    fn limit_of(p: Program, t: Tier, c: Category, on: &str, cost: i64) -> Result<Limit, Errors> {
        static TABLES: &[&[Param]] = &[PARAMS];
        let ctx = Ctx::over(day("2026-12-01"), TABLES);
        limit(
            Aid { program: p, tier: t, category: c, certificate_cap_yen: None },
            day(on),
            cost,
            "m",
            &ctx,
            &mut Vec::new(),
        )
    }

    #[test]
    fn the_limit_is_the_cap_or_two_tenths_of_the_cost_whichever_is_lower() {
        let l =
            |cost| limit_of(Program::Child, Tier::General2, Category::General, "2026-10-01", cost).unwrap().limit_yen;
        // 2割 of 49,970 = 9,994 → 9,990 (10円未満四捨五入): under the cap of 10,000.
        assert_eq!(l(49_970), 9_990);
        // 49,980 → 9,996 → 10,000: the cap and the 2割 meet; 50,030 → 10,006 → 10,010: the cap.
        assert_eq!(l(49_980), 10_000);
        assert_eq!(l(50_030), 10_000);
        assert_eq!(l(3_000_000), 10_000);
        // 生活保護: nothing, whatever the cost.
        assert_eq!(
            limit_of(Program::Intractable, Tier::Welfare, Category::General, "2026-10-01", 1_000_000)
                .unwrap()
                .limit_yen,
            0
        );
    }

    #[test]
    fn the_meals_half_for_a_child_none_for_an_intractable_disease() {
        let child = limit_of(Program::Child, Tier::Upper, Category::General, "2026-10-01", 1).unwrap();
        // 93 meals at 550 = 51,150 → 25,575; an odd total drops the half yen (this plan's reading).
        assert_eq!(child.leaves(0, 51_150), (0, 25_575));
        assert_eq!(child.leaves(0, 25_575), (0, 12_787));
        let hard = limit_of(Program::Intractable, Tier::Upper, Category::General, "2026-10-01", 1).unwrap();
        assert_eq!(hard.leaves(0, 51_150), (0, 51_150));
    }

    #[test]
    fn before_the_tables_there_is_no_cap() {
        let e = limit_of(Program::Child, Tier::Low1, Category::General, "2014-12-01", 100_000).unwrap_err();
        assert_eq!(e[0].code, "not_in_force");
    }
}
