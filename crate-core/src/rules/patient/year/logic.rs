//! The plan as named steps: the 高額療養費 planner on the months, then each month's JMDP fees
//! (with the exemption), the refund of 5.・6. set against the month that billed them, the transport
//! and its 療養費 (oldest payments first), what is paid at the window with and without a ceiling
//! certificate, and what is finally borne; then the years ([`super::years`]) and the notes.

use super::input::{Extra, Fund, Input};
use super::output::{MonthResult, Output};
use super::params::{SRC_AID_ORDER, SRC_FUND, SRC_MUNICIPAL, SRC_OWN_ROOM, SRC_SICK_PAY, SRC_WINDOW};
use crate::calculator::Evaluation;
use crate::date::{Date, MonthEnd};
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg, Text};
use crate::params::{Ctx, Param, Unit};
use crate::rules::insurance::high_cost::{self, ym, MonthResult as HcMonth};
use crate::rules::insurance::public_aid::{self, Limit};
use crate::rules::insurance::sick_pay::allowance;
use crate::rules::jmdp::exemption::exempt_amount;
use crate::rules::jmdp::fees::params as fee;

const PER_DONOR: Text = Text::new("人", "donors");
const PER_TEST: Text = Text::new("件", "tests");
const SICK_DAYS: Text = Text::new("日", "days");

/// A JMDP fee row in force on the month's first day; before the table, an error on the month.
fn fee_on(row: &Param, i: usize, on: Date, ctx: &Ctx) -> Result<&'static Param, Errors> {
    ctx.get_on(row, on).map_err(|e| {
        if e.iter().any(|e| e.code != "not_in_force") {
            return e;
        }
        let first = ym(row.from);
        vec![FieldError::new(
            format!("months[{i}].month"),
            "not_in_force",
            Msg::new(
                format!("{} の骨髄バンクの患者負担金は登録されていません（料金表は {first} から）", ym(on)),
                format!("No JMDP fee table is on file for {} (the table starts in {first})", ym(on)),
            ),
        )]
    })
}

/// JMDP fees of one month.
#[derive(Debug, Clone, Copy, Default)]
struct Jmdp {
    billed: i64,
    exempted: i64,
    payable: i64,
    /// 5.・6. coming back this month, after the exemption.
    refund: i64,
}

/// `amount` less the exemption at `rate` (参考資料2-16: every domestic fee), with its steps.
fn after_exemption(key: &str, what: Msg, amount: i64, rate: i64, trace: &mut Vec<TraceStep>) -> (i64, i64) {
    if rate == 0 || amount == 0 {
        return (0, amount);
    }
    let label = Msg::new(format!("{}の免除額（× 免除率）", what.ja), format!("{}: exempted (× the rate)", what.en));
    let exempted = exempt_amount(key, label, amount, rate, fee::SRC_EXEMPTION, trace);
    (exempted, amount - exempted)
}

