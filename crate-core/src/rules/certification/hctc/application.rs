//! The document review of a 認定 / 専門HCTC application (細則第2条): the whole-process cases of
//! 第26条第1項・第2項 — for an applicant who coordinates pediatric transplants only, the second
//! sentence's smaller figures with a child donor — and the ages of 第27条.

use super::input::Input;
use super::params::{
    CERTIFIED_EXAM, CHILD_UNDER_AGE, EXAMINATION_FEE, FULL_PROCESS_PEDIATRIC_CHILD_DONOR_CASES, PEDIATRIC_FULL_PROCESS,
    REGISTRATION_FEE, SPECIALIST_EXAM,
};
use super::provisional::full_process;
use super::route::{when_before_application, when_on_passing, Route};
use super::schema::Level;
use crate::explain::TraceStep;
use crate::msg::{Errors, Msg};
use crate::sources::{cite, HCTC_BYLAWS};

/// 第26条第1項 second sentence: the child donor among the whole-process related donors (checked
/// when given), the reading of the sentence, and the ages (第27条第1項・第2項).
fn pediatric(route: &mut Route, input: &Input) -> Result<(), Errors> {
    match input.full_process_child_donor_cases {
        Some(n) => route.count("full_process_child_donor_cases", &FULL_PROCESS_PEDIATRIC_CHILD_DONOR_CASES, n)?,
        None => route.unchecked(
            "full_process_child_donor_cases",
            "全過程の血縁ドナー事例のうち1件以上は小児ドナー（18歳未満）である必要があります（件数が未入力）",
            "At least 1 of the whole-process related donors must be a child donor under 18 (count not given)",
            cite!(HCTC_BYLAWS, "細則第26条第1項・第27条第4項"),
        ),
    }
    route.step(TraceStep::reading(
        "hctc.pediatric_only",
        Msg::new("小児の移植例のみの申請", "Pediatric-only applications"),
        Msg::new(
            "第26条第1項の後段（患者事例5件以上、小児ドナー1件を含む血縁ドナー2件以上）は、小児の移植例のみをコーディネートする申請者について前段の10件・3件に代わる基準と読んでいます。小児ドナーは2件の血縁ドナーの内数です",
            "The second sentence of 第26条第1項 (5 patient cases; 2 related donors including 1 child donor) is read as replacing the first sentence's 10 and 3 for an applicant who coordinates children only; the child donor is one of the 2 related donors",
        ),
        cite!(HCTC_BYLAWS, "細則第26条第1項", quote: "小児の移植例のみのコーディネートを行っている場合には"),
    ));
    let child = route.get(&CHILD_UNDER_AGE)?.value;
    match input.patients_18_or_over {
        Some(n) if n > 0 => route.note(
            "patients_18_or_over",
            format!("{child}歳以上の患者事例{n}件は、それぞれ小児科診療となった理由を報告すれば申請に使えます。使えるかどうかは理由を見て認定審査委員会が判断します"),
            format!("The {} aged {child} or over may be used by reporting, for each, why it was treated in paediatrics; the examination committee decides on the reasons", crate::text::count_en(n, "patient cases")),
            cite!(HCTC_BYLAWS, "細則第27条第1項"),
        ),
        _ => route.note(
            "patient_age",
            format!("患者事例は{child}歳未満です。{child}歳以上の事例は、小児科診療となった理由を報告すれば申請に使えます"),
            format!("Patient cases are under {child}; a case aged {child} or over may be used by reporting why it was treated in paediatrics"),
            cite!(HCTC_BYLAWS, "細則第27条第1項"),
        ),
    }
    route.note(
        "child_donor_report",
        format!("事例報告書の血縁ドナー2事例のうち1事例は小児ドナー（{child}歳未満）を報告します"),
        format!("Of the 2 related-donor case reports, 1 must be on a child donor (under {child})"),
        cite!(HCTC_BYLAWS, "細則第27条第2項・第4項"),
    );
    Ok(())
}

/// 認定・専門HCTCの申請の書類審査 (第2条): the whole-process minimums of 第26条第1項 (or its
/// pediatric-only sentence) / 第26条第2項, each checked when given (left empty: not checked, never
/// a pass), and the exam fees (第1条). Membership and dues are not among them: the 細則 names them
/// for renewals and the special routes only; an application's requirements are 規則第5条's, which
/// this document does not hold.
pub(super) fn application(route: &mut Route, input: &Input) -> Result<(), Errors> {
    route.out.level = Some(input.level);
    let pediatric_only = input.pediatric_only && input.level == Level::Certified;
    let rows = match input.level {
        Level::Certified if pediatric_only => &PEDIATRIC_FULL_PROCESS,
        Level::Certified => &CERTIFIED_EXAM.full_process,
        Level::Specialist => &SPECIALIST_EXAM.full_process,
    };
    full_process(route, input, rows)?;
    if pediatric_only {
        pediatric(route, input)?;
    } else if input.pediatric_only {
        route.note(
            "pediatric_only_certified",
            "小児の移植例のみの基準（第26条第1項後段）は認定HCTCの申請のものです。専門HCTC（第26条第2項）には小児のみの基準がありません",
            "The pediatric-only figures (第26条第1項, second sentence) are for a certified application; the specialist's (第26条第2項) have none",
            cite!(HCTC_BYLAWS, "細則第26条第1項・第2項"),
        );
    }
    route.note(
        "review_scope",
        "申請要件の全体は規則第5条にあり（本資料にはありません）、ここでは細則の全過程の事例と年齢だけを確かめます。書類審査の後に筆記・口頭試験があります",
        "The full requirements are in 規則第5条 (not in these bylaws): this checks the bylaws' whole-process cases and ages only. The written and oral exams follow the review",
        cite!(HCTC_BYLAWS, "細則第2条第1項・第4条第1項"),
    );
    route.note(
        "membership_outside",
        "学会員であることと年会費の完納は、細則では更新（第9条第1項(4)・第2項(5)）、暫定専門（第16条(4)・第19条第2項(4)）、特別措置（第20条第1項・第21条(4)）の要件として書かれていますが、認定・専門HCTCの申請については細則に書かれていません（申請要件は本資料にない規則第5条）。ここでは確かめていません",
        "Membership with the dues paid is written in the bylaws for renewals (第9条第1項(4), 第2項(5)), the provisional specialist (第16条(4), 第19条第2項(4)) and the special routes (第20条第1項, 第21条(4)), but not for a certified or specialist application, whose requirements are in 規則第5条, outside this document: not checked here",
        cite!(HCTC_BYLAWS, "細則第2条第1項（規則第5条を参照）"),
    );
    route.fee(&EXAMINATION_FEE, when_before_application(), None)?;
    route.fee(&REGISTRATION_FEE, when_on_passing(), None)
}
