//! What the split reads: one declaration per field. The point values and the yen per point may be
//! left empty: the table's value on the reference date is used then.

use crate::msg::Text;
use crate::schema::{Field, Kind, Schema};

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
        .example("66450");

pub const HARVEST_POINTS: Field =
    points("harvest_points", Text::new("造血幹細胞採取（K921、一連につき）", "Stem-cell harvest (K921, per series)"))
        .help(TABLE_WHEN_EMPTY)
        .optional()
        .example("21640");

pub const UNRELATED_ADDITION_POINTS: Field =
    points("unrelated_addition_points", Text::new("非血縁者間移植加算", "Unrelated-donor transplant addition"))
        .help(TABLE_WHEN_EMPTY)
        .optional()
        .example("10000");

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
.example("0");

pub const YEN_PER_POINT: Field = Field::count(
    "yen_per_point",
    Text::new("1点あたりの単価", "Yen per point"),
    MAX_YEN_PER_POINT,
    Text::new("円/点", "yen/pt"),
)
.help(TABLE_WHEN_EMPTY)
.optional()
.example("10");

pub const TRANSPLANT_DATE: Field =
    Field::date("transplant_date", Text::new("移植日（任意）", "Transplant date (optional)"))
        .help(Text::new(
            "入力すると骨髄バンクの請求書の送付日（移植月の翌月10日）を表示します。",
            "Gives the date JMDP sends its invoice (the 10th of the following month).",
        ))
        .optional()
        .example("2024-01-31");

pub static SCHEMA: Schema = Schema {
    fields: &[
        TRANSPLANT_POINTS,
        HARVEST_POINTS,
        UNRELATED_ADDITION_POINTS,
        DONOR_CARE_POINTS,
        YEN_PER_POINT,
        TRANSPLANT_DATE,
    ],
};
