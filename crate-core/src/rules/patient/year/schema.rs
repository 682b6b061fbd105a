//! What the year plan reads: the 高額療養費 planner's own fields (the same consts, so one
//! declaration each), whether the window stops at the cap, the JMDP exemption rate, the incomes
//! for the tax saving, and the months — each with the planner's month fields and what else the
//! family pays or gets back that month.

use crate::msg::Text;
use crate::rules::insurance::high_cost::schema::{self as hc, month as hm};
use crate::rules::insurance::public_aid::{CATEGORIES, PROGRAMS, TIERS};
use crate::rules::tax::medical_deduction::schema as md;
use crate::schema::{choices, Field, Rows, Schema};

const DONORS: Text = Text::new("人", "donors");
const TESTS: Text = Text::new("件", "tests");

/// Most donor candidates or option tests in one month.
pub const MAX_COUNT: i64 = 100;

pub const CEILING_CERTIFICATE: Field = Field::flag(
    "ceiling_certificate",
    Text::new(
        "限度額適用認定証またはマイナ保険証を使う",
        "Using a ceiling certificate (限度額適用認定証) or the My Number insurance card",
    ),
)
.help(Text::new(
    "使うと窓口での支払いは月の上限までです。使わない場合は自己負担の全額をいったん払い、上限を超えた分は数か月後に高額療養費として戻ります（最終的な負担は同じです）。",
    "With one, the hospital bills only up to the monthly cap. Without, you pay the whole co-payment first and the part above the cap comes back as the high-cost benefit months later (the final amount is the same).",
))
.default("true");

pub const JMDP_EXEMPTION_PERCENT: Field =
    Field::percent("jmdp_exemption_percent", Text::new("骨髄バンクの負担金の免除率", "JMDP fee exemption rate"), 100)
        .help(Text::new(
            "骨髄バンクが決定した免除率（なければ 0）。率は「患者負担金の免除」のページで確認できます。",
            "The rate JMDP granted (0 if none). The fee exemption page works it out from the household's tax status.",
        ))
        .default("0");

choices! {
    /// How a fund rounds its 付加給付 (the fund's own rule: 100円未満切り捨て is the most common;
    /// JT健康保険組合 drops to 500 yen).
    pub enum FundUnit: FUND_UNITS {
        One = "1", "1円未満切り捨て", "Down to the yen";
        Hundred = "100", "100円未満切り捨て", "Down to 100 yen";
        FiveHundred = "500", "500円未満切り捨て", "Down to 500 yen";
        Thousand = "1000", "1,000円未満切り捨て", "Down to 1,000 yen";
    }
}

impl FundUnit {
    pub const fn yen(self) -> i64 {
        match self {
            FundUnit::One => 1,
            FundUnit::Hundred => 100,
            FundUnit::FiveHundred => 500,
            FundUnit::Thousand => 1_000,
        }
    }
}

/// Most months a fund takes to pay its 付加給付 that the plan accepts.
pub const MAX_FUND_DELAY: i64 = 12;

const MONTHS_UNIT: Text = Text::new("か月", "months");

pub const FUND_THRESHOLD: Field = Field::yen(
    "fund_threshold_yen",
    Text::new(
        "付加給付: 1か月・1医療機関あたり自己負担として残る額",
        "Fund top-up (付加給付): what the fund leaves you per month and hospital",
    ),
)
.help(Text::new(
    "健康保険組合・共済組合の付加給付。組合の案内の額（例: 25,000円）を入力すると、高額療養費の後の自己負担のうちこの額を超える分が戻ります。協会けんぽ・国民健康保険にはありません（空欄）。",
    "A health insurance society's or mutual aid association's top-up. Enter the amount in your fund's notice (e.g. 25,000 yen): the co-payment after the high-cost benefit above it comes back. 協会けんぽ and National Health Insurance have none (leave it empty).",
))
.optional();

pub const FUND_UNIT: Field =
    Field::choice("fund_rounding", Text::new("付加給付の端数処理", "Fund top-up: rounding"), FUND_UNITS)
        .help(Text::new("組合の規約のとおり。", "As your fund's rules say."))
        .default("100");

pub const FUND_MINIMUM: Field =
    Field::yen("fund_minimum_yen", Text::new("付加給付: これ未満は支給されない額", "Fund top-up: nothing paid below"))
        .help(Text::new("「1,000円未満は不支給」なら 1000。", "\"Nothing under 1,000 yen\": 1000."))
        .default("0");

