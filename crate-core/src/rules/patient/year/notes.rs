//! The readings the plan makes where the rules are silent, said where they matter: the month a
//! cost is paid, refunds set against the costs they return, the yearly refund against the latest
//! payments, the donor's room and the transport as the patient's medical costs, the household's
//! co-payments left out, one pair of incomes for every year, and the JMDP fee table's date.

use super::input::Input;
use super::output::{CalendarYear, MonthResult};
use super::params::*;
use crate::explain::TraceStep;
use crate::msg::Msg;
use crate::rules::insurance::high_cost::Member;
use crate::rules::jmdp::exemption::not_refunded_step;

fn note(key: &str, label: (&str, &str), text: (&str, &str), source: &'static crate::sources::Cite) -> TraceStep {
    TraceStep::note(format!("year_note.{key}"), Msg::new(label.0, label.1), Msg::new(text.0, text.1), source)
}

pub fn notes(input: &Input, months: &[MonthResult], years: &[CalendarYear], trace: &mut Vec<TraceStep>) {
    let any = |f: fn(&MonthResult) -> bool| months.iter().any(f);
    trace.push(note(
        "paid_in_month",
        ("各月の費用を支払った年", "The year each month's costs are paid"),
        (
            "医療費控除は1月〜12月に実際に支払った医療費で計算します。この計画では各月の費用をその月に支払ったものとしています。12月分を翌年1月に支払った場合などは翌年の分になるので、領収書の日付で確認してください",
            "The deduction counts what was actually paid from January to December. Here each month's costs are taken as paid in that month; a December bill paid in January counts the next year, so check the dates on your receipts",
        ),
        SRC_CALENDAR,
    ));
    trace.push(note(
        "refunds_against_costs",
        ("戻ってくるお金の扱い", "Money that comes back"),
        (
            "高額療養費、5.・6.の返金、運搬費の療養費、年間上限の払い戻しは、受け取った年ではなく、返される費用を支払った年の医療費から差し引いています（補てん）。申告の時点で額が決まっていなければ見込み額で差し引き、後で違えば訂正します",
            "High-cost benefits, the refund of items 5 and 6, the transport 療養費 and the yearly-cap refund are subtracted from the costs they return, in the year those were paid, not the year they arrive. If an amount is not known when you file, subtract the expected amount and correct it later",
        ),
        SRC_CALENDAR,
    ));
    if any(|m| m.year_refund_share_yen > 0) {
        trace.push(note(
            "year_refund_latest_first",
            ("年間上限の払い戻しをどの年から引くか", "Which year a yearly-cap refund is subtracted in"),
            (
                "年間上限（8月〜翌年7月）の払い戻しは年度が終わってから精算されます。この計画では、上限を超えた分をその年度の最後の支払いから返すものとして、その月の年の医療費から差し引いています。年度が暦年をまたぐ場合の扱いは税務署に確認してください",
                "The yearly cap (August to July) is settled after the year ends. Here the part above the cap is taken as returning the year's latest payments, and subtracted in those months' calendar years. Where the year spans two calendar years, check the treatment with the tax office",
            ),
            SRC_YEAR_SHARE,
        ));
    }
    if any(|m| m.donor_room_yen > 0 || m.transport_paid_yen > 0) {
        trace.push(note(
            "room_and_transport",
            ("ドナーの差額ベッド代と運搬費", "The donor's room and the transport"),
            (
                "ドナーの差額ベッド代と骨髄液等の運搬費は、移植のために患者さんに請求される費用として医療費控除の対象に含めています（運搬費は療養費で戻った分を引いた額）。差額ベッド代は扱いが分かれることがあるため、申告の前に税務署に確認してください",
                "The donor's private-room charge and the marrow transport are counted as costs of the transplant billed to the patient (the transport less what came back as 療養費). Private-room charges are not always accepted: check with the tax office before filing",
            ),
            SRC_ROOM,
        ));
    }
    if any(|m| m.jmdp_billed_yen > 0) {
        trace.push(note(
            "jmdp_paid_when",
            ("骨髄バンクの負担金を支払う年", "The year the JMDP fees are paid"),
            (
                "骨髄バンクの負担金は実際に支払った年の医療費控除の対象です。請求書が届いてから2か月以内に支払うため、この計画では請求の月に支払ったものとしています。年をまたいで支払った場合は支払った年の分です",
                "JMDP's fees count in the year they are actually paid. They are due within 2 months of the invoice; here they are taken as paid in the month billed. Paid in the next year, they count then",
            ),
            SRC_DEADLINE,
        ));
        trace.push(note(
            "jmdp_fee_table",
            ("骨髄バンクの料金表", "JMDP's fee table"),
            (
                "負担金は2022年12月の料金表によります。その後の改定は確認できていません（確からしさ: 低）。最新の料金は日本骨髄バンクのホームページで確認してください",
                "The fees are those of the December 2022 table; no later change could be confirmed (confidence: low). Check the latest on the JMDP website",
            ),
            SRC_FEE_TABLE_CURRENT,
        ));
        if input.jmdp_exemption_percent > 0 {
            trace.push(not_refunded_step());
        }
    }
    if input.plan.other_copays.iter().any(|c| c.member != Member::Patient) {
        trace.push(note(
            "household_not_included",
            ("世帯の他の方の自己負担", "Other household members' co-payments"),
            (
                "世帯合算に入れた他の方の自己負担（その方の分の高額療養費を引いた額）は、この医療費控除の計算に含めていません。生計を一にする家族の分を支払った場合は、支払った人の医療費控除に含められることがあります",
                "Other household members' co-payments added for the household cap (less their part of the benefit) are not in this deduction. Paid for a family member living on the same income, they may count for whoever paid them",
            ),
            SRC_CALENDAR,
        ));
    }
    if input.fund.is_some() {
        fund_notes(input, trace);
    }
    if input.sick_pay.is_some() {
        trace.push(note(
            "sick_pay",
            ("傷病手当金について", "About the sickness allowance"),
            (
                "傷病手当金は非課税で、医療費控除の計算に使う所得（総所得金額等）に含めません。給与が一部出た日は差額だけが支給されます。支給には申請と医師の証明が要り、振り込みは申請の後です。退職後も続けて受けられるかは条件があるので、保険者に確認してください。国民健康保険にはありません",
                "The sickness allowance is not taxed and is not part of the incomes the tax deduction uses. On a day partly paid, only the difference is paid. It is claimed with a doctor's certificate and paid after the claim. Whether it continues after leaving the job depends on conditions: ask your insurer. National Health Insurance has none",
            ),
            SRC_SICK_PAY,
        ));
    }
    incomes_note(input, years, trace);
    md_notes(trace);
}

