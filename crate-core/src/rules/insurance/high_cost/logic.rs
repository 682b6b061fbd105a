//! One month as named steps: its bracket, the co-payment (10円未満四捨五入), whether 〈多数回〉
//! applies, the cap (or the 外来 cap), the benefit on the household's total, meals and 先進医療 on
//! top, and what is paid. Then the years ([`super::years`]), the notes and the totals.

use super::bands::{band_rows, bands_in_force, in_force};
use super::cap::{band_cap, cap_label, Missing};
use super::input::{ym, Input, MonthRow};
use super::output::{MonthResult, Output};
use super::params::*;
use super::resolve::{resolve, How, Resolved};
use super::schema::{AgeGroup, Band};
use crate::calculator::Evaluation;
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::money::COPAY_10_YEN;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::sources::{cite, Cite, ADVANCED_FORMS, ENTERED};

/// What one month's cap gives.
struct Capped {
    cap: i64,
    many_times: bool,
    outpatient: bool,
    benefit: i64,
    /// A benefit on the household's cap (counts toward 〈多数回〉).
    counts: bool,
    /// The part of the benefit that lowers the patient's own co-payment.
    own_share: i64,
}

/// Everything a month's steps need.
struct Month<'a> {
    i: usize,
    row: &'a MonthRow,
    res: Resolved,
    age: AgeGroup,
    /// `2026-08.`: the prefix of the month's step keys.
    p: String,
}

impl Month<'_> {
    fn key(&self, what: &str) -> String {
        format!("{}{what}", self.p)
    }

    /// A row the month needs that is not on file: an error on the month, naming what is missing.
    fn missing(&self, m: Missing) -> Errors {
        let (ja, en) = match m.0.rsplit('.').next().unwrap_or("") {
            "base" => ("世帯・入院の限度額", "household (inpatient) cap"),
            "many_times" => ("多数回該当の額", "4th-month figure"),
            "outpatient" | "outpatient_low" => ("外来の限度額", "outpatient cap"),
            _ => ("限度額", "cap"),
        };
        let (name_ja, name_en, month) = (self.res.formula.name_ja(), self.res.formula.name_en(), ym(self.row.month));
        vec![FieldError::new(
            format!("months[{}].month", self.i),
            "not_in_force",
            Msg::new(
                format!("{month} の区分{name_ja}の{ja}は公表資料で確認できていないため登録されていません（{}）。ご加入の保険者にご確認ください", m.0),
                format!("The {en} of bracket {name_en} for {month} is not on file: the published sources checked do not give it ({}). Ask your insurer", m.0),
            ),
        )]
    }
}

/// The lowest 標準報酬月額 limit of the month's table (the one a bracket found "below all" missed).
fn lowest_limit(age: AgeGroup, on: Date, ctx: &Ctx) -> Option<&'static Param> {
    let rows = match age {
        AgeGroup::Under70 => {
            bands_in_force(age, on, ctx).into_iter().filter_map(|b| band_rows(b).pay_from).collect::<Vec<_>>()
        }
        AgeGroup::Over70 => vec![&GENEKINAMI1_PAY_FROM],
    };
    rows.into_iter().filter_map(|r| ctx.find(r.id, on).ok()).min_by_key(|p| p.value)
}

/// How the month's bracket was found (a note; the limit reached is a rule used).
fn bracket_step(m: &Month<'_>, ctx: &Ctx, trace: &mut Vec<TraceStep>) {
    let (b, on) = (m.res.band, m.row.month);
    let name = Fx::new().words(&format!("区分{}", b.name_ja()), &format!("bracket {}", b.name_en()));
    let (fx, source) = match m.res.how {
        How::Given => (name.words("（入力）", " (given)"), cite!(ENTERED, "bracket")),
        How::Exempt => (
            Fx::new().words("住民税非課税 → ", "Residence-tax exempt → ").msg(&name.build()),
            cite!(ENTERED, "resident_tax_exempt"),
        ),
        How::Pay(yen, Some(limit)) => {
            let _ = ctx.param_on(limit.id, on);
            (
                Fx::new()
                    .words("標準報酬月額 ", "Standard monthly pay ")
                    .yen(yen)
                    .op(" ≥ ")
                    .yen(limit.value)
                    .op(" → ")
                    .msg(&name.build()),
                limit.source,
            )
        }
        How::Pay(yen, None) => match lowest_limit(m.age, on, ctx) {
            Some(limit) => {
                let _ = ctx.param_on(limit.id, on);
                (
                    Fx::new()
                        .words("標準報酬月額 ", "Standard monthly pay ")
                        .yen(yen)
                        .op(" < ")
                        .yen(limit.value)
                        .op(" → ")
                        .msg(&name.build()),
                    limit.source,
                )
            }
            None => (name, cite!(ENTERED, "standard_monthly_remuneration_yen")),
        },
    };
    let fx = if m.res.formula == b {
        fx
    } else {
        let f = m.res.formula;
        fx.words(&format!("（限度額は区分{}の式）", f.name_ja()), &format!(" (its caps are bracket {}'s)", f.name_en()))
    };
    trace.push(TraceStep::note(
        m.key("bracket"),
        Msg::new(format!("{} の所得区分", ym(on)), format!("Bracket for {}", ym(on))),
        fx,
        source,
    ));
}

