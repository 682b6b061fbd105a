//! The patient's whole picture of an unrelated-donor transplant through JMDP (seed 003): the JMDP
//! fees (with the household's exemption), and the other costs the seed warns about that are not
//! JMDP fees — estimate ranges only.
//!
//! * JMDP fees: [`super::fees::compute`], with the rate from [`super::exemption`] when the household
//!   is given (nothing is recomputed here).
//! * 差額ベッド代 of the donor's private room (参考資料2-13 9.「その他」 and 2.(2) 3)③): 「金額は数万円
//!   ~40万円程度…この費用は当法人を介さず、採取施設から移植施設に直接請求されます」. The lower end
//!   「数万円」 ("a few ten-thousand yen") is read as 20,000 yen, the smallest figure the words allow;
//!   it is an estimate, not a rule. Only when the donor was hospitalised for a harvest, i.e. when the
//!   transplant took place. A 生活保護 household's transplant hospital may ask JMDP to bear part of
//!   it (参考資料2-7, transplants from 2009-04-01).
//! * 骨髄液等運搬費 (2.(4), 参考資料2-13 8.(3)): paid first, then refunded as 療養費 by the insurer
//!   about 2–3 months after the application. 厚生労働省 (参考資料2-8, 2011-07-26) holds that the full
//!   amount should be paid; 「近年では3~7割程度の支給に留まる」. The range shown is 30–70% with the
//!   official 100% beside it; yen fractions of the percentages are dropped ([`TRANSPORT_ROUNDING`]).
//! * 医療費控除 / 高額療養費 (2.(5), 参考資料2-13 8.(1), FAQ ⑦): the JMDP fees count for 医療費控除
//!   in the year actually paid (JMDP issues a receipt), but not for 高額療養費.
//! * Payment deadline (FAQ ⑤): within 2 months of receiving the invoice (not while an exemption
//!   application is pending; pay soon after the decision).

use super::exemption::{self, Status};
use super::fees;
use crate::date::{ymd, Date, MonthEnd};
use crate::msg::{Errors, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group_decimal, yen, Direction, Rounding};
use crate::params::{Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;

/// 参考資料2-13 (its 9.「その他」 states the private-room range) is dated 2022年12月.
const FEE_TABLE_FROM: Date = ymd(2022, 12, 1);
/// The seed document's date (第5版, 2023-08-01), for text the seed does not date itself.
const DOC_FROM: Date = ymd(2023, 8, 1);
const SRC_ROOM: &str = "seed 003 参考資料2-13 9.「その他」/ 2.(2) 3)③「金額は数万円~40万円程度」";
const SRC_ROOM_WELFARE: &str =
    "seed 003 参考資料2-7「生活保護受給世帯の患者に対するドナーの入院時差額ベッド代の財団負担について」(平成21年4月1日以降の移植)";
const SRC_TRANSPORT: &str =
    "seed 003 2.(4) ※療養費の支給割合について「近年では3~7割程度の支給に留まる」";
const SRC_TRANSPORT_OFFICIAL: &str =
    "seed 003 参考資料2-8 厚生労働省保険局保険課 平成23年7月26日「全額を支給することが妥当」";
const SRC_TRANSPORT_WAIT: &str =
    "seed 003 2.(4) 2)「通常、申請から2~3カ月程度後に…振り込まれます」";
const SRC_DEDUCTION: &str =
    "seed 003 2.(5)「医療費控除の対象」, 参考資料2-13 8.(1), 参考資料2-15 FAQ ⑦「高額療養費の対象にはなりません」";
const SRC_DEADLINE: &str = "seed 003 参考資料2-15 FAQ ⑤「請求書到着後、2ヶ月以内でのお支払い」";

/// The transport reimbursement range is an estimate: yen fractions of 30% / 70% are dropped.
pub const TRANSPORT_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "療養費の見込み額の1円未満切り捨て",
    "Estimated reimbursement: fractions of a yen dropped",
    "estimate (seed 003 2.(4) gives percentages only)",
);

