//! 診療報酬の取り扱い — the 55,000-point reimbursement split of an unrelated-donor transplant
//! (seed 003, section 2(1) and 参考資料2-1〜2-4).
//!
//! 参考資料2-1 / 2-3 (別紙) 2.: of 造血幹細胞移植 (K922-1-イ, K922-2-イ) 66,450点 and 造血幹細胞採取
//! (一連につき, K921-1-イ, K921-2-イ) 21,640点, 「合計45,000点及び非血縁者間移植加算として10,000点、
//! 総計55,000点を公益財団法人日本骨髄バンクの請求に基づき同法人に支払う」. 参考資料2-4 (1)(2): JMDP
//! invoices 550,000円 (so 10円 a point) 「移植翌月の定例日」, and section 2(1) Q4 names the day:
//! 「移植月の翌月10日に…請求書をお送りします」. 参考資料2-4 (3): 「造血幹細胞移植を行った保険医療機関
//! から造血幹細胞採取を行った医療機関への診療報酬支払にあたっては、造血幹細胞提供者の組織適合性試験
//! 費用相当(4,200点)分を差し引いて支払う」.
//!
//! What is deducted from what (reading of 参考資料2-4 (3) with section 2(2) 3)①): the harvesting
//! hospital bills the transplant hospital 「ドナーの療養に係る所定点数」 — the harvest itself (K921)
//! plus the donor's other care (術前健診, 入院, 安全確保のための検査・消耗品, `donor_care_points`) — and
//! the transplant hospital puts these points on the patient's claim (「患者さんの診療報酬明細書に
//! ドナーに係る合計点数を併せて記載」). When paying the harvesting hospital it deducts 4,200 points, the
//! donor's HLA-test equivalent that JMDP's lab performed (and that JMDP collects within its 45,000).
//! So harvest payment = K921 + donor care − 4,200, never below zero. Section 5(1) confirms the
//! direction for overseas patients: the harvesting hospital bills JMDP 「組織適合性試験費用を差し引いて」.
//!
//! Flows (points are conserved): insurer (via the claims office; includes the patient's co-payment
//! share of the claim) → transplant hospital: K922 + 非血縁者間移植加算 + K921 + donor care;
//! transplant hospital → JMDP: 45,000 + 加算 (55,000); transplant hospital → harvesting hospital:
//! the harvest payment; the transplant hospital keeps the rest. If the entered points would leave
//! the transplant hospital with less than nothing, the input is refused (the seed takes the 45,000
//! out of K922 and K921).
//!
//! The point values are inputs defaulting from this table: the 2026-06 revision's K922/K921 were not
//! confirmed (RULES.md), so the user can type the schedule in force. The figures are dated from the
//! seed document's date (2023-08-01, 第5版); 参考資料2-1's own letter is dated only 「2023年 月 日」.

use crate::date::{ymd, Date, MonthEnd};
use crate::msg::{Errors, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group, yen};
use crate::params::{Ctx, Param, Unit};
use crate::explain::TraceStep;
use serde::Serialize;
use crate::value::Value;

/// The seed document's date (第5版 2023年8月1日発行).
const FROM: Date = ymd(2023, 8, 1);
const SRC_POINTS: &str = "seed 003 参考資料2-3 (別紙) 2. / 参考資料2-1「K922-1-イ、K922-2-イ 66,450点…K921-1-イ、K921-2-イ 21,640点」";
const SRC_SHARE: &str = "seed 003 参考資料2-3 (別紙) 2.「合計45,000点及び非血縁者間移植加算として10,000点、総計55,000点」";
const SRC_YEN: &str = "seed 003 参考資料2-4 (1)(2)「550,000円を請求する」(55,000点 × 10円)";
const SRC_DEDUCTION: &str =
    "seed 003 参考資料2-4 (3)「造血幹細胞提供者の組織適合性試験費用相当(4,200点)分を差し引いて支払う」";
const SRC_CLAIM: &str = "seed 003 2.(2) 3)①「患者さんの診療報酬明細書にドナーに係る合計点数を併せて記載し、審査基金等に請求」";
const SRC_INVOICE: &str =
    "seed 003 2.(1) Q4「移植月の翌月10日に当法人より施設長さま宛に請求書をお送りします」";