/// The co-payment rate (the month's, or the age group's / bracket's by law) and the co-payment,
/// 10円未満四捨五入 (never more than the cost itself).
fn copay(m: &Month<'_>, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(i64, i64), Errors> {
    let cost = m.row.medical_cost_yen;
    let rate = match m.row.copay_percent {
        Some(r) => r,
        None => {
            let row = if m.age == AgeGroup::Over70 && !m.res.band.genekinami() {
                &COPAY_PERCENT_OVER70
            } else {
                &COPAY_PERCENT_STANDARD
            };
            let p = ctx.get_on(row, m.row.month)?;
            trace.push(TraceStep::new(
                m.key("copay_percent"),
                Msg::new("自己負担の割合（入力なし）", "Co-payment rate (not given)"),
                Fx::new().words(&format!("{} → ", p.label_ja), &format!("{} → ", p.label_en)).pct(p.value),
                Some(p.value),
                Unit::Percent,
                p.source,
            ));
            p.value
        }
    };
    let exact = crate::money::percent_of(cost, rate);
    let copay = COPAY_10_YEN.apply(exact).min(cost);
    trace.push(TraceStep::yen(
        m.key("copay"),
        COPAY_10_YEN.describe(),
        Fx::new().yen(cost).op(" × ").pct(rate).op(" = ").yen_dec(exact).op(" → ").yen(copay),
        copay,
        COPAY_10_YEN.source,
    ));
    Ok((rate, copay))
}

/// Whether 〈多数回〉 applies: benefits already paid in at least 3 of the months up to 11 before.
/// Returns the note that says why, for the cap step to show when it uses (or lacks) the figure.
fn many_times(m: &Month<'_>, benefit_months: &[Date], ctx: &Ctx) -> Result<Option<TraceStep>, Errors> {
    let on = m.row.month;
    let (need, window) = (ctx.get_on(&MANY_TIMES_PRIOR_MONTHS, on)?, ctx.get_on(&MANY_TIMES_WINDOW_MONTHS, on)?);
    let index = |d: Date| i64::from(d.year) * 12 + i64::from(d.month);
    let within: Vec<Date> =
        benefit_months.iter().copied().filter(|b| (1..window.value).contains(&(index(on) - index(*b)))).collect();
    if !need.bound.holds(within.len() as i64, need.value) {
        return Ok(None);
    }
    let start = on.add_months(1 - window.value as i32, crate::date::MonthEnd::Clamp);
    let listed = within.iter().map(|d| ym(*d)).collect::<Vec<_>>().join(", ");
    let n = within.len();
    Ok(Some(TraceStep::note(
        m.key("many_times"),
        Msg::new("多数回該当", "4th-month reduction (多数回該当)"),
        Fx::new().words(
            &format!("{}〜{} に支給のあった月: {listed}（{n}か月）→ この月は多数回該当", ym(start), ym(on)),
            &format!(
                "Months with a benefit in {} to {}: {listed} ({n}) → this month has the reduced cap",
                ym(start),
                ym(on)
            ),
        ),
        need.source,
    )))
}

