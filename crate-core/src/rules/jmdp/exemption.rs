//! 患者負担金の免除 — how much of the JMDP patient fees a household is excused (seed 003,
//! section 2(6) and 参考資料2-16「患者負担金の免除について」, 2-17「患者負担金の免除申請書」,
//! 参考資料2-15 FAQ ④).
//!
//! The seed's table (免除基準):
//!
//! | 免除の対象となる方々 | 免除率 |
//! |---|---|
//! | 生活保護受給世帯 / 住民税非課税世帯 / 所得税非課税世帯 | 100% |
//! | 所得税年額 16,800円以下の世帯 | 90% |
//! | 所得税年額 42,000円以下の世帯 | 70% |
//! | 所得税年額 80,000円以下の世帯 | 50% |
//!
//! 「[※]所得税年額は世帯の合計ではなく、世帯の中で所得税年額が一番高い方が80,000円以下の場合、
//! 免除対象となります」: the figure compared is the **highest single member's** annual income tax,
//! never the household sum; above 80,000 yen there is no exemption. 「海外ドナーとのコーディネート
//! 費用については、下記の免除基準に従って100万円を限度に免除」: overseas coordination fees follow
//! the same rates, with the exempted amount capped at 1,000,000 yen.
//!
//! Readings made here (ambiguous seed text):
//! * `taxed` with every member at 0 yen income tax: nobody in the household pays income tax, which
//!   is what 所得税非課税世帯 describes, so the 100% row applies (not the 90% row, although 0 is also
//!   "≤ 16,800"). The household proves it with the same 所得課税証明書. JMDP decides the rate.
//! * Rounding: the seed names none. Its rates are whole tens of percent and every domestic fee is a
//!   multiple of 500 yen, so no fraction arises from the seed's own figures; for other amounts the
//!   exempted amount drops its yen fraction ([`EXEMPTION_ROUNDING`]) so the estimate never promises
//!   more exemption than the table gives.
//! * Dating: the 免除について page carries no date; the seed document (第5版) is dated 2023-08-01,
//!   so the table is dated from then (the application form that follows it says 2023年5月, but that
//!   dates the form, not the table).

