//! The exemption as named steps: the household's row of the table, the exempted amounts (domestic,
//! then overseas under its cap), the documents and the notes.

use super::documents::{certificates, Document};
use super::params::*;
use super::row::Row;
use super::schema::{self as field, Status, SCHEMA};
use crate::calculator::Evaluation;
use crate::explain::{Answer, Disagreement, Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::reader::Reader;
use crate::sources::{cite, Cite, JMDP_GUIDE};
use crate::value::Value;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub status: Status,
    /// 所得税年額 of each household member (everyone on the 住民票).
    pub income_tax_yen: Vec<i64>,
    /// 患者負担金（国内料金）to apply the rate to.
    pub domestic_fees_yen: i64,
    /// 海外ドナーとのコーディネート費用 (the foreign bank's tariff, billed by JMDP).
    pub overseas_fees_yen: i64,
}

/// Reads `status` and `income_tax_yen` and checks them against each other (the patient overview
/// lists the same fields, so it reads them through this too).
pub fn read_household(r: &mut Reader<'_>) -> (Status, Vec<i64>) {
    let status = r.choice::<Status>(&field::STATUS);
    let items = r.list(&field::INCOME_TAX_YEN, |item| item.int());
    let none_given = items.is_empty();
    let taxes: Vec<i64> = items.into_iter().flatten().collect();
    if status == Some(Status::Taxed) && none_given {
        r.error(
            &field::INCOME_TAX_YEN,
            "required",
            Msg::new(
                "所得税を納めている世帯は、世帯全員の所得税年額を入力してください（1人1つ）",
                "For a taxed household, enter each household member's annual income tax (one per member)",
            ),
        );
    }
    if status == Some(Status::IncomeTaxExempt) && taxes.iter().any(|t| *t > 0) {
        r.error(
            &field::INCOME_TAX_YEN,
            "inconsistent",
            Msg::new(
                "所得税非課税世帯に所得税を納めている方がいます。status を taxed にしてください",
                "An income-tax-exempt household cannot have a member paying income tax; use status taxed",
            ),
        );
    }
    // A status in error is reported; the value returned then is never computed with.
    (status.unwrap_or(Status::Welfare), taxes)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let (status, income_tax_yen) = read_household(&mut r);
    let domestic_fees_yen = r.int(&field::DOMESTIC_FEES_YEN);
    let overseas_fees_yen = r.int(&field::OVERSEAS_FEES_YEN);
    r.finish(Input { status, income_tax_yen, domestic_fees_yen, overseas_fees_yen })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub status: Status,
    /// The highest single member's 所得税年額 (null when none was given).
    pub highest_income_tax_yen: Option<i64>,
    /// The household total, shown only to say it is NOT what counts.
    pub household_total_income_tax_yen: i64,
    pub row: Row,
    /// Whether the household is 免除対象 at all ("not eligible" told apart from a 0-yen fee).
    pub eligible: bool,
    pub rate_percent: i64,
    pub domestic_fees_yen: i64,
    pub domestic_exempted_yen: i64,
    pub domestic_payable_yen: i64,
    pub overseas_fees_yen: i64,
    /// Overseas exemption before the 1,000,000-yen cap.
    pub overseas_exempted_before_cap_yen: i64,
    pub overseas_cap_yen: i64,
    pub overseas_cap_applied: bool,
    pub overseas_exempted_yen: i64,
    pub overseas_payable_yen: i64,
    /// Documents to send (empty when the household is not eligible).
    pub certificates: Vec<Document>,
    pub notes: Vec<Msg>,
    /// Where the two readings of 「100万円を限度に免除」 give different amounts here: both (empty
    /// otherwise).
    pub disagreements: Vec<Disagreement>,
}

fn household_total(taxes: &[i64]) -> i64 {
    taxes.iter().fold(0i64, |a, t| a.saturating_add(*t))
}

