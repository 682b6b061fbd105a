//! 先進医療に係る費用の積算根拠 — the per-patient cost basis of a 先進医療 (seed 001 様式第7-1号・第7-2号).
//!
//! 様式第7-1号 「1 先進医療にかかる費用（患者一人当たり）」:
//!
//! > (医療機器使用料) 333円 + (人件費) 194,000円 + (医療材料、医薬品、再生医療等製品等) 300,000円
//! > + (その他) 5,600円 = 500,000円 (四捨五入)
//!
//! * 医療機器使用料 (様式第7-1号 2): 償却費 = 購入価格 − 残存価格; 年間償却費 = 償却費 ÷ 耐用年数;
//!   1回の償却費 = 年間償却費 ÷ 年間使用回数 (200,000 − 100,000 = 100,000 → ÷3年 = 33,333 → ÷100回
//!   = 333). The seed drops the yen fraction at each division (33,333.33… → 33,333; 333.33 → 333);
//!   we read that as 切り捨て at each step (四捨五入 would give the same figures here, so the seed
//!   does not decide it; truncation is the usual treatment of 償却 amounts and never overstates the
//!   fee). A device past its 耐用年数 at the time of the notification costs 0 (記載要領).
//! * 人件費 (様式第7-1号 3): 単価 × 時間 × 人数 per role (6,000×8H×2人 + 3,000×8H×4人 +
//!   4,000×0.5H×1人 = 194,000).
//! * 医療材料・医薬品等 (様式第7-2号 4): 単価 × 数量 × 回数; items under 1万円 a use go to その他 (注).
//! * その他 (様式第7-2号 5): 5,000円×1 + 600円×1 = 5,600円.
//! * The total 499,933 is shown as 500,000 「(四捨五入)」. The seed does not name the unit: 100-yen
//!   rounding would give 499,900, so it is at least 1,000 yen; 1,000 and 10,000 both give 500,000.
//!   We take 1,000 yen (the smallest unit that reproduces the seed) as the dated default; the user
//!   may choose 1, 10, 100, 1,000 or 10,000.

use crate::date::ymd;
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::money::{group, group_decimal, yen, Direction, Rounding};
use crate::params::{Bound, Ctx, Param, Unit};
use crate::explain::TraceStep;
use rust_decimal::Decimal;
use serde::Serialize;
use crate::value::Value;

/// The seed's form version: seals are not needed "R3.2.1以降" (2021-02-01), the latest date it
/// names; the seed gives no version date of its own.
const SEED_FROM: crate::date::Date = ymd(2021, 2, 1);
const SRC_TOTAL: &str = "seed 001 様式第7-1号 1「先進医療にかかる費用（患者一人当たり）」";
const SRC_DEVICE: &str = "seed 001 様式第7-1号 2「医療機器使用料の内訳」";
const SRC_DEVICE_PAST: &str = "seed 001 様式第7-1号 2 記載要領（耐用年数を過ぎた機器は償却費が発生しない）";
const SRC_STAFF: &str = "seed 001 様式第7-1号 3「人件費の積算根拠」";
const SRC_MATERIALS: &str = "seed 001 様式第7-2号 4「医療材料、医薬品及び再生医療等製品等の内訳」";
const SRC_OTHER: &str = "seed 001 様式第7-2号 5「その他の内訳」";

/// Most lines per list: keeps every sum far inside i64.
const MAX_LINES: usize = 200;
/// Largest count (uses, persons, times, years) and decimal quantity (hours, quantity) accepted.
const MAX_COUNT: i64 = 1_000_000;

/// 年間償却費・1回の償却費: 1円未満切り捨て at each division, as the seed's 33,333円 and 333円 show.
pub const DEVICE_TRUNCATE: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（償却費の各段階）",
    "Fractions of a yen dropped (each depreciation step)",
    "seed 001 様式第7-1号 2（100,000÷3年=33,333円, 33,333÷100回=333円）",
);

/// Personnel, material and その他 lines with decimal hours/quantities: the seed's lines are whole
/// yen (4,000×0.5H×1人 = 2,000); a fraction, when one arises, is dropped like the device steps.
pub const LINE_TRUNCATE: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1円未満切り捨て（各行）",
    "Fractions of a yen dropped (each line)",
    "seed 001 様式第7-1号 3 / 様式第7-2号 4（各行は円単位）",
);

