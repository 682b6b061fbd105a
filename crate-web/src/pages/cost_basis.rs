//! 先進医療に係る費用の積算根拠 (seed 001 様式第7-1号・第7-2号): devices, staff, materials and その他
//! typed as editable rows; core computes each line, the per-patient total and its 四捨五入.
//!
//! Rows live in their own signals (one per cell, keyed by a stable row id) so typing never re-renders
//! a row; they travel to core as arrays through `Form::with_extra`, and to the URL as one compact
//! `rows` parameter (a Form field, so the one URL writer keeps it with the other fields).
use crate::components::{Actions, AsOfField, Figure, NumField, PageHead, RulesUsed, SelectField, TraceTable};
use crate::form::{errors_for, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use leptos::prelude::*;
use serde_json::{Map, Value};

const CALC: &str = "advanced_care_cost_basis";
/// Same cap as core's per-list limit: a longer list from the URL is cut, never an error.
const MAX_ROWS: usize = 200;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Num,
    Check,
}

struct Col {
    key: &'static str,
    ja: &'static str,
    en: &'static str,
    kind: Kind,
    unit: &'static str,
    unit_en: &'static str,
    /// Value of a newly added row (core's own default where it has one).
    new_value: &'static str,
}

const fn col(key: &'static str, ja: &'static str, en: &'static str, kind: Kind, unit: (&'static str, &'static str), new_value: &'static str) -> Col {
    Col { key, ja, en, kind, unit: unit.0, unit_en: unit.1, new_value }
}

const NONE: (&str, &str) = ("", "");
const YEN: (&str, &str) = ("円", "yen");
const TIMES: (&str, &str) = ("回", "×");
const YEARS: (&str, &str) = ("年", "yr");
const HOURS: (&str, &str) = ("時間", "h");
const PERSONS: (&str, &str) = ("人", "");

struct ListSpec {
    /// Core's array name (`devices`, …), also the error-name prefix.
    key: &'static str,
    /// Its one-letter name in the `rows` URL parameter.
    short: &'static str,
    ja: &'static str,
    en: &'static str,
    row_ja: &'static str,
    row_en: &'static str,
    add_ja: &'static str,
    add_en: &'static str,
    hint_ja: &'static str,
    hint_en: &'static str,
    cols: &'static [Col],
    /// The line's amount in core's per-line result array.
    line_key: &'static str,
}

const MATERIAL_COLS: &[Col] = &[
    col("name", "品名", "Item", Kind::Text, NONE, ""),
    col("unit_yen", "単価", "Unit price", Kind::Num, YEN, ""),
    col("quantity", "数量（1回あたり）", "Quantity (per use)", Kind::Num, NONE, "1"),
    col("times", "回数", "Times", Kind::Num, TIMES, "1"),
];

static DEVICES: ListSpec = ListSpec {
    key: "devices",
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
        col("name", "機器名", "Device", Kind::Text, NONE, ""),
        col("purchase_yen", "購入価格", "Purchase price", Kind::Num, YEN, ""),
        col("residual_yen", "残存価格", "Residual value", Kind::Num, YEN, "0"),
        col("useful_life_years", "耐用年数", "Useful life", Kind::Num, YEARS, ""),
        col("annual_uses", "年間使用回数", "Uses a year", Kind::Num, TIMES, ""),
        col("uses_per_patient", "1患者あたりの使用回数", "Uses per patient", Kind::Num, TIMES, "1"),
        col("past_useful_life", "届出時点で耐用年数を過ぎている", "Past its useful life at notification", Kind::Check, NONE, "false"),
    ],
    line_key: "patient_yen",
};

static STAFF: ListSpec = ListSpec {
    key: "staff",
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
        col("role", "職種", "Role", Kind::Text, NONE, ""),
        col("hourly_yen", "1時間あたり単価", "Hourly rate", Kind::Num, YEN, ""),
        col("hours", "時間", "Hours", Kind::Num, HOURS, ""),
        col("persons", "人数", "Persons", Kind::Num, PERSONS, "1"),
    ],
    line_key: "yen",
};

static MATERIALS: ListSpec = ListSpec {
    key: "materials",
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
    line_key: "yen",
};

static OTHER_ITEMS: ListSpec = ListSpec {
    key: "other_items",
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
    line_key: "yen",
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
                            Kind::Check => Value::from(u8::from(s == "true")),
                            _ => match s.parse::<u64>() {
                                Ok(n) if n.to_string() == *s && s.len() <= 15 => Value::from(n),
                                _ => Value::String(s.clone()),
                            },
                        })
                        .collect(),
                )
            })
            .collect();
        obj.insert(spec.short.into(), Value::Array(rows));
    }
    Value::Object(obj).to_string()
}

