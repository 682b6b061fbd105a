//! The year plan's input: the 高額療養費 planner's, read by its own reader function from this
//! schema, and each month's JMDP fees, room, transport and other costs, with the checks across
//! months (final consent once, a refund after it, no more transport refunded than paid).

use super::schema::{self as field, month as m, SCHEMA};
use crate::date::Date;
use crate::msg::{Errors, FieldError, Msg};
use crate::reader::Reader;
use crate::rules::insurance::high_cost::{self, ym};
use crate::rules::insurance::public_aid::{Aid, Category, Program, Tier};
use crate::value::Value;

/// What a month adds to the 高額療養費 planner's month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extra {
    pub donors_tested: i64,
    pub final_consent: bool,
    pub refund: bool,
    pub option_tests: i64,
    pub oral_mucosa_dna: bool,
    pub donor_room_yen: i64,
    pub transport_paid_yen: i64,
    pub transport_reimbursed_yen: i64,
    pub other_medical_yen: i64,
    /// Days off work without pay (for 傷病手当金).
    pub days_off: i64,
    /// Days in a private room the patient asked for (差額ベッド).
    pub own_room_days: i64,
}

/// The municipality's help, as the family typed it: what is left per month, and whether it pays
/// the meals too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipal {
    pub cap_yen: i64,
    pub meals: bool,
}

/// A 健康保険組合's 付加給付, as the family typed it from the fund's notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fund {
    /// What the fund leaves the patient per month (and 医療機関).
    pub threshold_yen: i64,
    pub unit: field::FundUnit,
    /// Below this nothing is paid (0: no such rule).
    pub minimum_yen: i64,
    /// Paid this many months after the month of care.
    pub delay_months: i64,
}

impl Fund {
    /// The 付加給付 on a co-payment after 高額療養費: the part above the fund's threshold, rounded
    /// down to the fund's unit, nothing below its minimum. (JT健康保険組合's example: 87,430 −
    /// 20,000 = 67,430 → 67,000 at 500 yen.)
    pub fn amount(&self, copay_after_cap: i64) -> i64 {
        self.steps(copay_after_cap).2
    }

    /// The amount's steps, as its explanation shows them: above the threshold, rounded, paid.
    pub fn steps(&self, copay_after_cap: i64) -> (i64, i64, i64) {
        let over = (copay_after_cap - self.threshold_yen).max(0);
        let rounded = over - over % self.unit.yen();
        (over, rounded, if rounded < self.minimum_yen { 0 } else { rounded })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The 高額療養費 planner's input (its months are this plan's, in order).
    pub plan: high_cost::Input,
    /// One per month, in the plan's order.
    pub extras: Vec<Extra>,
    /// 限度額適用認定証 / マイナ保険証: the window stops at the cap.
    pub ceiling_certificate: bool,
    pub jmdp_exemption_percent: i64,
    /// 付加給付 (None: 協会けんぽ, 国保 … or a fund without one).
    pub fund: Option<Fund>,
    /// 傷病手当金: the average 標準報酬月額 and the first day off (None: none claimed).
    pub sick_pay: Option<(i64, Date)>,
    /// 小児慢性特定疾病 / 指定難病 (None: no 受給者証).
    pub aid: Option<Aid>,
    /// 子ども医療費助成 and the like (None: none).
    pub municipal: Option<Municipal>,
    /// The patient's own private room, a day (差額ベッド).
    pub own_room_daily_yen: i64,
    pub total_income_yen: Option<i64>,
    pub taxable_income_yen: Option<i64>,
}

impl Input {
    /// What helps with a month's co-payment after 高額療養費, in the order the receipts settle it: the
    /// 受給者証 at the window (its limit), the municipality's help (what it leaves), then the fund's
    /// 付加給付 on what is left. Returns (subsidy, municipality, fund).
    pub fn medical_relief(&self, aid_limit: Option<i64>, copay: i64) -> (i64, i64, i64) {
        let after_aid = aid_limit.map_or(copay, |l| copay.min(l));
        let after_municipal = self.municipal.map_or(after_aid, |m| after_aid.min(m.cap_yen));
        let fund = self.fund.map_or(0, |f| f.amount(after_municipal));
        (copay - after_aid, after_aid - after_municipal, fund)
    }
}

