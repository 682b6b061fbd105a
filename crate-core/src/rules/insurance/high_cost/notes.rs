//! The notes the sources require (現物給付 at the window, the yearly cap settled later, the 2026
//! figures from the published sources, the confidence of the 70歳以上 and 2027 figures, the JMDP
//! fees outside 高額療養費) and the plan's totals.

use super::input::Input;
use super::output::{MonthResult, Output, YearResult};
use super::params::*;
use super::resolve::Resolved;
use super::schema::AgeGroup;
use crate::date::ymd;
use crate::explain::{Fx, TraceStep};
use crate::msg::Msg;
use crate::params::{Ctx, Unit};
use crate::sources::{cite, Cite, ADVANCED_FORMS, HEALTH_INSURANCE_ACT, JMDP_GUIDE, MHLW_HIGH_COST_2026};

/// 高額療養費 itself (the monthly benefit).
const SRC_CAP: &Cite = cite!(HEALTH_INSURANCE_ACT, "第115条（高額療養費）; 健康保険法施行令第42条");

fn note(key: &str, ja_label: &str, en_label: &str, ja: &str, en: &str, source: &'static Cite) -> TraceStep {
    TraceStep::note(key, Msg::new(ja_label, en_label), Msg::new(ja, en), source)
}

/// Notes that do not change the amounts.
pub fn notes(input: &Input, months: &[MonthResult], resolved: &[Resolved], ctx: &Ctx, trace: &mut Vec<TraceStep>) {
    let last = input.months.last().map_or(T2015_FROM, |m| m.month);
    trace.push(note(
        "note.window",
        "窓口での支払い（現物給付）",
        "At the hospital's window",
        "限度額適用認定証やマイナ保険証を使うと、窓口での支払いは月の限度額までになります（現物給付）。使わない場合はいったん全額を支払い、後で高額療養費として払い戻されます",
        "With a ceiling certificate (限度額適用認定証) or the My Number insurance card, the hospital bills only up to the monthly cap; without one you pay the full co-payment and the benefit is refunded later",
        cite!(MHLW_HIGH_COST_2026, "限度額適用認定証・マイナ保険証: 窓口の支払いは限度額まで（現物給付）"),
    ));
    if last >= T2026_FROM {
        trace.push(note(
            "note.yearly_cap_refund",
            "年間上限は後から払い戻し",
            "The yearly cap is refunded later",
            "年間上限（8月〜翌年7月）は窓口では適用されず、年度が終わった後に払い戻しで精算されます。年間上限の区分は7月31日時点の区分で決まります（この計算では、その年度の計画の最後の月の区分を使っています）",
            "The yearly cap (August to July) is never applied at the window: it is settled by refund after the year ends. Its bracket is the one on 31 July (here: the bracket of the year's latest month in the plan)",
            SRC_2026,
        ));
        trace.push(note(
            "note.published_figures",
            "2026年8月以降の額の出典",
            "Where the figures from August 2026 come from",
            "2026年8月以降の限度額は厚生労働省の公表資料によります（政令の条文は未確認）",
            "The caps from August 2026 are those of the Ministry's published material (the cabinet order's text itself was not confirmed)",
            SRC_2026,
        ));
    }
    if last >= T2027_FROM {
        trace.push(note(
            "note.confidence_2027",
            "2027年8月以降の額の確からしさ",
            "How sure the figures from August 2027 are",
            "2027年8月以降の額は確からしさが中〜高です（公表後に変わる可能性があります）",
            "The figures from August 2027 are of medium-high confidence (they may still change)",
            SRC_2026,
        ));
    }
    if input.age == AgeGroup::Over70 {
        trace.push(note(
            "note.confidence_over70",
            "70歳以上の額の確からしさ",
            "How sure the 70+ figures are",
            "70歳以上の額は確認できた資料が少なく、確からしさは中程度です。外来だけの月（外来特例）は多数回の回数に数えません",
            "The 70+ figures rest on fewer independent sources: medium confidence. Outpatient-only months (the individual outpatient cap) do not count toward the 4th-month reduction",
            band_source(resolved, ctx, input),
        ));
    }
    if input.months.iter().any(|m| m.other_household_copay_yen > 0) && input.age == AgeGroup::Under70 {
        trace.push(note(
            "note.household",
            "世帯合算（70歳未満）",
            "Adding up a household's co-payments (under 70)",
            "70歳未満の世帯合算は、1つの医療機関（入院・外来は別）で21,000円以上の自己負担だけが対象です。この計算では、1行の自己負担を1つの医療機関のものとして扱っています",
            "Under 70, only co-payments of 21,000 yen or more at one hospital (inpatient and outpatient apart) add up; here one row's co-payment is taken as one hospital's",
            HOUSEHOLD_MIN_COPAY.source,
        ));
    }
    meal_notes(input, months, ctx, trace);
    trace.push(note(
        "note.jmdp_fees",
        "骨髄バンクの患者負担金",
        "JMDP patient fees",
        "骨髄バンクの患者負担金は高額療養費の対象になりません（実際に支払った年の医療費控除の対象です）",
        "JMDP's patient fees are not part of the high-cost benefit (they count for the medical-expense deduction of the year they are paid)",
        cite!(JMDP_GUIDE, "参考資料2-15 FAQ ⑦", page: 34, quote: "患者負担金は高額療養費の対象にはなりませんが…医療費控除の申告ができます"),
    ));
    if input.months.iter().any(|m| m.advanced_care_yen > 0) {
        trace.push(note(
            "note.advanced_care",
            "先進医療の費用",
            "先進医療 costs",
            "先進医療の技術料は保険給付ではないため上限の対象外です。先進医療の届出書の「一部負担金」には高額療養費の該当分が含まれています",
            "The 先進医療 fee is not an insurance benefit, so no cap applies to it. The co-payment on a 先進医療 notification form includes what the high-cost benefit later refunds",
            cite!(ADVANCED_FORMS, "様式第6号 注4", quote: "『一部負担金』には、高額療養費該当分を含む"),
        ));
    }
}

