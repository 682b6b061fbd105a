//! The cap on a month's co-payments and the benefit on them, with 世帯合算: the patient's own row,
//! the patient's other 医療機関 and the family's co-payments of the same month.
//!
//! 健康保険法施行令第41条第1項: under 70 a co-payment adds up only when it is 21,000 yen or more per
//! person, per 医療機関, 入院 and 外来 apart (医科 and 歯科 apart); rows of one person, 医療機関 and
//! setting are one co-payment, added before the test. From 70 every co-payment adds up, the
//! individual 外来 cap first (外来特例, 令第41条第5項), then the household cap (令第41条第3項・第4項).
//! 令第42条: the cap's 1% term is on the 10割 医療費 of every co-payment joined, not the patient's alone
//! (大和市's worked example: 200,000 + 400,000 + 100,000 → ウ 84,430, benefit 125,570).
//!
//! Readings (also in the trace where they matter): the benefit first lowers the patient's own
//! co-payments that joined (the rest returns the family's); every row is taken in the patient's age
//! group (a household mixing under-70 and 70〜74 members is computed in two steps by the insurer);
//! with a ceiling certificate each 医療機関's window bills up to a cap on its own 医療費.

use super::bands::{band_rows, in_force};
use super::cap::{band_cap, cap_label, Missing};
use super::month::{use_many_times, Month};
use super::output::{CopayResult, HouseholdResult};
use super::params::*;
use super::resolve::How;
use super::schema::{AgeGroup, Band, Member, Setting};
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Ctx, Param};
use crate::schema::Choose;

/// What one month's cap gives.
pub(super) struct Capped {
    pub cap: i64,
    pub many_times: bool,
    /// The patient's month is 外来特例 (70歳以上 一般・低所得 without a stay of the patient).
    pub outpatient: bool,
    pub benefit: i64,
    /// A benefit on the household's cap (counts toward 〈多数回〉).
    pub counts: bool,
    /// The part of the benefit that lowers the patient's own co-payments.
    pub own_share: i64,
    /// The patient's co-payments (all rows) and 医療費.
    pub own_copay: i64,
    pub own_cost: i64,
    /// With a ceiling certificate: what the windows bill for the patient's co-payments.
    pub window_copay: i64,
    pub household: Option<HouseholdResult>,
}

/// One co-payment as the rules see it: the rows of one person, 医療機関 and setting, added.
struct Receipt {
    member: Member,
    /// `None`: the month's own row (the patient's main 医療機関).
    provider: Option<String>,
    setting: Setting,
    cost: i64,
    copay: i64,
    joined: bool,
}

impl Receipt {
    fn label(&self) -> (String, String) {
        let (who, set) = (self.member.short(), self.setting.short());
        match &self.provider {
            None => (format!("{}・{}", who.ja, set.ja), format!("{}, {}", who.en, set.en)),
            Some(p) => (format!("{}・{p}・{}", who.ja, set.ja), format!("{}, {p}, {}", who.en, set.en)),
        }
    }

    fn fx(&self, fx: Fx, amount: i64) -> Fx {
        let (ja, en) = self.label();
        fx.yen(amount).words(&format!("（{ja}）"), &format!(" ({en})"))
    }
}

/// How rows of one 医療機関 are matched: its name without spaces or width differences.
fn provider_key(s: &str) -> String {
    crate::text::normalize_width(s).chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase()
}

/// The month's own row, then the other rows grouped (person, 医療機関, setting); each row's group.
fn receipts(m: &Month<'_>, copay: i64) -> (Vec<Receipt>, Vec<usize>) {
    let setting = if m.row.inpatient { Setting::Inpatient } else { Setting::Outpatient };
    let main =
        Receipt { member: Member::Patient, provider: None, setting, cost: m.row.medical_cost_yen, copay, joined: true };
    let mut out = vec![main];
    let mut keys: Vec<Option<(Member, String, Setting)>> = vec![None];
    let mut group_of = Vec::with_capacity(m.others.len());
    for o in &m.others {
        let key = Some((o.member, provider_key(&o.provider), o.setting));
        match keys.iter().position(|k| *k == key) {
            Some(g) => {
                out[g].cost += o.medical_cost_yen;
                out[g].copay += o.copay_yen;
                group_of.push(g);
            }
            None => {
                keys.push(key);
                out.push(Receipt {
                    member: o.member,
                    provider: Some(o.provider.clone()),
                    setting: o.setting,
                    cost: o.medical_cost_yen,
                    copay: o.copay_yen,
                    joined: true,
                });
                group_of.push(out.len() - 1);
            }
        }
    }
    (out, group_of)
}

