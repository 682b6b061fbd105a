//! What the 高額療養費 planner reads: the age group, the bracket (or the 標準報酬月額 it is found from),
//! the months of the plan, and what the 多数回 count and the yearly cap need from before the plan.

use crate::msg::Text;
use crate::schema::{choices, Choice, Field, Rows, Schema};

choices! {
    /// Every bracket key of every table; which exist depends on the month's table (and the age group).
    /// The first 17 ([`UNDER70_COUNT`]) are the 70歳未満 keys (ア〜エ until 2027-07, the 12 bands from 2027-08, オ/o in both).
    pub enum Band: BANDS {
        A = "a" ["ア"], "ア：標準報酬月額83万円〜（〜2027年7月）", "A: monthly pay ¥830k+ (to July 2027)";
        I = "i" ["イ"], "イ：53〜79万円（〜2027年7月）", "I: ¥530k–790k (to July 2027)";
        U = "u" ["ウ"], "ウ：28〜50万円（〜2027年7月）", "U: ¥280k–500k (to July 2027)";
        E = "e" ["エ"], "エ：26万円以下（〜2027年7月）", "E: up to ¥260k (to July 2027)";
        A1 = "a1", "標準報酬月額127万円〜（2027年8月〜）", "Monthly pay ¥1.27m+ (from Aug 2027)";
        A2 = "a2", "103〜121万円（2027年8月〜）", "¥1.03m–1.21m (from Aug 2027)";
        A3 = "a3", "83〜98万円（2027年8月〜）", "¥830k–980k (from Aug 2027)";
        I1 = "i1", "71〜79万円（2027年8月〜）", "¥710k–790k (from Aug 2027)";
        I2 = "i2", "62〜68万円（2027年8月〜）", "¥620k–680k (from Aug 2027)";
        I3 = "i3", "53〜59万円（2027年8月〜）", "¥530k–590k (from Aug 2027)";
        U1 = "u1", "44〜50万円（2027年8月〜）", "¥440k–500k (from Aug 2027)";
        U2 = "u2", "36〜41万円（2027年8月〜）", "¥360k–410k (from Aug 2027)";
        U3 = "u3", "28〜34万円（2027年8月〜）", "¥280k–340k (from Aug 2027)";
        E1 = "e1", "20〜26万円（2027年8月〜）", "¥200k–260k (from Aug 2027)";
        E2 = "e2", "16〜19万円（2027年8月〜）", "¥160k–190k (from Aug 2027)";
        E3 = "e3", "15万円以下（2027年8月〜）", "Up to ¥150k (from Aug 2027)";
        O = "o" ["オ"], "オ：住民税非課税", "O: residence-tax exempt";
        Genekinami3 = "genekinami3" ["現役並みIII"], "70歳以上 現役並みIII（標準報酬月額83万円〜）", "70+: working-age income III (¥830k+)";
        Genekinami2 = "genekinami2" ["現役並みII"], "70歳以上 現役並みII（53〜79万円）", "70+: working-age income II (¥530k–790k)";
        Genekinami1 = "genekinami1" ["現役並みI"], "70歳以上 現役並みI（28〜50万円）", "70+: working-age income I (¥280k–500k)";
        Ippan = "ippan" ["一般"], "70歳以上 一般（26万円以下）", "70+: general (up to ¥260k)";
        Teishotoku2 = "teishotoku2" ["低所得II"], "70歳以上 低所得II（住民税非課税）", "70+: low income II (residence-tax exempt)";
        Teishotoku1 = "teishotoku1" ["低所得I"], "70歳以上 低所得I（住民税非課税・一定所得以下）", "70+: low income I (tax-exempt, lowest incomes)";
    }
}

/// How many of [`BANDS`] are 70歳未満 keys (ア〜エ, the 12 bands a1〜e3, オ/o).
pub const UNDER70_COUNT: usize = 17;

/// The 70歳未満 keys: the burden calculator's `cap_bracket` choices.
pub const UNDER70_BANDS: &[Choice] = BANDS.split_at(UNDER70_COUNT).0;

