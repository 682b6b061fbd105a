//! 細胞治療認定管理師 (seed 000, Q&A for the 4th round, 2021): licence, 50 credits from the listed
//! societies and seminars inside the credit window, a cell-processing record of 10 cases with 5 of
//! actual processing, and the 6/1–6/30 application period. Core decides every line; the page edits
//! the records and shows, per row, whether and why it counted.
//!
//! Records: one card per event or case, each cell in its own signal (keyed by a stable row id) so
//! typing never re-renders a row. They are saved in the browser (`crate::records`), exported and
//! imported as JSON (the whole input) or CSV (the events), and kept in the URL as one `rows`
//! parameter. At mount: the saved records, else the URL, else empty lists.
use crate::verdict::{window_text, Notes, Verdict, VerdictData};
use crate::components::{Actions, AsOfField, DateField, PageHead, RulesUsed, SelectField, TraceTable};
use crate::form::{items, Form};
use crate::i18n::{lang, msg, tr};
use crate::records::RecordsBar;
use crate::row_list::{row_maker, Col, Kind, ListSpec, Row, RowList};
use calc_core::rules::certification::cell_therapy::{self, Output, EVENTS, KINDS, LICENCES, SEMINARS};
use calc_core::value::{parse_json, Map, Value};
use leptos::prelude::*;

const CALC: &str = "cell_therapy_manager";
/// A longer list (from the URL or a file) is cut, never an error.
const MAX_ROWS: usize = 500;
/// The CSV columns of the events list.
const EVENT_COLUMNS: &[&str] = &["date", "event", "credits", "seminar", "title"];

static EVENT_LIST: ListSpec = ListSpec {
    key: "events",
    prefix: "ct",
    grid: "ct-events",
    empty_ja: "（まだ記録がありません）",
    empty_en: "(no records yet)",
    max_rows: MAX_ROWS,
    short: "e",
    ja: "学会・講習会への参加（単位）",
    en: "Meetings and seminars attended (credits)",
    row_ja: "参加記録",
    row_en: "Event",
    add_ja: "＋ 参加記録を追加",
    add_en: "+ Add an event",
    hint_ja: "Q&A（A10）に挙げられた学会・講習会だけが単位の対象です。単位数は資料にないため、参加証などに記載の単位数を入力してください。",
    hint_en: "Only the societies and seminars listed in A10 earn credits. The seed gives no credit values: enter the credits on your certificate.",
    cols: &[
        Col::new("date", "参加日", "Date", Kind::Date),
        Col::new("event", "学会・講習会", "Society or seminar", Kind::Select(EVENTS)).default("jstmct_annual"),
        // The designated seminar only matters for a designated-seminar event.
        Col::new("seminar", "指定・認定講習会（一覧から）", "Designated seminar (from the list)", Kind::Named(NO_SEMINAR, seminar_names))
            .class("wide")
            .when("event", "designated_seminar"),
        Col::new("credits", "単位数", "Credits", Kind::Num).unit(("単位", "cr.")),
        Col::new("title", "名称・メモ（任意）", "Title or note (optional)", Kind::Text).class("wide"),
    ],
};

static CASE_LIST: ListSpec = ListSpec {
    key: "cases",
    prefix: "ct",
    grid: "ct-cases",
    empty_ja: "（まだ記録がありません）",
    empty_en: "(no records yet)",
    max_rows: MAX_ROWS,
    short: "c",
    ja: "細胞調製の実績",
    en: "Cell-processing record",
    row_ja: "実績",
    row_en: "Record",
    add_ja: "＋ 実績を追加",
    add_en: "+ Add a record",
    hint_ja: "同じ症例の同じ日の一連の処理は1件、日が違えば別の件として数えます。10件のうち5件以上に実際の調製（分離・濃縮・培養・凍結保存・解凍）が必要です。",
    hint_en: "One case's same-day series is one case; different days are separate cases. At least 5 of the 10 must include actual processing.",
    cols: &[
        Col::new("date", "実施日", "Date", Kind::Date),
        Col::new("case", "症例の識別子", "Case ID", Kind::Text),
        Col::new("kind", "内容", "Work", Kind::Select(KINDS)).default("processing"),
    ],
};