pub static PARAMS: &[Param] = &[
    Param::new(
        "jmdp.split.transplant_points",
        66_450,
        Unit::Points,
        FROM,
        SRC_POINTS,
        "造血幹細胞移植（同種）K922-1-イ・K922-2-イ",
        "Allogeneic stem-cell transplant (K922)",
    ),
    Param::new(
        "jmdp.split.harvest_points",
        21_640,
        Unit::Points,
        FROM,
        SRC_POINTS,
        "造血幹細胞採取（同種、一連につき）K921-1-イ・K921-2-イ",
        "Allogeneic stem-cell harvest, per series (K921)",
    ),
    Param::new(
        "jmdp.split.jmdp_base_points",
        45_000,
        Unit::Points,
        FROM,
        SRC_SHARE,
        "骨髄バンクへ還元する点数（K922・K921のうち合計）",
        "Points paid to JMDP out of K922 and K921",
    ),
    Param::new(
        "jmdp.split.unrelated_addition_points",
        10_000,
        Unit::Points,
        FROM,
        SRC_SHARE,
        "非血縁者間移植加算",
        "Unrelated-donor transplant addition",
    ),
    Param::new(
        "jmdp.split.donor_hla_deduction_points",
        4_200,
        Unit::Points,
        FROM,
        SRC_DEDUCTION,
        "造血幹細胞提供者の組織適合性試験費用相当（採取施設への支払から差し引く）",
        "Donor HLA-test equivalent deducted from the harvesting hospital's payment",
    ),
    Param::new(
        "jmdp.split.yen_per_point",
        10,
        Unit::YenPerPoint,
        FROM,
        SRC_YEN,
        "1点あたりの単価",
        "Yen per point",
    ),
    Param::new(
        "jmdp.split.invoice_months_after",
        1,
        Unit::Count,
        FROM,
        SRC_INVOICE,
        "骨髄バンクの請求書: 移植月の何か月後",
        "JMDP's invoice: months after the transplant month",
    ),
    Param::new(
        "jmdp.split.invoice_day",
        10,
        Unit::Count,
        FROM,
        SRC_INVOICE,
        "骨髄バンクの請求書: 送付日（日）",
        "JMDP's invoice: day of the month it is sent",
    ),
];

/// Largest point value accepted (10 million points; a real claim is far below).
pub const MAX_POINTS: i64 = 10_000_000;
pub const MAX_YEN_PER_POINT: i64 = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// K922 (default from the table); `None` = the table's value.
    pub transplant_points: Option<i64>,
    pub harvest_points: Option<i64>,
    pub unrelated_addition_points: Option<i64>,
    /// The harvesting hospital's other points for the donor (術前健診, 入院, 検査, 消耗品).
    pub donor_care_points: i64,
    pub yen_per_point: Option<i64>,
    pub transplant_date: Option<Date>,
}

/// An optional bounded integer: `None` when absent, null or blank (then the table's value is used).
fn opt(r: &mut Reader<'_>, name: &str, max: i64) -> Option<i64> {
    match r.raw(name) {
        None => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(r.int_max(name, None, max)),
    }
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let transplant_points = opt(&mut r, "transplant_points", MAX_POINTS);
    let harvest_points = opt(&mut r, "harvest_points", MAX_POINTS);
    let unrelated_addition_points = opt(&mut r, "unrelated_addition_points", MAX_POINTS);
    let donor_care_points = r.int_max("donor_care_points", Some(0), MAX_POINTS);
    let yen_per_point = opt(&mut r, "yen_per_point", MAX_YEN_PER_POINT);
    if yen_per_point == Some(0) {
        r.error(
            "yen_per_point",
            "zero",
            Msg::new(
                "1点あたりの単価は1円以上です",
                "Yen per point must be at least 1",
            ),
        );
    }
    let transplant_date = r.opt_date("transplant_date");
    r.finish(Input {
        transplant_points,
        harvest_points,
        unrelated_addition_points,
        donor_care_points,
        yen_per_point,
        transplant_date,
    })
}

/// One transfer of the claim's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow {
    pub from: &'static str,
    pub to: &'static str,
    pub label: Msg,
    pub points: i64,
    pub yen: i64,
    pub source: &'static str,
}