/// What the plan does with the fund's rule, and what it cannot know.
fn fund_notes(input: &Input, trace: &mut Vec<TraceStep>) {
    trace.push(note(
        "fund",
        ("付加給付の計算", "How the fund top-up is worked out"),
        (
            "付加給付は各月の行の自己負担（高額療養費の後）から組合の基準額を引いた額です。食事代・差額ベッド代・先進医療などの保険外の費用は対象外です（多くの組合の規約）。組合は医療機関ごと・入院と外来ごとに計算するので、同じ月に別の医療機関の自己負担があれば、その分の付加給付は含んでいません。医療費控除では、戻った付加給付を自己負担から差し引いています（補てん）",
            "The top-up is each month's co-payment after the high-cost benefit less the fund's threshold. Meals, private rooms and 先進医療 are outside it (as most funds' rules say). Funds work it out per hospital and per inpatient or outpatient bill, so a top-up on another hospital's co-payment in the same month is not included. For the tax deduction the top-up is subtracted from the co-payment it returns",
        ),
        SRC_FUND,
    ));
    if input.plan.months.iter().any(|m| m.insurer_changed) {
        trace.push(note(
            "fund_insurer_changed",
            ("保険者が変わった後の付加給付", "The fund top-up after a change of insurer"),
            (
                "保険者が変わった月の後も同じ付加給付で計算しています。国民健康保険や協会けんぽに移った場合、付加給付はありません。任意継続の方への付加給付は組合によって違うので、組合に確認してください",
                "The same top-up is applied after the insurer changes. National Health Insurance and 協会けんぽ have none; whether a fund pays it to voluntarily continued members (任意継続) varies: ask the fund",
            ),
            SRC_FUND,
        ));
    }
}

/// Without the incomes no tax saving; with them, the same for every year of the plan.
fn incomes_note(input: &Input, years: &[CalendarYear], trace: &mut Vec<TraceStep>) {
    match (input.total_income_yen, input.taxable_income_yen) {
        (_, None) => trace.push(note(
            "no_incomes",
            ("税の軽減額", "The tax saved"),
            (
                "総所得金額等と課税所得を入力すると、所得税・住民税の軽減額も計算します。総所得金額等がなければ、差し引く額は10万円としています",
                "Enter the total income and the taxable income to see the income and residence tax saved. Without the total income, 100,000 yen is subtracted",
            ),
            SRC_CALENDAR,
        )),
        (Some(_), Some(_)) if years.len() > 1 => trace.push(note(
            "same_incomes",
            ("各年の所得", "Each year's income"),
            (
                "計画のどの年にも同じ所得を使っています。年ごとに所得が違う場合は、その年だけの計画で確認してください",
                "The same incomes are used for every year of the plan; if they differ, check each year with a plan of its own",
            ),
            SRC_CALENDAR,
        )),
        _ => {}
    }
}

/// The deduction calculator's own notes (what counts, why the figures are estimates).
fn md_notes(trace: &mut Vec<TraceStep>) {
    let mut steps = Vec::new();
    crate::rules::tax::medical_deduction::notes(&mut steps);
    trace.extend(steps.into_iter().map(|mut s| {
        s.key = format!("deduction.{}", s.key);
        s
    }));
}
