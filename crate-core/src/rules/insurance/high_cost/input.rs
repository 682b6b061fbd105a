//! The planner's input, read by its schema, with the checks that need more than one field: a
//! bracket or a remuneration (not both, not neither), the months in order without repeats, and the
//! earlier benefit months before the plan.

use super::schema::{self as field, copay as c, month as m, AgeGroup, Band, CopayRate, Member, Setting, SCHEMA};
use crate::date::Date;
use crate::msg::{Errors, Msg};
use crate::reader::Reader;
use crate::schema::Field;
use crate::value::Value;

/// How each month's bracket is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The bracket, as given (it must be in every month's table).
    Bracket(Band),
    /// 標準報酬月額: each month's bracket is found in that month's table.
    Pay { yen: i64, resident_tax_exempt: bool },
}

/// One month of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    /// The month's first day.
    pub month: Date,
    /// 総医療費 (10割).
    pub medical_cost_yen: i64,
    /// `None`: the rate of the age group / bracket.
    pub copay_percent: Option<i64>,
    pub inpatient: bool,
    /// 先進医療の技術料 (never capped).
    pub advanced_care_yen: i64,
    pub meals: i64,
    /// `None`: the dated 標準負担額 for the bracket.
    pub meal_yen: Option<i64>,
    /// The insurer changed from this month: the 〈多数回〉 count starts again.
    pub insurer_changed: bool,
}

/// A co-payment of a plan's month other than the patient's own row (世帯合算): the patient's at
/// another 医療機関 (or the other of 入院/外来), or a family member's on the same insurance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherCopay {
    pub month: Date,
    pub member: Member,
    /// The 医療機関 as typed (rows of one person, 医療機関 and setting are added together).
    pub provider: String,
    pub setting: Setting,
    /// 医療費 (10割).
    pub medical_cost_yen: i64,
    pub copay_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub age: AgeGroup,
    pub who: Who,
    pub months: Vec<MonthRow>,
    /// 世帯合算: the months' other co-payments, in the input's order.
    pub other_copays: Vec<OtherCopay>,
    /// Months before the plan in which a benefit was paid (for 〈多数回〉), oldest first.
    pub prior_benefit_months: Vec<Date>,
    /// Paid in the 8月〜7月 year of the first month, before it (for the 年間上限).
    pub year_paid_before_yen: i64,
    /// 区分エ's lower 年間上限 (年収約200万円以下).
    pub low_income_under_2m: bool,
}

fn read_month(row: &mut Reader<'_>) -> Option<MonthRow> {
    let month = row.month(&m::MONTH);
    let medical_cost_yen = row.int(&m::MEDICAL_COST);
    let copay_percent = row.choice::<CopayRate>(&m::COPAY_PERCENT).map(CopayRate::percent);
    let inpatient = row.flag(&m::INPATIENT);
    let advanced_care_yen = row.int(&m::ADVANCED_CARE);
    let meals = row.int(&m::MEALS);
    let meal_yen = row.opt_int(&m::MEAL_YEN);
    let insurer_changed = row.flag(&m::INSURER_CHANGED);
    retired_household(row);
    if meals > 0 && !inpatient && !row.failed(&m::MEALS) {
        row.error(
            &m::MEALS,
            "requires_inpatient",
            Msg::new(
                "入院時の食事は入院を含む月にだけ入力できます（inpatient を true に）",
                "Hospital meals only in a month with a stay (set inpatient to true)",
            ),
        );
    }
    Some(MonthRow {
        month: month?,
        medical_cost_yen,
        copay_percent,
        inpatient,
        advanced_care_yen,
        meals,
        meal_yen,
        insurer_changed,
    })
}

