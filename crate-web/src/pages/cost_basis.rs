//! 先進医療に係る費用の積算根拠 (seed 001 様式第7-1号・第7-2号): devices, staff, materials and その他
//! typed as editable rows; core computes each line, the per-patient total and its 四捨五入.
//!
//! The four lists, the lump sum and the rounding unit are the schema's; the page opens on the
//! form's worked example when the link carries no rows, and adds each line's amount and core's
//! advice to its card.
use crate::components::{amount_text, Actions, AsOfField, Figure, PageHead, RulesUsed, TraceTable};
use crate::fields::AllInputs;
use crate::form::{num, Form};
use crate::i18n::{msg, tr};
use crate::rows::{decode_param, Foot, ListView, Notes, RowList, RowsModel};
use calc_core::rules::advanced::cost_basis::{self, Output};
use calc_core::{Text, Unit};
use leptos::prelude::*;

/// The seed's 積算根拠 (様式第7-1号・第7-2号): 333 + 194,000 + 300,000 + 5,600 = 499,933 → 500,000, as
/// a `rows` parameter. The seed masks the names (XXXXX); these stand in for them.
const EXAMPLE: &str = r#"{"d":[["機器A",200000,100000,3,100,1],["機器B（耐用年数経過）",300000,0,5,100,1,1]],
"s":[["医師",6000,8,2],["看護師",3000,8,4],["薬剤師",4000,"0.5",1]],
"m":[["材料A",100000,1,1],["材料B",150000,1,1],["医薬品C",50000,1,1]],
"o":[["材料D",5000,1,1],["材料E",600,1,1]]}"#;

const fn list_view(grid: &'static str, add: Text) -> ListView {
    ListView {
        prefix: "cb", grid, add, empty: Text::new("（行がありません）", "(no lines)"), wide: &["name", "role"]
    }
}

/// The four lists in the schema's order: devices, staff, materials, その他.
static VIEWS: [ListView; 4] = [
    list_view("cols-6", Text::new("＋ 医療機器を追加", "+ Add a device")),
    list_view("cols-4", Text::new("＋ 職種を追加", "+ Add a role")),
    list_view("cols-4", Text::new("＋ 品目を追加", "+ Add an item")),
    list_view("cols-4", Text::new("＋ その他の品目を追加", "+ Add an other item")),
];

#[component]
pub fn CostBasis() -> impl IntoView {
    // The lump sum starts blank: the example's その他 is itemised. The rounding unit starts unchosen,
    // so the result uses the dated default and says how it reads the form (この計算の読み方).
    let form = Form::new(&cost_basis::TYPED, &[])
        .with_lists()
        .start(&[("other_yen", ""), ("rounding_unit", "")])
        .start_rows(EXAMPLE);
    let (outcome, res) = form.run(&cost_basis::TYPED);
    let foot = line_foot(res);
    let notes = row_warnings(res);

    let load_example = move |_| {
        let _ = decode_param(&form.lists(), EXAMPLE);
    };
    let clear_all = move |_| {
        for list in form.lists() {
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
                form=form
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
            {form.lists().into_iter().zip(&VIEWS)
                .map(|(model, view)| view! { <RowList model=model view=view outcome=outcome foot=foot notes=notes /> })
                .collect_view()}
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <AllInputs form=form outcome=outcome />
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
    let items =
        move || res.with(|r| r.iter().flat_map(|r| r.warnings.iter()).map(|w| msg(&w.message)).collect::<Vec<_>>());
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
fn line_foot(res: Memo<Option<Output>>) -> Foot {
    Callback::new(move |(model, idx): (RowsModel, Signal<Option<usize>>)| {
        let amount = move || {
            res.with(|r| {
                let (r, i) = (r.as_ref()?, idx.get()?);
                // Devices give both a per-use and a per-patient figure; the card shows the per-patient one.
                match model.field.key {
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
                <output>{move || amount().map(|v| amount_text(v, Unit::Yen)).unwrap_or_else(|| "—".into())}</output>
            </span>
        }
        .into_any()
    })
}

/// Core's warnings about this row (e.g. an item under 1万円 a use belongs under その他).
fn row_warnings(res: Memo<Option<Output>>) -> Notes {
    Callback::new(move |(model, idx): (RowsModel, usize)| {
        let name = format!("{}[{idx}]", model.field.key);
        res.with(|r| {
            r.iter().flat_map(|r| r.warnings.iter()).filter(|w| w.field == name).map(|w| msg(&w.message)).collect()
        })
    })
}
