//! The overview as named steps: the rate (household or typed), the fees with it, the donor's
//! private room, the transport reimbursement, the estimate range, the deduction and the deadline.

use super::params::*;
use super::schema::{self as field, SCHEMA};
use crate::calculator::Evaluation;
use crate::date::{Date, MonthEnd};
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Ctx, Unit};
use crate::reader::Reader;
use crate::rules::jmdp::exemption::{self, Status};
use crate::rules::jmdp::fees;
use crate::value::Value;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub fees: fees::Input,
    /// The rate typed directly (when no household is given).
    pub exemption_percent: Option<i64>,
    /// The household, when given: the rate comes from the exemption table.
    pub household: Option<(Status, Vec<i64>)>,
    /// 骨髄液等運搬費 paid first.
    pub transport_yen: i64,
    /// 請求書の到着日 (optional): gives the payment deadline as a date.
    pub invoice_received_date: Option<Date>,
}

/// The household when `status` is given; income tax figures without it are refused.
fn read_household(r: &mut Reader<'_>) -> Option<(Status, Vec<i64>)> {
    if r.given(&field::STATUS) {
        return Some(exemption::read_household(r));
    }
    // Neither is given a value here; both are read so the reader knows they were considered.
    r.choice_key(&field::STATUS);
    let figures = r.list(&exemption::schema::INCOME_TAX_YEN, |_| ());
    if !figures.is_empty() {
        r.error(
            &field::STATUS,
            "required",
            Msg::new(
                "所得税年額を使うには世帯の区分（status）も指定してください",
                "Give the household category (status) to use the income tax figures",
            ),
        );
    }
    None
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let fees_input = fees::read_fee_fields(&mut r);
    let exemption_percent = r.opt_int(&field::EXEMPTION_PERCENT);
    let household = read_household(&mut r);
    if household.is_some() && r.given(&field::EXEMPTION_PERCENT) {
        r.error(
            &field::EXEMPTION_PERCENT,
            "conflict",
            Msg::new(
                "免除率の直接入力（exemption_percent）と世帯の区分（status）はどちらか一方だけ指定してください",
                "Give either the exemption rate (exemption_percent) or the household (status), not both",
            ),
        );
    }
    let transport_yen = r.int(&field::TRANSPORT_YEN);
    let invoice_received_date = r.date(&field::INVOICE_RECEIVED_DATE);
    r.finish(Input { fees: fees_input, exemption_percent, household, transport_yen, invoice_received_date })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MedicalDeduction {
    /// JMDP fees count for 医療費控除 (in the year actually paid).
    pub jmdp_fees_deductible: bool,
    /// JMDP fees do not count for 高額療養費.
    pub jmdp_fees_count_for_high_cost: bool,
    pub notes: Vec<Msg>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub fees: fees::Output,
    /// The exemption as the table gives it (null when no household was given).
    pub exemption: Option<exemption::Output>,
    /// `status`, `exemption_percent` or `none`.
    pub exemption_source: &'static str,
    pub exemption_percent: i64,
    /// The JMDP fees payable (= fees.payable_yen).
    pub jmdp_payable_yen: i64,
    /// Whether a donor private-room charge arises: true with a transplant (the donor's stay),
    /// false when it ended before final consent (no stay), null after final consent without a
    /// transplant (the document is silent on a cancelled harvest; the range runs from 0).
    pub private_room_applies: Option<bool>,
    /// What the charge is here, in words (the page shows it).
    pub private_room_note: Msg,
    pub private_room_min_yen: i64,
    pub private_room_max_yen: i64,
    /// A 生活保護 household's transplant hospital may ask JMDP to share the private-room charge.
    pub private_room_welfare_share_possible: bool,
    pub transport_yen: i64,
    pub transport_reimbursed_min_yen: i64,
    pub transport_reimbursed_max_yen: i64,
    /// What the 厚生労働省 view would pay (the full amount).
    pub transport_reimbursed_official_yen: i64,
    /// transport − the typical high reimbursement.
    pub transport_net_min_yen: i64,
    /// transport − the typical low reimbursement.
    pub transport_net_max_yen: i64,
    /// JMDP payable + private room (low) + transport net (low).
    pub estimated_total_min_yen: i64,
    /// JMDP payable + private room (high) + transport net (high).
    pub estimated_total_max_yen: i64,
    /// Paid out first before any reimbursement: transport.
    pub paid_first_yen: i64,
    pub medical_deduction: MedicalDeduction,
    pub payment_deadline_months: i64,
    /// 請求書到着日 + 2か月 (null without the date).
    pub payment_deadline_date: Option<Date>,
    pub notes: Vec<Msg>,
}

fn prefixed(prefix: &str, steps: Vec<TraceStep>) -> impl Iterator<Item = TraceStep> + '_ {
    steps.into_iter().map(move |mut s| {
        s.key = format!("{prefix}.{}", s.key);
        s
    })
}