const TOTAL_ROUNDING_SOURCE: &str = "seed 001 様式第7-1号 1「499,933円 → 500,000円（四捨五入）」";

/// The total's 四捨五入, one declared rounding per allowed unit.
pub const TOTAL_ROUNDINGS: [Rounding; 5] = [
    Rounding::new(
        1,
        Direction::HalfUp,
        "1円単位（端数なし）",
        "To the yen (no change)",
        TOTAL_ROUNDING_SOURCE,
    ),
    Rounding::new(
        10,
        Direction::HalfUp,
        "10円未満四捨五入",
        "Rounded to the nearest 10 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
    Rounding::new(
        100,
        Direction::HalfUp,
        "100円未満四捨五入",
        "Rounded to the nearest 100 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
    Rounding::new(
        1_000,
        Direction::HalfUp,
        "1,000円未満四捨五入",
        "Rounded to the nearest 1,000 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
    Rounding::new(
        10_000,
        Direction::HalfUp,
        "1万円未満四捨五入",
        "Rounded to the nearest 10,000 yen",
        TOTAL_ROUNDING_SOURCE,
    ),
];

pub static PARAMS: &[Param] = &[
    Param::new(
        "advanced.cost_basis.total_rounding_unit",
        1_000,
        Unit::Yen,
        SEED_FROM,
        "seed 001 様式第7-1号 1「333円+194,000円+300,000円+5,600円=500,000円（四捨五入）」",
        "先進医療にかかる費用の合計の四捨五入単位",
        "Unit the per-patient total is rounded (half up) to",
    ),
    Param::new(
        "advanced.cost_basis.other_threshold_per_use",
        10_000,
        Unit::Yen,
        SEED_FROM,
        "seed 001 様式第7-2号 4 注)「1回当たり所要額が1万円未満のものは一括して「その他」欄に記載」",
        "「その他」に計上する医療材料等の1回当たり所要額（未満）",
        "Materials costing less than this per use belong under その他",
    )
    .bound(Bound::LessThan),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub name: Option<String>,
    /// 購入価格.
    pub purchase_yen: i64,
    /// 残存価格.
    pub residual_yen: i64,
    /// 耐用年数.
    pub useful_life_years: i64,
    /// 年間使用回数.
    pub annual_uses: i64,
    /// 届出時点で耐用年数を過ぎている.
    pub past_useful_life: bool,
    /// Uses per patient (the seed's case: 1).
    pub uses_per_patient: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub role: Option<String>,
    pub hourly_yen: i64,
    pub hours: Decimal,
    pub persons: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub name: Option<String>,
    pub unit_yen: i64,
    pub quantity: Decimal,
    pub times: i64,
}

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
    pub rounding_unit: Option<i64>,
}

fn positive(r: &mut Reader<'_>, name: &str, max: i64) -> i64 {
    let had_error = r.errors.len();
    let v = r.int_max(name, None, max);
    if v == 0 && r.errors.len() == had_error {
        r.error(
            name,
            "must_be_positive",
            Msg::new("1以上の数を入力してください", "Enter 1 or more"),
        );
    }
    v
}

fn opt_name(r: &mut Reader<'_>, name: &str) -> Option<String> {
    r.raw(name)?;
    let s = r.string(name, Some(""));
    if s.trim().is_empty() {
        None
    } else {
        Some(s)
    }
}

fn bounded_decimal(r: &mut Reader<'_>, name: &str, default: Option<Decimal>) -> Decimal {
    let had_error = r.errors.len();
    let d = r.decimal(name, default);
    if r.errors.len() == had_error && d > Decimal::from(MAX_COUNT) {
        r.error(
            name,
            "out_of_range",
            Msg::new(
                format!("{}以下の数を入力してください", group(MAX_COUNT)),
                format!("Enter at most {}", group(MAX_COUNT)),
            ),
        );
    }
    d.normalize()
}

fn lines<'a>(r: &mut Reader<'a>, name: &str) -> &'a [Value] {
    let items = r.array(name);
    if items.len() > MAX_LINES {
        r.error(
            name,
            "too_many",
            Msg::new(
                format!("{MAX_LINES}行までにしてください"),
                format!("At most {MAX_LINES} lines"),
            ),
        );
        return &[];
    }
    items
}

