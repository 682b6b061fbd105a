//! The rules in force on the application date: which version (the seed's window from the first
//! credit, or the online one counting back from the application), and every figure the assessment
//! reads. The application date picks them, not `as_of`: a 2021 application checked today is
//! judged by the rules it was made under, as its fee is (16(1) 「…以降受付」).

use super::input::Input;
use super::params::*;
use super::schema::{self as field, Mode};
use crate::date::Date;
use crate::msg::{Errors, Msg};
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

/// The version in force on `on`; before the seed, the seed row's `not_in_force` says so.
fn version(ctx: &Ctx, on: Date) -> Result<RuleVersion, Errors> {
    match version_on(ctx, on) {
        Some(v) => Ok(v),
        None => lookup(ctx, &INITIAL_WINDOW_FROM_FIRST_CREDIT, on, true).map(|_| RuleVersion::Guidelines2017),
    }
}

/// A row's version in force on `on` (recorded as used when `record`); a date no version covers is
/// an error of the application date, which picked it.
fn lookup(ctx: &Ctx, row: &Param, on: Date, record: bool) -> Result<&'static Param, Errors> {
    let found = if record { ctx.param_on(row.id, on) } else { ctx.find(row.id, on) };
    found.map_err(|mut e| {
        if e.code == "not_in_force" {
            e.field = field::APPLICATION_DATE.key.to_string();
            e.message = Msg::new(
                format!("申請日 {on} に有効な実施要領の版がありません（{}）", row.id),
                format!("No version of the guidelines is in force on the application date {on} ({})", row.id),
            );
        }
        vec![e]
    })
}

/// The rules in force on the application date, recorded as used.
pub(super) fn load_rules(input: &Input, ctx: &Ctx) -> Result<Rules, Errors> {
    load_rules_on(input, ctx, input.application_date, true)
}

/// The rules in force on `on` (the planner tries other application dates: `record` false).
pub(super) fn load_rules_on(input: &Input, ctx: &Ctx, on: Date, record: bool) -> Result<Rules, Errors> {
    let get = |row: &Param| lookup(ctx, row, on, record);
    let version = version(ctx, on)?;
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
        collective_min: get(&COLLECTIVE_MINUTES_PER_CREDIT)?,
        daily_cap: get(&COLLECTIVE_DAILY_CAP)?,
        two_day_cap: get(&COLLECTIVE_TWO_DAY_CAP)?,
        three_day_cap: get(&COLLECTIVE_THREE_DAY_CAP)?,
        lecturer_bonus: get(&LECTURER_BONUS)?,
        practical_min: get(&PRACTICAL_MINUTES_PER_CREDIT)?,
        group_min: get(&GROUP_MINUTES_PER_CREDIT)?,
        corr_cap: get(&CORRESPONDENCE_CAP)?,
        special_cap: get(&SPECIAL_CAP)?,
        special_practical_cap: get(&SPECIAL_PRACTICAL_CAP)?,
        internet_min: get(&INTERNET_MINUTES_PER_CREDIT)?,
        self_min: get(&SELF_STUDY_MINUTES_PER_CREDIT)?,
        yearly_min: get(&YEARLY_MIN_CREDITS)?,
        required: get(required)?,
        window_years: get(window)?,
        practical_year_cap: get(&PRACTICAL_PER_YEAR)?,
        self_year_cap: get(&SELF_STUDY_PER_YEAR)?,
        new_curriculum_exempt: get(&NEW_CURRICULUM_EXEMPT)?,
        group_total_cap: get(&GROUP_TOTAL)?,
        claim_months: get(&CLAIM_MONTHS)?,
        renew_window: match (input.mode, version) {
            (Mode::Renewal, RuleVersion::Online2022) => {
                Some((get(&RENEWAL_APPLY_MONTHS_BEFORE)?, get(&RENEWAL_APPLY_MONTHS_AFTER)?))
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

/// The first day of each version's initial-window row: a date each version is in force on (the
/// planner loads every version once and assesses a candidate date with the one in force on it).
pub(super) fn version_starts() -> [(RuleVersion, Date); 2] {
    [
        (RuleVersion::Guidelines2017, INITIAL_WINDOW_FROM_FIRST_CREDIT.from),
        (RuleVersion::Online2022, INITIAL_WINDOW_BEFORE_APPLICATION.from),
    ]
}

/// The version in force on `on`, if any (without recording a rule as used).
pub(super) fn version_on(ctx: &Ctx, on: Date) -> Option<RuleVersion> {
    if ctx.find(INITIAL_WINDOW_FROM_FIRST_CREDIT.id, on).is_ok() {
        Some(RuleVersion::Guidelines2017)
    } else if ctx.find(INITIAL_WINDOW_BEFORE_APPLICATION.id, on).is_ok() {
        Some(RuleVersion::Online2022)
    } else {
        None
    }
}
