//! The answer and its explanation: the assessment on the application date as steps (rule
//! version, period, each record, caps, total, requirements), the fee and the plan.

use super::assess::{assess, Assessed, CapNote, RecordOut, YearOut};
use super::input::{Input, ALL_KINDS};
use super::params::*;
use super::plan::{plan, Plan};
use super::rules::{load_rules, RuleVersion, Rules};
use super::schema::{Kind, Mode};
use crate::calculator::Evaluation;
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg, Text};
use crate::params::{Ctx, Param, Unit};
use crate::rules::requirement::Requirement;
use crate::sources::{cite, Cite, CIVIL_CODE};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindTotal {
    pub kind: Kind,
    pub label: Msg,
    pub credits: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Output {
    pub mode: Mode,
    pub rule_version: RuleVersion,
    pub rule_version_label: Msg,
    pub application_date: Date,
    pub certified_date: Option<Date>,
    /// Renewal: the last day of the current certification (certified_date + 3 years − 1 day).
    pub expiry_date: Option<Date>,
    pub eligible: bool,
    pub total_credits: i64,
    pub required_credits: i64,
    pub shortfall: i64,
    pub first_credit_date: Option<Date>,
    pub window_start: Option<Date>,
    pub window_end: Option<Date>,
    pub window_rule: Msg,
    pub latest_date_for_missing: Option<Date>,
    pub records: Vec<RecordOut>,
    pub years: Vec<YearOut>,
    pub requirements: Vec<Requirement>,
    pub caps_applied: Vec<CapNote>,
    pub by_kind: Vec<KindTotal>,
    /// The fee due for the mode (認定 / 更新), by the application date; null when no confirmed figure.
    pub fee_yen: Option<i64>,
    pub fee_base_yen: Option<i64>,
    pub fee_tax_yen: Option<i64>,
    pub fee_label: Msg,
    pub fee_note: Option<Msg>,
    /// 再交付手数料 (for information), by the application date.
    pub reissue_fee_yen: Option<i64>,
    pub plan: Plan,
    /// What the applicant should know or do beyond the figures (the online system, an extension).
    pub notes: Vec<Msg>,
}

/// `4単位` / `4 credits` (`1 credit`).
fn credits(f: Fx, n: i64) -> Fx {
    f.qty(n, if n == 1 { Text::new("単位", "credit") } else { Text::new("単位", "credits") })
}

/// The version applied and why: the one in force on the application date (not on `as_of`).
fn version_label(v: RuleVersion, app: Date) -> Msg {
    let (ja, en) = match v {
        RuleVersion::Guidelines2017 => (
            "実施要領（平成29年4月1日施行版）: 研修期間は最初の単位取得日から起算",
            "Guidelines in force from 2017-04-01: the period counts from the first credit",
        ),
        RuleVersion::Online2022 => (
            "2022年4月1日以降（オンライン管理）: 研修期間は申請日から遡って4年間",
            "From 2022-04-01 (online records): the period is the 4 years before the application",
        ),
    };
    Msg::new(
        format!("申請日 {app} に有効な版 — {ja}"),
        format!("The version in force on the application date {app} — {en}"),
    )
}

fn window_rule(rules: &Rules) -> Msg {
    let w = rules.window_years.value;
    match (rules.mode, rules.version) {
        (Mode::Initial, RuleVersion::Guidelines2017) => Msg::new(
            format!("最初に単位を取得した日から起算して{w}年間（起算日 + {w}年 − 1日まで）"),
            format!("{w} years from the first credit (to first credit + {w} years − 1 day)"),
        ),
        (Mode::Initial, RuleVersion::Online2022) => Msg::new(
            format!("申請日から遡って{w}年間（申請日 − {w}年 + 1日 〜 申請日）"),
            format!("The {w} years before the application (application − {w} years + 1 day to the application)"),
        ),
        (Mode::Renewal, _) => Msg::new(
            format!("認定日の翌日から{w}年間の有効期間の末日まで（認定日以前の単位は充当しない）"),
            format!("From the day after the certification to the end of its {w}-year validity (earlier credits do not carry over)"),
        ),
    }
}

/// The rule version, the period and its years.
fn period_steps(ctx: &Ctx, rules: &Rules, a: &Assessed, version: &Msg, window: &Msg, trace: &mut Vec<TraceStep>) {
    let source = rules.window_years.source;
    // The application date picks the version, whatever the reference date (16(1) dates the fee
    // the same way); said when the two would pick differently.
    let mut formula = Fx::new().msg(version);
    if super::rules::version_on(ctx, ctx.as_of).is_some_and(|v| v != rules.version) {
        formula = formula.words(
            &format!("（基準日 {} の版ではなく、申請日の版で判定）", ctx.as_of),
            &format!(" (the application date's version, not the one in force on the reference date {})", ctx.as_of),
        );
    }
    trace.push(TraceStep::note("rule_version", Msg::new("適用する規則", "Rule version"), formula, source));
    let formula = match (a.window_start, a.window_end) {
        (Some(s), Some(e)) => {
            Fx::new().words(&format!("{s} 〜 {e}（"), &format!("{s} to {e} (")).msg(window).words("）", ")")
        }
        _ => Fx::new().words(
            "最初の単位がまだありません（研修期間は最初の単位取得日から始まります）",
            "No first credit yet (the period starts on the day of the first credit)",
        ),
    };
    trace.push(TraceStep::note("window", Msg::new("研修期間", "Training period"), formula, source));
    if a.years.is_empty() {
        return;
    }
    let mut grid = Fx::new();
    for (k, y) in a.years.iter().enumerate() {
        if k > 0 {
            grid = grid.op(" / ");
        }
        grid = grid.words(
            &format!("{}年目 {}〜{}", y.index, y.start, y.end),
            &format!("Year {} {} to {}", y.index, y.start, y.end),
        );
        if !y.applies {
            grid = grid.words("（申請日時点で未到来）", " (not yet begun on the application date)");
        }
    }
    trace.push(TraceStep::note(
        "years",
        Msg::new(
            "年ごとの区切り（2月29日起算は翌年2月末日まで）",
            "Years of the period (a 29 Feb start ends on the last day of February)",
        ),
        grid,
        cite!(CIVIL_CODE, "第143条"),
    ));
}

/// Where the rule of a counted record comes from.
fn record_source(r: &RecordOut) -> &'static Cite {
    if let Some(reason) = r.reason {
        return reason.source();
    }
    match r.treated_as.unwrap_or(r.kind) {
        Kind::Collective => SRC_COLLECTIVE,
        Kind::Practical => SRC_PRACTICAL,
        Kind::Group | Kind::SelfStudy if r.kind == Kind::Correspondence => SRC_LIMIT_U,
        Kind::Group => SRC_GROUP,
        Kind::Correspondence => SRC_CORRESPONDENCE,
        Kind::SpecialCourse => SRC_SPECIAL,
        Kind::Internet => SRC_INTERNET,
        Kind::SelfStudy => SRC_SELF,
    }
}

