//! 傷病手当金 (健康保険法第99条): what a member of an employees' health insurance (協会けんぽ, a
//! 健康保険組合, a 共済組合) is paid for each day off work, unpaid, for an illness outside work —
//! the money that comes in while a transplant keeps an adult from working.
//!
//! A day's amount is the average 標準報酬月額 of the 12 months up to the first day paid, ÷ 30,
//! rounded to 10 yen (5円未満切り捨て・5円以上切り上げ), × 2/3, rounded to the yen (50銭未満切り捨て・
//! 50銭以上切り上げ) (第99条第2項). The first 3 days off are 待期 and not paid (第99条第1項). From
//! 2022-01-01 it is paid for at most as many days as there are in the 1年6か月 from the first day
//! paid, counted over the days actually paid (通算, 第99条第4項 as amended by 令和3年法律第66号).
//! 国民健康保険 has none (a 任意給付 its insurers do not pay, save a few 国保組合). It is not taxable.
//!
//! Readings: the days off a month entered are days without pay; the 待期 is the first 3 of them
//! from the first day off (taken as consecutive); a day's amount is the one of the first day paid
//! (a later change of 標準報酬月額 does not change it).

use crate::date::{ymd, Date, MonthEnd};
use crate::explain::{Fx, TraceStep};
use crate::money::{quotient_2dp, Direction, Rounding};
use crate::msg::{Errors, Msg, Text};
use crate::params::{Confidence, Ctx, Param, Unit};
use crate::sources::{cite, Cite, HEALTH_INSURANCE_ACT};

/// The 12-month average rule (平成28年4月から).
const FROM: Date = ymd(2016, 4, 1);
/// 通算 1年6か月 (令和4年1月1日から).
const TOTALLED_FROM: Date = ymd(2022, 1, 1);

const SRC_AMOUNT: &Cite = cite!(
    HEALTH_INSURANCE_ACT,
    "第99条第2項",
    quote: "直近の継続した十二月間の各月の標準報酬月額を平均した額の三十分の一に相当する額"
);
const SRC_WAITING: &Cite = cite!(HEALTH_INSURANCE_ACT, "第99条第1項", quote: "労務に服することができなくなつた日から起算して三日を経過した日から");
const SRC_PERIOD: &Cite = cite!(HEALTH_INSURANCE_ACT, "第99条第4項（令和4年1月1日から通算）", quote: "その支給を始めた日から通算して一年六月間");

pub static PARAMS: &[Param] = &[
    Param::new(
        "insurance.sick_pay.days_per_month",
        30,
        Unit::Days,
        FROM,
        SRC_AMOUNT,
        "傷病手当金: 標準報酬月額の平均を日額にする日数（÷30）",
        "Sickness allowance: days the average monthly pay is divided by (÷30)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.sick_pay.rate_numerator",
        2,
        Unit::Count,
        FROM,
        SRC_AMOUNT,
        "傷病手当金: 日額の割合の分子（2/3の2）",
        "Sickness allowance: the rate's numerator (the 2 of 2/3)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.sick_pay.rate_denominator",
        3,
        Unit::Count,
        FROM,
        SRC_AMOUNT,
        "傷病手当金: 日額の割合の分母（2/3の3）",
        "Sickness allowance: the rate's denominator (the 3 of 2/3)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.sick_pay.waiting_days",
        3,
        Unit::Days,
        FROM,
        SRC_WAITING,
        "傷病手当金: 待期（支給されない最初の休みの日数）",
        "Sickness allowance: waiting days (the first days off, not paid)",
    )
    .confidence(Confidence::High),
    Param::new(
        "insurance.sick_pay.period_months",
        18,
        Unit::Months,
        TOTALLED_FROM,
        SRC_PERIOD,
        "傷病手当金: 支給期間（支給を始めた日から通算1年6か月）",
        "Sickness allowance: the period (1 year 6 months in all from the first day paid)",
    )
    .confidence(Confidence::High),
];