pub const FUND_DELAY: Field = Field::count(
    "fund_delay_months",
    Text::new("付加給付が振り込まれるまで（診療月の何か月後）", "Fund top-up paid (months after the month of care)"),
    MAX_FUND_DELAY,
    MONTHS_UNIT,
)
.help(Text::new("多くは申請不要で約3か月後。", "Most pay it unasked, about 3 months later."))
.default("3");

pub const SICK_PAY_REMUNERATION: Field = Field::yen(
    "sick_pay_remuneration_yen",
    Text::new(
        "傷病手当金: 休む前12か月の標準報酬月額の平均",
        "Sickness allowance (傷病手当金): the average standard monthly pay of the 12 months before",
    ),
)
.help(Text::new(
    "会社員・公務員など（協会けんぽ・健康保険組合・共済組合）が仕事を休み給与が出ない日に、1日あたりこの額 ÷ 30 × 2/3 が支給されます。標準報酬月額は給与明細の保険料や保険者の通知で確かめます。国民健康保険にはありません（空欄）。",
    "For employees (協会けんぽ, a health insurance society, a mutual aid association): each day off work without pay, this ÷ 30 × 2/3 is paid. Your standard monthly pay is on your insurer's notice or follows from the premium on your payslip. National Health Insurance has none (leave it empty).",
))
.optional();

pub const SICK_PAY_FIRST_DAY: Field = Field::date(
    "sick_pay_first_day",
    Text::new("傷病手当金: 仕事を休み始めた日", "Sickness allowance: the first day off work"),
)
.help(Text::new(
    "この日から3日間（待期）は支給されず、4日目から支給されます。支給は通算1年6か月分までです。",
    "The first 3 days from it are a waiting period and not paid; it is paid from the 4th, for at most 1 year 6 months of days in all.",
))
.optional();

pub const PUBLIC_AID: Field = Field::choice(
    "public_aid",
    Text::new("公費の医療費助成（受給者証）", "Public medical subsidy (受給者証)"),
    PROGRAMS,
)
.help(Text::new(
    "小児慢性特定疾病・指定難病の医療受給者証があれば選びます。高額療養費の後、毎月の自己負担が階層区分の上限額（医療費の2割が低ければその額）までになります。申請は都道府県・指定都市の窓口（保健所など）で、受給者証の有効期間の月だけが対象です。",
    "Choose it if the patient holds a 受給者証 for a pediatric chronic disease or a designated intractable disease: after the high-cost benefit, each month's co-payment stops at the cap of the income tier (or 20% of the medical cost when lower). Apply at the prefecture's or designated city's office (e.g. the public health centre); only the months the certificate covers count.",
))
.optional();

pub const PUBLIC_AID_TIER: Field =
    Field::choice("public_aid_tier", Text::new("公費: 階層区分", "Public subsidy: income tier"), TIERS)
        .help(Text::new("受給者証に書かれた階層区分。", "The tier written on the certificate."))
        .optional();

pub const PUBLIC_AID_CATEGORY: Field =
    Field::choice("public_aid_category", Text::new("公費: 上限額の区分", "Public subsidy: which cap"), CATEGORIES)
        .help(Text::new(
            "重症（小児慢性）・高額かつ長期（指定難病）は、医療費の総額が5万円を超える月が年6回以上などで認定された場合。受給者証のとおり。",
            "Severe (pediatric) or high-cost long-term (intractable): granted e.g. when the medical cost exceeded ¥50,000 in 6 months of a year. As the certificate says.",
        ))
        .default("general");

pub const PUBLIC_AID_CAP: Field = Field::yen(
    crate::rules::insurance::public_aid::CERTIFICATE_CAP_KEY,
    Text::new(
        "公費: 受給者証の自己負担上限月額（表の額と違うとき）",
        "Public subsidy: the monthly cap on the certificate (when it is not the table's)",
    ),
)
.help(Text::new(
    "同じ世帯に小児慢性特定疾病・指定難病の受給者がほかにもいると、上限額は世帯で按分されます（世帯で最も高い上限額を、各人の上限額の比で分けます。奈良県の例: 30,000円と10,000円の2人 → 22,500円と7,500円）。受給者証に書かれた額を入力します。空欄なら階層区分の表の額です。",
    "When another member of the household also holds a pediatric chronic or intractable disease certificate, the cap is shared (the household's highest cap split in the ratio of each one's own; Nara Prefecture's example: ¥30,000 and ¥10,000 → ¥22,500 and ¥7,500). Enter the amount on the certificate; empty: the table's cap for the tier.",
))
.optional();

