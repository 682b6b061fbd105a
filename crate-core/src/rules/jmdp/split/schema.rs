//! What the split reads: one declaration per field. The point values and the yen per point may be
//! left empty: the table's value on the reference date is used then.

use crate::msg::Text;
use crate::schema::{choices, Field, Kind, Schema};

choices! {
    /// What happened to the harvest (section 3(2), 合意書 第16条/第18条, section 4, section 5): only
    /// a domestic transplant has the 55,000-point split; the others say who bills whom.
    pub enum Outcome: OUTCOMES {
        /// 移植を実施した (the 55,000-point split).
        Transplanted = "transplanted", "移植を実施した", "The transplant took place";
        /// 最終同意の後、ドナーの術前健診の前に中止.
        CancelledBeforeCheckup = "cancelled_before_checkup", "ドナーの術前健診の前に中止", "Cancelled before the donor's pre-harvest check-up";
        /// 術前健診の後に採取中止 (骨髄採取中止 / 造血幹細胞採取中止).
        CancelledAfterCheckup = "cancelled_after_checkup", "術前健診の後に採取中止", "Harvest cancelled after the pre-harvest check-up";
        /// 採取後移植不成立.
        HarvestedNotTransplanted = "harvested_not_transplanted", "採取後移植不成立（採取したが移植されなかった）", "Harvested but not transplanted";
        /// 海外患者のために採取する場合 (section 5(1)).
        OverseasPatient = "overseas_patient", "海外の患者のための採取", "Harvest for a patient abroad";
        /// 海外ドナーから提供を受けて移植する場合 (section 5(2)).
        OverseasDonor = "overseas_donor", "海外ドナーからの移植", "Transplant from an overseas donor";
        /// ドナーリンパ球輸注 (section 4).
        Dli = "dli", "ドナーリンパ球輸注（DLI）", "Donor lymphocyte infusion (DLI)";
    }
}

/// The outcomes in which each field is read.
const TRANSPLANT_ONLY: &[&str] = &["transplanted"];
const HARVESTED: &[&str] = &["transplanted", "harvested_not_transplanted", "overseas_patient"];
const DONOR_BILLED: &[&str] =
    &["transplanted", "cancelled_after_checkup", "harvested_not_transplanted", "overseas_patient"];

pub const OUTCOME: Field = Field::choice("outcome", Text::new("どうなったか", "What happened"), OUTCOMES)
    .help(Text::new(
        "移植を実施した場合だけ55,000点の精算になります。中止・不成立・海外・DLIでは、誰が誰に請求するかを示します。",
        "Only a transplant has the 55,000-point split; for a cancellation, a harvest not transplanted, an overseas case or DLI the page says who bills whom.",
    ))
    .default("transplanted")
    .example("transplanted");

/// Largest point value accepted (10 million points; a real claim is far below).
pub const MAX_POINTS: i64 = 10_000_000;
pub const MAX_YEN_PER_POINT: i64 = 1_000;

const TABLE_WHEN_EMPTY: Text =
    Text::new("空欄なら表の値（基準日時点）で計算します。", "Empty: the table's value on the reference date is used.");

/// Points up to [`MAX_POINTS`].
const fn points(key: &'static str, label: Text) -> Field {
    Field { kind: Kind::Points { max: MAX_POINTS }, ..Field::points(key, label) }
}

pub const TRANSPLANT_POINTS: Field =
    points("transplant_points", Text::new("造血幹細胞移植（K922）", "Stem-cell transplant (K922)"))
        .help(TABLE_WHEN_EMPTY)
        .optional()
        .example("66450")
        .when("outcome", TRANSPLANT_ONLY);

pub const HARVEST_POINTS: Field =
    points("harvest_points", Text::new("造血幹細胞採取（K921、一連につき）", "Stem-cell harvest (K921, per series)"))
        .help(TABLE_WHEN_EMPTY)
        .optional()
        .example("21640")
        .when("outcome", HARVESTED);

pub const UNRELATED_ADDITION_POINTS: Field =
    points("unrelated_addition_points", Text::new("非血縁者間移植加算", "Unrelated-donor transplant addition"))
        .help(TABLE_WHEN_EMPTY)
        .optional()
        .example("10000")
        .when("outcome", TRANSPLANT_ONLY);

/// The donor's points BEYOND K921: K921 is its own field, so the donor's whole bill here would
/// count the harvest twice.
pub const DONOR_CARE_POINTS: Field = points(
    "donor_care_points",
    Text::new("ドナーのその他の療養の点数（採取施設分）", "The donor's other care (harvesting hospital)"),
)
.help(Text::new(
    "術前健診・入院・検査・消耗品など、採取施設が請求するK921以外の点数。なければ 0。ドナー分の請求全体ではなく、K921（造血幹細胞採取、表では21,640点）を除いた点数です。K921は別の欄で加えるため、請求全体を入れると二重に数えます。",
    "Pre-harvest check-up, stay, tests and supplies the harvesting hospital bills besides K921; 0 if none. Only the points BEYOND K921, not the donor's whole bill: K921 (the harvest, 21,640 points in the table) is added from its own field, so the whole bill would count it twice.",
))
.default("0")
.example("0")
.when("outcome", DONOR_BILLED);

pub const YEN_PER_POINT: Field = Field::count(
    "yen_per_point",
    Text::new("1点あたりの単価", "Yen per point"),
    MAX_YEN_PER_POINT,
    Text::new("円/点", "yen/pt"),
)
.help(TABLE_WHEN_EMPTY)
.optional()
.example("10")
.when("outcome", DONOR_BILLED);

pub const TRANSPLANT_DATE: Field =
    Field::date("transplant_date", Text::new("移植日（任意）", "Transplant date (optional)"))
        .help(Text::new(
            "入力すると骨髄バンクの請求書の送付日（移植月の翌月10日）を表示します。",
            "Gives the date JMDP sends its invoice (the 10th of the following month).",
        ))
        .optional()
        .example("2024-01-31")
        .when("outcome", TRANSPLANT_ONLY);

pub static SCHEMA: Schema = Schema {
    fields: &[
        OUTCOME,
        TRANSPLANT_POINTS,
        HARVEST_POINTS,
        UNRELATED_ADDITION_POINTS,
        DONOR_CARE_POINTS,
        YEN_PER_POINT,
        TRANSPLANT_DATE,
    ],
};
