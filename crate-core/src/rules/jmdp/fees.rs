//! 患者負担金（国内料金）— what a patient pays the Japan Marrow Donor Program (JMDP) for an
//! unrelated-donor coordination (seed 003, section 2(5), 参考資料2-13「患者負担金(国内料金)」
//! 2022年12月, 参考資料2-14「患者負担金参考モデル」2020年3月, 参考資料2-15 FAQ).
//!
//! | # | 負担金項目 | 金額 | 備考 |
//! |---|---|---|---|
//! | 1 | 患者HLA確認検査料 | 負担なし (44,000円を当法人が負担) | 患者登録後直ちに実施 |
//! | – | 本人確認検査 (HLA-A,B) | 負担なし (9,680円を当法人が負担) | 登録前の NGS-SBT 検査を使う場合 |
//! | – | 口腔粘膜 DNA 抽出料 | 5,500円 | 口腔粘膜による患者HLA確認検査 |
//! | 2 | 一般血液検査料 | 5,000円 | ドナー候補者1名ごと (実費9,152円、差額4,152円を当法人が負担) |
//! | 3 | ドナー確認検査手数料 | 3,000円 | ドナー候補者1名ごと |
//! | 4 | 最終同意等調整料 | 41,000円 | } 最終同意確認時に 4〜6 の合計 115,000円を一括請求、 |
//! | 5 | ドナー団体傷害保険料 | 25,000円 | } 登録中に1回限り |
//! | 6 | 採取・フォローアップ調整料 | 49,000円 | } |
//! | 7 | オプション検査料 | 44,000円 | 患者・主治医の希望により行う検査 |
//!
//! Refund (表の後の注 6): 「最終同意確認後であっても…移植に至らない場合があります。この場合は、
//! 5.ドナー団体傷害保険料と6.採取・フォローアップ調整料は返金します」 — 25,000 + 49,000 = 74,000
//! yen come back when the transplant does not happen after final consent; 4. 最終同意等調整料 is kept.
//!
//! The model table (2020年3月) reproduces exactly from these figures: transplant with 1–5 donors
//! tested = 123,000 / 131,000 / 139,000 / 147,000 / 155,000; ended before final consent = 8,000 /
//! 16,000 / 24,000 / 32,000 / 40,000 (option tests not included). The table's fees are the same in
//! 2020-03, but only the 2022-12 table gives every item (オプション検査, 口腔粘膜), so the fees are
//! dated from 2022-12-01; an earlier `as_of` is `not_in_force` rather than a guess.
//!
//! Exemption (参考資料2-16): the rate applies to 「患者負担金(国内料金)の全部」, so to every item
//! here including オプション検査; refunded items are returned, not exempted, so the rate applies to
//! the fees after the refund. Fees paid before the application or before the decision are not
//! refunded (FAQ ④) — a trace note says so. The rate itself comes from [`super::exemption`].
//!
//! Impossible combinations are refused: a transplant without final consent; a transplant or a final
//! consent with no donor candidate screened (the 1位選定 donor who gives final consent is one of
//! the candidates who had 確認検査).