fn read_extra(row: &mut Reader<'_>) -> Extra {
    Extra {
        donors_tested: row.int(&m::DONORS_TESTED),
        final_consent: row.flag(&m::FINAL_CONSENT),
        refund: row.flag(&m::REFUND),
        option_tests: row.int(&m::OPTION_TESTS),
        oral_mucosa_dna: row.flag(&m::ORAL_MUCOSA_DNA),
        donor_room_yen: row.int(&m::DONOR_ROOM),
        transport_paid_yen: row.int(&m::TRANSPORT_PAID),
        transport_reimbursed_yen: row.int(&m::TRANSPORT_REIMBURSED),
        other_medical_yen: row.int(&m::OTHER_MEDICAL),
        days_off: row.int(&m::DAYS_OFF),
        own_room_days: row.int(&m::OWN_ROOM_DAYS),
    }
}

fn error(i: usize, f: &crate::schema::Field, code: &str, ja: String, en: String) -> FieldError {
    FieldError::new(format!("months[{i}].{}", f.key), code, Msg::new(ja, en))
}

/// 4.〜6. are billed once per registration (参考資料2-13); 5.・6. come back only after they were
/// billed, and once.
fn check_jmdp(input: &Input, errors: &mut Errors) {
    let months: Vec<String> = input.plan.months.iter().map(|r| ym(r.month)).collect();
    let consent: Vec<usize> =
        input.extras.iter().enumerate().filter(|(_, x)| x.final_consent).map(|(i, _)| i).collect();
    for &i in consent.iter().skip(1) {
        errors.push(error(
            i,
            &m::FINAL_CONSENT,
            "once",
            format!("最終同意の負担金（4.〜6.）は登録中に1回だけ請求されます（{} に既にあります）", months[consent[0]]),
            format!(
                "The final-consent fees (items 4–6) are billed once per registration (already in {})",
                months[consent[0]]
            ),
        ));
    }
    let refunds: Vec<usize> = input.extras.iter().enumerate().filter(|(_, x)| x.refund).map(|(i, _)| i).collect();
    for (n, &i) in refunds.iter().enumerate() {
        if n > 0 {
            errors.push(error(
                i,
                &m::REFUND,
                "once",
                format!("5.・6.の返金は1回だけです（{} に既にあります）", months[refunds[0]]),
                format!("Items 5 and 6 are refunded once (already in {})", months[refunds[0]]),
            ));
        } else if consent.first().is_none_or(|&c| c > i) {
            errors.push(error(
                i,
                &m::REFUND,
                "requires_final_consent",
                String::from("5.・6.が返金されるのは最終同意で請求された後です。最終同意の一括請求の月（この月かそれより前）も入力してください"),
                String::from("Items 5 and 6 are refunded only after final consent billed them: mark the month of the final-consent fees (this month or an earlier one)"),
            ));
        }
    }
}

/// The transport refunded by a month cannot exceed what was paid up to it and not yet refunded.
fn check_transport(input: &Input, errors: &mut Errors) {
    let mut open = 0;
    for (i, x) in input.extras.iter().enumerate() {
        open += x.transport_paid_yen;
        if x.transport_reimbursed_yen > open {
            errors.push(error(
                i,
                &m::TRANSPORT_REIMBURSED,
                "exceeds_paid",
                format!(
                    "戻った運搬費（{}円）が、この月までに支払ってまだ戻っていない運搬費（{}円）より多くなっています",
                    crate::money::group(x.transport_reimbursed_yen),
                    crate::money::group(open)
                ),
                format!(
                    "The transport refund ({} yen) is more than the transport paid up to this month and not yet refunded ({} yen)",
                    crate::money::group(x.transport_reimbursed_yen),
                    crate::money::group(open)
                ),
            ));
        }
        open -= x.transport_reimbursed_yen.min(open);
    }
}

