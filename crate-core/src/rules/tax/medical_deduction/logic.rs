//! 医療費控除 as named steps: what is subtracted (10万円 or 5%), the deduction (at most 200万円),
//! the income tax with and without it by the 速算表 on 課税所得 truncated to 1,000 yen, 復興特別所得税,
//! the 住民税 所得割 saving and the notes.

use super::params::*;
use super::schema::{self as field, SCHEMA};
use crate::calculator::Evaluation;
use crate::date::ymd;
use crate::explain::{Fx, TraceStep};
use crate::money::Rounding;
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param};
use crate::reader::Reader;
use crate::sources::Cite;
use crate::value::Value;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub year: i64,
    pub paid_yen: i64,
    pub reimbursed_yen: i64,
    pub total_income_yen: i64,
    pub taxable_income_yen: i64,
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let year = r.int(&field::YEAR);
    let paid_yen = r.int(&field::PAID);
    let reimbursed_yen = r.int(&field::REIMBURSED);
    let total_income_yen = r.int(&field::TOTAL_INCOME);
    let taxable_income_yen = r.int(&field::TAXABLE_INCOME);
    if taxable_income_yen > total_income_yen && !r.failed(&field::TAXABLE_INCOME) && !r.failed(&field::TOTAL_INCOME) {
        r.error(
            &field::TAXABLE_INCOME,
            "exceeds_total_income",
            Msg::new(
                "課税総所得金額は総所得金額等（所得控除を引く前）より大きくなりません",
                "Taxable income cannot exceed the total income (it is what remains after the deductions)",
            ),
        );
    }
    r.finish(Input { year, paid_yen, reimbursed_yen, total_income_yen, taxable_income_yen })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub year: i64,
    pub paid_yen: i64,
    pub reimbursed_yen: i64,
    /// The lesser of 100,000 and 5% of 総所得金額等 (fractions dropped).
    pub threshold_yen: i64,
    /// paid − reimbursed − threshold, at least 0, at most 2,000,000.
    pub deduction_yen: i64,
    /// Whether the 2,000,000-yen limit cut the deduction.
    pub deduction_capped: bool,
    /// 課税所得 truncated to 1,000 yen, without and with the deduction.
    pub taxable_before_yen: i64,
    pub taxable_after_yen: i64,
    /// 所得税 by the 速算表, without and with the deduction (before 復興特別所得税).
    pub income_tax_before_yen: i64,
    pub income_tax_after_yen: i64,
    /// 復興特別所得税 on the tax without and with the deduction (2.1% to 2026, 1.1% from 2027),
    /// fractions of a yen dropped.
    pub reconstruction_tax_before_yen: i64,
    pub reconstruction_tax_after_yen: i64,
    /// 防衛特別所得税 (1% from 2027; null before), fractions of a yen dropped on its own.
    pub defense_tax_before_yen: Option<i64>,
    pub defense_tax_after_yen: Option<i64>,
    /// (income tax + surtaxes) without the deduction − the same with it.
    pub income_tax_saving_yen: i64,
    /// 10% of the deduction, never more than 10% of the taxable income (the 所得割 it lowers),
    /// fractions dropped.
    pub resident_tax_saving_yen: i64,
    pub total_saving_yen: i64,
    /// The deduction is larger than the taxable income: part of it lowers no tax.
    pub deduction_exceeds_taxable_income: bool,
}

/// The year's rules are those in force on its 31 December; a year no version covers is an error
/// on `year`.
fn get(ctx: &Ctx, row: &Param, year: i64) -> Result<&'static Param, Errors> {
    let on = ymd(i32::try_from(year).unwrap_or(0), 12, 31);
    ctx.get_on(row, on).map_err(|_| {
        let (from, until) = (row_span(row).0, row_span(row).1);
        vec![FieldError::new(
            "year",
            "not_in_force",
            Msg::new(
                format!("{year}年分の「{}」は登録されていません（登録済み: {from}〜{until}）", row.label_ja),
                format!("“{}” is not on file for {year} (on file: {from} to {until})", row.label_en),
            ),
        )]
    })
}