/// `max(40,000円, 40,000円) = 40,000円（世帯合計 80,000円 は使いません）`.
fn highest_step(taxes: &[i64], highest: i64) -> TraceStep {
    let mut f = Fx::new().op("max(");
    for (i, t) in taxes.iter().enumerate() {
        if i > 0 {
            f = f.op(", ");
        }
        f = f.yen(*t);
    }
    let f = f
        .op(") = ")
        .yen(highest)
        .words("（世帯合計 ", " (household total ")
        .yen(household_total(taxes))
        .words(" は使いません）", " not used)");
    TraceStep::yen(
        "highest_income_tax",
        Msg::new("世帯で一番高い方の所得税年額", "Highest single member's annual income tax"),
        f,
        highest,
        SRC_HIGHEST,
    )
}

/// Reading (module note): nobody pays income tax → 所得税非課税世帯, 100%.
fn zero_tax_step(tier1_max: i64) -> TraceStep {
    TraceStep::note(
        "zero_tax_reading",
        Msg::new(
            "全員の所得税年額が0円 → 所得税非課税世帯として扱います",
            "Every member's income tax is 0 → treated as an income-tax-exempt household",
        ),
        Fx::new()
            .words(
                "所得税を納めている方がいないため、免除基準の「所得税非課税世帯」を当てはめます（0円は",
                "Nobody in the household pays income tax, so the table's row for an income-tax-exempt household applies (0 yen is also at most ",
            )
            .yen(tier1_max)
            .words(
                "以下でもありますが、より有利な行）。最終的な免除率は骨髄バンクが証明書から決定します",
                ", but this row is the more favourable). JMDP decides the final rate from the certificates",
            ),
        SRC_TABLE,
    )
}

