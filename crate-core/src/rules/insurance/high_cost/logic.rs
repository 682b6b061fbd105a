//! One month as named steps: its bracket, the co-payment (10円未満四捨五入), whether 〈多数回〉
//! applies, the cap (or the 外来 cap), the benefit on the household's total, meals and 先進医療 on
//! top, and what is paid. Then the years ([`super::years`]), the notes and the totals.

use super::bands::{band_rows, bands_in_force};
use super::household::capped;
use super::input::{ym, Input};
use super::month::{many_times, Month};
use super::output::{MonthResult, Output};
use super::params::*;
use super::resolve::{resolve, How};
use super::schema::{AgeGroup, Band};
use crate::calculator::Evaluation;
use crate::date::Date;
use crate::explain::{Fx, TraceStep};
use crate::money::COPAY_10_YEN;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param, Unit};
use crate::sources::{cite, ADVANCED_FORMS, ENTERED};

/// The lowest 標準報酬月額 limit of the month's table (the one a bracket found "below all" missed).
fn lowest_limit(age: AgeGroup, on: Date, ctx: &Ctx) -> Option<&'static Param> {
    let rows = match age {
        AgeGroup::Under70 | AgeGroup::Preschool => {
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
            let row = if m.age == AgeGroup::Preschool {
                &COPAY_PERCENT_PRESCHOOL
            } else if m.age == AgeGroup::Over70 && !m.res.band.genekinami() {
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
            let p = ctx.get_on(row, m.row.month).map_err(|_| meal_not_on_file(m, row))?;
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

/// A meal charge not on file for the month: from 2026-06 for the low-income brackets (the 2026
/// figures were not found: the amount on the hospital's bill is asked for, never the 2025 one),
/// or before the first table.
fn meal_not_on_file(m: &Month<'_>, row: &Param) -> Errors {
    let month = ym(m.row.month);
    if m.row.month >= MEALS_2026_FROM {
        let general = MEAL_GENERAL_2026.value;
        return vec![FieldError::new(
            format!("months[{}].meal_yen", m.i),
            "bill_amount_needed",
            Msg::new(
                format!("{month} の区分{}の食事の標準負担額は、2026年6月の改定後の額が公表資料で確認できていません（一般は{general}円、低所得の方は20〜30円の引き上げとされています）。病院の請求書に書かれた1食の額を meal_yen に入力してください", m.res.band.name_ja()),
                format!("The meal charge of bracket {} for {month} after the June 2026 revision was not found in the published sources (general: {general} yen; low incomes: said to rise by 20–30 yen). Enter the charge per meal on the hospital's bill in meal_yen", m.res.band.name_en()),
            ),
        )];
    }
    let first = ym(row.from);
    vec![FieldError::new(
        format!("months[{}].meals", m.i),
        "not_in_force",
        Msg::new(
            format!("{month} の食事の標準負担額は登録されていません（登録済みは {first} から）。meal_yen に1食の額を入力してください"),
            format!("The meal charge for {month} is not on file (on file from {first}); enter the charge per meal in meal_yen"),
        ),
    )]
}

/// A change of insurer: the benefit months before it no longer count toward 〈多数回〉.
fn insurer_changed(m: &Month<'_>, before: &[Date]) -> TraceStep {
    let (n, month) = (before.len(), ym(m.row.month));
    TraceStep::note(
        m.key("insurer_changed"),
        Msg::new("保険者の変更（多数回は数え直し）", "A new insurer (the 4th-month count starts again)"),
        Fx::new().words(
            &format!("{month} から保険者が変わったため、それまでに高額療養費が支給された{n}か月は多数回の回数に数えません（この月から1回目として数え直します）"),
            &format!("The insurer changed from {month}: the {n} earlier months with a benefit no longer count toward the 4th-month reduction (the count starts again here)"),
        ),
        SRC_INSURER_CHANGE,
    )
}

/// One month: bracket, co-payment, 〈多数回〉, cap and benefit, meals, 先進医療 and what is paid.
fn month(m: &Month<'_>, benefit_months: &[Date], ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<MonthResult, Errors> {
    bracket_step(m, ctx, trace);
    let (rate, copay) = copay(m, ctx, trace)?;
    let why = many_times(m, benefit_months, ctx)?;
    let c = capped(m, copay, why, ctx, trace)?;
    let after = c.own_copay - c.own_share;
    let fx = if c.household.is_some() {
        Fx::new()
            .yen(c.own_copay)
            .words("（本人の自己負担）− ", " (the patient's co-payments) − ")
            .yen(c.own_share)
            .words("（高額療養費のうち本人の分）= ", " (the benefit's part for them) = ")
    } else {
        Fx::new().yen(copay).op(" − min(").yen(c.benefit).op(", ").yen(copay).op(") = ")
    };
    trace.push(TraceStep::yen(
        m.key("copay_after_cap"),
        Msg::new("上限適用後の自己負担", "Co-payment after the cap"),
        fx.yen(after),
        after,
        m.cap_source(ctx),
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
        m.cap_source(ctx),
    ));
    Ok(MonthResult {
        month: ym(m.row.month),
        bracket: m.res.band,
        formula_bracket: (m.res.formula != m.res.band).then_some(m.res.formula),
        copay_percent: rate,
        medical_cost_yen: c.own_cost,
        copay_yen: c.own_copay,
        window_copay_yen: c.window_copay,
        household: c.household,
        insurer_changed: m.row.insurer_changed,
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
        let others = input.other_copays.iter().filter(|o| o.month == row.month).collect();
        let m = Month { i, row, res: *res, age: input.age, others, p: format!("{}.", ym(row.month)) };
        if row.insurer_changed {
            trace.push(insurer_changed(&m, &benefit_months));
            benefit_months.clear();
        }
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
