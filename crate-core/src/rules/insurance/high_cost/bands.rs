//! Which rows make a bracket's cap, which brackets a month's table has, and how a bracket is found
//! from the 標準報酬月額. Everything is read from the dated rows: a bracket is in a month's table
//! when its defining row is in force on the month's first day.

use super::params::*;
use super::schema::{AgeGroup, Band, UNDER70_COUNT};
use crate::date::Date;
use crate::params::{Ctx, Param};
use crate::schema::Choose;

/// One bracket's rows. A flat cap has no `threshold`; a row a period lacks is not in force then.
#[derive(Debug, Clone, Copy, Default)]
pub struct BandRows {
    /// The flat cap, or the base of base + 1% of the cost above `threshold` (70歳以上: 世帯の限度額).
    pub base: Option<&'static Param>,
    pub threshold: Option<&'static Param>,
    /// 〈多数回〉.
    pub many_times: Option<&'static Param>,
    /// 年間上限 (from 2026-08).
    pub year: Option<&'static Param>,
    /// 区分エ's 年間上限 for 年収約200万円以下.
    pub year_low_income: Option<&'static Param>,
    /// The lowest 標準報酬月額 of the bracket (以上).
    pub pay_from: Option<&'static Param>,
    /// 70歳以上: 外来（個人）, its lower figure below `outpatient_low_below` and the 外来 yearly cap.
    pub outpatient: Option<&'static Param>,
    pub outpatient_low: Option<&'static Param>,
    pub outpatient_low_below: Option<&'static Param>,
    pub outpatient_year: Option<&'static Param>,
}

const fn formula(
    base: &'static Param,
    threshold: &'static Param,
    many: &'static Param,
    year: Option<&'static Param>,
    pay_from: &'static Param,
) -> BandRows {
    BandRows {
        base: Some(base),
        threshold: Some(threshold),
        many_times: Some(many),
        year,
        year_low_income: None,
        pay_from: Some(pay_from),
        outpatient: None,
        outpatient_low: None,
        outpatient_low_below: None,
        outpatient_year: None,
    }
}

const fn flat(
    base: &'static Param,
    many: Option<&'static Param>,
    year: Option<&'static Param>,
    pay_from: Option<&'static Param>,
) -> BandRows {
    BandRows {
        base: Some(base),
        threshold: None,
        many_times: many,
        year,
        year_low_income: None,
        pay_from,
        outpatient: None,
        outpatient_low: None,
        outpatient_low_below: None,
        outpatient_year: None,
    }
}