/// The incomes: the taxable income needs the total income, and is never more than it.
fn read_incomes(r: &mut Reader<'_>) -> (Option<i64>, Option<i64>) {
    let total = r.opt_int(&field::TOTAL_INCOME);
    let taxable = r.opt_int(&field::TAXABLE_INCOME);
    if r.failed(&field::TOTAL_INCOME) || r.failed(&field::TAXABLE_INCOME) {
        return (total, taxable);
    }
    match (total, taxable) {
        (None, Some(_)) => r.error(
            &field::TAXABLE_INCOME,
            "requires_total_income",
            Msg::new(
                "税の軽減額には総所得金額等（total_income_yen）も入力してください",
                "The tax saving needs the total income (total_income_yen) as well",
            ),
        ),
        (Some(t), Some(x)) if x > t => r.error(
            &field::TAXABLE_INCOME,
            "exceeds_total_income",
            Msg::new(
                "課税総所得金額は総所得金額等（所得控除を引く前）より大きくなりません",
                "Taxable income cannot exceed the total income (it is what remains after the deductions)",
            ),
        ),
        _ => {}
    }
    (total, taxable)
}

/// 傷病手当金 needs both the pay and the first day off.
fn read_sick_pay(r: &mut Reader<'_>) -> Option<(i64, Date)> {
    let pay = r.opt_int(&field::SICK_PAY_REMUNERATION);
    let first = r.date(&field::SICK_PAY_FIRST_DAY);
    if r.failed(&field::SICK_PAY_REMUNERATION) || r.failed(&field::SICK_PAY_FIRST_DAY) {
        return None;
    }
    match (pay, first) {
        (Some(p), Some(d)) => return Some((p, d)),
        (Some(_), None) => r.error(
            &field::SICK_PAY_FIRST_DAY,
            "required_with_sick_pay",
            Msg::new(
                "傷病手当金には仕事を休み始めた日も入力してください（待期と支給期間はこの日から数えます）",
                "The sickness allowance needs the first day off work as well (the waiting days and the period count from it)",
            ),
        ),
        (None, Some(_)) => r.error(
            &field::SICK_PAY_REMUNERATION,
            "required_with_sick_pay",
            Msg::new(
                "傷病手当金には休む前12か月の標準報酬月額の平均も入力してください",
                "The sickness allowance needs the average standard monthly pay of the 12 months before as well",
            ),
        ),
        (None, None) => {}
    }
    None
}

/// Days off fit their month: no more than its days (in the first day off's month, than the days
/// from it), and none before the first day off.
fn check_days_off(input: &Input, errors: &mut Errors) {
    let first = input.sick_pay.map(|(_, d)| d);
    for (i, (row, x)) in input.plan.months.iter().zip(&input.extras).enumerate() {
        if x.days_off == 0 {
            continue;
        }
        let (y, mo) = (row.month.year, row.month.month);
        let days = i64::from(crate::date::days_in_month(y, mo));
        let from = first.filter(|d| d.year == y && d.month == mo).map_or(1, |d| i64::from(d.day));
        let before = first.is_some_and(|d| (y, mo) < (d.year, d.month));
        if before {
            errors.push(error(
                i,
                &m::DAYS_OFF,
                "before_first_day_off",
                format!(
                    "{} は仕事を休み始めた日（{}）より前の月です",
                    ym(row.month),
                    first.map(|d| d.to_string()).unwrap_or_default()
                ),
                format!(
                    "{} is before the first day off work ({})",
                    ym(row.month),
                    first.map(|d| d.to_string()).unwrap_or_default()
                ),
            ));
        } else if x.days_off > days - from + 1 {
            errors.push(error(
                i,
                &m::DAYS_OFF,
                "more_days_than_month",
                format!("{} に休めるのは{}日までです（{}日から月末まで）", ym(row.month), days - from + 1, from),
                format!("{} has at most {} days off (from day {} to its end)", ym(row.month), days - from + 1, from),
            ));
        }
    }
}

/// The fund's rule: its threshold and, read always (they have defaults), its rounding, its
/// minimum and when it pays.
fn read_fund(r: &mut Reader<'_>) -> Option<Fund> {
    let threshold = r.opt_int(&field::FUND_THRESHOLD);
    let unit = r.choice::<field::FundUnit>(&field::FUND_UNIT);
    let minimum_yen = r.int(&field::FUND_MINIMUM);
    let delay_months = r.int(&field::FUND_DELAY);
    Some(Fund { threshold_yen: threshold?, unit: unit?, minimum_yen, delay_months })
}

