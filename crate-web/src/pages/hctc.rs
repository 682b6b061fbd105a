//! HCTC 造血細胞移植コーディネーター (seed 002 細則): the exams, the renewals and the special routes.
//!
//! One calculator (`hctc`) with `check` choosing the route: every route's fields are the schema's
//! (shown while they apply; the URL keeps them all). The oral exam is the page's own 10 × 2 grid of
//! 良・可・不可, kept in the URL as one 20-letter `ratings` parameter (each rating's first letter)
//! and sent to core as an array of pairs.
use crate::components::{Actions, AsOfField, PageHead, RulesUsed, TraceTable};
use crate::fields::{text, AllInputs, Input};
use crate::form::{errors_for, items, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use crate::verdict::{window_text, Notes, Verdict, VerdictData};
use calc_core::rules::certification::hctc::{self, params, schema};
use calc_core::schema::Choice;
use calc_core::value::{Map, Value};
use leptos::prelude::*;

/// The grid: 10 items rated by 2 examiners (細則第5条).
const ITEMS: usize = params::CERTIFIED_ORAL_ITEMS.value as usize;
const EXAMINERS: usize = params::CERTIFIED_ORAL_EXAMINERS.value as usize;

/// The `ratings` parameter → one choice per cell; anything unreadable is the first (良): the URL
/// never blanks the page.
fn decode_ratings(s: &str) -> Vec<&'static Choice> {
    let choices = schema::RATING.choices();
    let mut v: Vec<&'static Choice> = s
        .chars()
        .take(ITEMS * EXAMINERS)
        .map(|l| choices.iter().find(|c| c.key.starts_with(l)).unwrap_or(&choices[0]))
        .collect();
    v.resize(ITEMS * EXAMINERS, &choices[0]);
    v
}

