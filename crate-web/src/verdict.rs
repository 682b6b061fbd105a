//! The verdict of an eligibility check, one panel for every checker (HCTC, cell-therapy manager,
//! pharmacist credits): the decision, then every requirement core checked — what was reached
//! against what the rule requires, the shortfall and the article — and core's notes.

use crate::form::Form;
use crate::i18n::{lang, msg, tr};
use calc_core::params::Bound;
use calc_core::rules::requirement::{Requirement, Unchecked, Window};
use calc_core::value::Value;
use calc_core::Msg;
use leptos::prelude::*;

/// A reached / required value: numbers as they are (fiscal years must not be grouped), yes/no words.
fn value_text(v: &Value) -> String {
    match v {
        Value::Bool(true) => if lang().is_en() { "yes" } else { "はい" }.into(),
        Value::Bool(false) => if lang().is_en() { "no" } else { "いいえ" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => "—".into(),
    }
}

fn bound_text(b: Bound) -> &'static str {
    let en = lang().is_en();
    match (b, en) {
        (Bound::AtLeast, false) => "以上",
        (Bound::AtLeast, true) => "or more",
        (Bound::AtMost, false) => "以下",
        (Bound::AtMost, true) => "or less",
        (Bound::LessThan, false) => "未満",
        (Bound::LessThan, true) => "under",
        (Bound::MoreThan, false) => "超",
        (Bound::MoreThan, true) => "over",
        (Bound::Value, _) => "",
    }
}

/// One requirement line: ✓/✗, its label, "reached / required", the shortfall, the article. While
/// nothing has been entered (`waiting`) only what is required, with no mark.
pub fn requirement_view(r: &Requirement, waiting: bool) -> impl IntoView {
    let met = r.met;
    let sep = if lang().is_en() { " " } else { "" };
    let figures = match (&r.reached, waiting) {
        (Value::Bool(_), true) => String::new(),
        (Value::Bool(_), false) => value_text(&r.reached),
        (_, true) => format!("{}{sep}{}", value_text(&r.required), bound_text(r.bound)),
        (_, false) => format!("{} / {}{sep}{}", value_text(&r.reached), value_text(&r.required), bound_text(r.bound)),
    };
    let shortfall = match &r.shortfall {
        Value::Number(n) if !met && !waiting && n.is_positive() => {
            Some(if lang().is_en() { format!("{n} short") } else { format!("あと{n}不足") })
        }
        _ => None,
    };
    let (mark, said) = match (waiting, met) {
        (true, _) => ("・", tr("必要な要件", "required")()),
        (false, true) => ("✓", tr("充足", "met")()),
        (false, false) => ("✗", tr("未達", "not met")()),
    };
    view! {
        <li class="req" class:met=met && !waiting class:unmet=!met && !waiting data-req=r.id.clone()>
            <span class="mark" aria-hidden="true">{mark}</span>
            <span class="visually-hidden">{said}</span>
            <span class="req-label">{msg(&r.label)}</span>
            <span class="req-figures">{figures}</span>
            {shortfall.map(|s| view! { <span class="shortfall">{s}</span> })}
            <span class="article">{r.article.section}</span>
        </li>
    }
}

/// What the verdict panel shows: the decision, whether it is an exam's (pass / fail), every
/// requirement, and those the input left empty (not checked: never a pass).
#[derive(Clone, PartialEq)]
pub struct VerdictData {
    pub eligible: bool,
    pub exam: bool,
    pub requirements: Vec<Requirement>,
    pub not_checked: Vec<Unchecked>,
}

/// A requirement the input left empty: "?", its words and its article.
fn unchecked_view(u: &Unchecked) -> impl IntoView {
    view! {
        <li class="req unchecked" data-req=u.id.clone()>
            <span class="mark" aria-hidden="true">"?"</span>
            <span class="visually-hidden">{tr("未確認", "not checked")}</span>
            <span class="req-label">{msg(&u.label)}</span>
            <span class="article">{u.article.section}</span>
        </li>
    }
}

/// Whether nothing has been entered since the page opened on its start values (not from a link):
/// every URL parameter but `ignore` (the route, the exam) and the reference date as it was. Once
/// something is entered it stays entered (a 0 typed back is an answer).
pub fn untouched(form: Form, ignore: &'static [&'static str]) -> Signal<bool> {
    let kept = move |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        pairs.into_iter().filter(|(k, _)| k != "as_of" && !ignore.contains(&k.as_str())).collect()
    };
    let start = kept(untrack(|| form.url_pairs()));
    let linked = start.iter().any(|(k, _)| form.in_link(k));
    let entered = RwSignal::new(linked);
    Effect::new(move |_| {
        if kept(form.url_pairs()) != start {
            entered.set(true);
        }
    });
    Signal::derive(move || !entered.get())
}