pub const MUNICIPAL_CAP: Field = Field::yen(
    "municipal_cap_yen",
    Text::new(
        "自治体の医療費助成: 1か月に自己負担として残る額",
        "Municipal medical subsidy: what is left to pay per month",
    ),
)
.help(Text::new(
    "子ども医療費助成・ひとり親家庭・重度障害者医療など。内容は市区町村ごとに違うため、受給者証や市区町村の窓口（子育て・医療助成の担当）で確かめて、1か月の自己負担の上限（無料なら 0）を入力します。なければ空欄。",
    "Children's medical subsidy, single-parent or disability schemes. They differ by municipality: check the certificate or ask your city office (child-rearing or medical subsidy desk), and enter the monthly co-payment left (0 when free). None: leave it empty.",
))
.optional();

pub const MUNICIPAL_MEALS: Field = Field::flag(
    "municipal_meals",
    Text::new("自治体の助成が入院中の食費も払う", "The municipal subsidy pays hospital meals too"),
)
.help(Text::new(
    "食費まで助成する市区町村もあります（多くは対象外）。",
    "Some municipalities also pay the meal charge (most do not).",
));

pub const OWN_ROOM_DAILY: Field = Field::yen(
    "own_room_daily_yen",
    Text::new("患者さんの差額ベッド代（1日あたり）", "The patient's private-room charge (per day)"),
)
.help(Text::new(
    "個室などを希望して同意書に署名した場合だけ請求されます。治療上の必要（無菌室など）や病棟の都合で入った場合、同意書がない場合は請求されません（厚生労働省の通知）。自分の希望で選んだ差額ベッド代は医療費控除の対象になりません。",
    "Charged only when you asked for the room and signed a consent form. It is not charged when the room is needed for treatment (e.g. a clean room) or to run the ward, or without signed consent (MHLW notice). A room chosen for comfort does not count for the medical expense deduction.",
))
.default("0");

pub const TOTAL_INCOME: Field = md::TOTAL_INCOME
    .help(Text::new(
        "医療費控除で差し引く額（10万円か5%の少ない方）に使います。空欄なら10万円で計算します。計画の各年に同じ額を使います。",
        "For the amount the deduction subtracts (the lesser of 100,000 yen and 5% of it). Empty: 100,000 yen. The same figure is used for every year of the plan.",
    ))
    .optional();

pub const TAXABLE_INCOME: Field = md::TAXABLE_INCOME
    .help(Text::new(
        "医療費控除を引く前の課税所得。入力すると所得税・住民税の軽減額を計算します（総所得金額等も入力）。計画の各年に同じ額を使います。",
        "Taxable income before the deduction. Given (with the total income), the income and residence tax saved are worked out. The same figure is used for every year of the plan.",
    ))
    .optional();

/// A month's own fields beyond the 高額療養費 planner's.
pub mod month {
    use super::*;

    pub const DONORS_TESTED: Field = Field::count(
        "donors_tested",
        Text::new("確認検査を請求されたドナー候補の人数", "Donor candidates whose confirmatory test is billed"),
        MAX_COUNT,
        DONORS,
    )
    .help(Text::new(
        "この月に請求された確認検査の人数（1人ごとに一般血液検査料と確認検査手数料）。",
        "Donor candidates whose confirmatory test is billed this month (a blood test and a handling fee each).",
    ))
    .default("0");

    pub const FINAL_CONSENT: Field = Field::flag(
        "jmdp_final_consent",
        Text::new("最終同意の一括請求（4.〜6.）がこの月", "The final-consent fees (items 4–6) are billed this month"),
    );

    pub const REFUND: Field = Field::flag(
        "jmdp_refund",
        Text::new(
            "5.・6.の返金がこの月（移植に至らなかった場合）",
            "Items 5 and 6 are refunded this month (no transplant)",
        ),
    );

    pub const OPTION_TESTS: Field = Field::count(
        "jmdp_option_tests",
        Text::new("オプション検査の件数", "Optional donor HLA tests"),
        MAX_COUNT,
        TESTS,
    )
    .default("0");

    pub const ORAL_MUCOSA_DNA: Field = Field::flag(
        "jmdp_oral_mucosa_dna",
        Text::new("口腔粘膜DNA抽出料がこの月", "The oral-mucosa DNA extraction is billed this month"),
    );

