//! What the exemption calculator reads: one declaration per field. The patient overview lists the
//! household fields too (its `status` optional) and reads them through
//! [`super::read_household`].

use crate::msg::Text;
use crate::schema::{choices, Field, Schema};

/// Most household members accepted (a 住民票 lists the household; 50 is far above any real one).
pub const MAX_MEMBERS: usize = 50;

choices! {
    /// The household's category, as the form asks for it (参考資料2-17 「2. 申請理由」 / 3. 提出書類).
    pub enum Status: STATUSES {
        /// 生活保護受給世帯.
        Welfare = "welfare", "生活保護受給世帯", "On public assistance (生活保護)";
        /// 住民税非課税世帯.
        ResidentTaxExempt = "resident_tax_exempt", "住民税非課税世帯", "Exempt from resident tax";
        /// 所得税非課税世帯.
        IncomeTaxExempt = "income_tax_exempt", "所得税非課税世帯（世帯の誰も所得税なし）", "No one pays income tax";
        /// 所得税を納めている世帯 (the 90/70/50/0% rows by the highest member's income tax).
        Taxed = "taxed", "課税世帯（所得税を納めている方がいる）", "Taxed (someone pays income tax)";
    }
}

pub const STATUS: Field =
    Field::choice("status", Text::new("世帯の区分", "Household category"), STATUSES).example("taxed");

/// One member's figure (the list's item; its key is unused).
const MEMBER_INCOME_TAX: Field = Field::yen("income_tax_yen", Text::new("所得税年額", "Annual income tax"));

/// Every household member's 所得税年額 (everyone on the 住民票). Read for every category: a
/// 所得税非課税世帯 with a member paying tax is refused, and for 生活保護 / 住民税非課税 the figures
/// only earn a note.
pub const INCOME_TAX_YEN: Field = Field::list(
    "income_tax_yen",
    Text::new("世帯全員の所得税年額", "Each household member's annual income tax"),
    &MEMBER_INCOME_TAX,
    MAX_MEMBERS,
)
.help(Text::new(
    "住民票に載っている方ごとに1行ずつ、所得税の年額（所得課税証明書・源泉徴収票の「源泉徴収税額」など）を入力します。免除率は世帯の合計ではなく、一番高い方の1人の額で決まります。所得税のない方は 0 円、空欄の行は計算に含めません。",
    "One row per person on the residence record (住民票): their annual income tax (from the income and tax certificate or withholding slip). The rate depends on the single highest member, not the household total. Enter 0 for someone who pays none; empty rows are left out.",
))
.default("[]")
.example("[40000, 40000]");

pub const DOMESTIC_FEES_YEN: Field = Field::yen(
    "domestic_fees_yen",
    Text::new("患者負担金（国内料金）", "Patient fees (domestic)"),
)
.help(Text::new(
    "骨髄バンクから請求される（される見込みの）負担金。例の147,000円はドナー4人検査・移植ありの参考モデル額です。",
    "The fees JMDP bills (or will bill). The example ¥147,000 is the model total for 4 donors tested and a transplant.",
))
.default("0")
.example("147000");

pub const OVERSEAS_FEES_YEN: Field =
    Field::yen("overseas_fees_yen", Text::new("海外ドナーとのコーディネート費用", "Overseas donor coordination fees"))
        .help(Text::new(
            "海外ドナーの場合のみ。免除額は100万円が上限です。",
            "Only with an overseas donor. The exempted amount is capped at ¥1,000,000.",
        ))
        .default("0")
        .example("0");

pub static SCHEMA: Schema = Schema { fields: &[STATUS, INCOME_TAX_YEN, DOMESTIC_FEES_YEN, OVERSEAS_FEES_YEN] };