/// The source of the 70歳以上 figures used (the latest month's table).
fn band_source(resolved: &[Resolved], ctx: &Ctx, input: &Input) -> &'static Cite {
    let on = input.months.last().map_or(T2015_FROM, |m| m.month);
    let row = resolved
        .last()
        .and_then(|r| super::bands::band_rows(r.band).outpatient.or(super::bands::band_rows(r.formula).base));
    row.and_then(|r| ctx.find(r.id, on).ok()).map_or(SRC_2026, |p| p.source)
}

/// The other standard meal charges (entered as `meal_yen` when they apply) and the 2026 caveat.
fn meal_notes(input: &Input, months: &[MonthResult], ctx: &Ctx, trace: &mut Vec<TraceStep>) {
    let defaulted: Vec<_> =
        input.months.iter().zip(months).filter(|(row, m)| m.meals > 0 && row.meal_yen.is_none()).collect();
    let Some((row, _)) = defaulted.last() else { return };
    let on = row.month;
    if let (Ok(hard), Ok(long)) = (ctx.get_on(&MEAL_INTRACTABLE, on), ctx.get_on(&MEAL_LOW2_LONG_STAY, on)) {
        trace.push(TraceStep::note(
            "note.meal_other_charges",
            Msg::new("食事の標準負担額のその他の額", "Other standard meal charges"),
            Fx::new()
                .words("指定難病等の方は ", "Designated intractable diseases etc.: ")
                .yen(hard.value)
                .words("、低所得IIで入院91日目以降は ", "; low income II from the 91st day in hospital: ")
                .yen(long.value)
                .words(
                    "（1食）。該当する場合は meal_yen に入力してください",
                    " per meal. Enter it in meal_yen when it applies",
                ),
            hard.source,
        ));
    }
    if defaulted.iter().any(|(r, _)| r.month >= ymd(2026, 1, 1)) {
        trace.push(note(
            "note.meals_2026",
            "2026年の食費",
            "Meal charges in 2026",
            "2026年以降の食事の標準負担額の改定は確認していません（2025年4月からの額で計算）",
            "A change of the meal charges in 2026 or later was not checked (the charges from April 2025 are used)",
            MEAL_GENERAL_2025.source,
        ));
    }
}

/// The totals over the plan, with their steps.
pub fn totals(age: AgeGroup, months: Vec<MonthResult>, years: Vec<YearResult>, trace: &mut Vec<TraceStep>) -> Output {
    let sum = |f: fn(&MonthResult) -> i64| months.iter().map(f).sum::<i64>();
    let (copay, benefit, meals, advanced, paid) = (
        sum(|m| m.copay_yen),
        sum(|m| m.benefit_yen),
        sum(|m| m.meals_yen),
        sum(|m| m.advanced_care_yen),
        sum(|m| m.paid_yen),
    );
    let refunds: Vec<i64> = years.iter().map(|y| y.year_refund_yen + y.outpatient_year_refund_yen).collect();
    let refund: i64 = refunds.iter().sum();
    let benefits: Vec<i64> = months.iter().map(|m| m.benefit_yen).collect();
    trace.push(TraceStep::yen(
        "total_benefit",
        Msg::new("高額療養費の合計", "High-cost benefits in all"),
        Fx::new().sum_of(&benefits, Unit::Yen).op(" = ").yen(benefit),
        benefit,
        SRC_CAP,
    ));
    trace.push(TraceStep::yen(
        "total_year_refund",
        Msg::new("年間上限による払い戻しの合計", "Yearly-cap refunds in all"),
        Fx::new().sum_of(&refunds, Unit::Yen).op(" = ").yen(refund),
        refund,
        SRC_2026,
    ));
    let total_paid = paid - refund;
    trace.push(TraceStep::yen(
        "total_paid",
        Msg::new("支払いの合計（年間上限の払い戻し後）", "Paid in all (after the yearly refunds)"),
        Fx::new().yen(paid).op(" − ").yen(refund).op(" = ").yen(total_paid),
        total_paid,
        SRC_CAP,
    ));
    Output {
        age_group: age,
        months,
        years,
        total_copay_yen: copay,
        total_benefit_yen: benefit,
        total_meals_yen: meals,
        total_advanced_care_yen: advanced,
        total_year_refund_yen: refund,
        total_paid_yen: total_paid,
    }
}