fn encode_ratings(cells: &[&'static Choice]) -> String {
    cells.iter().filter_map(|c| c.key.chars().next()).collect()
}

#[component]
pub fn Hctc() -> impl IntoView {
    let all_good = encode_ratings(&decode_ratings(""));
    let form = Form::new(&hctc::TYPED, &[("ratings", &all_good)]).start_empty().start(&[("correct", "0")]);
    let ratings = form.field("ratings");
    // The grid's letters → core's array of pairs (core reads it only for the oral exam).
    let extra = Signal::derive(move || {
        let cells = decode_ratings(&ratings.get());
        let pairs = cells
            .chunks(EXAMINERS)
            .map(|pair| Value::Array(pair.iter().map(|c| Value::from(c.key)).collect()))
            .collect();
        let mut m = Map::new();
        m.insert("ratings", Value::Array(pairs));
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&hctc::TYPED);
    // A fresh page has no score or counts yet: no red 不合格 before anything is typed.
    let waiting = crate::verdict::untouched(form, &["check", "level"]);

    view! {
        <div class="page calc cert hctc">
            <PageHead
                ja="HCTC（造血細胞移植コーディネーター）認定・更新" en="HCTC (transplant coordinator): exams and renewal"
                lead_ja="日本造血細胞移植学会の「HCTC認定制度細則」（2019年4月1日施行の改訂版）で、試験の合否、更新や特別措置の要件、必要な審査料・登録料を確認します。"
                lead_en="Checks the exam results, the renewal and special-route requirements and the fees under the society's HCTC 細則 (the revision in force from 1 April 2019)."
                form=form
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <div class="route-select">
                    <Input form=form outcome=outcome field=&schema::CHECK />
                </div>
                <AllInputs form=form outcome=outcome skip=&["check"] />
                <div class="as-of-wrap">
                    <AsOfField form=form outcome=outcome />
                    <p class="hint">{tr("申請する日として扱います（更新の受付期間・暫定専門の期限の判定に使います）。", "Read as the application date (for the renewal window and the provisional deadline).")}</p>
                </div>
            </form>
            <Show when=move || form.applies(&schema::RATINGS)>
                <OralGrid ratings=ratings outcome=outcome res=res />
            </Show>
            <Verdict verdict=Signal::derive(move || res.with(|r| r.as_ref().map(|r| VerdictData {
                eligible: r.eligible,
                exam: r.passed.is_some(),
                requirements: r.requirements.clone(),
                not_checked: r.not_checked.clone(),
            }))) waiting=waiting />
            <Fees res=res />
            <Notes notes=items(res, |r| &r.notes) />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// The oral exam: each item rated by each examiner, and whether it counts.
#[component]
fn OralGrid(ratings: RwSignal<String>, outcome: Memo<Outcome>, res: Memo<Option<hctc::Output>>) -> impl IntoView {
    let both_ok = move |i: usize| res.with(|r| Some(r.as_ref()?.oral_items.get(i)?.good_or_fair_by_all));
    let list_errors = move || outcome.with(|o| errors_for(o, "ratings").iter().map(msg).collect::<Vec<_>>());
    let rows = (0..ITEMS)
        .map(|i| {
            let cells = (0..EXAMINERS)
                .map(|j| {
                    let id = format!("hctc-ratings-{i}-{j}");
                    let examiner = if j == 0 { "A" } else { "B" };
                    let label = move || {
                        if lang().is_en() {
                            format!("Item {} — examiner {examiner}", i + 1)
                        } else {
                            format!("評価項目{} 面接員{examiner}", i + 1)
                        }
                    };
                    let value = move || ratings.with(|s| decode_ratings(s)[i * EXAMINERS + j].key);
                    let set = move |ev: leptos::ev::Event| {
                        let v = event_target_value(&ev);
                        ratings.update(|s| {
                            let mut cells = decode_ratings(s);
                            if let Some(c) = schema::RATING.choices().iter().find(|c| c.key == v) {
                                cells[i * EXAMINERS + j] = c;
                            }
                            *s = encode_ratings(&cells);
                        });
                    };
                    view! {
                        <td>
                            <select id=id name=format!("ratings[{i}][{j}]") aria-label=label prop:value=value on:change=set
                                class:poor=move || value() == "poor">
                                {schema::RATING.choices().iter().map(|c| {
                                    let v = c.key;
                                    view! { <option value=v selected=move || value() == v>{text(c.label)}</option> }
                                }).collect_view()}
                            </select>
                        </td>
                    }
                })
                .collect_view();
            let row_errors = move || {
                outcome.with(|o| {
                    let mut out: Vec<String> = errors_for(o, &format!("ratings[{i}]")).iter().map(msg).collect();
                    for j in 0..EXAMINERS {
                        out.extend(errors_for(o, &format!("ratings[{i}][{j}]")).iter().map(msg));
                    }
                    out
                })
            };
            view! {
                <tr data-item=i>
                    <th scope="row">{move || if lang().is_en() { format!("Item {}", i + 1) } else { format!("項目{}", i + 1) }}</th>
                    {cells}
                    <td class="both">
                        {move || match both_ok(i) {
                            Some(true) => view! { <span class="ok">"✓ "{tr("2名とも良・可", "good/fair from both")}</span> }.into_any(),
                            Some(false) => view! { <span class="ng">"✗ "{tr("不可あり", "a poor rating")}</span> }.into_any(),
                            None => view! { <span>"—"</span> }.into_any(),
                        }}
                        {move || {
                            let e = row_errors();
                            (!e.is_empty()).then(|| view! { <p class="field-error" role="alert">{e.join(" / ")}</p> })
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let count = move || res.with(|r| r.as_ref()?.items_good_or_fair_by_both);
    view! {
        <section class="oral-grid" aria-labelledby="oral-h">
            <h2 id="oral-h">{text(schema::RATINGS.label)}</h2>
            <p class="hint">{text(schema::RATINGS.help)}</p>
            {move || {
                let e = list_errors();
                (!e.is_empty()).then(|| view! { <p class="field-error" role="alert">{e.join(" / ")}</p> })
            }}
            <table>
                <thead><tr>
                    <th scope="col">{tr("評価項目", "Item")}</th>
                    <th scope="col">{tr("面接員A", "Examiner A")}</th>
                    <th scope="col">{tr("面接員B", "Examiner B")}</th>
                    <th scope="col">{tr("判定", "Counts?")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="oral-count" data-key="items_good_or_fair_by_both">
                {tr("2名とも良・可の項目: ", "Items good or fair from both: ")}
                <output>{move || count().map(|n| format!("{n} / {ITEMS}")).unwrap_or_else(|| "—".into())}</output>
            </p>
        </section>
    }
}

/// Fees due on the route (never refunded), and the windows and dates the route depends on.
#[component]
fn Fees(res: Memo<Option<hctc::Output>>) -> impl IntoView {
    move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let yen = |v: i64| crate::components::amount_text(v, calc_core::Unit::Yen);
            let window = r.application_window.as_ref().map(window_text);
            let inside = r.in_application_window.unwrap_or(false);
            let attendance = r.attendance_window.as_ref().map(window_text);
            let valid_until = r.provisional_valid_until.map(|d| d.to_string());
            let valid_years = r.valid_years;
            Some(view! {
                <section class="fees" aria-labelledby="fees-h">
                    <h2 id="fees-h">{tr("この手続きの費用", "Fees for this route")}</h2>
                    <table>
                        <thead><tr>
                            <th scope="col">{tr("費用", "Fee")}</th>
                            <th scope="col">{tr("支払う時期", "When")}</th>
                            <th scope="col" class="num">{tr("金額", "Amount")}</th>
                            <th scope="col">{tr("根拠", "Article")}</th>
                        </tr></thead>
                        <tbody>
                            {r.fees.iter().map(|f| {
                                let reduced = (f.full_amount_yen != f.amount_yen).then(|| format!(" ({} {})", tr("本来", "full")(), yen(f.full_amount_yen)));
                                view! { <tr data-fee=f.id>
                                    <td>{msg(&f.label)}</td>
                                    <td>{msg(&f.when)}</td>
                                    <td class="num">{yen(f.amount_yen)}{reduced}</td>
                                    <td class="source">{f.article.section}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                        <tfoot><tr>
                            <th scope="row" colspan="2">{tr("合計", "Total")}</th>
                            <td class="num" data-key="fees_total_yen"><strong>{yen(r.fees_total_yen)}</strong></td>
                            <td></td>
                        </tr></tfoot>
                    </table>
                    <p class="no-refund">{tr(
                        "払い込んだ審査料・登録料・更新審査料は、いかなる理由があっても返却されません。",
                        "Fees once paid are never refunded, for any reason.",
                    )}</p>
                    {window.map(|w| view! {
                        <p class="window" data-key="application_window">
                            <strong>{tr("更新申請の受付期間: ", "Renewal application window: ")}</strong>{w}
                            " "
                            {if inside {
                                view! { <span class="ok">{tr("（基準日は期間内）", "(the reference date is inside)")}</span> }.into_any()
                            } else {
                                view! { <span class="ng">{tr("（基準日は期間外）", "(the reference date is outside)")}</span> }.into_any()
                            }}
                        </p>
                    })}
                    {attendance.map(|w| view! {
                        <p class="window" data-key="attendance_window"><strong>{tr("参加を数える期間（過去5年）: ", "Attendance counted in (last 5 years): ")}</strong>{w}</p>
                    })}
                    {valid_until.map(|d| view! {
                        <p class="window" data-key="provisional_valid_until"><strong>{tr("暫定専門HCTCの有効期限: ", "Provisional certification valid until: ")}</strong>{d}</p>
                    })}
                    {valid_years.map(|y| view! {
                        <p class="window" data-key="valid_years">{move || if lang().is_en() {
                            format!("Valid for {y} years, not renewable.")
                        } else {
                            format!("有効期間は{y}年間で、更新はありません。")
                        }}</p>
                    })}
                </section>
            })
        })
    }
}