/// The rows of `band` (any version: the date picks it). 現役並み has only its pay limit here: its
/// caps are an under-70 bracket's (see [`formula_band`]).
pub fn band_rows(band: Band) -> BandRows {
    match band {
        Band::A => formula(&A_BASE, &A_THRESHOLD, &A_MANY_TIMES, Some(&A_YEAR_2026), &A_PAY_FROM),
        Band::I => formula(&I_BASE, &I_THRESHOLD, &I_MANY_TIMES, Some(&I_YEAR_2026), &I_PAY_FROM),
        Band::U => formula(&U_BASE, &U_THRESHOLD, &U_MANY_TIMES, Some(&U_YEAR_2026), &U_PAY_FROM),
        Band::E => BandRows {
            year_low_income: Some(&E_YEAR_LOW_2026),
            ..flat(&E_BASE, Some(&E_MANY_TIMES), Some(&E_YEAR_2026), None)
        },
        Band::O => flat(&O_BASE, Some(&O_MANY_TIMES), Some(&O_YEAR_2026), None),
        Band::A1 => formula(&A1_BASE, &A1_THRESHOLD, &A1_MANY_TIMES, Some(&A1_YEAR), &A1_PAY_FROM),
        Band::A2 => formula(&A2_BASE, &A2_THRESHOLD, &A2_MANY_TIMES, Some(&A2_YEAR), &A2_PAY_FROM),
        Band::A3 => formula(&A3_BASE, &A3_THRESHOLD, &A3_MANY_TIMES, Some(&A3_YEAR), &A3_PAY_FROM),
        Band::I1 => formula(&I1_BASE, &I1_THRESHOLD, &I1_MANY_TIMES, Some(&I1_YEAR), &I1_PAY_FROM),
        Band::I2 => formula(&I2_BASE, &I2_THRESHOLD, &I2_MANY_TIMES, Some(&I2_YEAR), &I2_PAY_FROM),
        Band::I3 => formula(&I3_BASE, &I3_THRESHOLD, &I3_MANY_TIMES, Some(&I3_YEAR), &I3_PAY_FROM),
        Band::U1 => formula(&U1_BASE, &U1_THRESHOLD, &U1_MANY_TIMES, Some(&U1_YEAR), &U1_PAY_FROM),
        Band::U2 => formula(&U2_BASE, &U2_THRESHOLD, &U2_MANY_TIMES, Some(&U2_YEAR), &U2_PAY_FROM),
        Band::U3 => formula(&U3_BASE, &U3_THRESHOLD, &U3_MANY_TIMES, Some(&U3_YEAR), &U3_PAY_FROM),
        Band::E1 => flat(&E1_BASE, Some(&E1_MANY_TIMES), Some(&E1_YEAR), Some(&E1_PAY_FROM)),
        Band::E2 => flat(&E2_BASE, Some(&E2_MANY_TIMES), Some(&E2_YEAR), Some(&E2_PAY_FROM)),
        Band::E3 => flat(&E3_BASE, Some(&E3_MANY_TIMES), Some(&E3_YEAR), None),
        Band::Genekinami3 => BandRows { pay_from: Some(&GENEKINAMI3_PAY_FROM), ..BandRows::default() },
        Band::Genekinami2 => BandRows { pay_from: Some(&GENEKINAMI2_PAY_FROM), ..BandRows::default() },
        Band::Genekinami1 => BandRows { pay_from: Some(&GENEKINAMI1_PAY_FROM), ..BandRows::default() },
        Band::Ippan => BandRows {
            many_times: Some(&IPPAN_MANY_TIMES),
            outpatient: Some(&IPPAN_OUTPATIENT),
            outpatient_low: Some(&IPPAN_OUTPATIENT_LOW_2027),
            outpatient_low_below: Some(&IPPAN_OUTPATIENT_LOW_BELOW_2027),
            outpatient_year: Some(&IPPAN_OUTPATIENT_YEAR),
            ..flat(&IPPAN_BASE, None, None, None)
        },
        Band::Teishotoku2 => BandRows {
            outpatient: Some(&TEISHOTOKU2_OUTPATIENT),
            outpatient_year: Some(&TEISHOTOKU2_OUTPATIENT_YEAR_2026),
            ..flat(&TEISHOTOKU2_BASE, Some(&TEISHOTOKU2_MANY_TIMES_2026), Some(&TEISHOTOKU2_YEAR_2026), None)
        },
        Band::Teishotoku1 => BandRows {
            outpatient: Some(&TEISHOTOKU1_OUTPATIENT),
            ..flat(&TEISHOTOKU1_BASE, None, Some(&TEISHOTOKU1_YEAR_2026), None)
        },
    }
}

impl Band {
    /// The bracket's name in a label: the 政令's kana (ア〜オ), the band key (a1〜e3) or the 70歳以上 name.
    pub fn name_ja(self) -> &'static str {
        match self {
            Band::A => "ア",
            Band::I => "イ",
            Band::U => "ウ",
            Band::E => "エ",
            Band::O => "オ",
            Band::Genekinami3 => "現役並みIII",
            Band::Genekinami2 => "現役並みII",
            Band::Genekinami1 => "現役並みI",
            Band::Ippan => "一般",
            Band::Teishotoku2 => "低所得II",
            Band::Teishotoku1 => "低所得I",
            other => other.key(),
        }
    }

    /// The same in English (A, I, U, E, O: the kana's romanisation).
    pub fn name_en(self) -> &'static str {
        match self {
            Band::A => "A",
            Band::I => "I",
            Band::U => "U",
            Band::E => "E",
            Band::O => "O",
            Band::Genekinami3 => "working-age income III",
            Band::Genekinami2 => "working-age income II",
            Band::Genekinami1 => "working-age income I",
            Band::Ippan => "general (70+)",
            Band::Teishotoku2 => "low income II (70+)",
            Band::Teishotoku1 => "low income I (70+)",
            other => other.key(),
        }
    }

    /// Whether this is a 70歳以上 key.
    pub fn over70(self) -> bool {
        self.index() >= UNDER70_COUNT
    }

    /// 現役並みIII/II/I.
    pub fn genekinami(self) -> bool {
        matches!(self, Band::Genekinami3 | Band::Genekinami2 | Band::Genekinami1)
    }

    /// 70歳以上 一般・低所得II・低所得I: the brackets with an individual 外来 cap (外来特例).
    pub fn has_outpatient_cap(self) -> bool {
        matches!(self, Band::Ippan | Band::Teishotoku2 | Band::Teishotoku1)
    }
}