use super::exemption::{exempt_amount, not_refunded_step};
use crate::date::{ymd, Date};
use crate::msg::{Errors, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::yen;
use crate::params::{Ctx, Param, Unit};
use crate::explain::TraceStep;
use serde::Serialize;
use crate::value::Value;

/// 参考資料2-13「患者負担金(国内料金)」 is dated 2022年12月.
const FROM: Date = ymd(2022, 12, 1);
const SRC_TABLE: &str = "seed 003 参考資料2-13「患者負担金(国内料金)」2022年12月";
const SRC_HLA: &str = "seed 003 参考資料2-13 1.「患者HLA確認検査料」";
const SRC_BLOOD: &str = "seed 003 参考資料2-13 2.「一般血液検査（ドナースクリーニング検査）料」";
const SRC_CONFIRM: &str = "seed 003 参考資料2-13 3.「ドナー確認検査手数料」";
const SRC_FINAL: &str = "seed 003 参考資料2-13 4.「最終同意等調整料」";
const SRC_INSURANCE: &str = "seed 003 参考資料2-13 5.「ドナー団体傷害保険料」";
const SRC_HARVEST: &str = "seed 003 参考資料2-13 6.「採取・フォローアップ調整料」";
const SRC_REFUND: &str =
    "seed 003 参考資料2-13 6. 注「移植に至らない場合…5.ドナー団体傷害保険料と6.採取・フォローアップ調整料は返金します」";
const SRC_OPTION: &str = "seed 003 参考資料2-13 7.「オプション検査料」";
const SRC_MODEL: &str = "seed 003 参考資料2-14「患者負担金参考モデル」2020年3月";
const SRC_EXEMPTION: &str =
    "seed 003 参考資料2-16「患者負担金(国内料金)の全部、または一部を…免除」";

pub static PARAMS: &[Param] = &[
    Param::new(
        "jmdp.fees.patient_hla",
        0,
        Unit::Yen,
        FROM,
        SRC_HLA,
        "患者HLA確認検査料（患者負担なし）",
        "Patient HLA confirmatory test (no charge to the patient)",
    ),
    Param::new(
        "jmdp.fees.patient_hla_jmdp_cost",
        44_000,
        Unit::Yen,
        FROM,
        "seed 003 参考資料2-13 1.「料金は4万4000円ですが、全額を当法人が負担」",
        "患者HLA確認検査の料金（全額を骨髄バンクが負担）",
        "Patient HLA confirmatory test price (borne in full by JMDP)",
    ),
    Param::new(
        "jmdp.fees.patient_identity_check",
        0,
        Unit::Yen,
        FROM,
        SRC_HLA,
        "本人確認検査（HLA-A,B）（患者負担なし）",
        "Patient identity check (HLA-A,B) (no charge to the patient)",
    ),
    Param::new(
        "jmdp.fees.patient_identity_check_jmdp_cost",
        9_680,
        Unit::Yen,
        FROM,
        "seed 003 参考資料2-13 1. *「本人確認検査（HLA-A, B）…料金は9,680円ですが、全額を当法人が負担」",
        "本人確認検査（HLA-A,B）の料金（全額を骨髄バンクが負担）",
        "Identity check (HLA-A,B) price (borne in full by JMDP)",
    ),
    Param::new(
        "jmdp.fees.oral_mucosa_dna",
        5_500,
        Unit::Yen,
        FROM,
        "seed 003 参考資料2-13 1. *「口腔粘膜による患者HLA確認検査…DNA抽出料として5,500円」",
        "口腔粘膜 DNA抽出料",
        "DNA extraction from oral mucosa",
    ),
    Param::new(
        "jmdp.fees.donor_blood_test",
        5_000,
        Unit::Yen,
        FROM,
        SRC_BLOOD,
        "一般血液検査（ドナースクリーニング検査）料（ドナー候補者1名ごと）",
        "General blood test (donor screening), per donor candidate",
    ),
    Param::new(
        "jmdp.fees.donor_blood_test_full_cost",
        9_152,
        Unit::Yen,
        FROM,
        "seed 003 参考資料2-13 2. *「一般血液検査料はドナー1人につき9,152円ですが、差額の4,152円は当法人が負担」",
        "一般血液検査料の実額（差額は骨髄バンクが負担）",
        "General blood test full price (JMDP bears the difference)",
    ),
    Param::new(
        "jmdp.fees.donor_confirmation",
        3_000,
        Unit::Yen,
        FROM,
        SRC_CONFIRM,
        "ドナー確認検査手数料（ドナー候補者1名ごと）",
        "Donor confirmatory-test handling fee, per donor candidate",
    ),
    Param::new(
        "jmdp.fees.final_consent_coordination",
        41_000,
        Unit::Yen,
        FROM,
        SRC_FINAL,
        "最終同意等調整料（登録中に1回限り）",
        "Final-consent coordination fee (once per registration)",
    ),
    Param::new(
        "jmdp.fees.donor_insurance",
        25_000,
        Unit::Yen,
        FROM,
        SRC_INSURANCE,
        "ドナー団体傷害保険料（登録中に1回限り、移植に至らない場合は返金）",
        "Donor group accident insurance (once; refunded if no transplant)",
    ),
    Param::new(
        "jmdp.fees.harvest_followup",
        49_000,
        Unit::Yen,
        FROM,
        SRC_HARVEST,
        "採取・フォローアップ調整料（登録中に1回限り、移植に至らない場合は返金）",
        "Harvest and follow-up coordination fee (once; refunded if no transplant)",
    ),
    Param::new(
        "jmdp.fees.option_hla_test",
        44_000,
        Unit::Yen,
        FROM,
        SRC_OPTION,
        "オプション検査料（ドナーHLA NGS-SBT法、1件ごと）",
        "Optional donor HLA test (NGS-SBT), per test",
    ),
    Param::new(
        "jmdp.fees.donor_identity_check_jmdp_cost",
        9_680,
        Unit::Yen,
        FROM,
        "seed 003 参考資料2-13 7. *「1位選定時に本人確認検査(HLA-A,B)を実施します。この検査料9,680円は、当法人が負担」",
        "ドナー本人確認検査（1位選定時、骨髄バンクが負担）",
        "Donor identity check at first selection (borne by JMDP)",
    ),
];

/// Largest counts accepted (real coordinations screen a handful of candidates).
pub const MAX_COUNT: i64 = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// 確認検査を実施したドナー候補者の人数.
    pub donors_screened: i64,
    /// ドナーの最終同意が確認された.
    pub final_consent: bool,
    /// 移植が行われた.
    pub transplant: bool,
    /// オプション検査（ドナーHLA NGS-SBT）の件数.
    pub option_hla_tests: i64,
    /// 口腔粘膜による患者HLA確認検査（DNA抽出料）.
    pub oral_mucosa_dna: bool,
    /// 登録前の NGS-SBT 検査を使い、患者HLA確認検査の代わりに本人確認検査を行った.
    pub prior_ngs_typing: bool,
    /// 決定された免除率 (0–100).
    pub exemption_percent: i64,
}

