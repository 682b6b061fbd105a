//! The input read by schema, the result, and the computation as named steps: the four parts, the
//! total and its 四捨五入 (the lines themselves are in `lines`).

use super::items::{Device, DeviceLine, Material, MaterialLine, Staff, StaffLine};
use super::lines::{device_lines, material_lines, staff_lines, sum_formula, Part};
use super::params::*;
use super::schema::{self as field, device, material, staff, TotalUnit, SCHEMA};
use crate::calculator::Evaluation;
use crate::explain::{Fx, TraceStep};
use crate::money::{group, Rounding};
use crate::msg::{Errors, FieldError, Msg, Text};
use crate::params::{Ctx, Param};
use crate::reader::Reader;
use crate::schema::{Choose, Field};
use crate::value::Value;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub devices: Vec<Device>,
    pub staff: Vec<Staff>,
    pub materials: Vec<Material>,
    /// その他 as one figure (added to `other_items`).
    pub other_yen: i64,
    /// その他 itemised (様式第7-2号 5: 5,000円×1, 600円×1), same shape as materials.
    pub other_items: Vec<Material>,
    /// 1, 10, 100, 1,000 or 10,000; `None` = the dated default (1,000).
    pub rounding_unit: Option<TotalUnit>,
}

/// A count that must be 1 or more (a divisor).
fn positive(row: &mut Reader<'_>, f: &Field) -> i64 {
    let v = row.int(f);
    if v == 0 && !row.failed(f) {
        row.error(f, "must_be_positive", Msg::new("1以上の数を入力してください", "Enter 1 or more"));
    }
    v
}

fn read_device(row: &mut Reader<'_>) -> Device {
    let name = row.text(&device::NAME);
    let purchase_yen = row.int(&device::PURCHASE);
    let residual_yen = row.int(&device::RESIDUAL);
    let useful_life_years = positive(row, &device::USEFUL_LIFE);
    let annual_uses = positive(row, &device::ANNUAL_USES);
    let past_useful_life = row.flag(&device::PAST_USEFUL_LIFE);
    let uses_per_patient = row.int(&device::USES_PER_PATIENT);
    if residual_yen > purchase_yen && row.errors.is_empty() {
        let (res, pur) = (group(residual_yen), group(purchase_yen));
        row.error(
            &device::RESIDUAL,
            "exceeds_purchase",
            Msg::new(
                format!("残存価格（{res}円）が購入価格（{pur}円）を超えています"),
                format!("The residual value ({res} yen) exceeds the purchase price ({pur} yen)"),
            ),
        );
    }
    Device { name, purchase_yen, residual_yen, useful_life_years, annual_uses, past_useful_life, uses_per_patient }
}

fn read_staff(row: &mut Reader<'_>) -> Staff {
    Staff {
        role: row.text(&staff::ROLE),
        hourly_yen: row.int(&staff::HOURLY),
        hours: row.decimal(&staff::HOURS).normalize(),
        persons: row.int(&staff::PERSONS),
    }
}

fn read_material(row: &mut Reader<'_>) -> Material {
    Material {
        name: row.text(&material::NAME),
        unit_yen: row.int(&material::UNIT_PRICE),
        quantity: row.decimal(&material::QUANTITY).normalize(),
        times: row.int(&material::TIMES),
    }
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(SCHEMA.fields, v);
    let devices = r.rows(&field::DEVICES, |row, _| read_device(row));
    let staff = r.rows(&field::STAFF, |row, _| read_staff(row));
    let materials = r.rows(&field::MATERIALS, |row, _| read_material(row));
    let other_items = r.rows(&field::OTHER_ITEMS, |row, _| read_material(row));
    let other_yen = r.int(&field::OTHER_YEN);
    let rounding_unit = r.choice::<TotalUnit>(&field::ROUNDING_UNIT);
    r.finish(Input { devices, staff, materials, other_yen, other_items, rounding_unit })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    /// 医療機器使用料 (一人当たり).
    pub device_yen: i64,
    /// 人件費.
    pub staff_yen: i64,
    /// 医療材料、医薬品、再生医療等製品等.
    pub materials_yen: i64,
    /// その他 (other_yen input + other_items).
    pub other_yen: i64,
    /// Exact sum of the four parts.
    pub total_yen: i64,
    /// The total after the declared rounding (the figure for 様式第5号・第6号).
    pub rounded_total_yen: i64,
    pub rounding: Rounding,
    /// `default` (the dated param) or `input` (rounding_unit).
    pub rounding_unit_source: &'static str,
    pub other_threshold_yen: i64,
    pub devices: Vec<DeviceLine>,
    pub staff: Vec<StaffLine>,
    pub materials: Vec<MaterialLine>,
    pub other_items: Vec<MaterialLine>,
    /// Warnings that do not stop the computation (materials under the その他 threshold).
    pub warnings: Vec<FieldError>,
}

/// その他: the itemised lines plus the lump sum.
fn other_step(input: &Input, items: &[MaterialLine], other_yen: i64) -> TraceStep {
    let mut parts: Vec<i64> = items.iter().map(|m| m.yen).collect();
    if input.other_yen != 0 {
        parts.push(input.other_yen);
    }
    let formula = if input.other_items.is_empty() { Fx::new().yen(other_yen) } else { sum_formula(&parts, other_yen) };
    TraceStep::yen("other", Msg::new("その他 合計", "Other total"), formula, other_yen, SRC_OTHER)
}

