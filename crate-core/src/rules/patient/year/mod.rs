//! この1年の費用 — the patient's year of a transplant admission, month by month: the 高額療養費
//! planner's months (its monthly caps, 〈多数回〉, the 年間上限, meals, 先進医療), and on top of them
//! what a family also pays or gets back each month — the JMDP fees billed (after an exemption),
//! the donor's private room, the marrow transport and its 療養費, other medical costs — what is
//! paid at the window with and without a 限度額適用認定証 / マイナ保険証, what is finally borne, the
//! totals per 8月〜7月 year and per calendar year, and for each calendar year what counts for
//! 医療費控除 and the tax it saves. With the fund's own rule, a 健康保険組合's 付加給付 on each
//! month's co-payment after 高額療養費; with the pay and the first day off, 傷病手当金 for the days
//! off work ([`crate::rules::insurance::sick_pay`]), as money coming in.
//!
//! Nothing is restated: the plan's fields and months are read by the planner's own reader
//! ([`high_cost::read_plan`](crate::rules::insurance::high_cost)) and computed by it; the fees are
//! the fee table's named rows ([`crate::rules::jmdp::fees::params`]: per donor tested, the final-
//! consent bundle, the refunded items, option tests, the oral-mucosa extraction), exempted by
//! [`crate::rules::jmdp::exemption::exempt_amount`]; each calendar year's deduction is
//! [`crate::rules::tax::medical_deduction`]'s. Each fee row is taken in force on its month's first
//! day, as the planner's tables are.
//!
//! The source documents point here: seed 003 参考資料2-15 FAQ ⑦ (JMDP's fees count for 医療費控除
//! in the year paid, not for 高額療養費), 2.(4) (the transport is 療養費), 2.(2) 3)③ (the donor's
//! private room is billed to the patient), seed 001 様式第6号 注4 (a co-payment shown includes what
//! 高額療養費 refunds).
//!
//! Readings where the rules are silent (each also a note in the answer where it matters):
//! * A month's costs are paid in that month (the deduction counts the year actually paid; a
//!   December bill paid in January is the next year's) and JMDP's fees in the month billed (they
//!   are due within 2 months, FAQ ⑤).
//! * Whatever comes back is subtracted from the costs it returns, in the year those were paid
//!   (所得税法第73条's 補てん): the monthly benefit from its month (so with or without a certificate
//!   the same amount counts), 5.・6.'s refund from the final-consent month, the transport 療養費
//!   from the transport paid (oldest first), a yearly-cap refund from the year's latest payments
//!   (the part above the cap is what was paid after the running total passed it; the 70歳以上 外来
//!   yearly refund first from the 外来特例 months). A part returning payments before the plan's
//!   first month (`year_paid_before_yen`) is reported apart, not subtracted from the plan's years.
//!   This replaces the brief's default (the whole refund in the calendar year of the year's July):
//!   the 補てん rule ties a refund to the costs it returns, which is also how the monthly benefit
//!   is treated.
//! * With a certificate the window bills the co-payment up to the month's cap (the 外来 cap in a
//!   70歳以上 外来特例 month); 世帯合算 is settled later either way.
//! * The exemption rate applies to every month's fees, and 5.・6. come back as paid (after it).
//! * The donor's private room and the transport (less its 療養費) are counted as the patient's
//!   medical costs as billed; nothing is left out by default. Other household members'
//!   co-payments (世帯合算) are not in the deduction, nor their part of the benefit.
//! * One pair of incomes serves every calendar year; without the total income 100,000 yen is
//!   subtracted; without the taxable income no saving is computed.
//! * 付加給付 is the month row's co-payment after 高額療養費 less the fund's threshold, rounded down
//!   as the fund says (the family's entries: no table of ours); it is 補てん of that co-payment.
//!   After a yearly-cap refund it is worked out again on what is left and the difference is
//!   settled against the refund (the fund pays on the co-payment after 高額療養費, which the refund
//!   lowers).
//! * 傷病手当金 changes nothing paid or deducted (not taxable; not part of the incomes given).

mod cash;
mod input;
mod logic;
mod notes;
mod output;
pub mod params;
mod partial;
pub mod schema;
#[cfg(test)]
mod tests;
mod years;

pub use input::{parse, Extra, Fund, Input};
pub use logic::compute;
pub use output::{CalendarYear, CashItem, CashMonth, MonthResult, Output, PlanYear};
pub use params::PARAMS;
pub use schema::SCHEMA;

crate::calculator::calculator!(
    "patient_year",
    schema: &SCHEMA,
    tables: &[
        params::PARAMS,
        crate::rules::insurance::high_cost::PARAMS,
        crate::rules::jmdp::fees::PARAMS,
        crate::rules::tax::medical_deduction::PARAMS,
        crate::rules::insurance::sick_pay::PARAMS,
        crate::rules::insurance::public_aid::PARAMS
    ],
    evaluate: partial::evaluate
);
