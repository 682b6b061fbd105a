//! 「この計算の読み方」: the readings of the 実施要領 this calculator makes where the text is open,
//! each pushed only when the records make it change a result (the code that applies each one says
//! "Reading:" next to it in `assess`).

use super::assess::Assessed;
use super::input::Input;
use super::params::*;
use super::rules::{RuleVersion, Rules};
use super::schema::{Kind, Mode};
use crate::explain::TraceStep;
use crate::msg::Msg;
use crate::sources::{cite, CIVIL_CODE};

fn reading(
    trace: &mut Vec<TraceStep>,
    key: &str,
    label: (&str, &str),
    text: (&str, &str),
    source: &'static crate::sources::Cite,
) {
    trace.push(TraceStep::reading(key, Msg::new(label.0, label.1), Msg::new(text.0, text.1), source));
}

/// The readings the records make, in the order of the 実施要領.
pub(super) fn readings(input: &Input, rules: &Rules, a: &Assessed, trace: &mut Vec<TraceStep>) {
    let recs = &input.records;
    if recs.iter().any(|r| r.kind == Kind::Collective && r.days >= 4) {
        reading(
            trace,
            "pharmacist.long_meeting",
            ("4日以上の学会等", "Meetings of 4 days or more"),
            (
                "実施要領は「2日間6単位、3日間9単位」までしか定めていないため、4日以上の学会等も9単位を上限としています",
                "The guidelines set only \"6 credits for 2 days, 9 for 3\": a meeting of 4 days or more is also capped at 9",
            ),
            SRC_COLLECTIVE,
        );
    }
    if a.records.iter().any(|r| r.lecturer_bonus > 0 && !r.caps.is_empty()) {
        reading(
            trace,
            "pharmacist.lecturer_bonus",
            ("講師の1単位", "The lecturer's credit"),
            (
                "講師の1単位は「参加単位のほかに」付加されるので、1日4単位（学会等の上限）を超えても加えています",
                "The lecturer's credit is added \"besides the participation credits\", so it is added even above the daily (or meeting) cap",
            ),
            SRC_COLLECTIVE,
        );
    }
    let summed_years = |k: Kind| {
        let mut ys: Vec<Option<usize>> =
            a.records.iter().filter(|r| r.counted && r.kind == k).map(|r| r.year).collect();
        ys.dedup();
        ys.len() > 1
    };
    if summed_years(Kind::SelfStudy) {
        reading(
            trace,
            "pharmacist.self_study_pool",
            ("自己研修の時間の積算", "Summing self-study time"),
            (
                "「研修時間の積算を認める」を、研修期間の1年ごとに積算すると読んでいます（年間5単位の上限が年ごとなので、年をまたいで合算しません）",
                "\"Time may be summed\" is read as summed within each year of the period (the 5-a-year cap is yearly, so time is not summed across years)",
            ),
            SRC_SELF,
        );
    }
    if recs.iter().filter(|r| r.kind == Kind::Correspondence).count() > 1 {
        reading(
            trace,
            "pharmacist.first_correspondence",
            ("1回目の通信講座", "The first correspondence course"),
            (
                "「1回目の通信講座」を、入力された記録のうち最も早い通信講座と読んでいます（研修期間の外にあっても1回目です）",
                "\"The first correspondence course\" is read as the earliest one entered, even when it lies outside the period",
            ),
            SRC_LIMIT_U,
        );
    }
    if recs.iter().any(|r| r.new_curriculum && matches!(r.kind, Kind::Practical | Kind::SelfStudy)) {
        reading(
            trace,
            "pharmacist.new_curriculum",
            ("新カリキュラム対応研修と年間上限", "New-curriculum credits and the yearly cap"),
            (
                "新カリキュラム対応研修の単位は上限なく数えますが、その年の5単位を先に埋めるものとし、同じ種類のほかの単位は5単位の残りまで（5単位を超えたら0）としています",
                "New-curriculum credits count without a cap but fill the year's 5 first: other credits of the same kind count up to what is left of 5 (none once 5 is exceeded)",
            ),
            SRC_LIMIT_A,
        );
    }
    if a.years.iter().any(|y| !y.applies) {
        reading(
            trace,
            "pharmacist.years_begun",
            ("毎年5単位以上", "5 credits every year"),
            (
                "「毎年5単位以上」は申請日までに始まった年にだけ求めています（まだ始まっていない年の単位は求められないため）",
                "\"5 credits every year\" is required only of the years begun by the application date (a year not yet begun cannot be required)",
            ),
            rules.yearly_min.source,
        );
    }
    let leap = |d: Option<crate::date::Date>| d.is_some_and(|d| d.month == 2 && d.day == 29);
    if leap(a.window_start) || a.years.iter().any(|y| leap(Some(y.start)) || leap(Some(y.end))) {
        reading(
            trace,
            "pharmacist.february_29",
            ("2月29日をまたぐ1年", "A year across 29 February"),
            (
                "1年は民法の期間の数え方によります。2月29日から始まる1年は翌年の2月末日に終わり、申請日から遡る1年で応当する日がないときはその月の末日を使います",
                "Years are counted as the Civil Code counts periods: a year from 29 February ends on the last day of February of the next year; counting back, a month without that day uses its last day",
            ),
            cite!(CIVIL_CODE, "第143条"),
        );
    }
    if rules.mode == Mode::Initial && rules.version == RuleVersion::Guidelines2017 {
        let first_summed = a
            .first_credit
            .and_then(|d| a.records.iter().find(|r| r.counted && r.date == d))
            .is_some_and(|r| matches!(r.kind, Kind::Group | Kind::SelfStudy));
        if first_summed {
            reading(
                trace,
                "pharmacist.first_credit_day",
                ("最初に単位を取得した日", "The day of the first credit"),
                (
                    "グループ研修・自己研修は時間を積算して単位になるため、その最初の研修の日を「最初に単位を取得した日」としています",
                    "Group training and self-study become credits only once their time is summed: the day of the first such training is taken as the day of the first credit",
                ),
                SRC_INITIAL,
            );
        }
    }
}
