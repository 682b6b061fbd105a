//! The rules pages, a reader's index: every figure the calculators use, grouped by the document it
//! comes from. `/rules` lists the documents (each with how many figures it gives and the
//! calculators that use it) and a filter box: as one types, the figures of every document that
//! match (label, id, value or section) are listed under it, with how many are shown. Each document
//! has a page of its own, `/rules/<slug>` (its id in kebab case): the document's full citation, its
//! address, when it was last checked and what has changed since, the calculators that use it, and
//! each figure's version (value, days in force, confidence where it is below high and not from the
//! documents), section, page and quote, with an anchor (`<id>@<from>`) a result's "rules used"
//! links to. One page for all of them outgrew the 30 KB a first visit may fetch.
use crate::components::amount_text;
use crate::i18n::{lang, tr};
use crate::links::href;
use calc_core::money::group;
use calc_core::params::{anchor, Bound, Param};
use calc_core::registry::users_of;
use calc_core::sources::{About, Doc, DOCS};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The calculators that have a page of their own (the others are named by their API id).
const PAGE_OF: &[(&str, &str)] = &[
    ("jmdp_fees", "/jmdp/fees"),
    ("jmdp_exemption", "/jmdp/exemption"),
    ("reimbursement_split", "/jmdp/split"),
    ("patient_overview", "/patient"),
    ("patient_year", "/patient/year"),
    ("advanced_care_burden", "/advanced/burden"),
    ("advanced_care_cost_basis", "/advanced/cost-basis"),
    ("pharmacist_credits", "/pharmacist"),
    ("hctc", "/hctc"),
    ("cell_therapy_manager", "/cell-therapy"),
];

/// One figure: its row, its anchor and what the filter searches (ASCII lowercased).
struct Row {
    p: &'static Param,
    anchor: String,
    hay: String,
}

impl Row {
    fn new(p: &'static Param) -> Row {
        let c = p.source;
        let value =
            format!("{} {} {}{} {}", p.value, group(p.value), group(p.value), p.unit.suffix_ja(), p.unit.suffix_en());
        let hay = [p.label_ja, p.label_en, p.id, &value, c.section, c.quote].join("\n").to_ascii_lowercase();
        Row { p, anchor: anchor(p.id, p.from), hay }
    }
}

/// A document and the figures that cite it.
struct Group {
    index: usize,
    about: &'static About,
    rows: Vec<Row>,
}

fn groups() -> Vec<Group> {
    let all: Vec<&'static Param> = calc_core::all_tables().iter().flat_map(|t| t.iter()).collect();
    DOCS.iter()
        .enumerate()
        .map(|(index, about)| Group {
            index,
            about,
            rows: all.iter().filter(|p| std::ptr::eq(p.source.doc, about.doc)).map(|p| Row::new(p)).collect(),
        })
        .filter(|g| !g.rows.is_empty())
        .collect()
}

