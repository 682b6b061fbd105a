//! The split as named steps: the point values (typed or from the table), the claim, JMDP's share,
//! the harvesting hospital's payment, what the transplant hospital keeps, the invoice date, and
//! the flows between the parties.

use super::input::{pick, Input};
use super::outcomes;
use super::output::{ignored_note, note, Flow, Note, Output, Party};
use super::params::*;
use super::schema::{self as field, Outcome};
use crate::calculator::Evaluation;
use crate::date::{ymd, Date, MonthEnd};
use crate::explain::{Fx, TraceStep};
use crate::money::group;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::sources::Cite;

/// `55,000点` / `55,000 points`.
fn pts(f: Fx, n: i64) -> Fx {
    f.amount(n, Unit::Points)
}

/// The values the split is computed with: typed, or the table's (named in `defaults_used`).
struct Values {
    k922: i64,
    k921: i64,
    addition: i64,
    ypp: i64,
    defaults_used: Vec<&'static str>,
}

fn values(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Values, Errors> {
    let mut d = Vec::new();
    let k922 = pick(&field::TRANSPLANT_POINTS, input.transplant_points, &TRANSPLANT_POINTS, ctx, &mut d, trace)?;
    let k921 = pick(&field::HARVEST_POINTS, input.harvest_points, &HARVEST_POINTS, ctx, &mut d, trace)?;
    let addition = pick(
        &field::UNRELATED_ADDITION_POINTS,
        input.unrelated_addition_points,
        &UNRELATED_ADDITION_POINTS,
        ctx,
        &mut d,
        trace,
    )?;
    let ypp = pick(&field::YEN_PER_POINT, input.yen_per_point, &YEN_PER_POINT, ctx, &mut d, trace)?;
    Ok(Values { k922, k921, addition, ypp, defaults_used: d })
}

/// `n点 × 10円 = …円`.
fn yen_step(key: &str, label: Msg, points: i64, ypp: i64, source: &'static Cite) -> TraceStep {
    let yen = points * ypp;
    TraceStep::yen(key, label, pts(Fx::new(), points).op(" × ").yen(ypp).op(" = ").yen(yen), yen, source)
}

/// The claim and JMDP's share (points and yen). Returns (claim, jmdp).
fn claim_and_jmdp(v: &Values, care: i64, base: &Param, trace: &mut Vec<TraceStep>) -> (i64, i64) {
    let claim = v.k922 + v.addition + v.k921 + care;
    let f = pts(Fx::new(), v.k922).words("（K922）+ ", " (K922) + ");
    let f = pts(f, v.addition).words("（加算）+ ", " (addition) + ");
    let f = pts(f, v.k921).words("（K921）+ ", " (K921) + ");
    let f = pts(f, care).words("（ドナーのその他の療養）= ", " (donor's other care) = ");
    trace.push(TraceStep::new(
        "claim",
        Msg::new(
            "移植施設の請求（患者のレセプトにドナー分を併記）",
            "The transplant hospital's claim (the donor's points on the patient's claim)",
        ),
        pts(f, claim),
        Some(claim),
        Unit::Points,
        SRC_CLAIM,
    ));
    let jmdp = base.value + v.addition;
    let f = pts(Fx::new(), base.value).words("（K922・K921のうち）+ ", " (out of K922 and K921) + ");
    let f = pts(f, v.addition).words("（非血縁者間移植加算）= ", " (unrelated-donor addition) = ");
    trace.push(TraceStep::new(
        "jmdp_points",
        Msg::new("骨髄バンクへの支払（点数）", "Paid to JMDP (points)"),
        pts(f, jmdp),
        Some(jmdp),
        Unit::Points,
        base.source,
    ));
    trace.push(yen_step("jmdp_yen", Msg::new("骨髄バンクへの支払（円）", "Paid to JMDP (yen)"), jmdp, v.ypp, SRC_YEN));
    (claim, jmdp)
}

/// The harvesting hospital's payment: K921 + donor care − 4,200, never below zero.
fn harvest_payment(v: &Values, care: i64, deduction: &Param, trace: &mut Vec<TraceStep>) -> i64 {
    let payment = (v.k921 + care - deduction.value).max(0);
    let f = pts(Fx::new().op("max(0, "), v.k921).words("（K921）+ ", " (K921) + ");
    let f = pts(f, care).words("（ドナーのその他の療養）− ", " (donor's other care) − ");
    let f = pts(f, deduction.value).words("（組織適合性試験費用相当）) = ", " (HLA-test equivalent)) = ");
    trace.push(TraceStep::new(
        "harvest_payment_points",
        Msg::new("採取施設への支払（点数）", "Paid to the harvesting hospital (points)"),
        pts(f, payment),
        Some(payment),
        Unit::Points,
        deduction.source,
    ));
    trace.push(yen_step(
        "harvest_payment_yen",
        Msg::new("採取施設への支払（円）", "Paid to the harvesting hospital (yen)"),
        payment,
        v.ypp,
        deduction.source,
    ));
    payment
}

/// The refusal when the points would leave the transplant hospital below zero.
fn does_not_cover(claim: i64, jmdp: i64, payment: i64, base: i64) -> Errors {
    let m = pts(
        Fx::new().words("入力した点数では移植施設の受取 ", "With these points the transplant hospital would receive "),
        claim,
    );
    let m = pts(m.words(" が支払 ", " but pay out "), jmdp + payment);
    let m = pts(m.words("（骨髄バンク ", " (JMDP "), jmdp);
    let m = pts(m.words(" + 採取施設 ", " + harvesting hospital "), payment);
    let m = pts(m.words("）に足りません。骨髄バンクへの", "). JMDP's "), base).words(
        "はK922・K921から支払われるため、点数を確認してください",
        " come out of K922 and K921; check the points",
    );
    vec![FieldError::new(field::TRANSPLANT_POINTS.key, "does_not_cover_jmdp_share", m.build())]
}

/// 移植月の翌月10日, and the note saying so.
fn invoice(input: &Input, jmdp_yen: i64, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(Option<Date>, Msg), Errors> {
    let months = ctx.get(&INVOICE_MONTHS_AFTER)?;
    let day = ctx.get(&INVOICE_DAY)?;
    let date = input.transplant_date.map(|d| {
        let first = ymd(d.year, d.month, 1).add_months(months.value as i32, MonthEnd::Clamp);
        ymd(first.year, first.month, day.value.clamp(1, 28) as u32)
    });
    let (n, yen) = (day.value, crate::money::yen(jmdp_yen));
    let note = match date {
        Some(d) => Msg::new(
            format!("骨髄バンクは移植月の翌月{n}日（{d}）に施設長宛に {yen} の請求書を送ります"),
            format!(
                "JMDP sends the {} yen invoice to the hospital director on the {n}th of the month after the transplant ({d})",
                group(jmdp_yen)
            ),
        ),
        None => Msg::new(
            format!("骨髄バンクは移植月の翌月{n}日に施設長宛に {yen} の請求書を送ります"),
            format!("JMDP sends the {} yen invoice to the hospital director on the {n}th of the month after the transplant", group(jmdp_yen)),
        ),
    };
    trace.push(TraceStep::note(
        "invoice",
        Msg::new("骨髄バンクの請求時期", "When JMDP invoices"),
        note.clone(),
        day.source,
    ));
    Ok((date, note))
}

/// Who pays whom: [claim, jmdp, payment, keeps] in points, at `ypp` yen a point.
fn flows_and_parties(p: [i64; 4], ypp: i64, deduction: i64) -> (Vec<Flow>, Vec<Party>) {
    let [claim, jmdp, payment, keeps] = p;
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
            label: pts(Fx::new().words("移植施設 → 日本骨髄バンク（", "Transplant hospital → JMDP ("), jmdp)
                .words("）", ")")
                .build(),
            points: jmdp,
            yen: jmdp * ypp,
            source: SRC_SHARE,
        },
        Flow {
            from: "transplant_hospital",
            to: "harvesting_hospital",
            label: Fx::new()
                .words(
                    "移植施設 → 採取施設（ドナー分 − ",
                    "Transplant hospital → harvesting hospital (donor's points − ",
                )
                .words(&format!("{}点", group(deduction)), &group(deduction))
                .words("）", ")")
                .build(),
            points: payment,
            yen: payment * ypp,
            source: SRC_DEDUCTION,
        },
    ];
    let party = |key, label: Msg, receives: i64, pays: i64| Party::new(key, label, receives, pays, ypp);
    let parties = vec![
        party(
            "insurer",
            Msg::new("保険者（患者の一部負担金を含む）", "Insurer (incl. the patient's co-payment)"),
            0,
            claim,
        ),
        party("transplant_hospital", Msg::new("移植施設", "Transplant hospital"), claim, jmdp + payment),
        party("jmdp", Msg::new("日本骨髄バンク", "JMDP"), jmdp, 0),
        party("harvesting_hospital", Msg::new("採取施設", "Harvesting hospital"), payment, 0),
    ];
    debug_assert_eq!(parties[1].keeps_points, keeps);
    (flows, parties)
}

