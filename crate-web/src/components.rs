//! Shared view pieces: labelled fields with their own error, the breakdown table, the rules used.

use crate::fields::FieldError;
use crate::form::{Form, FormSchema, Outcome};
use crate::i18n::{lang, msg, tr};
use calc_core::money::group;
use calc_core::Unit;
use leptos::prelude::*;

/// 基準日: which rule version applies. Defaults to today; any date can be chosen.
#[component]
pub fn AsOfField(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let id = format!("{}-as_of", form.calculator);
    let err_id = format!("{id}-err");
    view! {
        <div class="field as-of">
            <label for=id.clone()>{tr("基準日（この日に有効な規則で計算）", "Reference date (rules in force on this day)")}</label>
            <input
                id=id
                type="date"
                aria-describedby=err_id.clone()
                value=form.as_of.get_untracked()
                prop:value=move || form.as_of.get()
                on:input=move |ev| form.as_of.set(event_target_value(&ev))
            />
            <FieldError outcome=outcome field=Signal::stored("as_of".to_string()) id=err_id />
        </div>
    }
}

/// `123,456円` / `55,000点` for a figure with its unit, in the page's language (core's words:
/// `25件` is `25`, `3単位` is `3 credits` in English).
pub fn amount_text(amount: i64, unit: Unit) -> String {
    let en = lang().is_en();
    match (unit, en) {
        (Unit::Points, true) => format!("{} pt", group(amount)),
        (Unit::YenPerPoint, true) => format!("{} yen/pt", group(amount)),
        (u, en) => u.amount_text(amount, en),
    }
}

/// A headline figure: `value` is one number of the result (see [`crate::form::num`]), "—" while
/// the input has errors. `key` names it in the page (`data-key`, the tests read it).
#[component]
pub fn Figure(
    key: &'static str,
    value: Signal<Option<i64>>,
    ja: &'static str,
    en: &'static str,
    #[prop(optional)] unit: Option<Unit>,
    #[prop(optional)] strong: bool,
) -> impl IntoView {
    let unit = unit.unwrap_or(Unit::Yen);
    view! {
        <div class="figure" class:strong=strong data-key=key>
            <span class="figure-label">{tr(ja, en)}</span>
            <output class="figure-value">
                {move || value.get().map(|v| amount_text(v, unit)).unwrap_or_else(|| "—".into())}
            </output>
        </div>
    }
}

/// A folded `<details>` whose content is drawn only while it is open. Most people never open "how
/// this was computed", yet on /patient/year, folded, it was 411 of the 1,402 elements the app built
/// when it started, rebuilt on every key. The prerender draws it closed, so a reader without
/// JavaScript and a search engine find it all; a section opened before the app took over is opened
/// again by the page's loader (`__calcCarry`, tools/split.mjs), and that `toggle` draws it here.
/// Only where the saving is large: the `toggle` listener is code a page without one (every
/// calculator but the year plan) would load for it.
#[component]
pub fn LazyDetails(
    class: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    summary: AnyView,
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(cfg!(not(target_arch = "wasm32")));
    let toggled = move |ev: leptos::ev::Event| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    view! {
        <details class=class id=id on:toggle=toggled>
            <summary>{summary}</summary>
            {move || open.get().then(|| children())}
        </details>
    }
}