#[derive(Clone)]
struct Row {
    id: u64,
    cells: Vec<RwSignal<String>>,
}

/// Reads the `rows` parameter. Anything unreadable is skipped; unreadable as a whole → the example.
fn parse_param(text: &str) -> [Vec<Vec<String>>; 4] {
    let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(text) else { return seed_cells() };
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
    let form = Form::new(CALC, &[("rows", &encode(&seed_cells())), ("other_yen", ""), ("rounding_unit", "1000")]);
    let rows_field = form.field("rows");
    let next_id = StoredValue::new(0u64);
    let make_row = move |cells: Vec<String>| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        Row { id, cells: cells.into_iter().map(RwSignal::new).collect() }
    };
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
        m.insert("rows".into(), Value::Null);
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
                                        o.insert(c.key.into(), Value::Bool(true));
                                    }
                                }
                                _ if s.trim().is_empty() => {}
                                _ => {
                                    o.insert(c.key.into(), Value::String(s));
                                }
                            }
                        }
                        Value::Object(o)
                    })
                    .collect()
            });
            m.insert(spec.key.into(), Value::Array(arr));
        }
        m
    });
    let form = form.with_extra(extra);
    let outcome = form.outcome();

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
                .map(|(spec, list)| view! { <RowList spec=spec list=list outcome=outcome make_row=make_row /> })
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
            <Warnings outcome=outcome />
            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure outcome=outcome key="device_yen" ja="医療機器使用料" en="Device use" />
                <Figure outcome=outcome key="staff_yen" ja="人件費" en="Personnel" />
                <Figure outcome=outcome key="materials_yen" ja="医療材料・医薬品等" en="Materials and drugs" />
                <Figure outcome=outcome key="other_yen" ja="その他" en="Other" />
                <Figure outcome=outcome key="total_yen" ja="合計（端数処理前）" en="Total (before rounding)" />
                <Figure outcome=outcome key="rounded_total_yen" ja="先進医療にかかる費用（患者一人当たり）" en="先進医療 cost per patient" strong=true />
            </section>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// Core's advice (e.g. an item under 1万円 a use belongs under その他), listed above the result.