/// Under 70 with other co-payments: a co-payment under 21,000 yen does not add up (a note each).
fn join(m: &Month<'_>, receipts: &mut [Receipt], ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<(), Errors> {
    if m.age == AgeGroup::Over70 || receipts.len() == 1 {
        return Ok(());
    }
    let min = ctx.get_on(&HOUSEHOLD_MIN_COPAY, m.row.month)?;
    for (n, r) in receipts.iter_mut().enumerate() {
        r.joined = min.bound.holds(r.copay, min.value);
        if r.joined {
            continue;
        }
        let key = if n == 0 { m.key("household_min") } else { m.key(&format!("household_min.{n}")) };
        let (ja, en) = r.label();
        trace.push(TraceStep::note(
            key,
            Msg::new(
                format!("世帯合算の対象外（{ja}、21,000円未満）"),
                format!("Not added up ({en}: under 21,000 yen)"),
            ),
            Fx::new().yen(r.copay).op(" < ").yen(min.value).words(
                "（1人・1医療機関・入院外来別）のため合算しません",
                " (per person, hospital and setting): it does not add up",
            ),
            min.source,
        ));
    }
    Ok(())
}

/// The step listing the co-payments that add up and their 医療費 (with other rows only).
fn household_step(m: &Month<'_>, receipts: &[Receipt], ctx: &Ctx, trace: &mut Vec<TraceStep>) {
    if receipts.len() == 1 {
        return;
    }
    let joined: Vec<&Receipt> = receipts.iter().filter(|r| r.joined).collect();
    let (copay, cost) = (joined.iter().map(|r| r.copay).sum::<i64>(), joined.iter().map(|r| r.cost).sum::<i64>());
    let mut fx = Fx::new();
    for (n, r) in joined.iter().enumerate() {
        fx = r.fx(if n > 0 { fx.op(" + ") } else { fx }, r.copay);
    }
    fx = fx.op(" = ").yen(copay).words("。医療費（10割）", ". Medical costs (100%) ");
    for (n, r) in joined.iter().enumerate() {
        fx = if n > 0 { fx.op(" + ") } else { fx }.yen(r.cost);
    }
    trace.push(TraceStep::yen(
        m.key("household"),
        Msg::new("世帯合算する自己負担と医療費", "Co-payments added up, and their medical costs"),
        fx.op(" = ").yen(cost),
        copay,
        m.cap_source(ctx),
    ));
}

/// The month's result for the page and the API (with other rows only).
fn household_result(
    m: &Month<'_>,
    receipts: &[Receipt],
    group_of: &[usize],
    cap: i64,
    ob: i64,
) -> Option<HouseholdResult> {
    if m.others.is_empty() {
        return None;
    }
    let main = &receipts[0];
    let mut copays = vec![CopayResult {
        member: Member::Patient,
        provider: None,
        setting: main.setting,
        medical_cost_yen: main.cost,
        copay_yen: main.copay,
        joined: main.joined,
    }];
    for (o, g) in m.others.iter().zip(group_of) {
        copays.push(CopayResult {
            member: o.member,
            provider: Some(o.provider.clone()),
            setting: o.setting,
            medical_cost_yen: o.medical_cost_yen,
            copay_yen: o.copay_yen,
            joined: receipts[*g].joined,
        });
    }
    let joined = receipts.iter().filter(|r| r.joined);
    Some(HouseholdResult {
        copays,
        medical_cost_yen: joined.clone().map(|r| r.cost).sum(),
        copay_yen: joined.clone().map(|r| r.copay).sum(),
        others_copay_yen: joined.filter(|r| r.member != Member::Patient).map(|r| r.copay).sum(),
        outpatient_benefit_yen: ob,
        cap_yen: cap,
    })
}

/// The individual 外来 cap row of the month (70歳以上 一般・低所得; from 2027-08 一般's depends on
/// the 標準報酬月額), with the words that say how it was chosen.
fn outpatient_row(m: &Month<'_>, ctx: &Ctx) -> Result<(&'static Param, Fx), Errors> {
    let (rows, on) = (band_rows(m.res.band), m.row.month);
    let mut fx = Fx::new();
    let row = match rows.outpatient_low_below.filter(|r| in_force(ctx, Some(r), on)) {
        None => rows.outpatient,
        Some(below) => match m.res.how {
            How::Pay(yen, _) => {
                let below = ctx.get_on(below, on)?;
                let low = below.bound.holds(yen, below.value);
                let op = if low { " < " } else { " ≥ " };
                fx = fx.words("標準報酬月額 ", "Standard monthly pay ").yen(yen).op(op).yen(below.value).op(" → ");
                if low {
                    rows.outpatient_low
                } else {
                    rows.outpatient
                }
            }
            _ => {
                let from = super::input::ym(below.from);
                return Err(vec![FieldError::new(
                    "bracket",
                    "needs_remuneration",
                    Msg::new(
                        format!("{from} 以降の70歳以上「一般」の外来の限度額は標準報酬月額（16万円以上か）で分かれます。区分の代わりに standard_monthly_remuneration_yen を入力してください"),
                        format!("From {from} the 70+ general outpatient cap depends on the standard monthly pay (¥160k or more): give standard_monthly_remuneration_yen instead of the bracket"),
                    ),
                )]);
            }
        },
    };
    let p = row
        .ok_or(Missing("outpatient"))
        .and_then(|r| ctx.param_on(r.id, on).map_err(|_| Missing(r.id)))
        .map_err(|e| m.missing(e))?;
    Ok((p, fx))
}

