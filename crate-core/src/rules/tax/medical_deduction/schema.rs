//! What the 医療費控除 calculator reads: the year, the medical costs paid and reimbursed, and the
//! two incomes the deduction and the tax need.

use crate::msg::Text;
use crate::schema::{Field, Schema};

const YEARS: Text = Text::new("年", "");

pub const YEAR: Field = Field::count("year", Text::new("年分（暦年）", "Tax year (calendar year)"), 9999, YEARS)
    .help(Text::new("医療費を実際に支払った年。", "The year the medical costs were actually paid."))
    .example("2026");

pub const PAID: Field = Field::yen("paid_yen", Text::new("その年に支払った医療費", "Medical costs paid that year"))
    .help(Text::new(
        "保険診療の自己負担、入院中の食事、先進医療、骨髄バンクの患者負担金など、その年に実際に支払った額。",
        "What you actually paid that year: co-payments, hospital meals, 先進医療, JMDP patient fees and so on.",
    ))
    .example("650000");

pub const REIMBURSED: Field = Field::yen(
    "reimbursed_yen",
    Text::new("保険などで補てんされた額", "Reimbursed (insurance etc.)"),
)
.help(Text::new(
    "高額療養費、療養費、民間の医療保険の給付など、医療費を補てんする額。",
    "High-cost benefits, 療養費, private medical insurance payouts and other amounts that make up for the costs.",
))
.default("0")
.example("300000");

pub const TOTAL_INCOME: Field =
    Field::yen("total_income_yen", Text::new("総所得金額等", "Total income (総所得金額等)"))
        .help(Text::new(
            "医療費から差し引く額（10万円か総所得金額等の5%の少ない方）に使います。",
            "Used for the amount subtracted from the costs (the lesser of 100,000 yen and 5% of it).",
        ))
        .example("5000000");

pub const TAXABLE_INCOME: Field = Field::yen(
    "taxable_income_yen",
    Text::new("課税総所得金額（医療費控除を引く前）", "Taxable income (before this deduction)"),
)
.help(Text::new(
    "所得税の速算表に当てはめる課税所得。医療費控除を差し引く前の額を入力します。",
    "The taxable income the income-tax table applies to, before the medical deduction.",
))
.example("3000000");

pub static SCHEMA: Schema = Schema { fields: &[YEAR, PAID, REIMBURSED, TOTAL_INCOME, TAXABLE_INCOME] };