/// Which fee schedule the table's points come from, what is known of the later ones, and that the
/// receipt's points win (currency of the defaults; the K922 points after 2022 are not confirmed).
fn fee_schedule_note(ctx: &Ctx, notes: &mut Vec<Note>, trace: &mut Vec<TraceStep>) -> Result<(), Errors> {
    let (k922, k921, addition) =
        (ctx.get(&TRANSPLANT_POINTS)?, ctx.get(&HARVEST_POINTS)?, ctx.get(&UNRELATED_ADDITION_POINTS)?);
    let f = Fx::new().words("表の点数（K922 ", "The table's points (K922 ").amount(k922.value, Unit::Points);
    let f = f.words("・K921 ", ", K921 ").amount(k921.value, Unit::Points);
    let f = f.words("・非血縁者間移植加算 ", ", unrelated-donor addition ").amount(addition.value, Unit::Points);
    let f = f.words(
        "）は、この資料（2023年8月 第5版）の時点の令和4年度（2022年）診療報酬の点数です。令和6年度（2024年）改定ではK921は同じ点数が確認されていますが、K922は確認できていません。令和8年度（2026年6月1日）改定のK922と非血縁者間移植加算の点数も確認できていません（2026年12月確認）。骨髄バンクとの55,000点の合意に変更は見つかっていません。レセプトの点数を入力してください。入力した点数が表の値より優先されます",
        ") are the 2022 (令和4年度) fee schedule's, in force when this guide was issued (5th ed., August 2023). The 2024 revision keeps K921 at the same points; K922 was not confirmed. The 2026-06-01 revision's K922 and unrelated-donor addition are not confirmed either (checked 2026-12). No change to JMDP's 55,000-point agreement was found. Type the points on your receipt: they replace the table's",
    );
    let label = Msg::new("表の点数はどの診療報酬か", "Which fee schedule the table's points are");
    note("fee_schedule", label, f.build(), k922.source, notes, trace);
    Ok(())
}