use crate::date::{ymd, Date};
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group_decimal, yen, Direction, Rounding};
use crate::params::{Bound, Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;

/// The seed document's own date (第5版 2023年8月1日発行); the exemption page itself is undated.
const FROM: Date = ymd(2023, 8, 1);
const SRC_TABLE: &str = "seed 003 参考資料2-16「患者負担金の免除について」免除基準";
const SRC_HIGHEST: &str =
    "seed 003 参考資料2-16 [※]「所得税年額は世帯の合計ではなく、世帯の中で所得税年額が一番高い方が80,000円以下の場合、免除対象」";
const SRC_OVERSEAS: &str =
    "seed 003 参考資料2-16「海外ドナーとのコーディネート費用については…100万円を限度に免除」";
const SRC_CERTS: &str = "seed 003 参考資料2-16 ≪必要な公的機関の証明書≫, 参考資料2-17「患者負担金の免除申請書」3. 提出書類";
const SRC_NOT_REFUNDED: &str =
    "seed 003 参考資料2-16【申請にあたって】「申請前や審査結果通知前にお支払いいただいた負担金は免除されません」, 参考資料2-15 FAQ ④";
const SRC_ROUNDING: &str = "seed 003 参考資料2-16 (端数処理の定めなし: 免除額の1円未満を切り捨て)";

/// 免除額の1円未満切り捨て. The seed names no rounding (see the module note); dropping the fraction
/// of the exempted amount never promises more than the table gives.
pub const EXEMPTION_ROUNDING: Rounding = Rounding::new(
    1,
    Direction::Down,
    "免除額の1円未満切り捨て",
    "Exempted amount: fractions of a yen dropped",
    SRC_ROUNDING,
);

pub static PARAMS: &[Param] = &[
    Param::new(
        "jmdp.exemption.rate.welfare",
        100,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 生活保護受給世帯",
        "Exemption rate: household on public assistance (生活保護)",
    ),
    Param::new(
        "jmdp.exemption.rate.resident_tax_exempt",
        100,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 住民税非課税世帯",
        "Exemption rate: household exempt from resident tax",
    ),
    Param::new(
        "jmdp.exemption.rate.income_tax_exempt",
        100,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 所得税非課税世帯",
        "Exemption rate: household exempt from income tax",
    ),
    Param::new(
        "jmdp.exemption.tier1.max_income_tax",
        16_800,
        Unit::Yen,
        FROM,
        SRC_TABLE,
        "所得税年額 16,800円以下の世帯（一番高い方の額）",
        "Highest member's annual income tax at most 16,800 yen",
    )
    .bound(Bound::AtMost),
    Param::new(
        "jmdp.exemption.tier1.rate",
        90,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 所得税年額16,800円以下",
        "Exemption rate: income tax at most 16,800 yen",
    ),
    Param::new(
        "jmdp.exemption.tier2.max_income_tax",
        42_000,
        Unit::Yen,
        FROM,
        SRC_TABLE,
        "所得税年額 42,000円以下の世帯（一番高い方の額）",
        "Highest member's annual income tax at most 42,000 yen",
    )
    .bound(Bound::AtMost),
    Param::new(
        "jmdp.exemption.tier2.rate",
        70,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 所得税年額42,000円以下",
        "Exemption rate: income tax at most 42,000 yen",
    ),
    Param::new(
        "jmdp.exemption.tier3.max_income_tax",
        80_000,
        Unit::Yen,
        FROM,
        SRC_HIGHEST,
        "所得税年額 80,000円以下の世帯（一番高い方の額）",
        "Highest member's annual income tax at most 80,000 yen",
    )
    .bound(Bound::AtMost),
    Param::new(
        "jmdp.exemption.tier3.rate",
        50,
        Unit::Percent,
        FROM,
        SRC_TABLE,
        "免除率 所得税年額80,000円以下",
        "Exemption rate: income tax at most 80,000 yen",
    ),
    // Above the last row the household is not 免除対象 (「80,000円以下の場合、免除対象となります」).
    Param::new(
        "jmdp.exemption.rate.above",
        0,
        Unit::Percent,
        FROM,
        SRC_HIGHEST,
        "免除率 所得税年額80,000円超（免除対象外）",
        "Exemption rate: income tax above 80,000 yen (not eligible)",
    ),
    Param::new(
        "jmdp.exemption.overseas_cap",
        1_000_000,
        Unit::Yen,
        FROM,
        SRC_OVERSEAS,
        "海外ドナーとのコーディネート費用の免除限度額",
        "Cap on the exempted overseas coordination fees",
    )
    .bound(Bound::AtMost),
    Param::new(
        "jmdp.exemption.decision_months",
        1,
        Unit::Count,
        FROM,
        "seed 003 参考資料2-16【申請にあたって】「審査結果は書類をご提出いただいてから1ヶ月ほど」",
        "免除の審査結果通知までの目安（か月）",
        "Usual time to the exemption decision (months)",
    ),
];

/// The household's category, as the form asks for it (参考資料2-17 「2. 申請理由」 / 3. 提出書類).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 生活保護受給世帯.
    Welfare,
    /// 住民税非課税世帯.
    ResidentTaxExempt,
    /// 所得税非課税世帯.
    IncomeTaxExempt,
    /// 所得税を納めている世帯 (the 90/70/50/0% rows by the highest member's income tax).
    Taxed,
}

pub const STATUS_CHOICES: &[&str] = &[
    "welfare",
    "resident_tax_exempt",
    "income_tax_exempt",
    "taxed",
];

impl Status {
    pub fn from_choice(s: &str) -> Status {
        match s {
            "welfare" => Status::Welfare,
            "resident_tax_exempt" => Status::ResidentTaxExempt,
            "income_tax_exempt" => Status::IncomeTaxExempt,
            _ => Status::Taxed,
        }
    }
}

/// Most household members accepted (a 住民票 lists the household; 50 is far above any real one).
pub const MAX_MEMBERS: usize = 50;

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

