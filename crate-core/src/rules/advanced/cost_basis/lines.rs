//! The lines of the cost basis, each with its steps: a device's depreciation per use and per
//! patient (様式第7-1号 2), a role's personnel cost (3), a material's or その他 item's cost (様式第7-2号
//! 4 and 5), and the formulas they share.

use super::items::{Device, DeviceLine, Material, MaterialLine, Staff, StaffLine};
use super::params::*;
use crate::explain::{Fx, TraceStep};
use crate::money::{group, group_decimal, Rounding};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::{Bound, Param, Unit};
use crate::sources::Cite;
use rust_decimal::Decimal;

/// An exact amount: up to 4 decimals, `…` when more were cut (`33,333.3333…円`).
fn exact(f: Fx, d: Decimal) -> Fx {
    let shown = d.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero);
    if shown == d {
        f.yen_dec(d)
    } else {
        let n = group_decimal(shown);
        f.words(&format!("{n}…円"), &format!("{n}… yen"))
    }
}

/// A count with its Japanese counter and its English noun (`3年` / `3 years`, `1 year`).
fn count(f: Fx, n: i64, ja: &str, one: &str, many: &str) -> Fx {
    let g = group(n);
    f.words(&format!("{g}{ja}"), &format!("{g} {}", if n == 1 { one } else { many }))
}

/// `a + b = total`, or just the total when there is at most one term.
pub(crate) fn sum_formula(parts: &[i64], total: i64) -> Fx {
    if parts.len() <= 1 {
        Fx::new().yen(total)
    } else {
        Fx::new().sum_of(parts, Unit::Yen).op(" = ").yen(total)
    }
}

fn rounding_step(key: String, r: &Rounding, value: Decimal, result: i64) -> TraceStep {
    TraceStep::yen(key, r.describe(), exact(Fx::new(), value).op(" → ").yen(result), result, r.source)
}

/// A line's name: the one typed, or its kind and number (`機器2` / `Device 2`).
struct Who {
    ja: String,
    en: String,
}

impl Who {
    fn of(name: &Option<String>, i: usize, ja: &str, en: &str) -> Who {
        match name {
            Some(n) => Who { ja: n.clone(), en: n.clone() },
            None => Who { ja: format!("{ja}{}", i + 1), en: format!("{en} {}", i + 1) },
        }
    }

    /// `{name}: {what}`.
    fn then(&self, ja: &str, en: &str) -> Msg {
        Msg::new(format!("{}: {ja}", self.ja), format!("{}: {en}", self.en))
    }

    /// `{what}: {name}`.
    fn after(&self, ja: &str, en: &str) -> Msg {
        Msg::new(format!("{ja}: {}", self.ja), format!("{en}: {}", self.en))
    }
}

fn too_large(field: String) -> Errors {
    vec![FieldError::new(field, "too_large", Msg::new("金額が大きすぎます", "The amount is too large"))]
}

/// `a × b` within the accepted range (the parse limits keep Decimal itself from overflowing).
fn product(parts: &[Decimal], field: impl Fn() -> String) -> Result<Decimal, Errors> {
    let mut acc = Decimal::ONE;
    for p in parts {
        acc = acc.checked_mul(*p).ok_or_else(|| too_large(field()))?;
    }
    if acc > Decimal::from(crate::parse::MAX_AMOUNT) {
        return Err(too_large(field()));
    }
    Ok(acc)
}

/// 2 医療機器使用料: 償却費 ÷ 耐用年数 ÷ 年間使用回数, truncated at each division, × uses per patient.
pub(crate) fn device_lines(items: &[Device], trace: &mut Vec<TraceStep>) -> (Vec<DeviceLine>, i64) {
    let mut lines = Vec::new();
    let mut sum = 0i64;
    for (i, d) in items.iter().enumerate() {
        let line = device_line(i, d, trace);
        sum += line.patient_yen;
        lines.push(line);
    }
    (lines, sum)
}