/// Whether a row of `id` is in force on `on` (asked, not recorded as used).
pub fn in_force(ctx: &Ctx, row: Option<&'static Param>, on: Date) -> bool {
    row.is_some_and(|r| ctx.find(r.id, on).is_ok())
}

/// The brackets of the table in force on `on` for `age`, in the table's order (empty before the
/// first table). 70歳未満: a bracket whose base row is in force. 70歳以上: all six while 低所得I's
/// row is in force (現役並み then uses the under-70 table of the day).
pub fn bands_in_force(age: AgeGroup, on: Date, ctx: &Ctx) -> Vec<Band> {
    match age {
        AgeGroup::Under70 | AgeGroup::Preschool => {
            Band::ALL[..UNDER70_COUNT].iter().copied().filter(|b| in_force(ctx, band_rows(*b).base, on)).collect()
        }
        AgeGroup::Over70 if in_force(ctx, band_rows(Band::Teishotoku1).base, on) => Band::ALL[UNDER70_COUNT..].to_vec(),
        AgeGroup::Over70 => Vec::new(),
    }
}

/// The 70歳未満 bracket found from the 標準報酬月額 in the table in force on `on`: the first (from
/// the top) whose lowest pay the remuneration reaches, else the table's last bracket before オ.
/// Returns the bracket and the limit row it met (None for the lowest bracket).
pub fn under70_by_pay(pay: i64, on: Date, ctx: &Ctx) -> Option<(Band, Option<&'static Param>)> {
    let bands: Vec<Band> = bands_in_force(AgeGroup::Under70, on, ctx).into_iter().filter(|b| *b != Band::O).collect();
    for b in &bands {
        if let Some(row) = band_rows(*b).pay_from {
            if let Ok(p) = ctx.find(row.id, on) {
                if p.bound.holds(pay, p.value) {
                    return Some((*b, Some(p)));
                }
            }
        }
    }
    bands.last().map(|b| (*b, None))
}

/// The 70歳以上 bracket found from the 標準報酬月額: 現役並みIII/II/I by their limits, else 一般.
pub fn over70_by_pay(pay: i64, on: Date, ctx: &Ctx) -> (Band, Option<&'static Param>) {
    for b in [Band::Genekinami3, Band::Genekinami2, Band::Genekinami1] {
        if let Some(Ok(p)) = band_rows(b).pay_from.map(|r| ctx.find(r.id, on)) {
            if p.bound.holds(pay, p.value) {
                return (b, Some(p));
            }
        }
    }
    (Band::Ippan, None)
}

/// The under-70 bracket whose caps a 現役並み bracket uses on `on`: ア/イ/ウ while they are in force;
/// from 2027-08 the a-, i- or u-band found from the remuneration (None without one: the caller asks
/// for it). Other brackets use their own rows (`Some(band)`).
pub fn formula_band(band: Band, pay: Option<i64>, on: Date, ctx: &Ctx) -> Option<Band> {
    let old = match band {
        Band::Genekinami3 => Band::A,
        Band::Genekinami2 => Band::I,
        Band::Genekinami1 => Band::U,
        other => return Some(other),
    };
    if in_force(ctx, band_rows(old).base, on) {
        return Some(old);
    }
    under70_by_pay(pay?, on, ctx).map(|(b, _)| b)
}
