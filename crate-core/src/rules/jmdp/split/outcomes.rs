//! The outcomes other than a domestic transplant: no 55,000-point split, and the page must not
//! claim one. Who bills whom, with the amounts where the document gives a rule for them:
//!
//! * 術前健診の前に中止: the harvesting hospital's part starts with the check-up (the front matter's
//!   「コーディネートの流れ」, 「各費用の請求について」② — before the 目次, no page number: 「6 術前健診費用」
//!   is the harvesting hospital's first bill), so there is nothing for it to bill; the patient keeps
//!   1.〜4. of JMDP's fees and gets 5.+6. back.
//! * 術前健診の後に採取中止 / 採取後移植不成立 (section 3(2); 参考資料1-2 第18条, 参考資料1-3 第16条):
//!   the harvesting hospital bills JMDP, not the transplant hospital — the donor's care, plus K921
//!   when the harvest took place. No 4,200-point deduction: the document names none (a reading).
//! * 海外患者のために採取 (section 5(1); 参考資料1-2 第17条4, 参考資料1-3 第15条4): billed to JMDP
//!   「組織適合性試験費用を差し引いて」, the same 4,200 points as for a domestic transplant.
//! * 海外ドナー (section 5(2)): explained; how the 55,000-point split applies is not in the document,
//!   so its figures are unknown (null), not 0.
//! * DLI (section 4.(1)): 「ドナーの事前検査や採血に要した費用は、採血施設から移植施設に直接請求します」 —
//!   billed to the transplant hospital, with no points (only K920 exists), so no amount is computed.

use super::input::{pick, Input};
use super::output::{ignored_note, note, Flow, Note, Output, Party};
use super::params::*;
use super::schema::{self as field, Outcome};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Ctx, Unit};
use crate::sources::{cite, Cite, JMDP_GUIDE};

const SRC_CHECKUP: &Cite = cite!(JMDP_GUIDE, "コーディネートの流れ（目次の前、ページ番号なし）「各費用の請求について」②", quote: "採取施設から移植施設へ請求 (P.19~20参照) · 6 術前健診費用");
const SRC_CANCELLED: &Cite = cite!(JMDP_GUIDE, "3.(2)", page: 37, quote: "移植が成立していないため、術前健診等の費用は移植病院へ請求できません。これらの費用は、当法人が採取施設に支払います");
const SRC_AGREEMENT: &Cite = cite!(JMDP_GUIDE, "参考資料1-2 第18条第2項・参考資料1-3 第16条第2項（p.12）", page: 8, quote: "「採取後移植不成立」の場合、当該ドナーに係る医療費については、レセプト及び請求書を作成し、甲に送付する");
const SRC_PER_TRANSPLANT: &Cite = cite!(JMDP_GUIDE, "参考資料2-4 (1)", page: 18, quote: "非血縁者間同種造血幹細胞移植を実施した場合、移植翌月の定例日に…550,000円を請求する");
const SRC_REFUND: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 6. 注", page: 32, quote: "移植に至らない場合…「5.ドナー団体傷害保険料」と「6. 採取・フォローアップ調整料」は返金します");
const SRC_OVERSEAS_PATIENT: &Cite = cite!(JMDP_GUIDE, "5.(1)・参考資料1-2 第17条第4項（p.8）", page: 40, quote: "採取に関わる費用は、すべて当法人に請求してください…組織適合性試験費用を差し引いて");
const SRC_OVERSEAS_DONOR: &Cite = cite!(JMDP_GUIDE, "5.(2)", page: 40, quote: "先方バンクの料金規定に従って当法人から患者さんへ請求します。移植施設に対して、海外の採取施設から直接移植施設へ採取費用が請求されることはありません");
const SRC_OVERSEAS_CAP: &Cite = cite!(JMDP_GUIDE, "参考資料2-16", page: 35, quote: "海外ドナーとのコーディネート費用については…100万円を限度に免除");
const SRC_DLI: &Cite = cite!(JMDP_GUIDE, "4.(1)", page: 38, quote: "ドナーの事前検査や採血に要した費用は、採血施設から移植施設に直接請求します");
const SRC_DLI_K920: &Cite = cite!(JMDP_GUIDE, "4.(1)", page: 38, quote: "DLIは、診療報酬点数上では輸血手技料(K920)のみ定められており…ケースごとに異なります");
const SRC_DLI_EXCLUDED: &Cite =
    cite!(JMDP_GUIDE, "参考資料1-1 第2条・参考資料2-5（p.19）", page: 2, quote: "DLI(ドナーリンパ球輸注)は含まない");

