//! 認定・専門HCTCの更新 (第9条〜第13条): the minimums, the deferral (認定HCTC only), the
//! application window and the renewal fee.

use super::input::Input;
use super::params::{
    CERTIFIED_RENEWAL, DEFERRAL_MAX_YEARS, RENEWAL_EXAMINATION_FEE, RENEWAL_WINDOW_END, RENEWAL_WINDOW_START,
    SPECIALIST_RENEWAL,
};
use super::route::{internal, when_before_application, Route};
use super::schema::Check;
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, Msg};
use crate::rules::requirement::{month_day, Window};
use crate::sources::{cite, HCTC_BYLAWS};

pub(super) fn renewal(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let specialist = input.check == Check::RenewalSpecialist;
    if specialist {
        route.yes(
            "full_time",
            Msg::new(
                "専門HCTC取得時以降も専従でHCTC実務に従事",
                "Full-time HCTC work continued since becoming a specialist",
            ),
            input.full_time,
            cite!(HCTC_BYLAWS, "細則第9条第2項(1)"),
        );
    }
    let minimums = if specialist { &SPECIALIST_RENEWAL } else { &CERTIFIED_RENEWAL };
    route.cases(minimums, input)?;
    route.attendance(minimums, input)?;
    route.dues(if specialist {
        cite!(HCTC_BYLAWS, "細則第9条第2項(5)")
    } else {
        cite!(HCTC_BYLAWS, "細則第9条第1項(4)")
    });
    deferral(route, specialist, input.deferral_years)?;
    window(route)?;
    route.fee(&RENEWAL_EXAMINATION_FEE, when_before_application(), None)
}

/// 第13条: the deferral of a 認定HCTC's renewal ("認定 HCTC の認定の更新の保留"); the seed gives
/// 専門HCTC none, so a specialist's deferral is only noted.
fn deferral(route: &mut Route, specialist: bool, years: Option<i64>) -> Result<(), Errors> {
    match (specialist, years) {
        (false, Some(y)) => {
            route.count("deferral_within_limit", &DEFERRAL_MAX_YEARS, y)?;
            route.note(
                "deferral_lapse",
                "保留期間中に次回の更新審査を申請せず保留期間を超過すると、認定HCTCの資格を喪失します",
                "Letting the deferral run out without applying for renewal ends the certification",
                cite!(HCTC_BYLAWS, "細則第13条第3項"),
            );
        }
        (true, Some(y)) if y > 0 => route.note(
            "deferral_specialist",
            "細則第13条の更新の保留は認定HCTCについての定めで、専門HCTCの保留は細則に定めがありません（ここでは判定に使っていません）",
            "The deferral of 第13条 is written for 認定HCTC only; the bylaws set none for specialists (not used here)",
            cite!(HCTC_BYLAWS, "細則第13条第1項"),
        ),
        _ => {}
    }
    if !specialist {
        let max = route.get(&DEFERRAL_MAX_YEARS)?.value;
        route.note(
            "deferral",
            format!("研究・研修、長期療養、産前産後・育児・介護休業などで業務を休止した場合、更新の保留を原則として通算{max}年まで申請できます（理由書と根拠書類の写しを添付）"),
            format!("After a break (study, long illness, maternity/childcare/family-care leave, or another reason the committee accepts) renewal may be deferred, as a rule up to {max} years in total"),
            cite!(HCTC_BYLAWS, "細則第13条第1項・第2項"),
        );
    }
    Ok(())
}

/// 第11条第1項: 申請受付期間は原則として毎年2月1日から3月31日まで (of the application date's year).
fn window(route: &mut Route) -> Result<(), Errors> {
    let ws = route.get(&RENEWAL_WINDOW_START)?;
    let we = route.get(&RENEWAL_WINDOW_END)?;
    let as_of = route.ctx().as_of;
    let start = month_day(as_of.year, ws.value).ok_or_else(|| internal("window_start"))?;
    let end = month_day(as_of.year, we.value).ok_or_else(|| internal("window_end"))?;
    let w = Window { start, end };
    let inside = w.contains(as_of);
    let (ja, en) = if inside { ("期間内", "inside") } else { ("期間外", "outside") };
    route.step(TraceStep::note(
        "application_window",
        Msg::new("更新申請受付期間", "Renewal application window"),
        Fx::new().words(
            &format!("{start} 〜 {end}（基準日 {as_of} は{ja}）"),
            &format!("{start} to {end} (the reference date {as_of} is {en})"),
        ),
        ws.source,
    ));
    route.out.application_window = Some(w);
    route.out.in_application_window = Some(inside);
    route.note(
        "window_exceptions",
        "受付期間は原則で、特別な事情があればHCTC委員会が変更でき、期間外でも正当な理由が認められ理事会が承認すれば受け付けられます",
        "The window applies as a rule: the committee may change it, and a late application may be accepted for a justified reason approved by the board",
        cite!(HCTC_BYLAWS, "細則第11条第1項・第4項"),
    );
    Ok(())
}
