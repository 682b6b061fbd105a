//! The verdict of an eligibility check, one panel for every checker (HCTC, cell-therapy manager,
//! pharmacist credits): the decision, then every requirement core checked — what was reached
//! against what the rule requires, the shortfall and the article — and core's notes.

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

/// One requirement line: ✓/✗, its label, "reached / required", the shortfall, the article.
pub fn requirement_view(r: &Requirement) -> impl IntoView {
    let met = r.met;
    let figures = if matches!(r.reached, Value::Bool(_)) {
        value_text(&r.reached)
    } else {
        let b = bound_text(r.bound);
        let sep = if lang().is_en() { " " } else { "" };
        format!("{} / {}{sep}{b}", value_text(&r.reached), value_text(&r.required))
    };
    let shortfall = match &r.shortfall {
        Value::Number(n) if !met && n.is_positive() => {
            Some(if lang().is_en() { format!("{n} short") } else { format!("あと{n}不足") })
        }
        _ => None,
    };
    view! {
        <li class="req" class:met=met class:unmet=!met data-req=r.id.clone()>
            <span class="mark" aria-hidden="true">{if met { "✓" } else { "✗" }}</span>
            <span class="visually-hidden">{if met { tr("充足", "met")() } else { tr("未達", "not met")() }}</span>
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

/// The headline (✓ / ✗) and every requirement with its figures and article ("check the entries"
/// while the input has errors).
#[component]
pub fn Verdict(verdict: Signal<Option<VerdictData>>) -> impl IntoView {
    view! {
        <section class="verdict-panel" aria-live="polite" aria-labelledby="verdict-h">
            <h2 id="verdict-h">{tr("判定", "Verdict")}</h2>
            {move || verdict.with(|v| match v {
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
                            {v.requirements.iter().map(requirement_view).collect_view()}
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