/// One party's position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub key: &'static str,
    pub label: Msg,
    pub receives_points: i64,
    pub pays_points: i64,
    /// receives − pays.
    pub keeps_points: i64,
    pub keeps_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub transplant_points: i64,
    pub harvest_points: i64,
    pub unrelated_addition_points: i64,
    pub donor_care_points: i64,
    pub yen_per_point: i64,
    /// Which point values came from the table (the rest were typed by the user).
    pub defaults_used: Vec<&'static str>,
    /// What the transplant hospital claims: K922 + 加算 + K921 + donor care.
    pub claim_points: i64,
    pub claim_yen: i64,
    pub jmdp_base_points: i64,
    /// 45,000 + 加算 = 55,000.
    pub jmdp_points: i64,
    pub jmdp_yen: i64,
    /// The harvesting hospital's bill for the donor: K921 + donor care.
    pub harvest_bill_points: i64,
    pub donor_hla_deduction_points: i64,
    /// The bill − 4,200, never negative.
    pub harvest_payment_points: i64,
    pub harvest_payment_yen: i64,
    pub transplant_hospital_keeps_points: i64,
    pub transplant_hospital_keeps_yen: i64,
    pub flows: Vec<Flow>,
    pub parties: Vec<Party>,
    /// 移植月の翌月10日 (null without a transplant date).
    pub invoice_date: Option<Date>,
    pub invoice_note: Msg,
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let p = |id: &str| ctx.param(id).map_err(|e| vec![e]);
    let mut trace = Vec::new();
    let mut defaults_used = Vec::new();
    let mut pick = |field: &'static str,
                    given: Option<i64>,
                    id: &str,
                    trace: &mut Vec<TraceStep>|
     -> Result<i64, Errors> {
        let param = p(id)?;
        Ok(match given {
            Some(v) => {
                trace.push(TraceStep::new(
                    field,
                    Msg::new(param.label_ja, param.label_en),
                    format!("入力値 {}（表の値 {}）", group(v), group(param.value)),
                    Some(v),
                    param.unit,
                    "user input",
                ));
                v
            }
            None => {
                defaults_used.push(field);
                trace.push(TraceStep::new(
                    field,
                    Msg::new(param.label_ja, param.label_en),
                    format!("表の値 {}", group(param.value)),
                    Some(param.value),
                    param.unit,
                    param.source,
                ));
                param.value
            }
        })
    };
    let k922 = pick(
        "transplant_points",
        input.transplant_points,
        "jmdp.split.transplant_points",
        &mut trace,
    )?;
    let k921 = pick(
        "harvest_points",
        input.harvest_points,
        "jmdp.split.harvest_points",
        &mut trace,
    )?;
    let addition = pick(
        "unrelated_addition_points",
        input.unrelated_addition_points,
        "jmdp.split.unrelated_addition_points",
        &mut trace,
    )?;
    let ypp = pick(
        "yen_per_point",
        input.yen_per_point,
        "jmdp.split.yen_per_point",
        &mut trace,
    )?;
    let base = p("jmdp.split.jmdp_base_points")?;
    let deduction = p("jmdp.split.donor_hla_deduction_points")?;
    let care = input.donor_care_points;
    let pts = |n: i64| format!("{}点", group(n));

    let claim = k922 + addition + k921 + care;
    trace.push(TraceStep::new(
        "claim",
        Msg::new(
            "移植施設の請求（患者のレセプトにドナー分を併記）",
            "The transplant hospital's claim (the donor's points on the patient's claim)",
        ),
        format!(
            "{}（K922）+ {}（加算）+ {}（K921）+ {}（ドナーのその他の療養）= {}",
            pts(k922),
            pts(addition),
            pts(k921),
            pts(care),
            pts(claim)
        ),
        Some(claim),
        Unit::Points,
        SRC_CLAIM,
    ));

    let jmdp = base.value + addition;
    trace.push(TraceStep::new(
        "jmdp_points",
        Msg::new("骨髄バンクへの支払（点数）", "Paid to JMDP (points)"),
        format!(
            "{}（K922・K921のうち）+ {}（非血縁者間移植加算）= {}",
            pts(base.value),
            pts(addition),
            pts(jmdp)
        ),
        Some(jmdp),
        Unit::Points,
        base.source,
    ));
    let jmdp_yen = jmdp * ypp;
    trace.push(TraceStep::yen(
        "jmdp_yen",
        Msg::new("骨髄バンクへの支払（円）", "Paid to JMDP (yen)"),
        format!("{} × {}円 = {}", pts(jmdp), ypp, yen(jmdp_yen)),
        jmdp_yen,
        SRC_YEN,
    ));

    let bill = k921 + care;
    let payment = (bill - deduction.value).max(0);
    trace.push(TraceStep::new(
        "harvest_payment_points",
        Msg::new(
            "採取施設への支払（点数）",
            "Paid to the harvesting hospital (points)",
        ),
        format!(
            "max(0, {}（K921）+ {}（ドナーのその他の療養）− {}（組織適合性試験費用相当）) = {}",
            pts(k921),
            pts(care),
            pts(deduction.value),
            pts(payment)
        ),
        Some(payment),
        Unit::Points,
        deduction.source,
    ));
    let payment_yen = payment * ypp;
    trace.push(TraceStep::yen(
        "harvest_payment_yen",
        Msg::new(
            "採取施設への支払（円）",
            "Paid to the harvesting hospital (yen)",
        ),
        format!("{} × {}円 = {}", pts(payment), ypp, yen(payment_yen)),
        payment_yen,
        deduction.source,
    ));

    let keeps = claim - jmdp - payment;
    if keeps < 0 {
        return Err(vec![crate::msg::FieldError::new(
            "transplant_points",
            "does_not_cover_jmdp_share",
            Msg::new(
                format!(
                    "入力した点数では移植施設の受取 {} が支払 {}（骨髄バンク {} + 採取施設 {}）に足りません。骨髄バンクへの{}はK922・K921から支払われるため、点数を確認してください",
                    pts(claim),
                    pts(jmdp + payment),
                    pts(jmdp),
                    pts(payment),
                    pts(base.value)
                ),
                format!(
                    "With these points the transplant hospital would receive {} but pay out {} (JMDP {} + harvesting hospital {}). JMDP's {} come out of K922 and K921; check the points",
                    pts(claim),
                    pts(jmdp + payment),
                    pts(jmdp),
                    pts(payment),
                    pts(base.value)
                ),
            ),
        )]);
    }
    let keeps_yen = keeps * ypp;
    trace.push(TraceStep::new(
        "transplant_hospital_keeps",
        Msg::new("移植施設に残る点数", "Kept by the transplant hospital"),
        format!(
            "{} − {} − {} = {}（{}）",
            pts(claim),
            pts(jmdp),
            pts(payment),
            pts(keeps),
            yen(keeps_yen)
        ),
        Some(keeps),
        Unit::Points,
        SRC_SHARE,
    ));

    let invoice_months = p("jmdp.split.invoice_months_after")?;
    let invoice_day = p("jmdp.split.invoice_day")?;
    let invoice_date = input.transplant_date.map(|d| {
        let first =
            ymd(d.year, d.month, 1).add_months(invoice_months.value as i32, MonthEnd::Clamp);
        ymd(
            first.year,
            first.month,
            invoice_day.value.clamp(1, 28) as u32,
        )
    });
    let invoice_note = Msg::new(
        match invoice_date {
            Some(d) => format!(
                "骨髄バンクは移植月の翌月{}日（{d}）に施設長宛に {} の請求書を送ります",
                invoice_day.value,
                yen(jmdp_yen)
            ),
            None => format!("骨髄バンクは移植月の翌月{}日に施設長宛に {} の請求書を送ります", invoice_day.value, yen(jmdp_yen)),
        },
        match invoice_date {
            Some(d) => format!(
                "JMDP sends the {} yen invoice to the hospital director on the {}th of the month after the transplant ({d})",
                group(jmdp_yen),
                invoice_day.value
            ),
            None => format!(
                "JMDP sends the {} yen invoice to the hospital director on the {}th of the month after the transplant",
                group(jmdp_yen),
                invoice_day.value
            ),
        },
    );
    trace.push(TraceStep::note(
        "invoice",
        Msg::new("骨髄バンクの請求時期", "When JMDP invoices"),
        invoice_note.ja.clone(),
        invoice_day.source,
    ));

    let flows = vec![
        Flow {
            from: "insurer",
            to: "transplant_hospital",
            label: Msg::new(
                "保険者（審査支払機関経由、患者の一部負担金を含む）→ 移植施設",
                "Insurer (via the claims office; includes the patient's co-payment) → transplant hospital",
            ),
            points: claim,
            yen: claim * ypp,
            source: SRC_CLAIM,
        },
        Flow {
            from: "transplant_hospital",
            to: "jmdp",
            label: Msg::new(
                format!("移植施設 → 日本骨髄バンク（{}）", pts(jmdp)),
                format!("Transplant hospital → JMDP ({} points)", group(jmdp)),
            ),
            points: jmdp,
            yen: jmdp_yen,
            source: SRC_SHARE,
        },
        Flow {
            from: "transplant_hospital",
            to: "harvesting_hospital",
            label: Msg::new(
                format!("移植施設 → 採取施設（ドナー分 − {}）", pts(deduction.value)),
                format!("Transplant hospital → harvesting hospital (donor's points − {})", group(deduction.value)),
            ),
            points: payment,
            yen: payment_yen,
            source: SRC_DEDUCTION,
        },
    ];
    let parties = vec![
        Party {
            key: "insurer",
            label: Msg::new(
                "保険者（患者の一部負担金を含む）",
                "Insurer (incl. the patient's co-payment)",
            ),
            receives_points: 0,
            pays_points: claim,
            keeps_points: -claim,
            keeps_yen: -claim * ypp,
        },
        Party {
            key: "transplant_hospital",
            label: Msg::new("移植施設", "Transplant hospital"),
            receives_points: claim,
            pays_points: jmdp + payment,
            keeps_points: keeps,
            keeps_yen,
        },
        Party {
            key: "jmdp",
            label: Msg::new("日本骨髄バンク", "JMDP"),
            receives_points: jmdp,
            pays_points: 0,
            keeps_points: jmdp,
            keeps_yen: jmdp_yen,
        },
        Party {
            key: "harvesting_hospital",
            label: Msg::new("採取施設", "Harvesting hospital"),
            receives_points: payment,
            pays_points: 0,
            keeps_points: payment,
            keeps_yen: payment_yen,
        },
    ];

    let out = Output {
        transplant_points: k922,
        harvest_points: k921,
        unrelated_addition_points: addition,
        donor_care_points: care,
        yen_per_point: ypp,
        defaults_used,
        claim_points: claim,
        claim_yen: claim * ypp,
        jmdp_base_points: base.value,
        jmdp_points: jmdp,
        jmdp_yen,
        harvest_bill_points: bill,
        donor_hla_deduction_points: deduction.value,
        harvest_payment_points: payment,
        harvest_payment_yen: payment_yen,
        transplant_hospital_keeps_points: keeps,
        transplant_hospital_keeps_yen: keeps_yen,
        flows,
        parties,
        invoice_date,
        invoice_note,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

crate::calculator::calculator!("reimbursement_split", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

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

    fn run(v: Value) -> Result<Output, Errors> {
        let input = parse(&v)?;
        compute(&input, &Ctx::over(ymd(2024, 4, 1), TYPED.tables)).map(|e| e.result)
    }

    #[test]
    fn seed_defaults() {
        let o = run(json!({"transplant_date": "2024-01-31"})).unwrap();
        assert_eq!(o.jmdp_points, 55_000);
        assert_eq!(o.jmdp_yen, 550_000);
        assert_eq!(o.harvest_payment_points, 21_640 - 4_200);
        assert_eq!(o.claim_points, 66_450 + 10_000 + 21_640);
        assert_eq!(
            o.transplant_hospital_keeps_points,
            66_450 + 21_640 - 45_000 - 17_440
        );
        assert_eq!(o.invoice_date, Some(ymd(2024, 2, 10)));
        assert_eq!(
            o.claim_points,
            o.jmdp_points + o.harvest_payment_points + o.transplant_hospital_keeps_points
        );
    }

    #[test]
    fn december_transplant_invoiced_in_january() {
        let o = run(json!({"transplant_date": "2023-12-15"})).unwrap();
        assert_eq!(o.invoice_date, Some(ymd(2024, 1, 10)));
    }

    #[test]
    fn harvest_payment_never_negative_and_short_points_refused() {
        let o = run(json!({"harvest_points": 1000, "transplant_points": 100000})).unwrap();
        assert_eq!(o.harvest_payment_points, 0);
        let e = run(json!({"transplant_points": 0})).unwrap_err();
        assert_eq!(e[0].code, "does_not_cover_jmdp_share");
    }
}