pub static PARAMS: &[Param] = &[
    Param::new(
        "jmdp.overview.private_room_min",
        20_000,
        Unit::Yen,
        FEE_TABLE_FROM,
        "seed 003 参考資料2-13 9.「数万円~40万円程度」(「数万円」の下限を2万円と読む)",
        "ドナーの差額ベッド代の目安（下限、「数万円」）",
        "Donor's private-room charge, low estimate (「数万円」)",
    ),
    Param::new(
        "jmdp.overview.private_room_max",
        400_000,
        Unit::Yen,
        FEE_TABLE_FROM,
        SRC_ROOM,
        "ドナーの差額ベッド代の目安（上限、40万円程度）",
        "Donor's private-room charge, high estimate (about 400,000 yen)",
    ),
    Param::new(
        "jmdp.overview.welfare_private_room_share",
        1,
        Unit::Count,
        ymd(2009, 4, 1),
        SRC_ROOM_WELFARE,
        "生活保護受給世帯の差額ベッド代: 移植施設は骨髄バンクに負担を申し入れできる（1=可）",
        "Public-assistance household: the transplant hospital may ask JMDP to share the private-room charge (1 = yes)",
    ),
    Param::new(
        "jmdp.overview.transport_reimbursed_min_percent",
        30,
        Unit::Percent,
        DOC_FROM,
        SRC_TRANSPORT,
        "骨髄液等運搬費の療養費支給割合（近年の実態、下限3割）",
        "Transport cost reimbursed in practice, low (30%)",
    ),
    Param::new(
        "jmdp.overview.transport_reimbursed_max_percent",
        70,
        Unit::Percent,
        DOC_FROM,
        SRC_TRANSPORT,
        "骨髄液等運搬費の療養費支給割合（近年の実態、上限7割）",
        "Transport cost reimbursed in practice, high (70%)",
    ),
    Param::new(
        "jmdp.overview.transport_official_percent",
        100,
        Unit::Percent,
        ymd(2011, 7, 26),
        SRC_TRANSPORT_OFFICIAL,
        "骨髄液等運搬費の療養費支給割合（厚生労働省の見解: 全額）",
        "Transport cost reimbursement, official view (full amount)",
    ),
    Param::new(
        "jmdp.overview.transport_payout_months_min",
        2,
        Unit::Count,
        DOC_FROM,
        SRC_TRANSPORT_WAIT,
        "療養費の振込まで（申請から、か月、下限）",
        "Months from the application to the reimbursement (low)",
    ),
    Param::new(
        "jmdp.overview.transport_payout_months_max",
        3,
        Unit::Count,
        DOC_FROM,
        SRC_TRANSPORT_WAIT,
        "療養費の振込まで（申請から、か月、上限）",
        "Months from the application to the reimbursement (high)",
    ),
    Param::new(
        "jmdp.overview.payment_deadline_months",
        2,
        Unit::Count,
        DOC_FROM,
        SRC_DEADLINE,
        "患者負担金の支払期限（請求書到着後、か月）",
        "Payment deadline for JMDP fees (months after the invoice arrives)",
    ),
];

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

/// TRANSITIONAL: the fee fields read by name until this calculator reads by schema.
fn legacy_fee_fields(r: &mut Reader<'_>) -> fees::Input {
    let donors_screened = r.int_max("donors_screened", None, fees::MAX_COUNT);
    let final_consent = r.bool("final_consent", false);
    let transplant = r.bool("transplant", false);
    let option_hla_tests = r.int_max("option_hla_tests", Some(0), fees::MAX_COUNT);
    let oral_mucosa_dna = r.bool("oral_mucosa_dna", false);
    let prior_ngs_typing = r.bool("prior_ngs_typing", false);
    let donors_ok = !r.errors.iter().any(|e| e.field == r.field_name("donors_screened"));
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
    fees::Input { donors_screened, final_consent, transplant, option_hla_tests, oral_mucosa_dna, prior_ngs_typing, exemption_percent: 0 }
}