/// An old plan's `other_household_copay_yen` (not 0): refused on its own cell, naming the amount.
/// Not migrated: the old amount has no 医療費 (10割) beside it, nor whose or which 医療機関's it
/// was — guessing them would change the cap's 1% term and the 21,000-yen test without a word.
fn retired_household(row: &mut Reader<'_>) {
    if !row.applies(&m::HOUSEHOLD) {
        return;
    }
    let Some(yen) = row.opt_int(&m::HOUSEHOLD) else { return };
    let amount = crate::money::group(yen);
    row.error(
        &m::HOUSEHOLD,
        "moved_to_other_copays",
        Msg::new(
            format!("世帯合算の入力方法が変わりました。この月の {amount}円 は医療費（10割）が分からないため計算に使えません。「同じ月の他の自己負担」（other_copays）に、人・医療機関・入院/外来・医療費（10割）・自己負担を1行ずつ入力し、この欄は空にしてください"),
            format!("Adding up a household is entered differently now: this month's {amount} yen cannot be used without its medical cost (100%). Enter each co-payment as a row of other_copays (who, hospital, inpatient/outpatient, medical cost, co-payment) and clear this box"),
        ),
    );
}

/// One other co-payment: its month must be one of the plan's, its co-payment no more than its cost.
fn read_copay(row: &mut Reader<'_>, months: &[Date]) -> Option<OtherCopay> {
    let month = row.month(&c::MONTH);
    let member = row.choice::<Member>(&c::MEMBER);
    let provider = row.text(&c::PROVIDER);
    let setting = row.choice::<Setting>(&c::SETTING);
    let medical_cost_yen = row.int(&c::MEDICAL_COST);
    let copay_yen = row.int(&c::COPAY);
    if let Some(d) = month {
        if !months.is_empty() && !months.contains(&d) {
            row.error(
                &c::MONTH,
                "not_in_plan",
                Msg::new(
                    format!("{} は計画の月にありません（先に月の行を入力してください）", ym(d)),
                    format!("{} is not a month of the plan (add the month first)", ym(d)),
                ),
            );
        }
    }
    if copay_yen > medical_cost_yen && !row.failed(&c::COPAY) && !row.failed(&c::MEDICAL_COST) {
        row.error(
            &c::COPAY,
            "exceeds_cost",
            Msg::new(
                "自己負担が医療費（10割）より大きくなっています",
                "The co-payment is more than the medical cost (100%)",
            ),
        );
    }
    Some(OtherCopay {
        month: month?,
        member: member?,
        provider: provider?,
        setting: setting?,
        medical_cost_yen,
        copay_yen,
    })
}

/// The bracket or the remuneration, exactly one of them.
fn read_who(r: &mut Reader<'_>) -> Option<Who> {
    let bracket = r.choice::<Band>(&field::BRACKET);
    let pay = r.opt_int(&field::REMUNERATION);
    let exempt = r.flag(&field::RESIDENT_TAX_EXEMPT);
    let (given_bracket, given_pay) = (r.given(&field::BRACKET), r.given(&field::REMUNERATION));
    if given_bracket && given_pay {
        r.error(
            &field::BRACKET,
            "conflict",
            Msg::new(
                "所得区分（bracket）と標準報酬月額（standard_monthly_remuneration_yen）はどちらか一方だけ指定してください",
                "Give either the bracket or the standard monthly remuneration (standard_monthly_remuneration_yen), not both",
            ),
        );
    } else if !given_bracket && !given_pay {
        r.error(
            &field::BRACKET,
            "required",
            Msg::new(
                "所得区分（bracket）か標準報酬月額（standard_monthly_remuneration_yen）を指定してください",
                "Give the bracket or the standard monthly remuneration (standard_monthly_remuneration_yen)",
            ),
        );
    }
    if exempt && !given_pay {
        r.error(
            &field::RESIDENT_TAX_EXEMPT,
            "requires_remuneration",
            Msg::new(
                "住民税非課税は標準報酬月額と一緒に指定します（区分で指定する場合は o（オ）または teishotoku2／teishotoku1 を選択）",
                "resident_tax_exempt goes with the standard monthly remuneration (with a bracket, choose o, teishotoku2 or teishotoku1)",
            ),
        );
    }
    match (bracket, pay) {
        (Some(b), None) => Some(Who::Bracket(b)),
        (None, Some(yen)) => Some(Who::Pay { yen, resident_tax_exempt: exempt }),
        _ => None,
    }
}