/// The 受給者証: its program needs its tier.
fn read_aid(r: &mut Reader<'_>) -> Option<Aid> {
    let program = r.choice::<Program>(&field::PUBLIC_AID);
    let tier = r.choice::<Tier>(&field::PUBLIC_AID_TIER);
    let category = r.choice::<Category>(&field::PUBLIC_AID_CATEGORY);
    let certificate_cap_yen = r.opt_int(&field::PUBLIC_AID_CAP);
    if r.failed(&field::PUBLIC_AID) || r.failed(&field::PUBLIC_AID_TIER) {
        return None;
    }
    match (program, tier) {
        (Some(program), Some(tier)) => {
            return Some(Aid { program, tier, category: category?, certificate_cap_yen });
        }
        (Some(_), None) => r.error(
            &field::PUBLIC_AID_TIER,
            "required_with_public_aid",
            Msg::new(
                "公費の医療費助成には受給者証の階層区分も選んでください（上限額は階層区分で決まります）",
                "The public subsidy needs the certificate's income tier as well (the cap depends on it)",
            ),
        ),
        (None, Some(_)) => r.error(
            &field::PUBLIC_AID,
            "required_with_public_aid",
            Msg::new(
                "階層区分を使うには公費の医療費助成（小児慢性特定疾病・指定難病）も選んでください",
                "The income tier needs the public subsidy (pediatric chronic or intractable disease) as well",
            ),
        ),
        (None, None) if certificate_cap_yen.is_some() => r.error(
            &field::PUBLIC_AID,
            "required_with_public_aid",
            Msg::new(
                "受給者証の上限額を使うには公費の医療費助成（小児慢性特定疾病・指定難病）と階層区分も選んでください",
                "The certificate's cap needs the public subsidy (pediatric chronic or intractable disease) and its tier as well",
            ),
        ),
        (None, None) => {}
    }
    None
}

fn read_municipal(r: &mut Reader<'_>) -> Option<Municipal> {
    let cap = r.opt_int(&field::MUNICIPAL_CAP);
    let meals = r.flag(&field::MUNICIPAL_MEALS);
    Some(Municipal { cap_yen: cap?, meals })
}

/// A month's room days fit the month, and need the charge a day.
fn check_own_room(input: &Input, errors: &mut Errors) {
    for (i, (row, x)) in input.plan.months.iter().zip(&input.extras).enumerate() {
        let days = i64::from(crate::date::days_in_month(row.month.year, row.month.month));
        if x.own_room_days > days {
            errors.push(error(
                i,
                &m::OWN_ROOM_DAYS,
                "more_days_than_month",
                format!("{} は{}日までです", ym(row.month), days),
                format!("{} has {} days", ym(row.month), days),
            ));
        }
    }
    if input.own_room_daily_yen == 0 {
        if let Some(i) = input.extras.iter().position(|x| x.own_room_days > 0) {
            errors.push(FieldError::new(
                field::OWN_ROOM_DAILY.key,
                "required_with_room_days",
                Msg::new(
                    format!(
                        "{} に差額ベッドの日数があります。1日あたりの額も入力してください",
                        ym(input.plan.months[i].month)
                    ),
                    format!(
                        "{} has days in a private room: enter the charge per day as well",
                        ym(input.plan.months[i].month)
                    ),
                ),
            ));
        }
    }
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let (plan, extras) = high_cost::read_plan(&mut r, &field::MONTHS, |row, _| read_extra(row));
    let ceiling_certificate = r.flag(&field::CEILING_CERTIFICATE);
    let jmdp_exemption_percent = r.int(&field::JMDP_EXEMPTION_PERCENT);
    let fund = read_fund(&mut r);
    let sick_pay = read_sick_pay(&mut r);
    let aid = read_aid(&mut r);
    let municipal = read_municipal(&mut r);
    let own_room_daily_yen = r.int(&field::OWN_ROOM_DAILY);
    let (total_income_yen, taxable_income_yen) = read_incomes(&mut r);
    let input = Input {
        plan,
        extras,
        ceiling_certificate,
        jmdp_exemption_percent,
        fund,
        sick_pay,
        aid,
        municipal,
        own_room_daily_yen,
        total_income_yen,
        taxable_income_yen,
    };
    // The checks across months only on months that were read whole (else the indexes would shift).
    if r.errors.is_empty() {
        check_jmdp(&input, &mut r.errors);
        check_transport(&input, &mut r.errors);
        check_days_off(&input, &mut r.errors);
        check_own_room(&input, &mut r.errors);
    }
    r.finish(input)
}