static LISTS: [&ListSpec; 2] = [&EVENT_LIST, &CASE_LIST];

const NO_SEMINAR: (&str, &str) = ("（一覧から選ぶ・任意）", "(choose from the list, optional)");

/// The designated seminars by id, named as the seed names them.
fn seminar_names() -> Vec<(&'static str, &'static str)> {
    SEMINARS.iter().map(|(id, _, name)| (*id, *name)).collect()
}

fn cell_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.chars().take(300).collect(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// A list from an input object (saved, imported): each object's cells as text, others skipped.
fn rows_of(spec: &ListSpec, v: Option<&Value>) -> Vec<Vec<String>> {
    let Some(Value::Array(items)) = v else { return Vec::new() };
    items
        .iter()
        .filter_map(Value::as_object)
        .take(MAX_ROWS)
        .map(|o| spec.cols.iter().map(|c| cell_text(o.get(c.key))).collect())
        .collect()
}

/// The `rows` URL parameter: `{"e":[[date,event,seminar,credits,title],…],"c":[[date,case,kind],…]}`.
fn encode(lists: &[Vec<Vec<String>>; 2]) -> String {
    let mut obj = Map::new();
    for (spec, rows) in LISTS.iter().zip(lists) {
        let rows = rows.iter().map(|cells| Value::Array(cells.iter().map(|s| Value::String(s.clone())).collect())).collect();
        obj.insert(spec.short, Value::Array(rows));
    }
    Value::Object(obj).to_json()
}

/// Reads the `rows` parameter; anything unreadable is skipped (a bad link never blanks the page).
fn decode(text: &str) -> [Vec<Vec<String>>; 2] {
    let Ok(Value::Object(obj)) = parse_json(text) else { return [Vec::new(), Vec::new()] };
    LISTS.map(|spec| {
        let Some(Value::Array(rows)) = obj.get(spec.short) else { return Vec::new() };
        rows.iter()
            .filter_map(Value::as_array)
            .take(MAX_ROWS)
            .map(|cells| {
                spec.cols
                    .iter()
                    .enumerate()
                    .map(|(i, c)| cells.get(i).map(|v| cell_text(Some(v))).unwrap_or_else(|| c.new_value.to_string()))
                    .collect()
            })
            .collect()
    })
}

/// One row as core reads it: empty cells left out, and a hidden cell too (the seminar of an event
/// that is not a designated seminar).
fn row_json(spec: &ListSpec, row: &Row) -> Value {
    let mut o = Map::new();
    let cell = |key: &str| spec.cols.iter().position(|c| c.key == key).map(|i| row.cells[i].get());
    for (c, s) in spec.cols.iter().zip(&row.cells) {
        let s = s.get();
        if s.trim().is_empty() {
            continue;
        }
        if c.when.is_some_and(|(key, value)| cell(key).as_deref() != Some(value)) {
            continue;
        }
        o.insert(c.key, Value::String(s));
    }
    Value::Object(o)
}

const PLAIN: [&str; 4] = ["licence", "application_date", "window_start", "window_end"];

#[component]
pub fn CellTherapy() -> impl IntoView {
    let form = Form::legacy(&cell_therapy::TYPED,
        &[("licence", "physician"), ("application_date", "2021-06-01"), ("window_start", ""), ("window_end", ""), ("rows", "")],
    );
    let rows_field = form.field("rows");
    let make_row = row_maker();
    let lists: [RwSignal<Vec<Row>>; 2] = [RwSignal::new(Vec::new()), RwSignal::new(Vec::new())];

    // Replaces the page's state with an input object (saved or imported). A bare list (an old file)
    // keeps the licence and dates; otherwise every plain field is taken from the file, blank if absent.
    let apply_input = move |v: &Value| {
        let Some(obj) = v.as_object() else { return };
        if PLAIN.iter().any(|k| obj.get(k).is_some()) {
            for k in PLAIN {
                form.field(k).set(cell_text(obj.get(k)));
            }
        }
        for (spec, list) in LISTS.iter().zip(lists) {
            list.set(rows_of(spec, obj.get(spec.key)).into_iter().map(make_row).collect());
        }
    };

    let (saved, load_notice) = crate::records::load(CALC, "events");
    match saved {
        Some(v) => apply_input(&v),
        None => {
            let from_url = decode(&rows_field.get_untracked());
            for (list, rows) in lists.iter().zip(from_url) {
                list.set(rows.into_iter().map(make_row).collect());
            }
        }
    }

    // Rows → the one URL parameter (a form field, so Form's URL writer keeps it with the others).
    Effect::new(move |_| {
        let cells = lists.map(|l| l.with(|v| v.iter().map(|r| r.cells.iter().map(|c| c.get()).collect()).collect()));
        let text = encode(&cells);
        if rows_field.get_untracked() != text {
            rows_field.set(text);
        }
    });

    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert("rows", Value::Null);
        for (spec, list) in LISTS.iter().zip(lists) {
            let arr = list.with(|v| v.iter().map(|r| row_json(spec, r)).collect());
            m.insert(spec.key, Value::Array(arr));
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&cell_therapy::TYPED);
    let foot = status_foot(res);

    // What is saved and exported: the whole input, without the URL's copy of the rows.
    let records_input = Signal::derive(move || {
        let mut v = form.input_json();
        if let Some(o) = v.as_object_mut() {
            o.remove("rows");
        }
        v
    });
    let apply = Callback::new(move |v: Value| apply_input(&v));

    view! {
        <div class="page calc cert cell-therapy">
            <PageHead
                ja="細胞治療認定管理師 受験申請の確認" en="Cell-therapy manager (細胞治療認定管理師): can I apply?"
                lead_ja="第4回（2021年）のQ&Aに基づき、医療系国家資格、5年間の50単位、細胞調製の実績（10件・うち調製5件）、申請受付期間（6月1日〜30日、当日消印有効）を確認します。"
                lead_en="Checks, under the Q&A for the 4th round (2021), the medical licence, 50 credits within the window, the cell-processing record (10 cases, 5 with processing) and the 1–30 June application period (postmark date)."
            />
            {match load_notice {
                Some(m) => view! {
                    <RecordsBar calculator=CALC list_key="events" columns=EVENT_COLUMNS.to_vec() input=records_input apply=apply initial_notice=m />
                }.into_any(),
                None => view! {
                    <RecordsBar calculator=CALC list_key="events" columns=EVENT_COLUMNS.to_vec() input=records_input apply=apply />
                }.into_any(),
            }}
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <SelectField form=form outcome=outcome name="licence" ja="医療系国家資格" en="Medical national licence" options=LICENCES />
                <DateField form=form outcome=outcome name="application_date" ja="申請日（消印の日付）" en="Application date (postmark)"
                    hint_ja="資料にあるのは第4回（2021年6月1日〜30日）のみです。" hint_en="Only the 4th round (1–30 June 2021) is in the seed." />
                <DateField form=form outcome=outcome name="window_start" ja="単位の期間の初日（任意）" en="Credit window: first day (optional)"
                    hint_ja="空欄なら資料の期間（2016-04-01〜2021-06-06）を使います。" hint_en="Blank: the seed's window (2016-04-01 to 2021-06-06)." />
                <DateField form=form outcome=outcome name="window_end" ja="単位の期間の末日（任意）" en="Credit window: last day (optional)" />
                <AsOfField form=form outcome=outcome />
            </form>
            {LISTS
                .iter()
                .zip(lists)
                .map(|(spec, list)| view! { <RowList spec=spec list=list outcome=outcome make_row=make_row foot=foot /> })
                .collect_view()}
            <Summary res=res />
            <Verdict verdict=Signal::derive(move || res.with(|r| r.as_ref().map(|r| VerdictData {
                eligible: r.eligible,
                exam: false,
                requirements: r.requirements.clone(),
            }))) />
            <Notes notes=items(res, |r| &r.notes) />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// The figures the verdict rests on: credits, cases, processing cases, the two windows.
#[component]
fn Summary(res: Memo<Option<Output>>) -> impl IntoView {
    move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let credits = if en { "credits" } else { "単位" };
            let cases = if en { "cases" } else { "件" };
            let line = |key: &'static str, ja: &'static str, en_l: &'static str, reached: i64, required: i64, unit: &'static str| {
                let met = reached >= required;
                let short = (!met).then(|| {
                    if en { format!(" ({} short)", required - reached) } else { format!("（あと{}不足）", required - reached) }
                });
                view! {
                    <div class="figure" class:strong=met data-key=key>
                        <span class="figure-label">{tr(ja, en_l)}</span>
                        <output class="figure-value">{format!("{reached} / {required} {unit}")}</output>
                        {short.map(|s| view! { <span class="shortfall">{s}</span> })}
                    </div>
                }
            };
            let app = window_text(&r.application_window);
            let inside = r.in_application_window;
            let credit_window = window_text(&r.credit_window);
            let from_input = r.credit_window_source == "input";
            let round = r.round.number;
            Some(view! {
                <section class="result cell-summary" aria-label=tr("集計", "Totals")>
                    {line("qualifying_credits", "対象となる単位", "Qualifying credits", r.qualifying_credits, r.credits_required, credits)}
                    {line("case_count", "細胞調製の実績", "Cell-processing cases", r.case_count, r.cases_required, cases)}
                    {line("processing_case_count", "うち実際の調製", "Of which actual processing", r.processing_case_count, r.processing_cases_required, cases)}
                </section>
                <div class="windows">
                    <p data-key="application_window">
                        <strong>{if en { format!("Round {round} application period: ") } else { format!("第{round}回 申請受付期間: ") }}</strong>
                        {app}{tr("（当日消印有効）", " (postmark date counts)")}" "
                        {if inside {
                            view! { <span class="ok">{tr("申請日は期間内", "the application date is inside")}</span> }.into_any()
                        } else {
                            view! { <span class="ng">{tr("申請日は期間外", "the application date is outside")}</span> }.into_any()
                        }}
                    </p>
                    <p data-key="credit_window">
                        <strong>{tr("単位を数える期間: ", "Credits counted in: ")}</strong>{credit_window}" "
                        {if from_input { tr("（入力された期間）", "(your window)") } else { tr("（資料A11の期間）", "(the seed's A11 window)") }}
                    </p>
                </div>
            })
        })
    }
}