/// What the patient keeps paying JMDP and gets back when no transplant follows final consent (the
/// amounts are the fees calculator's: its table is not loaded here).
fn patient_fees(notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    let text = Msg::new(
        "患者負担金: 1.〜4.（4. 最終同意等調整料を含む）はそのまま、5. ドナー団体傷害保険料と 6. 採取・フォローアップ調整料は返金されます（通常は登録取消し後。金額は患者負担金の計算で確かめられます）",
        "The patient's JMDP fees: items 1–4 stay paid (4. final-consent coordination included); 5. donor insurance and 6. harvest and follow-up coordination are refunded (usually after the registration is cancelled; the fees calculator gives the amounts)",
    );
    let label = Msg::new("患者が払うもの・戻るもの", "What the patient still pays and gets back");
    note("patient_fees", label, text, SRC_REFUND, notes, trace);
}

/// No transplant in Japan: no 55,000-point invoice, nothing on the patient's claim for the donor.
fn no_split(notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    note(
        "no_split",
        Msg::new("55,000点の精算", "The 55,000-point split"),
        Msg::new(
            "移植が行われていないため、骨髄バンクから移植施設への55,000点（550,000円）の請求はなく、移植施設は患者のレセプトにドナー分を載せません",
            "No transplant took place, so JMDP does not invoice the transplant hospital for 55,000 points (550,000 yen), and the transplant hospital puts no donor points on the patient's claim",
        ),
        SRC_PER_TRANSPLANT,
        notes,
        trace,
    );
}

