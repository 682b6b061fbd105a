//! What the year plan answers: the 高額療養費 planner's result as it is, then per month what the
//! family pays at the window and finally bears, per 8月〜7月 year and per calendar year the
//! totals, and per calendar year what counts for 医療費控除 and the tax it saves.

use crate::rules::insurance::high_cost;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthResult {
    /// `YYYY-MM`.
    pub month: String,
    /// JMDP fees billed this month: gross, the exemption, what is payable.
    pub jmdp_billed_yen: i64,
    pub jmdp_exempted_yen: i64,
    pub jmdp_payable_yen: i64,
    /// 5.・6. refunded this month (after the exemption: what was paid for them).
    pub jmdp_refund_received_yen: i64,
    /// This month's JMDP fees as finally borne: payable less a later refund of them.
    pub jmdp_fees_yen: i64,
    pub donor_room_yen: i64,
    pub transport_paid_yen: i64,
    /// 療養費 received this month (as typed).
    pub transport_reimbursed_yen: i64,
    /// This month's transport less what came back for it (refunds set against the oldest first).
    pub transport_net_yen: i64,
    pub other_medical_yen: i64,
    /// At the window with a ceiling certificate / マイナ保険証: the co-payment up to the cap, meals
    /// and 先進医療; and what still comes back later (世帯合算 only).
    pub window_with_certificate_yen: i64,
    pub benefit_later_with_certificate_yen: i64,
    /// Without one: the whole co-payment, meals and 先進医療; the benefit on the patient's own
    /// co-payment comes back later.
    pub window_without_certificate_yen: i64,
    pub benefit_later_without_certificate_yen: i64,
    /// The two above for the `ceiling_certificate` given.
    pub window_yen: i64,
    pub benefit_later_yen: i64,
    /// 付加給付: what the 健康保険組合 pays back on this month's co-payment after the cap (0
    /// without a fund rule), and the month it is paid in (null without one).
    pub fund_benefit_yen: i64,
    pub fund_paid_month: Option<String>,
    /// 小児慢性特定疾病 / 指定難病: the month's limit on the co-payment (the cap, or 2割 of the
    /// 医療費 when lower; null without a 受給者証), and what the subsidy pays of the co-payment and
    /// the meals (at the window).
    pub aid_limit_yen: Option<i64>,
    pub aid_yen: i64,
    /// What the municipality's help pays of the co-payment (and the meals, when it covers them).
    pub municipal_yen: i64,
    /// The patient's own private room (差額ベッド): a day's charge × the days. Borne, never
    /// counted for 医療費控除.
    pub own_room_yen: i64,
    /// 傷病手当金 for this month: the days paid (days off less the 待期, within the period) and the
    /// amount (money that comes in; not taxable, not part of the incomes for 医療費控除).
    pub sick_pay_days: i64,
    pub sick_pay_yen: i64,
    /// The part of a yearly-cap refund set against this month's co-payment (the latest payments of
    /// the 8月〜7月 year first) that reaches the family: with a fund, less the 付加給付 it paid over
    /// what its rule gives after the refund. It comes back after the year ends, and counts for
    /// 医療費控除 in this month's calendar year. With a subsidy or a fund, less what they paid over
    /// what they give after the refund.
    pub year_refund_share_yen: i64,
    /// Everything the family finally bears for this month: the co-payment after the monthly cap,
    /// meals, 先進医療, JMDP fees, the donor's room, transport, other costs and the patient's own
    /// room, less the subsidies and the fund's 付加給付 (the yearly-cap refund is in `years`).
    pub out_of_pocket_yen: i64,
}

/// One movement of money: negative paid out, positive coming in (or, for the residence tax,
/// paid less), with what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CashItem {
    pub what: crate::msg::Msg,
    pub amount_yen: i64,
}

/// A calendar month in which money moves: paid out, coming in, the difference and the balance
/// running from the plan's first month (its lowest is the most the family is out of pocket).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CashMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub out_yen: i64,
    pub in_yen: i64,
    pub net_yen: i64,
    pub running_yen: i64,
    pub items: Vec<CashItem>,
}