/// Reads `status` and `income_tax_yen` (shared with `patient_overview`).
pub fn read_household(r: &mut Reader<'_>) -> (Status, Vec<i64>) {
    let status = Status::from_choice(r.choice("status", STATUS_CHOICES, None));
    let status_ok = !r.errors.iter().any(|e| e.field == r.field_name("status"));
    let raw = r.array("income_tax_yen");
    let mut taxes = Vec::with_capacity(raw.len().min(MAX_MEMBERS));
    if raw.len() > MAX_MEMBERS {
        r.error(
            "income_tax_yen",
            "too_many",
            Msg::new(
                format!("世帯員は{MAX_MEMBERS}人までです"),
                format!("At most {MAX_MEMBERS} household members"),
            ),
        );
    } else {
        for (i, v) in raw.iter().enumerate() {
            let field = r.field_name(&format!("income_tax_yen[{i}]"));
            let parsed = match v {
                Value::Number(n) => match n.as_i64() {
                    Some(x) if x < 0 => Err(FieldError::new(
                        &field,
                        "negative",
                        Msg::new(
                            "0以上の数を入力してください",
                            "Enter zero or a positive number",
                        ),
                    )),
                    _ => crate::parse::parse_int(&field, &n.to_string()),
                },
                Value::String(s) => crate::parse::parse_int(&field, s),
                _ => Err(FieldError::new(
                    &field,
                    "wrong_type",
                    Msg::new("数値を指定してください", "Expected a number"),
                )),
            };
            match parsed {
                Ok(x) => taxes.push(x),
                Err(e) => r.errors.push(e),
            }
        }
    }
    if status_ok && status == Status::Taxed && raw.is_empty() {
        r.error(
            "income_tax_yen",
            "required",
            Msg::new(
                "所得税を納めている世帯は、世帯全員の所得税年額を入力してください（1人1つ）",
                "For a taxed household, enter each household member's annual income tax (one per member)",
            ),
        );
    }
    if status_ok && status == Status::IncomeTaxExempt && taxes.iter().any(|t| *t > 0) {
        r.error(
            "income_tax_yen",
            "inconsistent",
            Msg::new(
                "所得税非課税世帯に所得税を納めている方がいます。status を taxed にしてください",
                "An income-tax-exempt household cannot have a member paying income tax; use status taxed",
            ),
        );
    }
    (status, taxes)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let (status, income_tax_yen) = read_household(&mut r);
    let domestic_fees_yen = r.int("domestic_fees_yen", Some(0));
    let overseas_fees_yen = r.int("overseas_fees_yen", Some(0));
    r.finish(Input {
        status,
        income_tax_yen,
        domestic_fees_yen,
        overseas_fees_yen,
    })
}

/// Which row of the table applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    Welfare,
    ResidentTaxExempt,
    IncomeTaxExempt,
    /// 所得税年額 ≤ 16,800.
    Tier1,
    /// ≤ 42,000.
    Tier2,
    /// ≤ 80,000.
    Tier3,
    /// Above 80,000: not eligible.
    NotEligible,
}

/// A document the household sends with the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub ja: &'static str,
    pub en: &'static str,
    /// <必須> (true) or <任意> (false).
    pub required: bool,
    /// 取得できる場所.
    pub where_ja: &'static str,
    pub where_en: &'static str,
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
}