/// Whether and why core counted this row (only when the whole input is valid).
fn row_status(spec: &ListSpec, r: &Output, idx: usize) -> Option<(bool, String)> {
    let en = lang().is_en();
    let (ok, head, reason) = if spec.key == "events" {
        let line = r.events.get(idx)?;
        let c = line.counted_credits;
        let head = if line.counted {
            if en { format!("Counted: {c} credits") } else { format!("計上: {c}単位") }
        } else if en {
            "Not counted".to_string()
        } else {
            "数えません".to_string()
        };
        (line.counted, head, &line.reason)
    } else {
        let line = r.cases.get(idx)?;
        let with_proc = match (line.processing_case, en) {
            (true, false) => "（調製を含む）",
            (true, true) => " (with processing)",
            _ => "",
        };
        let head = match (line.counted, line.case_number, en) {
            (true, Some(n), false) => format!("{n}件目として計上{with_proc}"),
            (true, Some(n), true) => format!("Counted as case {n}{with_proc}"),
            (false, Some(n), false) => format!("{n}件目に含む{with_proc}"),
            (false, Some(n), true) => format!("Part of case {n}{with_proc}"),
            (_, None, false) => "数えません".to_string(),
            (_, None, true) => "Not counted".to_string(),
        };
        // A same-day line of an already counted case still belongs to a counted case.
        (line.counted || line.case_number.is_some(), head, &line.reason)
    };
    Some((ok, format!("{head} — {}", msg(reason))))
}

/// Whether and why core counted the row, under its card.
fn status_foot(res: Memo<Option<Output>>) -> crate::row_list::Foot {
    Callback::new(move |(spec, idx): (&'static ListSpec, Memo<usize>)| {
        let status = move || res.with(|r| row_status(spec, r.as_ref()?, idx.get()));
        view! {
            <p class="row-status" role="status">
                {move || status().map(|(ok, text)| view! {
                    <span class=if ok { "ok" } else { "ng" } aria-hidden="true">{if ok { "✓ " } else { "✗ " }}</span>
                    <span class="status-text">{text}</span>
                })}
            </p>
        }
        .into_any()
    })
}