choices! {
    /// 70歳未満 or 70歳以上 (70〜74歳; 75歳以上 is 後期高齢者医療, another scheme); 未就学児 are
    /// under 70 in every cap and pay 2割.
    pub enum AgeGroup: AGE_GROUPS {
        Under70 = "under70", "70歳未満", "Under 70";
        Over70 = "over70", "70歳以上（70〜74歳）", "70 or over (70–74)";
        Preschool = "preschool", "未就学児（小学校入学前）", "Before school age (未就学児)";
    }
}

choices! {
    /// 一部負担金の割合: 3割, 2割 (70歳以上・未就学児), 1割.
    pub enum CopayRate: COPAY_RATES {
        Thirty = "30", "3割", "30%";
        Twenty = "20", "2割", "20%";
        Ten = "10", "1割", "10%";
    }
}

impl CopayRate {
    pub fn percent(self) -> i64 {
        match self {
            CopayRate::Thirty => 30,
            CopayRate::Twenty => 20,
            CopayRate::Ten => 10,
        }
    }
}

/// Most months in one plan (three 8月〜7月 years).
pub const MAX_MONTHS: usize = 36;
/// Most meals in one month (3 a day for 31 days).
pub const MAX_MEALS: i64 = 93;

const MEALS_UNIT: Text = Text::new("食", "meals");

pub const AGE_GROUP: Field = Field::choice("age_group", Text::new("年齢", "Age"), AGE_GROUPS)
    .help(Text::new(
        "70歳以上（70〜74歳）は区分と外来の限度額が違います。75歳以上（後期高齢者医療）は対象外です。未就学児（6歳になった後の最初の3月31日まで）は自己負担が2割で、限度額は70歳未満と同じです。",
        "People of 70–74 have other brackets and an outpatient cap; 75 and over (後期高齢者医療) is another scheme, not covered here. Children before school age (until the first 31 March after turning 6) pay 20%, with the under-70 caps.",
    ))
    .default("under70");

pub const BRACKET: Field = Field::choice("bracket", Text::new("所得区分", "Income bracket"), BANDS)
    .help(Text::new(
        "保険証・限度額適用認定証・保険者の通知で確認できる区分。2027年8月から70歳未満の区分は13段階（a1〜e3, o）になります。区分の代わりに標準報酬月額を入力することもできます（どちらか一方）。",
        "The bracket on your insurer's notice or ceiling certificate. From August 2027 the under-70 brackets are 13 bands (a1–e3, o). You may give your standard monthly pay instead (one of the two).",
    ))
    .optional()
    .example("u");

pub const REMUNERATION: Field = Field::yen(
    "standard_monthly_remuneration_yen",
    Text::new("標準報酬月額", "Standard monthly remuneration (標準報酬月額)"),
)
.help(Text::new(
    "区分の代わりに入力すると、各月の表の区分を求めます（国民健康保険の方は区分を選んでください）。",
    "Given instead of a bracket, each month's bracket is found from it in that month's table (National Health Insurance members: choose the bracket).",
))
.optional()
.example("300000");

pub const RESIDENT_TAX_EXEMPT: Field = Field::flag(
    "resident_tax_exempt",
    Text::new("住民税非課税の世帯", "Household exempt from residence tax"),
)
.help(Text::new(
    "標準報酬月額と一緒に指定します（区分はオ／低所得II）。低所得Iの方は区分を選んでください。",
    "Only with the standard monthly pay (the bracket is then オ / low income II). For low income I choose the bracket.",
));

pub const LOW_INCOME_UNDER_2M: Field = Field::flag(
    "low_income_under_2m",
    Text::new("年収約200万円以下（区分エの年間上限 41万円）", "Income about ¥2m or less (bracket E's yearly cap ¥410,000)"),
)
.help(Text::new(
    "2026年8月〜2027年7月の区分エの年間上限が41万円になります（2027年8月以降に払い戻し）。2027年8月からの15万円以下の区分（e3）は、この指定がなくても41万円です。",
    "Bracket E's yearly cap for August 2026 to July 2027 becomes ¥410,000 (refunded from August 2027). From August 2027 the up-to-¥150k band (e3) has ¥410,000 anyway.",
));

