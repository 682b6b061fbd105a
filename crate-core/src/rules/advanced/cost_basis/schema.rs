//! What the cost basis reads: four lists of lines (devices, personnel, materials, その他 items),
//! その他 as one sum, and the total's rounding unit. Each list's rows carry the page's column
//! labels, units and the values of a new row.

use crate::msg::Text;
use crate::schema::{choices, Field, Rows, Schema};

/// Most lines per list: keeps every sum far inside i64.
pub const MAX_LINES: usize = 200;
/// Largest count (uses, persons, times, years) and decimal quantity (hours, quantity) accepted.
pub const MAX_COUNT: i64 = 1_000_000;
/// Longest name of a line (a device, a role, an item).
pub const MAX_NAME_CHARS: usize = 200;

const YEARS: Text = Text::new("年", "yr");
const TIMES: Text = Text::new("回", "×");
const HOURS: Text = Text::new("時間", "h");
const PERSONS: Text = Text::new("人", "");

choices! {
    /// The unit the total is rounded (half up) to; absent: the dated default (1,000 yen).
    pub enum TotalUnit: TOTAL_UNITS {
        One = "1", "1円（四捨五入しない）", "1 yen (no rounding)";
        Ten = "10", "10円未満を四捨五入", "nearest 10 yen";
        Hundred = "100", "100円未満を四捨五入", "nearest 100 yen";
        Thousand = "1000" ["1,000"], "1,000円未満を四捨五入（様式の例）", "nearest 1,000 yen (form example)";
        TenThousand = "10000" ["10,000"], "1万円未満を四捨五入", "nearest 10,000 yen";
    }
}

/// The fields of a device line (様式第7-1号 2).
pub mod device {
    use super::*;

    pub const NAME: Field = Field::text("name", Text::new("機器名", "Device"), MAX_NAME_CHARS).example("機器A");
    pub const PURCHASE: Field = Field::yen("purchase_yen", Text::new("購入価格", "Purchase price")).example("200000");
    pub const RESIDUAL: Field =
        Field::yen("residual_yen", Text::new("残存価格", "Residual value")).default("0").example("100000");
    pub const USEFUL_LIFE: Field =
        Field::count("useful_life_years", Text::new("耐用年数", "Useful life"), MAX_COUNT, YEARS).example("3");
    pub const ANNUAL_USES: Field =
        Field::count("annual_uses", Text::new("年間使用回数", "Uses a year"), MAX_COUNT, TIMES).example("100");
    pub const USES_PER_PATIENT: Field =
        Field::count("uses_per_patient", Text::new("1患者あたりの使用回数", "Uses per patient"), MAX_COUNT, TIMES)
            .default("1");
    pub const PAST_USEFUL_LIFE: Field = Field::flag(
        "past_useful_life",
        Text::new("届出時点で耐用年数を過ぎている", "Past its useful life at notification"),
    );

    pub static ROWS: Rows = Rows {
        fields: &[NAME, PURCHASE, RESIDUAL, USEFUL_LIFE, ANNUAL_USES, USES_PER_PATIENT, PAST_USEFUL_LIFE],
        max: MAX_LINES,
        row: Text::new("医療機器", "Device"),
        nth: Text::new("{n}件目の医療機器", "Device {n}"),
    };
}

/// The fields of a personnel line (様式第7-1号 3).
pub mod staff {
    use super::*;

    pub const ROLE: Field = Field::text("role", Text::new("職種", "Role"), MAX_NAME_CHARS).example("医師");
    pub const HOURLY: Field = Field::yen("hourly_yen", Text::new("1時間あたり単価", "Hourly rate")).example("6000");
    pub const HOURS: Field = Field::decimal("hours", Text::new("時間", "Hours"), MAX_COUNT, super::HOURS).example("8");
    pub const PERSONS: Field =
        Field::count("persons", Text::new("人数", "Persons"), MAX_COUNT, super::PERSONS).default("1").example("2");

    pub static ROWS: Rows = Rows {
        fields: &[ROLE, HOURLY, HOURS, PERSONS],
        max: MAX_LINES,
        row: Text::new("職種", "Role"),
        nth: Text::new("{n}行目の職種", "Role {n}"),
    };
}

