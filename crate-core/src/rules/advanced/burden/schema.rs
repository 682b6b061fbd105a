//! What the burden calculator reads: the three costs, the co-payment rate, and the monthly cap —
//! either the user's own figure or a 高額療養費 bracket (the page's "how to give the cap" selector
//! only decides which of the two it sends).

use crate::msg::Text;
use crate::rules::insurance::high_cost::UNDER70_BANDS;
use crate::schema::{Choice, Field, Schema};

/// The 70歳未満 brackets (ア〜オ until 2027-07, the 13 bands a1〜e3 and o from 2027-08): the
/// `high_cost` calculator's keys, read as its [`Band`].
pub use crate::rules::insurance::high_cost::Band as Bracket;

pub const ADVANCED_COST: Field =
    Field::yen("advanced_cost_yen", Text::new("先進医療に係る費用（技術料）", "先進医療 cost (the technology itself)"))
        .help(Text::new(
            "病院から示される先進医療の費用。保険は使えません。",
            "The hospital's fee for the 先進医療 itself; insurance never covers it.",
        ))
        .example("500000");

pub const SUBSIDY: Field = Field::yen(
    "subsidy_yen",
    Text::new("うち研究費・病院・企業が負担する額", "Of which research funds / hospital / company pay"),
)
.help(Text::new("ない場合は 0（空欄も 0 として計算）。", "0 if none (an empty field counts as 0)."))
.default("0")
.example("250000");

pub const INSURED_COST: Field =
    Field::yen("insured_cost_yen", Text::new("保険診療分の費用（10割）", "Insured care, full cost (100%)"))
        .help(Text::new(
            "診察・検査・投薬・入院など、先進医療以外の部分（保険外併用療養費）の総額。",
            "Consultations, tests, drugs, stay etc. — everything other than the 先進医療 itself, at full cost.",
        ))
        .example("500000");

/// Absent: the seed's 被保険者本人 3割 (a parameter, so the default is the rule's, not the schema's).
pub const COPAY_PERCENT: Field =
    Field::percent("copay_percent", Text::new("保険診療分の自己負担の割合", "Co-payment rate on insured care"), 100)
        .help(Text::new(
            "保険証の負担割合です。空欄なら様式の前提（3割）で計算します。",
            "The rate on your insurance card; empty means the form's assumption (30%).",
        ))
        .optional()
        .example("30");

/// The usual rates of [`COPAY_PERCENT`] as a page offers them (any other whole percentage may be
/// typed).
pub const COPAY_RATES: &[Choice] = &[
    Choice::new("30", Text::new("3割（70歳未満の多くの方）", "30% (most people under 70)")),
    Choice::new("20", Text::new("2割（未就学児・70〜74歳など）", "20% (pre-school children, ages 70–74, …)")),
    Choice::new("10", Text::new("1割（75歳以上など）", "10% (75 and over, …)")),
];

pub const MONTHLY_CAP: Field = Field::yen("monthly_cap_yen", Text::new("自己負担限度額（1か月）", "Your monthly cap"))
    .help(Text::new(
        "ご加入の健康保険（保険者）や限度額適用認定証で確認できる額。多数回該当の場合はその額を入力。",
        "The figure your health insurer gives you (or on your ceiling certificate); if you qualify for the reduced 4th-month figure, enter that.",
    ))
    .optional()
    .example("80000");

pub const CAP_BRACKET: Field = Field::choice("cap_bracket", Text::new("所得区分（70歳未満）", "Income bracket (under 70)"), UNDER70_BANDS)
    .help(Text::new(
        "70歳未満の区分。ア〜オは2027年7月まで、2027年8月からは13段階（a1〜e3, o）で、基準日の月の表にある区分を選びます。2026年8月以降の額は厚生労働省の公表資料によります。正確な区分はご加入の保険者にご確認ください。区分を選ばないと上限なしで計算します。数か月にわたる場合（多数回・年間上限）は「この1年の費用」で計算できます。",
        "Brackets for people under 70: A, I, U, E, O until July 2027, 13 bands (a1–e3, o) from August 2027; choose one of the reference date's table. Figures from August 2026 are the Ministry's published ones. Your insurer confirms your bracket. Without a bracket no cap is applied. Over several months (the 4th-month reduction, the yearly cap), see “Your costs this year”.",
    ))
    .optional()
    .example("u");

/// Read whether or not a bracket is given: given with no bracket, it is an error.
pub const MANY_TIMES: Field = Field::flag(
    "many_times",
    Text::new(
        "多数回該当（直近12か月で上限に達した月が3回以上）",
        "Reduced cap (the cap was reached in 3+ of the last 12 months)",
    ),
)
.help(Text::new("所得区分と一緒に指定します。", "Only with an income bracket."));

pub static SCHEMA: Schema =
    Schema { fields: &[ADVANCED_COST, SUBSIDY, INSURED_COST, COPAY_PERCENT, MONTHLY_CAP, CAP_BRACKET, MANY_TIMES] };