/// One 8月〜7月 year of the plan: the planner's yearly cap, and everything borne in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanYear {
    /// `YYYY-08`.
    pub from: String,
    pub year_cap_yen: Option<i64>,
    /// Yearly refunds (年間上限 and the 70歳以上 外来 yearly cap).
    pub year_refund_yen: i64,
    /// The part of them that returns co-payments paid before the plan's first month.
    pub refund_before_plan_yen: i64,
    /// The 付加給付 paid over what the fund's rule gives on the co-payments after the yearly
    /// refund: settled against the refund, not paid to the family.
    pub refund_fund_kept_yen: i64,
    /// The same for the public and municipal subsidies: what they paid over what they give after
    /// the refund (the refund returns their money, not the family's).
    pub refund_aid_kept_yen: i64,
    /// What of the yearly refunds reaches the family: the refund less what the fund and the
    /// subsidies keep.
    pub refund_to_family_yen: i64,
    pub copay_after_cap_yen: i64,
    pub meals_yen: i64,
    pub advanced_care_yen: i64,
    pub jmdp_fees_yen: i64,
    pub donor_room_yen: i64,
    pub transport_net_yen: i64,
    pub other_medical_yen: i64,
    pub fund_benefit_yen: i64,
    pub aid_yen: i64,
    pub municipal_yen: i64,
    pub own_room_yen: i64,
    /// The months' out of pocket less the yearly refunds.
    pub out_of_pocket_yen: i64,
}

/// One calendar year of the plan, as 医療費控除 sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarYear {
    pub year: i64,
    /// What counts, by kind (each after what came back for it).
    pub copay_yen: i64,
    pub meals_yen: i64,
    pub advanced_care_yen: i64,
    pub jmdp_fees_yen: i64,
    pub donor_room_yen: i64,
    pub transport_net_yen: i64,
    pub other_medical_yen: i64,
    /// The sum of the above: what the family finally bears for this year's costs.
    pub counted_yen: i64,
    /// As the tax return has it: paid in the year, and what made up for it (benefits, refunds).
    pub paid_yen: i64,
    pub reimbursed_yen: i64,
    /// Other household members' co-payments (世帯合算) less their part of the benefit: not
    /// included (they count only for whoever pays them).
    pub household_not_included_yen: i64,
    /// The patient's own private room: not included (chosen for comfort, 所得税基本通達73-3).
    pub own_room_not_included_yen: i64,
    pub threshold_yen: i64,
    pub deduction_yen: i64,
    pub deduction_capped: bool,
    /// With the taxable income (and the total income) only.
    pub income_tax_saving_yen: Option<i64>,
    pub resident_tax_saving_yen: Option<i64>,
    pub total_saving_yen: Option<i64>,
    /// The deduction is larger than the taxable income (part of it lowers no tax; the residence
    /// tax falls by no more than its income levy).
    pub deduction_exceeds_taxable_income: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    /// The 高額療養費 planner's result as it is (months, years, totals).
    pub high_cost: high_cost::Output,
    pub ceiling_certificate: bool,
    pub jmdp_exemption_percent: i64,
    /// One per month, in the plan's order.
    pub months: Vec<MonthResult>,
    /// One per 8月〜7月 year the plan touches.
    pub years: Vec<PlanYear>,
    /// One per calendar year the plan touches.
    pub calendar_years: Vec<CalendarYear>,
    /// When money moves, by calendar month (empty on a date before the timing rows).
    pub cash: Vec<CashMonth>,
    /// The lowest running balance of `cash` (the most the family is out of pocket at once) and its
    /// month; null when the balance never falls below zero.
    pub cash_low_yen: Option<i64>,
    pub cash_low_month: Option<String>,
    pub total_jmdp_fees_yen: i64,
    pub total_donor_room_yen: i64,
    pub total_transport_net_yen: i64,
    pub total_other_medical_yen: i64,
    /// 付加給付 over the plan.
    pub total_fund_benefit_yen: i64,
    /// 小児慢性特定疾病 / 指定難病 and the municipality's help: the months' sums (what a yearly refund
    /// returns to them is each plan year's `refund_aid_kept_yen`); the patient's own room.
    pub total_aid_yen: i64,
    pub total_municipal_yen: i64,
    pub total_own_room_yen: i64,
    /// 傷病手当金: a day's amount and the days of the period left after the plan (null without it),
    /// and what comes in over the plan.
    pub sick_pay_daily_yen: Option<i64>,
    pub sick_pay_days_left: Option<i64>,
    pub total_sick_pay_yen: i64,
    /// Everything borne over the plan, after every refund.
    pub total_out_of_pocket_yen: i64,
    pub total_deduction_yen: i64,
    /// With the incomes only.
    pub total_saving_yen: Option<i64>,
}