/// The headline (✓ / ✗) and every requirement with its figures and article ("check the entries"
/// while the input has errors). While `waiting` (nothing entered yet) no pass or fail: a neutral
/// line asking for the figures, and what each requirement asks for.
#[component]
pub fn Verdict(verdict: Signal<Option<VerdictData>>, #[prop(optional, into)] waiting: Signal<bool>) -> impl IntoView {
    view! {
        <section class="verdict-panel" aria-live="polite" aria-labelledby="verdict-h">
            <h2 id="verdict-h">{tr("判定", "Verdict")}</h2>
            {move || verdict.with(|v| match v {
                // Core's own "not checked" (nothing it needs was given) is already neutral and says more.
                Some(v) if waiting.get() && v.not_checked.is_empty() => view! {
                    <p class="verdict pending" data-eligible="" data-verdict="waiting">{tr(
                        "まだ判定していません。点数・件数を入力すると判定します。",
                        "Not checked yet: enter your score or counts to see the verdict.",
                    )}</p>
                    <ul class="reqs">{v.requirements.iter().map(|q| requirement_view(q, true)).collect_view()}</ul>
                }.into_any(),
                Some(v) => {
                    let eligible = v.eligible;
                    let unmet = v.requirements.iter().filter(|q| !q.met).count();
                    // Nothing failed but something was not given: say so, never a pass.
                    let unchecked = v.not_checked.len();
                    let pending = !eligible && unmet == 0 && unchecked > 0;
                    let head = match (eligible, v.exam, lang().is_en()) {
                        _ if pending && !lang().is_en() => format!("？ 未確認（入力されていない要件が{unchecked}件。入力すると判定します）"),
                        _ if pending => format!("? Not checked ({unchecked} requirement{} not given: enter {} to decide)", if unchecked == 1 { "" } else { "s" }, if unchecked == 1 { "it" } else { "them" }),
                        (true, true, false) => "✓ 合格".to_string(),
                        (true, true, true) => "✓ Pass".to_string(),
                        (true, false, false) => "✓ 要件を満たしています".to_string(),
                        (true, false, true) => "✓ All requirements met".to_string(),
                        (false, true, false) => "✗ 不合格（合格基準に未達）".to_string(),
                        (false, true, true) => "✗ Fail (below the pass mark)".to_string(),
                        (false, false, false) => format!("✗ 未達（満たしていない要件が{unmet}件）"),
                        (false, false, true) => format!("✗ Not met ({unmet} requirement{} short)", if unmet == 1 { "" } else { "s" }),
                    };
                    let verdict = if eligible { "met" } else if pending { "not_checked" } else { "not_met" };
                    view! {
                        <p class="verdict" class:ok=eligible class:ng=!eligible && !pending class:pending=pending data-eligible=eligible.to_string() data-verdict=verdict>{head}</p>
                        <ul class="reqs">
                            {v.requirements.iter().map(|q| requirement_view(q, false)).collect_view()}
                            {v.not_checked.iter().map(unchecked_view).collect_view()}
                        </ul>
                    }.into_any()
                }
                None => view! {
                    <p class="verdict pending" data-eligible="">{tr("入力を確認してください（判定できません）", "Check the entries (no verdict yet)")}</p>
                }.into_any(),
            })}
        </section>
    }
}

/// `2026-02-01〜2026-03-31` (`… to …` in English).
pub fn window_text(w: &Window) -> String {
    let (s, e) = (w.start, w.end);
    if lang().is_en() {
        format!("{s} to {e}")
    } else {
        format!("{s}〜{e}")
    }
}

/// Core's notes on the route (readings, what was not checked, exceptions).
#[component]
pub fn Notes(notes: Signal<Vec<Msg>>) -> impl IntoView {
    move || {
        notes.with(|notes| {
            (!notes.is_empty()).then(|| {
                view! {
                    <section class="cert-notes" aria-labelledby="notes-h">
                        <h2 id="notes-h">{tr("注意事項", "Notes")}</h2>
                        <ul>{notes.iter().map(|n| view! { <li>{msg(n)}</li> }).collect_view()}</ul>
                    </section>
                }
            })
        })
    }
}