/// The years a row's versions cover (first to last; an open end is blank).
fn row_span(row: &Param) -> (String, String) {
    let versions: Vec<&Param> = PARAMS.iter().filter(|p| p.id == row.id).collect();
    let from = versions.iter().map(|p| p.from.year).min().unwrap_or(0);
    let until = versions.iter().map(|p| p.until.map_or(i32::MAX, |u| u.year)).max().unwrap_or(0);
    (from.to_string(), if until == i32::MAX { String::new() } else { until.to_string() })
}

/// What is subtracted from the costs: the lesser of 100,000 and 5% of 総所得金額等 (without the
/// income, the most subtracted: 100,000).
fn threshold(c: &YearCosts, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<i64, Errors> {
    let cap = get(ctx, &THRESHOLD_CAP, c.year)?;
    let label = Msg::new(
        "医療費から差し引く額（10万円か総所得金額等の5%の少ない方）",
        "Subtracted from the costs (the lesser of 100,000 yen and 5% of total income)",
    );
    let Some(total_income) = c.total_income_yen else {
        trace.push(TraceStep::yen(
            "threshold",
            label,
            Fx::new().words("総所得金額等の入力なし → ", "Total income not given → ").yen(cap.value).words(
                "（総所得金額等が200万円未満なら5%の額になり、控除はその分増えます）",
                " (with a total income under 2,000,000 yen it is 5% of it, and the deduction grows by the difference)",
            ),
            cap.value,
            cap.source,
        ));
        return Ok(cap.value);
    };
    let pct = get(ctx, &THRESHOLD_PERCENT, c.year)?;
    let exact = crate::money::percent_of(total_income, pct.value);
    let five = TAX_YEN.apply(exact);
    let t = five.min(cap.value);
    trace.push(TraceStep::yen(
        "threshold",
        label,
        Fx::new()
            .op("min(")
            .yen(cap.value)
            .op(", ")
            .yen(total_income)
            .op(" × ")
            .pct(pct.value)
            .op(" = ")
            .yen_dec(exact)
            .op(" → ")
            .yen(five)
            .op(") = ")
            .yen(t),
        t,
        pct.source,
    ));
    Ok(t)
}

/// The deduction: paid − reimbursed − threshold, at least 0, at most 2,000,000.
fn deduction(input: &YearCosts, threshold: i64, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(i64, bool), Errors> {
    let max = get(ctx, &DEDUCTION_MAX, input.year)?;
    let raw = (input.paid_yen - input.reimbursed_yen - threshold).max(0);
    let d = raw.min(max.value);
    trace.push(TraceStep::yen(
        "deduction",
        Msg::new("医療費控除額（上限200万円）", "Medical deduction (at most 2,000,000 yen)"),
        Fx::new()
            .op("min(max(0, ")
            .yen(input.paid_yen)
            .op(" − ")
            .yen(input.reimbursed_yen)
            .words("（補てん）", " (reimbursed)")
            .op(" − ")
            .yen(threshold)
            .op("), ")
            .yen(max.value)
            .op(") = ")
            .yen(d),
        d,
        max.source,
    ));
    Ok((d, raw > max.value))
}

/// 所得税 on a taxable income (already truncated to 1,000 yen) by the 速算表.
fn income_tax(
    key: &str,
    label: Msg,
    taxable: i64,
    year: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<i64, Errors> {
    for (up_to, rate, minus) in STEPS {
        let limit = match up_to {
            Some(row) => Some(get(ctx, row, year)?),
            None => None,
        };
        if limit.is_some_and(|l| !l.bound.holds(taxable, l.value)) {
            continue;
        }
        let (rate, minus) = (get(ctx, rate, year)?, get(ctx, minus, year)?);
        let exact = crate::money::percent_of(taxable, rate.value) - Decimal::from(minus.value);
        let tax = TAX_YEN.apply(exact).max(0);
        let mut fx = Fx::new().yen(taxable).op(" × ").pct(rate.value).op(" − ").yen(minus.value).op(" = ").yen(tax);
        fx = match limit {
            Some(l) => fx.words(
                &format!("（課税所得 {}円以下の段）", crate::money::group(l.value)),
                &format!(" (the step up to {} yen)", crate::money::group(l.value)),
            ),
            None => fx.words("（4,000万円超の段）", " (the step above 40,000,000 yen)"),
        };
        trace.push(TraceStep::yen(key, label, fx, tax, rate.source));
        return Ok(tax);
    }
    Ok(0)
}

/// 課税所得 truncated to 1,000 yen (国税通則法第118条第1項).
fn truncated(key: &str, label: Msg, fx: Fx, x: i64, trace: &mut Vec<TraceStep>) -> i64 {
    let t = TAXABLE_1000_YEN.apply(Decimal::from(x));
    trace.push(TraceStep::yen(
        key,
        label,
        fx.op(" → ").yen(t).words("（1,000円未満切り捨て）", " (below 1,000 yen dropped)"),
        t,
        TAXABLE_1000_YEN.source,
    ));
    t
}

/// The surtaxes on the 基準所得税額 in force in `year`, each with its rounding: 復興特別所得税 (an error
/// outside its years) and, from 2027, 防衛特別所得税.
fn surtaxes(year: i64, ctx: &Ctx) -> Result<Vec<(&'static Param, &'static Rounding)>, Errors> {
    let mut out = vec![(get(ctx, &RECONSTRUCTION_PER_MILLE, year)?, &RECONSTRUCTION_YEN)];
    let on = ymd(i32::try_from(year).unwrap_or(0), 12, 31);
    if ctx.find(DEFENSE_PER_MILLE.id, on).is_ok() {
        out.push((get(ctx, &DEFENSE_PER_MILLE, year)?, &DEFENSE_YEN));
    }
    Ok(out)
}

/// Each surtax on an income tax, computed and rounded on its own (as each law says), with its step.
fn surtax_step(
    key: &str,
    label: Msg,
    tax: i64,
    rows: &[(&'static Param, &'static Rounding)],
    trace: &mut Vec<TraceStep>,
) -> Vec<i64> {
    let mut fx = Fx::new();
    let mut out = Vec::with_capacity(rows.len());
    for (n, (p, rounding)) in rows.iter().enumerate() {
        let exact = crate::money::per_mille_of(tax, p.value);
        let v = rounding.apply(exact);
        fx = if n > 0 { fx.words("、", "; ") } else { fx };
        fx = fx
            .words(&format!("{} ", short_name(p).0), &format!("{} ", short_name(p).1))
            .yen(tax)
            .op(" × ")
            .dec(Decimal::new(p.value, 1))
            .op("% = ")
            .yen_dec(exact)
            .op(" → ")
            .yen(v);
        out.push(v);
    }
    let total = out.iter().sum();
    trace.push(TraceStep::yen(key, label, fx, total, rows[0].1.source));
    out
}

/// 復興 / 防衛 (the short name of a surtax row).
fn short_name(p: &Param) -> (&'static str, &'static str) {
    if p.id == DEFENSE_PER_MILLE.id {
        ("防衛特別所得税", "defence surtax")
    } else {
        ("復興特別所得税", "reconstruction surtax")
    }
}

/// The taxes without and with the deduction.
pub(crate) struct Taxes {
    pub taxable_before: i64,
    pub taxable_after: i64,
    pub before: i64,
    pub after: i64,
    /// Each surtax (復興, then 防衛 from 2027) without and with the deduction.
    pub surtax_before: Vec<i64>,
    pub surtax_after: Vec<i64>,
    pub saving: i64,
}

/// The income-tax saving: (income tax + each surtax) without the deduction − the same with it, each
/// surtax on its own 基準所得税額 and rounded on its own. From 2027 two surtaxes (1.1% + 1%), each
/// truncated, may differ by a yen from one 2.1%: a note says so when they do.
fn income_tax_saving(
    year: i64,
    taxable: i64,
    deduction: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Taxes, Errors> {
    let before = truncated(
        "taxable_before",
        Msg::new("課税所得（控除前）", "Taxable income (without the deduction)"),
        Fx::new().yen(taxable),
        taxable,
        trace,
    );
    let after_raw = (taxable - deduction).max(0);
    let after = truncated(
        "taxable_after",
        Msg::new("課税所得（医療費控除後）", "Taxable income (with the deduction)"),
        Fx::new().op("max(0, ").yen(taxable).op(" − ").yen(deduction).op(") = ").yen(after_raw),
        after_raw,
        trace,
    );
    let tax_before = income_tax(
        "income_tax_before",
        Msg::new("所得税（控除前）", "Income tax (without the deduction)"),
        before,
        year,
        ctx,
        trace,
    )?;
    let tax_after = income_tax(
        "income_tax_after",
        Msg::new("所得税（医療費控除後）", "Income tax (with the deduction)"),
        after,
        year,
        ctx,
        trace,
    )?;
    let rows = surtaxes(year, ctx)?;
    let s_before = surtax_step(
        "surtax_before",
        Msg::new("特別所得税（控除前の所得税に）", "Surtaxes (on the income tax without the deduction)"),
        tax_before,
        &rows,
        trace,
    );
    let s_after = surtax_step(
        "surtax_after",
        Msg::new("特別所得税（控除後の所得税に）", "Surtaxes (on the income tax with the deduction)"),
        tax_after,
        &rows,
        trace,
    );
    let (sb, sa) = (s_before.iter().sum::<i64>(), s_after.iter().sum::<i64>());
    let saving = (tax_before + sb) - (tax_after + sa);
    let (ja, en) = if rows.len() > 1 {
        (
            "所得税の軽減額（復興特別所得税・防衛特別所得税を含む）",
            "Income tax saved (with the reconstruction and defence surtaxes)",
        )
    } else {
        ("所得税の軽減額（復興特別所得税を含む）", "Income tax saved (with the reconstruction surtax)")
    };
    trace.push(TraceStep::yen(
        "income_tax_saving",
        Msg::new(ja, en),
        Fx::new()
            .op("(")
            .yen(tax_before)
            .op(" + ")
            .yen(sb)
            .op(") − (")
            .yen(tax_after)
            .op(" + ")
            .yen(sa)
            .op(") = ")
            .yen(saving),
        saving,
        rows[0].0.source,
    ));
    one_rate_note(&rows, tax_before, tax_after, saving, trace);
    let taxes = Taxes {
        taxable_before: before,
        taxable_after: after,
        before: tax_before,
        after: tax_after,
        surtax_before: s_before,
        surtax_after: s_after,
        saving,
    };
    Ok(taxes)
}

/// From 2027: where the two surtaxes, each truncated, save a yen more or less than one 2.1% would.
fn one_rate_note(
    rows: &[(&'static Param, &'static Rounding)],
    before: i64,
    after: i64,
    saving: i64,
    trace: &mut Vec<TraceStep>,
) {
    if rows.len() < 2 {
        return;
    }
    let rate: i64 = rows.iter().map(|(p, _)| p.value).sum();
    let one = |tax: i64| tax + TAX_YEN.apply(crate::money::per_mille_of(tax, rate));
    let single = one(before) - one(after);
    if single == saving {
        return;
    }
    trace.push(TraceStep::note(
        "surtax_rounding",
        Msg::new("2つの特別所得税の端数", "The two surtaxes' fractions"),
        Fx::new()
            .words(
                "復興特別所得税と防衛特別所得税はそれぞれ1円未満を切り捨てるため、",
                "The reconstruction and defence surtaxes each drop their own fractions of a yen: one surtax of ",
            )
            .dec(Decimal::new(rate, 1))
            .words("%で一度に計算した軽減額（", "% would save ")
            .yen(single)
            .words("）と ", ", ")
            .yen((saving - single).abs())
            .words(" 違います", " different"),
        rows[1].1.source,
    ));
}

/// The residence tax saved: 10% of the deduction, but never more than the 所得割 it lowers (10% of
/// the taxable income; this one stands in for the residence tax's own, which is usually a little
/// larger). Returns (saving, whether the deduction exceeds the taxable income).
fn resident_saving(
    deduction: i64,
    taxable: i64,
    year: i64,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<(i64, bool), Errors> {
    let rate = get(ctx, &RESIDENT_TAX_PERCENT, year)?;
    let exceeds = deduction > taxable;
    let base = deduction.min(taxable);
    let exact = crate::money::percent_of(base, rate.value);
    let resident = TAX_YEN.apply(exact);
    let fx = if exceeds {
        Fx::new()
            .op("min(")
            .yen(deduction)
            .op(", ")
            .yen(taxable)
            .words("（課税所得）", " (taxable income)")
            .op(") = ")
            .yen(base)
    } else {
        Fx::new().yen(base)
    };
    trace.push(TraceStep::yen(
        "resident_tax_saving",
        Msg::new("住民税の軽減額（所得割）", "Residence tax saved (income levy)"),
        fx.op(" × ").pct(rate.value).op(" = ").yen_dec(exact).op(" → ").yen(resident),
        resident,
        rate.source,
    ));
    if exceeds {
        trace.push(TraceStep::note(
            "deduction_exceeds_taxable_income",
            Msg::new("控除が課税所得より大きい", "The deduction is larger than the taxable income"),
            Fx::new()
                .words("医療費控除 ", "The deduction of ")
                .yen(deduction)
                .words(" が課税所得 ", " is larger than the taxable income of ")
                .yen(taxable)
                .words(
                    " より大きいため、所得税は0円になり、住民税は所得割（課税所得の10%）までしか減りません。超えた分 ",
                    ": the income tax falls to 0 and the residence tax by no more than its income levy (10% of the taxable income). The ",
                )
                .yen(deduction - taxable)
                .words(" はどの税も減らしません", " above it lowers no tax"),
            rate.source,
        ));
    }
    Ok((resident, exceeds))
}

/// One calendar year's costs and incomes, as a composite calculator has them: without the total
/// income the most subtracted (100,000 yen) is used; without the taxable income no saving is
/// computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct YearCosts {
    pub year: i64,
    pub paid_yen: i64,
    pub reimbursed_yen: i64,
    pub total_income_yen: Option<i64>,
    pub taxable_income_yen: Option<i64>,
}

/// The tax a deduction saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Saving {
    pub taxable_before_yen: i64,
    pub taxable_after_yen: i64,
    pub income_tax_before_yen: i64,
    pub income_tax_after_yen: i64,
    /// 復興特別所得税, then 防衛特別所得税 from 2027: without and with the deduction.
    pub surtax_before_yen: Vec<i64>,
    pub surtax_after_yen: Vec<i64>,
    pub income_tax_saving_yen: i64,
    pub resident_tax_saving_yen: i64,
    pub total_saving_yen: i64,
    pub deduction_exceeds_taxable_income: bool,
}

/// One year's deduction and, with the taxable income, what it saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YearDeduction {
    pub threshold_yen: i64,
    pub deduction_yen: i64,
    pub deduction_capped: bool,
    pub saving: Option<Saving>,
}

/// The deduction for one year and the tax it saves (the steps under this calculator's keys; a
/// year no version covers is an error on `year`).
pub(crate) fn one_year(c: &YearCosts, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<YearDeduction, Errors> {
    let t = threshold(c, ctx, trace)?;
    let (d, capped) = deduction(c, t, ctx, trace)?;
    let Some(taxable) = c.taxable_income_yen else {
        return Ok(YearDeduction { threshold_yen: t, deduction_yen: d, deduction_capped: capped, saving: None });
    };
    let taxes = income_tax_saving(c.year, taxable, d, ctx, trace)?;
    let (resident, exceeds) = resident_saving(d, taxes.taxable_before, c.year, ctx, trace)?;
    let total = taxes.saving + resident;
    trace.push(TraceStep::yen(
        "total_saving",
        Msg::new("軽減額の合計", "Saved in all"),
        Fx::new().yen(taxes.saving).op(" + ").yen(resident).op(" = ").yen(total),
        total,
        SRC_DEDUCTION,
    ));
    let saving = Saving {
        taxable_before_yen: taxes.taxable_before,
        taxable_after_yen: taxes.taxable_after,
        income_tax_before_yen: taxes.before,
        income_tax_after_yen: taxes.after,
        surtax_before_yen: taxes.surtax_before,
        surtax_after_yen: taxes.surtax_after,
        income_tax_saving_yen: taxes.saving,
        resident_tax_saving_yen: resident,
        total_saving_yen: total,
        deduction_exceeds_taxable_income: exceeds,
    };
    Ok(YearDeduction { threshold_yen: t, deduction_yen: d, deduction_capped: capped, saving: Some(saving) })
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let costs = YearCosts {
        year: input.year,
        paid_yen: input.paid_yen,
        reimbursed_yen: input.reimbursed_yen,
        total_income_yen: Some(input.total_income_yen),
        taxable_income_yen: Some(input.taxable_income_yen),
    };
    let y = one_year(&costs, ctx, &mut trace)?;
    notes(&mut trace);
    // The standalone calculator always has the taxable income, so always a saving.
    let s = y.saving.unwrap_or(Saving {
        taxable_before_yen: 0,
        taxable_after_yen: 0,
        income_tax_before_yen: 0,
        income_tax_after_yen: 0,
        surtax_before_yen: vec![0],
        surtax_after_yen: vec![0],
        income_tax_saving_yen: 0,
        resident_tax_saving_yen: 0,
        total_saving_yen: 0,
        deduction_exceeds_taxable_income: false,
    });
    let out = Output {
        year: input.year,
        paid_yen: input.paid_yen,
        reimbursed_yen: input.reimbursed_yen,
        threshold_yen: y.threshold_yen,
        deduction_yen: y.deduction_yen,
        deduction_capped: y.deduction_capped,
        taxable_before_yen: s.taxable_before_yen,
        taxable_after_yen: s.taxable_after_yen,
        income_tax_before_yen: s.income_tax_before_yen,
        income_tax_after_yen: s.income_tax_after_yen,
        reconstruction_tax_before_yen: s.surtax_before_yen.first().copied().unwrap_or(0),
        reconstruction_tax_after_yen: s.surtax_after_yen.first().copied().unwrap_or(0),
        defense_tax_before_yen: s.surtax_before_yen.get(1).copied(),
        defense_tax_after_yen: s.surtax_after_yen.get(1).copied(),
        income_tax_saving_yen: s.income_tax_saving_yen,
        resident_tax_saving_yen: s.resident_tax_saving_yen,
        total_saving_yen: s.total_saving_yen,
        deduction_exceeds_taxable_income: s.deduction_exceeds_taxable_income,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

/// What the figures do not show.
pub(crate) fn notes(trace: &mut Vec<TraceStep>) {
    let note = |key: &str, label: Msg, text: Msg, source: &'static Cite| TraceStep::note(key, label, text, source);
    trace.push(note(
        "note.what_counts",
        Msg::new("対象になる費用", "What counts"),
        Msg::new(
            "骨髄バンクの患者負担金は、実際に支払った年の医療費控除の対象です（高額療養費の対象ではありません）。入院中の食事代も対象です。高額療養費などで補てんされた額は差し引きます",
            "JMDP's patient fees count in the year they are paid (they are not part of the high-cost benefit); hospital meal charges count too. Amounts reimbursed (high-cost benefits etc.) are subtracted",
        ),
        SRC_FAQ7,
    ));
    trace.push(note(
        "note.estimate",
        Msg::new("目安です", "An estimate"),
        Msg::new(
            "実際の納税額は申告納税額の100円未満切り捨てなどで数円〜100円ほど違うことがあります。住民税は翌年度（6月〜）に減り、所得割の額を超えては減りません。住民税の総所得金額等が所得税と違う場合は差し引く額も違います",
            "The tax actually due is rounded (e.g. down to 100 yen), so it may differ by a few yen up to 100. The residence tax falls the following fiscal year (from June) and never by more than its income levy; if its total income differs from the income tax's, so does the amount subtracted",
        ),
        SRC_TABLE,
    ));
}