/// The cap of one receipt at the window: the 外来 cap for 外来 under 外来特例, else the month's
/// bracket on the receipt's own 医療費 (steps not shown: the trace has the month's cap).
fn window_cap(
    m: &Month<'_>,
    r: &Receipt,
    band: Band,
    many: bool,
    outpatient: Option<i64>,
    ctx: &Ctx,
) -> Result<i64, Errors> {
    if let (Some(cap), true) = (outpatient, r.setting.outpatient()) {
        return Ok(cap);
    }
    band_cap(band, many, r.cost, m.row.month, ctx, "", &mut Vec::new()).map_err(|e| m.missing(e))
}

/// What the windows bill for the patient's co-payments with a certificate.
fn window_copay(
    m: &Month<'_>,
    receipts: &[Receipt],
    band: Band,
    many: bool,
    outpatient: Option<i64>,
    ctx: &Ctx,
) -> Result<i64, Errors> {
    let mut sum = 0;
    for r in receipts.iter().filter(|r| r.member == Member::Patient) {
        sum += r.copay.min(window_cap(m, r, band, many, outpatient, ctx)?);
    }
    Ok(sum)
}

fn own(receipts: &[Receipt], f: impl Fn(&Receipt) -> i64) -> i64 {
    receipts.iter().filter(|r| r.member == Member::Patient).map(f).sum()
}

