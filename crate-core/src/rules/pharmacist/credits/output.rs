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
}

/// `4単位` / `4 credits` (`1 credit`).
fn credits(f: Fx, n: i64) -> Fx {
    f.qty(n, if n == 1 { Text::new("単位", "credit") } else { Text::new("単位", "credits") })
}

fn version_label(v: RuleVersion) -> Msg {
    match v {
        RuleVersion::Seed2017 => Msg::new(
            "実施要領（平成29年4月1日施行版）: 研修期間は最初の単位取得日から起算",
            "Guidelines in force from 2017-04-01: the period counts from the first credit",
        ),
        RuleVersion::Online2022 => Msg::new(
            "2022年4月1日以降（オンライン管理）: 研修期間は申請日から遡って4年間",
            "From 2022-04-01 (online records): the period is the 4 years before the application",
        ),
    }
}

fn window_rule(rules: &Rules) -> Msg {
    let w = rules.window_years.value;
    match (rules.mode, rules.version) {
        (Mode::Initial, RuleVersion::Seed2017) => Msg::new(
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
    let formula = Fx::new().words("基準日 ", "As of ").op(&ctx.as_of.to_string()).op(" → ").msg(version);
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
    let label = Msg::new(
        format!("{}（消費税8%時代の額、2014-04-01〜2019-09-30 受付）", name.ja),
        format!("{} (8% consumption tax era, received 2014-04-01 to 2019-09-30)", name.en),
    );
    Fee { fee, base, tax, reissue, label, note }
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let rules = load_rules(input, ctx)?;
    let app = input.application_date;
    let a = assess(input, &rules, app, true);
    let mut trace = Vec::new();

    let version = version_label(rules.version);
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
    let plan = plan(input, &rules, &a, shortfall, &mut trace);

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
    };
    Ok(Evaluation::new(output, trace, ctx))
}