/// The rate and where it comes from: the household (the exemption table), as typed, or none.
fn rate_of(input: &Input, ctx: &Ctx) -> Result<(i64, &'static str), Errors> {
    Ok(match (&input.household, input.exemption_percent) {
        (Some((status, taxes)), _) => {
            let (_, rate, _) = exemption::rate_for(*status, taxes, ctx, &mut Vec::new())?;
            (rate, "status")
        }
        (None, Some(r)) => (r, "exemption_percent"),
        (None, None) => (0, "none"),
    })
}

/// The exemption calculator on the fees after the refund: its rate, reasons and documents join
/// the explanation (the amounts come from the fees).
fn exemption_of(
    input: &Input,
    net_yen: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Option<exemption::Output>, Errors> {
    let Some((status, taxes)) = &input.household else { return Ok(None) };
    let household = exemption::Input {
        status: *status,
        income_tax_yen: taxes.clone(),
        domestic_fees_yen: net_yen,
        overseas_fees_yen: 0,
    };
    let ev = exemption::compute(&household, ctx)?;
    let keep = ["highest_income_tax", "zero_tax_reading", "rate", "certificates"];
    trace.extend(prefixed("exemption", ev.trace.into_iter().filter(|s| keep.contains(&s.key.as_str())).collect()));
    Ok(Some(ev.result))
}

/// 差額ベッド代 (estimate range). The document ties it to the donor's stay for the harvest
/// (参考資料2-13 9. 「ドナーが提供のために入院する際、個室料(差額ベッド代)が生じたときは患者さんのご
/// 負担」): with a transplant the stay happened (the range); stopped before final consent there was
/// no stay (0); final consent without a transplant may or may not have come after the donor was
/// admitted, and the document says nothing about a cancelled harvest — unknown (`applies: None`),
/// 0 up to the high end, and the user is told to ask.
struct Room {
    applies: Option<bool>,
    min: i64,
    max: i64,
    welfare_share: bool,
    note: Msg,
}

fn room_note(applies: Option<bool>) -> Msg {
    match applies {
        Some(true) => Msg::new(
            "ドナーが採取のために入院した個室などの差額ベッド代です。骨髄バンクを通さず、採取施設から移植施設を経由して患者さんに請求されます。額は採取施設の状況と入院日数によります（数万円〜40万円程度）",
            "The private-room charge for the donor's stay for the harvest. It is billed by the harvesting hospital through your transplant hospital, not by JMDP; it depends on the hospital and the length of stay (tens of thousands up to about 400,000 yen)",
        ),
        Some(false) => Msg::new(
            "最終同意の前に終わったため、ドナーが提供のために入院することはなく、差額ベッド代は生じません（差額ベッド代はドナーの提供のための入院で生じる費用です）",
            "It ended before the donor's final consent, so the donor was never admitted for the donation and there is no private-room charge (the charge arises from the donor's stay for the donation)",
        ),
        None => Msg::new(
            "差額ベッド代はドナーが提供のために入院したときに生じる患者負担です。移植に至らなかった場合について資料は書いていません。ドナーの入院前に中止になったのなら生じませんが、入院した後の採取中止・移植不成立で請求されるかどうかは移植施設（採取施設）に確かめてください。目安の幅は0円から入院した場合の上限までとしています",
            "The private-room charge is the patient's when the donor is admitted for the donation. The document says nothing about a harvest that led to no transplant: called off before the donor was admitted there is none, but whether one is billed after an admitted donor's harvest was cancelled is not stated — ask the transplant (or harvesting) hospital. The range runs from 0 to the high end for a stay",
        ),
    }
}

fn private_room(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Room, Errors> {
    let (low, high) = (ctx.get(&PRIVATE_ROOM_MIN)?, ctx.get(&PRIVATE_ROOM_MAX)?);
    let applies = match (input.fees.transplant, input.fees.final_consent) {
        (true, _) => Some(true),
        (false, false) => Some(false),
        (false, true) => None,
    };
    let (min, max) = match applies {
        Some(true) => (low.value, high.value),
        Some(false) => (0, 0),
        None => (0, high.value),
    };
    let formula = match applies {
        Some(true) => Fx::new().yen(min).words("〜", " to ").yen(max).words(
            "（「数万円~40万円程度」、採取施設の状況・入院日数による。骨髄バンクを介さず採取施設から移植施設へ請求）",
            " (\"a few tens of thousands of yen up to about 400,000 yen\", depending on the harvesting hospital and the length of stay; billed by the harvesting hospital to the transplant hospital, not through JMDP)",
        ),
        Some(false) => Fx::new()
            .words(
                "最終同意の前に終わり、ドナーの提供のための入院はないため、差額ベッド代は生じません = ",
                "Ended before final consent, so no donor stay for the donation and no private-room charge = ",
            )
            .yen(0),
        None => Fx::new().yen(min).words("〜", " to ").yen(max).words(
            "（移植に至らなかった場合の扱いは資料になく、不明）",
            " (the document does not say what applies without a transplant: unknown)",
        ),
    };
    trace.push(TraceStep::new(
        "private_room",
        Msg::new(
            "ドナーの差額ベッド代（目安、移植施設経由で請求）",
            "Donor's private-room charge (estimate, billed via the transplant hospital)",
        ),
        formula,
        None,
        Unit::Yen,
        SRC_ROOM,
    ));
    if applies.is_none() {
        trace.push(TraceStep::reading(
            "private_room_without_transplant",
            Msg::new("移植に至らなかったときの差額ベッド代", "The private room without a transplant"),
            Msg::new(
                "資料は差額ベッド代をドナーの提供のための入院に結びつけ、採取の中止や移植不成立の場合を書いていません。入院したかどうかもここでは分からないため、生じないとは言わず、0円から入院した場合の上限までの幅にしています",
                "The document ties the charge to the donor's stay for the donation and says nothing of a cancelled harvest; whether the donor was admitted is not known here either, so no charge is not asserted: the range runs from 0 to the high end for a stay",
            ),
            SRC_ROOM,
        ));
    }
    if applies == Some(true) {
        let text = Fx::new()
            .words("資料の「数万円~40万円程度」の下限「数万円」を、その最も小さい額として ", "The low end of the document's range (\"a few tens of thousands up to about 400,000 yen\") is read as its smallest amount, ")
            .yen(low.value)
            .words(" と読んでいます（上限は ", " (the high end is ")
            .yen(high.value)
            .words("）。実際の額は採取施設の請求で決まります", "). The real amount is the harvesting hospital's bill");
        trace.push(TraceStep::reading(
            "private_room_min",
            Msg::new("「数万円」の読み方", "How the low estimate is read"),
            text,
            low.source,
        ));
    }
    let mut welfare_share = false;
    if matches!(&input.household, Some((Status::Welfare, _))) && applies == Some(true) {
        let share = ctx.get(&WELFARE_PRIVATE_ROOM_SHARE)?;
        welfare_share = share.value > 0;
        trace.push(TraceStep::note(
            "private_room_welfare",
            Msg::new("生活保護受給世帯の差額ベッド代", "Private-room charge for a public-assistance household"),
            Msg::new(
                "移植施設は骨髄バンクに負担を申し入れでき（所定の申請書に採取施設からの差額ベッド代の請求書のコピーを添えて提出）、骨髄バンクは移植施設と協議して、その結果により一定の負担をします。2009年4月1日以降の移植が対象です",
                "The transplant hospital may ask JMDP to bear part of it (JMDP's application form with a copy of the harvesting hospital's private-room invoice); JMDP agrees the share with the transplant hospital and bears it. It applies to transplants from 2009-04-01",
            ),
            share.source,
        ));
        trace.push(TraceStep::reading(
            "welfare_room_share",
            Msg::new("生活保護受給世帯の負担分", "The public-assistance share"),
            Msg::new(
                "資料は骨髄バンクが負担する額を「協議の結果により一定の負担」とだけ書き、額を示していないため、目安の幅からは差し引いていません。実際に患者側に残る額は移植施設に確かめてください",
                "The document gives no amount for JMDP's share (\"a certain share, as agreed\"), so nothing is deducted from the range; ask the transplant hospital what is left for the patient",
            ),
            share.source,
        ));
    }
    Ok(Room { applies, min, max, welfare_share, note: room_note(applies) })
}

fn percent_of(amount: i64, pct: i64) -> (Decimal, i64) {
    let exact = crate::money::percent_of(amount, pct);
    (exact, TRANSPORT_ROUNDING.apply(exact).clamp(0, amount))
}

/// 骨髄液等運搬費: paid first, reimbursed as 療養費 (typically 3〜7割; officially in full).
struct Transport {
    reimbursed_min: i64,
    reimbursed_max: i64,
    reimbursed_official: i64,
    min_percent: i64,
    max_percent: i64,
}

fn transport(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Transport, Errors> {
    let t = input.transport_yen;
    let min_pct = ctx.get(&TRANSPORT_REIMBURSED_MIN_PERCENT)?;
    let max_pct = ctx.get(&TRANSPORT_REIMBURSED_MAX_PERCENT)?;
    let off_pct = ctx.get(&TRANSPORT_OFFICIAL_PERCENT)?;
    let wait_min = ctx.get(&TRANSPORT_PAYOUT_MONTHS_MIN)?;
    let wait_max = ctx.get(&TRANSPORT_PAYOUT_MONTHS_MAX)?;
    let mut reimbursed = [0; 2];
    let typical = [
        (
            "transport_reimbursed_min",
            min_pct,
            Msg::new("運搬費の療養費（近年の実態・下限）", "Transport reimbursed (typical, low)"),
        ),
        (
            "transport_reimbursed_max",
            max_pct,
            Msg::new("運搬費の療養費（近年の実態・上限）", "Transport reimbursed (typical, high)"),
        ),
    ];
    for (i, (key, pct, label)) in typical.into_iter().enumerate() {
        let (exact, v) = percent_of(t, pct.value);
        reimbursed[i] = v;
        let r = &TRANSPORT_ROUNDING;
        let formula = Fx::new().yen(t).op(" × ").pct(pct.value).op(" = ").yen_dec(exact).op(" → ").yen(v);
        let formula = formula.words("（", " (").words(r.label_ja, r.label_en).words("）", ")");
        trace.push(TraceStep::yen(key, label, formula, v, pct.source));
    }
    let (_, official) = percent_of(t, off_pct.value);
    trace.push(TraceStep::yen(
        "transport_reimbursed_official",
        Msg::new("運搬費の療養費（厚生労働省の見解: 全額）", "Transport reimbursed (official view: in full)"),
        Fx::new().yen(t).op(" × ").pct(off_pct.value).op(" = ").yen(official),
        official,
        off_pct.source,
    ));
    let paid_first = Fx::new()
        .yen(t)
        .words(
            " をいったん支払い（多くの施設が立て替えて後から患者に請求）、健康保険等に療養費として申請すると、申請から",
            " is paid first (many hospitals advance it and bill the patient later); claimed from the health insurer as a medical-care reimbursement, it is paid about ",
        )
        .num(wait_min.value)
        .words("〜", " to ")
        .num(wait_max.value)
        .words("か月程度後に振り込まれます", " months after the claim");
    trace.push(TraceStep::note(
        "transport_paid_first",
        Msg::new("運搬費はいったん全額を支払います", "The transport cost is paid in full first"),
        paid_first,
        wait_min.source,
    ));
    if t > 0 && !input.fees.transplant {
        trace.push(TraceStep::note(
            "transport_without_transplant",
            Msg::new("移植なしの運搬費", "Transport without a transplant"),
            Msg::new(
                "運搬日は原則として移植日です。移植に至らなかった場合の運搬費の扱いは資料に書かれていないため、入力どおり計上しています",
                "The transport day is normally the transplant day; the source does not say what applies without a transplant, so the cost is counted as entered",
            ),
            SRC_TRANSPORT_DATE,
        ));
    }
    let [reimbursed_min, reimbursed_max] = reimbursed;
    Ok(Transport {
        reimbursed_min,
        reimbursed_max,
        reimbursed_official: official,
        min_percent: min_pct.value,
        max_percent: max_pct.value,
    })
}

/// One end of the estimate: JMDP fees + private room + the transport not reimbursed.
fn total_step(key: &str, label: Msg, parts: [i64; 3], reimbursed_percent: i64) -> TraceStep {
    let [payable, room, net] = parts;
    let total = payable + room + net;
    let formula = Fx::new()
        .yen(payable)
        .words("（骨髄バンク負担金）+ ", " (JMDP fees) + ")
        .yen(room)
        .words("（差額ベッド代）+ ", " (private room) + ")
        .yen(net)
        .words("（運搬費 − 療養費", " (transport − ")
        .pct(reimbursed_percent)
        .words("）= ", " reimbursed) = ")
        .yen(total);
    TraceStep::yen(key, label, formula, total, SRC_ROOM)
}

/// 医療費控除 / 高額療養費.
fn medical_deduction(payable: i64, trace: &mut Vec<TraceStep>) -> MedicalDeduction {
    let deductible = Fx::new()
        .words("骨髄バンクへの患者負担金（", "The JMDP fees (")
        .yen(payable)
        .words(
            "）は、実際に支払った年の確定申告で医療費控除の対象です（入金確認後に骨髄バンクが領収書を発行）",
            ") count for the medical-expense deduction in the tax return of the year actually paid (JMDP issues a receipt once payment is confirmed)",
        )
        .build();
    let notes = vec![
        deductible,
        Msg::new(
            "患者負担金は高額療養費の対象になりません（保険診療の自己負担ではないため）",
            "The JMDP fees do not count towards the high-cost medical expense benefit (they are not an insured co-payment)",
        ),
    ];
    trace.push(TraceStep::note(
        "medical_deduction",
        Msg::new("医療費控除・高額療養費", "Medical-expense deduction and the high-cost benefit"),
        Msg::new(
            "患者負担金: 医療費控除の対象 ○ / 高額療養費の対象 ×",
            "JMDP fees: count for the medical-expense deduction ○ / for the high-cost benefit ×",
        ),
        SRC_DEDUCTION,
    ));
    MedicalDeduction { jmdp_fees_deductible: true, jmdp_fees_count_for_high_cost: false, notes }
}

/// The payment deadline, as a date when the invoice's arrival is known.
fn deadline(input: &Input, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(i64, Option<Date>), Errors> {
    let months = ctx.get(&PAYMENT_DEADLINE_MONTHS)?;
    let date = input.invoice_received_date.map(|d| d.add_months(months.value as i32, MonthEnd::Clamp));
    let mut f = Fx::new()
        .words("請求書到着後", "Within ")
        .num(months.value)
        .words("か月以内", " months of the invoice arriving");
    if let Some(d) = date {
        let d = d.to_string();
        f = f.words(
            &format!(" → {d} まで（月末に当たる日がない場合はその月の末日）"),
            &format!(" → by {d} (the month's last day when it has no such day)"),
        );
    }
    let f = f.words(
        "。免除申請中は結果の通知まで振り込まずに保管し、通知後なるべく早く",
        ". While an exemption application is pending, keep the invoice unpaid until the decision, then pay as soon as possible",
    );
    trace.push(TraceStep::note("payment_deadline", Msg::new("支払期限", "Payment deadline"), f, months.source));
    Ok((months.value, date))
}

fn notes(input: &Input, rate: i64, welfare_share: bool) -> Vec<Msg> {
    let mut notes = vec![Msg::new(
        "差額ベッド代と運搬費は骨髄バンクの負担金ではなく、資料の幅をもとにした目安です",
        "The private-room charge and the transport cost are not JMDP fees; they are estimates from the ranges the source gives",
    )];
    if rate > 0 || input.household.is_some() {
        notes.push(exemption::not_refunded_note());
    }
    if welfare_share {
        notes.push(Msg::new(
            "生活保護受給世帯の場合、ドナーの差額ベッド代は移植施設から骨髄バンクに負担を申し入れできます",
            "For a public-assistance household, the transplant hospital can ask JMDP to bear part of the donor's private-room charge",
        ));
    }
    notes
}

/// 参考資料2-6: what the donor pays personally, and the 5,000-yen allowance JMDP pays the donor (a
/// note whenever the donor was hospitalised for the harvest; nothing the patient pays).
fn donor_allowance(applies: bool, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Option<Msg>, Errors> {
    if !applies {
        return Ok(None);
    }
    let allowance = ctx.get(&DONOR_ALLOWANCE)?;
    let text = Fx::new()
        .words(
            "ドナーが個人的に使うもの（プリペイドカード、洗面用品、電話代、病衣レンタル代など）はドナー本人の負担で、移植施設や患者さんには請求されません。ドナーには骨髄バンクから提供時の入院支度金 ",
            "What the donor uses personally (prepaid cards, toiletries, phone, gown rental) is the donor's own cost and is not billed to the transplant hospital or the patient; JMDP pays the donor a hospital-stay allowance of ",
        )
        .yen(allowance.value)
        .words(
            " が支給されます。ドナーの安全のための検査や消耗品（弾性ストッキングなど）は採取施設から移植施設に請求されます",
            ". Tests and supplies for the donor's safety (elastic stockings and the like) are billed by the harvesting hospital to the transplant hospital",
        )
        .build();
    trace.push(TraceStep::new(
        "donor_allowance",
        Msg::new("ドナー本人の負担と入院支度金", "The donor's own costs and allowance"),
        text.clone(),
        Some(allowance.value),
        Unit::Yen,
        allowance.source,
    ));
    Ok(Some(text))
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let (rate, source) = rate_of(input, ctx)?;
    let fees_ev = fees::compute(&fees::Input { exemption_percent: rate, ..input.fees.clone() }, ctx)?;
    let fees_out = fees_ev.result;
    let exemption_out = exemption_of(input, fees_out.net_yen, ctx, &mut trace)?;
    trace.extend(prefixed("fees", fees_ev.trace));

    let room = private_room(input, ctx, &mut trace)?;
    let allowance_note = donor_allowance(room.applies == Some(true), ctx, &mut trace)?;
    let tr = transport(input, ctx, &mut trace)?;
    let t = input.transport_yen;
    let (net_min, net_max) = (t - tr.reimbursed_max, t - tr.reimbursed_min);
    let payable = fees_out.payable_yen;
    let low = total_step(
        "estimated_total_min",
        Msg::new("自己負担の見込み（下限）", "Estimated out of pocket (low)"),
        [payable, room.min, net_min],
        tr.max_percent,
    );
    let high = total_step(
        "estimated_total_max",
        Msg::new("自己負担の見込み（上限）", "Estimated out of pocket (high)"),
        [payable, room.max, net_max],
        tr.min_percent,
    );
    let (total_min, total_max) = (payable + room.min + net_min, payable + room.max + net_max);
    trace.extend([low, high]);
    let medical_deduction = medical_deduction(payable, &mut trace);
    let (deadline_months, deadline_date) = deadline(input, ctx, &mut trace)?;

    let out = Output {
        exemption_source: source,
        exemption_percent: rate,
        jmdp_payable_yen: payable,
        fees: fees_out,
        exemption: exemption_out,
        private_room_applies: room.applies,
        private_room_note: room.note,
        private_room_min_yen: room.min,
        private_room_max_yen: room.max,
        private_room_welfare_share_possible: room.welfare_share,
        transport_yen: t,
        transport_reimbursed_min_yen: tr.reimbursed_min,
        transport_reimbursed_max_yen: tr.reimbursed_max,
        transport_reimbursed_official_yen: tr.reimbursed_official,
        transport_net_min_yen: net_min,
        transport_net_max_yen: net_max,
        estimated_total_min_yen: total_min,
        estimated_total_max_yen: total_max,
        paid_first_yen: t,
        medical_deduction,
        payment_deadline_months: deadline_months,
        payment_deadline_date: deadline_date,
        notes: notes(input, rate, room.welfare_share).into_iter().chain(allowance_note).collect(),
    };
    Ok(Evaluation::new(out, trace, ctx))
}