/// Reads every field but `exemption_percent` and checks the combinations (shared with
/// `patient_overview`).
pub fn read_fee_fields(r: &mut Reader<'_>) -> Input {
    let donors_screened = r.int_max("donors_screened", None, MAX_COUNT);
    let final_consent = r.bool("final_consent", false);
    let transplant = r.bool("transplant", false);
    let option_hla_tests = r.int_max("option_hla_tests", Some(0), MAX_COUNT);
    let oral_mucosa_dna = r.bool("oral_mucosa_dna", false);
    let prior_ngs_typing = r.bool("prior_ngs_typing", false);
    let donors_ok = !r
        .errors
        .iter()
        .any(|e| e.field == r.field_name("donors_screened"));
    if transplant && !final_consent {
        r.error(
            "transplant",
            "requires_final_consent",
            Msg::new(
                "移植はドナーの最終同意の後にしか行われません。final_consent も true にしてください",
                "A transplant only happens after the donor's final consent; set final_consent to true as well",
            ),
        );
    }
    if donors_ok && donors_screened == 0 && (transplant || final_consent) {
        r.error(
            "donors_screened",
            "requires_donor",
            Msg::new(
                "最終同意・移植に進むには、少なくとも1人のドナー候補者が確認検査を受けています（1人以上を入力）",
                "Final consent and transplant need at least one donor candidate who had the confirmatory test (enter 1 or more)",
            ),
        );
    }
    Input {
        donors_screened,
        final_consent,
        transplant,
        option_hla_tests,
        oral_mucosa_dna,
        prior_ngs_typing,
        exemption_percent: 0,
    }
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let mut input = read_fee_fields(&mut r);
    input.exemption_percent = r.int_max("exemption_percent", Some(0), 100);
    r.finish(input)
}

