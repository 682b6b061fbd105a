//! 先進医療に係る費用の積算根拠 (seed 001 様式第7-1号・第7-2号): devices, staff, materials and その他
//! typed as editable rows; core computes each line, the per-patient total and its 四捨五入.
//!
//! Rows live in their own signals (one per cell, keyed by a stable row id) so typing never re-renders
//! a row; they travel to core as arrays through `Form::with_extra`, and to the URL as one compact
//! `rows` parameter (a Form field, so the one URL writer keeps it with the other fields).
use crate::components::{Actions, AsOfField, Figure, NumField, PageHead, RulesUsed, SelectField, TraceTable};
use crate::form::{num, Form};
use crate::i18n::{msg, tr};
use crate::row_list::{row_maker, Col, Kind, ListSpec, Row, RowList};
use calc_core::rules::advanced::cost_basis::{self, Output};
use calc_core::value::{parse_json, Map, Value};
use leptos::prelude::*;

/// Same cap as core's per-list limit: a longer list from the URL is cut, never an error.
const MAX_ROWS: usize = 200;

const YEN: (&str, &str) = ("円", "yen");
const TIMES: (&str, &str) = ("回", "×");
const YEARS: (&str, &str) = ("年", "yr");
const HOURS: (&str, &str) = ("時間", "h");
const PERSONS: (&str, &str) = ("人", "");

/// A name column: a whole line of the grid on narrow screens.
const fn name_col(key: &'static str, ja: &'static str, en: &'static str) -> Col {
    Col::new(key, ja, en, Kind::Text).class("name-field")
}

const MATERIAL_COLS: &[Col] = &[
    name_col("name", "品名", "Item"),
    Col::new("unit_yen", "単価", "Unit price", Kind::Num).unit(YEN),
    Col::new("quantity", "数量（1回あたり）", "Quantity (per use)", Kind::Num).default("1"),
    Col::new("times", "回数", "Times", Kind::Num).unit(TIMES).default("1"),
];

static DEVICES: ListSpec = ListSpec {
    key: "devices",
    prefix: "cb",
    grid: "cols-6",
    empty_ja: "（行がありません）",
    empty_en: "(no lines)",
    max_rows: MAX_ROWS,
    short: "d",
    ja: "2 医療機器使用料",
    en: "2 Device use",
    row_ja: "医療機器",
    row_en: "Device",
    add_ja: "＋ 医療機器を追加",
    add_en: "+ Add a device",
    hint_ja: "1回の償却費 =（購入価格 − 残存価格）÷ 耐用年数 ÷ 年間使用回数（各段階で1円未満切り捨て）。耐用年数を過ぎた機器は0円です。",
    hint_en: "Per use = (price − residual) ÷ useful life ÷ uses a year (yen fractions dropped at each step). A device past its useful life costs 0.",
    cols: &[
        name_col("name", "機器名", "Device"),
        Col::new("purchase_yen", "購入価格", "Purchase price", Kind::Num).unit(YEN),
        Col::new("residual_yen", "残存価格", "Residual value", Kind::Num).unit(YEN).default("0"),
        Col::new("useful_life_years", "耐用年数", "Useful life", Kind::Num).unit(YEARS),
        Col::new("annual_uses", "年間使用回数", "Uses a year", Kind::Num).unit(TIMES),
        Col::new("uses_per_patient", "1患者あたりの使用回数", "Uses per patient", Kind::Num).unit(TIMES).default("1"),
        Col::new("past_useful_life", "届出時点で耐用年数を過ぎている", "Past its useful life at notification", Kind::Check).default("false"),
    ],
};

static STAFF: ListSpec = ListSpec {
    key: "staff",
    prefix: "cb",
    grid: "cols-4",
    empty_ja: "（行がありません）",
    empty_en: "(no lines)",
    max_rows: MAX_ROWS,
    short: "s",
    ja: "3 人件費",
    en: "3 Personnel",
    row_ja: "職種",
    row_en: "Role",
    add_ja: "＋ 職種を追加",
    add_en: "+ Add a role",
    hint_ja: "単価 × 時間 × 人数（職種ごと）。時間は 0.5 のように小数で入力できます。",
    hint_en: "Hourly rate × hours × persons, per role. Hours may be decimal (0.5).",
    cols: &[
        name_col("role", "職種", "Role"),
        Col::new("hourly_yen", "1時間あたり単価", "Hourly rate", Kind::Num).unit(YEN),
        Col::new("hours", "時間", "Hours", Kind::Num).unit(HOURS),
        Col::new("persons", "人数", "Persons", Kind::Num).unit(PERSONS).default("1"),
    ],
};

