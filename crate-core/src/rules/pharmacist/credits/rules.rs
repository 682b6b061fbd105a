//! The rules in force on `as_of`: which version (the seed's window from the first credit, or the
//! online one counting back from the application), and every figure the assessment reads.

use super::input::Input;
use super::params::*;
use super::schema::Mode;
use crate::date::Date;
use crate::msg::Errors;
use crate::params::{Ctx, Param};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleVersion {
    /// The seed's text: the initial window runs 4 years from the first credit.
    Guidelines2017,
    /// From 2022-04-01: the initial window is the 4 years before the application date.
    Online2022,
}

impl RuleVersion {
    /// The version's name in the JSON answer (`guidelines2017`, `online2022`).
    pub fn key(self) -> &'static str {
        match self {
            RuleVersion::Guidelines2017 => "guidelines2017",
            RuleVersion::Online2022 => "online2022",
        }
    }
}

/// Every figure of the version in force, looked up once (the planner assesses many dates).
pub(super) struct Rules {
    pub version: RuleVersion,
    pub collective_min: &'static Param,
    pub daily_cap: &'static Param,
    pub two_day_cap: &'static Param,
    pub three_day_cap: &'static Param,
    pub lecturer_bonus: &'static Param,
    pub practical_min: &'static Param,
    pub group_min: &'static Param,
    pub corr_cap: &'static Param,
    pub special_cap: &'static Param,
    pub special_practical_cap: &'static Param,
    pub internet_min: &'static Param,
    pub self_min: &'static Param,
    pub yearly_min: &'static Param,
    pub required: &'static Param,
    /// Initial: the window param of the version in force; renewal: the 3-year period.
    pub window_years: &'static Param,
    pub practical_year_cap: &'static Param,
    pub self_year_cap: &'static Param,
    pub new_curriculum_exempt: &'static Param,
    pub group_total_cap: &'static Param,
    /// 9(2)ウ: months to claim a 学会等 attended without the prior procedure.
    pub claim_months: &'static Param,
    /// The online version's renewal application window (months before / after expiry).
    pub renew_window: Option<(&'static Param, &'static Param)>,
    pub mode: Mode,
    pub certified_date: Option<Date>,
    /// The certification being renewed began under the online system (its period's first day
    /// counts); before it the certification date was the application date (10(1): not counted).
    pub certified_online: bool,
}

/// The version in force on `as_of`: the one whose initial window row is in force then.
fn version(ctx: &Ctx) -> Result<RuleVersion, Errors> {
    if ctx.find(INITIAL_WINDOW_FROM_FIRST_CREDIT.id, ctx.as_of).is_ok() {
        Ok(RuleVersion::Guidelines2017)
    } else if ctx.find(INITIAL_WINDOW_BEFORE_APPLICATION.id, ctx.as_of).is_ok() {
        Ok(RuleVersion::Online2022)
    } else {
        // Neither is in force (before the seed): the seed row's `not_in_force` says so.
        ctx.get(&INITIAL_WINDOW_FROM_FIRST_CREDIT).map(|_| RuleVersion::Guidelines2017)
    }
}

pub(super) fn load_rules(input: &Input, ctx: &Ctx) -> Result<Rules, Errors> {
    let version = version(ctx)?;
    let window = match (input.mode, version) {
        (Mode::Renewal, _) => &RENEWAL_PERIOD,
        (Mode::Initial, RuleVersion::Guidelines2017) => &INITIAL_WINDOW_FROM_FIRST_CREDIT,
        (Mode::Initial, RuleVersion::Online2022) => &INITIAL_WINDOW_BEFORE_APPLICATION,
    };
    let required = match input.mode {
        Mode::Initial => &INITIAL_REQUIRED_CREDITS,
        Mode::Renewal => &RENEWAL_REQUIRED_CREDITS,
    };
    Ok(Rules {
        version,
        collective_min: ctx.get(&COLLECTIVE_MINUTES_PER_CREDIT)?,
        daily_cap: ctx.get(&COLLECTIVE_DAILY_CAP)?,
        two_day_cap: ctx.get(&COLLECTIVE_TWO_DAY_CAP)?,
        three_day_cap: ctx.get(&COLLECTIVE_THREE_DAY_CAP)?,
        lecturer_bonus: ctx.get(&LECTURER_BONUS)?,
        practical_min: ctx.get(&PRACTICAL_MINUTES_PER_CREDIT)?,
        group_min: ctx.get(&GROUP_MINUTES_PER_CREDIT)?,
        corr_cap: ctx.get(&CORRESPONDENCE_CAP)?,
        special_cap: ctx.get(&SPECIAL_CAP)?,
        special_practical_cap: ctx.get(&SPECIAL_PRACTICAL_CAP)?,
        internet_min: ctx.get(&INTERNET_MINUTES_PER_CREDIT)?,
        self_min: ctx.get(&SELF_STUDY_MINUTES_PER_CREDIT)?,
        yearly_min: ctx.get(&YEARLY_MIN_CREDITS)?,
        required: ctx.get(required)?,
        window_years: ctx.get(window)?,
        practical_year_cap: ctx.get(&PRACTICAL_PER_YEAR)?,
        self_year_cap: ctx.get(&SELF_STUDY_PER_YEAR)?,
        new_curriculum_exempt: ctx.get(&NEW_CURRICULUM_EXEMPT)?,
        group_total_cap: ctx.get(&GROUP_TOTAL)?,
        claim_months: ctx.get(&CLAIM_MONTHS)?,
        renew_window: match (input.mode, version) {
            (Mode::Renewal, RuleVersion::Online2022) => {
                Some((ctx.get(&RENEWAL_APPLY_MONTHS_BEFORE)?, ctx.get(&RENEWAL_APPLY_MONTHS_AFTER)?))
            }
            _ => None,
        },
        mode: input.mode,
        certified_date: input.certified_date,
        certified_online: input
            .certified_date
            .is_some_and(|c| ctx.find(INITIAL_WINDOW_BEFORE_APPLICATION.id, c).is_ok()),
    })
}
