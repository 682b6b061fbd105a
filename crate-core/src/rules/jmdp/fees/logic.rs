//! The fees as named steps: the lines billed, the refund, the exemption, what is payable, and the
//! notes the model table and the manual add.

use super::params::*;
use super::schema::{self as field, SCHEMA};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg, Text};
use crate::params::{Ctx, Param};
use crate::reader::Reader;
use crate::rules::jmdp::exemption::{exempt_amount, not_refunded_step};
use crate::sources::{cite, Cite, JMDP_GUIDE};
use crate::value::Value;
use serde::Serialize;

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

/// Reads every fee field but `exemption_percent` and checks the combinations (the patient
/// overview's schema lists the same fields, so it reads them through this too).
pub fn read_fee_fields(r: &mut Reader<'_>) -> Input {
    let donors_screened = r.int(&field::DONORS_SCREENED);
    let final_consent = r.flag(&field::FINAL_CONSENT);
    let transplant = r.flag(&field::TRANSPLANT);
    let option_hla_tests = r.int(&field::OPTION_HLA_TESTS);
    let oral_mucosa_dna = r.flag(&field::ORAL_MUCOSA_DNA);
    let prior_ngs_typing = r.flag(&field::PRIOR_NGS_TYPING);
    if transplant && !final_consent {
        r.error(
            &field::TRANSPLANT,
            "requires_final_consent",
            Msg::new(
                "移植はドナーの最終同意の後にしか行われません。「最終同意まで進んだ」にもチェックを入れてください（final_consent）",
                "A transplant only happens after the donor's final consent; tick “Reached the donor's final consent” as well (final_consent)",
            ),
        );
    }
    // The 1位選定 donor who gives final consent is one of the candidates who had 確認検査.
    if !r.failed(&field::DONORS_SCREENED) && donors_screened == 0 && (transplant || final_consent) {
        r.error(
            &field::DONORS_SCREENED,
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
    let mut r = Reader::new(SCHEMA.fields, v);
    let mut input = read_fee_fields(&mut r);
    input.exemption_percent = r.int(&field::EXEMPTION_PERCENT);
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
    pub source: &'static Cite,
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

/// What one line is counted in (人 per donor, 件 per test, 回 otherwise).
const PER_DONOR: Text = Text::new("人", "");
const PER_TEST: Text = Text::new("件", "");
const TIMES: Text = Text::new("回", "");

/// The lines as they are built, with the trace step of each.
struct Lines {
    lines: Vec<Line>,
    trace: Vec<TraceStep>,
}

/// One line's facts beyond its fee row.
struct Item {
    key: &'static str,
    label: Text,
    when: Text,
    quantity: i64,
    per: Text,
    jmdp_bears_each: i64,
    informational: bool,
    refunded: bool,
    source: &'static Cite,
}

impl Lines {
    fn push(&mut self, fee: &'static Param, item: Item) -> i64 {
        let amount = fee.value * item.quantity;
        let jmdp_bears = item.jmdp_bears_each.max(0) * item.quantity;
        let mut formula = Fx::new().yen(fee.value).op(" × ").qty(item.quantity, item.per).op(" = ").yen(amount);
        if jmdp_bears > 0 {
            formula = formula.words("（骨髄バンク負担 ", " (JMDP bears ").yen(jmdp_bears).words("）", ")");
        }
        self.trace.push(TraceStep::yen(item.key, item.label, formula, amount, item.source));
        self.lines.push(Line {
            key: item.key,
            label: item.label.msg(),
            unit_price_yen: fee.value,
            quantity: item.quantity,
            amount_yen: amount,
            refunded_yen: if item.refunded { amount } else { 0 },
            jmdp_bears_yen: jmdp_bears,
            informational: item.informational,
            when: item.when.msg(),
            param_id: fee.id,
            source: item.source,
        });
        amount
    }
}

/// Item 1, 患者HLA確認検査料 (or the 本人確認検査 when a prior NGS-SBT typing replaces it) and the
/// oral-mucosa DNA extraction: borne by JMDP except the extraction.
fn patient_tests(input: &Input, ctx: &Ctx, l: &mut Lines) -> Result<(), Errors> {
    let (hla, hla_cost) = (ctx.get(&PATIENT_HLA)?, ctx.get(&PATIENT_HLA_JMDP_COST)?);
    let (idc, idc_cost) = (ctx.get(&PATIENT_IDENTITY_CHECK)?, ctx.get(&PATIENT_IDENTITY_CHECK_JMDP_COST)?);
    l.push(
        hla,
        Item {
            key: "patient_hla",
            label: Text::new("患者HLA確認検査料（NGS-SBT法 11座）", "Patient HLA confirmatory test (NGS-SBT, 11 loci)"),
            when: Text::new("患者登録後直ちに実施", "Right after the patient's registration"),
            quantity: i64::from(!input.prior_ngs_typing),
            per: TIMES,
            jmdp_bears_each: hla_cost.value - hla.value,
            informational: true,
            refunded: false,
            source: hla_cost.source,
        },
    );
    l.push(
        idc,
        Item {
            key: "patient_identity_check",
            label: Text::new(
                "本人確認検査（HLA-A,B）— 登録前の NGS-SBT 検査を使う場合",
                "Identity check (HLA-A,B) — when a prior NGS-SBT typing is used",
            ),
            when: Text::new(
                "登録後（患者HLA確認検査を省略した場合）",
                "After registration (instead of the confirmatory test)",
            ),
            quantity: i64::from(input.prior_ngs_typing),
            per: TIMES,
            jmdp_bears_each: idc_cost.value - idc.value,
            informational: true,
            refunded: false,
            source: idc_cost.source,
        },
    );
    let oral = ctx.get(&ORAL_MUCOSA_DNA)?;
    l.push(
        oral,
        Item {
            key: "oral_mucosa_dna",
            label: Text::new("口腔粘膜 DNA抽出料", "DNA extraction from oral mucosa"),
            when: Text::new(
                "口腔粘膜で患者HLA確認検査を行う場合（移植歴がある・白血球数が少ない患者）",
                "When the patient's HLA test uses oral mucosa (prior transplant, low white cell count)",
            ),
            quantity: i64::from(input.oral_mucosa_dna),
            per: TIMES,
            jmdp_bears_each: 0,
            informational: false,
            refunded: false,
            source: oral.source,
        },
    );
    Ok(())
}

/// Items 2 and 3: per donor candidate who had 確認検査. Returns both amounts (the model table's
/// "ended before final consent" row is their sum).
fn donor_tests(input: &Input, ctx: &Ctx, l: &mut Lines) -> Result<(i64, i64), Errors> {
    let (blood, blood_full) = (ctx.get(&DONOR_BLOOD_TEST)?, ctx.get(&DONOR_BLOOD_TEST_FULL_COST)?);
    let blood_yen = l.push(
        blood,
        Item {
            key: "donor_blood_test",
            label: Text::new("一般血液検査（ドナースクリーニング検査）料", "General blood test (donor screening)"),
            when: Text::new(
                "ドナー候補者1名ごと（検査結果が出た時点で請求）",
                "Per donor candidate (billed when the result is out)",
            ),
            quantity: input.donors_screened,
            per: PER_DONOR,
            jmdp_bears_each: blood_full.value - blood.value,
            informational: false,
            refunded: false,
            source: blood.source,
        },
    );
    let confirm = ctx.get(&DONOR_CONFIRMATION)?;
    let confirm_yen = l.push(
        confirm,
        Item {
            key: "donor_confirmation",
            label: Text::new("ドナー確認検査手数料", "Donor confirmatory-test handling fee"),
            when: Text::new(
                "ドナー候補者1名ごと（一般血液検査料と同時に請求）",
                "Per donor candidate (billed with the blood test)",
            ),
            quantity: input.donors_screened,
            per: PER_DONOR,
            jmdp_bears_each: 0,
            informational: false,
            refunded: false,
            source: confirm.source,
        },
    );
    Ok((blood_yen, confirm_yen))
}

/// 4.–6.: billed together once, at final consent; 5. and 6. are refunded without a transplant.
/// Returns the amounts of 4., 5. and 6.
fn final_consent_bundle(input: &Input, ctx: &Ctx, l: &mut Lines) -> Result<[i64; 3], Errors> {
    let refund_applies = input.final_consent && !input.transplant;
    let kept = Text::new(
        "最終同意確認時に一括請求（登録中1回限り）。返金なし",
        "Billed together at final consent (once per registration); not refunded",
    );
    let refundable = Text::new(
        "最終同意確認時に一括請求（登録中1回限り）。移植に至らない場合は返金",
        "Billed together at final consent (once per registration); refunded if no transplant follows",
    );
    let bundle = [
        (
            &FINAL_CONSENT_COORDINATION,
            "final_consent_coordination",
            Text::new("最終同意等調整料", "Final-consent coordination fee"),
            false,
        ),
        (
            &DONOR_INSURANCE,
            "donor_insurance",
            Text::new("ドナー団体傷害保険料", "Donor group accident insurance"),
            true,
        ),
        (
            &HARVEST_FOLLOWUP,
            "harvest_followup",
            Text::new("採取・フォローアップ調整料", "Harvest and follow-up coordination fee"),
            true,
        ),
    ];
    let mut amounts = [0; 3];
    for (i, (row, key, label, is_refundable)) in bundle.into_iter().enumerate() {
        let fee = ctx.get(row)?;
        amounts[i] = l.push(
            fee,
            Item {
                key,
                label,
                when: if is_refundable { refundable } else { kept },
                quantity: i64::from(input.final_consent),
                per: TIMES,
                jmdp_bears_each: 0,
                informational: false,
                refunded: is_refundable && refund_applies,
                source: fee.source,
            },
        );
    }
    Ok(amounts)
}

/// 7. オプション検査料, per test requested.
fn option_tests(input: &Input, ctx: &Ctx, l: &mut Lines) -> Result<(), Errors> {
    let option = ctx.get(&OPTION_HLA_TEST)?;
    l.push(
        option,
        Item {
            key: "option_hla_test",
            label: Text::new(
                "オプション検査料（ドナーHLA NGS-SBT法 A,B,C,DRB1,DRB3/4/5,DQA1,DQB1,DPA1,DPB1）",
                "Optional donor HLA test (NGS-SBT)",
            ),
            when: Text::new("患者・主治医の希望により行う検査1件ごと", "Per test requested by the patient / doctor"),
            quantity: input.option_hla_tests,
            per: PER_TEST,
            jmdp_bears_each: 0,
            informational: false,
            refunded: false,
            source: option.source,
        },
    );
    Ok(())
}

/// The refund step: 5. + 6. when final consent was not followed by a transplant.
fn refund_step(input: &Input, bundle: [i64; 3], refund: i64) -> TraceStep {
    let [_, insurance, harvest] = bundle;
    let formula = if input.final_consent && !input.transplant {
        Fx::new()
            .words("最終同意後に移植に至らず: 5.ドナー団体傷害保険料 ", "No transplant after final consent: 5. donor insurance ")
            .yen(insurance)
            .words(" + 6.採取・フォローアップ調整料 ", " + 6. harvest and follow-up coordination ")
            .yen(harvest)
            .op(" = ")
            .yen(refund)
            .words(
                "（4.最終同意等調整料は返金なし。通常は登録取消し後に返金）",
                " (4. final-consent coordination is not refunded; the refund usually follows the cancellation of the registration)",
            )
    } else if input.transplant {
        Fx::new().words("移植が行われたため返金なし = ", "The transplant took place, so no refund = ").yen(0)
    } else {
        Fx::new()
            .words(
                "最終同意前に終了したため 4.〜6. は請求されず、返金なし = ",
                "Ended before final consent: items 4–6 not billed, no refund = ",
            )
            .yen(0)
    };
    TraceStep::yen(
        "refund",
        Msg::new("返金（移植に至らない場合の5.・6.）", "Refund (5. and 6. when no transplant follows)"),
        formula,
        refund,
        SRC_REFUND,
    )
}

/// The model table's row for this case (参考資料2-14), as a check the reader can compare.
fn model_table_step(input: &Input, donor_tests: (i64, i64), bundle_yen: i64) -> Option<TraceStep> {
    let (blood, confirm) = donor_tests;
    let n = input.donors_screened;
    if !input.transplant && !input.final_consent {
        let formula = Fx::new()
            .words(&format!("ドナー{n}人検査で "), &format!("{} tested: ", crate::text::count_en(n, "donors")))
            .yen(blood + confirm)
            .words("（", " (")
            .yen(blood)
            .op(" + ")
            .yen(confirm)
            .words("）", ")");
        Some(TraceStep::note(
            "model_table",
            Msg::new("参考モデル: 最終同意前に終了", "Model table: ended before final consent"),
            formula,
            SRC_MODEL,
        ))
    } else if input.transplant {
        let formula = Fx::new()
            .words(&format!("ドナー{n}人検査で "), &format!("{} tested: ", crate::text::count_en(n, "donors")))
            .yen(blood + confirm + bundle_yen)
            .words("（オプション検査・口腔粘膜を除く）", " (optional tests and oral mucosa not included)");
        Some(TraceStep::note(
            "model_table",
            Msg::new("参考モデル: 移植実施", "Model table: transplant done"),
            formula,
            SRC_MODEL,
        ))
    } else {
        None
    }
}

/// Notes that do not change the amounts: JMDP's own costs, readings of the table, fee changes.
fn notes(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(), Errors> {
    if input.final_consent {
        let donor_idc = ctx.get(&DONOR_IDENTITY_CHECK_JMDP_COST)?;
        trace.push(TraceStep::note(
            "donor_identity_check",
            Msg::new("ドナー本人確認検査（患者負担なし）", "Donor identity check (no charge to the patient)"),
            Fx::new()
                .words(
                    "ドナー登録時にしかHLA検査をしていないドナーには1位選定時に本人確認検査（HLA-A,B）を行います。検査料 ",
                    "A donor typed only at registration has an identity check (HLA-A,B) at first selection. Its price of ",
                )
                .yen(donor_idc.value)
                .words(" は骨髄バンクが負担", " is borne by JMDP"),
            donor_idc.source,
        ));
    }
    if input.oral_mucosa_dna && input.prior_ngs_typing {
        trace.push(TraceStep::note(
            "oral_mucosa_with_prior_typing",
            Msg::new("口腔粘膜 DNA抽出料の扱い", "Oral-mucosa DNA extraction"),
            Msg::new(
                "資料はDNA抽出料を口腔粘膜による患者HLA確認検査に結び付けています。登録前の検査を使う場合の扱いは書かれていないため、入力どおり計上しています",
                "The manual ties the extraction fee to the patient's confirmatory test from oral mucosa; it does not say what applies with a prior typing, so the fee is counted as entered",
            ),
            ctx.get(&ORAL_MUCOSA_DNA)?.source,
        ));
    }
    trace.push(TraceStep::note(
        "fees_may_change",
        Msg::new("料金は変更されることがあります", "Fees may change"),
        Msg::new(
            "各料金はコーディネート中に変更することがあります。最新情報は日本骨髄バンクのホームページで確認してください",
            "Each fee may change during the coordination; check the latest on the JMDP website",
        ),
        cite!(JMDP_GUIDE, "参考資料2-13 ※・2.(5)（p.30）", page: 31, quote: "各料金は、コーディネート中に変更することがあります"),
    ));
    Ok(())
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut l = Lines { lines: Vec::new(), trace: Vec::new() };
    patient_tests(input, ctx, &mut l)?;
    let donor = donor_tests(input, ctx, &mut l)?;
    let bundle = final_consent_bundle(input, ctx, &mut l)?;
    option_tests(input, ctx, &mut l)?;
    let Lines { lines, mut trace } = l;

    let billed: Vec<i64> = lines.iter().map(|l| l.amount_yen).filter(|a| *a > 0).collect();
    let gross: i64 = billed.iter().sum();
    let formula = Fx::new().sum_of(&billed, crate::params::Unit::Yen).op(" = ").yen(gross);
    trace.push(TraceStep::yen(
        "gross",
        Msg::new("患者負担金の請求合計", "Total fees billed"),
        formula,
        gross,
        SRC_TABLE,
    ));

    let refund: i64 = lines.iter().map(|l| l.refunded_yen).sum();
    trace.push(refund_step(input, bundle, refund));
    let net = gross - refund;
    trace.push(TraceStep::yen(
        "net",
        Msg::new("返金後の負担金", "Fees after the refund"),
        Fx::new().yen(gross).op(" − ").yen(refund).op(" = ").yen(net),
        net,
        SRC_TABLE,
    ));

    // Exemption on every remaining domestic fee (「患者負担金(国内料金)の全部」).
    let exempted = exempt_amount(
        "exempted",
        Msg::new("免除額（返金後の負担金 × 免除率）", "Exempted (fees after refund × exemption rate)"),
        net,
        input.exemption_percent,
        SRC_EXEMPTION,
        &mut trace,
    );
    let payable = net - exempted;
    trace.push(TraceStep::yen(
        "payable",
        Msg::new("お支払いいただく額", "Payable"),
        Fx::new().yen(net).op(" − ").yen(exempted).op(" = ").yen(payable),
        payable,
        SRC_TABLE,
    ));
    if input.exemption_percent > 0 {
        trace.push(not_refunded_step());
    }
    let bundle_yen: i64 = bundle.iter().sum();
    trace.extend(model_table_step(input, donor, bundle_yen));
    notes(input, ctx, &mut trace)?;

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