#[component]
fn Warnings(outcome: Memo<Outcome>) -> impl IntoView {
    let items = move || {
        outcome.with(|o| {
            let en = lang().is_en();
            o.as_ref()
                .ok()
                .and_then(|ev| ev.result.get("warnings")?.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|w| w.get("message")?.get(if en { "en" } else { "ja" })?.as_str().map(String::from))
                .collect::<Vec<_>>()
        })
    };
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

/// One editable list: a card per row, its own errors next to each input, add and delete buttons.
#[component]
fn RowList(
    spec: &'static ListSpec,
    list: RwSignal<Vec<Row>>,
    outcome: Memo<Outcome>,
    make_row: impl Fn(Vec<String>) -> Row + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let add_id = format!("cb-{}-add", spec.key);
    let add_id2 = add_id.clone();
    let add = move |_| {
        let row = make_row(spec.cols.iter().map(|c| c.new_value.to_string()).collect());
        let focus_id = format!("cb-{}-{}-{}", spec.key, row.id, spec.cols[0].key);
        list.update(|v| {
            if v.len() < MAX_ROWS {
                v.push(row)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    let list_errors = move || outcome.with(|o| errors_for(o, spec.key).iter().map(msg).collect::<Vec<_>>());
    view! {
        <section class="row-list" aria-labelledby=format!("cb-{}-h", spec.key) data-list=spec.key>
            <h2 id=format!("cb-{}-h", spec.key)>{tr(spec.ja, spec.en)}</h2>
            <p class="hint">{tr(spec.hint_ja, spec.hint_en)}</p>
            {move || {
                let errs = list_errors();
                (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
            }}
            {move || list.with(|v| v.is_empty()).then(|| view! {
                <p class="empty-list">{tr("（行がありません）", "(no lines)")}</p>
            })}
            <For
                each=move || list.get()
                key=|r| r.id
                children=move |row| {
                    let add_id2 = add_id2.clone();
                    let remove = move || {
                        list.update(|v| v.retain(|r| r.id != row.id));
                        let add_id = add_id2.clone();
                        request_animation_frame(move || focus(&add_id));
                    };
                    view! { <RowCard spec=spec list=list row=row outcome=outcome remove=remove /> }
                }
            />
            <button type="button" class="btn secondary add-row no-print" id=add_id on:click=add>
                {tr(spec.add_ja, spec.add_en)}
            </button>
        </section>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
fn RowCard(
    spec: &'static ListSpec,
    list: RwSignal<Vec<Row>>,
    row: Row,
    outcome: Memo<Outcome>,
    remove: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let id = row.id;
    // The row's position now (rows above it may be deleted): core's error names use it.
    let idx = Memo::new(move |_| list.with(|v| v.iter().position(|r| r.id == id).unwrap_or(0)));
    let legend = move || format!("{} {}", tr(spec.row_ja, spec.row_en)(), idx.get() + 1);
    let line_amount = move || {
        outcome.with(|o| {
            let ev = o.as_ref().ok()?;
            ev.result.get(spec.key)?.get(idx.get())?.get(spec.line_key)?.as_i64()
        })
    };
    let row_notes = move || {
        outcome.with(|o| {
            let en = lang().is_en();
            let name = format!("{}[{}]", spec.key, idx.get());
            let mut out: Vec<String> = errors_for(o, &name).iter().map(msg).collect();
            if let Ok(ev) = o {
                if let Some(ws) = ev.result.get("warnings").and_then(|w| w.as_array()) {
                    for w in ws.iter().filter(|w| w.get("field").and_then(|f| f.as_str()) == Some(name.as_str())) {
                        if let Some(t) = w.get("message").and_then(|m| m.get(if en { "en" } else { "ja" })).and_then(|t| t.as_str()) {
                            out.push(t.to_string());
                        }
                    }
                }
            }
            out
        })
    };
    let fields = spec
        .cols
        .iter()
        .zip(row.cells.iter().copied())
        .map(|(c, cell)| view! { <RowField spec=spec col=c row_id=id idx=idx cell=cell outcome=outcome /> })
        .collect_view();
    view! {
        <fieldset class="row-card" data-row=move || idx.get().to_string()>
            <legend>{legend}</legend>
            <div class=format!("row-grid cols-{}", spec.cols.iter().filter(|c| c.kind != Kind::Check).count())>{fields}</div>
            {move || {
                let notes = row_notes();
                (!notes.is_empty()).then(|| view! { <p class="row-note" role="status">{notes.join(" / ")}</p> })
            }}
            <div class="row-foot">
                <span class="line-amount">
                    {tr("この行: ", "This line: ")}
                    <output>{move || line_amount().map(|v| crate::components::amount_text(v, calc_core::Unit::Yen)).unwrap_or_else(|| "—".into())}</output>
                </span>
                <button type="button" class="btn secondary delete-row no-print"
                    aria-label=move || format!("{} {}", legend(), tr("を削除", "— delete")())
                    on:click=move |_| remove()>
                    {tr("削除", "Delete")}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn RowField(
    spec: &'static ListSpec,
    col: &'static Col,
    row_id: u64,
    idx: Memo<usize>,
    cell: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let dom_id = format!("cb-{}-{}-{}", spec.key, row_id, col.key);
    let err_id = format!("{dom_id}-err");
    let name = Memo::new(move |_| format!("{}[{}].{}", spec.key, idx.get(), col.key));
    let errors = move || outcome.with(|o| name.with(|n| errors_for(o, n).iter().map(msg).collect::<Vec<_>>()));
    let invalid = move || !errors().is_empty();
    let error_view = {
        let err_id = err_id.clone();
        view! {
            <p class="field-error" id=err_id role="alert" hidden=move || !invalid()>{move || errors().join(" / ")}</p>
        }
    };
    match col.kind {
        Kind::Check => view! {
            <div class="field check" class:invalid=invalid>
                <input
                    id=dom_id.clone()
                    type="checkbox"
                    name=move || name.get()
                    aria-describedby=err_id.clone()
                    prop:checked=move || cell.get() == "true"
                    on:change=move |ev| cell.set(if event_target_checked(&ev) { "true".into() } else { "false".into() })
                />
                <label for=dom_id>{tr(col.ja, col.en)}</label>
                {error_view}
            </div>
        }
        .into_any(),
        _ => view! {
            <div class="field" class:invalid=invalid class:name-field=col.kind == Kind::Text>
                <label for=dom_id.clone()>{tr(col.ja, col.en)}</label>
                <div class="input-row">
                    <input
                        id=dom_id.clone()
                        type="text"
                        name=move || name.get()
                        inputmode=if col.kind == Kind::Num { "decimal" } else { "text" }
                        autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" }
                        aria-describedby=err_id.clone()
                        prop:value=move || cell.get()
                        on:input=move |ev| cell.set(event_target_value(&ev))
                    />
                    <span class="unit">{tr(col.unit, col.unit_en)}</span>
                </div>
                {error_view}
            </div>
        }
        .into_any(),
    }
}
