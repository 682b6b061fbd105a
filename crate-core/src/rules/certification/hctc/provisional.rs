//! 暫定専門HCTC (第14条〜第19条第1項) and its way on to 専門HCTC (第19条第2項〜第4項), with the
//! whole-process cases (第26条) and the case reports both special routes ask for.

use super::input::Input;
use super::params::{
    FullProcess, OLD_CERTIFICATION_LAST_FY, PROVISIONAL, PROVISIONAL_APPLICATION_LAST_FY, PROVISIONAL_CASE_REPORTS,
    PROVISIONAL_EXAMINATION_FEE, PROVISIONAL_FULL_PROCESS, PROVISIONAL_FULL_TIME_YEARS, PROVISIONAL_REGISTRATION_FEE,
    PROVISIONAL_VALID_YEARS, REGISTRATION_FEE, RENEWAL_EXAMINATION_FEE, UPGRADE,
};
use super::route::{internal, when_before_application, when_on_passing, Route};
use crate::date::MonthEnd;
use crate::msg::{Errors, Msg};
use crate::params::Param;
use crate::sources::{cite, Cite, HCTC_BYLAWS};

/// 全過程の実務経験 (第26条) — checked when the counts are given; left empty, not checked (so the
/// route cannot pass on them).
pub(super) fn full_process(route: &mut Route, input: &Input, rows: &FullProcess) -> Result<(), Errors> {
    match input.full_process_patient_cases {
        Some(n) => route.count("full_process_patient_cases", rows.patient_cases, n)?,
        None => {
            let v = route.get(rows.patient_cases)?.value;
            route.unchecked(
                "full_process_patient_cases",
                format!("患者事例のうち{v}件以上は全過程の実務経験が必要です（件数が未入力）"),
                format!("At least {v} of the patient cases must cover the whole process (count not given)"),
                rows.article,
            );
        }
    }
    match input.full_process_related_donor_cases {
        Some(n) => route.count("full_process_related_donor_cases", rows.related_donor_cases, n)?,
        None => {
            let v = route.get(rows.related_donor_cases)?.value;
            route.unchecked(
                "full_process_related_donor_cases",
                format!("血縁ドナー事例のうち{v}件以上は全過程の実務経験が必要です（件数が未入力）"),
                format!("At least {v} of the related-donor cases must cover the whole process (count not given)"),
                rows.article,
            );
        }
    }
    Ok(())
}

/// The patient and donor case reports (第17条第4項(7), 第20条第1項(2)) — checked when given, else
/// not checked.
pub(super) fn reports(route: &mut Route, input: &Input, row: &Param, article: &'static Cite) -> Result<(), Errors> {
    for (id, given, (ja, en)) in [
        ("patient_reports", input.patient_reports, ("患者", "patient")),
        ("donor_reports", input.donor_reports, ("ドナー", "donor")),
    ] {
        match given {
            Some(n) => route.count(id, row, n)?,
            None => {
                let need = route.get(row)?.value;
                route.unchecked(
                    id,
                    format!("{ja}の報告書{need}事例分が必要です（数が未入力）"),
                    format!("{need} {en} case reports are needed (number not given)"),
                    article,
                );
            }
        }
    }
    Ok(())
}