/// The row of a taxed household by its highest member's income tax, and why.
fn taxed_row(highest: i64, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(Row, Fx), Errors> {
    let t1 = ctx.get(&TIER1_MAX_INCOME_TAX)?;
    let t2 = ctx.get(&TIER2_MAX_INCOME_TAX)?;
    let t3 = ctx.get(&TIER3_MAX_INCOME_TAX)?;
    let h = highest;
    Ok(if h == 0 {
        trace.push(zero_tax_step(t1.value));
        let why = Fx::new()
            .words("所得税年額 ", "Income tax ")
            .yen(0)
            .words("（所得税非課税世帯）", " (income-tax-exempt household)");
        (Row::IncomeTaxExempt, why)
    } else if t1.bound.holds(h, t1.value) {
        (Row::Tier1, Fx::new().yen(h).op(" ≤ ").yen(t1.value))
    } else if t2.bound.holds(h, t2.value) {
        (Row::Tier2, Fx::new().yen(t1.value).op(" < ").yen(h).op(" ≤ ").yen(t2.value))
    } else if t3.bound.holds(h, t3.value) {
        (Row::Tier3, Fx::new().yen(t2.value).op(" < ").yen(h).op(" ≤ ").yen(t3.value))
    } else {
        (Row::NotEligible, Fx::new().yen(h).op(" > ").yen(t3.value).words("（免除対象外）", " (not eligible)"))
    })
}

/// The rate for a household, with the trace steps that explain it (shared with `patient_overview`).
pub fn rate_for(
    status: Status,
    taxes: &[i64],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<(Row, i64, Option<i64>), Errors> {
    let highest = taxes.iter().copied().max();
    if let Some(h) = highest {
        trace.push(highest_step(taxes, h));
    }
    let (row, why) = match status {
        Status::Welfare => (Row::Welfare, Fx::new().words("生活保護受給世帯", "Household on public assistance")),
        Status::ResidentTaxExempt => {
            (Row::ResidentTaxExempt, Fx::new().words("住民税非課税世帯", "Household exempt from resident tax"))
        }
        Status::IncomeTaxExempt => {
            (Row::IncomeTaxExempt, Fx::new().words("所得税非課税世帯", "Household exempt from income tax"))
        }
        Status::Taxed => taxed_row(highest.unwrap_or(0), ctx, trace)?,
    };
    let rate = ctx.get(row.rate())?;
    trace.push(TraceStep::new(
        "rate",
        Msg::new("免除率", "Exemption rate"),
        why.op(" → ").pct(rate.value),
        Some(rate.value),
        Unit::Percent,
        rate.source,
    ));
    Ok((row, rate.value, highest))
}

/// `amount × rate%`, exact, then [`EXEMPTION_ROUNDING`]; two trace steps (`{key}_exact`, `{key}`).
pub fn exempt_amount(
    key: &str,
    label: Msg,
    amount: i64,
    rate_percent: i64,
    source: &'static Cite,
    trace: &mut Vec<TraceStep>,
) -> i64 {
    let exact = crate::money::percent_of(amount, rate_percent);
    trace.push(TraceStep::new(
        format!("{key}_exact"),
        label,
        Fx::new().yen(amount).op(" × ").pct(rate_percent).op(" = ").yen_dec(exact),
        None,
        Unit::Yen,
        source,
    ));
    let rounded = EXEMPTION_ROUNDING.apply(exact).clamp(0, amount);
    trace.push(TraceStep::yen(
        key,
        EXEMPTION_ROUNDING.describe(),
        Fx::new().yen_dec(exact).op(" → ").yen(rounded),
        rounded,
        EXEMPTION_ROUNDING.source,
    ));
    // The rounding is a reading only where it changes the amount (a fraction of a yen), once.
    let key = format!("{}exemption_rounding", crate::explain::READING);
    if (amount * rate_percent) % 100 != 0 && !trace.iter().any(|s| s.key == key) {
        trace.push(TraceStep::reading(
            "exemption_rounding",
            Msg::new("免除額の端数", "Fractions of the exempted amount"),
            Msg::new(
                "資料は免除額の端数の扱いを定めていないため、1円未満を切り捨てています（免除を表より多く見積もらないため）。実際の額は骨髄バンクの免除決定の通知で確かめてください",
                "The document sets no rounding for the exempted amount, so fractions of a yen are dropped (never promising more than the table gives). Check the amount on JMDP's exemption decision",
            ),
            EXEMPTION_ROUNDING.source,
        ));
    }
    rounded
}

/// The 「支払い済みの負担金は返金されない」 note (FAQ ④, 【申請にあたって】).
pub fn not_refunded_note() -> Msg {
    Msg::new(
        "申請前や免除の審査結果通知前に支払った負担金は、後から免除が決定しても返金されません。申請する場合は、結果の通知まで請求書を振り込まずに保管してください",
        "Fees paid before applying, or before the exemption decision is notified, are not refunded even if an exemption is later granted. If you apply, keep the invoices unpaid until the decision arrives",
    )
}

pub fn not_refunded_step() -> TraceStep {
    TraceStep::note(
        "paid_before_decision_not_refunded",
        Msg::new("決定前の支払いは返金されません", "Payments made before the decision are not refunded"),
        not_refunded_note(),
        SRC_NOT_REFUNDED,
    )
}

/// `a − b = c` in yen.
fn minus(a: i64, b: i64) -> Fx {
    Fx::new().yen(a).op(" − ").yen(b).op(" = ").yen(a - b)
}

/// The overseas coordination fees: the rate, then the 1,000,000-yen cap.
struct Overseas {
    before_cap: i64,
    cap_applied: bool,
    exempted: i64,
    payable: i64,
    /// Where the other reading of the cap gives another amount.
    disagreement: Option<Disagreement>,
}

fn overseas(fees: i64, rate: i64, cap: &Param, trace: &mut Vec<TraceStep>) -> Overseas {
    let before_cap = exempt_amount(
        "overseas_exempted_before_cap",
        Msg::new("海外コーディネート費用の免除額（上限前）", "Exempted overseas fees (before the cap)"),
        fees,
        rate,
        SRC_OVERSEAS,
        trace,
    );
    // 「100万円を限度に免除」: the exempted amount is at most the cap (以下).
    let cap_applied = !cap.bound.holds(before_cap, cap.value);
    let exempted = if cap_applied { cap.value } else { before_cap };
    trace.push(TraceStep::yen(
        "overseas_exempted",
        Msg::new("海外コーディネート費用の免除額（100万円限度）", "Exempted overseas fees (capped at 1,000,000 yen)"),
        Fx::new().op("min(").yen(before_cap).op(", ").yen(cap.value).op(") = ").yen(exempted),
        exempted,
        cap.source,
    ));
    let payable = fees - exempted;
    trace.push(TraceStep::yen(
        "overseas_payable",
        Msg::new("海外コーディネート費用のお支払い額", "Overseas fees payable"),
        minus(fees, exempted),
        payable,
        SRC_OVERSEAS,
    ));
    let mut disagreement = None;
    if fees > 0 {
        trace.push(overseas_billing_step());
        disagreement = cap_reading(fees, rate, cap, exempted, trace);
    }
    Overseas { before_cap, cap_applied, exempted, payable, disagreement }
}

/// 「100万円を限度に免除」, read as a cap on the amount exempted: min(rate × fees, 1,000,000). The
/// other reading caps the fees the rate applies to: rate × min(fees, 1,000,000). They part only
/// above 1,000,000 yen of fees at a rate under 100%; then the result gives both amounts.
fn cap_reading(fees: i64, rate: i64, cap: &Param, exempted: i64, trace: &mut Vec<TraceStep>) -> Option<Disagreement> {
    let label = Msg::new("「100万円を限度に免除」の読み方", "How the 1,000,000-yen limit is read");
    let used_text = Msg::new(
        "入力した海外コーディネート費用の全体に免除率を掛け、その免除額を100万円までとしています（費用ではなく免除額の上限、1回の移植のコーディネート全体で1回と読んでいます）",
        "The rate is applied to the whole overseas coordination charge entered, and the exempted amount is capped at 1,000,000 yen (a cap on the amount exempted, not on the charge, read as once for the whole coordination of one transplant)",
    );
    let capped_fees = fees.min(cap.value);
    let exact = crate::money::percent_of(capped_fees, rate);
    let other = EXEMPTION_ROUNDING.apply(exact).clamp(0, capped_fees);
    if other == exempted {
        trace.push(TraceStep::reading("overseas_cap", label, used_text, SRC_OVERSEAS));
        return None;
    }
    let answer = |exempted: i64| {
        Fx::new()
            .words("免除額 ", "exempted ")
            .yen(exempted)
            .words("、お支払い ", ", payable ")
            .yen(fees - exempted)
            .build()
    };
    let used = Fx::new()
        .op("min(")
        .yen(fees)
        .op(" × ")
        .pct(rate)
        .op(", ")
        .yen(cap.value)
        .op(")")
        .words("（免除額の上限）", " (a cap on the amount exempted)")
        .build();
    let alt = Fx::new()
        .pct(rate)
        .op(" × min(")
        .yen(fees)
        .op(", ")
        .yen(cap.value)
        .op(")")
        .words("（免除の対象にする費用の上限）", " (a cap on the fees the rate applies to)")
        .build();
    let answers = vec![
        Answer { reading: used, answer: answer(exempted), amount: Some(exempted), met: None, used: true },
        Answer { reading: alt, answer: answer(other), amount: Some(other), met: None, used: false },
    ];
    let d = Disagreement { key: "overseas_cap".into(), label, answers, source: SRC_OVERSEAS };
    let text = Msg::new(
        format!(
            "{} この金額では読み方によって免除額が変わります。骨髄バンク（移植調整部 国際担当）に確かめてください",
            used_text.ja
        ),
        format!(
            "{} At this amount the two readings give different exemptions: ask JMDP's international desk",
            used_text.en
        ),
    );
    trace.push(TraceStep::disagreement(&d, text));
    Some(d)
}

const SRC_OVERSEAS_BILLING: &Cite = cite!(JMDP_GUIDE, "5.(2)", page: 40, quote: "かかった費用(海外骨髄バンクコーディネート料金)は、先方バンクの料金規定に従って当法人から患者さんへ請求します");

/// Section 5(2): who bills an overseas donor's charges, and what the patient's insurer pays back.
fn overseas_billing_text() -> Msg {
    Msg::new(
        "海外ドナーの場合、海外骨髄バンクのコーディネート料金は先方バンクの料金規定に従って骨髄バンクから患者に請求されます（海外の採取施設から移植施設へ採取費用が請求されることはありません）。骨髄液等の運搬費は国内と同じく療養費払いです",
        "With an overseas donor, JMDP bills the patient the foreign bank's coordination charges under that bank's tariff (the overseas harvesting hospital never bills the transplant hospital). Transport of the marrow is reimbursed as 療養費, as within Japan",
    )
}

fn overseas_billing_step() -> TraceStep {
    TraceStep::note(
        "overseas_billing",
        Msg::new("海外ドナーの費用の請求", "Who bills an overseas donor's charges"),
        overseas_billing_text(),
        SRC_OVERSEAS_BILLING,
    )
}

fn certificates_step(docs: &[Document]) -> TraceStep {
    let ja: Vec<&str> = docs.iter().map(|d| d.ja).collect();
    let en: Vec<&str> = docs.iter().map(|d| d.en).collect();
    TraceStep::note(
        "certificates",
        Msg::new("提出する書類", "Documents to send"),
        Msg::new(ja.join(" / "), en.join(" / ")),
        SRC_CERTS,
    )
}

/// The notes under the result: not refunded, then eligibility or how to apply, then the figures
/// a category does not use.
fn notes(input: &Input, row: Row, decision_months: i64, ctx: &Ctx) -> Result<Vec<Msg>, Errors> {
    let mut notes = vec![not_refunded_note()];
    if row == Row::NotEligible {
        let limit = ctx.get(&TIER3_MAX_INCOME_TAX)?.value;
        notes.push(
            Fx::new()
                .words("一番高い方の所得税年額が", "The highest member's income tax is above ")
                .yen(limit)
                .words(
                    "を超えるため、免除基準の対象外です（世帯合計ではなく一番高い方の額で判定）",
                    ", so the household is outside the exemption table (the highest single member counts, not the household total)",
                )
                .build(),
        );
    } else {
        let decision = decision_months;
        notes.push(Msg::new(
            format!(
                "患者登録時または登録後できるだけ速やかに申請してください。審査結果は書類提出から{decision}か月ほどで通知されます。申請してもコーディネートに不利益はありません。免除率は骨髄バンクが証明書をもとに決定します（この計算は目安です）"
            ),
            format!(
                "Apply at registration or as soon as possible after it; the decision usually comes about {} after the documents arrive. Applying never affects the coordination. JMDP decides the rate from the certificates (this is an estimate)",
                crate::text::count_en(decision, "months")
            ),
        ));
    }
    if matches!(input.status, Status::Welfare | Status::ResidentTaxExempt) && !input.income_tax_yen.is_empty() {
        notes.push(Msg::new(
            "この区分では所得税年額は免除率に影響しません",
            "For this category the income tax figures do not change the rate",
        ));
    }
    if input.overseas_fees_yen > 0 {
        notes.push(overseas_billing_text());
    }
    Ok(notes)
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let (row, rate, highest) = rate_for(input.status, &input.income_tax_yen, ctx, &mut trace)?;
    let cap = ctx.get(&OVERSEAS_CAP)?;
    let decision_months = ctx.get(&DECISION_MONTHS)?.value;

    let domestic_exempted = exempt_amount(
        "domestic_exempted",
        Msg::new("国内料金の免除額", "Exempted domestic fees"),
        input.domestic_fees_yen,
        rate,
        SRC_TABLE,
        &mut trace,
    );
    let domestic_payable = input.domestic_fees_yen - domestic_exempted;
    trace.push(TraceStep::yen(
        "domestic_payable",
        Msg::new("国内料金のお支払い額", "Domestic fees payable"),
        minus(input.domestic_fees_yen, domestic_exempted),
        domestic_payable,
        SRC_TABLE,
    ));
    let overseas = overseas(input.overseas_fees_yen, rate, cap, &mut trace);
    trace.push(not_refunded_step());
    let certificates = certificates(row);
    if !certificates.is_empty() {
        trace.push(certificates_step(&certificates));
    }
    let notes = notes(input, row, decision_months, ctx)?;

    let out = Output {
        status: input.status,
        highest_income_tax_yen: highest,
        household_total_income_tax_yen: household_total(&input.income_tax_yen),
        row,
        eligible: row != Row::NotEligible,
        rate_percent: rate,
        domestic_fees_yen: input.domestic_fees_yen,
        domestic_exempted_yen: domestic_exempted,
        domestic_payable_yen: domestic_payable,
        overseas_fees_yen: input.overseas_fees_yen,
        overseas_exempted_before_cap_yen: overseas.before_cap,
        overseas_cap_yen: cap.value,
        overseas_cap_applied: overseas.cap_applied,
        overseas_exempted_yen: overseas.exempted,
        overseas_payable_yen: overseas.payable,
        certificates,
        notes,
        disagreements: overseas.disagreement.into_iter().collect(),
    };
    Ok(Evaluation::new(out, trace, ctx))
}