/// One record: its rule, its raw credits, each cap, the lecturer's credit and what counts.
fn record_step(r: &RecordOut) -> TraceStep {
    let date = r.date.to_string();
    let formula = if let Some(reason) = r.reason {
        Fx::new()
            .op(&format!("{date} "))
            .words(r.kind.ja(), r.kind.en())
            .words(": 算入しない — ", ": not counted — ")
            .msg(&reason.msg())
    } else {
        let mut f = credits(Fx::new().op(&format!("{date} ")).msg(&r.rule).op(" → "), r.credits_raw);
        for c in &r.caps {
            f = credits(f.words(" → 上限 ", " → cap "), c.after).words("（", " (").msg(&c.label).words("）", ")");
        }
        if r.lecturer_bonus > 0 {
            f = credits(f.words(" + 講師 ", " + lecturer "), r.lecturer_bonus);
        }
        credits(f.op(" = "), r.credits_counted)
    };
    let n = r.index + 1;
    let label = Msg::new(
        format!("記録{n}: {}", r.title.clone().unwrap_or_else(|| r.kind.ja().to_string())),
        format!("Record {n}: {}", r.title.clone().unwrap_or_else(|| r.kind.en().to_string())),
    );
    TraceStep::new(
        format!("record_{}", r.index),
        label,
        formula,
        Some(r.credits_counted),
        Unit::Credits,
        record_source(r),
    )
}

