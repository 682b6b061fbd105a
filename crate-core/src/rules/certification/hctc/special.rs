//! The special measures: 小児移植認定HCTC → 認定HCTC (第20条, half fees) and the transition-period
//! holders → 専門HCTC (第21条).

use super::input::Input;
use super::params::{
    ADULT_FROM_AGE, EXAMINATION_FEE, PEDIATRIC_ADULT_DONOR_CASES, PEDIATRIC_ADULT_PATIENT_CASES,
    PEDIATRIC_ADULT_RELATED_DONOR_CASES, PEDIATRIC_FEE_PERCENT, PEDIATRIC_REPORTS, PEDIATRIC_TO_ADULT_FULL_PROCESS,
    REGISTRATION_FEE, SAISOKU_ENFORCED_MONTH_DAY, SAISOKU_ENFORCED_YEAR, TRANSITION, TRANSITION_ATTENDANCE_YEARS,
    TRANSITION_CERTIFIED_FROM_FY, TRANSITION_FULL_TIME_YEARS,
};
use super::provisional::{full_process, reports};
use super::route::{internal, when_before_application, when_on_passing, Route};
use crate::date::{Date, MonthEnd};
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::rules::requirement::{month_day, Window};
use crate::sources::{cite, HCTC_BYLAWS};

/// 小児移植認定HCTC → 認定HCTC (第20条): 書類審査のみ、審査料・登録料は半額.
pub(super) fn pediatric(route: &mut Route, input: &Input) -> Result<(), Errors> {
    route.count("adult_patient_cases", &PEDIATRIC_ADULT_PATIENT_CASES, input.patient_cases)?;
    route.count("adult_donor_cases", &PEDIATRIC_ADULT_DONOR_CASES, input.donor_cases)?;
    route.count("adult_related_donor_cases", &PEDIATRIC_ADULT_RELATED_DONOR_CASES, input.related_donor_cases)?;
    reports(route, input, &PEDIATRIC_REPORTS, cite!(HCTC_BYLAWS, "細則第20条第1項(2)"))?;
    full_process(route, input, &PEDIATRIC_TO_ADULT_FULL_PROCESS)?;
    route.dues(cite!(HCTC_BYLAWS, "細則第20条第1項"));
    let adult = route.get(&ADULT_FROM_AGE)?.value;
    route.note(
        "adult_age",
        format!("成人の患者・ドナーは{adult}歳以上です。{adult}歳未満の事例は内科診療となった理由を報告すれば申請に使えます"),
        format!("Adult patients and donors are {adult} or over; a younger case may be used by reporting why it was treated in internal medicine"),
        cite!(HCTC_BYLAWS, "細則第27条第3項"),
    );
    route.note(
        "document_review",
        "試験はなく、細則第2条の書類審査で認定審査を受けます。報告書は成人患者・成人血縁ドナー各2事例です",
        "No exam: the review is on documents (第2条); the reports are on 2 adult patients and 2 adult related donors",
        cite!(HCTC_BYLAWS, "細則第20条第1項"),
    );
    route.reading(
        "half_fee_article",
        Msg::new("半額の基になる額", "What the half fee halves"),
        "細則第20条第2項は「第2条に規定する額の半額」としていますが、額を定めているのは第1条です（第1条の額の半額として計算）",
        "第20条第2項 says half of the amounts \"in 第2条\", but the amounts are in 第1条; computed as half of the 第1条 fees",
        cite!(HCTC_BYLAWS, "細則第20条第2項・第1条"),
    );
    route.fee(&EXAMINATION_FEE, when_before_application(), Some(&PEDIATRIC_FEE_PERCENT))?;
    route.fee(&REGISTRATION_FEE, when_on_passing(), Some(&PEDIATRIC_FEE_PERCENT))
}

/// The day the 細則 was first implemented (第25条第1項), from its year and month-day rows.
fn saisoku_start(route: &Route) -> Result<Date, Errors> {
    let y = route.get(&SAISOKU_ENFORCED_YEAR)?;
    let md = route.get(&SAISOKU_ENFORCED_MONTH_DAY)?;
    let year = i32::try_from(y.value).map_err(|_| internal("enforced_year"))?;
    month_day(year, md.value).ok_or_else(|| internal("enforced_month_day"))
}

/// 第21条: certified from April 2016 (FY2016) and before the 細則 started.
fn transition_period(route: &mut Route, certified_on: Option<Date>) -> Result<(), Errors> {
    let Some(d) = certified_on else {
        route.unchecked(
            "transition_period",
            "平成28年4月以降、本細則の実施（2017-04-28）までの移行期間に認定HCTCを取得していること（取得日が未入力）",
            "Certified between April 2016 and the 細則's start on 2017-04-28 (certification date not given)",
            cite!(HCTC_BYLAWS, "細則第21条"),
        );
        return Ok(());
    };
    route.fiscal_year("certified_from_april_2016", &TRANSITION_CERTIFIED_FROM_FY, d.fiscal_year())?;
    let enforced = saisoku_start(route)?;
    route.yes(
        "certified_before_saisoku",
        Msg::new(
            format!("本細則の実施（{enforced}）より前に認定HCTCを取得"),
            format!("Certified before the 細則 was implemented ({enforced})"),
        ),
        d < enforced,
        cite!(HCTC_BYLAWS, "細則第21条・第25条第1項"),
    );
    Ok(())
}

/// 移行期間認定資格取得者 → 専門HCTC (第21条).
pub(super) fn transition(route: &mut Route, input: &Input) -> Result<(), Errors> {
    transition_period(route, input.certified_on)?;
    route.years("full_time_years", &TRANSITION_FULL_TIME_YEARS, input.full_time_years)?;
    route.cases(&TRANSITION, input)?;
    let yrs = route.get(&TRANSITION_ATTENDANCE_YEARS)?;
    let y = i32::try_from(yrs.value).map_err(|_| internal("attendance_years"))?;
    // 「申請時点から過去5年以内」: as_of back 5 years, both ends inclusive; 29 Feb → 28 Feb (Clamp).
    let as_of = route.ctx().as_of;
    route.reading(
        "attendance_window",
        Msg::new("「申請時点から過去5年以内」", "\"Within the 5 years before the application\""),
        format!("基準日を申請時点とし、その{y}年前の同じ日（2月29日は2月28日）から基準日までの参加を数えています（両端を含む）"),
        format!("The as-of date is taken as the application; attendance from the same day {y} years earlier (28 Feb for 29 Feb) to it counts, both ends included"),
        yrs.source,
    );
    let w = Window { start: as_of.add_years(-y, MonthEnd::Clamp), end: as_of };
    route.step(TraceStep::note(
        "attendance_window",
        Msg::new(yrs.label_ja, yrs.label_en),
        Fx::new().words(&format!("{} 〜 {}", w.start, w.end), &format!("{} to {}", w.start, w.end)),
        yrs.source,
    ));
    route.out.attendance_window = Some(w);
    route.attendance(&TRANSITION, input)?;
    route.dues(cite!(HCTC_BYLAWS, "細則第21条(4)"));
    route.note(
        "method",
        "規則第6条第5項の方法で専門HCTCの認定審査を受けます（規則は本資料にありません）。第26条の全過程の基準は第21条を挙げていません",
        "The specialist review follows 規則第6条第5項 (not in these bylaws); 第26条's whole-process minimums do not name 第21条",
        cite!(HCTC_BYLAWS, "細則第21条・第26条"),
    );
    route.fee(&EXAMINATION_FEE, when_before_application(), None)?;
    route.fee(&REGISTRATION_FEE, when_on_passing(), None)
}