/// Whether the 〈多数回〉 figure of `band` applies this month; shows why (or that there is none).
fn use_many_times(m: &Month<'_>, band: Band, why: Option<TraceStep>, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> bool {
    let Some(why) = why else { return false };
    trace.push(why);
    let many = in_force(ctx, band_rows(band).many_times, m.row.month);
    if !many {
        trace.push(TraceStep::note(
            m.key("many_times_none"),
            Msg::new("多数回該当の額なし", "No 4th-month figure"),
            Fx::new().words(
                &format!("区分{}には多数回該当の額がないため通常の限度額", band.name_ja()),
                &format!("Bracket {} has no reduced figure: the usual cap applies", band.name_en()),
            ),
            cap_source(m, ctx),
        ));
    }
    many
}

/// 世帯合算 under 70: the patient's own co-payment adds up only from 21,000 yen.
fn own_counts(m: &Month<'_>, copay: i64, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<bool, Errors> {
    if m.age == AgeGroup::Over70 || m.row.other_household_copay_yen == 0 {
        return Ok(true);
    }
    let min = ctx.get_on(&HOUSEHOLD_MIN_COPAY, m.row.month)?;
    if min.bound.holds(copay, min.value) {
        return Ok(true);
    }
    trace.push(TraceStep::note(
        m.key("household_min"),
        Msg::new("世帯合算の対象外（21,000円未満）", "Not added to the household (under 21,000 yen)"),
        Fx::new().yen(copay).op(" < ").yen(min.value).words(
            " のため、この月の本人の自己負担は世帯合算に入りません",
            ": the patient's own co-payment does not add up with the household's this month",
        ),
        min.source,
    ));
    Ok(false)
}