/// The fields of a material or その他 line (様式第7-2号 4 and 5): the same columns.
pub mod material {
    use super::*;

    pub const NAME: Field = Field::text("name", Text::new("品名", "Item"), MAX_NAME_CHARS).example("材料A");
    pub const UNIT_PRICE: Field = Field::yen("unit_yen", Text::new("単価", "Unit price")).example("100000");
    pub const QUANTITY: Field =
        Field::decimal("quantity", Text::new("数量（1回あたり）", "Quantity (per use)"), MAX_COUNT, Text::EMPTY)
            .default("1");
    pub const TIMES: Field = Field::count("times", Text::new("回数", "Times"), MAX_COUNT, super::TIMES).default("1");

    static FIELDS: &[Field] = &[NAME, UNIT_PRICE, QUANTITY, TIMES];
    pub static ROWS: Rows = Rows {
        fields: FIELDS,
        max: MAX_LINES,
        row: Text::new("品目", "Item"),
        nth: Text::new("{n}行目の品目", "Item {n}"),
    };
    pub static OTHER_ROWS: Rows = Rows {
        fields: FIELDS,
        max: MAX_LINES,
        row: Text::new("その他", "Other"),
        nth: Text::new("{n}行目のその他", "Other item {n}"),
    };
}

pub const DEVICES: Field = Field::rows("devices", Text::new("2 医療機器使用料", "2 Device use"), &device::ROWS).help(Text::new(
    "1回の償却費 =（購入価格 − 残存価格）÷ 耐用年数 ÷ 年間使用回数（各段階で1円未満切り捨て）。耐用年数を過ぎた機器は0円です。",
    "Per use = (price − residual) ÷ useful life ÷ uses a year (yen fractions dropped at each step). A device past its useful life costs 0.",
));

pub const STAFF: Field = Field::rows("staff", Text::new("3 人件費", "3 Personnel"), &staff::ROWS).help(Text::new(
    "単価 × 時間 × 人数（職種ごと）。時間は 0.5 のように小数で入力できます。",
    "Hourly rate × hours × persons, per role. Hours may be decimal (0.5).",
));

pub const MATERIALS: Field = Field::rows(
    "materials",
    Text::new("4 医療材料、医薬品、再生医療等製品等", "4 Materials, drugs, regenerative products"),
    &material::ROWS,
)
.help(Text::new(
    "単価 × 数量 × 回数。1回あたり（単価 × 数量）が1万円未満の品目は、様式では「その他」にまとめて記載します。",
    "Unit price × quantity × times. Items under ¥10,000 a use (price × quantity) go under その他 on the form.",
));

pub const OTHER_ITEMS: Field = Field::rows("other_items", Text::new("5 その他", "5 Other"), &material::OTHER_ROWS)
    .help(Text::new(
        "1回あたり1万円未満の材料などを品目ごとに。まとめた金額だけを入れる場合は下の「その他（一括の金額）」へ。",
        "Items under ¥10,000 a use, one per line. For a single lump sum use “Other (lump sum)” below.",
    ));

pub const OTHER_YEN: Field = Field::yen("other_yen", Text::new("その他（一括の金額）", "Other (lump sum)"))
    .help(Text::new(
        "品目ごとに入力しない場合のその他の合計。上の品目に加算されます。",
        "The その他 total if not itemised; added to any items above.",
    ))
    .default("0")
    .example("5600");

pub const ROUNDING_UNIT: Field =
    Field::choice("rounding_unit", Text::new("合計の四捨五入の単位", "Round the total to"), TOTAL_UNITS)
        .help(Text::new(
            "選ばない場合は様式の例（499,933円 → 500,000円）を再現する最小の単位、1,000円です。",
            "Left out: 1,000 yen, the smallest unit that reproduces the form's example (499,933 → 500,000).",
        ))
        .optional()
        .example("1000");

pub static SCHEMA: Schema = Schema { fields: &[DEVICES, STAFF, MATERIALS, OTHER_ITEMS, OTHER_YEN, ROUNDING_UNIT] };