static MATERIALS: ListSpec = ListSpec {
    key: "materials",
    prefix: "cb",
    grid: "cols-4",
    empty_ja: "（行がありません）",
    empty_en: "(no lines)",
    max_rows: MAX_ROWS,
    short: "m",
    ja: "4 医療材料、医薬品、再生医療等製品等",
    en: "4 Materials, drugs, regenerative products",
    row_ja: "品目",
    row_en: "Item",
    add_ja: "＋ 品目を追加",
    add_en: "+ Add an item",
    hint_ja: "単価 × 数量 × 回数。1回あたり（単価 × 数量）が1万円未満の品目は、様式では「その他」にまとめて記載します。",
    hint_en: "Unit price × quantity × times. Items under ¥10,000 a use (price × quantity) go under その他 on the form.",
    cols: MATERIAL_COLS,
};

static OTHER_ITEMS: ListSpec = ListSpec {
    key: "other_items",
    prefix: "cb",
    grid: "cols-4",
    empty_ja: "（行がありません）",
    empty_en: "(no lines)",
    max_rows: MAX_ROWS,
    short: "o",
    ja: "5 その他",
    en: "5 Other",
    row_ja: "その他",
    row_en: "Other",
    add_ja: "＋ その他の品目を追加",
    add_en: "+ Add an other item",
    hint_ja: "1回あたり1万円未満の材料などを品目ごとに。まとめた金額だけを入れる場合は下の「その他（一括の金額）」へ。",
    hint_en: "Items under ¥10,000 a use, one per line. For a single lump sum use “Other (lump sum)” below.",
    cols: MATERIAL_COLS,
};

static LISTS: [&ListSpec; 4] = [&DEVICES, &STAFF, &MATERIALS, &OTHER_ITEMS];

/// The seed's 積算根拠 (様式第7-1号・第7-2号): 333 + 194,000 + 300,000 + 5,600 = 499,933 → 500,000.
/// The seed masks the names (XXXXX); these stand in for them.
fn seed_rows() -> [Vec<Vec<&'static str>>; 4] {
    [
        vec![
            vec!["機器A", "200000", "100000", "3", "100", "1", "false"],
            vec!["機器B（耐用年数経過）", "300000", "0", "5", "100", "1", "true"],
        ],
        vec![
            vec!["医師", "6000", "8", "2"],
            vec!["看護師", "3000", "8", "4"],
            vec!["薬剤師", "4000", "0.5", "1"],
        ],
        vec![
            vec!["材料A", "100000", "1", "1"],
            vec!["材料B", "150000", "1", "1"],
            vec!["医薬品C", "50000", "1", "1"],
        ],
        vec![vec!["材料D", "5000", "1", "1"], vec!["材料E", "600", "1", "1"]],
    ]
}

fn seed_cells() -> [Vec<Vec<String>>; 4] {
    seed_rows().map(|l| l.into_iter().map(|r| r.into_iter().map(String::from).collect()).collect())
}

/// The `rows` parameter: `{"d":[[cells…],…],"s":…,"m":…,"o":…}`. Plain whole numbers go unquoted and
/// checkboxes as 1/0 so a shared link stays short.
fn encode(lists: &[Vec<Vec<String>>; 4]) -> String {
    let mut obj = Map::new();
    for (spec, rows) in LISTS.iter().zip(lists) {
        let rows = rows
            .iter()
            .map(|cells| {
                Value::Array(
                    spec.cols
                        .iter()
                        .zip(cells)
                        .map(|(c, s)| match c.kind {
                            Kind::Check => Value::from(i64::from(s == "true")),
                            _ => match s.parse::<i64>() {
                                Ok(n) if n >= 0 && n.to_string() == *s && s.len() <= 15 => Value::from(n),
                                _ => Value::String(s.clone()),
                            },
                        })
                        .collect(),
                )
            })
            .collect();
        obj.insert(spec.short, Value::Array(rows));
    }
    Value::Object(obj).to_json()
}

