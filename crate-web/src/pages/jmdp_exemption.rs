//! 患者負担金の免除 (seed 003 参考資料2-16/2-17): the household's category and each member's income
//! tax give the rate (the highest single member counts, not the sum); the rate applies to the
//! domestic fees and, capped at 1,000,000 yen, to the overseas coordination fees.
//!
//! The household list (the schema's `income_tax_yen`, a list of yen: one row per member, each value
//! in its own signal, keyed by a stable id) is shared with the patient overview. It travels to core
//! as `income_tax_yen` and to the URL as one compact `members` parameter (a JSON array).
use super::jmdp_fees::NoteList;
use crate::components::{amount_text, Actions, AsOfField, Disagreements, Figure, PageHead, RulesUsed, TraceTable};
use crate::fields::{text, FieldError, Input, Inputs};
use crate::form::{flag, items, num, num_opt, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use crate::rows::{cell_text, focus, link_value};
use calc_core::rules::jmdp::exemption::{self, schema, Status};
use calc_core::schema::{Choose, Field, Kind};
use calc_core::value::{parse_json, Value};
use calc_core::Unit;
use leptos::prelude::*;

/// The page parameter that holds the household list.
pub(crate) const MEMBERS: &str = "members";

/// The household list: rows in signals, the `members` parameter kept in step, the array for core.
#[derive(Clone, Copy)]
pub struct Household {
    calc: &'static str,
    field: &'static Field,
    members: RwSignal<Vec<(u64, RwSignal<String>)>>,
    next_id: StoredValue<u64>,
    /// A row's signal belongs to the page, not to the editor (hidden and shown again by the category).
    owner: StoredValue<Option<Owner>>,
}

/// A list as a link or the schema writes it (`[40000, 40000]`); `None` when unreadable. Odd items
/// become empty rows.
fn parse_list(text: &str, max: usize) -> Option<Vec<String>> {
    match parse_json(text) {
        Ok(Value::Array(items)) => Some(items.iter().take(max).map(cell_text).collect()),
        _ => None,
    }
}

impl Household {
    /// The list of `field` (a list of values). It starts from the link's `members`, else from the
    /// field's own start (the link's `income_tax_yen`, the page's start or the schema's example),
    /// which also replaces an unreadable `members`. Only `members` carries it in the URL after that.
    pub fn new(form: Form, field: &'static Field) -> Household {
        let Kind::List { max, .. } = field.kind else { panic!("{} is no list", field.key) };
        let own = form.field(field.key);
        let start = parse_list(&own.get_untracked(), max).unwrap_or_default();
        own.set(String::new());
        let param = form.field(MEMBERS);
        let rows = form.in_link(MEMBERS).then(|| parse_list(&param.get_untracked(), max)).flatten().unwrap_or(start);
        let (members, next_id, owner) =
            (RwSignal::new(Vec::new()), StoredValue::new(0), StoredValue::new(Owner::current()));
        let h = Household { calc: form.calculator, field, members, next_id, owner };
        h.members.set(rows.into_iter().map(|t| h.make(t)).collect());
        Effect::new(move |_| {
            let text =
                Value::Array(h.members.with(|v| v.iter().map(|(_, s)| s.with(|s| link_value(s))).collect())).to_json();
            if param.get_untracked() != text {
                param.set(text);
            }
        });
        h
    }

    fn make(&self, value: String) -> (u64, RwSignal<String>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let value = match self.owner.get_value() {
            Some(owner) => owner.with(|| RwSignal::new(value)),
            None => RwSignal::new(value),
        };
        (id, value)
    }

    /// The filled-in rows for core; empty rows are left out (tracked).
    pub fn to_json(&self) -> Value {
        Value::Array(
            self.members
                .with(|v| v.iter().map(|(_, s)| s.get()).filter(|t| !t.trim().is_empty()).map(Value::String).collect()),
        )
    }

    /// Core's index of a row (empty rows are not sent), if the row is sent at all. Tracked.
    fn core_index(&self, id: u64) -> Option<usize> {
        self.members.with(|v| {
            let sent = |s: &RwSignal<String>| !s.with(|t| t.trim().is_empty());
            let at = v.iter().position(|(i, _)| *i == id)?;
            sent(&v[at].1).then(|| v[..at].iter().filter(|(_, s)| sent(s)).count())
        })
    }
}

/// The household members' income tax, one row each, with add and delete.
#[component]
pub(crate) fn HouseholdEditor(household: Household, outcome: Memo<Outcome>) -> impl IntoView {
    let Household { calc, field, members: list, .. } = household;
    let Kind::List { max, .. } = field.kind else { unreachable!() };
    let add_id = format!("{calc}-member-add");
    let add_id2 = add_id.clone();
    let add = move |_| {
        let m = household.make(String::new());
        let focus_id = format!("{calc}-member-{}", m.0);
        list.update(|v| {
            if v.len() < max {
                v.push(m)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    view! {
        <section class="household" aria-labelledby=format!("{calc}-household-h") data-list=MEMBERS>
            <h2 id=format!("{calc}-household-h")>{text(field.label)}</h2>
            <p class="hint">{text(field.help)}</p>
            <FieldError outcome=outcome field=field.key.to_string() id=format!("{calc}-{}-err", field.key) />
            <ol class="member-list">
                <For
                    each=move || list.get()
                    key=|m| m.0
                    children=move |(id, value)| {
                        let add_id = add_id2.clone();
                        view! { <MemberRow household=household id=id value=value outcome=outcome add_id=add_id /> }
                    }
                />
            </ol>
            {move || list.with(|v| v.is_empty()).then(|| view! {
                <p class="empty-list">{tr("（世帯員がいません。「世帯員を追加」で入力してください）", "(No members yet: add one below.)")}</p>
            })}
            <button type="button" class="btn secondary add-row no-print" id=add_id on:click=add>
                {tr("＋ 世帯員を追加", "+ Add a household member")}
            </button>
        </section>
    }
}

#[component]
fn MemberRow(
    household: Household,
    id: u64,
    value: RwSignal<String>,
    outcome: Memo<Outcome>,
    add_id: String,
) -> impl IntoView {
    let Household { calc, field, members: list, .. } = household;
    let Kind::List { item, .. } = field.kind else { unreachable!() };
    let pos = Memo::new(move |_| list.with(|v| v.iter().position(|m| m.0 == id).unwrap_or(0)));
    let core_idx = Memo::new(move |_| household.core_index(id));
    // Errors are core's, named by the row's index among the rows sent.
    let name = Signal::derive(move || core_idx.get().map(|k| format!("{}[{k}]", field.key)).unwrap_or_default());
    let invalid = move || outcome.with(|o| name.with(|n| !n.is_empty() && !crate::form::errors_for(o, n).is_empty()));
    let dom_id = format!("{calc}-member-{id}");
    let err_id = format!("{dom_id}-err");
    let unit = item.unit();
    let label = move || {
        if lang().is_en() {
            format!("Member {} — {}", pos.get() + 1, item.label.en.to_ascii_lowercase())
        } else {
            format!("世帯員{} の{}", pos.get() + 1, item.label.ja)
        }
    };
    let remove = move |_| {
        list.update(|v| v.retain(|m| m.0 != id));
        let add_id = add_id.clone();
        request_animation_frame(move || focus(&add_id));
    };
    view! {
        <li class="member-row" data-row=move || pos.get().to_string()>
            <div class="field" class:invalid=invalid>
                <label for=dom_id.clone()>{label}</label>
                <div class="input-row">
                    <input id=dom_id.clone() type="text" name=move || format!("{}[{}]", field.key, pos.get()) inputmode="decimal" autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" } aria-describedby=err_id.clone()
                        value=value.get_untracked() prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                    <span class="unit">{text(unit)}</span>
                    <button type="button" class="btn secondary delete-row no-print"
                        aria-label=move || if lang().is_en() { format!("Remove member {}", pos.get() + 1) } else { format!("世帯員{} を削除", pos.get() + 1) }
                        on:click=remove>
                        {tr("削除", "Remove")}
                    </button>
                </div>
                <FieldError outcome=outcome field=name id=err_id />
            </div>
        </li>
    }
}

/// The documents to send, as a printable checklist (from an exemption result).
#[component]
pub(crate) fn Certificates(docs: Signal<Vec<exemption::Document>>) -> impl IntoView {
    move || {
        let docs = docs.get();
        (!docs.is_empty()).then(|| {
            let en = lang().is_en();
            view! {
                <section class="certificates" aria-labelledby="certs-h">
                    <h2 id="certs-h">{tr("申請に必要な書類（チェックリスト）", "Documents to send (checklist)")}</h2>
                    <ul class="checklist">
                        {docs.iter().map(|d| {
                            let required = d.required;
                            view! {
                                <li class:required=required>
                                    <span class="box" aria-hidden="true">"□"</span>
                                    <span class="doc">
                                        <span class="tag">{if required { tr("必須", "Required")() } else { tr("該当者のみ", "If it applies")() }}</span>
                                        " "{if en { d.en } else { d.ja }}
                                        <span class="where">{tr("取得先: ", "From: ")()}{if en { d.where_en } else { d.where_ja }}</span>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// 「決定前に支払った負担金は返金されない」, always shown (core's own wording).
#[component]
pub(crate) fn NotRefundedNote() -> impl IntoView {
    let m = exemption::not_refunded_note();
    view! {
        <div class="warning not-refunded" role="note">
            <p><strong>{tr("ご注意: 支払い済みの負担金は返金されません", "Note: fees already paid are not refunded")}</strong></p>
            <p>{move || msg(&m)}</p>
        </div>
    }
}

#[component]
pub fn JmdpExemption() -> impl IntoView {
    // The schema's example: two members paying 40,000 yen each (80,000 in total) — the highest is 40,000 → 70%.
    let form = Form::new(&exemption::TYPED, &[(MEMBERS, "")]);
    let status = form.field(schema::STATUS.key);
    let household = Household::new(form, &schema::INCOME_TAX_YEN);
    let taxed = move || status.with(|s| s == Status::Taxed.key());
    let extra = Signal::derive(move || {
        let mut m = calc_core::value::Map::new();
        if taxed() {
            m.insert(schema::INCOME_TAX_YEN.key, household.to_json());
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&exemption::TYPED);
    let cap_applied = flag(res, |r| r.overseas_cap_applied);
    let has_overseas = flag(res, |r| r.overseas_fees_yen > 0);
    let not_refunded_ja = exemption::not_refunded_note().ja;
    let other_notes = Signal::derive(move || {
        res.with(|r| r.iter().flat_map(|r| r.notes.iter()).filter(|n| n.ja != not_refunded_ja).cloned().collect())
    });
    let eligible = move || res.with(|r| r.as_ref().map(|r| r.eligible));

    view! {
        <div class="page calc jmdp-page jmdp-exemption">
            <PageHead
                ja="患者負担金の免除" en="JMDP fee exemption"
                lead_ja="骨髄バンクの患者負担金は、世帯の課税状況によって全部または一部が免除されます。世帯の区分と、世帯全員の所得税年額から免除率と必要な書類を確認できます。"
                lead_en="JMDP waives all or part of the patient fees depending on the household's tax situation. Check the rate and the documents from the household's category and each member's income tax."
                form=form
            />
            <p class="notice">{tr(
                "初期値は例です（課税世帯・2人とも所得税40,000円 → 合計80,000円ですが、一番高い方の40,000円で判定して免除率70%）。ご自身の内容に書き換えてください。",
                "The starting values are an example (two members paying ¥40,000 each: ¥80,000 in total, but the highest single member, ¥40,000, decides → 70%). Replace them with your own.",
            )}</p>
            <NotRefundedNote />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <Input form=form outcome=outcome field=&schema::STATUS />
            </form>
            {move || taxed().then(|| view! { <HouseholdEditor household=household outcome=outcome /> })}
            {move || (!taxed()).then(|| view! {
                <p class="hint household-skip">{tr(
                    "この区分では所得税年額の入力は不要です（証明書で区分を確認します）。",
                    "For this category no income tax figures are needed (the certificates show the category).",
                )}</p>
            })}
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <Inputs form=form outcome=outcome fields=&[&schema::DOMESTIC_FEES_YEN, &schema::OVERSEAS_FEES_YEN] />
                <AsOfField form=form outcome=outcome />
            </form>

            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="rate_percent" value=num(res, |r| r.rate_percent) ja="免除率" en="Exemption rate" unit=Unit::Percent strong=true />
                <Figure key="domestic_exempted_yen" value=num(res, |r| r.domestic_exempted_yen) ja="国内料金の免除額" en="Domestic fees exempted" />
                <Figure key="domestic_payable_yen" value=num(res, |r| r.domestic_payable_yen) ja="国内料金のお支払い額" en="Domestic fees payable" strong=true />
                {move || taxed().then(|| view! {
                    <Figure key="highest_income_tax_yen" value=num_opt(res, |r| r.highest_income_tax_yen) ja="判定に使う額（一番高い方）" en="Counts: the highest member" />
                })}
                {move || has_overseas.get().then(|| view! {
                    <Figure key="overseas_exempted_yen" value=num(res, |r| r.overseas_exempted_yen) ja="海外コーディネート費用の免除額" en="Overseas fees exempted" />
                    <Figure key="overseas_payable_yen" value=num(res, |r| r.overseas_payable_yen) ja="海外コーディネート費用のお支払い額" en="Overseas fees payable" />
                })}
            </section>
            <div class="result-notes">
                {move || (eligible() == Some(false)).then(|| view! {
                    <p class="warning not-eligible">{tr(
                        "この内容では免除の対象外です（負担金は全額お支払いいただきます）。",
                        "With these entries the household does not qualify (the fees are payable in full).",
                    )}</p>
                })}
                {move || {
                    let figures = res.with(|r| r.as_ref().and_then(|r| Some((r.highest_income_tax_yen?, r.household_total_income_tax_yen))));
                    figures.filter(|_| taxed()).map(|(h, t)| view! {
                        <p class="hint highest-note">{move || if lang().is_en() {
                            format!("Household total {} — not used; the highest single member, {}, decides the rate.", amount_text(t, Unit::Yen), amount_text(h, Unit::Yen))
                        } else {
                            format!("世帯の合計 {} は使いません。一番高い方の {} で免除率が決まります。", amount_text(t, Unit::Yen), amount_text(h, Unit::Yen))
                        }}</p>
                    })
                }}
                {move || cap_applied.get().then(|| {
                    let (cap, before) = res.with(|r| r.as_ref().map_or((0, 0), |r| (r.overseas_cap_yen, r.overseas_exempted_before_cap_yen)));
                    view! {
                        <p class="notice cap-note">{move || if lang().is_en() {
                            format!("Overseas fees: the rate would exempt {}, but the exemption is capped at {}.", amount_text(before, Unit::Yen), amount_text(cap, Unit::Yen))
                        } else {
                            format!("海外コーディネート費用: 免除率どおりなら {} ですが、免除額は {} が上限です。", amount_text(before, Unit::Yen), amount_text(cap, Unit::Yen))
                        }}</p>
                    }
                })}
                <Disagreements list=items(res, |r| &r.disagreements) />
                <NoteList notes=other_notes />
            </div>
            <Certificates docs=items(res, |r| &r.certificates) />
            <p class="hint no-print">
                {tr("負担金の額は ", "Work out the fees on ")}
                <a href=crate::links::href("/jmdp/fees")>{tr("骨髄バンク 患者負担金", "JMDP patient fees")}</a>
                {tr("、差額ベッド代・運搬費を含めた全体は ", "; the whole picture with the private room and transport on ")}
                <a href=crate::links::href("/patient")>{tr("患者さんの費用の全体像", "patient cost overview")}</a>
                {tr(" で計算できます。", ".")}
            </p>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