/// One cap that lowered a record: where (record, day, year), before → after, the limit.
fn cap_step(c: &CapNote) -> TraceStep {
    let mut f = Fx::new();
    if let Some(i) = c.record {
        f = f.words(&format!("記録{} ", i + 1), &format!("Record {}", i + 1));
    }
    if let Some(d) = c.date {
        f = f.words(&format!("{d} "), &format!(" {d}"));
    }
    if let Some(y) = c.year {
        f = f.words(&format!("{y}年目"), &format!(" year {y}"));
    }
    let f = credits(credits(f.op(": "), c.before).op(" → "), c.after);
    let f = credits(f.words("（上限 ", " (cap "), c.limit).words("）", ")");
    let key = format!("cap_{}", c.id.trim_start_matches("pharmacist."));
    TraceStep::new(key, c.label.clone(), f, Some(c.after), Unit::Credits, c.source)
}

/// The credits counted per kind (a 2nd or later 通信講座 under the kind it is counted as).
fn by_kind(records: &[RecordOut]) -> Vec<KindTotal> {
    ALL_KINDS
        .iter()
        .map(|&k| KindTotal {
            kind: k,
            label: Msg::new(k.ja(), k.en()),
            credits: records
                .iter()
                .filter(|r| r.counted && r.treated_as.unwrap_or(r.kind) == k)
                .map(|r| r.credits_counted)
                .sum(),
        })
        .collect()
}

fn total_step(kinds: &[KindTotal], total: i64, rules: &Rules) -> TraceStep {
    let mut f = Fx::new();
    for (n, k) in kinds.iter().filter(|k| k.credits > 0).enumerate() {
        if n > 0 {
            f = f.op(" + ");
        }
        f = credits(f.msg(&k.label).op(" "), k.credits);
    }
    let f = if kinds.iter().any(|k| k.credits > 0) { credits(f.op(" = "), total) } else { credits(f, 0) };
    TraceStep::new(
        "total",
        Msg::new("算入する単位の合計", "Credits counted"),
        f,
        Some(total),
        Unit::Credits,
        rules.required.source,
    )
}

fn requirement_step(req: &Requirement) -> TraceStep {
    let f = Fx::new().op(&format!("{} / {}", req.reached, req.required));
    let f =
        if req.met { f.words(" → 満たす", " → met") } else { f.words(" → 満たさない", " → not met") };
    TraceStep::note(format!("requirement_{}", req.id), req.label.clone(), f, req.article)
}

/// The fee of the mode by the application date (16(1): "平成26年4月1日以降受付").
struct Fee {
    fee: Option<&'static Param>,
    base: Option<&'static Param>,
    tax: Option<&'static Param>,
    reissue: Option<i64>,
    label: Msg,
    note: Option<Msg>,
}