fn device_line(i: usize, d: &Device, trace: &mut Vec<TraceStep>) -> DeviceLine {
    let who = Who::of(&d.name, i, "機器", "Device");
    let depreciable = if d.past_useful_life { 0 } else { d.purchase_yen - d.residual_yen };
    trace.push(if d.past_useful_life {
        TraceStep::yen(
            format!("devices[{i}].depreciable"),
            who.then("償却費（耐用年数経過）", "depreciation (past its useful life)"),
            Fx::new()
                .words(
                    "耐用年数を過ぎた機器は償却費が発生しない → ",
                    "A device past its useful life has no depreciation → ",
                )
                .yen(0),
            0,
            SRC_DEVICE_PAST,
        )
    } else {
        TraceStep::yen(
            format!("devices[{i}].depreciable"),
            who.then("償却費（購入価格−残存価格）", "depreciable amount (price − residual)"),
            Fx::new().yen(d.purchase_yen).op(" − ").yen(d.residual_yen).op(" = ").yen(depreciable),
            depreciable,
            SRC_DEVICE,
        )
    });
    let annual_exact = Decimal::from(depreciable) / Decimal::from(d.useful_life_years.max(1));
    let f = count(Fx::new().yen(depreciable).op(" ÷ "), d.useful_life_years, "年", "year", "years").op(" = ");
    trace.push(TraceStep::new(
        format!("devices[{i}].annual_depreciation_exact"),
        who.then("年間償却費（償却費÷耐用年数）", "annual depreciation (÷ useful life)"),
        exact(f, annual_exact),
        None,
        Unit::Yen,
        SRC_DEVICE,
    ));
    let annual = DEVICE_TRUNCATE.apply(annual_exact);
    trace.push(rounding_step(format!("devices[{i}].annual_depreciation"), &DEVICE_TRUNCATE, annual_exact, annual));
    let per_use_exact = Decimal::from(annual) / Decimal::from(d.annual_uses.max(1));
    let f = count(Fx::new().yen(annual).op(" ÷ "), d.annual_uses, "回", "use a year", "uses a year").op(" = ");
    trace.push(TraceStep::new(
        format!("devices[{i}].per_use_exact"),
        who.then("1回の償却費（年間償却費÷年間使用回数）", "per use (÷ uses a year)"),
        exact(f, per_use_exact),
        None,
        Unit::Yen,
        SRC_DEVICE,
    ));
    let per_use = DEVICE_TRUNCATE.apply(per_use_exact);
    trace.push(rounding_step(format!("devices[{i}].per_use"), &DEVICE_TRUNCATE, per_use_exact, per_use));
    let patient = per_use * d.uses_per_patient; // ≤ 1e12 × 1e6, within i64
    if d.uses_per_patient != 1 {
        trace.push(TraceStep::yen(
            format!("devices[{i}].patient"),
            who.then("一人当たり", "per patient"),
            count(Fx::new().yen(per_use).op(" × "), d.uses_per_patient, "回", "use", "uses").op(" = ").yen(patient),
            patient,
            SRC_DEVICE,
        ));
    }
    DeviceLine {
        name: d.name.clone(),
        purchase_yen: d.purchase_yen,
        residual_yen: d.residual_yen,
        useful_life_years: d.useful_life_years,
        annual_uses: d.annual_uses,
        past_useful_life: d.past_useful_life,
        depreciable_yen: depreciable,
        annual_depreciation_yen: annual,
        per_use_yen: per_use,
        uses_per_patient: d.uses_per_patient,
        patient_yen: patient,
    }
}

/// 3 人件費: 単価 × 時間 × 人数 per role, a yen fraction dropped.
pub(crate) fn staff_lines(items: &[Staff], trace: &mut Vec<TraceStep>) -> Result<(Vec<StaffLine>, i64), Errors> {
    let mut lines = Vec::new();
    let mut sum = 0i64;
    for (i, s) in items.iter().enumerate() {
        let who = Who::of(&s.role, i, "職種", "Role");
        let value = product(&[Decimal::from(s.hourly_yen), s.hours, Decimal::from(s.persons)], || {
            format!("staff[{i}].hourly_yen")
        })?;
        let line = LINE_TRUNCATE.apply(value);
        let hours = group_decimal(s.hours);
        let f = Fx::new()
            .yen(s.hourly_yen)
            .words("×", " × ")
            .words(&format!("{hours}H"), &format!("{hours} h"))
            .words("×", " × ");
        let f = count(f, s.persons, "人", "person", "persons").op(" = ");
        trace.push(TraceStep::yen(
            format!("staff[{i}]"),
            who.after("人件費", "Personnel"),
            exact(f, value),
            line,
            SRC_STAFF,
        ));
        if !value.fract().is_zero() {
            trace.push(rounding_step(format!("staff[{i}].rounding"), &LINE_TRUNCATE, value, line));
        }
        sum += line;
        lines.push(StaffLine {
            role: s.role.clone(),
            hourly_yen: s.hourly_yen,
            hours: s.hours,
            persons: s.persons,
            yen: line,
        });
    }
    Ok((lines, sum))
}

