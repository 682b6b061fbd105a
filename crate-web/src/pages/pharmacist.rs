//! 研修認定薬剤師 (seed 004): does a stack of training certificates meet the first certification
//! (40 credits in 4 years) or a renewal (30 in 3), with 5 every year? Core counts every record,
//! applies every cap and plans what is still missing; this page edits the records and shows that.
//!
//! Records: one card per certificate, each field its own signal (rows keyed by a stable id, so
//! typing never re-renders a row). They are saved in the browser (`RecordsBar`), exported and
//! imported as JSON or CSV, and — while short enough — carried in the URL's `rows` parameter
//! (a Form field, so the one URL writer keeps it together with the other fields).
use crate::components::{Actions, AsOfField, DateField, RulesUsed, SelectField, TraceTable};
use crate::form::{errors_for, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use crate::records::RecordsBar;
use calc_core::money::group;
use calc_core::rules::pharmacist::credits::{self, Output, RecordOut};
use calc_core::value::{parse_json, Map, Value};
use calc_core::Date;
use leptos::prelude::*;

const CALC: &str = "pharmacist_credits";
const LIST: &str = "records";
/// Core's limit; a longer list from a link or file is cut, never an error.
const MAX_ROWS: usize = 500;
/// Longest `rows` parameter written to the URL (encoded); longer lists live in storage and files.
const URL_MAX: usize = 1600;
/// Trace steps shown open; a longer breakdown is folded into a <details>.
const TRACE_OPEN_MAX: usize = 15;

// The record's fields: this order is the CSV's columns and the cells of a `rows` URL entry.
const DATE: usize = 0;
const KIND: usize = 1;
const MINUTES: usize = 2;
const DAYS: usize = 3;
const LECTURER: usize = 4;
const PRESENTATION: usize = 5;
const CREDITS: usize = 6;
const SESSION: usize = 7;
const NEW_CURRICULUM: usize = 8;
const SPECIAL_PRACTICAL: usize = 9;
const TREAT_AS: usize = 10;
const TITLE: usize = 11;
const NCOLS: usize = 12;
const COLUMNS: &[&str] = &[
    "date",
    "kind",
    "minutes",
    "days",
    "lecturer",
    "presentation",
    "credits",
    "session",
    "new_curriculum",
    "special_practical",
    "treat_as",
    "title",
];
const CHECKS: [usize; 4] = [LECTURER, PRESENTATION, NEW_CURRICULUM, SPECIAL_PRACTICAL];

/// Core's kind keys with their names (実施要領 2 「認定対象の研修」).
const KINDS: &[(&str, &str, &str)] = &[
    ("collective", "集合研修（研修会・学会等）", "Collective training (meetings, conferences)"),
    ("practical", "実習研修", "Practical training"),
    ("group", "グループ研修", "Group training"),
    ("correspondence", "通信講座研修", "Correspondence course"),
    ("special_course", "特定講座研修", "Special course"),
    ("internet", "インターネット研修", "Internet training"),
    ("self_study", "自己研修", "Self-study"),
];
const TREAT_AS_OPTIONS: &[(&str, &str, &str)] = &[
    ("self_study", "自己研修として（既定）", "as self-study (default)"),
    ("group", "グループ研修として", "as group training"),
];

type Cells = [String; NCOLS];

/// Which fields a kind of training uses (the others are hidden and not sent, so a value left in a
/// hidden field can never make core refuse the record).
fn applies(col: usize, kind: &str) -> bool {
    match col {
        MINUTES => kind != "special_course",
        DAYS | LECTURER | PRESENTATION => kind == "collective",
        CREDITS => matches!(kind, "correspondence" | "special_course" | "internet"),
        NEW_CURRICULUM => matches!(kind, "practical" | "self_study" | "correspondence"),
        SPECIAL_PRACTICAL => kind == "special_course",
        TREAT_AS => kind == "correspondence",
        _ => true,
    }
}

fn kind_name(key: &str) -> String {
    KINDS
        .iter()
        .find(|k| k.0 == key)
        .map(|k| lang().t(k.1, k.2).to_string())
        .unwrap_or_else(|| key.to_string())
}

fn blank_cells() -> Cells {
    let mut c: Cells = Default::default();
    c[KIND] = "collective".into();
    c
}

fn cell_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.chars().take(200).collect(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn check_cell(s: &str) -> String {
    if s == "true" || s == "1" {
        "true".into()
    } else {
        String::new()
    }
}

/// A saved, imported or CSV record → the row's cells (anything odd is kept as text for core to judge).
fn cells_from_record(v: &Value) -> Cells {
    let mut c = blank_cells();
    if let Some(o) = v.as_object() {
        for (i, k) in COLUMNS.iter().enumerate() {
            if let Some(x) = o.get(*k).filter(|x| !x.is_null()) {
                let s = cell_text(x);
                c[i] = if CHECKS.contains(&i) { check_cell(&s) } else { s };
            }
        }
    }
    c
}

fn rows_from_input(v: &Value) -> Vec<Cells> {
    v.get(LIST)
        .and_then(Value::as_array)
        .map(|a| a.iter().take(MAX_ROWS).map(cells_from_record).collect())
        .unwrap_or_default()
}

/// The row as core's record: the fields its kind uses, non-empty, as typed (core parses １２０ etc.).
fn record_value(c: &Cells) -> Value {
    let kind = c[KIND].as_str();
    let mut o = Map::new();
    for (i, key) in COLUMNS.iter().enumerate() {
        if !applies(i, kind) {
            continue;
        }
        if CHECKS.contains(&i) {
            if c[i] == "true" {
                o.insert(*key, Value::Bool(true));
            }
        } else if i == KIND || !c[i].trim().is_empty() {
            o.insert(*key, Value::String(c[i].clone()));
        }
    }
    Value::Object(o)
}

/// A row nobody has filled in yet (just added): not sent to core, so it shows no errors.
fn is_blank(c: &Cells) -> bool {
    [DATE, MINUTES, CREDITS, SESSION, TITLE].iter().all(|&i| c[i].trim().is_empty())
}

/// Cell order in the `rows` parameter: the fields most records use first, so trailing blanks drop.
const URL_ORDER: [usize; NCOLS] =
    [DATE, KIND, MINUTES, CREDITS, TITLE, DAYS, SESSION, LECTURER, PRESENTATION, NEW_CURRICULUM, SPECIAL_PRACTICAL, TREAT_AS];

/// The `rows` parameter: `[[date, kind#, minutes, credits, title, …], …]` in `URL_ORDER`, kinds as
/// their index, checkboxes as 1, blanks as null, plain whole numbers unquoted, fields the kind does
/// not use and trailing blanks left out — a shared link stays short.
fn encode_rows(rows: &[Cells]) -> String {
    let arr: Vec<Value> = rows
        .iter()
        .map(|c| {
            let kind = c[KIND].as_str();
            let mut cells: Vec<Value> = URL_ORDER
                .iter()
                .map(|&i| {
                    let s = &c[i];
                    if !applies(i, kind) || s.is_empty() {
                        return Value::Null;
                    }
                    if i == KIND {
                        if let Some(p) = KINDS.iter().position(|k| k.0 == s) {
                            return Value::from(p as i64);
                        }
                    }
                    if CHECKS.contains(&i) {
                        return if s == "true" { Value::from(1) } else { Value::Null };
                    }
                    match s.parse::<i64>() {
                        Ok(n) if n >= 0 && n.to_string() == *s && s.len() <= 15 => Value::from(n),
                        _ => Value::String(s.clone()),
                    }
                })
                .collect();
            while cells.last().is_some_and(Value::is_null) {
                cells.pop();
            }
            Value::Array(cells)
        })
        .collect();
    Value::Array(arr).to_json()
}

/// Reads the `rows` parameter; garbage gives `None` (the page starts empty), odd cells are kept.
fn decode_rows(text: &str) -> Option<Vec<Cells>> {
    let Ok(Value::Array(rows)) = parse_json(text) else { return None };
    Some(
        rows.iter()
            .take(MAX_ROWS)
            .filter_map(|r| r.as_array())
            .map(|cells| {
                let mut c = blank_cells();
                for (&i, v) in URL_ORDER.iter().zip(cells) {
                    let s = cell_text(v);
                    c[i] = if i == KIND {
                        match v.as_i64().and_then(|p| usize::try_from(p).ok()) {
                            Some(p) => KINDS.get(p).map(|k| k.0.to_string()).unwrap_or(s),
                            None if s.is_empty() => "collective".into(),
                            None => s,
                        }
                    } else if CHECKS.contains(&i) {
                        check_cell(&s)
                    } else {
                        s
                    };
                }
                c
            })
            .collect(),
    )
}

/// 記入例: a few certificates before the application date, some capped, short of 40 on purpose
/// so the plan has something to say.
fn example_rows(application: &str) -> Vec<Cells> {
    let app = Date::parse(application).unwrap_or_else(|| Date::parse(&crate::url_state::today()).unwrap_or(Date { year: 2025, month: 4, day: 1 }));
    let rows: [(i64, &str, &str, &str, &str, &str); 7] = [
        // (days before, kind, minutes, days, credits, title)
        (1300, "correspondence", "", "", "12", "通信講座（1回目）"),
        (1000, "practical", "720", "", "", "病院実習（年間5単位まで）"),
        (800, "self_study", "300", "", "", "文献の自己学習"),
        (700, "internet", "", "", "2", "e-ラーニング"),
        (400, "collective", "720", "2", "", "日本薬学会 年会（2日間）"),
        (100, "collective", "360", "", "", "地域薬剤師会 研修会"),
        (30, "collective", "90", "", "", "地域薬剤師会 研修会（講師）"),
    ];
    rows.iter()
        .map(|(before, kind, minutes, days, credits, title)| {
            let mut c = blank_cells();
            c[DATE] = app.add_days(-before).to_string();
            c[KIND] = (*kind).into();
            c[MINUTES] = (*minutes).into();
            c[DAYS] = (*days).into();
            c[CREDITS] = (*credits).into();
            c[TITLE] = (*title).into();
            if *before == 30 {
                c[LECTURER] = "true".into();
            }
            c
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Row {
    id: u64,
    cells: [RwSignal<String>; NCOLS],
}

fn credits_text(n: i64) -> String {
    if lang().is_en() {
        format!("{} credit{}", group(n), if n == 1 { "" } else { "s" })
    } else {
        format!("{}単位", group(n))
    }
}

/// 2024年6月1日 / 2024-06-01.
fn date_text(d: Date) -> String {
    if lang().is_en() {
        d.to_string()
    } else {
        format!("{}年{}月{}日", d.year, d.month, d.day)
    }
}

/// The same, for a date typed in a field (shown as typed when it is no date).
fn date_text_of(s: &str) -> String {
    Date::parse(s).map(date_text).unwrap_or_else(|| s.to_string())
}

/// 2024/6/1 / 2024-06-01 (tables).
fn date_short(d: Date) -> String {
    if lang().is_en() {
        d.to_string()
    } else {
        format!("{}/{}/{}", d.year, d.month, d.day)
    }
}

/// A deadline already behind us cannot be met any more: say so next to it.
fn past_note(deadline: Date) -> &'static str {
    let past = Date::parse(&crate::url_state::today()).is_some_and(|t| deadline < t);
    match (past, lang().is_en()) {
        (false, _) => "",
        (true, false) => "（期限を過ぎています）",
        (true, true) => " (already past)",
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
pub fn Pharmacist() -> impl IntoView {
    let today = crate::url_state::today();
    let form = Form::legacy(&credits::TYPED,
        &[("mode", "initial"), ("application_date", today.as_str()), ("certified_date", ""), ("rows", "")],
    );
    let mode = form.field("mode");
    let app_date = form.field("application_date");
    let cert_date = form.field("certified_date");
    let rows_field = form.field("rows");

    let next_id = StoredValue::new(0u64);
    // A row's signals belong to the page, not to whatever reactive scope created them (an event
    // handler inside a `move ||` block is disposed when that block re-renders).
    let page_owner = StoredValue::new(Owner::current());
    let make_row = move |cells: Cells| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        let cells = match page_owner.get_value() {
            Some(owner) => owner.with(|| cells.map(RwSignal::new)),
            None => cells.map(RwSignal::new),
        };
        Row { id, cells }
    };

    // Where the records come from: saved in this browser, else the link's `rows`, else nothing.
    let (saved, load_notice) = crate::records::load(CALC, LIST);
    let url_rows = decode_rows(&rows_field.get_untracked()).filter(|r| !r.is_empty());
    let saved_rows = saved.as_ref().map(rows_from_input).filter(|r| !r.is_empty());
    if let Some(v) = &saved {
        // The plain fields of the saved input, unless the link sets them. The application date
        // stays today's: a check made months ago should not pass for one made now.
        if crate::url_state::get("mode").is_none() {
            if let Some(m) = v.get("mode").and_then(Value::as_str) {
                mode.set(m.to_string());
            }
        }
        if crate::url_state::get("certified_date").is_none() {
            if let Some(d) = v.get("certified_date").and_then(Value::as_str) {
                cert_date.set(d.to_string());
            }
        }
    }
    // A shared link with other records than the saved ones: the saved ones win (nothing is lost),
    // and the link's can be loaded on request.
    let link_rows: StoredValue<Option<Vec<Cells>>> = StoredValue::new(match (&saved_rows, &url_rows) {
        (Some(s), Some(u)) if encode_rows(s) != encode_rows(u) => Some(u.clone()),
        _ => None,
    });
    let link_notice = RwSignal::new(link_rows.with_value(|l| l.is_some()));
    let initial = saved_rows.or(url_rows).unwrap_or_default();
    let rows: RwSignal<Vec<Row>> = RwSignal::new(initial.into_iter().map(make_row).collect());

    let snapshot = move || rows.with(|v| v.iter().map(|r| r.cells.map(|c| c.get())).collect::<Vec<Cells>>());
    let undo: RwSignal<Option<Vec<Cells>>> = RwSignal::new(None);
    let keep_for_undo = move || undo.set(Some(rows.with_untracked(|v| v.iter().map(|r| r.cells.map(|c| c.get_untracked())).collect())));

    // Rows → the URL's `rows` parameter, unless the list is too long for a link.
    let url_too_long = RwSignal::new(false);
    Effect::new(move |_| {
        let cells = snapshot();
        let text = if cells.is_empty() { String::new() } else { encode_rows(&cells) };
        let long = js_sys::encode_uri_component(&text).length() as usize > URL_MAX;
        if url_too_long.get_untracked() != long {
            url_too_long.set(long);
        }
        let text = if long { String::new() } else { text };
        if rows_field.get_untracked() != text {
            rows_field.set(text);
        }
    });

    // What goes to core: the filled-in rows (with the ids they came from, for error names).
    let request = Memo::new(move |_| {
        rows.with(|v| {
            let mut ids = Vec::new();
            let mut recs = Vec::new();
            for r in v {
                let c = r.cells.map(|c| c.get());
                if is_blank(&c) {
                    continue;
                }
                ids.push(r.id);
                recs.push(record_value(&c));
            }
            (ids, recs)
        })
    });
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert("rows", Value::Null);
        m.insert(LIST, Value::Array(request.with(|r| r.1.clone())));
        if mode.get() != "renewal" {
            m.insert("certified_date", Value::Null);
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&credits::TYPED);

    // What is saved and exported: the whole input, every row (blank ones too: nothing typed is lost).
    let saved_input = Memo::new(move |_| {
        let mut m = Map::new();
        m.insert("mode", Value::String(mode.get()));
        m.insert("application_date", Value::String(app_date.get()));
        let c = cert_date.get();
        if !c.trim().is_empty() {
            m.insert("certified_date", Value::String(c));
        }
        m.insert(LIST, Value::Array(snapshot().iter().map(record_value).collect()));
        Value::Object(m)
    });
    let apply = Callback::new(move |v: Value| {
        keep_for_undo();
        if let Some(s) = v.get("mode").and_then(Value::as_str) {
            mode.set(s.to_string());
        }
        if let Some(s) = v.get("application_date").and_then(Value::as_str) {
            app_date.set(s.to_string());
        }
        if let Some(s) = v.get("certified_date").and_then(Value::as_str) {
            cert_date.set(s.to_string());
        }
        rows.set(rows_from_input(&v).into_iter().map(make_row).collect());
    });

    let add_row = move |_| {
        let mut cells = blank_cells();
        // A stack of certificates is often the same kind: start from the last row's kind.
        if let Some(k) = rows.with_untracked(|v| v.last().map(|r| r.cells[KIND].get_untracked())) {
            cells[KIND] = k;
        }
        let row = make_row(cells);
        let focus_id = format!("ph-{}-date", row.id);
        rows.update(|v| {
            if v.len() < MAX_ROWS {
                v.push(row)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    let load_example = move |_| {
        keep_for_undo();
        rows.set(example_rows(&app_date.get_untracked()).into_iter().map(make_row).collect());
    };
    let sort_by_date = move |_| {
        rows.update(|v| v.sort_by_key(|r| r.cells[DATE].get_untracked()));
    };
    let clear_all = move |_| {
        keep_for_undo();
        rows.set(Vec::new());
        request_animation_frame(|| focus("ph-add"));
    };
    let restore = move |_| {
        if let Some(cells) = undo.get_untracked() {
            rows.set(cells.into_iter().map(make_row).collect());
            undo.set(None);
        }
    };
    let use_link_rows = move |_| {
        if let Some(cells) = link_rows.get_value() {
            keep_for_undo();
            rows.set(cells.into_iter().map(make_row).collect());
        }
        link_notice.set(false);
    };

    let trace_len = Memo::new(move |_| outcome.with(|o| o.as_ref().map(|ev| ev.trace.len()).unwrap_or(0)));
    let trace_long = Memo::new(move |_| trace_len.get() > TRACE_OPEN_MAX);
    let list_errors = move || outcome.with(|o| errors_for(o, LIST).iter().map(msg).collect::<Vec<_>>());

    view! {
        <div class="page calc pharmacist">
            <header class="page-head">
                <h1>{tr("研修認定薬剤師の単位", "Pharmacist training credits (研修認定薬剤師)")}</h1>
                <p class="lead">{tr(
                    "研修受講証明（受講シール）の記録から、研修認定薬剤師の新規認定（4年以内に40単位）または更新（3年で30単位）の要件を満たすか、毎年5単位以上を含めて確認します。",
                    "From your training certificates, checks the first certification (40 credits within 4 years) or a renewal (30 credits in 3 years), with at least 5 credits every year.",
                )}</p>
            </header>
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <SelectField form=form outcome=outcome name="mode" ja="申請の種類" en="Application"
                    options=&[("initial", "新規（最初の認定）", "First certification"), ("renewal", "更新", "Renewal")] />
                <DateField form=form outcome=outcome name="application_date" ja="申請日" en="Application date"
                    hint_ja="この日までに取得した単位で判定します。" hint_en="Credits earned up to this day are counted." />
                {move || (mode.get() == "renewal").then(|| view! {
                    <DateField form=form outcome=outcome name="certified_date" ja="現在の認定日（認定証の日付）" en="Date of the current certification"
                        hint_ja="この日以前に取得した単位は更新に使えません。" hint_en="Credits earned on or before this day do not count for the renewal." />
                })}
                <AsOfField form=form outcome=outcome />
            </form>
            <RuleVersion res=res />

            {move || link_notice.get().then(|| view! {
                <div class="notice no-print" role="status">
                    <p>{tr(
                        "このリンクには別の記録が含まれていますが、このブラウザに保存されている記録を表示しています。",
                        "This link carries other records; the records saved in this browser are shown.",
                    )}</p>
                    <button type="button" class="btn secondary" on:click=use_link_rows>{tr("リンクの記録に置き換える", "Replace them with the link's records")}</button>
                </div>
            })}
            {match load_notice {
                Some(n) => view! { <RecordsBar calculator=CALC list_key=LIST columns=COLUMNS.to_vec() input=saved_input.into() apply=apply initial_notice=n /> }.into_any(),
                None => view! { <RecordsBar calculator=CALC list_key=LIST columns=COLUMNS.to_vec() input=saved_input.into() apply=apply /> }.into_any(),
            }}
            {move || url_too_long.get().then(|| view! {
                <p class="notice no-print ph-url-note" role="status">{tr(
                    "記録が多いため、URLには記録を含めていません。記録はこのブラウザに保存され、書き出したファイルにも含まれます。",
                    "There are too many records for the link: they are kept in this browser's storage and in exported files, not in the URL.",
                )}</p>
            })}

            <section class="ph-records no-print" aria-labelledby="ph-records-h">
                <h2 id="ph-records-h">{tr("研修の記録", "Training records")}</h2>
                <p class="hint">{tr(
                    "受講証明1枚ごとに1件。種類を選ぶと、その研修に必要な欄だけが表示されます。時間は分で（6時間 = 360分、全角数字も可）。通信講座・特定講座・インターネット研修は研修センターが決めた単位数を入力します。同じ研修会を2回受講した場合は、研修会IDを同じにすると1回だけ数えます。",
                    "One entry per certificate. Choosing the kind shows the fields it needs. Time in minutes (6 hours = 360; full-width digits are fine). For correspondence, special course and internet training enter the credits the center set. Give two attendances of the same session the same session ID and it counts once.",
                )}</p>
                {move || {
                    let errs = list_errors();
                    (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
                }}
                {move || rows.with(|v| v.is_empty()).then(|| view! {
                    <div class="ph-empty">
                        <p>{tr(
                            "記録がありません。「＋ 記録を追加」で受講証明を1件ずつ入力するか、書き出したファイルを読み込んでください。",
                            "No records yet. Add your certificates one by one with “+ Add a record”, or import a file you exported.",
                        )}</p>
                        <button type="button" class="btn secondary" on:click=load_example>{tr("記入例を入れる", "Fill in an example")}</button>
                    </div>
                })}
                <For
                    each=move || rows.get()
                    key=|r| r.id
                    children=move |row| {
                        let remove = move || {
                            keep_for_undo();
                            rows.update(|v| v.retain(|r| r.id != row.id));
                            request_animation_frame(|| focus("ph-add"));
                        };
                        view! { <RecordCard row=row rows=rows request=request outcome=outcome res=res remove=remove /> }
                    }
                />
                <div class="ph-list-tools">
                    <button type="button" class="btn" id="ph-add" on:click=add_row>{tr("＋ 記録を追加", "+ Add a record")}</button>
                    {move || (rows.with(|v| v.len()) > 1).then(|| view! {
                        <button type="button" class="btn secondary" on:click=sort_by_date>{tr("日付順に並べる", "Sort by date")}</button>
                    })}
                    {move || rows.with(|v| !v.is_empty()).then(|| view! {
                        <button type="button" class="btn secondary ph-clear" on:click=clear_all>{tr("すべての記録を削除", "Delete all records")}</button>
                    })}
                    {move || undo.with(|u| u.is_some()).then(|| view! {
                        <button type="button" class="btn secondary ph-undo" on:click=restore>{tr("元に戻す", "Undo")}</button>
                    })}
                </div>
            </section>

            <Verdict res=res />
            <YearChart res=res />
            <Planner res=res app_date=app_date />
            <PrintRecords res=res />

            {move || if trace_long.get() {
                view! {
                    <details class="ph-trace no-print">
                        <summary>{move || format!("{}（{}）", tr("計算の内訳を表示", "Show how this was computed")(), trace_len.get())}</summary>
                        <TraceTable outcome=outcome />
                    </details>
                }.into_any()
            } else {
                view! { <div class="ph-trace"><TraceTable outcome=outcome /></div> }.into_any()
            }}
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
/// Which rule version the 基準日 picked (the seed's window from the first credit, or the online one).
#[component]
fn RuleVersion(res: Memo<Option<Output>>) -> impl IntoView {
    view! {
        <p class="ph-version" role="status">
            <span class="ph-version-label">{tr("適用する規則: ", "Rules applied: ")}</span>
            {move || res.with(|r| match r {
                Some(r) => view! { <strong data-version=r.rule_version.key()>{msg(&r.rule_version_label)}</strong> }.into_any(),
                None => view! { <strong>"—"</strong> }.into_any(),
            })}
        </p>
    }
}

/// One certificate: its fields (only those its kind uses), its errors, what core counted.
#[component]
fn RecordCard(
    row: Row,
    rows: RwSignal<Vec<Row>>,
    request: Memo<(Vec<u64>, Vec<Value>)>,
    outcome: Memo<Outcome>,
    res: Memo<Option<Output>>,
    remove: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let id = row.id;
    let pos = Memo::new(move |_| rows.with(|v| v.iter().position(|r| r.id == id).unwrap_or(0)));
    // Its index in core's `records` (None while blank).
    let idx = Memo::new(move |_| request.with(|r| r.0.iter().position(|x| *x == id)));
    let legend = move || format!("{} {}", tr("記録", "Record")(), pos.get() + 1);
    let result: Memo<Option<RecordOut>> = Memo::new(move |_| {
        let i = idx.get()?;
        res.with(|r| r.as_ref()?.records.iter().find(|x| x.index == i).cloned())
    });
    let row_errors = move || {
        outcome.with(|o| match idx.get() {
            Some(i) => errors_for(o, &format!("records[{i}]")).iter().map(msg).collect::<Vec<_>>(),
            None => Vec::new(),
        })
    };
    let fields = [DATE, KIND, MINUTES, CREDITS, DAYS, SESSION, TREAT_AS, TITLE]
        .into_iter()
        .map(|col| view! { <RowField col=col row=row idx=idx outcome=outcome /> })
        .collect_view();
    let checks = CHECKS.into_iter().map(|col| view! { <RowField col=col row=row idx=idx outcome=outcome /> }).collect_view();
    let summary = move || {
        if idx.get().is_none() {
            return view! { <p class="ph-row-status muted">{tr("未入力の行は計算に含めていません。", "Blank rows are not counted.")}</p> }.into_any();
        }
        let Some(r) = result.get() else {
            return view! { <p class="ph-row-status muted">{tr("入力を確認すると計算されます。", "Counted once the entries are valid.")}</p> }.into_any();
        };
        let counted = r.counted;
        let credits = r.credits_counted;
        let bonus = r.lecturer_bonus;
        let mut lines: Vec<(String, &'static str)> = vec![(msg(&r.rule), "rule")];
        if let Some(t) = r.treated_as {
            lines.push((format!("{}{}", tr("扱い: ", "Treated as: ")(), kind_name(t.key())), "note"));
        }
        if bonus > 0 {
            lines.push((format!("{}{}", tr("講師の付加: +", "Lecturer credit: +")(), credits_text(bonus)), "note"));
        }
        for c in &r.caps {
            lines.push((
                format!("{}{}（{} → {}）", tr("上限: ", "Cap: ")(), msg(&c.label), credits_text(c.before), credits_text(c.after)),
                "cap",
            ));
        }
        for n in &r.notes {
            lines.push((msg(n), "note"));
        }
        let reason = (!counted).then(|| r.reason_text.as_ref().map(msg).unwrap_or_default());
        let year = r.year;
        view! {
            <div class="ph-row-status" class:not-counted=!counted>
                <p class="ph-row-credits">
                    {if counted {
                        view! { <span>{tr("算入: ", "Counted: ")}<output data-credits=credits.to_string()>{credits_text(credits)}</output></span> }.into_any()
                    } else {
                        view! { <span>{tr("算入しない", "Not counted")}<output data-credits="0" class="visually-hidden">"0"</output></span> }.into_any()
                    }}
                    {year.map(|y| view! { <span class="ph-row-year">{move || if lang().is_en() { format!(" (year {y})") } else { format!("（{y}年目）") }}</span> })}
                </p>
                {reason.map(|t| view! { <p class="ph-reason">{t}</p> })}
                <ul class="ph-row-notes">
                    {lines.into_iter().map(|(t, class)| view! { <li class=class>{t}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    };
    view! {
        <fieldset class="ph-row" data-row=move || pos.get().to_string()>
            <legend>{legend}</legend>
            <div class="ph-grid">{fields}</div>
            <div class="ph-checks">{checks}</div>
            {move || {
                let errs = row_errors();
                (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
            }}
            <div class="ph-row-foot">
                {summary}
                <button type="button" class="btn secondary ph-delete"
                    aria-label=move || format!("{}{}", legend(), tr("を削除", " — delete")())
                    on:click=move |_| remove()>
                    {tr("削除", "Delete")}
                </button>
            </div>
        </fieldset>
    }
}

/// Label, unit and width of each field in a record card.
fn field_meta(col: usize) -> (&'static str, &'static str, &'static str, &'static str) {
    match col {
        DATE => ("研修日", "Date", "", ""),
        KIND => ("研修の種類", "Kind of training", "", ""),
        MINUTES => ("研修時間", "Minutes", "分", "min"),
        DAYS => ("日数（学会等）", "Days (multi-day meeting)", "日", "days"),
        LECTURER => ("講師を務めた（+1単位）", "I was a lecturer (+1 credit)", "", ""),
        PRESENTATION => ("学会発表（講師の付加なし）", "Conference presentation (no lecturer credit)", "", ""),
        CREDITS => ("単位数", "Credits", "単位", "cr"),
        SESSION => ("研修会ID（任意）", "Session ID (optional)", "", ""),
        NEW_CURRICULUM => ("新カリキュラム対応研修（研修支援システム）", "New-curriculum training (online support system)", "", ""),
        SPECIAL_PRACTICAL => ("特定講座に伴う実習（5単位まで）", "Practical part of the special course (at most 5)", "", ""),
        TREAT_AS => ("2回目以降の通信講座の扱い", "A 2nd or later correspondence course counts", "", ""),
        _ => ("研修名・メモ", "Title or note", "", ""),
    }
}

#[component]
fn RowField(col: usize, row: Row, idx: Memo<Option<usize>>, outcome: Memo<Outcome>) -> impl IntoView {
    let cell = row.cells[col];
    let kind = row.cells[KIND];
    let key = COLUMNS[col];
    let (ja, en, unit_ja, unit_en) = field_meta(col);
    let dom_id = format!("ph-{}-{}", row.id, key);
    let err_id = format!("{dom_id}-err");
    let name = Memo::new(move |_| match idx.get() {
        Some(i) => format!("records[{i}].{key}"),
        None => format!("records[new].{key}"),
    });
    let errors = move || outcome.with(|o| name.with(|n| errors_for(o, n).iter().map(msg).collect::<Vec<_>>()));
    let invalid = move || !errors().is_empty();
    let hidden = move || !applies(col, &kind.get());
    let error_view = {
        let err_id = err_id.clone();
        view! { <p class="field-error" id=err_id role="alert" hidden=move || !invalid()>{move || errors().join(" / ")}</p> }
    };
    let class = format!("field ph-f-{key}");
    if CHECKS.contains(&col) {
        return view! {
            <div class=format!("{class} check") class:invalid=invalid hidden=hidden>
                <input id=dom_id.clone() type="checkbox" name=move || name.get() data-col=key
                    aria-describedby=err_id.clone()
                    prop:checked=move || cell.get() == "true"
                    on:change=move |ev| cell.set(if event_target_checked(&ev) { "true".into() } else { String::new() }) />
                <label for=dom_id>{tr(ja, en)}</label>
                {error_view}
            </div>
        }
        .into_any();
    }
    let control = match col {
        DATE => view! {
            <input id=dom_id.clone() type="date" name=move || name.get() data-col=key
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-describedby=err_id.clone()
                prop:value=move || cell.get()
                on:input=move |ev| cell.set(event_target_value(&ev)) />
        }
        .into_any(),
        KIND | TREAT_AS => {
            let options: &'static [(&'static str, &'static str, &'static str)] = if col == KIND { KINDS } else { TREAT_AS_OPTIONS };
            // An empty 扱い is core's default (self-study): show it as chosen.
            let shown = move || {
                let v = cell.get();
                if col == TREAT_AS && v.is_empty() { "self_study".to_string() } else { v }
            };
            view! {
                <select id=dom_id.clone() name=move || name.get() data-col=key
                    aria-invalid=move || if invalid() { "true" } else { "false" }
                    aria-describedby=err_id.clone()
                    prop:value=shown
                    on:change=move |ev| cell.set(event_target_value(&ev))>
                    {options.iter().map(|(v, oja, oen)| {
                        let v = *v;
                        view! { <option value=v selected=move || shown() == v>{tr(oja, oen)}</option> }
                    }).collect_view()}
                    {move || {
                        // A value from a file or link that is not an option stays visible for core to judge.
                        let v = cell.get();
                        (!v.is_empty() && !options.iter().any(|o| o.0 == v)).then(|| view! { <option value=v.clone() selected=true>{v.clone()}</option> })
                    }}
                </select>
            }
            .into_any()
        }
        _ => {
            let numeric = matches!(col, MINUTES | DAYS | CREDITS);
            view! {
                <div class="input-row">
                    <input id=dom_id.clone() type="text" name=move || name.get() data-col=key
                        inputmode=if numeric { "numeric" } else { "text" }
                        autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" }
                        aria-describedby=err_id.clone()
                        prop:value=move || cell.get()
                        on:input=move |ev| cell.set(event_target_value(&ev)) />
                    {(!unit_ja.is_empty()).then(|| view! { <span class="unit">{tr(unit_ja, unit_en)}</span> })}
                </div>
            }
            .into_any()
        }
    };
    view! {
        <div class=class class:invalid=invalid hidden=hidden>
            <label for=dom_id>{tr(ja, en)}</label>
            {control}
            {error_view}
        </div>
    }
    .into_any()
}

/// 申請できます ✓ / まだ要件を満たしていません ✗, each requirement, the period, what is missing, the fee.
#[component]
fn Verdict(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let Some(r) = r else {
                return view! {
                    <p class="ph-headline pending" data-eligible="">{tr(
                        "入力に誤りがあります。印のついた欄を確認してください（ほかの記録はそのまま残っています）。",
                        "Some entries need checking (they are marked); your other records are kept.",
                    )}</p>
                }
                .into_any();
            };
            let eligible = r.eligible;
            let window = match (r.window_start, r.window_end) {
                (Some(s), Some(e)) => format!("{} 〜 {}", date_text(s), date_text(e)),
                _ => tr("まだ始まっていません（最初の単位の取得日から始まります）", "Not started yet (it starts with the first credit)")().to_string(),
            };
            let fee_line = match r.fee_yen {
                Some(f) => {
                    let (base, tax) = (r.fee_base_yen.unwrap_or(0), r.fee_tax_yen.unwrap_or(0));
                    if lang().is_en() {
                        format!("{} yen ({} + {} tax)", group(f), group(base), group(tax))
                    } else {
                        format!("{}円（本体{}円 + 消費税{}円）", group(f), group(base), group(tax))
                    }
                }
                None => "—".to_string(),
            };
            let by_kind: Vec<String> =
                r.by_kind.iter().filter(|k| k.credits > 0).map(|k| format!("{} {}", msg(&k.label), credits_text(k.credits))).collect();
            view! {
                <p class="ph-headline" class:ok=eligible class:ng=!eligible data-eligible=eligible.to_string()>
                    {if eligible { tr("申請できます ✓", "You can apply ✓")() } else { tr("まだ要件を満たしていません ✗", "Not yet eligible ✗")() }}
                </p>
                <div class="result ph-figures">
                    <div class="figure strong" data-key="total_credits">
                        <span class="figure-label">{tr("算入される単位", "Credits counted")}</span>
                        <output class="figure-value">{credits_text(r.total_credits)}</output>
                    </div>
                    <div class="figure" data-key="required_credits">
                        <span class="figure-label">{tr("必要な単位", "Credits needed")}</span>
                        <output class="figure-value">{credits_text(r.required_credits)}</output>
                    </div>
                    <div class="figure" data-key="shortfall">
                        <span class="figure-label">{tr("不足", "Missing")}</span>
                        <output class="figure-value">{credits_text(r.shortfall)}</output>
                    </div>
                </div>
                <ul class="ph-reqs">
                    {r.requirements.iter().map(|q| {
                        let met = q.met;
                        let figures = match (&q.reached, &q.required) {
                            (Value::Number(a), Value::Number(b)) => {
                                let (a, b) = (a.as_i64().unwrap_or(0), b.as_i64().unwrap_or(0));
                                if lang().is_en() { format!("{} / {} credits", group(a), group(b)) } else { format!("{} / {} 単位", group(a), group(b)) }
                            }
                            (Value::String(a), Value::String(b)) => {
                                format!("{}{} / {}{}", tr("申請日 ", "applied ")(), date_text_of(a), tr("期限 ", "until ")(), date_text_of(b))
                            }
                            _ => String::new(),
                        };
                        view! {
                            <li class:met=met class:unmet=!met data-req=q.id.clone()>
                                <span class="ph-mark" aria-hidden="true">{if met { "✓" } else { "✗" }}</span>
                                <span class="visually-hidden">{if met { tr("満たす: ", "met: ")() } else { tr("満たさない: ", "not met: ")() }}</span>
                                <span class="ph-req-label">{msg(&q.label)}</span>
                                " "<span class="ph-req-figures">{figures}</span>
                                " "<span class="source">{q.article.clone()}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <dl class="ph-facts">
                    <dt>{tr("研修期間", "Training period")}</dt>
                    <dd data-key="window">{window}<span class="hint ph-window-rule">{msg(&r.window_rule)}</span></dd>
                    {r.expiry_date.map(|e| view! {
                        <dt>{tr("現在の認定の有効期限", "Current certification valid until")}</dt>
                        <dd>{date_text(e)}</dd>
                    })}
                    {(!eligible).then(|| view! {
                        <dt>{tr("不足分を取得する期限", "Earn the missing credits by")}</dt>
                        <dd data-key="latest">{r.latest_date_for_missing.map(date_text).unwrap_or_else(|| "—".into())}</dd>
                    })}
                    {(!by_kind.is_empty()).then(|| view! {
                        <dt>{tr("種類別", "By kind")}</dt>
                        <dd>{by_kind.join(" ・ ")}</dd>
                    })}
                    <dt>{msg(&r.fee_label)}</dt>
                    <dd data-key="fee">{fee_line}{r.fee_note.as_ref().map(|n| view! { <span class="hint">{msg(n)}</span> })}</dd>
                </dl>
            }
            .into_any()
        })
    };
    view! {
        <section class="ph-verdict" aria-labelledby="ph-verdict-h" aria-live="polite">
            <h2 id="ph-verdict-h">{tr("判定", "Verdict")}</h2>
            {body}
        </section>
    }
}

/// An SVG coordinate kept in tenths as an integer, written as `123.4` (no float formatting code).
fn tenths(v: i64) -> String {
    let v = v.max(0);
    format!("{}.{}", v / 10, v % 10)
}

/// Credits per year as bars, the 5-a-year line, the running total against the target; the same
/// figures in the table next to it.
#[component]
fn YearChart(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let years = &r.years;
            let (total, required) = (r.total_credits, r.required_credits);
            let en = lang().is_en();
            if years.is_empty() {
                return Some(view! {
                    <p class="hint">{tr("最初の単位を入力すると、年ごとの単位がここに表示されます。", "The credits per year appear here once there is a first credit.")}</p>
                }.into_any());
            }
            // The drawing in tenths of a unit: 360 × 200 with margins left 34, right 8, top 18, bottom 30.
            let n = years.len() as i64;
            let (w, h, left, right, top, bottom) = (3600_i64, 2000_i64, 340, 80, 180, 300);
            let plot_w = w - left - right;
            let plot_h = h - top - bottom;
            let min = years.iter().map(|y| y.min).max().unwrap_or(5);
            let peak = years.iter().map(|y| y.credits).max().unwrap_or(0);
            let y_max = (peak.max(min * 2).max(10) + 4) / 5 * 5;
            let y_of = |v: i64| top + plot_h * (y_max - v.min(y_max)) / y_max;
            let slot = plot_w / n;
            let bar_w = (slot * 56 / 100).min(600);
            let summary_parts: Vec<String> = years
                .iter()
                .map(|y| {
                    let (i, c) = (y.index, y.credits);
                    let state = match (y.applies, y.met, en) {
                        (false, _, false) => "未到来".to_string(),
                        (false, _, true) => "not begun".to_string(),
                        (true, true, false) => format!("{min}単位以上 ✓"),
                        (true, true, true) => format!("at least {min} ✓"),
                        (true, false, false) => format!("{min}単位に不足 ✗"),
                        (true, false, true) => format!("under {min} ✗"),
                    };
                    if en { format!("year {i}: {c} ({state})") } else { format!("{i}年目 {c}単位（{state}）") }
                })
                .collect();
            let aria = if en {
                format!("Credits per year: {}. Total {total} of {required}.", summary_parts.join(", "))
            } else {
                format!("年ごとの単位: {}。合計 {total} / {required}単位。", summary_parts.join("、"))
            };
            let line_y = y_of(min);
            let bars = years
                .iter()
                .enumerate()
                .map(|(k, y)| {
                    let (i, c) = (y.index, y.credits);
                    let class = if !y.applies { "ph-bar future" } else if y.met { "ph-bar met" } else { "ph-bar unmet" };
                    let x = left + slot * k as i64 + (slot - bar_w) / 2;
                    let top_y = y_of(c);
                    let height = (top + plot_h - top_y).max(if c > 0 { 10 } else { 0 });
                    let cx = x + bar_w / 2;
                    view! {
                        <g>
                            <rect class=class data-year=i.to_string() data-credits=c.to_string()
                                x=tenths(x) y=tenths(top_y) width=tenths(bar_w) height=tenths(height) rx="2" />
                            <text class="ph-bar-value" x=tenths(cx) y=tenths(top_y - 40) text-anchor="middle">{c.to_string()}</text>
                            <text class="ph-axis" x=tenths(cx) y=tenths(h - 100) text-anchor="middle">
                                {if en { format!("Year {i}") } else { format!("{i}年目") }}
                            </text>
                        </g>
                    }
                })
                .collect_view();
            let table_rows = years
                .iter()
                .map(|y| {
                    let (i, c, met, applies) = (y.index, y.credits, y.met, y.applies);
                    let period = format!("{}〜{}", date_short(y.start), date_short(y.end));
                    let state = if !applies {
                        tr("未到来", "not begun")().to_string()
                    } else if met {
                        "✓".to_string()
                    } else {
                        let (short, d) = (y.shortfall, y.deadline);
                        if en {
                            format!("✗ {short} more by {d}{}", past_note(d))
                        } else {
                            format!("✗ あと{short}単位（{}まで）{}", date_short(d), past_note(d))
                        }
                    };
                    view! {
                        <tr class:unmet=applies && !met data-year=i.to_string()>
                            <th scope="row">{if en { format!("Year {i}") } else { format!("{i}年目") }}</th>
                            <td>{period}</td>
                            <td class="num">{credits_text(c)}</td>
                            <td>{state}</td>
                        </tr>
                    }
                })
                .collect_view();
            let shown = total.min(required.max(1));
            let base_y = tenths(top + plot_h);
            Some(view! {
                <div class="ph-chart-wrap">
                    <figure class="ph-chart">
                        <svg viewBox="0 0 360 200" role="img" aria-label=aria preserveAspectRatio="xMidYMid meet">
                            <line class="ph-base" x1=tenths(left) x2=tenths(w - right) y1=base_y.clone() y2=base_y.clone() />
                            {bars}
                            <line class="ph-min-line" x1=tenths(left) x2=tenths(w - right) y1=tenths(line_y) y2=tenths(line_y) />
                            <text class="ph-axis ph-min-label" x=tenths(left - 40) y=tenths(line_y + 40) text-anchor="end">{min.to_string()}</text>
                            <text class="ph-axis" x=tenths(left - 40) y=tenths(top + plot_h + 40) text-anchor="end">"0"</text>
                        </svg>
                        <figcaption class="hint">
                            {if en { format!("Bars: credits per year; line: the yearly minimum of {min}.") } else { format!("棒: 年ごとの単位　線: 毎年の最低 {min}単位") }}
                        </figcaption>
                    </figure>
                    <div class="ph-cumulative">
                        <p>
                            <span>{tr("合計", "Total")}</span>" "
                            <strong data-key="cumulative">{format!("{} / {}", group(total), group(required))}</strong>
                            {if en { " credits" } else { " 単位" }}
                        </p>
                        <progress max=required.max(1).to_string() value=shown.to_string()
                            aria-label=if en { format!("Total {total} of {required} credits") } else { format!("合計 {total} / {required}単位") }>
                            {format!("{total} / {required}")}
                        </progress>
                    </div>
                    <table class="ph-years">
                        <caption class="visually-hidden">{tr("年ごとの単位", "Credits per year")}</caption>
                        <thead><tr>
                            <th scope="col">{tr("年", "Year")}</th>
                            <th scope="col">{tr("期間", "Period")}</th>
                            <th scope="col" class="num">{tr("単位", "Credits")}</th>
                            <th scope="col">{if en { format!("At least {min}") } else { format!("{min}単位以上") }}</th>
                        </tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
            }.into_any())
        })
    };
    view! {
        <section class="ph-years-section" aria-labelledby="ph-years-h">
            <h2 id="ph-years-h">{tr("年ごとの単位", "Credits per year")}</h2>
            {body}
        </section>
    }
}

/// What-if: the earliest application date that works with the records as they are, and what must
/// still be earned each year and by when.
#[component]
fn Planner(res: Memo<Option<Output>>, app_date: RwSignal<String>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let p = &r.as_ref()?.plan;
            let en = lang().is_en();
            let (min_add, short_total) = (p.min_additional_credits, p.shortfall_total);
            let current = app_date.get_untracked();
            let earliest_view = match p.earliest_application_date {
                Some(d) => {
                    let text = d.to_string();
                    let same = text == current;
                    let t2 = text.clone();
                    view! {
                        <strong class="ph-earliest" data-date=text>{date_text(d)}</strong>
                        {(!same).then(|| view! {
                            " "<button type="button" class="btn secondary no-print ph-use-date" on:click=move |_| app_date.set(t2.clone())>
                                {tr("この日を申請日にして確かめる", "Try this application date")}
                            </button>
                        })}
                    }
                    .into_any()
                }
                None => view! { <strong class="ph-earliest" data-date="">{tr("まだありません（単位の追加が必要です）", "None yet (more credits are needed)")}</strong> }.into_any(),
            };
            Some(view! {
                <p>{tr("今の記録のまま申請できる最も早い日: ", "Earliest application date with these records: ")}{earliest_view}</p>
                <p class="hint">{msg(&p.note)}</p>
                {(!p.eligible_on_application_date).then(|| view! {
                    <p data-key="min_additional">
                        {if en {
                            format!("For the application date {current}: at least {min_add} more credit{} (the total is {short_total} short).", if min_add == 1 { "" } else { "s" })
                        } else {
                            format!("申請日 {} の場合: あと最低 {min_add}単位（合計の不足は {short_total}単位）。", date_text_of(&current))
                        }}
                        {p.latest_date_for_missing.map(|l| if en { format!(" Earn them by {l}.") } else { format!("{}までに取得してください。", date_text(l)) })}
                    </p>
                })}
                {(!p.years.is_empty()).then(|| view! {
                    <ul class="ph-plan-years">
                        {p.years.iter().map(|y| {
                            let (i, s, d) = (y.index, y.shortfall, y.deadline);
                            view! { <li data-year=i.to_string()>{
                                if en { format!("Year {i}: {s} more credit{} by {d}{}", if s == 1 { "" } else { "s" }, past_note(d)) }
                                else { format!("{i}年目: あと{s}単位を {} までに{}", date_text(d), past_note(d)) }
                            }</li> }
                        }).collect_view()}
                    </ul>
                })}
            }
            .into_any())
        })
    };
    view! {
        <section class="ph-plan" aria-labelledby="ph-plan-h">
            <h2 id="ph-plan-h">{tr("計画（いつ申請できるか）", "Plan (when can I apply?)")}</h2>
            {body}
        </section>
    }
}

/// The records as core counted them: a compact table for the printed sheet (the editor is not printed).
#[component]
fn PrintRecords(res: Memo<Option<Output>>) -> impl IntoView {
    view! {
        <section class="ph-print-records" aria-hidden="true">
            <h2>{tr("研修の記録", "Training records")}</h2>
            {move || res.with(|r| r.as_ref().map(|r| {
                view! {
                    <table>
                        <thead><tr>
                            <th>"#"</th>
                            <th>{tr("研修日", "Date")}</th>
                            <th>{tr("種類・研修名", "Kind / title")}</th>
                            <th class="num">{tr("時間", "Min")}</th>
                            <th class="num">{tr("算入", "Counted")}</th>
                            <th>{tr("規則・上限", "Rule / caps")}</th>
                        </tr></thead>
                        <tbody>
                            {r.records.iter().map(|r| {
                                let mut note = msg(&r.rule);
                                for c in &r.caps {
                                    note.push_str(" / ");
                                    note.push_str(&msg(&c.label));
                                }
                                if !r.counted {
                                    note = r.reason_text.as_ref().map(msg).unwrap_or_default();
                                }
                                // The short name (集合研修), so a line fits the printed sheet.
                                let kind = kind_name(r.kind.key());
                                let kind = kind.split('（').next().unwrap_or_default().split(" (").next().unwrap_or_default().to_string();
                                let title = r.title.as_ref().map(|t| format!(" {t}")).unwrap_or_default();
                                let minutes = (r.minutes > 0).then(|| group(r.minutes)).unwrap_or_default();
                                view! { <tr>
                                    <td>{r.index + 1}</td>
                                    <td>{r.date.to_string()}</td>
                                    <td>{format!("{kind}{title}")}</td>
                                    <td class="num">{minutes}</td>
                                    <td class="num">{if r.counted { credits_text(r.credits_counted) } else { "—".into() }}</td>
                                    <td class="source">{note}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }))}
        </section>
    }
}