/// The harvesting hospital's bill to JMDP: K921 (when harvested) + donor care − deduction (when any).
fn bill_to_jmdp(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(i64, i64, i64, i64), Errors> {
    let mut d = Vec::new();
    let harvested = matches!(input.outcome, Outcome::HarvestedNotTransplanted | Outcome::OverseasPatient);
    let k921 = if harvested {
        pick(&field::HARVEST_POINTS, input.harvest_points, &HARVEST_POINTS, ctx, &mut d, trace)?
    } else {
        0
    };
    let ypp = pick(&field::YEN_PER_POINT, input.yen_per_point, &YEN_PER_POINT, ctx, &mut d, trace)?;
    let care = input.donor_care_points;
    let deduction =
        if input.outcome == Outcome::OverseasPatient { ctx.get(&DONOR_HLA_DEDUCTION_POINTS)?.value } else { 0 };
    let payment = (k921 + care - deduction).max(0);
    let mut f = Fx::new();
    if harvested {
        f = f.amount(k921, Unit::Points).words("（K921）+ ", " (K921) + ");
    }
    f = f.amount(care, Unit::Points).words("（ドナーの療養）", " (donor's care)");
    if deduction > 0 {
        f = Fx::new()
            .op("max(0, ")
            .msg(&f.build())
            .op(" − ")
            .amount(deduction, Unit::Points)
            .words("（組織適合性試験費用相当）)", " (HLA-test equivalent))");
    }
    let source = if deduction > 0 { SRC_OVERSEAS_PATIENT } else { SRC_AGREEMENT };
    let f = f.op(" = ").amount(payment, Unit::Points).op(" × ").yen(ypp).op(" = ").yen(payment * ypp);
    trace.push(TraceStep::new(
        "harvest_payment_points",
        Msg::new("採取施設が骨髄バンクへ請求する額", "What the harvesting hospital bills JMDP"),
        f,
        Some(payment),
        Unit::Points,
        source,
    ));
    Ok((k921, care, ypp, payment))
}

/// The readings these outcomes make.
fn readings(outcome: Outcome, trace: &mut Vec<TraceStep>) {
    match outcome {
        Outcome::CancelledBeforeCheckup => trace.push(TraceStep::reading(
            "cancelled_before_checkup",
            Msg::new("術前健診の前の中止", "Cancelled before the check-up"),
            Msg::new(
                "採取施設の請求は術前健診費用から始まるため、術前健診の前に中止になった場合は採取施設からの請求はないものとして0点にしています",
                "The harvesting hospital's bills start with the pre-harvest check-up, so a cancellation before it is read as leaving it nothing to bill (0 points)",
            ),
            SRC_CHECKUP,
        )),
        Outcome::CancelledAfterCheckup | Outcome::HarvestedNotTransplanted => trace.push(TraceStep::reading(
            "no_deduction_without_transplant",
            Msg::new("中止・不成立のときの4,200点", "The 4,200 points when there is no transplant"),
            Msg::new(
                "採取中止・採取後移植不成立では、資料は「当該ドナーに係る医療費」を骨髄バンクに請求するとだけ定め、組織適合性試験費用相当（4,200点）の差し引きを書いていないため、差し引かずに計算しています。採取後移植不成立では採取（K921）の点数も含めています",
                "For a cancelled harvest or a harvest not transplanted the document only says the donor's medical costs are billed to JMDP and names no deduction of the 4,200-point HLA-test equivalent, so none is deducted; a harvest not transplanted includes the harvest (K921) itself",
            ),
            SRC_AGREEMENT,
        )),
        _ => {}
    }
}

/// The notes of each outcome besides the patient's fees and the missing split.
fn outcome_notes(outcome: Outcome, notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    let who = Msg::new("誰が誰に請求するか", "Who bills whom");
    match outcome {
        Outcome::CancelledBeforeCheckup => note("who_bills", who, Msg::new(
            "術前健診の前の中止では、採取施設から移植施設へも骨髄バンクへも請求はありません",
            "Cancelled before the pre-harvest check-up: the harvesting hospital bills neither the transplant hospital nor JMDP",
        ), SRC_CHECKUP, notes, trace),
        Outcome::CancelledAfterCheckup | Outcome::HarvestedNotTransplanted => note("who_bills", who, Msg::new(
            "移植が成立していないため、採取施設はドナー分（術前健診等）を移植施設に請求できません。中止が決まった段階で、請求書と診療報酬明細書の写しを骨髄バンク（ドナーコーディネート部）へ送り、骨髄バンクが採取施設に支払います",
            "No transplant took place, so the harvesting hospital cannot bill the transplant hospital for the donor (check-up and the rest). Once the cancellation is decided it sends its invoice and a copy of the itemised claim to JMDP (donor coordination department), and JMDP pays it",
        ), SRC_CANCELLED, notes, trace),
        Outcome::OverseasPatient => note("who_bills", who, Msg::new(
            "海外の患者のための採取では、採取に関わる費用はすべて骨髄バンクに請求します（組織適合性試験費用を差し引いた請求書と明細書を移植調整部 国際担当へ）。海外の移植施設との合意書は不要です",
            "For a patient abroad, every harvest cost is billed to JMDP (invoice and itemised claim, less the HLA-test equivalent, to JMDP's international desk). No agreement with the overseas transplant hospital is needed",
        ), SRC_OVERSEAS_PATIENT, notes, trace),
        Outcome::OverseasDonor => overseas_donor(notes, trace),
        Outcome::Dli => dli(notes, trace),
        Outcome::Transplanted => {}
    }
}

fn overseas_donor(notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    note("who_bills", Msg::new("誰が誰に請求するか", "Who bills whom"), Msg::new(
        "海外ドナーからの移植では、海外骨髄バンクのコーディネート料金を先方バンクの料金規定に従って骨髄バンクが患者に請求します。海外の採取施設から移植施設へ採取費用が請求されることはありません。骨髄液等の運搬費は国内と同じく療養費払いです",
        "With an overseas donor, JMDP bills the patient the foreign bank's coordination charges under that bank's tariff. The overseas harvesting hospital never bills the transplant hospital for the harvest. Transport of the marrow is reimbursed as 療養費, as within Japan",
    ), SRC_OVERSEAS_DONOR, notes, trace);
    note("overseas_exemption", Msg::new("海外コーディネート費用の免除", "Exemption of overseas charges"), Msg::new(
        "海外ドナーとのコーディネート費用も国内と同じ免除基準で免除され、免除額は100万円が上限です（患者負担金の免除の計算で確かめられます）。55,000点の精算がこの場合どうなるかは資料に書かれていないため、骨髄バンク（移植調整部 国際担当）に確認してください",
        "Overseas coordination charges are exempted on the same criteria as domestic fees, the exempted amount capped at 1,000,000 yen (the exemption calculator applies it). The document does not say how the 55,000-point split applies here: ask JMDP's international desk",
    ), SRC_OVERSEAS_CAP, notes, trace);
}

fn dli(notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) {
    note("who_bills", Msg::new("誰が誰に請求するか", "Who bills whom"), Msg::new(
        "DLIでは、ドナーの事前検査や採血に要した費用を採血施設が移植施設に直接請求します。請求と支払いの覚書を移植施設と採血施設の間であらかじめ作成し、移植施設はこの費用を負担することを申請時に確約します",
        "For DLI the collecting hospital bills the transplant hospital directly for the donor's tests and collection. The two hospitals agree a memorandum on billing and payment beforehand, and the transplant hospital commits to bearing these costs when it applies",
    ), SRC_DLI, notes, trace);
    note("dli_amounts", Msg::new("DLIの金額", "DLI amounts"), Msg::new(
        "診療報酬点数にはDLIの輸血手技料（K920）しかなく、ドナーの検査・採血の費用は点数が定まっていないため、金額はケースごとに異なり、ここでは計算しません。保険適用は移植後のCML/MDSの再発とEBウイルス感染によるBLPDで、その他の疾患は保険適用外でも事前検査・採血の費用は請求されます。55,000点の精算と採取の合意書はDLIを含みません",
        "The fee schedule has only the transfusion fee (K920) for DLI; the donor's tests and collection have no points, so the amounts differ case by case and are not computed here. Insurance covers relapse of CML/MDS after transplant and EBV-related BLPD; for other diseases the tests and collection are still billed. The 55,000-point split and the harvest agreements exclude DLI",
    ), SRC_DLI_K920, notes, trace);
    trace.push(TraceStep::note(
        "dli_excluded",
        Msg::new("合意書の範囲", "The agreements' scope"),
        Msg::new("合意書はDLI（ドナーリンパ球輸注）を含みません", "The agreements exclude DLI"),
        SRC_DLI_EXCLUDED,
    ));
}

/// Every outcome but a domestic transplant.
pub(super) fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let (mut trace, mut notes) = (Vec::new(), Vec::new());
    let outcome = input.outcome;
    let billed = matches!(
        outcome,
        Outcome::CancelledAfterCheckup | Outcome::HarvestedNotTransplanted | Outcome::OverseasPatient
    );
    let (k921, care, ypp, payment) = if billed { bill_to_jmdp(input, ctx, &mut trace)? } else { (0, 0, 0, 0) };
    readings(outcome, &mut trace);
    outcome_notes(outcome, &mut notes, &mut trace);
    if matches!(
        outcome,
        Outcome::CancelledBeforeCheckup | Outcome::CancelledAfterCheckup | Outcome::HarvestedNotTransplanted
    ) {
        no_split(&mut notes, &mut trace);
        patient_fees(&mut notes, &mut trace);
    }
    let deduction = if outcome == Outcome::OverseasPatient { ctx.get(&DONOR_HLA_DEDUCTION_POINTS)?.value } else { 0 };
    let (flows, parties) = if billed {
        let flow = Flow {
            from: "jmdp",
            to: "harvesting_hospital",
            label: Msg::new("日本骨髄バンク → 採取施設", "JMDP → harvesting hospital"),
            points: payment,
            yen: payment * ypp,
            source: if deduction > 0 { SRC_OVERSEAS_PATIENT } else { SRC_CANCELLED },
        };
        let party = |key, label: Msg, receives: i64, pays: i64| Party::new(key, label, receives, pays, ypp);
        let parties = vec![
            party("jmdp", Msg::new("日本骨髄バンク", "JMDP"), 0, payment),
            party("harvesting_hospital", Msg::new("採取施設", "Harvesting hospital"), payment, 0),
        ];
        (vec![flow], parties)
    } else {
        (Vec::new(), Vec::new())
    };
    ignored_note(input, &mut notes, &mut trace);
    // DLI: the collecting hospital bills the transplant hospital (4.(1)); the amounts have no
    // points and differ case by case. An overseas donor: the document does not say how the
    // 55,000-point split applies, so its figures are unknown (null), not 0.
    let dli = outcome == Outcome::Dli;
    let open = outcome == Outcome::OverseasDonor;
    let zero_unless_open = if open { None } else { Some(0) };
    let harvest = |v: i64| if dli { None } else { Some(v) };
    let out = Output {
        outcome,
        harvest_billed_to: if billed {
            "jmdp"
        } else if dli {
            "transplant_hospital"
        } else {
            "none"
        },
        transplant_points: 0,
        harvest_points: k921,
        unrelated_addition_points: 0,
        donor_care_points: care,
        yen_per_point: ypp,
        defaults_used: Vec::new(),
        claim_points: zero_unless_open,
        claim_yen: zero_unless_open,
        jmdp_base_points: 0,
        jmdp_points: zero_unless_open,
        jmdp_yen: zero_unless_open,
        harvest_bill_points: harvest(k921 + care),
        donor_hla_deduction_points: deduction,
        harvest_payment_points: harvest(payment),
        harvest_payment_yen: harvest(payment * ypp),
        transplant_hospital_keeps_points: zero_unless_open,
        transplant_hospital_keeps_yen: zero_unless_open,
        flows,
        parties,
        invoice_date: None,
        invoice_note: None,
        notes,
        ignored_fields: input.ignored.clone(),
    };
    Ok(Evaluation::new(out, trace, ctx))
}