pub const YEAR_PAID_BEFORE: Field = Field::yen(
    "year_paid_before_yen",
    Text::new("この年度（8月〜）に既に支払った自己負担", "Already paid this year (from August)"),
)
.help(Text::new(
    "最初の月より前に、同じ8月〜翌年7月の間に払った自己負担（高額療養費の支給後）。年間上限の計算に使います。",
    "Co-payments (after the monthly benefit) paid in the same August-to-July year before the first month here; used for the yearly cap.",
))
.default("0");

/// An item of `prior_benefit_months` (its key is unused).
pub const PRIOR_MONTH: Field = Field::month("month", Text::new("支給月", "Month"));

pub const PRIOR_BENEFIT_MONTHS: Field = Field::list(
    "prior_benefit_months",
    Text::new("計画より前に高額療養費が支給された月", "Earlier months with a high-cost benefit"),
    &PRIOR_MONTH,
    12,
)
.help(Text::new(
    "最初の月より前の12か月に高額療養費が支給された月（多数回該当の数え方に使います）。例: 2026-05",
    "Months before the first month of the plan in which a high-cost benefit was paid (for the 4th-month reduction). E.g. 2026-05.",
))
.default("[]");

/// The fields of one month of the plan.
pub mod month {
    use super::*;

    pub const MONTH: Field = Field::month("month", Text::new("診療月", "Month of care")).example("2026-08");
    pub const MEDICAL_COST: Field =
        Field::yen("medical_cost_yen", Text::new("医療費の総額（10割）", "Total medical cost (100%)"))
            .example("1000000");
    pub const COPAY_PERCENT: Field =
        Field::choice("copay_percent", Text::new("自己負担の割合", "Co-payment rate"), COPAY_RATES)
            .help(Text::new(
                "空欄なら70歳未満・現役並みは3割、70歳以上（その他）は2割。",
                "Empty: 30% under 70 and for working-age income, 20% for others of 70+.",
            ))
            .optional();
    pub const INPATIENT: Field = Field::flag("inpatient", Text::new("入院を含む月", "A month with a hospital stay"))
        .help(Text::new(
            "70歳以上の一般・低所得の方は、外来だけの月は外来（個人）の限度額になり、多数回の回数に数えません。",
            "For 70+ general and low-income brackets, an outpatient-only month has the individual outpatient cap and does not count toward the 4th-month reduction.",
        ))
        .default("true");
    pub const ADVANCED_CARE: Field =
        Field::yen("advanced_care_yen", Text::new("先進医療の技術料", "先進医療 technology fee"))
            .help(Text::new("保険外で、高額療養費の対象になりません。", "Not insured, so never capped."))
            .default("0");
    pub const MEALS: Field =
        Field::count("meals", Text::new("入院中の食事の回数", "Hospital meals"), MAX_MEALS, MEALS_UNIT).default("0");
    pub const MEAL_YEN: Field = Field::yen("meal_yen", Text::new("食事1食の負担額", "Charge per meal"))
        .help(Text::new(
            "空欄なら区分に応じた標準負担額（一般・低所得II・低所得I）。指定難病や低所得IIの91日目以降などはその額を入力。2026年6月からの低所得の方の額は確認できていないため、病院の請求書の1食の額を入力してください。",
            "Empty: the standard charge for the bracket (general, low income II or I). For designated intractable diseases, low income II from the 91st day etc. enter that charge. From June 2026 the low-income charges were not found: enter the charge per meal on the hospital's bill.",
        ))
        .optional();
    /// Retired (the old 世帯合算 amount, which had no 医療費 beside it): kept so an old plan's value
    /// is shown and refused (see [`crate::schema::Applies::Retired`]), never silently dropped.
    pub const HOUSEHOLD: Field = Field::yen(
        "other_household_copay_yen",
        Text::new("（旧）同じ月の世帯の他の自己負担", "(Old) Other household co-payments this month"),
    )
    .help(Text::new(
        "この項目は使えなくなりました。世帯合算には医療費（10割）も要るため、「同じ月の他の自己負担」（other_copays）の行に、人・医療機関・入院/外来・医療費・自己負担を入力してください。入力し直したら、この欄を空にしてください。",
        "No longer used: adding up a household needs the medical cost (100%) too, so enter each co-payment as a row of “Other co-payments of the same month” (other_copays): who, where, inpatient or outpatient, the medical cost and the co-payment. Then clear this box.",
    ))
    .retired();
    pub const INSURER_CHANGED: Field = Field::flag(
        "insurer_changed",
        Text::new("この月から保険者が変わった", "The insurer changed from this month"),
    )
    .help(Text::new(
        "退職して国民健康保険や家族の健康保険（被扶養者）に移った、任意継続の2年が終わった等。保険者が変わると（同じ保険者でも被保険者と被扶養者が入れ替わると）多数回の回数は1から数え直しです。退職後も同じ健康保険に任意継続で残る場合は保険者は変わりません。",
        "E.g. you left your job and joined National Health Insurance or a family member's insurance as a dependant, or the two years of voluntary continuation ended. A new insurer (or, with the same insurer, a switch between member and dependant) starts the 4th-month count again. Staying with the same insurer by voluntary continuation (任意継続) is no change.",
    ));