/// Full-width letters and digits as typed with a Japanese keyboard (４１０００) read as ASCII.
fn normalize(query: &str) -> String {
    query
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Every word of the query somewhere in the row.
fn matches(hay: &str, query: &str) -> bool {
    query.split_whitespace().all(|w| hay.as_bytes().windows(w.len()).any(|x| x == w.as_bytes()))
}

/// The address of `doc`'s own rules page (below the base): `/rules/jmdp-guide`.
pub fn doc_path(doc: &Doc) -> String {
    format!("/rules/{}", doc.slug())
}

/// Every document page's route (documents whose figures the calculators use), for the prerender.
pub fn doc_routes() -> Vec<String> {
    groups().iter().map(|g| doc_path(g.about.doc)).collect()
}

/// Whether `path` is a document's rules page (a document the calculators take figures from).
#[cfg(not(target_arch = "wasm32"))]
pub fn is_doc_path(path: &str) -> bool {
    doc_routes().iter().any(|r| r == path)
}

/// The document page's name (for its title): the document's short name.
#[cfg(not(target_arch = "wasm32"))]
pub fn doc_name(path: &str) -> Option<calc_core::Text> {
    let slug = path.strip_prefix("/rules/")?;
    DOCS.iter().find(|a| a.doc.slug() == slug).map(|a| a.doc.short)
}

#[component]
pub fn RulesPage() -> impl IntoView {
    let groups: Arc<Vec<Group>> = Arc::new(groups());
    let route = crate::links::current_path();
    land_on_hash();
    let Some(slug) = route.strip_prefix("/rules/") else {
        return view! { <IndexPage groups=groups /> }.into_any();
    };
    match groups.iter().position(|g| g.about.doc.slug() == slug) {
        Some(i) => view! { <DocPage groups=groups i=i /> }.into_any(),
        None => super::not_found::NotFound().into_any(),
    }
}

/// The filter box and how many rows it shows; `within`: one document's rows, else every one.
#[component]
fn Filter(groups: Arc<Vec<Group>>, within: Option<usize>, query: RwSignal<String>) -> impl IntoView {
    let rows = move |g: &Group| within.is_none_or(|i| g.index == i);
    let total: usize = groups.iter().filter(|g| rows(g)).map(|g| g.rows.len()).sum();
    let shown = Memo::new(move |_| {
        let q = query.get();
        groups.iter().filter(|g| rows(g)).flat_map(|g| g.rows.iter()).filter(|r| matches(&r.hay, &q)).count()
    });
    view! {
        <div class="rules-filter">
            <label for="rules-filter">{tr("絞り込み（項目名・ID・値・箇所）", "Filter (name, id, value or section)")}</label>
            <input
                id="rules-filter"
                type="search"
                autocomplete="off"
                aria-describedby="rules-count"
                placeholder=move || lang().t("例: 最終同意、41000、第9条", "e.g. insurance, 41000, 2-13")
                prop:value=move || query.get()
                on:input=move |ev| query.set(normalize(&event_target_value(&ev)))
            />
            <p id="rules-count" role="status" aria-live="polite">
                {move || {
                    let n = shown.get();
                    if lang().is_en() { format!("Showing {n} of {total} figures") } else { format!("{total}件中{n}件を表示") }
                }}
            </p>
        </div>
    }
}

/// `/rules`: the documents, each a link to its page; the figures of all of them only while the
/// filter holds a query (the page a first visit reads stays small).
#[component]
fn IndexPage(groups: Arc<Vec<Group>>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let found = {
        let groups = groups.clone();
        move || {
            (!query.with(String::is_empty)).then(|| {
                (0..groups.len()).map(|i| view! { <DocSection groups=groups.clone() i=i query=query /> }).collect_view()
            })
        }
    };
    view! {
        <div class="rules-page">
            <h1>{tr("規則と出典の一覧", "Rules and sources")}</h1>
            <p class="lead">{tr(
                "計算に使う金額・点数・基準は、すべて有効期間と出典つきのデータです。資料ごとのページに、各数値の版（値・有効期間）と資料の箇所・ページ・文言があります。新しい版は行を追加し、基準日で選ばれます。",
                "Every figure is dated, cited data. Each source document's page gives each figure's version (value, days in force) and the section, page and wording it comes from. A new version is a new row, picked by the reference date.",
            )}</p>
            <Filter groups=groups.clone() within=None query=query />
            <nav class="rules-docs" aria-label=move || lang().t("出典の資料", "Source documents")>
                <ul>
                    {groups.iter().map(|g| {
                        let (doc, n) = (g.about.doc, g.rows.len());
                        let users = users_of(doc);
                        view! { <li>
                            <a href=href(doc_path(doc))>{move || doc.short.get(lang().is_en())}</a>
                            <span class="doc-count">{move || if lang().is_en() { format!(" — {n} figures; used by ") } else { format!(" — {n}件。使う計算: ") }}</span>
                            {calculator_names(users)}
                        </li> }
                    }).collect_view()}
                </ul>
            </nav>
            {found}
        </div>
    }
}

/// `/rules/<slug>`: one document and all its figures, with the filter over them.
#[component]
fn DocPage(groups: Arc<Vec<Group>>, i: usize) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let (doc, n) = (groups[i].about.doc, groups[i].rows.len());
    view! {
        <div class="rules-page">
            <p class="rules-back no-print"><a href=href("/rules")>{tr("← 規則と出典の一覧", "← Rules and sources")}</a></p>
            <h1>{move || doc.short.get(lang().is_en())}</h1>
            <p class="lead">{move || if lang().is_en() {
                format!("The {n} figures the calculators take from this document: each version (value, days in force) and the section, page and wording it comes from.")
            } else {
                format!("この資料から計算に使う{n}件の数値の版（値・有効期間）と、資料の箇所・ページ・文言です。")
            }}</p>
            <Filter groups=groups.clone() within=Some(groups[i].index) query=query />
            <DocSection groups=groups.clone() i=i query=query />
        </div>
    }
}