    pub const DONOR_ROOM: Field =
        Field::yen("donor_room_yen", Text::new("ドナーの差額ベッド代", "The donor's private-room charge"))
            .help(Text::new(
                "採取施設から移植施設を通して請求された額（数万円〜40万円程度）。",
                "What the harvesting hospital billed through your hospital (tens of thousands up to about ¥400,000).",
            ))
            .default("0");

    pub const TRANSPORT_PAID: Field =
        Field::yen("transport_paid_yen", Text::new("骨髄液等の運搬費（支払った額）", "Marrow transport (paid)"))
            .default("0");

    pub const TRANSPORT_REIMBURSED: Field = Field::yen(
        "transport_reimbursed_yen",
        Text::new("運搬費の療養費（この月に戻った額）", "Transport refund (療養費) received this month"),
    )
    .help(Text::new(
        "健康保険から療養費として振り込まれた額。それまでに支払った運搬費の古いものから差し引きます。",
        "What the insurer paid back as 療養費; it is set against the transport paid, oldest first.",
    ))
    .default("0");

    pub const OTHER_MEDICAL: Field = Field::yen(
        "other_medical_yen",
        Text::new("その他の医療費（医療費控除の対象）", "Other medical costs (for the tax deduction)"),
    )
    .help(Text::new(
        "院外薬局の支払いなど、医療費控除の対象になるその他の費用。",
        "Other costs that count for the deduction, such as an outside pharmacy.",
    ))
    .default("0");

    pub const DAYS_OFF: Field = Field::count(
        "days_off_work",
        Text::new("仕事を休んで給与が出なかった日数", "Days off work without pay"),
        31,
        Text::new("日", "days"),
    )
    .help(Text::new(
        "傷病手当金の計算に使います（土日・休日も、休んでいて給与が出ない日は数えます）。",
        "For the sickness allowance (weekends and holidays count too, when you were off and unpaid).",
    ))
    .default("0");

    pub const OWN_ROOM_DAYS: Field = Field::count(
        "own_room_days",
        Text::new("患者さんの差額ベッドの日数", "Days in a charged private room (the patient)"),
        31,
        Text::new("日", "days"),
    )
    .default("0");

    pub static ROWS: Rows = Rows {
        fields: &[
            hm::MONTH,
            hm::MEDICAL_COST,
            hm::COPAY_PERCENT,
            hm::INPATIENT,
            hm::MEALS,
            hm::MEAL_YEN,
            hm::ADVANCED_CARE,
            hm::HOUSEHOLD,
            DONORS_TESTED,
            FINAL_CONSENT,
            REFUND,
            OPTION_TESTS,
            ORAL_MUCOSA_DNA,
            DONOR_ROOM,
            TRANSPORT_PAID,
            TRANSPORT_REIMBURSED,
            OTHER_MEDICAL,
            DAYS_OFF,
            OWN_ROOM_DAYS,
            hm::INSURER_CHANGED,
        ],
        max: hc::MAX_MONTHS,
        row: Text::new("診療月", "Month"),
        nth: Text::new("{n}か月目", "Month {n}"),
    };
}

pub const MONTHS: Field = Field::rows("months", Text::new("月ごとの費用", "Costs by month"), &month::ROWS)
    .help(Text::new(
        "古い月から順に、同じ月は1行。病院の見積もりや毎月の請求書から入力します。",
        "Oldest first, one row per month, from the hospital's estimate or the monthly bills.",
    ))
    .required();

pub static SCHEMA: Schema = Schema {
    fields: &[
        hc::AGE_GROUP,
        hc::BRACKET,
        hc::REMUNERATION,
        hc::RESIDENT_TAX_EXEMPT,
        CEILING_CERTIFICATE,
        JMDP_EXEMPTION_PERCENT,
        FUND_THRESHOLD,
        FUND_UNIT,
        FUND_MINIMUM,
        FUND_DELAY,
        SICK_PAY_REMUNERATION,
        SICK_PAY_FIRST_DAY,
        PUBLIC_AID,
        PUBLIC_AID_TIER,
        PUBLIC_AID_CATEGORY,
        PUBLIC_AID_CAP,
        MUNICIPAL_CAP,
        MUNICIPAL_MEALS,
        OWN_ROOM_DAILY,
        TOTAL_INCOME,
        TAXABLE_INCOME,
        MONTHS,
        hc::OTHER_COPAYS,
        hc::PRIOR_BENEFIT_MONTHS,
        hc::YEAR_PAID_BEFORE,
        hc::LOW_INCOME_UNDER_2M,
    ],
};