/// The reading of 参考資料2-4 (3) the harvest payment makes.
fn deduction_reading(trace: &mut Vec<TraceStep>) {
    trace.push(TraceStep::reading(
        "deduction_base",
        Msg::new("4,200点を何から差し引くか", "What the 4,200 points come off"),
        Msg::new(
            "採取施設の請求は採取（K921）とドナーのその他の療養（術前健診・入院・検査・消耗品）の合計とし、そこから組織適合性試験費用相当の4,200点を差し引いて採取施設に支払うと読んでいます（0点未満にはしません）。「ドナーのその他の療養」にK921を含めると二重に数えます",
            "The harvesting hospital's bill is read as the harvest (K921) plus the donor's other care (check-up, stay, tests, supplies), and the 4,200-point HLA-test equivalent comes off that total (never below zero). Including K921 in the donor's other care would count it twice",
        ),
        SRC_DEDUCTION,
    ));
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    if input.outcome != Outcome::Transplanted {
        return outcomes::compute(input, ctx);
    }
    let mut trace = Vec::new();
    let v = values(input, ctx, &mut trace)?;
    let base = ctx.get(&JMDP_BASE_POINTS)?;
    let deduction = ctx.get(&DONOR_HLA_DEDUCTION_POINTS)?;
    let care = input.donor_care_points;

    let (claim, jmdp) = claim_and_jmdp(&v, care, base, &mut trace);
    let payment = harvest_payment(&v, care, deduction, &mut trace);
    deduction_reading(&mut trace);
    let keeps = claim - jmdp - payment;
    if keeps < 0 {
        return Err(does_not_cover(claim, jmdp, payment, base.value));
    }
    let keeps_yen = keeps * v.ypp;
    let f = pts(Fx::new(), claim).op(" − ");
    let f = pts(f, jmdp).op(" − ");
    let f = pts(pts(f, payment).op(" = "), keeps).words("（", " (").yen(keeps_yen).words("）", ")");
    trace.push(TraceStep::new(
        "transplant_hospital_keeps",
        Msg::new("移植施設に残る点数", "Kept by the transplant hospital"),
        f,
        Some(keeps),
        Unit::Points,
        SRC_SHARE,
    ));
    let (invoice_date, invoice_note) = invoice(input, jmdp * v.ypp, ctx, &mut trace)?;
    let (flows, parties) = flows_and_parties([claim, jmdp, payment, keeps], v.ypp, deduction.value);
    let mut notes = Vec::new();
    fee_schedule_note(ctx, &mut notes, &mut trace)?;
    ignored_note(input, &mut notes, &mut trace);

    let out = Output {
        outcome: Outcome::Transplanted,
        harvest_billed_to: "transplant_hospital",
        transplant_points: v.k922,
        harvest_points: v.k921,
        unrelated_addition_points: v.addition,
        donor_care_points: care,
        yen_per_point: v.ypp,
        defaults_used: v.defaults_used,
        claim_points: Some(claim),
        claim_yen: Some(claim * v.ypp),
        jmdp_base_points: base.value,
        jmdp_points: Some(jmdp),
        jmdp_yen: Some(jmdp * v.ypp),
        harvest_bill_points: Some(v.k921 + care),
        donor_hla_deduction_points: deduction.value,
        harvest_payment_points: Some(payment),
        harvest_payment_yen: Some(payment * v.ypp),
        transplant_hospital_keeps_points: Some(keeps),
        transplant_hospital_keeps_yen: Some(keeps_yen),
        flows,
        parties,
        invoice_date,
        invoice_note: Some(invoice_note),
        notes,
        ignored_fields: input.ignored.clone(),
    };
    Ok(Evaluation::new(out, trace, ctx))
}