/// Months must go forward: a month not after the one before is an error on its own row.
fn check_order(r: &mut Reader<'_>, months: &[(usize, Date)]) {
    for pair in months.windows(2) {
        let ((_, before), (i, here)) = (pair[0], pair[1]);
        if here <= before {
            let (code, ja, en) = if here == before {
                (
                    "repeated",
                    format!("{} が2回あります（同じ月は1行にまとめてください）", ym(here)),
                    format!("{} appears twice (one row per month)", ym(here)),
                )
            } else {
                (
                    "out_of_order",
                    format!("{} は前の行の {} より前です（古い月から順に）", ym(here), ym(before)),
                    format!("{} comes before the row above ({}); list the months oldest first", ym(here), ym(before)),
                )
            };
            r.errors.push(crate::msg::FieldError::new(format!("months[{i}].month"), code, Msg::new(ja, en)));
        }
    }
}

/// `2026-08`.
pub fn ym(d: Date) -> String {
    format!("{:04}-{:02}", d.year, d.month)
}

/// Reads the planner's own fields and its months from `r`, whose schema lists them by the same
/// consts (the reader checks fields by key): `months` is a rows field whose rows hold
/// [`month::ROWS`](super::schema::month::ROWS)' fields and maybe more, which `extra` reads from each
/// row (a composite calculator's own month fields). Returns the input and each month's extra, in
/// the months' order; every problem is recorded in `r`.
pub(crate) fn read_plan<T>(
    r: &mut Reader<'_>,
    months: &Field,
    mut extra: impl FnMut(&mut Reader<'_>, usize) -> T,
) -> (Input, Vec<T>) {
    let age = r.choice::<AgeGroup>(&field::AGE_GROUP).unwrap_or(AgeGroup::Under70);
    let who = read_who(r);
    let rows = r.rows(months, |row, i| {
        let m = read_month(row);
        let x = extra(row, i);
        m.map(|m| (i, m, x))
    });
    if r.given(months) && rows.is_empty() && !r.failed(months) {
        r.error(months, "required", Msg::new("少なくとも1か月を入力してください", "Enter at least one month"));
    }
    let dated: Vec<(usize, Date)> = rows.iter().flatten().map(|(i, m, _)| (*i, m.month)).collect();
    check_order(r, &dated);
    let first = dated.first().map(|(_, d)| *d);
    let prior: Vec<Option<Date>> = r.list(&field::PRIOR_BENEFIT_MONTHS, |item| {
        let d = item.month()?;
        if first.is_some_and(|f| d >= f) {
            let f = first.map(ym).unwrap_or_default();
            item.error(
                "not_before_plan",
                Msg::new(
                    format!("{} は計画の最初の月（{f}）より前の月にしてください", ym(d)),
                    format!("{} must be before the plan's first month ({f})", ym(d)),
                ),
            );
        }
        Some(d)
    });
    let mut prior_benefit_months: Vec<Date> = prior.into_iter().flatten().collect();
    prior_benefit_months.sort();
    prior_benefit_months.dedup();
    let year_paid_before_yen = r.int(&field::YEAR_PAID_BEFORE);
    let low_income_under_2m = r.flag(&field::LOW_INCOME_UNDER_2M);
    // A row's month is checked against the plan's only when every month was read.
    let plan_months: Vec<Date> =
        if rows.iter().all(Option::is_some) { dated.iter().map(|(_, d)| *d).collect() } else { Vec::new() };
    let other_copays =
        r.rows(&field::OTHER_COPAYS, |row, _| read_copay(row, &plan_months)).into_iter().flatten().collect();
    let (months, extras) = rows.into_iter().flatten().map(|(_, m, x)| (m, x)).unzip();
    let input = Input {
        age,
        who: who.unwrap_or(Who::Bracket(Band::E)),
        months,
        other_copays,
        prior_benefit_months,
        year_paid_before_yen,
        low_income_under_2m,
    };
    (input, extras)
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let (input, _) = read_plan(&mut r, &field::MONTHS, |_, _| ());
    r.finish(input)
}