fn fee(ctx: &Ctx, mode: Mode, app: Date, trace: &mut Vec<TraceStep>) -> Fee {
    let (rows, name) = match mode {
        Mode::Initial => {
            ([&FEE_INITIAL, &FEE_INITIAL_BASE, &FEE_INITIAL_TAX], Text::new("認定の手数料", "Certification fee"))
        }
        Mode::Renewal => {
            ([&FEE_RENEWAL, &FEE_RENEWAL_BASE, &FEE_RENEWAL_TAX], Text::new("更新の手数料", "Renewal fee"))
        }
    };
    let [fee, base, tax] = rows.map(|row| ctx.get_on(row, app).ok());
    // For information only: not listed among the rules used.
    let reissue = ctx.find(FEE_REISSUE.id, app).ok().map(|p| p.value);
    let note = fee.is_none().then(|| {
        Msg::new(
            format!(
                "申請日 {app} に適用される手数料は実施要領（消費税8%時代: 2014-04-01〜2019-09-30 受付）にありません。2019-10-01以降は消費税10%で改定されています（金額未確認）。研修センターでご確認ください"
            ),
            format!(
                "The guidelines' fees apply to applications received 2014-04-01 to 2019-09-30 (8% tax); from 2019-10-01 they were revised with the 10% tax (amount not confirmed). Check with the center for {app}"
            ),
        )
    });
    if let Some(note) = &note {
        trace.push(TraceStep::note("fee", name, note.clone(), SRC_FEE));
    }
    if let (Some(f), Some(b), Some(t)) = (fee, base, tax) {
        let formula = Fx::new()
            .words("本体 ", "")
            .yen(b.value)
            .words(" + 消費税 ", " before tax + ")
            .yen(t.value)
            .words(" = ", " tax = ")
            .yen(f.value);
        trace.push(TraceStep::yen("fee", Msg::new(f.label_ja, f.label_en), formula, f.value, f.source));
    }
    let label = if fee.is_some() {
        Msg::new(
            format!("{}（消費税8%時代の額、2014-04-01〜2019-09-30 受付）", name.ja),
            format!("{} (8% consumption tax era, received 2014-04-01 to 2019-09-30)", name.en),
        )
    } else {
        Msg::new(format!("{}（金額未確認）", name.ja), format!("{} (amount not confirmed)", name.en))
    };
    Fee { fee, base, tax, reissue, label, note }
}

/// A note: shown with the verdict and as a step of the explanation.
fn note(key: &str, m: Msg, source: &'static Cite, notes: &mut Vec<Msg>, trace: &mut Vec<TraceStep>) {
    trace.push(TraceStep::remark(format!("note.{key}"), m.clone(), source));
    notes.push(m);
}

