//! What the fee calculator reads: one declaration per field (the patient overview reads the same
//! fee fields, so they are named constants it lists too).

use crate::msg::Text;
use crate::schema::{Field, Schema};

/// Largest counts accepted (real coordinations screen a handful of candidates).
pub const MAX_COUNT: i64 = 1_000;

const DONORS: Text = Text::new("人", "donors");
const TESTS: Text = Text::new("回", "tests");

pub const DONORS_SCREENED: Field = Field::count(
    "donors_screened",
    Text::new("確認検査をしたドナー候補の人数", "Donor candidates who had confirmatory testing"),
    MAX_COUNT,
    DONORS,
)
.example("1");

pub const FINAL_CONSENT: Field =
    Field::flag("final_consent", Text::new("最終同意まで進んだ", "Reached the donor's final consent")).example("true");

pub const TRANSPLANT: Field =
    Field::flag("transplant", Text::new("移植を行った", "The transplant took place")).example("true");

pub const OPTION_HLA_TESTS: Field = Field::count(
    "option_hla_tests",
    Text::new("オプション検査（ドナーHLA NGS-SBT）の回数", "Optional donor HLA tests (NGS-SBT)"),
    MAX_COUNT,
    TESTS,
)
.default("0");

pub const ORAL_MUCOSA_DNA: Field =
    Field::flag("oral_mucosa_dna", Text::new("患者HLA検査を口腔粘膜で行った", "Patient HLA test from oral mucosa"));

pub const PRIOR_NGS_TYPING: Field = Field::flag(
    "prior_ngs_typing",
    Text::new(
        "登録前のNGS-SBT検査結果を使った（本人確認検査のみ）",
        "Used a pre-registration NGS-SBT typing (identity check only)",
    ),
);

pub const EXEMPTION_PERCENT: Field = Field::percent(
    "exemption_percent",
    Text::new("免除率（免除の決定がある場合）", "Exemption rate (if granted)"),
    100,
)
.help(Text::new(
    "免除の対象と率は「患者負担金の免除」のページで確認できます。",
    "See the fee exemption page for who qualifies.",
))
.default("0");

pub static SCHEMA: Schema = Schema {
    fields: &[
        DONORS_SCREENED,
        FINAL_CONSENT,
        TRANSPLANT,
        OPTION_HLA_TESTS,
        ORAL_MUCOSA_DNA,
        PRIOR_NGS_TYPING,
        EXEMPTION_PERCENT,
    ],
};