    pub static ROWS: Rows = Rows {
        fields: &[
            MONTH,
            MEDICAL_COST,
            COPAY_PERCENT,
            INPATIENT,
            ADVANCED_CARE,
            MEALS,
            MEAL_YEN,
            HOUSEHOLD,
            INSURER_CHANGED,
        ],
        max: MAX_MONTHS,
        row: Text::new("診療月", "Month"),
        nth: Text::new("{n}か月目", "Month {n}"),
    };
}

choices! {
    /// Whose co-payment a row of `other_copays` is: the patient's own (at another 医療機関, or the
    /// other of 入院/外来), or a family member's on the same insurance.
    pub enum Member: MEMBERS {
        Patient = "patient" ["本人"], "本人（この計画の方）の別の医療機関・入院外来", "The patient (another hospital, or the other of inpatient/outpatient)";
        Member1 = "member1" ["家族1"], "家族1", "Family member 1";
        Member2 = "member2" ["家族2"], "家族2", "Family member 2";
        Member3 = "member3" ["家族3"], "家族3", "Family member 3";
        Member4 = "member4" ["家族4"], "家族4", "Family member 4";
        Member5 = "member5" ["家族5"], "家族5", "Family member 5";
    }
}

choices! {
    /// 入院 or 外来, 医科 or 歯科: each is a co-payment of its own (健康保険法施行令第41条第1項).
    pub enum Setting: SETTINGS {
        Inpatient = "inpatient" ["入院"], "入院", "Inpatient";
        Outpatient = "outpatient" ["外来"], "外来（調剤を含む）", "Outpatient (with its pharmacy)";
        DentalInpatient = "dental_inpatient" ["歯科入院"], "歯科・入院", "Dental, inpatient";
        DentalOutpatient = "dental_outpatient" ["歯科外来"], "歯科・外来", "Dental, outpatient";
    }
}

impl Setting {
    /// 外来 (医科 or 歯科): under the 70歳以上 外来 (個人) cap.
    pub fn outpatient(self) -> bool {
        matches!(self, Setting::Outpatient | Setting::DentalOutpatient)
    }

    /// The setting in a line of an explanation or a table cell.
    pub fn short(self) -> Text {
        match self {
            Setting::Inpatient => Text::new("入院", "inpatient"),
            Setting::Outpatient => Text::new("外来", "outpatient"),
            Setting::DentalInpatient => Text::new("歯科入院", "dental inpatient"),
            Setting::DentalOutpatient => Text::new("歯科外来", "dental outpatient"),
        }
    }
}

impl Member {
    /// The person in a line of an explanation or a table cell: 本人 / 家族1 ….
    pub fn short(self) -> Text {
        match self {
            Member::Patient => Text::new("本人", "patient"),
            Member::Member1 => Text::new("家族1", "family member 1"),
            Member::Member2 => Text::new("家族2", "family member 2"),
            Member::Member3 => Text::new("家族3", "family member 3"),
            Member::Member4 => Text::new("家族4", "family member 4"),
            Member::Member5 => Text::new("家族5", "family member 5"),
        }
    }
}

