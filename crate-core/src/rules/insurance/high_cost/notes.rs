//! The notes the sources require (現物給付 at the window, the yearly cap settled later, the 2026
//! figures from the published sources, the confidence of the 70歳以上 and 2027 figures, the JMDP
//! fees outside 高額療養費) and the plan's totals.

use super::input::Input;
use super::output::{MonthResult, Output, YearResult};
use super::params::*;
use super::resolve::Resolved;
use super::schema::AgeGroup;
use crate::explain::{Fx, TraceStep};
use crate::msg::Msg;
use crate::params::{Ctx, Unit};
use crate::sources::{
    cite, Cite, ADVANCED_FORMS, HEALTH_INSURANCE_ACT, HEALTH_INSURANCE_ORDER, JMDP_GUIDE, MHLW_HIGH_COST_2026,
    YAMATO_EXAMPLES,
};

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
    household_notes(input, months, trace);
    insurer_notes(input, trace);
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
    if defaulted.iter().any(|(r, _)| r.month >= MEALS_2026_FROM) {
        trace.push(TraceStep::note(
            "note.meals_2026",
            Msg::new("2026年6月からの食費", "Meal charges from June 2026"),
            Fx::new()
                .words("2026年6月からの一般の標準負担額は ", "From June 2026 the general charge is ")
                .yen(MEAL_GENERAL_2026.value)
                .words(
                    "（1食、確度: 中〜高）。指定難病等・低所得IIの91日目以降などの額は確認できていないため、該当する場合は病院の請求書の1食の額を meal_yen に入力してください",
                    " a meal (confidence: medium-high). The charges for designated intractable diseases, low income II from the 91st day and so on were not found: where one applies, enter the charge per meal on the hospital's bill in meal_yen",
                ),
            MEAL_GENERAL_2026.source,
        ));
    }
}

/// 世帯合算: how the co-payments add up, and the readings where the rules are silent.
fn household_notes(input: &Input, months: &[MonthResult], trace: &mut Vec<TraceStep>) {
    if input.other_copays.is_empty() {
        return;
    }
    let (ja, en) = match input.age {
        AgeGroup::Under70 | AgeGroup::Preschool => (
            "70歳未満の世帯合算は、1人・1医療機関（入院と外来、医科と歯科は別）で21,000円以上の自己負担だけが対象です。同じ人・同じ医療機関・同じ入院外来の行は合わせてから判定します。限度額の1%の部分は、合算した自己負担の医療費（10割）の合計で計算します",
            "Under 70, only co-payments of 21,000 yen or more per person and hospital (inpatient and outpatient, medical and dental apart) add up; rows of one person, hospital and setting are added before the test. The 1% part of the cap is worked out on the medical costs (100%) of every co-payment added up",
        ),
        AgeGroup::Over70 => (
            "70歳以上はすべての自己負担を合算します。一般・低所得の方は、まず1人ごとの外来の合計に外来（個人）の限度額を当て、残りと入院の自己負担を世帯の限度額で計算します",
            "From 70 every co-payment adds up. For the general and low-income brackets each person's outpatient co-payments first meet the individual outpatient cap, then what remains and the inpatient co-payments meet the household cap",
        ),
    };
    trace.push(note("note.household", "世帯合算", "Adding up a household", ja, en, HOUSEHOLD_MIN_COPAY.source));
    trace.push(note(
        "note.household_ages",
        "世帯合算の年齢",
        "Ages in a household",
        "入力したすべての自己負担を、この計画の方と同じ年齢の区分（70歳未満か70歳以上か）で計算しています。70歳未満と70〜74歳の方が混ざる世帯は、保険者が2段階で計算します（70歳以上の分を先に計算し、その残りを70歳未満の分と合算）",
        "Every co-payment entered is taken in the patient's age group (under 70 or 70 and over). A household mixing under-70 and 70–74 members is computed by the insurer in two steps (the 70+ part first, what remains then with the under-70 part)",
        cite!(YAMATO_EXAMPLES, "高額療養費の計算例（70歳以上の方と70歳未満の方との世帯）"),
    ));
    let shared = months.iter().any(|m| {
        m.household.as_ref().is_some_and(|h| h.others_copay_yen > 0 && m.benefit_yen > h.outpatient_benefit_yen)
    });
    if shared {
        trace.push(TraceStep::reading(
            "household_share",
            Msg::new("世帯の高額療養費を誰の分とするか", "Whose part of the household's benefit"),
            Msg::new(
                "世帯合算の高額療養費は世帯（被保険者・世帯主）にまとめて支給されます。この計算では、支給額をまず本人の合算した自己負担から差し引き、残りを家族の分としています（本人の「上限適用後の自己負担」と医療費控除はこの読み方によります）",
                "A household's benefit is paid to the household (the insured person or householder) as one sum. Here it first lowers the patient's own co-payments that added up, and the rest returns the family's (the patient's co-payment after the cap and the deduction follow this reading)",
            ),
            SRC_CAP,
        ));
    }
}

/// A change of insurer: 〈多数回〉 starts again; the yearly caps are counted across it (a reading).
fn insurer_notes(input: &Input, trace: &mut Vec<TraceStep>) {
    if !input.months.iter().any(|m| m.insurer_changed) {
        return;
    }
    trace.push(note(
        "note.insurer_changed",
        "保険者が変わると多数回はなくなります",
        "A new insurer loses the 4th-month reduction",
        "保険者が変わると（同じ保険者でも被保険者と被扶養者が入れ替わると）、それまでの高額療養費の支給月は多数回の回数に数えません。新しい保険者で1回目から数え直します。退職後も同じ健康保険に任意継続で残る場合は回数は引き継がれます",
        "With a new insurer (or, with the same insurer, a switch between member and dependant) the earlier benefit months no longer count toward the 4th-month reduction: the count starts again with the new insurer. Staying with the same insurer by voluntary continuation (任意継続) keeps the count",
        SRC_INSURER_CHANGE,
    ));
    trace.push(TraceStep::reading(
        "yearly_cap_across_insurers",
        Msg::new("保険者が変わった年度の年間上限", "The yearly cap in a year with a new insurer"),
        Msg::new(
            "年間上限（8月〜翌年7月）は、保険者が変わっても同じ年度の支払いを通算して計算しています。70歳以上の外来の年間上限（外来年間合算）は、7月31日の保険者に前の保険者の自己負担額証明書を添えて申請すると通算されます。2026年8月からの年間上限が保険者をまたいで通算されるかは公表資料で確認できていないため、通算されない場合は払い戻しが少なくなります。保険者にご確認ください",
            "The yearly cap (August to July) is worked out on the whole year's payments across the change of insurer. The 70+ outpatient yearly cap is counted across insurers when you claim from the insurer of 31 July with the former insurer's statement of co-payments; whether the yearly cap from August 2026 is counted across insurers was not found in the published sources. If it is not, the refund is smaller: ask your insurer",
        ),
        cite!(HEALTH_INSURANCE_ORDER, "第41条の2（外来年間合算: 計算期間中の他の保険者の期間の自己負担額も合算）"),
    ));
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