/// Which list of material-shaped lines: 4 医療材料等 or 5 その他.
#[derive(Clone, Copy)]
pub(crate) enum Part {
    Materials,
    Other,
}

impl Part {
    fn field(self) -> &'static str {
        match self {
            Part::Materials => "materials",
            Part::Other => "other_items",
        }
    }

    fn source(self) -> &'static Cite {
        match self {
            Part::Materials => SRC_MATERIALS,
            Part::Other => SRC_OTHER,
        }
    }

    fn name(self) -> (&'static str, &'static str) {
        match self {
            Part::Materials => ("医療材料等", "Materials"),
            Part::Other => ("その他", "Other"),
        }
    }
}

fn holds(bound: Bound, x: Decimal, limit: i64) -> bool {
    let l = Decimal::from(limit);
    match bound {
        Bound::Value => x == l,
        Bound::AtMost => x <= l,
        Bound::LessThan => x < l,
        Bound::AtLeast => x >= l,
        Bound::MoreThan => x > l,
    }
}

/// The advice for an item under the その他 threshold: the form lists it under その他.
fn under_threshold(who: &Who, per_use: Decimal, t: &Param) -> Msg {
    let f = Fx::new().words(&format!("{}: 1回当たり所要額 ", who.ja), &format!("{}: ", who.en));
    exact(f, per_use)
        .words(" は", " a use is under ")
        .yen(t.value)
        .words(
            "未満のため、様式では「その他」欄に一括して記載します（合計額は変わりません）",
            "; the form lists such items together under “Other” (the total is unchanged)",
        )
        .build()
}

/// 4 and 5: 単価 × 数量 × 回数 per item, a yen fraction dropped; with a threshold (4 only), an
/// item under it is flagged (it belongs under その他 on the form; the total does not change).
pub(crate) fn material_lines(
    items: &[Material],
    part: Part,
    threshold: Option<&Param>,
    trace: &mut Vec<TraceStep>,
    warnings: &mut Vec<FieldError>,
) -> Result<(Vec<MaterialLine>, i64), Errors> {
    let (field, (kind_ja, kind_en)) = (part.field(), part.name());
    let mut out = Vec::new();
    let mut sum = 0i64;
    for (i, m) in items.iter().enumerate() {
        let who = Who::of(&m.name, i, "品目", "Item");
        let per_use = product(&[Decimal::from(m.unit_yen), m.quantity], || format!("{field}[{i}].unit_yen"))?;
        let value = product(&[per_use, Decimal::from(m.times)], || format!("{field}[{i}].times"))?;
        let line = LINE_TRUNCATE.apply(value);
        let f = Fx::new().yen(m.unit_yen).words("×", " × ").dec(m.quantity).words("×", " × ");
        let f = count(f, m.times, "回", "time", "times").op(" = ");
        trace.push(TraceStep::yen(
            format!("{field}[{i}]"),
            who.after(kind_ja, kind_en),
            exact(f, value),
            line,
            part.source(),
        ));
        if !value.fract().is_zero() {
            trace.push(rounding_step(format!("{field}[{i}].rounding"), &LINE_TRUNCATE, value, line));
        }
        let under = threshold.filter(|t| holds(t.bound, per_use, t.value));
        if let Some(t) = under {
            let msg = under_threshold(&who, per_use, t);
            trace.push(TraceStep::note(
                format!("{field}[{i}].under_other_threshold"),
                Msg::new("「その他」に記載すべき品目", "Item belongs under “Other”"),
                msg.clone(),
                t.source,
            ));
            warnings.push(FieldError::new(format!("{field}[{i}]"), "under_other_threshold", msg));
        }
        sum += line;
        out.push(MaterialLine {
            name: m.name.clone(),
            unit_yen: m.unit_yen,
            quantity: m.quantity,
            times: m.times,
            per_use: per_use.normalize(),
            under_other_threshold: under.is_some(),
            yen: line,
        });
    }
    Ok((out, sum))
}
