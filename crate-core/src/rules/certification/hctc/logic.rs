//! One route at a time: the route's requirements (shared vocabulary: [`Checks`]), its notes and
//! its fees, then the verdict. The routes themselves are in `exams`, `renewal`, `provisional` and
//! `special`.

use super::input::Input;
use super::output::Output;
use super::params::LATER_REVISION_FROM;
use super::route::Route;
use super::schema::Check;
use super::{application, exams, provisional, renewal, special};
use crate::calculator::Evaluation;
use crate::msg::Errors;
use crate::params::Ctx;
use crate::sources::{cite, HCTC_ANNOUNCEMENT_2020, HCTC_BYLAWS};

/// From 2020-12-01 (HCTC認定研修): what is known of the later revision, whose full text was not found.
fn later_revision(route: &mut Route) {
    if route.ctx().as_of < LATER_REVISION_FROM {
        return;
    }
    route.note(
        "later_revision",
        format!("この計算は細則の2019年4月1日の版によります。学会は2020年9月23日に規則・細則の改定と、{LATER_REVISION_FROM}からのHCTC認定研修（通算20日間以上）を公表しており、修了者は患者事例10件以上・ドナー事例10件以上（小児は各5件）で申請できるとされています。改定後の細則の全文は確認できていないため、最新の要件と手数料は学会の案内で確認してください"),
        format!("This uses the bylaws of 1 Apr 2019. On 23 Sep 2020 the society announced revised rules and bylaws and HCTC certification training from {LATER_REVISION_FROM} (20 days or more in all); those who complete it may apply with 10 or more patient and 10 or more donor cases (5 each for paediatrics). The revised bylaws' full text was not found: check the current requirements and fees with the society"),
        cite!(HCTC_ANNOUNCEMENT_2020, "HCTC認定研修（2020年12月1日から）"),
    );
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut route = Route::new(ctx, input);
    match input.check {
        Check::WrittenExam => exams::written(&mut route, input)?,
        Check::OralExam => exams::oral(&mut route, input)?,
        Check::ApplicationReview => application::application(&mut route, input)?,
        Check::RenewalCertified | Check::RenewalSpecialist => renewal::renewal(&mut route, input)?,
        Check::ProvisionalSpecialist => provisional::provisional(&mut route, input)?,
        Check::ProvisionalToSpecialist => provisional::upgrade(&mut route, input)?,
        Check::PediatricToAdult => special::pediatric(&mut route, input)?,
        Check::TransitionSpecialist => special::transition(&mut route, input)?,
    }
    if !matches!(input.check, Check::WrittenExam | Check::OralExam) {
        route.note(
            "one_coordinator",
            "同じ施設の複数のHCTCが関わった事例は、主体的に関わった1人だけが1事例として申請できます。別の人が同じ事例を申請や更新に使うことはできません",
            "A case several HCTCs of the same facility worked on counts once, for the one who led it; no one else may use it for an application or renewal",
            cite!(HCTC_BYLAWS, "細則第2条第2項"),
        );
    }
    later_revision(&mut route);
    route.note(
        "no_refund",
        "一度払い込まれた審査料・登録料・更新審査料は、いかなる理由があっても返却されません",
        "Fees once paid are never refunded, for any reason",
        cite!(HCTC_BYLAWS, "細則第1条第3項・第10条第2項・第15条第3項"),
    );
    Ok(route.finish())
}