/// Most rows of other co-payments in a plan.
pub const MAX_OTHER_COPAYS: usize = 60;

/// The fields of one other co-payment of a month (世帯合算).
pub mod copay {
    use super::*;

    pub const MONTH: Field = Field::month("month", Text::new("診療月", "Month of care"))
        .help(Text::new("計画の月のどれか。", "One of the plan's months."))
        .example("2026-08");
    pub const MEMBER: Field = Field::choice("member", Text::new("誰の自己負担か", "Whose co-payment"), MEMBERS)
        .help(Text::new(
            "同じ保険の家族は番号で分けます（同じ人の行は同じ番号に）。本人の移植病院の分は月の行に、別の医療機関（クリニック等）や同じ病院の外来の分はここに「本人」で入力します。",
            "Family members on the same insurance by number (one number per person). The patient's transplant hospital is the month's own row; the patient's other hospitals or clinics, or outpatient care at the same hospital, go here as “The patient”.",
        ))
        .default("member1");
    pub const PROVIDER: Field = Field::text("provider", Text::new("医療機関", "Hospital or clinic"), 40)
        .help(Text::new(
            "同じ人・同じ医療機関・同じ入院/外来の行は合わせて数えます。",
            "Rows of one person at one hospital and one setting are added together.",
        ))
        .required()
        .example("Cクリニック");
    pub const SETTING: Field = Field::choice("setting", Text::new("入院・外来", "Inpatient or outpatient"), SETTINGS);
    pub const MEDICAL_COST: Field = Field::yen("medical_cost_yen", Text::new("医療費（10割）", "Medical cost (100%)"))
        .help(Text::new(
            "領収書の保険診療の点数 × 10円。限度額の1%の部分はこの合計で計算します。",
            "The insured points on the receipt × 10 yen; the 1% part of the cap is worked out on the total of these.",
        ))
        .example("100000");
    pub const COPAY: Field = Field::yen("copay_yen", Text::new("自己負担", "Co-payment"))
        .help(Text::new(
            "その医療機関に支払った保険診療の自己負担（食事代・差額ベッド代を除く）。",
            "The insured co-payment paid there (without meals or private-room charges).",
        ))
        .example("30000");

    pub static ROWS: Rows = Rows {
        fields: &[MONTH, MEMBER, PROVIDER, SETTING, MEDICAL_COST, COPAY],
        max: MAX_OTHER_COPAYS,
        row: Text::new("他の自己負担", "Other co-payment"),
        nth: Text::new("{n}件目の他の自己負担", "Other co-payment {n}"),
    };
}

pub const OTHER_COPAYS: Field = Field::rows(
    "other_copays",
    Text::new("同じ月の他の自己負担（世帯合算）", "Other co-payments of the same month (adding up a household)"),
    &copay::ROWS,
)
.help(Text::new(
    "同じ保険の家族の自己負担や、本人の別の医療機関の自己負担。70歳未満は1人・1医療機関・入院外来別に21,000円以上のものだけ、70歳以上はすべてを合算し、限度額の1%の部分は合算した医療費で計算します。",
    "Co-payments of family members on the same insurance, and the patient's own at other hospitals. Under 70 only those of 21,000 yen or more per person, hospital and setting add up; from 70 all do. The 1% part of the cap is worked out on the medical costs added up.",
));

pub const MONTHS: Field = Field::rows("months", Text::new("月ごとの医療費", "Medical costs by month"), &month::ROWS)
    .help(Text::new(
        "古い月から順に、同じ月は1行。各月はその月の1日に有効な表で計算します。",
        "Oldest first, one row per month. Each month uses the table in force on its first day.",
    ))
    .required();

pub static SCHEMA: Schema = Schema {
    fields: &[
        AGE_GROUP,
        BRACKET,
        REMUNERATION,
        RESIDENT_TAX_EXEMPT,
        MONTHS,
        OTHER_COPAYS,
        PRIOR_BENEFIT_MONTHS,
        YEAR_PAID_BEFORE,
        LOW_INCOME_UNDER_2M,
    ],
};