/// The online system's rules the figures cannot show (FACTS: not retroactive, the certification
/// starts when the review ends), the extension for special reasons (5(5)), and the readings the
/// records made.
fn notes(input: &Input, rules: &Rules, trace: &mut Vec<TraceStep>) -> Vec<Msg> {
    let mut notes = Vec::new();
    if input.special_reason {
        note(
            "extension",
            Msg::new(
                "病気・出産などの特別な事由で所定の単位を取得できない場合は、研修期間の延長が認められます（実施要領5(5)）。どの事由が当たるか、延長の長さは実施細則で定められていてこの資料にはないため、この計算には延長を入れていません。研修期間の内に研修センターに延長を申請してください。延長期間は毎年5単位の要件から除かれます（5(3)）",
                "Illness, childbirth or another special reason that kept you from earning the credits allows an extension of the period (実施要領 5(5)). Which reasons qualify and how long the extension is are set in the detailed rules, not in these guidelines, so no extension is computed here: apply to the center for one within the period. The extension is exempt from the 5-credits-a-year rule (5(3))",
            ),
            SRC_EXTENSION,
            &mut notes,
            trace,
        );
    }
    if rules.version == RuleVersion::Online2022 {
        note(
            "online_not_retroactive",
            Msg::new(
                "2022年4月1日から研修の記録はセンターのオンラインシステム（PECS）で管理されます。システムに登録する前に取得した単位は遡って加算されないため、登録前の記録が数えられるかは研修センターで確認してください",
                "Since 1 Apr 2022 training records are kept in the center's online system (PECS). Credits earned before you registered in it are not added retroactively: check with the center whether records from before your registration count",
            ),
            SRC_NOT_RETROACTIVE,
            &mut notes,
            trace,
        );
        let (ja, en) = match rules.mode {
            Mode::Initial => (
                "認定は審査が終わった日から始まります（申請日や希望した日ではありません）。次の更新の3年間と1年ごとの区切りは、その認定期間の初日から数えます",
                "The certification starts on the day the review ends (not the application date or a chosen date); the next renewal's 3 years and its yearly boundaries count from that first day",
            ),
            Mode::Renewal => (
                "更新の3年間と1年ごとの区切りは認定期間の初日から数えます。更新の申請は有効期限の2か月前から3か月後まで受け付けられ、新しい認定は審査が終わった日から始まります",
                "A renewal's 3 years and yearly boundaries count from the first day of the certification period; renewals are taken from 2 months before to 3 months after expiry, and the new certification starts when the review ends",
            ),
        };
        note("online_certification_start", Msg::new(ja, en), SRC_REVIEW_START, &mut notes, trace);
    }
    if rules.mode == Mode::Renewal && rules.certified_online {
        trace.push(TraceStep::reading(
            "pharmacist.period_first_day",
            Msg::new("認定期間の初日の単位", "Credits on the period's first day"),
            Msg::new(
                "2022年4月以降の認定では認定日（審査が終わった日）が認定期間の初日なので、その日の単位を更新に数えています。それより前の認定では、認定日＝申請日以前の単位は充当しない（実施要領10(1)）として、その日の単位を数えません",
                "For a certification from April 2022 the certification date (the day the review ended) is the period's first day, so that day's credits count for the renewal; for earlier ones the certification date was the application date, and credits on or before it do not carry over (実施要領 10(1))",
            ),
            SRC_REVIEW_START,
        ));
    }
    if input.records.iter().any(|r| r.claimed_on.is_some()) {
        trace.push(TraceStep::reading(
            "pharmacist.claim_month",
            Msg::new("「終了後、1か月以内」の数え方", "Counting \"within 1 month of its end\""),
            Msg::new(
                "学会等の最終日の翌日から数えて1か月、つまり翌月の同じ日まで（その日がなければ月末まで）に請求したものを期限内としています（民法第140条・第143条）。それより後の請求の記録は単位を0としています",
                "Counted from the day after the meeting's last day: a claim by the same day of the next month (or that month's last day when it has none) is in time (Civil Code arts. 140, 143); a later claim earns no credits",
            ),
            SRC_CLAIM,
        ));
    }
    notes
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let rules = load_rules(input, ctx)?;
    let app = input.application_date;
    let a = assess(input, &rules, app, true);
    let mut trace = Vec::new();

    let version = version_label(rules.version, app);
    let window = window_rule(&rules);
    period_steps(ctx, &rules, &a, &version, &window, &mut trace);
    trace.extend(a.records.iter().map(record_step));
    trace.push(TraceStep::note(
        "truncation",
        CREDIT_TRUNCATION.describe(),
        Msg::new(
            "時間から計算した単位は記録ごと（グループ・自己研修は積算した時間ごと）に1単位未満を切り捨て",
            "Credits from minutes drop fractions per record (for group training and self-study, per pool of summed time)",
        ),
        CREDIT_TRUNCATION.source,
    ));
    trace.extend(a.caps.iter().map(cap_step));
    let by_kind = by_kind(&a.records);
    trace.push(total_step(&by_kind, a.total, &rules));
    let required = rules.required.value;
    let shortfall = (required - a.total).max(0);
    trace.extend(a.requirements.iter().map(requirement_step));
    let fee = fee(ctx, input.mode, app, &mut trace);
    let plan = plan(input, &rules, ctx, &a, shortfall, &mut trace);
    let notes = notes(input, &rules, &mut trace);
    super::readings::readings(input, &rules, &a, &mut trace);

    let output = Output {
        mode: input.mode,
        rule_version: rules.version,
        rule_version_label: version,
        application_date: app,
        certified_date: if input.mode == Mode::Renewal { input.certified_date } else { None },
        expiry_date: a.expiry,
        eligible: a.eligible,
        total_credits: a.total,
        required_credits: required,
        shortfall,
        first_credit_date: a.first_credit,
        window_start: a.window_start,
        window_end: a.window_end,
        window_rule: window,
        latest_date_for_missing: plan.latest_date_for_missing,
        records: a.records,
        years: a.years,
        requirements: a.requirements,
        caps_applied: a.caps,
        by_kind,
        fee_yen: fee.fee.map(|p| p.value),
        fee_base_yen: fee.base.map(|p| p.value),
        fee_tax_yen: fee.tax.map(|p| p.value),
        fee_label: fee.label,
        fee_note: fee.note,
        reissue_fee_yen: fee.reissue,
        plan,
        notes,
    };
    Ok(Evaluation::new(output, trace, ctx))
}