/// 標準報酬日額: 10円未満四捨五入 (5円未満切り捨て、5円以上切り上げ).
pub const DAILY_PAY_10_YEN: Rounding = Rounding::new(
    10,
    Direction::HalfUp,
    "10円未満四捨五入（5円未満切り捨て・5円以上切り上げ）",
    "To the nearest 10 yen (under 5 down, 5 and over up)",
    SRC_AMOUNT,
);

/// 傷病手当金の日額: 1円未満四捨五入 (50銭未満切り捨て、50銭以上切り上げ).
pub const ALLOWANCE_1_YEN: Rounding = Rounding::new(
    1,
    Direction::HalfUp,
    "1円未満四捨五入（50銭未満切り捨て・50銭以上切り上げ）",
    "To the nearest yen (under 50 sen down, 50 sen and over up)",
    SRC_AMOUNT,
);

const DAYS: Text = Text::new("日", "days");

/// The allowance of a plan: its day's amount and how many days it may be paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    pub daily_yen: i64,
    pub waiting_days: i64,
    /// The first day paid (the day after the 待期).
    pub first_paid: Date,
    /// The most days it is paid (the days of 1年6か月 from the first day paid).
    pub max_days: i64,
}

/// The day's amount from the average 標準報酬月額, and the period, for a first day off `first_off`.
pub fn allowance(
    average_pay: i64,
    first_off: Date,
    key: &str,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Allowance, Errors> {
    let wait = ctx.get_on(&PARAMS[3], first_off)?.value;
    let first_paid = first_off.add_days(wait);
    let per = ctx.get_on(&PARAMS[0], first_paid)?;
    let (num, den) = (ctx.get_on(&PARAMS[1], first_paid)?.value, ctx.get_on(&PARAMS[2], first_paid)?.value);
    let months = ctx.get_on(&PARAMS[4], first_paid)?.value;
    let daily_pay = DAILY_PAY_10_YEN.apply_ratio(average_pay, per.value);
    trace.push(TraceStep::yen(
        format!("{key}.daily_pay"),
        Msg::new("傷病手当金: 標準報酬日額", "Sickness allowance: daily pay"),
        Fx::new()
            .yen(average_pay)
            .words("（標準報酬月額の平均）÷ ", " (average monthly pay) ÷ ")
            .qty(per.value, DAYS)
            .op(" = ")
            .yen_dec(quotient_2dp(average_pay, per.value))
            .op(" → ")
            .msg(&DAILY_PAY_10_YEN.describe())
            .op(" ")
            .yen(daily_pay),
        daily_pay,
        SRC_AMOUNT,
    ));
    let daily_yen = ALLOWANCE_1_YEN.apply_ratio(daily_pay * num, den);
    trace.push(TraceStep::yen(
        format!("{key}.daily"),
        Msg::new("傷病手当金の日額", "Sickness allowance a day"),
        Fx::new()
            .yen(daily_pay)
            .op(&format!(" × {num}/{den} = "))
            .yen_dec(quotient_2dp(daily_pay * num, den))
            .op(" → ")
            .msg(&ALLOWANCE_1_YEN.describe())
            .op(" ")
            .yen(daily_yen),
        daily_yen,
        SRC_AMOUNT,
    ));
    let end = first_paid.add_months(months as i32, MonthEnd::Clamp);
    let max_days = first_paid.days_until(end);
    trace.push(TraceStep::new(
        format!("{key}.period"),
        Msg::new("傷病手当金を受けられる日数（通算）", "Days the allowance may be paid (in all)"),
        Fx::new()
            .words(&format!("{first_off} から休み、待期"), &format!("Off from {first_off}; "))
            .qty(wait, DAYS)
            .words(
                &format!("の後 {first_paid} から。{first_paid}〜{} の", end.add_days(-1)),
                &format!(" waiting, paid from {first_paid}; the days of {first_paid} to {}: ", end.add_days(-1)),
            )
            .qty(max_days, DAYS),
        Some(max_days),
        Unit::Days,
        SRC_PERIOD,
    ));
    Ok(Allowance { daily_yen, waiting_days: wait, first_paid, max_days })
}