/// One document: its citation, currency and users, and its figures.
#[component]
fn DocSection(groups: Arc<Vec<Group>>, i: usize, query: RwSignal<String>) -> impl IntoView {
    let g = &groups[i];
    let (about, index) = (g.about, g.index);
    let users = users_of(about.doc);
    let any = {
        let groups = groups.clone();
        move || groups[i].rows.iter().any(|r| matches(&r.hay, &query.get()))
    };
    let heading = format!("doc-{index}-h");
    let labelled_by = heading.clone();
    view! {
        <section class="rules-doc" id=format!("doc-{index}") aria-labelledby=labelled_by hidden=move || !any()>
            <h2 id=heading>{move || about.title.get(lang().is_en())}</h2>
            <p class="doc-cite">
                {move || about.text(lang().is_en())}
                {about.url.map(|u| view! { " "<a href=u rel="external">{u}</a> })}
            </p>
            <p class="doc-currency">
                <strong>{move || if lang().is_en() { format!("Checked {}: ", about.doc.checked) } else { format!("{}に確認: ", about.doc.checked) }}</strong>
                {move || about.currency().get(lang().is_en())}
            </p>
            <p class="doc-users">
                {tr("使う計算: ", "Used by: ")}
                {calculator_names(users)}
            </p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{tr("項目", "Item")}</th>
                        <th scope="col" class="num">{tr("値", "Value")}</th>
                        <th scope="col">{tr("有効期間", "In force")}</th>
                        <th scope="col">{tr("資料の箇所", "Where in the document")}</th>
                    </tr></thead>
                    <tbody>
                        {(0..g.rows.len()).map(|k| view! { <FigureRow groups=groups.clone() i=i k=k query=query /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The calculators that use a document, comma separated (the index and the document's page).
fn calculator_names(users: Vec<&'static str>) -> impl IntoView {
    users
        .into_iter()
        .enumerate()
        .map(|(k, id)| {
            view! {
                {(k > 0).then_some(", ")}
                <CalculatorName id=id />
            }
        })
        .collect_view()
}

/// A calculator by its page's name (a link), or by its API id when it has no page.
#[component]
fn CalculatorName(id: &'static str) -> impl IntoView {
    let page =
        PAGE_OF.iter().find(|(c, _)| *c == id).and_then(|(_, path)| crate::PAGES.iter().find(|p| p.path == *path));
    match page {
        Some(p) => view! { <a href=href(p.path)>{move || lang().t(p.ja, p.en)}</a> }.into_any(),
        None => view! { <code>{id}</code> }.into_any(),
    }
}

/// One figure: label and id, value, days in force, section, page, quote and confidence.
#[component]
fn FigureRow(groups: Arc<Vec<Group>>, i: usize, k: usize, query: RwSignal<String>) -> impl IntoView {
    let r = &groups[i].rows[k];
    let (p, id) = (r.p, r.anchor.clone());
    let c = p.source;
    let until = p.until.map(|d| d.to_string()).unwrap_or_default();
    let visible = move || matches(&groups[i].rows[k].hay, &query.get());
    view! {
        <tr id=id tabindex="-1" hidden=move || !visible()>
            <td>{move || if lang().is_en() { p.label_en } else { p.label_ja }}<br/><code>{p.id}</code></td>
            <td class="num">{move || value_text(p)}</td>
            <td class="in-force">{format!("{}〜{}", p.from, until)}</td>
            <td class="where">
                {c.section}
                // As u32: the app already has that number's formatting, u16's cost this page's
                // module 263 bytes of its own.
                {c.page.map(|n| format!(" p.{}", u32::from(n)))}
                {(!c.quote.is_empty()).then(|| view! { <span class="quote">"「"{c.quote}"」"</span> })}
                {p.confidence.label().map(|t| view! { <span class="confidence">{move || t.get(lang().is_en()).to_string()}</span> })}
            </td>
        </tr>
    }
}

/// `16,800円以下` / `at most 16,800 yen`.
fn value_text(p: &Param) -> String {
    let amount = amount_text(p.value, p.unit);
    let (ja, en) = match p.bound {
        Bound::Value => return amount,
        Bound::AtMost => ("以下", "at most"),
        Bound::LessThan => ("未満", "less than"),
        Bound::AtLeast => ("以上", "at least"),
        Bound::MoreThan => ("超", "more than"),
    };
    if lang().is_en() {
        format!("{en} {amount}")
    } else {
        format!("{amount}{ja}")
    }
}

/// Opened at `/rules#<id>@<from>` (a result's "rules used"): once the rows are there, the row is
/// scrolled to, marked and focused (an in-app link pushes the address, so the browser does not).
fn land_on_hash() {
    Effect::new(move |_| {
        request_animation_frame(|| {
            let Some(w) = web_sys::window() else { return };
            let hash = w.location().hash().unwrap_or_default();
            let id = js_sys::decode_uri_component(hash.trim_start_matches('#')).map(String::from).unwrap_or_default();
            let Some(el) = (!id.is_empty()).then(|| document().get_element_by_id(&id)).flatten() else { return };
            let _ = el.set_attribute("data-target", "");
            el.scroll_into_view();
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    });
}
