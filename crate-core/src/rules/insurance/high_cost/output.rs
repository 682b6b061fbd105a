//! What the planner answers: one result per month (in the input's order), one per 8月〜7月 year
//! the plan touches, and the totals.

use super::schema::{AgeGroup, Band, Member, Setting};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthResult {
    /// `YYYY-MM`.
    pub month: String,
    /// The bracket used this month (given, or found from the 標準報酬月額 in this month's table).
    pub bracket: Band,
    /// 現役並み: the 70歳未満 bracket whose caps it uses (ア/イ/ウ, from 2027-08 a1〜u3); else null.
    pub formula_bracket: Option<Band>,
    pub copay_percent: i64,
    /// The patient's 医療費 (10割): the month's own row and the patient's other rows.
    pub medical_cost_yen: i64,
    /// The patient's co-payments: the month's own row (総医療費 × rate, 10円未満四捨五入) and the
    /// patient's other rows as typed.
    pub copay_yen: i64,
    /// With a ceiling certificate: what the windows bill for the patient's co-payments (each
    /// 医療機関 up to a cap on its own 医療費; the 外来 cap for 外来 under 外来特例).
    pub window_copay_yen: i64,
    /// 世帯合算 (null when the month has no other co-payments).
    pub household: Option<HouseholdResult>,
    /// The insurer changed from this month (the 〈多数回〉 count started again).
    pub insurer_changed: bool,
    /// 70歳以上 一般・低所得, a month without a stay: the individual 外来 cap (外来特例).
    pub outpatient_cap: bool,
    /// The cap applied to this month's co-payment (外来特例: the 外来 cap).
    pub cap_yen: i64,
    /// Whether the 〈多数回〉 figure was used.
    pub many_times: bool,
    /// Whether a benefit was paid on the household's cap this month (counts toward 〈多数回〉 for
    /// the months after; 外来特例 alone does not).
    pub counts_toward_many_times: bool,
    /// 高額療養費 for the month (on the household's total with 世帯合算).
    pub benefit_yen: i64,
    /// The patient's own co-payment after the benefit: copay − min(benefit, copay).
    pub copay_after_cap_yen: i64,
    pub meals: i64,
    /// The charge per meal used (null without meals).
    pub meal_yen: Option<i64>,
    pub meals_yen: i64,
    pub advanced_care_yen: i64,
    /// copay after the cap + meals + advanced care.
    pub paid_yen: i64,
}

/// One co-payment of a month with other co-payments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopayResult {
    pub member: Member,
    /// The 医療機関 as typed (null: the month's own row).
    pub provider: Option<String>,
    pub setting: Setting,
    pub medical_cost_yen: i64,
    pub copay_yen: i64,
    /// Whether it adds up (under 70: its person, 医療機関 and setting reach 21,000 yen; 70+: always).
    pub joined: bool,
}

/// 世帯合算 of one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HouseholdResult {
    /// The month's own row first, then its other rows in the input's order.
    pub copays: Vec<CopayResult>,
    /// The 医療費 of the co-payments joined: the cap's 1% term is on this.
    pub medical_cost_yen: i64,
    /// The co-payments joined (before the 70+ individual 外来 caps).
    pub copay_yen: i64,
    /// The family's co-payments joined (not the patient's).
    pub others_copay_yen: i64,
    /// 70+: the individual 外来 caps' part of the benefit (0 otherwise).
    pub outpatient_benefit_yen: i64,
    /// The household cap applied to the co-payments joined.
    pub cap_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearResult {
    /// `YYYY-08`: the year runs from August to July.
    pub from: String,
    /// The bracket of the year's latest month in the plan (the rule fixes it on 31 July).
    pub bracket: Band,
    /// 年間上限 (null before 2026-08, or where no figure is on file for the bracket).
    pub year_cap_yen: Option<i64>,
    /// Co-payments after the monthly caps in this year (+ `year_paid_before_yen` for the first).
    pub year_paid_yen: i64,
    /// What the 年間上限 gives back: max(0, paid − the 外来 refund − cap).
    pub year_refund_yen: i64,
    /// 70歳以上 一般・低所得II: the yearly cap on 外来特例 months' co-payments (null otherwise).
    pub outpatient_year_cap_yen: Option<i64>,
    pub outpatient_year_paid_yen: i64,
    pub outpatient_year_refund_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    pub age_group: AgeGroup,
    pub months: Vec<MonthResult>,
    pub years: Vec<YearResult>,
    pub total_copay_yen: i64,
    pub total_benefit_yen: i64,
    pub total_meals_yen: i64,
    pub total_advanced_care_yen: i64,
    /// Yearly refunds (年間上限 and 外来 yearly) of every year.
    pub total_year_refund_yen: i64,
    /// Everything paid in the plan's months less the yearly refunds.
    pub total_paid_yen: i64,
}