/// The total's 四捨五入: the unit chosen, or the dated default.
fn rounded_total(
    input: &Input,
    default_unit: &Param,
    total: i64,
    trace: &mut Vec<TraceStep>,
) -> (i64, Rounding, &'static str) {
    let (rounding, source) = match input.rounding_unit {
        Some(u) => (TOTAL_ROUNDINGS[u.index()], "input"),
        None => (
            TOTAL_ROUNDINGS.iter().copied().find(|r| r.unit == default_unit.value).unwrap_or(TOTAL_ROUNDINGS[3]),
            "default",
        ),
    };
    let rounded = rounding.apply(Decimal::from(total));
    let why = if source == "input" {
        Text::new("（丸め単位は入力値）", " (rounding unit as entered)")
    } else {
        Text::new(
            "（丸め単位は既定値（様式の例を再現する最小単位））",
            " (the default rounding unit: the smallest that reproduces the form's example)",
        )
    };
    trace.push(TraceStep::yen(
        "rounded_total",
        rounding.describe(),
        Fx::new().yen(total).op(" → ").yen(rounded).text(why),
        rounded,
        rounding.source,
    ));
    if source == "default" && rounded != total {
        trace.push(TraceStep::reading(
            "rounding_unit",
            Msg::new("合計の丸めの単位", "The total's rounding unit"),
            Msg::new(
                "様式の記載例は合計 499,933円を 500,000円（四捨五入）としていますが、丸めの単位は書かれていません。例を再現する最小の単位として 1,000円未満を四捨五入しています（10,000円単位でも例は同じ結果）。届出先の指示がある場合は、その単位を選んでください。",
                "The form's example rounds a total of 499,933 yen to 500,000 yen (half up) without saying to which unit. We round to the nearest 1,000 yen, the smallest unit that reproduces the example (10,000 yen gives the same there). If the office you file with says otherwise, choose that unit.",
            ),
            TOTAL_ROUNDING_SOURCE,
        ));
    }
    (rounded, rounding, source)
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let default_unit = ctx.get(&TOTAL_ROUNDING_UNIT)?;
    let threshold = ctx.get(&OTHER_THRESHOLD_PER_USE)?;
    let mut trace = Vec::new();
    let mut warnings = Vec::new();

    // 2 医療機器使用料.
    let (devices, device_yen) = device_lines(&input.devices, &mut trace);
    let parts: Vec<i64> = devices.iter().map(|d| d.patient_yen).collect();
    trace.push(TraceStep::yen(
        "device",
        Msg::new("医療機器使用料（一人当たり）", "Device use (per patient)"),
        sum_formula(&parts, device_yen),
        device_yen,
        SRC_DEVICE,
    ));

    // 3 人件費.
    let (staff, staff_yen) = staff_lines(&input.staff, &mut trace)?;
    let parts: Vec<i64> = staff.iter().map(|s| s.yen).collect();
    trace.push(TraceStep::yen(
        "staff",
        Msg::new("人件費 合計", "Personnel total"),
        sum_formula(&parts, staff_yen),
        staff_yen,
        SRC_STAFF,
    ));

    // 4 医療材料・医薬品等 (each checked against the その他 threshold).
    let (materials, materials_yen) =
        material_lines(&input.materials, Part::Materials, Some(threshold), &mut trace, &mut warnings)?;
    let parts: Vec<i64> = materials.iter().map(|m| m.yen).collect();
    trace.push(TraceStep::yen(
        "materials",
        Msg::new("医療材料、医薬品、再生医療等製品等 合計", "Materials and drugs total"),
        sum_formula(&parts, materials_yen),
        materials_yen,
        SRC_MATERIALS,
    ));

    // 5 その他.
    let (other_items, items_yen) = material_lines(&input.other_items, Part::Other, None, &mut trace, &mut warnings)?;
    let other_yen = input.other_yen + items_yen;
    trace.push(other_step(input, &other_items, other_yen));

    // 1 合計 and its 四捨五入.
    let total = device_yen + staff_yen + materials_yen + other_yen;
    trace.push(TraceStep::yen(
        "total",
        Msg::new("先進医療にかかる費用（患者一人当たり）", "Advanced-care cost per patient"),
        Fx::new()
            .sum_of(&[device_yen, staff_yen, materials_yen, other_yen], crate::params::Unit::Yen)
            .op(" = ")
            .yen(total),
        total,
        SRC_TOTAL,
    ));
    let (rounded, rounding, rounding_unit_source) = rounded_total(input, default_unit, total, &mut trace);

    let out = Output {
        device_yen,
        staff_yen,
        materials_yen,
        other_yen,
        total_yen: total,
        rounded_total_yen: rounded,
        rounding,
        rounding_unit_source,
        other_threshold_yen: threshold.value,
        devices,
        staff,
        materials,
        other_items,
        warnings,
    };
    Ok(Evaluation::new(out, trace, ctx))
}