/// One fee item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub key: &'static str,
    pub label: Msg,
    pub unit_price_yen: i64,
    pub quantity: i64,
    /// What the patient is billed: unit price × quantity.
    pub amount_yen: i64,
    /// The part of `amount_yen` returned (5. and 6. when no transplant follows final consent).
    pub refunded_yen: i64,
    /// What JMDP bears on top of the patient's price (informational).
    pub jmdp_bears_yen: i64,
    /// A line shown for information: the patient is charged nothing for it.
    pub informational: bool,
    /// When it is billed (備考).
    pub when: Msg,
    pub param_id: &'static str,
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub lines: Vec<Line>,
    /// Everything billed.
    pub gross_yen: i64,
    /// 5. + 6. returned when the transplant does not follow final consent.
    pub refund_yen: i64,
    /// gross − refund: the fees the patient finally owes before any exemption.
    pub net_yen: i64,
    pub exemption_percent: i64,
    pub exempted_yen: i64,
    /// net − exempted.
    pub payable_yen: i64,
    /// 4.〜6. billed together at final consent (0 before final consent).
    pub final_consent_bundle_yen: i64,
    /// Sum of what JMDP bears on top (patient HLA test, blood-test difference …).
    pub jmdp_bears_yen: i64,
}

fn label(ja: &str, en: &str) -> Msg {
    Msg::new(ja, en)
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let p = |id: &str| ctx.param(id).map_err(|e| vec![e]);
    let mut trace = Vec::new();
    let mut lines = Vec::new();

    // 1. 患者HLA確認検査料, or the 本人確認検査 when a prior NGS-SBT typing replaces it.
    let hla = p("jmdp.fees.patient_hla")?;
    let hla_cost = p("jmdp.fees.patient_hla_jmdp_cost")?;
    let idc = p("jmdp.fees.patient_identity_check")?;
    let idc_cost = p("jmdp.fees.patient_identity_check_jmdp_cost")?;
    let hla_qty = i64::from(!input.prior_ngs_typing);
    let idc_qty = i64::from(input.prior_ngs_typing);
    lines.push(Line {
        key: "patient_hla",
        label: label(
            "患者HLA確認検査料（NGS-SBT法 11座）",
            "Patient HLA confirmatory test (NGS-SBT, 11 loci)",
        ),
        unit_price_yen: hla.value,
        quantity: hla_qty,
        amount_yen: hla.value * hla_qty,
        refunded_yen: 0,
        jmdp_bears_yen: (hla_cost.value - hla.value) * hla_qty,
        informational: true,
        when: label(
            "患者登録後直ちに実施",
            "Right after the patient's registration",
        ),
        param_id: hla.id,
        source: hla_cost.source,
    });
    lines.push(Line {
        key: "patient_identity_check",
        label: label(
            "本人確認検査（HLA-A,B）— 登録前の NGS-SBT 検査を使う場合",
            "Identity check (HLA-A,B) — when a prior NGS-SBT typing is used",
        ),
        unit_price_yen: idc.value,
        quantity: idc_qty,
        amount_yen: idc.value * idc_qty,
        refunded_yen: 0,
        jmdp_bears_yen: (idc_cost.value - idc.value) * idc_qty,
        informational: true,
        when: label(
            "登録後（患者HLA確認検査を省略した場合）",
            "After registration (instead of the confirmatory test)",
        ),
        param_id: idc.id,
        source: idc_cost.source,
    });

    let oral = p("jmdp.fees.oral_mucosa_dna")?;
    let oral_qty = i64::from(input.oral_mucosa_dna);
    lines.push(Line {
        key: "oral_mucosa_dna",
        label: label("口腔粘膜 DNA抽出料", "DNA extraction from oral mucosa"),
        unit_price_yen: oral.value,
        quantity: oral_qty,
        amount_yen: oral.value * oral_qty,
        refunded_yen: 0,
        jmdp_bears_yen: 0,
        informational: false,
        when: label(
            "口腔粘膜で患者HLA確認検査を行う場合（移植歴がある・白血球数が少ない患者）",
            "When the patient's HLA test uses oral mucosa (prior transplant, low white cell count)",
        ),
        param_id: oral.id,
        source: oral.source,
    });

    // 2. and 3.: per donor candidate who had 確認検査.
    let blood = p("jmdp.fees.donor_blood_test")?;
    let blood_full = p("jmdp.fees.donor_blood_test_full_cost")?;
    let n = input.donors_screened;
    lines.push(Line {
        key: "donor_blood_test",
        label: label(
            "一般血液検査（ドナースクリーニング検査）料",
            "General blood test (donor screening)",
        ),
        unit_price_yen: blood.value,
        quantity: n,
        amount_yen: blood.value * n,
        refunded_yen: 0,
        jmdp_bears_yen: (blood_full.value - blood.value).max(0) * n,
        informational: false,
        when: label(
            "ドナー候補者1名ごと（検査結果が出た時点で請求）",
            "Per donor candidate (billed when the result is out)",
        ),
        param_id: blood.id,
        source: blood.source,
    });
    let confirm = p("jmdp.fees.donor_confirmation")?;
    lines.push(Line {
        key: "donor_confirmation",
        label: label(
            "ドナー確認検査手数料",
            "Donor confirmatory-test handling fee",
        ),
        unit_price_yen: confirm.value,
        quantity: n,
        amount_yen: confirm.value * n,
        refunded_yen: 0,
        jmdp_bears_yen: 0,
        informational: false,
        when: label(
            "ドナー候補者1名ごと（一般血液検査料と同時に請求）",
            "Per donor candidate (billed with the blood test)",
        ),
        param_id: confirm.id,
        source: confirm.source,
    });

    // 4.–6.: billed together once, at final consent. 5. and 6. are refunded without a transplant.
    let refund_applies = input.final_consent && !input.transplant;
    let fc_qty = i64::from(input.final_consent);
    let bundle = [
        (
            "final_consent_coordination",
            "jmdp.fees.final_consent_coordination",
            label("最終同意等調整料", "Final-consent coordination fee"),
            false,
        ),
        (
            "donor_insurance",
            "jmdp.fees.donor_insurance",
            label("ドナー団体傷害保険料", "Donor group accident insurance"),
            true,
        ),
        (
            "harvest_followup",
            "jmdp.fees.harvest_followup",
            label(
                "採取・フォローアップ調整料",
                "Harvest and follow-up coordination fee",
            ),
            true,
        ),
    ];
    for (key, id, lbl, refundable) in bundle {
        let fee = p(id)?;
        let amount = fee.value * fc_qty;
        lines.push(Line {
            key,
            label: lbl,
            unit_price_yen: fee.value,
            quantity: fc_qty,
            amount_yen: amount,
            refunded_yen: if refundable && refund_applies { amount } else { 0 },
            jmdp_bears_yen: 0,
            informational: false,
            when: if refundable {
                label(
                    "最終同意確認時に一括請求（登録中1回限り）。移植に至らない場合は返金",
                    "Billed together at final consent (once per registration); refunded if no transplant follows",
                )
            } else {
                label(
                    "最終同意確認時に一括請求（登録中1回限り）。返金なし",
                    "Billed together at final consent (once per registration); not refunded",
                )
            },
            param_id: fee.id,
            source: fee.source,
        });
    }

    // 7. オプション検査料.
    let option = p("jmdp.fees.option_hla_test")?;
    lines.push(Line {
        key: "option_hla_test",
        label: label(
            "オプション検査料（ドナーHLA NGS-SBT法 A,B,C,DRB1,DRB3/4/5,DQA1,DQB1,DPA1,DPB1）",
            "Optional donor HLA test (NGS-SBT)",
        ),
        unit_price_yen: option.value,
        quantity: input.option_hla_tests,
        amount_yen: option.value * input.option_hla_tests,
        refunded_yen: 0,
        jmdp_bears_yen: 0,
        informational: false,
        when: label(
            "患者・主治医の希望により行う検査1件ごと",
            "Per test requested by the patient / doctor",
        ),
        param_id: option.id,
        source: option.source,
    });

    // Trace: one step per line.
    for l in &lines {
        let unit = match l.key {
            "donor_blood_test" | "donor_confirmation" => "人",
            "option_hla_test" => "件",
            _ => "回",
        };
        let mut formula = format!(
            "{} × {}{unit} = {}",
            yen(l.unit_price_yen),
            l.quantity,
            yen(l.amount_yen)
        );
        if l.jmdp_bears_yen > 0 {
            formula.push_str(&format!("（骨髄バンク負担 {}）", yen(l.jmdp_bears_yen)));
        }
        trace.push(TraceStep::yen(
            l.key,
            l.label.clone(),
            formula,
            l.amount_yen,
            l.source,
        ));
    }

    let gross: i64 = lines.iter().map(|l| l.amount_yen).sum();
    trace.push(TraceStep::yen(
        "gross",
        Msg::new("患者負担金の請求合計", "Total fees billed"),
        lines
            .iter()
            .filter(|l| l.amount_yen > 0)
            .map(|l| yen(l.amount_yen))
            .collect::<Vec<_>>()
            .join(" + ")
            + &format!(" = {}", yen(gross)),
        gross,
        SRC_TABLE,
    ));
    let bundle_yen: i64 = lines
        .iter()
        .filter(|l| {
            matches!(
                l.key,
                "final_consent_coordination" | "donor_insurance" | "harvest_followup"
            )
        })
        .map(|l| l.amount_yen)
        .sum();

    let refund: i64 = lines.iter().map(|l| l.refunded_yen).sum();
    let refund_formula = if refund_applies {
        format!(
            "最終同意後に移植に至らず: 5.ドナー団体傷害保険料 {} + 6.採取・フォローアップ調整料 {} = {}（4.最終同意等調整料は返金なし。通常は登録取消し後に返金）",
            yen(lines[6].amount_yen),
            yen(lines[7].amount_yen),
            yen(refund)
        )
    } else if input.transplant {
        "移植が行われたため返金なし = 0円".to_string()
    } else {
        "最終同意前に終了したため 4.〜6. は請求されず、返金なし = 0円".to_string()
    };
    trace.push(TraceStep::yen(
        "refund",
        Msg::new(
            "返金（移植に至らない場合の5.・6.）",
            "Refund (5. and 6. when no transplant follows)",
        ),
        refund_formula,
        refund,
        SRC_REFUND,
    ));
    let net = gross - refund;
    trace.push(TraceStep::yen(
        "net",
        Msg::new("返金後の負担金", "Fees after the refund"),
        format!("{} − {} = {}", yen(gross), yen(refund), yen(net)),
        net,
        SRC_TABLE,
    ));

    // Exemption on every remaining domestic fee (「患者負担金(国内料金)の全部」).
    let exempted = exempt_amount(
        "exempted",
        Msg::new(
            "免除額（返金後の負担金 × 免除率）",
            "Exempted (fees after refund × exemption rate)",
        ),
        net,
        input.exemption_percent,
        SRC_EXEMPTION,
        &mut trace,
    );
    let payable = net - exempted;
    trace.push(TraceStep::yen(
        "payable",
        Msg::new("お支払いいただく額", "Payable"),
        format!("{} − {} = {}", yen(net), yen(exempted), yen(payable)),
        payable,
        SRC_TABLE,
    ));
    if input.exemption_percent > 0 {
        trace.push(not_refunded_step());
    }
    if !input.transplant && !input.final_consent {
        trace.push(TraceStep::note(
            "model_table",
            Msg::new(
                "参考モデル: 最終同意前に終了",
                "Model table: ended before final consent",
            ),
            format!(
                "ドナー{}人検査で {}（{} + {}）",
                n,
                yen(lines[3].amount_yen + lines[4].amount_yen),
                yen(lines[3].amount_yen),
                yen(lines[4].amount_yen)
            ),
            SRC_MODEL,
        ));
    } else if input.transplant {
        trace.push(TraceStep::note(
            "model_table",
            Msg::new("参考モデル: 移植実施", "Model table: transplant done"),
            format!(
                "ドナー{}人検査で {}（オプション検査・口腔粘膜を除く）",
                n,
                yen(lines[3].amount_yen + lines[4].amount_yen + bundle_yen)
            ),
            SRC_MODEL,
        ));
    }
    if input.final_consent {
        let donor_idc = p("jmdp.fees.donor_identity_check_jmdp_cost")?;
        trace.push(TraceStep::note(
            "donor_identity_check",
            Msg::new("ドナー本人確認検査（患者負担なし）", "Donor identity check (no charge to the patient)"),
            format!(
                "ドナー登録時にしかHLA検査をしていないドナーには1位選定時に本人確認検査（HLA-A,B）を行います。検査料 {} は骨髄バンクが負担",
                yen(donor_idc.value)
            ),
            donor_idc.source,
        ));
    }
    if input.oral_mucosa_dna && input.prior_ngs_typing {
        trace.push(TraceStep::note(
            "oral_mucosa_with_prior_typing",
            Msg::new("口腔粘膜 DNA抽出料の扱い", "Oral-mucosa DNA extraction"),
            "資料はDNA抽出料を口腔粘膜による患者HLA確認検査に結び付けています。登録前の検査を使う場合の扱いは書かれていないため、入力どおり計上しています",
            oral.source,
        ));
    }
    trace.push(TraceStep::note(
        "fees_may_change",
        Msg::new("料金は変更されることがあります", "Fees may change"),
        "各料金はコーディネート中に変更することがあります。最新情報は日本骨髄バンクのホームページで確認してください",
        "seed 003 参考資料2-13 ※「各料金は、コーディネート中に変更することがあります」, section 2(5)",
    ));

    let jmdp_bears: i64 = lines.iter().map(|l| l.jmdp_bears_yen).sum();
    let out = Output {
        lines,
        gross_yen: gross,
        refund_yen: refund,
        net_yen: net,
        exemption_percent: input.exemption_percent,
        exempted_yen: exempted,
        payable_yen: payable,
        final_consent_bundle_yen: bundle_yen,
        jmdp_bears_yen: jmdp_bears,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

crate::calculator::calculator!("jmdp_fees", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

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

    fn run(v: Value) -> Output {
        let input = parse(&v).expect("parses");
        compute(&input, &Ctx::over(ymd(2023, 8, 1), TYPED.tables))
            .expect("computes")
            .result
    }

    #[test]
    fn model_table_2020_03_reproduces() {
        let transplant = [123_000, 131_000, 139_000, 147_000, 155_000];
        let ended = [8_000, 16_000, 24_000, 32_000, 40_000];
        for d in 1..=5i64 {
            let o = run(json!({"donors_screened": d, "final_consent": true, "transplant": true}));
            assert_eq!(o.gross_yen, transplant[(d - 1) as usize]);
            assert_eq!(o.payable_yen, transplant[(d - 1) as usize]);
            let o = run(json!({"donors_screened": d}));
            assert_eq!(o.gross_yen, ended[(d - 1) as usize]);
        }
    }

    #[test]
    fn bundle_is_115000_and_refund_74000() {
        let o = run(json!({"donors_screened": 2, "final_consent": true, "transplant": false}));
        assert_eq!(o.final_consent_bundle_yen, 115_000);
        assert_eq!(o.gross_yen, 131_000);
        assert_eq!(o.refund_yen, 74_000);
        assert_eq!(o.net_yen, 57_000);
        assert_eq!(o.payable_yen, 57_000);
    }

    #[test]
    fn jmdp_bears_the_difference() {
        let o = run(json!({"donors_screened": 1}));
        // 44,000 for the patient HLA test + 9,152 − 5,000 = 4,152 for the blood test.
        assert_eq!(o.lines[3].jmdp_bears_yen, 4_152);
        assert_eq!(o.jmdp_bears_yen, 48_152);
    }

    #[test]
    fn impossible_combinations() {
        let e = parse(&json!({"donors_screened": 1, "transplant": true})).unwrap_err();
        assert_eq!(
            (e[0].field.as_str(), e[0].code.as_str()),
            ("transplant", "requires_final_consent")
        );
        let e = parse(&json!({"donors_screened": 0, "final_consent": true, "transplant": true}))
            .unwrap_err();
        assert_eq!(
            (e[0].field.as_str(), e[0].code.as_str()),
            ("donors_screened", "requires_donor")
        );
    }
}