fn parse_material(v: &Value, prefix: String, times_default: Option<i64>) -> (Material, Reader<'_>) {
    let mut m = Reader::new(v, prefix);
    let name = opt_name(&mut m, "name");
    let unit_yen = m.int("unit_yen", None);
    let quantity = bounded_decimal(&mut m, "quantity", Some(Decimal::ONE));
    let times = m.int_max("times", times_default, MAX_COUNT);
    (
        Material {
            name,
            unit_yen,
            quantity,
            times,
        },
        m,
    )
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let mut devices = Vec::new();
    for (i, d) in lines(&mut r, "devices").iter().enumerate() {
        let mut s = Reader::new(d, format!("devices[{i}]."));
        if d.as_object().is_none() {
            // Only "not an object", not one "required" per missing field as well.
            r.absorb(s);
            continue;
        }
        let name = opt_name(&mut s, "name");
        let purchase_yen = s.int("purchase_yen", None);
        let residual_yen = s.int("residual_yen", Some(0));
        let useful_life_years = positive(&mut s, "useful_life_years", MAX_COUNT);
        let annual_uses = positive(&mut s, "annual_uses", MAX_COUNT);
        let past_useful_life = s.bool("past_useful_life", false);
        let uses_per_patient = s.int_max("uses_per_patient", Some(1), MAX_COUNT);
        if residual_yen > purchase_yen && s.errors.is_empty() {
            s.error(
                "residual_yen",
                "exceeds_purchase",
                Msg::new(
                    format!(
                        "残存価格（{}）が購入価格（{}）を超えています",
                        yen(residual_yen),
                        yen(purchase_yen)
                    ),
                    format!(
                        "The residual value ({}) exceeds the purchase price ({})",
                        yen(residual_yen),
                        yen(purchase_yen)
                    ),
                ),
            );
        }
        r.absorb(s);
        devices.push(Device {
            name,
            purchase_yen,
            residual_yen,
            useful_life_years,
            annual_uses,
            past_useful_life,
            uses_per_patient,
        });
    }
    let mut staff = Vec::new();
    for (i, d) in lines(&mut r, "staff").iter().enumerate() {
        let mut s = Reader::new(d, format!("staff[{i}]."));
        if d.as_object().is_none() {
            r.absorb(s);
            continue;
        }
        let role = opt_name(&mut s, "role");
        let hourly_yen = s.int("hourly_yen", None);
        let hours = bounded_decimal(&mut s, "hours", None);
        let persons = s.int_max("persons", Some(1), MAX_COUNT);
        r.absorb(s);
        staff.push(Staff {
            role,
            hourly_yen,
            hours,
            persons,
        });
    }
    let mut materials = Vec::new();
    for (i, d) in lines(&mut r, "materials").iter().enumerate() {
        if d.as_object().is_none() {
            r.absorb(Reader::new(d, format!("materials[{i}].")));
            continue;
        }
        let (m, s) = parse_material(d, format!("materials[{i}]."), Some(1));
        r.absorb(s);
        materials.push(m);
    }
    let mut other_items = Vec::new();
    for (i, d) in lines(&mut r, "other_items").iter().enumerate() {
        if d.as_object().is_none() {
            r.absorb(Reader::new(d, format!("other_items[{i}].")));
            continue;
        }
        let (m, s) = parse_material(d, format!("other_items[{i}]."), Some(1));
        r.absorb(s);
        other_items.push(m);
    }
    let other_yen = r.int("other_yen", Some(0));
    let rounding_unit = r.opt_int("rounding_unit");
    if let Some(u) = rounding_unit {
        if !TOTAL_ROUNDINGS.iter().any(|x| x.unit == u) {
            r.error(
                "rounding_unit",
                "invalid_choice",
                Msg::new(
                    "丸め単位は 1, 10, 100, 1000, 10000 のいずれかを指定してください",
                    "rounding_unit must be one of 1, 10, 100, 1000, 10000",
                ),
            );
        }
    }
    r.finish(Input {
        devices,
        staff,
        materials,
        other_yen,
        other_items,
        rounding_unit,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceLine {
    pub name: Option<String>,
    pub purchase_yen: i64,
    pub residual_yen: i64,
    pub useful_life_years: i64,
    pub annual_uses: i64,
    pub past_useful_life: bool,
    /// 償却費 = 購入価格 − 残存価格 (0 past the 耐用年数).
    pub depreciable_yen: i64,
    /// 年間償却費 = 償却費 ÷ 耐用年数, 1円未満切り捨て.
    pub annual_depreciation_yen: i64,
    /// 1回の償却費 = 年間償却費 ÷ 年間使用回数, 1円未満切り捨て.
    pub per_use_yen: i64,
    pub uses_per_patient: i64,
    /// 一人当たり = 1回の償却費 × uses per patient.
    pub patient_yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffLine {
    pub role: Option<String>,
    pub hourly_yen: i64,
    pub hours: Decimal,
    pub persons: i64,
    pub yen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MaterialLine {
    pub name: Option<String>,
    pub unit_yen: i64,
    pub quantity: Decimal,
    pub times: i64,
    /// 1回当たり所要額 = 単価 × 数量 (exact).
    pub per_use: Decimal,
    /// Under the その他 threshold (1万円未満): the seed says such items go to その他.
    pub under_other_threshold: bool,
    pub yen: i64,
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

/// An exact decimal for a formula: up to 4 decimals, `…` when more were cut.
fn show_exact(d: Decimal) -> String {
    let shown = d.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero);
    if shown == d {
        format!("{}円", group_decimal(d))
    } else {
        format!("{}…円", group_decimal(shown))
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

fn too_large(field: String) -> Errors {
    vec![FieldError::new(
        field,
        "too_large",
        Msg::new("金額が大きすぎます", "The amount is too large"),
    )]
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

fn rounding_step(key: String, r: &Rounding, exact: Decimal, result: i64) -> TraceStep {
    TraceStep::yen(
        key,
        r.describe(),
        format!("{} → {}", show_exact(exact), yen(result)),
        result,
        r.source,
    )
}

fn label(name: &Option<String>, fallback: &str) -> String {
    name.clone().unwrap_or_else(|| fallback.to_string())
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let unit_param = ctx
        .param("advanced.cost_basis.total_rounding_unit")
        .map_err(|e| vec![e])?;
    let threshold = ctx
        .param("advanced.cost_basis.other_threshold_per_use")
        .map_err(|e| vec![e])?;
    let mut warnings = Vec::new();

    // 2 医療機器使用料.
    let mut devices = Vec::new();
    let mut device_yen = 0i64;
    for (i, d) in input.devices.iter().enumerate() {
        let who = label(&d.name, &format!("機器{}", i + 1));
        let depreciable = if d.past_useful_life {
            0
        } else {
            d.purchase_yen - d.residual_yen
        };
        if d.past_useful_life {
            trace.push(TraceStep::yen(
                format!("devices[{i}].depreciable"),
                Msg::new(
                    format!("{who}: 償却費（耐用年数経過）"),
                    format!("{who}: depreciation (past its useful life)"),
                ),
                "耐用年数を過ぎた機器は償却費が発生しない → 0円",
                0,
                SRC_DEVICE_PAST,
            ));
        } else {
            trace.push(TraceStep::yen(
                format!("devices[{i}].depreciable"),
                Msg::new(
                    format!("{who}: 償却費（購入価格−残存価格）"),
                    format!("{who}: depreciable amount (price − residual)"),
                ),
                format!(
                    "{} − {} = {}",
                    yen(d.purchase_yen),
                    yen(d.residual_yen),
                    yen(depreciable)
                ),
                depreciable,
                SRC_DEVICE,
            ));
        }
        let annual_exact = Decimal::from(depreciable) / Decimal::from(d.useful_life_years.max(1));
        trace.push(TraceStep::new(
            format!("devices[{i}].annual_depreciation_exact"),
            Msg::new(
                format!("{who}: 年間償却費（償却費÷耐用年数）"),
                format!("{who}: annual depreciation (÷ useful life)"),
            ),
            format!(
                "{} ÷ {}年 = {}",
                yen(depreciable),
                group(d.useful_life_years),
                show_exact(annual_exact)
            ),
            None,
            Unit::Yen,
            SRC_DEVICE,
        ));
        let annual = DEVICE_TRUNCATE.apply(annual_exact);
        trace.push(rounding_step(
            format!("devices[{i}].annual_depreciation"),
            &DEVICE_TRUNCATE,
            annual_exact,
            annual,
        ));
        let per_use_exact = Decimal::from(annual) / Decimal::from(d.annual_uses.max(1));
        trace.push(TraceStep::new(
            format!("devices[{i}].per_use_exact"),
            Msg::new(
                format!("{who}: 1回の償却費（年間償却費÷年間使用回数）"),
                format!("{who}: per use (÷ uses a year)"),
            ),
            format!(
                "{} ÷ {}回 = {}",
                yen(annual),
                group(d.annual_uses),
                show_exact(per_use_exact)
            ),
            None,
            Unit::Yen,
            SRC_DEVICE,
        ));
        let per_use = DEVICE_TRUNCATE.apply(per_use_exact);
        trace.push(rounding_step(
            format!("devices[{i}].per_use"),
            &DEVICE_TRUNCATE,
            per_use_exact,
            per_use,
        ));
        let patient = per_use * d.uses_per_patient; // ≤ 1e12 × 1e6, within i64
        if d.uses_per_patient != 1 {
            trace.push(TraceStep::yen(
                format!("devices[{i}].patient"),
                Msg::new(format!("{who}: 一人当たり"), format!("{who}: per patient")),
                format!("{} × {}回 = {}", yen(per_use), group(d.uses_per_patient), yen(patient)),
                patient,
                SRC_DEVICE,
            ));
        }
        device_yen += patient;
        devices.push(DeviceLine {
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
        });
    }
    trace.push(TraceStep::yen(
        "device",
        Msg::new("医療機器使用料（一人当たり）", "Device use (per patient)"),
        sum_formula(devices.iter().map(|d| d.patient_yen), device_yen),
        device_yen,
        SRC_DEVICE,
    ));

    // 3 人件費.
    let mut staff = Vec::new();
    let mut staff_yen = 0i64;
    for (i, s) in input.staff.iter().enumerate() {
        let who = label(&s.role, &format!("職種{}", i + 1));
        let exact = product(
            &[Decimal::from(s.hourly_yen), s.hours, Decimal::from(s.persons)],
            || format!("staff[{i}].hourly_yen"),
        )?;
        let line = LINE_TRUNCATE.apply(exact);
        trace.push(TraceStep::yen(
            format!("staff[{i}]"),
            Msg::new(format!("人件費: {who}"), format!("Personnel: {who}")),
            format!(
                "{}×{}H×{}人 = {}",
                yen(s.hourly_yen),
                group_decimal(s.hours),
                group(s.persons),
                show_exact(exact)
            ),
            line,
            SRC_STAFF,
        ));
        if !exact.fract().is_zero() {
            trace.push(rounding_step(
                format!("staff[{i}].rounding"),
                &LINE_TRUNCATE,
                exact,
                line,
            ));
        }
        staff_yen += line;
        staff.push(StaffLine {
            role: s.role.clone(),
            hourly_yen: s.hourly_yen,
            hours: s.hours,
            persons: s.persons,
            yen: line,
        });
    }
    trace.push(TraceStep::yen(
        "staff",
        Msg::new("人件費 合計", "Personnel total"),
        sum_formula(staff.iter().map(|s| s.yen), staff_yen),
        staff_yen,
        SRC_STAFF,
    ));

    // 4 医療材料・医薬品等.
    let (materials, materials_yen) = material_lines(
        &input.materials,
        "materials",
        SRC_MATERIALS,
        ("医療材料等", "Materials"),
        Some(threshold),
        &mut trace,
        &mut warnings,
    )?;
    trace.push(TraceStep::yen(
        "materials",
        Msg::new("医療材料、医薬品、再生医療等製品等 合計", "Materials and drugs total"),
        sum_formula(materials.iter().map(|m| m.yen), materials_yen),
        materials_yen,
        SRC_MATERIALS,
    ));

    // 5 その他.
    let (other_items, items_yen) = material_lines(
        &input.other_items,
        "other_items",
        SRC_OTHER,
        ("その他", "Other"),
        None,
        &mut trace,
        &mut warnings,
    )?;
    let other_yen = input.other_yen + items_yen;
    let other_formula = if input.other_items.is_empty() {
        yen(other_yen)
    } else if input.other_yen == 0 {
        sum_formula(other_items.iter().map(|m| m.yen), other_yen)
    } else {
        sum_formula(other_items.iter().map(|m| m.yen).chain([input.other_yen]), other_yen)
    };
    trace.push(TraceStep::yen(
        "other",
        Msg::new("その他 合計", "Other total"),
        other_formula,
        other_yen,
        SRC_OTHER,
    ));

    // 1 合計 and its 四捨五入.
    let total = device_yen + staff_yen + materials_yen + other_yen;
    trace.push(TraceStep::yen(
        "total",
        Msg::new("先進医療にかかる費用（患者一人当たり）", "先進医療 cost per patient"),
        format!(
            "{} + {} + {} + {} = {}",
            yen(device_yen),
            yen(staff_yen),
            yen(materials_yen),
            yen(other_yen),
            yen(total)
        ),
        total,
        SRC_TOTAL,
    ));
    let (unit, unit_source) = match input.rounding_unit {
        Some(u) => (u, "input"),
        None => (unit_param.value, "default"),
    };
    let rounding = TOTAL_ROUNDINGS
        .iter()
        .copied()
        .find(|r| r.unit == unit)
        .unwrap_or(TOTAL_ROUNDINGS[3]);
    let rounded = rounding.apply(Decimal::from(total));
    trace.push(TraceStep::yen(
        "rounded_total",
        rounding.describe(),
        format!(
            "{} → {}（{}）",
            yen(total),
            yen(rounded),
            if unit_source == "input" {
                "丸め単位は入力値"
            } else {
                "丸め単位は既定値（様式の例を再現する最小単位）"
            }
        ),
        rounded,
        rounding.source,
    ));

    let out = Output {
        device_yen,
        staff_yen,
        materials_yen,
        other_yen,
        total_yen: total,
        rounded_total_yen: rounded,
        rounding,
        rounding_unit_source: unit_source,
        other_threshold_yen: threshold.value,
        devices,
        staff,
        materials,
        other_items,
        warnings,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

fn material_lines(
    items: &[Material],
    field: &str,
    source: &'static str,
    kind: (&str, &str),
    threshold: Option<&Param>,
    trace: &mut Vec<TraceStep>,
    warnings: &mut Vec<FieldError>,
) -> Result<(Vec<MaterialLine>, i64), Errors> {
    let mut out = Vec::new();
    let mut sum = 0i64;
    for (i, m) in items.iter().enumerate() {
        let who = label(&m.name, &format!("品目{}", i + 1));
        let per_use = product(&[Decimal::from(m.unit_yen), m.quantity], || {
            format!("{field}[{i}].unit_yen")
        })?;
        let exact = product(&[per_use, Decimal::from(m.times)], || format!("{field}[{i}].times"))?;
        let line = LINE_TRUNCATE.apply(exact);
        trace.push(TraceStep::yen(
            format!("{field}[{i}]"),
            Msg::new(format!("{}: {who}", kind.0), format!("{}: {who}", kind.1)),
            format!(
                "{}×{}×{}回 = {}",
                yen(m.unit_yen),
                group_decimal(m.quantity),
                group(m.times),
                show_exact(exact)
            ),
            line,
            source,
        ));
        if !exact.fract().is_zero() {
            trace.push(rounding_step(
                format!("{field}[{i}].rounding"),
                &LINE_TRUNCATE,
                exact,
                line,
            ));
        }
        let under = threshold.is_some_and(|t| holds(t.bound, per_use, t.value));
        if let (true, Some(t)) = (under, threshold) {
            let msg = Msg::new(
                format!(
                    "{who}: 1回当たり所要額 {} は{}未満のため、様式では「その他」欄に一括して記載します（合計額は変わりません）",
                    show_exact(per_use),
                    yen(t.value)
                ),
                format!(
                    "{who}: {} a use is under {}; the form lists such items under その他 (the total is unchanged)",
                    show_exact(per_use),
                    yen(t.value)
                ),
            );
            trace.push(TraceStep::note(
                format!("{field}[{i}].under_other_threshold"),
                Msg::new("「その他」に記載すべき品目", "Item belongs under その他"),
                msg.ja.clone(),
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
            under_other_threshold: under,
            yen: line,
        });
    }
    Ok((out, sum))
}

fn sum_formula(parts: impl Iterator<Item = i64>, total: i64) -> String {
    let parts: Vec<String> = parts.map(yen).collect();
    if parts.len() <= 1 {
        yen(total)
    } else {
        format!("{} = {}", parts.join(" + "), yen(total))
    }
}

crate::calculator::calculator!("advanced_care_cost_basis", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

#[cfg(test)]
mod tests {
    use super::*;
    // Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
    use serde_json::Value;
    #[allow(dead_code)]
    fn parse(v: &Value) -> Result<Input, Errors> {
        super::parse(&v.into())
    }
    use serde_json::json;

    fn seed_input() -> Value {
        json!({
            "devices": [
                {"name": "XXXXX", "purchase_yen": 200_000, "residual_yen": 100_000, "useful_life_years": 3, "annual_uses": 100},
                {"name": "XXXXX (2010年)", "purchase_yen": 300_000, "residual_yen": 0, "useful_life_years": 5, "annual_uses": 100, "past_useful_life": true}
            ],
            "staff": [
                {"role": "医師", "hourly_yen": 6000, "hours": 8, "persons": 2},
                {"role": "看護師", "hourly_yen": 3000, "hours": 8, "persons": 4},
                {"role": "薬剤師", "hourly_yen": 4000, "hours": "0.5", "persons": 1}
            ],
            "materials": [
                {"unit_yen": 100_000, "quantity": 1, "times": 1},
                {"unit_yen": 150_000, "quantity": 1, "times": 1},
                {"unit_yen": 50_000, "quantity": 1, "times": 1}
            ],
            "other_items": [{"unit_yen": 5000, "quantity": 1}, {"unit_yen": 600, "quantity": 1}]
        })
    }

    fn run(v: Value) -> Result<Output, Errors> {
        compute(&parse(&v)?, &Ctx::over(ymd(2024, 4, 1), TYPED.tables)).map(|e| e.result)
    }

    #[test]
    fn seed_cost_basis_499_933_shown_as_500_000() {
        let o = run(seed_input()).unwrap();
        assert_eq!(o.devices[0].depreciable_yen, 100_000);
        assert_eq!(o.devices[0].annual_depreciation_yen, 33_333);
        assert_eq!(o.devices[0].per_use_yen, 333);
        assert_eq!(o.devices[1].patient_yen, 0);
        assert_eq!(
            (o.device_yen, o.staff_yen, o.materials_yen, o.other_yen),
            (333, 194_000, 300_000, 5_600)
        );
        assert_eq!(o.total_yen, 499_933);
        assert_eq!(o.rounded_total_yen, 500_000);
        assert_eq!(o.rounding.unit, 1_000);
        assert!(o.warnings.is_empty());
    }

    #[test]
    fn each_division_truncates() {
        // 100,000 ÷ 3 = 33,333.33 → 33,333; 33,333 ÷ 7 = 4,761.857 → 4,761 (四捨五入 would give 4,762).
        let o = run(json!({"devices": [{"purchase_yen": 100_000, "useful_life_years": 3, "annual_uses": 7}]})).unwrap();
        assert_eq!(o.devices[0].annual_depreciation_yen, 33_333);
        assert_eq!(o.devices[0].per_use_yen, 4_761);
    }

    #[test]
    fn threshold_is_exclusive() {
        let o = run(json!({"materials": [{"unit_yen": 9_999}, {"unit_yen": 10_000}]})).unwrap();
        assert!(o.materials[0].under_other_threshold);
        assert!(!o.materials[1].under_other_threshold);
        assert_eq!(o.warnings.len(), 1);
        assert_eq!(o.warnings[0].field, "materials[0]");
    }
}