/// The rate for a household, with the trace steps that explain it (shared with `patient_overview`).
pub fn rate_for(
    status: Status,
    taxes: &[i64],
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<(Row, i64, Option<i64>), Errors> {
    let p = |id: &str| ctx.param(id).map_err(|e| vec![e]);
    let highest = taxes.iter().copied().max();
    let total: i64 = taxes.iter().fold(0i64, |a, t| a.saturating_add(*t));
    if let Some(h) = highest {
        trace.push(TraceStep::yen(
            "highest_income_tax",
            Msg::new(
                "世帯で一番高い方の所得税年額",
                "Highest single member's annual income tax",
            ),
            format!(
                "max({}) = {}（世帯合計 {} は使いません）",
                taxes.iter().map(|t| yen(*t)).collect::<Vec<_>>().join(", "),
                yen(h),
                yen(total)
            ),
            h,
            SRC_HIGHEST,
        ));
    }
    let h = highest.unwrap_or(0);
    let (row, param, why) = match status {
        Status::Welfare => (
            Row::Welfare,
            p("jmdp.exemption.rate.welfare")?,
            "生活保護受給世帯".to_string(),
        ),
        Status::ResidentTaxExempt => (
            Row::ResidentTaxExempt,
            p("jmdp.exemption.rate.resident_tax_exempt")?,
            "住民税非課税世帯".to_string(),
        ),
        Status::IncomeTaxExempt => (
            Row::IncomeTaxExempt,
            p("jmdp.exemption.rate.income_tax_exempt")?,
            "所得税非課税世帯".to_string(),
        ),
        Status::Taxed => {
            let t1 = p("jmdp.exemption.tier1.max_income_tax")?;
            let t2 = p("jmdp.exemption.tier2.max_income_tax")?;
            let t3 = p("jmdp.exemption.tier3.max_income_tax")?;
            if h == 0 {
                // Reading (module note): nobody pays income tax → 所得税非課税世帯, 100%.
                trace.push(TraceStep::note(
                    "zero_tax_reading",
                    Msg::new(
                        "全員の所得税年額が0円 → 所得税非課税世帯として扱います",
                        "Every member's income tax is 0 → treated as an income-tax-exempt household",
                    ),
                    format!(
                        "所得税を納めている方がいないため、免除基準の「所得税非課税世帯」を当てはめます（0円は{}以下でもありますが、より有利な行）。最終的な免除率は骨髄バンクが証明書から決定します",
                        yen(t1.value)
                    ),
                    SRC_TABLE,
                ));
                (
                    Row::IncomeTaxExempt,
                    p("jmdp.exemption.rate.income_tax_exempt")?,
                    "所得税年額 0円（所得税非課税世帯）".to_string(),
                )
            } else if t1.bound.holds(h, t1.value) {
                (
                    Row::Tier1,
                    p("jmdp.exemption.tier1.rate")?,
                    format!("{} ≤ {}", yen(h), yen(t1.value)),
                )
            } else if t2.bound.holds(h, t2.value) {
                (
                    Row::Tier2,
                    p("jmdp.exemption.tier2.rate")?,
                    format!("{} < {} ≤ {}", yen(t1.value), yen(h), yen(t2.value)),
                )
            } else if t3.bound.holds(h, t3.value) {
                (
                    Row::Tier3,
                    p("jmdp.exemption.tier3.rate")?,
                    format!("{} < {} ≤ {}", yen(t2.value), yen(h), yen(t3.value)),
                )
            } else {
                (
                    Row::NotEligible,
                    p("jmdp.exemption.rate.above")?,
                    format!("{} > {}（免除対象外）", yen(h), yen(t3.value)),
                )
            }
        }
    };
    trace.push(TraceStep::new(
        "rate",
        Msg::new("免除率", "Exemption rate"),
        format!("{why} → {}%", param.value),
        Some(param.value),
        Unit::Percent,
        param.source,
    ));
    Ok((row, param.value, highest))
}

/// `amount × rate%`, exact, then [`EXEMPTION_ROUNDING`]; two trace steps (`{key}_exact`, `{key}`).
pub fn exempt_amount(
    key: &str,
    label: Msg,
    amount: i64,
    rate_percent: i64,
    source: &str,
    trace: &mut Vec<TraceStep>,
) -> i64 {
    let exact = Decimal::from(amount) * Decimal::from(rate_percent) / Decimal::from(100);
    trace.push(TraceStep::new(
        format!("{key}_exact"),
        label.clone(),
        format!(
            "{} × {}% = {}円",
            yen(amount),
            rate_percent,
            group_decimal(exact)
        ),
        None,
        Unit::Yen,
        source,
    ));
    let rounded = EXEMPTION_ROUNDING.apply(exact).clamp(0, amount);
    trace.push(TraceStep::yen(
        key,
        EXEMPTION_ROUNDING.describe(),
        format!("{}円 → {}", group_decimal(exact), yen(rounded)),
        rounded,
        EXEMPTION_ROUNDING.source,
    ));
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
    let m = not_refunded_note();
    TraceStep::note(
        "paid_before_decision_not_refunded",
        Msg::new(
            "決定前の支払いは返金されません",
            "Payments made before the decision are not refunded",
        ),
        m.ja,
        SRC_NOT_REFUNDED,
    )
}

const RESIDENT_CARD: Document = Document {
    ja: "世帯全員の住民票（「世帯全員」と記載されたもの。単身世帯でも世帯全員のもの）",
    en: "Residence certificate (住民票) of the whole household, marked 「世帯全員」 (even for a one-person household)",
    required: true,
    where_ja: "市区町村",
    where_en: "City office",
};

/// The documents for a category (参考資料2-16 ≪必要な公的機関の証明書≫; the form itself, 2-17).
pub fn certificates(row: Row) -> Vec<Document> {
    let form = Document {
        ja: "患者負担金の免除申請書（骨髄バンクのホームページからダウンロード可）",
        en: "The fee exemption application form (患者負担金の免除申請書, downloadable from JMDP's site)",
        required: true,
        where_ja: "日本骨髄バンク",
        where_en: "JMDP",
    };
    match row {
        Row::NotEligible => Vec::new(),
        Row::Welfare => vec![
            form,
            RESIDENT_CARD,
            Document {
                ja: "生活保護受給証明書（住民票に記載のある方全員が受給していることを証明するもの）",
                en: "Certificate of public assistance (生活保護受給証明書) covering everyone on the 住民票",
                required: true,
                where_ja: "福祉事務所・都道府県",
                where_en: "Welfare office / prefecture",
            },
        ],
        _ => vec![
            form,
            RESIDENT_CARD,
            Document {
                ja: "住民票に記載のある方全員の所得課税証明書（所得・控除・税額の内訳が記載されたもの。住民税非課税の方は非課税証明書でも可。所得のない扶養家族は不要だが、扶養控除の内容が分かる所得課税証明書を）",
                en: "Income and tax certificate (所得課税証明書) for everyone on the 住民票, showing income, deductions and tax (a non-taxation certificate is fine for those exempt from resident tax; dependants without income need none, but the earner's certificate must show the dependant deductions)",
                required: true,
                where_ja: "市区町村",
                where_en: "City office",
            },
            Document {
                ja: "源泉徴収票（コピー）— 会社勤めで住宅ローン控除を受けている方",
                en: "Withholding slip (源泉徴収票, copy) — employees receiving the housing-loan tax credit",
                required: false,
                where_ja: "勤務先",
                where_en: "Employer",
            },
            Document {
                ja: "確定申告書控（コピー）— 自営業等で確定申告している方、住宅ローン控除を受ける方（初回）",
                en: "Copy of the tax return (確定申告書控) — the self-employed who file a return, and the first year of the housing-loan tax credit",
                required: false,
                where_ja: "ご自身の控え",
                where_en: "Your own copy",
            },
        ],
    }
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let (row, rate, highest) = rate_for(input.status, &input.income_tax_yen, ctx, &mut trace)?;
    let cap_p = ctx
        .param("jmdp.exemption.overseas_cap")
        .map_err(|e| vec![e])?;
    let decision = ctx
        .value("jmdp.exemption.decision_months")
        .map_err(|e| vec![e])?;

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
        format!(
            "{} − {} = {}",
            yen(input.domestic_fees_yen),
            yen(domestic_exempted),
            yen(domestic_payable)
        ),
        domestic_payable,
        SRC_TABLE,
    ));

    let overseas_before_cap = exempt_amount(
        "overseas_exempted_before_cap",
        Msg::new(
            "海外コーディネート費用の免除額（上限前）",
            "Exempted overseas fees (before the cap)",
        ),
        input.overseas_fees_yen,
        rate,
        SRC_OVERSEAS,
        &mut trace,
    );
    // 「100万円を限度に免除」: the exempted amount is at most the cap (以下).
    let cap_applied = !cap_p.bound.holds(overseas_before_cap, cap_p.value);
    let overseas_exempted = if cap_applied {
        cap_p.value
    } else {
        overseas_before_cap
    };
    trace.push(TraceStep::yen(
        "overseas_exempted",
        Msg::new(
            "海外コーディネート費用の免除額（100万円限度）",
            "Exempted overseas fees (capped at 1,000,000 yen)",
        ),
        format!(
            "min({}, {}) = {}",
            yen(overseas_before_cap),
            yen(cap_p.value),
            yen(overseas_exempted)
        ),
        overseas_exempted,
        cap_p.source,
    ));
    let overseas_payable = input.overseas_fees_yen - overseas_exempted;
    trace.push(TraceStep::yen(
        "overseas_payable",
        Msg::new(
            "海外コーディネート費用のお支払い額",
            "Overseas fees payable",
        ),
        format!(
            "{} − {} = {}",
            yen(input.overseas_fees_yen),
            yen(overseas_exempted),
            yen(overseas_payable)
        ),
        overseas_payable,
        SRC_OVERSEAS,
    ));
    trace.push(not_refunded_step());
    let certificates = certificates(row);
    if !certificates.is_empty() {
        trace.push(TraceStep::note(
            "certificates",
            Msg::new("提出する書類", "Documents to send"),
            certificates
                .iter()
                .map(|d| d.ja)
                .collect::<Vec<_>>()
                .join(" / "),
            SRC_CERTS,
        ));
    }

    let mut notes = vec![not_refunded_note()];
    if row == Row::NotEligible {
        let limit = ctx
            .value("jmdp.exemption.tier3.max_income_tax")
            .map_err(|e| vec![e])?;
        notes.push(Msg::new(
            format!(
                "一番高い方の所得税年額が{}を超えるため、免除基準の対象外です（世帯合計ではなく一番高い方の額で判定）",
                yen(limit)
            ),
            format!(
                "The highest member's income tax is above {} yen, so the household is outside the exemption table (the highest single member counts, not the household total)",
                crate::money::group(limit)
            ),
        ));
    } else {
        notes.push(Msg::new(
            format!(
                "患者登録時または登録後できるだけ速やかに申請してください。審査結果は書類提出から{decision}か月ほどで通知されます。申請してもコーディネートに不利益はありません。免除率は骨髄バンクが証明書をもとに決定します（この計算は目安です）"
            ),
            format!(
                "Apply at registration or as soon as possible after it; the decision usually comes about {decision} month(s) after the documents arrive. Applying never affects the coordination. JMDP decides the rate from the certificates (this is an estimate)"
            ),
        ));
    }
    if matches!(input.status, Status::Welfare | Status::ResidentTaxExempt)
        && !input.income_tax_yen.is_empty()
    {
        notes.push(Msg::new(
            "この区分では所得税年額は免除率に影響しません",
            "For this category the income tax figures do not change the rate",
        ));
    }

    let out = Output {
        status: input.status,
        highest_income_tax_yen: highest,
        household_total_income_tax_yen: input
            .income_tax_yen
            .iter()
            .fold(0i64, |a, t| a.saturating_add(*t)),
        row,
        eligible: row != Row::NotEligible,
        rate_percent: rate,
        domestic_fees_yen: input.domestic_fees_yen,
        domestic_exempted_yen: domestic_exempted,
        domestic_payable_yen: domestic_payable,
        overseas_fees_yen: input.overseas_fees_yen,
        overseas_exempted_before_cap_yen: overseas_before_cap,
        overseas_cap_yen: cap_p.value,
        overseas_cap_applied: cap_applied,
        overseas_exempted_yen: overseas_exempted,
        overseas_payable_yen: overseas_payable,
        certificates,
        notes,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

crate::calculator::calculator!("jmdp_exemption", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

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
    fn highest_member_counts_not_the_sum() {
        // 40,000 + 40,000 = 80,000 in total, but the highest member pays 40,000 → 70%, not 50%.
        let o = run(
            json!({"status": "taxed", "income_tax_yen": [40000, 40000], "domestic_fees_yen": 147000}),
        );
        assert_eq!(o.highest_income_tax_yen, Some(40_000));
        assert_eq!(o.household_total_income_tax_yen, 80_000);
        assert_eq!(o.rate_percent, 70);
        assert_eq!(o.domestic_exempted_yen, 102_900);
        assert_eq!(o.domestic_payable_yen, 44_100);
    }

    #[test]
    fn every_boundary_both_sides() {
        for (tax, rate) in [
            (1, 90),
            (16_800, 90),
            (16_801, 70),
            (42_000, 70),
            (42_001, 50),
            (80_000, 50),
            (80_001, 0),
            (0, 100),
        ] {
            let o = run(json!({"status": "taxed", "income_tax_yen": [tax]}));
            assert_eq!(o.rate_percent, rate, "tax {tax}");
        }
    }

    #[test]
    fn overseas_cap() {
        let o = run(json!({"status": "welfare", "overseas_fees_yen": 3_000_000}));
        assert_eq!(o.overseas_exempted_before_cap_yen, 3_000_000);
        assert_eq!(o.overseas_exempted_yen, 1_000_000);
        assert_eq!(o.overseas_payable_yen, 2_000_000);
        assert!(o.overseas_cap_applied);
        let o = run(
            json!({"status": "taxed", "income_tax_yen": [30000], "overseas_fees_yen": 1_428_571}),
        );
        // 1,428,571 × 70% = 999,999.7 → 999,999 (truncated), under the cap.
        assert_eq!(o.overseas_exempted_yen, 999_999);
        assert!(!o.overseas_cap_applied);
    }

    #[test]
    fn errors() {
        let e = parse(&json!({"status": "rich"})).unwrap_err();
        assert_eq!(e[0].code, "invalid_choice");
        let e = parse(&json!({"status": "taxed"})).unwrap_err();
        assert_eq!(
            (e[0].field.as_str(), e[0].code.as_str()),
            ("income_tax_yen", "required")
        );
        let e = parse(&json!({"status": "taxed", "income_tax_yen": [1, -5, "x"]})).unwrap_err();
        assert_eq!(e[0].field, "income_tax_yen[1]");
        assert_eq!(e[1].field, "income_tax_yen[2]");
        let e = parse(&json!({"status": "income_tax_exempt", "income_tax_yen": [5]})).unwrap_err();
        assert_eq!(e[0].code, "inconsistent");
    }
}