/// The fees billed this month (2.・3. per donor tested, 4.〜6. at final consent, 7. per option
/// test, the oral-mucosa extraction) and the 5.・6. refund, each after the exemption.
fn jmdp_month(i: usize, on: Date, x: &Extra, rate: i64, ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Jmdp, Errors> {
    let p = format!("{}.", ym(on));
    let mut lines: Vec<(i64, Fx)> = Vec::new();
    if x.donors_tested > 0 {
        for row in fee::PER_DONOR_TESTED {
            let f = fee_on(row, i, on, ctx)?;
            lines.push((f.value * x.donors_tested, Fx::new().yen(f.value).op(" × ").qty(x.donors_tested, PER_DONOR)));
        }
    }
    if x.final_consent {
        for row in fee::FINAL_CONSENT_BUNDLE {
            let f = fee_on(row, i, on, ctx)?;
            lines.push((f.value, Fx::new().yen(f.value)));
        }
    }
    if x.option_tests > 0 {
        let f = fee_on(&fee::OPTION_HLA_TEST, i, on, ctx)?;
        lines.push((f.value * x.option_tests, Fx::new().yen(f.value).op(" × ").qty(x.option_tests, PER_TEST)));
    }
    if x.oral_mucosa_dna {
        let f = fee_on(&fee::ORAL_MUCOSA_DNA, i, on, ctx)?;
        lines.push((f.value, Fx::new().yen(f.value)));
    }
    let mut out = Jmdp::default();
    if !lines.is_empty() {
        out.billed = lines.iter().map(|(a, _)| a).sum();
        let mut fx = Fx::new();
        for (n, (_, f)) in lines.into_iter().enumerate() {
            fx = if n > 0 { fx.op(" + ") } else { fx }.msg(&f.build());
        }
        trace.push(TraceStep::yen(
            format!("{p}jmdp_billed"),
            Msg::new(format!("{} 骨髄バンクの患者負担金（請求）", ym(on)), format!("{}: JMDP fees billed", ym(on))),
            fx.op(" = ").yen(out.billed),
            out.billed,
            fee::SRC_TABLE,
        ));
        let what = Msg::new(format!("{} 骨髄バンクの負担金", ym(on)), format!("{}: JMDP fees", ym(on)));
        (out.exempted, out.payable) = after_exemption(&format!("{p}jmdp_exempted"), what, out.billed, rate, trace);
        if out.exempted > 0 {
            trace.push(TraceStep::yen(
                format!("{p}jmdp_payable"),
                Msg::new(format!("{} 骨髄バンクへの支払い", ym(on)), format!("{}: payable to JMDP", ym(on))),
                Fx::new().yen(out.billed).op(" − ").yen(out.exempted).op(" = ").yen(out.payable),
                out.payable,
                fee::SRC_EXEMPTION,
            ));
        }
    }
    if x.refund {
        let mut amounts = Vec::new();
        for row in fee::REFUNDED_WITHOUT_TRANSPLANT {
            amounts.push(fee_on(row, i, on, ctx)?.value);
        }
        let gross: i64 = amounts.iter().sum();
        let what = Msg::new(format!("{} 5.・6.の返金", ym(on)), format!("{}: refund of items 5 and 6", ym(on)));
        let (exempted, refund) = after_exemption(&format!("{p}jmdp_refund_exempted"), what, gross, rate, trace);
        let mut fx = Fx::new().sum_of(&amounts, Unit::Yen);
        if exempted > 0 {
            fx = fx
                .op(" − ")
                .yen(exempted)
                .words("（免除分は支払っていないため）", " (the exempted part was never paid)");
        }
        trace.push(TraceStep::yen(
            format!("{p}jmdp_refund"),
            Msg::new(
                format!("{} 5.・6.の返金（移植に至らない場合）", ym(on)),
                format!("{}: items 5 and 6 refunded (no transplant)", ym(on)),
            ),
            fx.op(" = ").yen(refund),
            refund,
            fee::SRC_REFUND,
        ));
        out.refund = refund;
    }
    Ok(out)
}

/// Each month's 療養費 set against the transport paid, oldest first: what each month's transport
/// finally costs (the input checked that no more comes back than was paid).
fn transport_net(extras: &[Extra]) -> Vec<i64> {
    let mut open: Vec<i64> = Vec::with_capacity(extras.len());
    for x in extras {
        open.push(x.transport_paid_yen);
        let mut back = x.transport_reimbursed_yen;
        for o in open.iter_mut() {
            let take = back.min(*o);
            *o -= take;
            back -= take;
        }
    }
    open
}

/// What the window bills with and without a ceiling certificate, and what comes back later.
fn window(m: &HcMonth) -> [i64; 4] {
    let on_top = m.meals_yen + m.advanced_care_yen;
    // Each window stops at a cap on its own 医療費 (the 外来 cap in an outpatient month of the 70+
    // brackets that have one); 世帯合算 is always settled later.
    let at_window = m.window_copay_yen;
    [at_window + on_top, at_window - m.copay_after_cap_yen, m.copay_yen + on_top, m.copay_yen - m.copay_after_cap_yen]
}

fn window_step(p: &str, on: &str, m: &HcMonth, w: [i64; 4], with: bool, trace: &mut Vec<TraceStep>) {
    let (copay, later) = if with { (m.window_copay_yen, w[1]) } else { (m.copay_yen, w[3]) };
    let mut fx = if with && m.window_copay_yen == m.copay_yen.min(m.cap_yen) {
        Fx::new().words("認定証あり: min(", "With a certificate: min(").yen(m.copay_yen).op(", ").yen(m.cap_yen).op(")")
    } else if with {
        Fx::new()
            .words("認定証あり: 各医療機関で限度額まで ", "With a certificate: each hospital up to its cap ")
            .yen(copay)
    } else {
        Fx::new().words("認定証なし: ", "Without a certificate: ").yen(copay)
    };
    fx = fx.op(" + ").yen(m.meals_yen).words("（食事）", " (meals)").op(" + ").yen(m.advanced_care_yen);
    fx = fx.words("（先進医療）= ", " (先進医療) = ").yen(if with { w[0] } else { w[2] });
    if later > 0 {
        fx = fx.words("、後で戻る額 ", "; back later ").yen(later);
    }
    trace.push(TraceStep::yen(
        format!("{p}window"),
        Msg::new(format!("{on} 窓口での支払い"), format!("{on}: paid at the window")),
        fx,
        if with { w[0] } else { w[2] },
        SRC_WINDOW,
    ));
}

/// The meals: the subsidy's part (小児慢性 half, 指定難病 none), then the municipality's when it
/// pays meals. Returns (subsidy, municipality).
fn meals_relief(input: &Input, limit: Option<&Limit>, meals: i64) -> (i64, i64) {
    let left = limit.map_or(meals, |l| l.leaves(0, meals).1);
    let municipal = if input.municipal.is_some_and(|m| m.meals) { left } else { 0 };
    (meals - left, municipal)
}

/// A month's subsidies with their steps: what the 受給者証 and the municipality pay of the
/// co-payment (`medical`: subsidy, municipality) and the meals (`meals`: the same).
fn aid_steps(
    p: &str,
    input: &Input,
    m: &HcMonth,
    limit: Option<&Limit>,
    medical: (i64, i64),
    meals: (i64, i64),
    trace: &mut Vec<TraceStep>,
) {
    let on = &m.month;
    if let Some(l) = limit {
        let mut fx = Fx::new()
            .yen(m.copay_after_cap_yen)
            .words("（高額療養費の後の自己負担）− ", " (co-payment after the high-cost benefit) − ")
            .yen(m.copay_after_cap_yen - medical.0)
            .words("（上限まで）= ", " (up to the limit) = ")
            .yen(medical.0);
        if m.meals_yen > 0 {
            fx = fx
                .words("、食事 ", "; meals ")
                .yen(m.meals_yen)
                .op(" × ")
                .pct(100 - l.meals_percent)
                .op(" = ")
                .yen(meals.0);
            if l.meals_percent != 100 && (m.meals_yen * l.meals_percent) % 100 != 0 {
                fx = fx.words("（", " (").msg(&public_aid::MEAL_SHARE_1_YEN.describe()).op(")");
            }
        }
        trace.push(TraceStep::yen(
            format!("{p}aid"),
            Msg::new(format!("{on} 公費の医療費助成（受給者証）"), format!("{on}: public subsidy (受給者証)")),
            fx.op(" → ").yen(medical.0 + meals.0),
            medical.0 + meals.0,
            SRC_AID_ORDER,
        ));
    }
    if let Some(mu) = input.municipal {
        let left = m.copay_after_cap_yen - medical.0;
        let mut fx = Fx::new()
            .yen(left)
            .words("（自己負担）− min(", " (co-payment) − min(")
            .yen(left)
            .op(", ")
            .yen(mu.cap_yen)
            .words("（自治体の助成の後に残る額）) = ", " (left by the municipal subsidy)) = ")
            .yen(medical.1);
        if mu.meals && meals.1 > 0 {
            fx = fx.words("、食事 ", "; meals ").yen(meals.1);
        }
        trace.push(TraceStep::yen(
            format!("{p}municipal"),
            Msg::new(format!("{on} 自治体の医療費助成"), format!("{on}: municipal medical subsidy")),
            fx.op(" → ").yen(medical.1 + meals.1),
            medical.1 + meals.1,
            SRC_MUNICIPAL,
        ));
    }
}

/// The window with a 受給者証 or the municipality's help: what they leave of the co-payment and the
/// meals, and 先進医療 (`helped`: what they pay of the co-payment, of the meals), with its step.
fn helped_window_step(p: &str, m: &HcMonth, helped: (i64, i64), trace: &mut Vec<TraceStep>) -> i64 {
    let (copay, meals) = (m.copay_after_cap_yen - helped.0, m.meals_yen - helped.1);
    let own = copay + meals + m.advanced_care_yen;
    trace.push(TraceStep::yen(
        format!("{p}window"),
        Msg::new(format!("{} 窓口での支払い", m.month), format!("{}: paid at the window", m.month)),
        Fx::new()
            .words("助成の後: ", "After the subsidies: ")
            .yen(copay)
            .words("（自己負担）+ ", " (co-payment) + ")
            .yen(meals)
            .words("（食事）+ ", " (meals) + ")
            .yen(m.advanced_care_yen)
            .words("（先進医療）= ", " (先進医療) = ")
            .yen(own),
        own,
        SRC_AID_ORDER,
    ));
    own
}

/// A month's 付加給付 with its step, and the month it is paid in.
fn fund_month(p: &str, on: Date, fund: &Fund, base: i64, helped: bool, trace: &mut Vec<TraceStep>) -> (i64, String) {
    let (over, rounded, paid) = fund.steps(base);
    let when = ym(on.add_months(fund.delay_months as i32, MonthEnd::Clamp));
    let what = if helped {
        ("（公費・自治体の助成の後の自己負担）− ", " (co-payment after the subsidies) − ")
    } else {
        ("（高額療養費の後の自己負担）− ", " (co-payment after the high-cost benefit) − ")
    };
    let mut fx = Fx::new()
        .yen(base)
        .words(what.0, what.1)
        .yen(fund.threshold_yen)
        .words("（組合の基準額）= ", " (the fund's threshold) = ")
        .yen(over);
    if over != paid || fund.unit.yen() > 1 {
        fx = fx.op(" → ").text(crate::schema::Choose::label(fund.unit)).op(" ").yen(rounded);
    }
    if fund.minimum_yen > 0 && rounded < fund.minimum_yen {
        fx = fx.words("（", " (").yen(fund.minimum_yen).words("未満は不支給）", " minimum not reached: nothing paid)");
    }
    fx = fx.op(" = ").yen(paid);
    if paid > 0 {
        fx = fx.words(&format!("、{when}ごろ振込"), &format!("; paid about {when}"));
    }
    trace.push(TraceStep::yen(
        format!("{p}fund"),
        Msg::new(format!("{} 付加給付（健康保険組合）", ym(on)), format!("{}: fund top-up (付加給付)", ym(on))),
        fx,
        paid,
        SRC_FUND,
    ));
    (paid, when)
}

/// The patient's own room this month (a day's charge × the days), with its step.
fn own_room_step(p: &str, on: &str, daily: i64, days: i64, trace: &mut Vec<TraceStep>) -> i64 {
    let own_room = daily * days;
    if own_room > 0 {
        trace.push(TraceStep::yen(
            format!("{p}own_room"),
            Msg::new(format!("{on} 患者さんの差額ベッド代"), format!("{on}: the patient's private room")),
            Fx::new().yen(daily).op(" × ").qty(days, SICK_DAYS).op(" = ").yen(own_room),
            own_room,
            SRC_OWN_ROOM,
        ));
    }
    own_room
}

/// What the family finally bears for a month: its costs less what the subsidies and the fund pay
/// (`less`: the public subsidy, the municipality's, the fund's 付加給付), with its step.
fn borne_step(p: &str, on: &str, parts: &[i64], less: [i64; 3], trace: &mut Vec<TraceStep>) -> i64 {
    let oop: i64 = parts.iter().sum::<i64>() - less.iter().sum::<i64>();
    let mut fx = Fx::new().sum_of(parts, Unit::Yen).words(
        "（自己負担 + 食事 + 先進医療 + 骨髄バンク + ドナーの差額ベッド + 運搬費 + その他 + 患者さんの差額ベッド）",
        " (co-payment + meals + 先進医療 + JMDP + donor's room + transport + other + patient's room)",
    );
    let names = [
        ("（公費）", " (public subsidy)"),
        ("（自治体の助成）", " (municipal subsidy)"),
        ("（付加給付）", " (fund top-up)"),
    ];
    for (v, (ja, en)) in less.into_iter().zip(names) {
        if v > 0 {
            fx = fx.op(" − ").yen(v).words(ja, en);
        }
    }
    trace.push(TraceStep::yen(
        format!("{p}out_of_pocket"),
        Msg::new(format!("{on} 最終的な負担"), format!("{on}: finally borne")),
        fx.op(" = ").yen(oop),
        oop,
        super::params::SRC_PLAN,
    ));
    oop
}

/// Each month's figures but the yearly-refund share (set by [`super::years`]).
fn months(input: &Input, hc: &[HcMonth], ctx: &Ctx, trace: &mut Vec<TraceStep>) -> Result<Vec<MonthResult>, Errors> {
    let rate = input.jmdp_exemption_percent;
    let mut jmdp = Vec::with_capacity(hc.len());
    let mut errors = Vec::new();
    for (i, (row, x)) in input.plan.months.iter().zip(&input.extras).enumerate() {
        match jmdp_month(i, row.month, x, rate, ctx, trace) {
            Ok(j) => jmdp.push(j),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        errors.dedup();
        return Err(errors);
    }
    // 5.・6. come back for the month whose final consent billed them.
    let consent = input.extras.iter().position(|x| x.final_consent);
    let refund: i64 = jmdp.iter().map(|j| j.refund).sum();
    let transport = transport_net(&input.extras);
    let mut out = Vec::with_capacity(hc.len());
    for (i, (m, x)) in hc.iter().zip(&input.extras).enumerate() {
        let j = jmdp[i];
        let jmdp_fees = j.payable - if consent == Some(i) { refund } else { 0 };
        let w = window(m);
        let p = format!("{}.", m.month);
        if x.transport_paid_yen > 0 && transport[i] != x.transport_paid_yen {
            trace.push(TraceStep::yen(
                format!("{p}transport_net"),
                Msg::new(format!("{} 運搬費（療養費の後）", m.month), format!("{}: transport after 療養費", m.month)),
                Fx::new()
                    .yen(x.transport_paid_yen)
                    .op(" − ")
                    .yen(x.transport_paid_yen - transport[i])
                    .words("（療養費）= ", " (療養費) = ")
                    .yen(transport[i]),
                transport[i],
                super::params::SRC_TRANSPORT,
            ));
        }
        let on = input.plan.months[i].month;
        let limit = match input.aid {
            Some(a) => Some(public_aid::limit(a, on, m.medical_cost_yen, &m.month, ctx, trace)?),
            None => None,
        };
        let (aid, municipal, _) = input.medical_relief(limit.map(|l| l.limit_yen), m.copay_after_cap_yen);
        let meals = meals_relief(input, limit.as_ref(), m.meals_yen);
        aid_steps(&p, input, m, limit.as_ref(), (aid, municipal), meals, trace);
        let helped = input.aid.is_some() || input.municipal.is_some();
        let (fund, fund_paid_month) = match &input.fund {
            Some(f) => {
                let (paid, when) = fund_month(&p, on, f, m.copay_after_cap_yen - aid - municipal, helped, trace);
                (paid, Some(when))
            }
            None => (0, None),
        };
        let own_room = own_room_step(&p, &m.month, input.own_room_daily_yen, x.own_room_days, trace);
        let parts = [
            m.copay_after_cap_yen,
            m.meals_yen,
            m.advanced_care_yen,
            jmdp_fees,
            x.donor_room_yen,
            transport[i],
            x.other_medical_yen,
            own_room,
        ];
        let (aid_all, municipal_all) = (aid + meals.0, municipal + meals.1);
        let oop = borne_step(&p, &m.month, &parts, [aid_all, municipal_all, fund], trace);
        // With a 受給者証 or the municipality's help the window bills only what they leave (the
        // benefit above the cap is settled between the insurer and them).
        let (with, without) = if helped {
            let own = helped_window_step(&p, m, (aid + municipal, meals.0 + meals.1), trace);
            ((own, 0), (own, 0))
        } else {
            window_step(&p, &m.month, m, w, input.ceiling_certificate, trace);
            ((w[0], w[1]), (w[2], w[3]))
        };
        let (window_yen, benefit_later_yen) = if input.ceiling_certificate { with } else { without };
        out.push(MonthResult {
            month: m.month.clone(),
            jmdp_billed_yen: j.billed,
            jmdp_exempted_yen: j.exempted,
            jmdp_payable_yen: j.payable,
            jmdp_refund_received_yen: j.refund,
            jmdp_fees_yen: jmdp_fees,
            donor_room_yen: x.donor_room_yen,
            transport_paid_yen: x.transport_paid_yen,
            transport_reimbursed_yen: x.transport_reimbursed_yen,
            transport_net_yen: transport[i],
            other_medical_yen: x.other_medical_yen,
            window_with_certificate_yen: with.0,
            benefit_later_with_certificate_yen: with.1,
            window_without_certificate_yen: without.0,
            benefit_later_without_certificate_yen: without.1,
            window_yen,
            benefit_later_yen,
            fund_benefit_yen: fund,
            fund_paid_month,
            aid_limit_yen: limit.map(|l| l.limit_yen),
            aid_yen: aid_all,
            municipal_yen: municipal_all,
            own_room_yen: own_room,
            sick_pay_days: 0,
            sick_pay_yen: 0,
            year_refund_share_yen: 0,
            out_of_pocket_yen: oop,
        });
    }
    Ok(out)
}

/// 傷病手当金 in each month: the days off less the 待期 (served from the first day off's month;
/// already served when that is before the plan), within the days the period allows.
fn sick_pay(
    input: &Input,
    ctx: &Ctx,
    months: &mut [MonthResult],
    trace: &mut Vec<TraceStep>,
) -> Result<Option<(i64, i64)>, Errors> {
    let Some((pay, first_off)) = input.sick_pay else { return Ok(None) };
    let a = allowance(pay, first_off, "sick_pay", ctx, trace).map_err(|errs| {
        errs.into_iter()
            .map(|mut e| {
                e.field = super::schema::SICK_PAY_FIRST_DAY.key.to_string();
                e
            })
            .collect::<Errors>()
    })?;
    let start = input.plan.months.first().map(|r| (r.month.year, r.month.month));
    let off = (first_off.year, first_off.month);
    let mut wait = if start.is_some_and(|s| off < s) { 0 } else { a.waiting_days };
    let mut left = a.max_days;
    for (m, (row, x)) in months.iter_mut().zip(input.plan.months.iter().zip(&input.extras)) {
        if x.days_off == 0 {
            continue;
        }
        let waiting = if (row.month.year, row.month.month) >= off { wait.min(x.days_off) } else { 0 };
        wait -= waiting;
        let days = (x.days_off - waiting).min(left);
        left -= days;
        m.sick_pay_days = days;
        m.sick_pay_yen = a.daily_yen * days;
        let mut fx = Fx::new().qty(x.days_off, SICK_DAYS);
        if waiting > 0 {
            fx = fx.op(" − ").qty(waiting, SICK_DAYS).words("（待期）", " (waiting)");
        }
        if days < x.days_off - waiting {
            fx = fx.words("、支給期間の残り ", "; left in the period ").qty(days, SICK_DAYS);
        }
        fx = fx.op(" → ").yen(a.daily_yen).op(" × ").qty(days, SICK_DAYS).op(" = ").yen(m.sick_pay_yen);
        trace.push(TraceStep::yen(
            format!("{}.sick_pay", m.month),
            Msg::new(format!("{} 傷病手当金", m.month), format!("{}: sickness allowance", m.month)),
            fx,
            m.sick_pay_yen,
            SRC_SICK_PAY,
        ));
    }
    Ok(Some((a.daily_yen, left)))
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let hc = high_cost::compute(&input.plan, ctx)?;
    let mut trace = hc.trace;
    let plan = hc.result;
    let mut months = months(input, &plan.months, ctx, &mut trace)?;
    let sick = sick_pay(input, ctx, &mut months, &mut trace)?;
    let years = super::years::plan_years(input, &plan, &mut months, &mut trace);
    let calendar_years = super::years::calendar_years(input, &plan, &months, ctx, &mut trace)?;
    super::notes::notes(input, &months, &calendar_years, &mut trace);
    let sum = |f: fn(&MonthResult) -> i64| months.iter().map(f).sum::<i64>();
    let (borne, shares) = (sum(|m| m.out_of_pocket_yen), sum(|m| m.year_refund_share_yen));
    let total_out_of_pocket_yen = borne - shares;
    trace.push(TraceStep::yen(
        "plan.total_out_of_pocket",
        Msg::new("計画全体の最終的な負担", "Borne over the whole plan"),
        Fx::new()
            .yen(borne)
            .words("（各月）− ", " (the months) − ")
            .yen(shares)
            .words("（年間上限の払い戻しのうち計画の月の分）= ", " (yearly-cap refunds of the plan's months) = ")
            .yen(total_out_of_pocket_yen),
        total_out_of_pocket_yen,
        super::params::SRC_PLAN,
    ));
    let total_saving_yen = calendar_years.iter().map(|c| c.total_saving_yen).sum::<Option<i64>>();
    let cash = super::cash::cash(&months, &years, &calendar_years, ctx, &mut trace);
    let low = cash.iter().min_by_key(|c| c.running_yen).filter(|c| c.running_yen < 0);
    let (cash_low_yen, cash_low_month) = (low.map(|c| -c.running_yen), low.map(|c| c.month.clone()));
    let out = Output {
        ceiling_certificate: input.ceiling_certificate,
        jmdp_exemption_percent: input.jmdp_exemption_percent,
        total_jmdp_fees_yen: sum(|m| m.jmdp_fees_yen),
        total_donor_room_yen: sum(|m| m.donor_room_yen),
        total_transport_net_yen: sum(|m| m.transport_net_yen),
        total_other_medical_yen: sum(|m| m.other_medical_yen),
        total_fund_benefit_yen: sum(|m| m.fund_benefit_yen),
        total_aid_yen: sum(|m| m.aid_yen),
        total_municipal_yen: sum(|m| m.municipal_yen),
        total_own_room_yen: sum(|m| m.own_room_yen),
        sick_pay_daily_yen: sick.map(|s| s.0),
        sick_pay_days_left: sick.map(|s| s.1),
        total_sick_pay_yen: sum(|m| m.sick_pay_yen),
        total_out_of_pocket_yen,
        total_deduction_yen: calendar_years.iter().map(|c| c.deduction_yen).sum(),
        total_saving_yen,
        high_cost: plan,
        months,
        years,
        calendar_years,
        cash,
        cash_low_yen,
        cash_low_month,
    };
    Ok(Evaluation::new(out, trace, ctx))
}