/// TRANSITIONAL: the household read by name until this calculator reads by schema (then through
/// `exemption::read_household`).
fn legacy_household(r: &mut Reader<'_>) -> (Status, Vec<i64>) {
    let status = match r.choice("status", &["welfare", "resident_tax_exempt", "income_tax_exempt", "taxed"], None) {
        "resident_tax_exempt" => Status::ResidentTaxExempt,
        "income_tax_exempt" => Status::IncomeTaxExempt,
        "taxed" => Status::Taxed,
        _ => Status::Welfare,
    };
    let status_ok = !r.errors.iter().any(|e| e.field == r.field_name("status"));
    let mut taxes = Vec::new();
    for (i, v) in r.array("income_tax_yen").iter().enumerate() {
        let field = r.field_name(&format!("income_tax_yen[{i}]"));
        match v {
            Value::Number(n) if n.as_i64().is_some_and(|x| x < 0) => r.error(&format!("income_tax_yen[{i}]"), "negative", Msg::new("0以上の数を入力してください", "Enter zero or a positive number")),
            Value::Number(n) => match crate::parse::parse_int(&field, &n.to_string()) { Ok(x) => taxes.push(x), Err(e) => r.errors.push(e) },
            Value::String(s) => match crate::parse::parse_int(&field, s) { Ok(x) => taxes.push(x), Err(e) => r.errors.push(e) },
            _ => r.error(&format!("income_tax_yen[{i}]"), "wrong_type", Msg::new("数値を指定してください", "Expected a number")),
        }
    }
    if status_ok && status == Status::Taxed && r.array("income_tax_yen").is_empty() {
        r.error("income_tax_yen", "required", Msg::new("所得税を納めている世帯は、世帯全員の所得税年額を入力してください（1人1つ）", "For a taxed household, enter each household member's annual income tax (one per member)"));
    }
    if status_ok && status == Status::IncomeTaxExempt && taxes.iter().any(|t| *t > 0) {
        r.error("income_tax_yen", "inconsistent", Msg::new("所得税非課税世帯に所得税を納めている方がいます。status を taxed にしてください", "An income-tax-exempt household cannot have a member paying income tax; use status taxed"));
    }
    (status, taxes)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let fees_input = legacy_fee_fields(&mut r);
    let exemption_percent = match r.raw("exemption_percent") {
        None => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(_) => Some(r.int_max("exemption_percent", None, 100)),
    };
    let has_status = match r.raw("status") {
        None => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(_) => true,
    };
    let household = if has_status {
        Some(legacy_household(&mut r))
    } else {
        if !r.array("income_tax_yen").is_empty() {
            r.error(
                "status",
                "required",
                Msg::new(
                    "所得税年額を使うには世帯の区分（status）も指定してください",
                    "Give the household category (status) to use the income tax figures",
                ),
            );
        }
        None
    };
    if household.is_some() && exemption_percent.is_some() {
        r.error(
            "exemption_percent",
            "conflict",
            Msg::new(
                "免除率の直接入力（exemption_percent）と世帯の区分（status）はどちらか一方だけ指定してください",
                "Give either the exemption rate (exemption_percent) or the household (status), not both",
            ),
        );
    }
    let transport_yen = r.int("transport_yen", Some(0));
    let invoice_received_date = r.opt_date("invoice_received_date");
    r.finish(Input {
        fees: fees_input,
        exemption_percent,
        household,
        transport_yen,
        invoice_received_date,
    })
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
    /// Whether a donor private-room charge can arise (the donor was hospitalised for a harvest).
    pub private_room_applies: bool,
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

fn percent_of(amount: i64, pct: i64) -> (Decimal, i64) {
    let exact = Decimal::from(amount) * Decimal::from(pct) / Decimal::from(100);
    (exact, TRANSPORT_ROUNDING.apply(exact).clamp(0, amount))
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let p = |id: &str| ctx.param(id).map_err(|e| vec![e]);
    let mut trace = Vec::new();

    // The rate: from the household (the exemption table) or as typed.
    let (rate, source) = match (&input.household, input.exemption_percent) {
        (Some((status, taxes)), _) => {
            let mut scratch = Vec::new();
            let (_, rate, _) = exemption::rate_for(*status, taxes, ctx, &mut scratch)?;
            (rate, "status")
        }
        (None, Some(r)) => (r, "exemption_percent"),
        (None, None) => (0, "none"),
    };
    let mut fees_input = input.fees.clone();
    fees_input.exemption_percent = rate;
    let fees_ev = fees::compute(&fees_input, ctx)?;
    let fees_out = fees_ev.result;

    let exemption_out = match &input.household {
        Some((status, taxes)) => {
            let ev = exemption::compute(
                &exemption::Input {
                    status: *status,
                    income_tax_yen: taxes.clone(),
                    domestic_fees_yen: fees_out.net_yen,
                    overseas_fees_yen: 0,
                },
                ctx,
            )?;
            // The rate and its reasons from the exemption calculator; the amounts from the fees.
            let keep = [
                "highest_income_tax",
                "zero_tax_reading",
                "rate",
                "certificates",
            ];
            trace.extend(prefixed(
                "exemption",
                ev.trace
                    .into_iter()
                    .filter(|s| keep.contains(&s.key.as_str()))
                    .collect(),
            ));
            Some(ev.result)
        }
        None => None,
    };
    trace.extend(prefixed("fees", fees_ev.trace));

    // 差額ベッド代 (estimate range), only when the donor was hospitalised for a harvest.
    let room_min_p = p("jmdp.overview.private_room_min")?;
    let room_max_p = p("jmdp.overview.private_room_max")?;
    let room_applies = input.fees.transplant;
    let (room_min, room_max) = if room_applies {
        (room_min_p.value, room_max_p.value)
    } else {
        (0, 0)
    };
    trace.push(TraceStep::new(
        "private_room",
        Msg::new("ドナーの差額ベッド代（目安、移植施設経由で請求）", "Donor's private-room charge (estimate, billed via the transplant hospital)"),
        if room_applies {
            format!(
                "{}〜{}（「数万円~40万円程度」、採取施設の状況・入院日数による。骨髄バンクを介さず採取施設から移植施設へ請求）",
                yen(room_min),
                yen(room_max)
            )
        } else {
            "移植に至っていないため、ドナーの入院による差額ベッド代は生じません = 0円".to_string()
        },
        None,
        Unit::Yen,
        SRC_ROOM,
    ));
    let welfare = matches!(&input.household, Some((Status::Welfare, _)));
    let mut welfare_share = false;
    if welfare && room_applies {
        let share = p("jmdp.overview.welfare_private_room_share")?;
        welfare_share = share.value > 0;
        trace.push(TraceStep::note(
            "private_room_welfare",
            Msg::new("生活保護受給世帯の差額ベッド代", "Private-room charge for a public-assistance household"),
            "移植施設は骨髄バンクに負担を申し入れでき、協議の結果により骨髄バンクが一定の負担をします（額は協議で決まるため、ここでは差し引いていません）",
            share.source,
        ));
    }

    // 骨髄液等運搬費: paid first, reimbursed as 療養費 (typically 3〜7割; officially in full).
    let t = input.transport_yen;
    let min_pct = p("jmdp.overview.transport_reimbursed_min_percent")?;
    let max_pct = p("jmdp.overview.transport_reimbursed_max_percent")?;
    let off_pct = p("jmdp.overview.transport_official_percent")?;
    let wait_min = p("jmdp.overview.transport_payout_months_min")?;
    let wait_max = p("jmdp.overview.transport_payout_months_max")?;
    let (min_exact, reimb_min) = percent_of(t, min_pct.value);
    let (max_exact, reimb_max) = percent_of(t, max_pct.value);
    let (_, reimb_official) = percent_of(t, off_pct.value);
    for (key, pct, exact, v, src, ja, en) in [
        (
            "transport_reimbursed_min",
            min_pct.value,
            min_exact,
            reimb_min,
            min_pct.source,
            "運搬費の療養費（近年の実態・下限）",
            "Transport reimbursed (typical, low)",
        ),
        (
            "transport_reimbursed_max",
            max_pct.value,
            max_exact,
            reimb_max,
            max_pct.source,
            "運搬費の療養費（近年の実態・上限）",
            "Transport reimbursed (typical, high)",
        ),
    ] {
        trace.push(TraceStep::yen(
            key,
            Msg::new(ja, en),
            format!(
                "{} × {}% = {}円 → {}（{}）",
                yen(t),
                pct,
                group_decimal(exact),
                yen(v),
                TRANSPORT_ROUNDING.label_ja
            ),
            v,
            src,
        ));
    }
    trace.push(TraceStep::yen(
        "transport_reimbursed_official",
        Msg::new(
            "運搬費の療養費（厚生労働省の見解: 全額）",
            "Transport reimbursed (official view: in full)",
        ),
        format!("{} × {}% = {}", yen(t), off_pct.value, yen(reimb_official)),
        reimb_official,
        off_pct.source,
    ));
    trace.push(TraceStep::note(
        "transport_paid_first",
        Msg::new("運搬費はいったん全額を支払います", "The transport cost is paid in full first"),
        format!(
            "{} をいったん支払い（多くの施設が立て替えて後から患者に請求）、健康保険等に療養費として申請すると、申請から{}〜{}か月程度後に振り込まれます",
            yen(t),
            wait_min.value,
            wait_max.value
        ),
        wait_min.source,
    ));
    if t > 0 && !input.fees.transplant {
        trace.push(TraceStep::note(
            "transport_without_transplant",
            Msg::new("移植なしの運搬費", "Transport without a transplant"),
            "運搬日は原則として移植日です。移植に至らなかった場合の運搬費の扱いは資料に書かれていないため、入力どおり計上しています",
            "seed 003 参考資料2-11「原則、骨髄等採取と移植は同日に実施、つまり運搬日=移植日」",
        ));
    }
    let net_min = t - reimb_max;
    let net_max = t - reimb_min;

    let payable = fees_out.payable_yen;
    let total_min = payable + room_min + net_min;
    let total_max = payable + room_max + net_max;
    trace.push(TraceStep::yen(
        "estimated_total_min",
        Msg::new("自己負担の見込み（下限）", "Estimated out of pocket (low)"),
        format!(
            "{}（骨髄バンク負担金）+ {}（差額ベッド代）+ {}（運搬費 − 療養費{}%）= {}",
            yen(payable),
            yen(room_min),
            yen(net_min),
            max_pct.value,
            yen(total_min)
        ),
        total_min,
        SRC_ROOM,
    ));
    trace.push(TraceStep::yen(
        "estimated_total_max",
        Msg::new("自己負担の見込み（上限）", "Estimated out of pocket (high)"),
        format!(
            "{}（骨髄バンク負担金）+ {}（差額ベッド代）+ {}（運搬費 − 療養費{}%）= {}",
            yen(payable),
            yen(room_max),
            yen(net_max),
            min_pct.value,
            yen(total_max)
        ),
        total_max,
        SRC_ROOM,
    ));

    // 医療費控除 / 高額療養費.
    let deduction_notes = vec![
        Msg::new(
            format!(
                "骨髄バンクへの患者負担金（{}）は、実際に支払った年の確定申告で医療費控除の対象です（入金確認後に骨髄バンクが領収書を発行）",
                yen(payable)
            ),
            format!(
                "The JMDP fees ({}) count for the medical-expense deduction (医療費控除) in the tax return of the year actually paid (JMDP issues a receipt once payment is confirmed)",
                yen(payable)
            ),
        ),
        Msg::new(
            "患者負担金は高額療養費の対象になりません（保険診療の自己負担ではないため）",
            "The JMDP fees do not count towards the high-cost medical expense benefit (高額療養費)",
        ),
    ];
    trace.push(TraceStep::note(
        "medical_deduction",
        Msg::new(
            "医療費控除・高額療養費",
            "Medical-expense deduction and 高額療養費",
        ),
        "患者負担金: 医療費控除の対象 ○ / 高額療養費の対象 ×",
        SRC_DEDUCTION,
    ));

    // Payment deadline.
    let deadline = p("jmdp.overview.payment_deadline_months")?;
    let deadline_date = input
        .invoice_received_date
        .map(|d| d.add_months(deadline.value as i32, MonthEnd::Clamp));
    trace.push(TraceStep::note(
        "payment_deadline",
        Msg::new("支払期限", "Payment deadline"),
        match deadline_date {
            Some(d) => format!(
                "請求書到着後{}か月以内 → {d} まで（月末に当たる日がない場合はその月の末日）。免除申請中は結果の通知まで振り込まずに保管し、通知後なるべく早く",
                deadline.value
            ),
            None => format!(
                "請求書到着後{}か月以内。免除申請中は結果の通知まで振り込まずに保管し、通知後なるべく早く",
                deadline.value
            ),
        },
        deadline.source,
    ));

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

    let out = Output {
        exemption_source: source,
        exemption_percent: rate,
        jmdp_payable_yen: payable,
        fees: fees_out,
        exemption: exemption_out,
        private_room_applies: room_applies,
        private_room_min_yen: room_min,
        private_room_max_yen: room_max,
        private_room_welfare_share_possible: welfare_share,
        transport_yen: t,
        transport_reimbursed_min_yen: reimb_min,
        transport_reimbursed_max_yen: reimb_max,
        transport_reimbursed_official_yen: reimb_official,
        transport_net_min_yen: net_min,
        transport_net_max_yen: net_max,
        estimated_total_min_yen: total_min,
        estimated_total_max_yen: total_max,
        paid_first_yen: t,
        medical_deduction: MedicalDeduction {
            jmdp_fees_deductible: true,
            jmdp_fees_count_for_high_cost: false,
            notes: deduction_notes,
        },
        payment_deadline_months: deadline.value,
        payment_deadline_date: deadline_date,
        notes,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

crate::calculator::calculator!("patient_overview", schema: &crate::schema::LEGACY, tables: &[PARAMS, super::fees::PARAMS, super::exemption::PARAMS]);

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
        compute(&input, &Ctx::over(ymd(2024, 4, 1), TYPED.tables))
            .expect("computes")
            .result
    }

    #[test]
    fn household_rate_flows_into_the_fees_and_matches_the_exemption_calculator() {
        let o = run(json!({
            "donors_screened": 4, "final_consent": true, "transplant": true,
            "status": "taxed", "income_tax_yen": [30000, 5000], "transport_yen": 50000
        }));
        assert_eq!(o.exemption_percent, 70);
        assert_eq!(o.fees.gross_yen, 147_000);
        assert_eq!(o.fees.exempted_yen, 102_900);
        assert_eq!(o.fees.payable_yen, 44_100);
        let ex = o.exemption.expect("exemption");
        assert_eq!(ex.domestic_exempted_yen, o.fees.exempted_yen);
        assert_eq!(ex.domestic_payable_yen, o.fees.payable_yen);
        assert_eq!(
            (
                o.transport_reimbursed_min_yen,
                o.transport_reimbursed_max_yen
            ),
            (15_000, 35_000)
        );
        assert_eq!(o.estimated_total_min_yen, 44_100 + 20_000 + 15_000);
        assert_eq!(o.estimated_total_max_yen, 44_100 + 400_000 + 35_000);
    }

    #[test]
    fn deadline_clamps_at_month_end() {
        let o = run(json!({"donors_screened": 1, "invoice_received_date": "2023-12-31"}));
        assert_eq!(o.payment_deadline_date, Some(ymd(2024, 2, 29)));
        assert!(!o.private_room_applies);
        assert_eq!(o.private_room_max_yen, 0);
    }
}