/// "How this was computed": every step with its formula, amount and source.
#[component]
pub fn TraceTable(outcome: Memo<Outcome>) -> impl IntoView {
    view! {
        <section class="trace" aria-labelledby="trace-h">
            <h2 id="trace-h">{tr("計算の内訳", "How this was computed")}</h2>
            {move || outcome.with(|o| match o {
                Ok(ev) => view! {
                    {(!ev.left_out.is_empty()).then(|| view! {
                        <div class="errors partial" role="status">
                            <p>{tr("入力に誤りのある部分を除いて計算しています。", "Computed without the parts whose entries need correcting.")}</p>
                            // The fields' errors (each month's note is said by `LeftOutNotice`).
                            {error_list(&ev.left_out.iter().filter(|e| e.code != "left_out").cloned().collect::<Vec<_>>())}
                        </div>
                    })}
                    <table>
                        <thead><tr>
                            <th scope="col">{tr("項目", "Item")}</th>
                            <th scope="col">{tr("計算式", "Formula")}</th>
                            <th scope="col" class="num">{tr("金額・数", "Amount")}</th>
                            <th scope="col">{tr("根拠", "Source")}</th>
                        </tr></thead>
                        <tbody>
                            {ev.trace.iter().map(|s| {
                                let amount = s.amount.map(|a| amount_text(a, s.unit)).unwrap_or_default();
                                view! { <tr data-key=s.key.clone()>
                                    <td>{msg(&s.label)}</td>
                                    <td class="formula">{msg(&s.formula)}</td>
                                    <td class="num">{amount}</td>
                                    <td class="source">{s.source.short(lang().is_en())}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {readings(ev)}
                }.into_any(),
                Err(errs) => view! {
                    <div class="errors" role="status">
                        <p>{tr("入力を確認してください。ほかの欄の値はそのまま残っています。", "Please check the highlighted fields. Your other entries are kept.")}</p>
                        {error_list(errs)}
                    </div>
                }.into_any(),
            })}
        </section>
    }
}

/// Errors as a person reads them: each field by its label and row (「3か月目の医療費の総額（10割）:
/// …」), never by its key.
fn error_list(errs: &[calc_core::FieldError]) -> impl IntoView {
    let fields = use_context::<FormSchema>().map_or(&[][..], |s| s.0.fields);
    view! {
        <ul>{errs.iter().map(|e| {
            let line = calc_core::schema::error_line(fields, e);
            view! { <li data-field=e.field.clone()>{msg(&line)}</li> }
        }).collect_view()}</ul>
    }
}

/// What a result was computed without (a month of a plan whose values are wrong): said next to
/// the figures, the fields' errors kept at their fields.
#[component]
pub fn LeftOutNotice(outcome: Memo<Outcome>) -> impl IntoView {
    move || {
        outcome.with(|o| {
            let ev = o.as_ref().ok()?;
            let notes: Vec<String> =
                ev.left_out.iter().filter(|e| e.code == "left_out").map(|e| msg(&e.message)).collect();
            (!notes.is_empty()).then(|| {
                view! {
                    <div class="warning left-out" role="status">
                        <ul>{notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    }
}

/// 「この計算の読み方」 / "How we read the rules": the readings a result made where a document is
/// ambiguous (core's reading steps), each with the place it reads; nothing when there are none.
fn readings(ev: &calc_core::Evaluation<()>) -> impl IntoView {
    let readings: Vec<_> = ev.trace.iter().filter(|s| s.is_reading()).collect();
    (!readings.is_empty()).then(|| {
        let en = lang().is_en();
        view! {
            <section class="readings" aria-labelledby="readings-h">
                <h3 id="readings-h">{tr("この計算の読み方", "How we read the rules")}</h3>
                <ul>
                    {readings.into_iter().map(|s| view! {
                        <li data-key=s.key.clone() class:disagree=!s.answers.is_empty()>
                            <strong>{msg(&s.label)}</strong>": "{msg(&s.formula)}
                            " "<span class="source">"（"{s.source.short(en)}"）"</span>
                            {answers(&s.answers)}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// Where the readings give different answers on this input: each reading and its answer, the one
/// this result uses marked (nothing when they agree).
pub fn answers(answers: &[calc_core::explain::Answer]) -> impl IntoView {
    (!answers.is_empty()).then(|| {
        view! {
            <ul class="answers">
                {answers.iter().map(|a| view! {
                    <li class:used=a.used data-used=a.used.to_string()>
                        <span class="answer-reading">{msg(&a.reading)}</span>" → "
                        <strong class="answer-value">{msg(&a.answer)}</strong>
                        {a.used.then(|| view! { " "<span class="answer-used">{tr("（この計算で使用）", "(used here)")}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// Where a document's two readings give different answers on this input (core's disagreements):
/// said beside the result, with both answers, so the one used is never taken for the only one.
#[component]
pub fn Disagreements(list: Signal<Vec<calc_core::explain::Disagreement>>) -> impl IntoView {
    move || {
        list.with(|list| {
            (!list.is_empty()).then(|| {
                view! {
                    <section class="disagreements notice" role="note" aria-labelledby="disagree-h">
                        <h2 id="disagree-h">{tr("読み方によって結果が変わります", "The readings give different answers here")}</h2>
                        {list.iter().map(|d| view! {
                            <div class="disagreement" data-key=d.key.clone()>
                                <strong>{msg(&d.label)}</strong>
                                {answers(&d.answers)}
                            </div>
                        }).collect_view()}
                        <p class="hint">{tr("詳しくは下の「この計算の読み方」をご覧ください。", "See \"How we read the rules\" below.")}</p>
                    </section>
                }
            })
        })
    }
}

/// The rule versions a result used: value, dates in force, citation; each links to its row on
/// its document's rules page (`/rules/<slug>#<id>@<from>`). Beside it, always shown, the currency of every document
/// the result used (see [`currency`]).
#[component]
pub fn RulesUsed(outcome: Memo<Outcome>) -> impl IntoView {
    view! {
        <div class="currency-lines">{move || outcome.with(|o| o.as_ref().ok().map(currency))}</div>
        // Drawn at once, not a `LazyDetails`: the `toggle` listener would cost every calculator page
        // 1.3-2 KB gzip (only /patient/year has one already) to save drawing 25-110 elements.
        <details class="rules-used">
            <summary>{tr("使用した規則（版・出典）", "Rules used (version and source)")}</summary>
            {move || outcome.with(|o| o.as_ref().ok().map(|ev| view! {
                <ul>
                    {ev.rules.iter().map(|r| {
                        let en = lang().is_en();
                        let label = if en { r.label_en } else { r.label_ja };
                        let until = r.until.map(|d| d.to_string()).unwrap_or_default();
                        view! { <li>
                            <a href=crate::links::href(format!("{}#{}", crate::pages::rules::doc_path(r.source.doc), r.anchor()))><strong>{label}</strong></a>
                            ": "{amount_text(r.value, r.unit)}
                            " ("{r.from.to_string()}"〜"{until}") "
                            <span class="source">{r.source.short(en)}</span>
                        </li> }
                    }).collect_view()}
                </ul>
            }))}
        </details>
    }
}

/// The currency line: one `<p class="currency">` per document a result used (its rule versions
/// and its explanation's steps, in that order), with the document's short name, edition or date,
/// when it was last checked, and — where the document's currency records a later change or an
/// amount not known — what it records (all from core's `sources.rs`: each page carries only the
/// documents it cites). What the user typed is no document and has no line.
fn currency(ev: &calc_core::Evaluation<()>) -> impl IntoView {
    let mut docs: Vec<&'static calc_core::Doc> = Vec::new();
    for d in ev.rules.iter().map(|r| r.source.doc).chain(ev.trace.iter().map(|s| s.source.doc)) {
        if !d.checked.is_empty() && !docs.iter().any(|x| std::ptr::eq(*x, d)) {
            docs.push(d);
        }
    }
    let en = lang().is_en();
    docs.into_iter()
        .map(|d| {
            let (short, edition) = (d.short.get(en), d.edition.get(en));
            let head = if en { format!("{short} ({edition}): ") } else { format!("{short}（{edition}）: ") };
            let checked = if en { format!("checked {}.", d.checked) } else { format!("{}に確認。", d.checked) };
            // How sure the least sure figure this result used from the document is, where below high.
            let least = ev.rules.iter().filter(|r| std::ptr::eq(r.source.doc, d)).map(|r| r.confidence).max();
            let sure = least.and_then(|c| c.label()).map(|t| format!("{}{}", if en { " " } else { "" }, t.get(en)));
            view! {
                <p class="currency">
                    <strong>{head}</strong>{checked}
                    {sure.map(|t| view! { <span class="confidence">{t}</span> })}
                    {d.news.map(|t| view! { <span class="changes">{format!("{}{}", if en { " " } else { "" }, t.get(en))}</span> })}
                </p>
            }
        })
        .collect_view()
}

/// Page heading with its lead text, and what a shared link held that the page does not know.
#[component]
pub fn PageHead(
    ja: &'static str,
    en: &'static str,
    lead_ja: &'static str,
    lead_en: &'static str,
    #[prop(optional)] form: Option<Form>,
) -> impl IntoView {
    view! {
        <header class="page-head">
            <h1>{tr(ja, en)}</h1>
            <p class="lead">{tr(lead_ja, lead_en)}</p>
        </header>
        {form.map(|form| view! { <crate::fields::LinkNotice form=form /> })}
    }
}

/// Print and copy-link actions under a result.
#[component]
pub fn Actions() -> impl IntoView {
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="actions no-print">
            <button type="button" on:click=print>{tr("印刷（A4）", "Print (A4)")}</button>
            <p class="hint">{tr("このページのURLに入力内容が含まれています。共有すると同じ計算を開けます。", "This page's URL holds your entries: share it to reopen the same calculation.")}</p>
        </div>
    }
}