/// Reads the `rows` parameter. Anything unreadable is skipped; unreadable as a whole → the example.
fn parse_param(text: &str) -> [Vec<Vec<String>>; 4] {
    let Ok(Value::Object(obj)) = parse_json(text) else { return seed_cells() };
    let cell = |c: &Col, v: &Value| {
        let s = match v {
            Value::String(s) => s.chars().take(100).collect(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => String::new(),
        };
        match c.kind {
            Kind::Check => (s == "1" || s == "true").to_string(),
            _ => s,
        }
    };
    LISTS.map(|spec| {
        let Some(Value::Array(rows)) = obj.get(spec.short) else { return Vec::new() };
        rows.iter()
            .take(MAX_ROWS)
            .filter_map(|r| r.as_array())
            .map(|cells| {
                spec.cols.iter().enumerate().map(|(i, c)| cells.get(i).map(|v| cell(c, v)).unwrap_or_else(|| c.new_value.to_string())).collect()
            })
            .collect()
    })
}

#[component]
pub fn CostBasis() -> impl IntoView {
    let form = Form::legacy(&cost_basis::TYPED, &[("rows", &encode(&seed_cells())), ("other_yen", ""), ("rounding_unit", "1000")]);
    let rows_field = form.field("rows");
    let make_row = row_maker();
    let initial = parse_param(&rows_field.get_untracked());
    let lists: [RwSignal<Vec<Row>>; 4] =
        initial.map(|rows| RwSignal::new(rows.into_iter().map(make_row).collect()));

    // Rows → the one URL parameter (through the form field, so Form's URL writer keeps it).
    Effect::new(move |_| {
        let cells = lists.map(|list| list.with(|v| v.iter().map(|r| r.cells.iter().map(|c| c.get()).collect()).collect()));
        let text = encode(&cells);
        if rows_field.get_untracked() != text {
            rows_field.set(text);
        }
    });

    // Rows → core's arrays. Empty cells are left out so core's defaults apply.
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert("rows", Value::Null);
        for (spec, list) in LISTS.iter().zip(lists) {
            let arr: Vec<Value> = list.with(|v| {
                v.iter()
                    .map(|r| {
                        let mut o = Map::new();
                        for (c, s) in spec.cols.iter().zip(&r.cells) {
                            let s = s.get();
                            match c.kind {
                                Kind::Check => {
                                    if s == "true" {
                                        o.insert(c.key, Value::Bool(true));
                                    }
                                }
                                _ if s.trim().is_empty() => {}
                                _ => {
                                    o.insert(c.key, Value::String(s));
                                }
                            }
                        }
                        Value::Object(o)
                    })
                    .collect()
            });
            m.insert(spec.key, Value::Array(arr));
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&cost_basis::TYPED);
    let foot = line_foot(res);
    let notes = row_warnings(res);

    let load_example = move |_| {
        for (list, rows) in lists.iter().zip(seed_cells()) {
            list.set(rows.into_iter().map(make_row).collect());
        }
    };
    let clear_all = move |_| {
        for list in lists {
            list.set(Vec::new());
        }
        form.field("other_yen").set(String::new());
    };

    view! {
        <div class="page calc cost-basis">
            <PageHead
                ja="先進医療に係る費用の積算根拠" en="Advanced care (先進医療): per-patient cost basis"
                lead_ja="様式第7-1号・第7-2号の積算根拠を作るための計算です。医療機器使用料・人件費・医療材料等・その他を行ごとに入力すると、患者一人当たりの費用と四捨五入後の額を計算します。"
                lead_en="Builds the cost basis of forms 7-1 and 7-2: enter devices, personnel, materials and other items line by line to get the per-patient cost and its rounded figure."
            />
            <p class="notice">
                {tr(
                    "初期値は様式の記載例です（333円 + 194,000円 + 300,000円 + 5,600円 = 499,933円 → 500,000円）。",
                    "The starting rows are the form's example (¥333 + ¥194,000 + ¥300,000 + ¥5,600 = ¥499,933 → ¥500,000).",
                )}
            </p>
            <div class="list-tools no-print">
                <button type="button" class="btn secondary" on:click=load_example>{tr("記載例に戻す", "Restore the example")}</button>
                <button type="button" class="btn secondary" on:click=clear_all>{tr("すべての行を消去", "Clear all rows")}</button>
            </div>
            {LISTS
                .iter()
                .zip(lists)
                .map(|(spec, list)| view! { <RowList spec=spec list=list outcome=outcome make_row=make_row foot=foot notes=notes /> })
                .collect_view()}
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <NumField form=form outcome=outcome name="other_yen"
                    ja="その他（一括の金額）" en="Other (lump sum)" unit_ja="円"
                    hint_ja="品目ごとに入力しない場合のその他の合計。上の品目に加算されます。"
                    hint_en="The その他 total if not itemised; added to any items above." />
                <SelectField form=form outcome=outcome name="rounding_unit"
                    ja="合計の四捨五入の単位" en="Round the total to"
                    options=&[
                        ("1", "1円（四捨五入しない）", "1 yen (no rounding)"),
                        ("10", "10円未満を四捨五入", "nearest 10 yen"),
                        ("100", "100円未満を四捨五入", "nearest 100 yen"),
                        ("1000", "1,000円未満を四捨五入（様式の例）", "nearest 1,000 yen (form example)"),
                        ("10000", "1万円未満を四捨五入", "nearest 10,000 yen"),
                    ] />
                <AsOfField form=form outcome=outcome />
            </form>
            <Warnings res=res />
            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="device_yen" value=num(res, |r| r.device_yen) ja="医療機器使用料" en="Device use" />
                <Figure key="staff_yen" value=num(res, |r| r.staff_yen) ja="人件費" en="Personnel" />
                <Figure key="materials_yen" value=num(res, |r| r.materials_yen) ja="医療材料・医薬品等" en="Materials and drugs" />
                <Figure key="other_yen" value=num(res, |r| r.other_yen) ja="その他" en="Other" />
                <Figure key="total_yen" value=num(res, |r| r.total_yen) ja="合計（端数処理前）" en="Total (before rounding)" />
                <Figure key="rounded_total_yen" value=num(res, |r| r.rounded_total_yen) ja="先進医療にかかる費用（患者一人当たり）" en="先進医療 cost per patient" strong=true />
            </section>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// Core's advice (e.g. an item under 1万円 a use belongs under その他), listed above the result.
#[component]
fn Warnings(res: Memo<Option<Output>>) -> impl IntoView {
    let items = move || res.with(|r| r.iter().flat_map(|r| r.warnings.iter()).map(|w| msg(&w.message)).collect::<Vec<_>>());
    view! {
        {move || {
            let list = items();
            (!list.is_empty()).then(|| view! {
                <div class="warning cb-warnings" role="status">
                    <p><strong>{tr("様式の書き方についての注意", "Notes on filling in the form")}</strong></p>
                    <ul>{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                </div>
            })
        }}
    }
}

/// The line's amount under the card (core's per-line result).
fn line_foot(res: Memo<Option<Output>>) -> crate::row_list::Foot {
    Callback::new(move |(spec, idx): (&'static ListSpec, Memo<usize>)| {
        let amount = move || {
            res.with(|r| {
                let r = r.as_ref()?;
                let i = idx.get();
                // Devices give both a per-use and a per-patient figure; the card shows the per-patient one.
                match spec.key {
                    "devices" => r.devices.get(i).map(|l| l.patient_yen),
                    "staff" => r.staff.get(i).map(|l| l.yen),
                    "materials" => r.materials.get(i).map(|l| l.yen),
                    _ => r.other_items.get(i).map(|l| l.yen),
                }
            })
        };
        view! {
            <span class="line-amount">
                {tr("この行: ", "This line: ")}
                <output>{move || amount().map(|v| crate::components::amount_text(v, calc_core::Unit::Yen)).unwrap_or_else(|| "—".into())}</output>
            </span>
        }
        .into_any()
    })
}

/// Core's warnings about this row (e.g. an item under 1万円 a use belongs under その他).
fn row_warnings(res: Memo<Option<Output>>) -> crate::row_list::Notes {
    Callback::new(move |(spec, idx): (&'static ListSpec, usize)| {
        let name = format!("{}[{}]", spec.key, idx);
        res.with(|r| r.iter().flat_map(|r| r.warnings.iter()).filter(|w| w.field == name).map(|w| msg(&w.message)).collect())
    })
}