/// The cap on the 世帯 (or 70歳未満) total and the benefit on it.
fn household_cap(
    m: &Month<'_>,
    copay: i64,
    why: Option<TraceStep>,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Capped, Errors> {
    let many = use_many_times(m, m.res.formula, why, ctx, trace);
    let cap = band_cap(m.res.formula, many, m.row.medical_cost_yen, m.row.month, ctx, &m.p, trace)
        .map_err(|e| m.missing(e))?;
    let own = own_counts(m, copay, ctx, trace)?;
    let household = m.row.other_household_copay_yen;
    let combined = if own { copay } else { 0 } + household;
    let benefit = (combined - cap).max(0);
    let mut fx = Fx::new().op("max(0, ");
    fx = if own { fx.yen(copay) } else { fx };
    if household > 0 {
        fx = if own { fx.op(" + ") } else { fx }.yen(household).words("（世帯合算）", " (household)");
    }
    trace.push(TraceStep::yen(
        m.key("benefit"),
        Msg::new("高額療養費（支給額）", "High-cost benefit"),
        fx.op(" − ").yen(cap).op(") = ").yen(benefit),
        benefit,
        cap_source(m, ctx),
    ));
    Ok(Capped {
        cap,
        many_times: many,
        outpatient: false,
        benefit,
        counts: benefit > 0,
        own_share: if own { benefit.min(copay) } else { 0 },
    })
}

/// The source of the month's cap figures (its base row in force).
fn cap_source(m: &Month<'_>, ctx: &Ctx) -> &'static Cite {
    band_rows(m.res.formula).base.and_then(|r| ctx.find(r.id, m.row.month).ok()).map_or(SRC_2026, |p| p.source)
}

/// 70歳以上 一般・低所得, a month without a stay: the individual 外来 cap, then (with other
/// household co-payments) the 世帯 cap on the total.
fn outpatient_cap(
    m: &Month<'_>,
    copay: i64,
    why: Option<TraceStep>,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Capped, Errors> {
    let (rows, on) = (band_rows(m.res.band), m.row.month);
    let mut fx = Fx::new();
    let row = match rows.outpatient_low_below.filter(|r| in_force(ctx, Some(r), on)) {
        None => rows.outpatient,
        Some(below) => match m.res.how {
            How::Pay(yen, _) => {
                let below = ctx.get_on(below, on)?;
                let low = below.bound.holds(yen, below.value);
                let op = if low { " < " } else { " ≥ " };
                fx = fx.words("標準報酬月額 ", "Standard monthly pay ").yen(yen).op(op).yen(below.value).op(" → ");
                if low { rows.outpatient_low } else { rows.outpatient }
            }
            _ => {
                return Err(vec![FieldError::new(
                    "bracket",
                    "needs_remuneration",
                    Msg::new(
                        format!("{} 以降の70歳以上「一般」の外来の限度額は標準報酬月額（16万円以上か）で分かれます。区分の代わりに standard_monthly_remuneration_yen を入力してください", ym(below.from)),
                        format!("From {} the 70+ general outpatient cap depends on the standard monthly pay (¥160k or more): give standard_monthly_remuneration_yen instead of the bracket", ym(below.from)),
                    ),
                )])
            }
        },
    };
    let p = row
        .ok_or(Missing("outpatient"))
        .and_then(|r| ctx.param_on(r.id, on).map_err(|_| Missing(r.id)))
        .map_err(|e| m.missing(e))?;
    let cap = p.value;
    trace.push(TraceStep::yen(
        m.key("cap"),
        cap_label(m.res.band, "外来（個人）の限度額", "outpatient cap (individual)"),
        fx.words("外来（個人）= ", "Outpatient (individual) = ").yen(cap),
        cap,
        p.source,
    ));
    let outpatient_benefit = (copay - cap).max(0);
    trace.push(TraceStep::yen(
        m.key("outpatient_benefit"),
        Msg::new("高額療養費（外来・個人）", "High-cost benefit (outpatient, individual)"),
        Fx::new().op("max(0, ").yen(copay).op(" − ").yen(cap).op(") = ").yen(outpatient_benefit),
        outpatient_benefit,
        p.source,
    ));
    let household = m.row.other_household_copay_yen;
    if household == 0 {
        return Ok(Capped {
            cap,
            many_times: false,
            outpatient: true,
            benefit: outpatient_benefit,
            counts: false,
            own_share: outpatient_benefit,
        });
    }
    let many = use_many_times(m, m.res.band, why, ctx, trace);
    let hcap = band_cap(m.res.band, many, m.row.medical_cost_yen, on, ctx, &m.key("household_"), trace)
        .map_err(|e| m.missing(e))?;
    let total = copay - outpatient_benefit + household;
    let household_benefit = (total - hcap).max(0);
    let benefit = outpatient_benefit + household_benefit;
    trace.push(TraceStep::yen(
        m.key("benefit"),
        Msg::new("高額療養費（外来 + 世帯）", "High-cost benefit (outpatient + household)"),
        Fx::new()
            .yen(outpatient_benefit)
            .words(" + max(0, ", " + max(0, ")
            .yen(copay - outpatient_benefit)
            .op(" + ")
            .yen(household)
            .words("（世帯合算）", " (household)")
            .op(" − ")
            .yen(hcap)
            .op(") = ")
            .yen(benefit),
        benefit,
        p.source,
    ));
    Ok(Capped {
        cap,
        many_times: many,
        outpatient: true,
        benefit,
        counts: household_benefit > 0,
        own_share: benefit.min(copay),
    })
}

/// The meal charge: the month's own per-meal figure, or the dated 標準負担額 for the bracket.
fn meals(m: &Month<'_>, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(Option<i64>, i64), Errors> {
    let n = m.row.meals;
    if n == 0 {
        return Ok((None, 0));
    }
    let (per, label, source) = match m.row.meal_yen {
        Some(y) => (
            y,
            Msg::new("入院時の食事（入力した1食の額）", "Hospital meals (the charge given)"),
            cite!(ENTERED, "meal_yen"),
        ),
        None => {
            let row = match m.res.band {
                Band::O | Band::Teishotoku2 => &MEAL_LOW2,
                Band::Teishotoku1 => &MEAL_LOW1,
                _ => &MEAL_GENERAL,
            };
            let p = ctx.get_on(row, m.row.month).map_err(|_| {
                let first = ym(row.from);
                vec![FieldError::new(
                    format!("months[{}].meals", m.i),
                    "not_in_force",
                    Msg::new(
                        format!("{} の食事の標準負担額は登録されていません（登録済みは {first} から）。meal_yen に1食の額を入力してください", ym(m.row.month)),
                        format!("The meal charge for {} is not on file (on file from {first}); enter the charge per meal in meal_yen", ym(m.row.month)),
                    ),
                )]
            })?;
            (p.value, Msg::new(p.label_ja, p.label_en), p.source)
        }
    };
    let amount = per * n;
    trace.push(TraceStep::yen(
        m.key("meals"),
        label,
        Fx::new()
            .yen(per)
            .op(" × ")
            .qty(n, crate::msg::Text::new("食", "meals"))
            .op(" = ")
            .yen(amount)
            .words("（高額療養費の対象外）", " (not part of the high-cost benefit)"),
        amount,
        source,
    ));
    Ok((Some(per), amount))
}

/// One month: bracket, co-payment, 〈多数回〉, cap and benefit, meals, 先進医療 and what is paid.
fn month(m: &Month<'_>, benefit_months: &[Date], ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<MonthResult, Errors> {
    bracket_step(m, ctx, trace);
    let (rate, copay) = copay(m, ctx, trace)?;
    let why = many_times(m, benefit_months, ctx)?;
    let outpatient = m.age == AgeGroup::Over70 && m.res.band.has_outpatient_cap() && !m.row.inpatient;
    let c =
        if outpatient { outpatient_cap(m, copay, why, ctx, trace)? } else { household_cap(m, copay, why, ctx, trace)? };
    let after = copay - c.own_share;
    trace.push(TraceStep::yen(
        m.key("copay_after_cap"),
        Msg::new("上限適用後の自己負担", "Co-payment after the cap"),
        Fx::new().yen(copay).op(" − min(").yen(c.benefit).op(", ").yen(copay).op(") = ").yen(after),
        after,
        cap_source(m, ctx),
    ));
    let (meal_yen, meals_yen) = meals(m, ctx, trace)?;
    let advanced = m.row.advanced_care_yen;
    if advanced > 0 {
        trace.push(TraceStep::yen(
            m.key("advanced_care"),
            Msg::new("先進医療の技術料（上限の対象外）", "先進医療 fee (never capped)"),
            Fx::new()
                .yen(advanced)
                .words("（保険給付ではないため高額療養費の対象外）", " (not an insurance benefit, so never capped)"),
            advanced,
            cite!(ADVANCED_FORMS, "様式第3号 11 (補足) A)・様式第6号 注4", quote: "先進医療費の患者負担分"),
        ));
    }
    let paid = after + meals_yen + advanced;
    trace.push(TraceStep::yen(
        m.key("paid"),
        Msg::new(format!("{} の支払い", ym(m.row.month)), format!("Paid for {}", ym(m.row.month))),
        Fx::new().sum_of(&[after, meals_yen, advanced], Unit::Yen).op(" = ").yen(paid),
        paid,
        cap_source(m, ctx),
    ));
    Ok(MonthResult {
        month: ym(m.row.month),
        bracket: m.res.band,
        formula_bracket: (m.res.formula != m.res.band).then_some(m.res.formula),
        copay_percent: rate,
        medical_cost_yen: m.row.medical_cost_yen,
        copay_yen: copay,
        other_household_copay_yen: m.row.other_household_copay_yen,
        outpatient_cap: c.outpatient,
        cap_yen: c.cap,
        many_times: c.many_times,
        counts_toward_many_times: c.counts,
        benefit_yen: c.benefit,
        copay_after_cap_yen: after,
        meals: m.row.meals,
        meal_yen,
        meals_yen,
        advanced_care_yen: advanced,
        paid_yen: paid,
    })
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let resolved = resolve(input, ctx)?;
    let mut trace = Vec::new();
    let (mut errors, mut months) = (Vec::new(), Vec::new());
    let mut benefit_months = input.prior_benefit_months.clone();
    for (i, (row, res)) in input.months.iter().zip(&resolved).enumerate() {
        let m = Month { i, row, res: *res, age: input.age, p: format!("{}.", ym(row.month)) };
        match month(&m, &benefit_months, ctx, &mut trace) {
            Ok(r) => {
                if r.counts_toward_many_times {
                    benefit_months.push(row.month);
                }
                months.push(r);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        // One error per problem (a bracket needing the remuneration is said once, not per month).
        let mut unique: Errors = Vec::new();
        for e in errors {
            if !unique.contains(&e) {
                unique.push(e);
            }
        }
        return Err(unique);
    }
    let years = super::years::years(input, &months, &resolved, ctx, &mut trace);
    super::notes::notes(input, &months, &resolved, ctx, &mut trace);
    let out = super::notes::totals(input.age, months, years, &mut trace);
    Ok(Evaluation::new(out, trace, ctx))
}
