//! The planner: the earliest application date on which the records as they are meet every
//! requirement, and what is still missing (per year, by when) on the date asked about.

use super::assess::{assess, Assessed};
use super::input::Input;
use super::rules::{load_rules, load_rules_on, version_on, version_starts, RuleVersion, Rules};
use super::schema::Mode;
use crate::date::{Date, MonthEnd};
use crate::explain::TraceStep;
use crate::msg::Msg;
use crate::params::Ctx;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanYear {
    pub index: usize,
    pub shortfall: i64,
    pub deadline: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The earliest application date meeting every requirement with no new credits (or null).
    pub earliest_application_date: Option<Date>,
    pub eligible_on_application_date: bool,
    /// Credits still missing from the total.
    pub shortfall_total: i64,
    /// The fewest extra credits that close every gap (total and per year): max(total, Σ years).
    pub min_additional_credits: i64,
    pub latest_date_for_missing: Option<Date>,
    /// Per year (that applies): what must still be earned and by when.
    pub years: Vec<PlanYear>,
    pub note: Msg,
}

/// Change points of the assessment as a function of the application date; the earliest eligible
/// date is one of them. Seed version and renewal: the window does not move with the application
/// date, so only a record's own date can help (a year that begins only adds a requirement).
/// Online version: the window and its years move with the application date, so a record also
/// changes year or leaves the window 1..=4 years after its date (give or take a day for 29 Feb).
fn candidates(input: &Input, rules: &Rules) -> Vec<Date> {
    let moving = rules.mode == Mode::Initial && rules.version == RuleVersion::Online2022;
    let horizon = if moving { rules.window_years.value.clamp(0, 10) as i32 } else { 0 };
    let mut c: Vec<Date> = Vec::new();
    for r in &input.records {
        c.push(r.date);
        for j in 1..=horizon {
            for rule in [MonthEnd::Clamp, MonthEnd::RollForward] {
                let d = r.date.add_years(j, rule);
                for delta in -1..=1 {
                    c.push(d.add_days(delta));
                }
            }
        }
    }
    if let (Mode::Renewal, Some(cd)) = (rules.mode, rules.certified_date) {
        c.retain(|d| *d > cd);
        // The online system's renewal window opens before expiry: its first day may be the answer.
        if let Some((before, after)) = rules.renew_window {
            let years = rules.window_years.value as i32;
            let expiry = super::assess::year_bounds(cd, years - 1).1;
            c.push(super::assess::renewal_window_dates(expiry, before.value, after.value).0);
        }
    }
    c.retain(|d| Date::new(d.year, d.month, d.day).is_some());
    c.sort();
    c.dedup();
    c
}

/// The earliest eligible date among the candidates, each assessed with the rule version in force
/// on it (a plan made under the seed's rules may end on a date the online rules govern, whose
/// window counts back from the application). `rules` are the application date's.
pub(super) fn earliest_with_rules(input: &Input, rules: &Rules, ctx: &Ctx) -> Option<Date> {
    let others: Vec<(RuleVersion, Rules)> = version_starts()
        .into_iter()
        .filter(|(v, _)| *v != rules.version)
        .filter_map(|(v, from)| load_rules_on(input, ctx, from, false).ok().map(|r| (v, r)))
        .collect();
    let mut dates = candidates(input, rules);
    for (_, r) in &others {
        dates.extend(candidates(input, r));
    }
    // A version's first day changes the rules themselves: it may be the answer.
    dates.extend(
        version_starts()
            .map(|(_, from)| from)
            .into_iter()
            .filter(|d| rules.mode == Mode::Initial || Some(*d) > rules.certified_date),
    );
    dates.sort();
    dates.dedup();
    dates.into_iter().find(|&d| {
        let in_force = match version_on(ctx, d) {
            Some(v) if v == rules.version => Some(rules),
            Some(v) => others.iter().find(|(o, _)| *o == v).map(|(_, r)| r),
            None => None,
        };
        in_force.is_some_and(|r| assess(input, r, d, false).eligible)
    })
}

/// The earliest application date on which the requirements would be met with the records as they
/// are (no new credits), or `None`; each date is judged by the rules in force on it.
pub fn earliest_application_date(input: &Input, ctx: &Ctx) -> Option<Date> {
    let rules = load_rules(input, ctx).ok()?;
    earliest_with_rules(input, &rules, ctx)
}

/// What is still missing on the application date, the earliest date that needs nothing more, and
/// the step that says so.
pub(super) fn plan(
    input: &Input,
    rules: &Rules,
    ctx: &Ctx,
    a: &Assessed,
    shortfall: i64,
    trace: &mut Vec<TraceStep>,
) -> Plan {
    let app = input.application_date;
    let latest = if a.eligible { None } else { a.window_end.map(|e| e.min(app)) };
    let years: Vec<PlanYear> = a
        .years
        .iter()
        .filter(|y| y.applies && y.shortfall > 0)
        .map(|y| PlanYear { index: y.index, shortfall: y.shortfall, deadline: y.deadline })
        .collect();
    let year_sum: i64 = years.iter().map(|y| y.shortfall).sum();
    let earliest = earliest_with_rules(input, rules, ctx);
    let note = match (a.eligible, earliest) {
        (true, _) => Msg::new("この申請日で要件を満たします", "The requirements are met on this application date"),
        (false, Some(d)) => Msg::new(
            format!("今の記録のままなら {d} に申請すれば要件を満たします"),
            format!("With the records as they are, an application on {d} would meet the requirements"),
        ),
        (false, None) => Msg::new(
            "今の記録だけでは、どの申請日でも要件を満たしません",
            "With the records as they are, no application date meets the requirements",
        ),
    };
    trace.push(TraceStep::note(
        "plan",
        Msg::new(
            "計画（追加の単位なしで申請できる最も早い日）",
            "Plan (earliest application date with no new credits)",
        ),
        note.clone(),
        rules.required.source,
    ));
    Plan {
        earliest_application_date: earliest,
        eligible_on_application_date: a.eligible,
        shortfall_total: shortfall,
        min_additional_credits: shortfall.max(year_sum),
        latest_date_for_missing: latest,
        years,
        note,
    }
}
