//! What the patient overview reads: the fee fields of [`super::super::fees::schema`] (read through
//! `fees::read_fee_fields`), the household fields of [`super::super::exemption::schema`] (read
//! through `exemption::read_household`, its `status` optional here), and its own.

use crate::msg::Text;
use crate::rules::jmdp::exemption::schema as exemption;
use crate::rules::jmdp::fees::schema as fees;
use crate::schema::{Field, Schema};

/// The rate as JMDP granted it (instead of the household).
pub const EXEMPTION_PERCENT: Field = Field::percent(
    "exemption_percent",
    Text::new("免除率（骨髄バンクの決定通知の率）", "Exemption rate (from JMDP's decision)"),
    100,
)
.help(Text::new(
    "骨髄バンクが決定した免除率。世帯の区分とどちらか一方だけ指定します。",
    "The rate JMDP granted. Give either this or the household category, not both.",
))
.optional()
.example("50");

/// The household's category: given, the rate comes from the exemption table.
pub const STATUS: Field = exemption::STATUS
    .help(Text::new(
        "指定すると世帯の課税状況から免除率を計算します（免除率の直接入力とどちらか一方）。空欄なら免除なし。",
        "Given, the rate is worked out from the household's tax status (give this or the exemption rate, not both). Empty: no exemption.",
    ))
    .optional();

pub const TRANSPORT_YEN: Field =
    Field::yen("transport_yen", Text::new("骨髄液等の運搬費（いったん支払う額）", "Marrow transport cost (paid first)"))
        .help(Text::new(
            "採取施設から移植施設へ骨髄液などを運ぶ費用。移植施設からの請求額を入力（不明なら 0）。",
            "Carrying the marrow from the harvesting to the transplant hospital; the amount your hospital bills (0 if unknown).",
        ))
        .default("0")
        .example("50000");

pub const INVOICE_RECEIVED_DATE: Field = Field::date(
    "invoice_received_date",
    Text::new("骨髄バンクの請求書が届いた日（任意）", "Date JMDP's invoice arrived (optional)"),
)
.help(Text::new("入力すると支払期限の日付を表示します。", "Gives the payment deadline as a date."))
.optional()
.example("2024-01-15");

pub static SCHEMA: Schema = Schema {
    fields: &[
        fees::DONORS_SCREENED,
        fees::FINAL_CONSENT,
        fees::TRANSPLANT,
        fees::OPTION_HLA_TESTS,
        fees::ORAL_MUCOSA_DNA,
        fees::PRIOR_NGS_TYPING,
        EXEMPTION_PERCENT,
        STATUS,
        exemption::INCOME_TAX_YEN,
        TRANSPORT_YEN,
        INVOICE_RECEIVED_DATE,
    ],
};