/// 暫定専門HCTC (第14条〜第19条第1項).
pub(super) fn provisional(route: &mut Route, input: &Input) -> Result<(), Errors> {
    // 第14条「平成32年度までを期限として」: the application's fiscal year (as_of is read as the application date).
    let fy = route.ctx().as_of.fiscal_year();
    route.reading(
        "provisional_deadline",
        Msg::new("「平成32年度までを期限として」", "\"Until FY2020 (平成32年度)\""),
        "期限を申請の年度（基準日を申請日とする）が2020年度（2021年3月31日まで）以内かで判定しています",
        "The deadline is checked on the application's fiscal year (the as-of date taken as the application date): FY2020 ends on 31 Mar 2021",
        cite!(HCTC_BYLAWS, "細則第14条"),
    );
    route.fiscal_year("route_open", &PROVISIONAL_APPLICATION_LAST_FY, fy)?;
    match input.certified_on {
        Some(d) => route.fiscal_year("old_system_certification", &OLD_CERTIFICATION_LAST_FY, d.fiscal_year())?,
        None => route.unchecked(
            "old_system_certification",
            "平成28年3月末日（2016-03-31）までに旧認定制度で認定HCTCを取得していること（取得日が未入力）",
            "Certified under the old system by 31 Mar 2016 (certification date not given)",
            cite!(HCTC_BYLAWS, "細則第14条"),
        ),
    }
    route.years("full_time_years", &PROVISIONAL_FULL_TIME_YEARS, input.full_time_years)?;
    route.cases(&PROVISIONAL, input)?;
    route.attendance(&PROVISIONAL, input)?;
    route.dues(cite!(HCTC_BYLAWS, "細則第16条(4)"));
    full_process(route, input, &PROVISIONAL_FULL_PROCESS)?;
    reports(route, input, &PROVISIONAL_CASE_REPORTS, cite!(HCTC_BYLAWS, "細則第17条第4項(7)"))?;
    let valid = route.get(&PROVISIONAL_VALID_YEARS)?;
    route.out.valid_years = Some(valid.value);
    route.note(
        "validity",
        format!("暫定専門HCTCの有効期間は認定を受けた日から{}年間で、更新はありません（第19条第2項の要件で専門HCTCの認定審査へ）", valid.value),
        format!("Valid {} years from the certification date and not renewable; the way on is the specialist exam under 第19条第2項", valid.value),
        valid.source,
    );
    route.note(
        "interview",
        "書類審査に加えて面接審査があります。申請受付は年1回です",
        "The documents are followed by an interview; applications are taken once a year",
        cite!(HCTC_BYLAWS, "細則第17条第1項・第18条第2項"),
    );
    route.fee(&PROVISIONAL_EXAMINATION_FEE, when_before_application(), None)?;
    route.fee(&PROVISIONAL_REGISTRATION_FEE, when_on_passing(), None)
}

/// 暫定専門HCTC → 専門HCTC (第19条第2項〜第4項).
pub(super) fn upgrade(route: &mut Route, input: &Input) -> Result<(), Errors> {
    if let Some(d) = input.provisional_certified_on {
        let years = route.get(&PROVISIONAL_VALID_YEARS)?;
        let y = i32::try_from(years.value).map_err(|_| internal("valid_years"))?;
        // 「認定を受けた日から5年間」: the day itself counts, so the period ends the day before the
        // 5th anniversary; from 29 Feb the anniversary is 1 Mar (RollForward), ending on 28/29 Feb
        // (民法第143条: a missing day ends the period at the month's end).
        let until = d.add_years(y, MonthEnd::RollForward).add_days(-1);
        route.out.provisional_valid_until = Some(until);
        let as_of = route.ctx().as_of;
        route.yes(
            "within_validity",
            Msg::new(
                format!("暫定専門HCTCの有効期間内（{d} 〜 {until}）の申請"),
                format!("Applied within the provisional validity ({d} to {until})"),
            ),
            d <= as_of && as_of <= until,
            cite!(HCTC_BYLAWS, "細則第19条第1項・第3項"),
        );
    }
    route.yes(
        "full_time",
        Msg::new(
            "暫定専門HCTC取得時以降も専従でHCTC実務に従事",
            "Full-time HCTC work continued since the provisional certification",
        ),
        input.full_time,
        cite!(HCTC_BYLAWS, "細則第19条第2項(1)"),
    );
    route.cases(&UPGRADE, input)?;
    route.attendance(&UPGRADE, input)?;
    route.dues(cite!(HCTC_BYLAWS, "細則第19条第2項(4)"));
    route.note(
        "written_exam",
        "認定審査は申請書類の審査と細則第6条の筆記試験（25問・15問以上）で行われます。申請は規則第6条の受付期間内（規則は本資料にありません）",
        "The review is the documents plus the 第6条 written exam (25 questions, 15 to pass); applications go in the 規則第6条 window (not in these bylaws)",
        cite!(HCTC_BYLAWS, "細則第19条第3項・第4項"),
    );
    route.fee(&RENEWAL_EXAMINATION_FEE, when_before_application(), None)?;
    route.reading(
        "upgrade_registration_fee",
        Msg::new("暫定専門から専門への登録料", "Registration fee, provisional → specialist"),
        "提出書類には「認定資格更新審査料」の送金証明が挙げられています。合格時の登録料は第19条に定めがなく、第1条第2項（専門HCTCの認定登録料）によると読んでいます",
        "The documents list proof of the renewal examination fee; a registration fee on passing is not in 第19条 and is read from 第1条第2項",
        cite!(HCTC_BYLAWS, "細則第19条第3項(6)・第1条第2項"),
    );
    route.fee(&REGISTRATION_FEE, when_on_passing(), None)
}