/// The cap and the benefit of the month.
pub(super) fn capped(
    m: &Month<'_>,
    copay: i64,
    why: Option<TraceStep>,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Capped, Errors> {
    let (mut receipts, group_of) = receipts(m, copay);
    join(m, &mut receipts, ctx, trace)?;
    if m.age == AgeGroup::Over70 && m.res.band.has_outpatient_cap() {
        return by_person(m, receipts, &group_of, why, ctx, trace);
    }
    household_step(m, &receipts, ctx, trace);
    let joined = || receipts.iter().filter(|r| r.joined);
    let (cost, combined) = (joined().map(|r| r.cost).sum::<i64>(), joined().map(|r| r.copay).sum::<i64>());
    let many = use_many_times(m, m.res.formula, why, ctx, trace);
    let cap = band_cap(m.res.formula, many, cost, m.row.month, ctx, &m.p, trace).map_err(|e| m.missing(e))?;
    let benefit = (combined - cap).max(0);
    let fx = if receipts.len() > 1 {
        Fx::new().op("max(0, ").yen(combined).words("（世帯合算）", " (added up)")
    } else {
        Fx::new().op("max(0, ").yen(combined)
    };
    trace.push(TraceStep::yen(
        m.key("benefit"),
        Msg::new("高額療養費（支給額）", "High-cost benefit"),
        fx.op(" − ").yen(cap).op(") = ").yen(benefit),
        benefit,
        m.cap_source(ctx),
    ));
    let own_joined = own(&receipts, |r| if r.joined { r.copay } else { 0 });
    Ok(Capped {
        cap,
        many_times: many,
        outpatient: false,
        benefit,
        counts: benefit > 0,
        own_share: benefit.min(own_joined),
        own_copay: own(&receipts, |r| r.copay),
        own_cost: own(&receipts, |r| r.cost),
        window_copay: window_copay(m, &receipts, m.res.formula, many, None, ctx)?,
        household: household_result(m, &receipts, &group_of, cap, 0),
    })
}

/// 70歳以上 一般・低所得: each person's 外来 under the individual 外来 cap first, then (with a stay or
/// other co-payments) the household cap on what remains and the 入院.
fn by_person(
    m: &Month<'_>,
    receipts: Vec<Receipt>,
    group_of: &[usize],
    why: Option<TraceStep>,
    ctx: &Ctx,
    trace: &mut Vec<TraceStep>,
) -> Result<Capped, Errors> {
    let any_outpatient = receipts.iter().any(|r| r.setting.outpatient());
    let ocap = if any_outpatient { Some(outpatient_row(m, ctx)?) } else { None };
    let mut members: Vec<Member> = Vec::new();
    for r in &receipts {
        if !members.contains(&r.member) {
            members.push(r.member);
        }
    }
    // Each person's 外来 benefit (the patient's first).
    let mut ob: Vec<(Member, i64)> = Vec::new();
    if let Some((p, words)) = &ocap {
        trace.push(TraceStep::yen(
            m.key("cap"),
            cap_label(m.res.band, "外来（個人）の限度額", "outpatient cap (individual)"),
            words.clone().words("外来（個人）= ", "Outpatient (individual) = ").yen(p.value),
            p.value,
            p.source,
        ));
        for who in &members {
            let outs: Vec<&Receipt> = receipts.iter().filter(|r| r.member == *who && r.setting.outpatient()).collect();
            if outs.is_empty() {
                continue;
            }
            let paid: i64 = outs.iter().map(|r| r.copay).sum();
            let b = (paid - p.value).max(0);
            let key = if *who == Member::Patient {
                m.key("outpatient_benefit")
            } else {
                m.key(&format!("outpatient_benefit.{}", who.key()))
            };
            let mut fx = Fx::new().op("max(0, ");
            for (n, r) in outs.iter().enumerate() {
                fx =
                    if outs.len() > 1 { r.fx(if n > 0 { fx.op(" + ") } else { fx }, r.copay) } else { fx.yen(r.copay) };
            }
            let (who_ja, who_en) = outs[0].label();
            let who_ja = who_ja.split('・').next().unwrap_or("").to_string();
            let who_en = who_en.split(',').next().unwrap_or("").to_string();
            trace.push(TraceStep::yen(
                key,
                Msg::new(
                    format!("高額療養費（外来・個人: {who_ja}）"),
                    format!("High-cost benefit (outpatient, individual: {who_en})"),
                ),
                fx.op(" − ").yen(p.value).op(") = ").yen(b),
                b,
                p.source,
            ));
            ob.push((*who, b));
        }
    }
    let ob_of = |who: Member| ob.iter().find(|(w, _)| *w == who).map_or(0, |(_, b)| *b);
    let ob_total: i64 = ob.iter().map(|(_, b)| b).sum();
    let no_stay = !receipts.iter().any(|r| r.member == Member::Patient && !r.setting.outpatient());
    let (own_copay, own_cost) = (own(&receipts, |r| r.copay), own(&receipts, |r| r.cost));
    let ocap_value = ocap.as_ref().map(|(p, _)| p.value);
    if no_stay && m.others.is_empty() {
        let b = ob_of(Member::Patient);
        return Ok(Capped {
            cap: ocap_value.unwrap_or(0),
            many_times: false,
            outpatient: true,
            benefit: b,
            counts: false,
            own_share: b,
            own_copay,
            own_cost,
            window_copay: own_copay.min(ocap_value.unwrap_or(own_copay)),
            household: None,
        });
    }
    household_step(m, &receipts, ctx, trace);
    let many = use_many_times(m, m.res.band, why, ctx, trace);
    let cost: i64 = receipts.iter().map(|r| r.cost).sum();
    let prefix = if no_stay { m.key("household_") } else { m.p.clone() };
    let hcap = band_cap(m.res.band, many, cost, m.row.month, ctx, &prefix, trace).map_err(|e| m.missing(e))?;
    let total: i64 = receipts.iter().map(|r| r.copay).sum::<i64>() - ob_total;
    let hb = (total - hcap).max(0);
    let benefit = ob_total + hb;
    let mut fx = Fx::new();
    if ob_total > 0 || no_stay {
        fx = fx.yen(ob_total).words("（外来・個人）+ ", " (outpatient, individual) + ");
    }
    let label = if receipts.len() > 1 { ("（世帯合算）", " (added up)") } else { ("", "") };
    trace.push(TraceStep::yen(
        m.key("benefit"),
        Msg::new("高額療養費（外来 + 世帯）", "High-cost benefit (outpatient + household)"),
        fx.op("max(0, ").yen(total).words(label.0, label.1).op(" − ").yen(hcap).op(") = ").yen(benefit),
        benefit,
        m.cap_source(ctx),
    ));
    let own_ob = ob_of(Member::Patient);
    Ok(Capped {
        cap: if no_stay { ocap_value.unwrap_or(hcap) } else { hcap },
        many_times: many,
        outpatient: no_stay,
        benefit,
        counts: hb > 0,
        own_share: own_ob + hb.min(own_copay - own_ob),
        own_copay,
        own_cost,
        window_copay: window_copay(m, &receipts, m.res.band, many, ocap_value, ctx)?,
        household: household_result(m, &receipts, group_of, hcap, ob_total),
    })
}
