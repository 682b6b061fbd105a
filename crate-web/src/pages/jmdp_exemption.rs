//! 患者負担金の免除 (seed 003 参考資料2-16/2-17): the household's category and each member's income
//! tax give the rate (the highest single member counts, not the sum); the rate applies to the
//! domestic fees and, capped at 1,000,000 yen, to the overseas coordination fees.
//!
//! The household list (one row per member, each row's value in its own signal, keyed by a stable id)
//! is shared with the patient overview. It travels to core as `income_tax_yen` and to the URL as one
//! compact `members` parameter (a JSON array, kept as a Form field so the one URL writer keeps it).
use crate::components::{amount_text, Actions, AsOfField, Figure, NumField, PageHead, RulesUsed, SelectField, TraceTable};
use crate::form::{errors_for, flag, items, num, num_opt, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use calc_core::rules::jmdp::exemption;
use calc_core::value::{parse_json, Map, Value};
use calc_core::Unit;
use leptos::prelude::*;

/// Core's limit on household members: a longer list from the URL is cut, never an error.
const MAX_MEMBERS: usize = calc_core::rules::jmdp::exemption::MAX_MEMBERS;

/// The categories as the application form asks for them, in plain words.
pub(crate) const STATUS_OPTIONS: &[(&str, &str, &str)] = &[
    ("welfare", "生活保護受給世帯", "On public assistance (生活保護)"),
    ("resident_tax_exempt", "住民税非課税世帯", "Exempt from resident tax"),
    ("income_tax_exempt", "所得税非課税世帯（世帯の誰も所得税なし）", "No one pays income tax"),
    ("taxed", "課税世帯（所得税を納めている方がいる）", "Taxed (someone pays income tax)"),
];

/// One household member's row.
#[derive(Clone)]
pub struct Member {
    id: u64,
    tax: RwSignal<String>,
}

/// The household list: rows in signals, the URL parameter kept in step, the array for core.
#[derive(Clone, Copy)]
pub struct Household {
    pub calc: &'static str,
    pub members: RwSignal<Vec<Member>>,
    next_id: StoredValue<u64>,
}

/// `members` parameter → the rows' texts. Anything unreadable → `fallback`; odd items → empty rows.
fn parse_members(text: &str, fallback: &[&str]) -> Vec<String> {
    match parse_json(text) {
        Ok(Value::Array(items)) => items
            .iter()
            .take(MAX_MEMBERS)
            .map(|v| match v {
                Value::String(s) => s.chars().take(40).collect(),
                Value::Number(n) => n.to_string(),
                _ => String::new(),
            })
            .collect(),
        _ => fallback.iter().map(|s| s.to_string()).collect(),
    }
}

/// Rows → the `members` parameter: plain whole numbers unquoted, so a shared link stays short.
fn encode_members(rows: &[String]) -> String {
    Value::Array(
        rows.iter()
            .map(|s| match s.parse::<i64>() {
                Ok(n) if n >= 0 && n.to_string() == *s && s.len() <= 15 => Value::from(n),
                _ => Value::String(s.clone()),
            })
            .collect(),
    )
    .to_json()
}

impl Household {
    /// Reads the form's `members` field (from the URL or the default) and keeps it in step.
    pub fn new(form: Form, fallback: &'static [&'static str]) -> Household {
        let field = form.field("members");
        let next_id = StoredValue::new(0u64);
        let rows = parse_members(&field.get_untracked(), fallback);
        let h = Household { calc: form.calculator, members: RwSignal::new(Vec::new()), next_id };
        h.members.set(rows.into_iter().map(|t| h.make(t)).collect());
        Effect::new(move |_| {
            let text = encode_members(&h.members.with(|v| v.iter().map(|m| m.tax.get()).collect::<Vec<_>>()));
            if field.get_untracked() != text {
                field.set(text);
            }
        });
        h
    }

    fn make(&self, tax: String) -> Member {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        Member { id, tax: RwSignal::new(tax) }
    }

    /// The filled-in rows for core (`income_tax_yen`); empty rows are left out (tracked).
    pub fn taxes(&self) -> Value {
        Value::Array(
            self.members.with(|v| v.iter().map(|m| m.tax.get()).filter(|t| !t.trim().is_empty()).map(Value::String).collect()),
        )
    }

    /// Core's index of a row (empty rows are not sent), if the row is sent at all.
    fn core_index(&self, id: u64) -> Option<usize> {
        self.members.with(|v| {
            let mut k = 0;
            for m in v {
                let filled = !m.tax.with(|t| t.trim().is_empty());
                if m.id == id {
                    return filled.then_some(k);
                }
                if filled {
                    k += 1;
                }
            }
            None
        })
    }
}

/// The household members' income tax, one row each, with add and delete.
#[component]
pub(crate) fn HouseholdEditor(household: Household, outcome: Memo<Outcome>) -> impl IntoView {
    let calc = household.calc;
    let list = household.members;
    let add_id = format!("{calc}-member-add");
    let add_id2 = add_id.clone();
    let add = move |_| {
        let m = household.make(String::new());
        let focus_id = format!("{calc}-member-{}", m.id);
        list.update(|v| {
            if v.len() < MAX_MEMBERS {
                v.push(m)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    let list_errors = move || outcome.with(|o| errors_for(o, "income_tax_yen").iter().map(msg).collect::<Vec<_>>());
    view! {
        <section class="household" aria-labelledby=format!("{calc}-household-h") data-list="members">
            <h2 id=format!("{calc}-household-h")>{tr("世帯全員の所得税年額", "Each household member's annual income tax")}</h2>
            <p class="hint">{tr(
                "住民票に載っている方ごとに1行ずつ、所得税の年額（所得課税証明書・源泉徴収票の「源泉徴収税額」など）を入力します。免除率は世帯の合計ではなく、一番高い方の1人の額で決まります。所得税のない方は 0 円、空欄の行は計算に含めません。",
                "One row per person on the residence record (住民票): their annual income tax (from the income and tax certificate or withholding slip). The rate depends on the single highest member, not the household total. Enter 0 for someone who pays none; empty rows are left out.",
            )}</p>
            {move || {
                let errs = list_errors();
                (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
            }}
            <ol class="member-list">
                <For
                    each=move || list.get()
                    key=|m| m.id
                    children=move |m| {
                        let add_id = add_id2.clone();
                        view! { <MemberRow household=household member=m outcome=outcome add_id=add_id /> }
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
fn MemberRow(household: Household, member: Member, outcome: Memo<Outcome>, add_id: String) -> impl IntoView {
    let calc = household.calc;
    let list = household.members;
    let id = member.id;
    let tax = member.tax;
    let pos = Memo::new(move |_| list.with(|v| v.iter().position(|m| m.id == id).unwrap_or(0)));
    let core_idx = Memo::new(move |_| household.core_index(id));
    let errors = move || {
        outcome.with(|o| match core_idx.get() {
            Some(k) => errors_for(o, &format!("income_tax_yen[{k}]")).iter().map(msg).collect::<Vec<_>>(),
            None => Vec::new(),
        })
    };
    let invalid = move || !errors().is_empty();
    let dom_id = format!("{calc}-member-{id}");
    let err_id = format!("{dom_id}-err");
    let label = move || {
        if lang().is_en() {
            format!("Member {} — annual income tax", pos.get() + 1)
        } else {
            format!("世帯員{} の所得税年額", pos.get() + 1)
        }
    };
    let remove = move |_| {
        list.update(|v| v.retain(|m| m.id != id));
        let add_id = add_id.clone();
        request_animation_frame(move || focus(&add_id));
    };
    view! {
        <li class="member-row" data-row=move || pos.get().to_string()>
            <div class="field" class:invalid=invalid>
                <label for=dom_id.clone()>{label}</label>
                <div class="input-row">
                    <input
                        id=dom_id.clone()
                        type="text"
                        name=move || format!("income_tax_yen[{}]", pos.get())
                        inputmode="decimal"
                        autocomplete="off"
                        aria-invalid=move || if invalid() { "true" } else { "false" }
                        aria-describedby=err_id.clone()
                        prop:value=move || tax.get()
                        on:input=move |ev| tax.set(event_target_value(&ev))
                    />
                    <span class="unit">{tr("円", "yen")}</span>
                    <button type="button" class="btn secondary delete-row no-print"
                        aria-label=move || if lang().is_en() { format!("Remove member {}", pos.get() + 1) } else { format!("世帯員{} を削除", pos.get() + 1) }
                        on:click=remove>
                        {tr("削除", "Remove")}
                    </button>
                </div>
                <p class="field-error" id=err_id role="alert" hidden=move || !invalid()>{move || errors().join(" / ")}</p>
            </div>
        </li>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
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
    let m = calc_core::rules::jmdp::exemption::not_refunded_note();
    view! {
        <div class="warning not-refunded" role="note">
            <p><strong>{tr("ご注意: 支払い済みの負担金は返金されません", "Note: fees already paid are not refunded")}</strong></p>
            <p>{move || msg(&m)}</p>
        </div>
    }
}

#[component]
pub fn JmdpExemption() -> impl IntoView {
    // The example: two members paying 40,000 yen each (80,000 in total) — the highest is 40,000 → 70%.
    let form = Form::legacy(&exemption::TYPED,
        &[
            ("status", "taxed"),
            ("members", "[40000,40000]"),
            ("domestic_fees_yen", "147000"),
            ("overseas_fees_yen", "0"),
        ],
    );
    let status = form.field("status");
    let household = Household::new(form, &["40000", "40000"]);
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert("members", Value::Null);
        if status.get() == "taxed" {
            m.insert("income_tax_yen", household.taxes());
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&exemption::TYPED);
    let taxed = move || status.get() == "taxed";
    let cap_applied = flag(res, |r| r.overseas_cap_applied);
    let has_overseas = flag(res, |r| r.overseas_fees_yen > 0);
    let not_refunded_ja = exemption::not_refunded_note().ja;
    let other_notes = move || {
        res.with(|r| {
            r.iter()
                .flat_map(|r| r.notes.iter())
                .filter(|n| n.ja != not_refunded_ja)
                .map(msg)
                .collect::<Vec<_>>()
        })
    };
    let eligible = move || res.with(|r| r.as_ref().map(|r| r.eligible));

    view! {
        <div class="page calc jmdp-page jmdp-exemption">
            <PageHead
                ja="患者負担金の免除" en="JMDP fee exemption"
                lead_ja="骨髄バンクの患者負担金は、世帯の課税状況によって全部または一部が免除されます。世帯の区分と、世帯全員の所得税年額から免除率と必要な書類を確認できます。"
                lead_en="JMDP waives all or part of the patient fees depending on the household's tax situation. Check the rate and the documents from the household's category and each member's income tax."
            />
            <p class="notice">{tr(
                "初期値は例です（課税世帯・2人とも所得税40,000円 → 合計80,000円ですが、一番高い方の40,000円で判定して免除率70%）。ご自身の内容に書き換えてください。",
                "The starting values are an example (two members paying ¥40,000 each: ¥80,000 in total, but the highest single member, ¥40,000, decides → 70%). Replace them with your own.",
            )}</p>
            <NotRefundedNote />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <SelectField form=form outcome=outcome name="status" ja="世帯の区分" en="Household category" options=STATUS_OPTIONS />
            </form>
            {move || taxed().then(|| view! { <HouseholdEditor household=household outcome=outcome /> })}
            {move || (!taxed()).then(|| view! {
                <p class="hint household-skip">{tr(
                    "この区分では所得税年額の入力は不要です（証明書で区分を確認します）。",
                    "For this category no income tax figures are needed (the certificates show the category).",
                )}</p>
            })}
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <NumField form=form outcome=outcome name="domestic_fees_yen" ja="患者負担金（国内料金）" en="Patient fees (domestic)" unit_ja="円" unit_en="yen"
                    hint_ja="骨髄バンクから請求される（される見込みの）負担金。例の147,000円はドナー4人検査・移植ありの参考モデル額です。"
                    hint_en="The fees JMDP bills (or will bill). The example ¥147,000 is the model total for 4 donors tested and a transplant." />
                <NumField form=form outcome=outcome name="overseas_fees_yen" ja="海外ドナーとのコーディネート費用" en="Overseas donor coordination fees" unit_ja="円" unit_en="yen"
                    hint_ja="海外ドナーの場合のみ。免除額は100万円が上限です。" hint_en="Only with an overseas donor. The exempted amount is capped at ¥1,000,000." />
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
                {move || taxed().then(|| {
                    let total = move || res.with(|r| r.as_ref().map(|r| r.household_total_income_tax_yen));
                    let highest = move || res.with(|r| r.as_ref().and_then(|r| r.highest_income_tax_yen));
                    move || match (highest(), total()) {
                        (Some(h), Some(t)) => Some(view! {
                            <p class="hint highest-note">{move || if lang().is_en() {
                                format!("Household total {} — not used; the highest single member, {}, decides the rate.", amount_text(t, Unit::Yen), amount_text(h, Unit::Yen))
                            } else {
                                format!("世帯の合計 {} は使いません。一番高い方の {} で免除率が決まります。", amount_text(t, Unit::Yen), amount_text(h, Unit::Yen))
                            }}</p>
                        }),
                        _ => None,
                    }
                })}
                {move || cap_applied.get().then(|| {
                    let cap = move || res.with(|r| r.as_ref().map_or(0, |r| r.overseas_cap_yen));
                    let before = move || res.with(|r| r.as_ref().map_or(0, |r| r.overseas_exempted_before_cap_yen));
                    view! {
                        <p class="notice cap-note">{move || if lang().is_en() {
                            format!("Overseas fees: the rate would exempt {}, but the exemption is capped at {}.", amount_text(before(), Unit::Yen), amount_text(cap(), Unit::Yen))
                        } else {
                            format!("海外コーディネート費用: 免除率どおりなら {} ですが、免除額は {} が上限です。", amount_text(before(), Unit::Yen), amount_text(cap(), Unit::Yen))
                        }}</p>
                    }
                })}
                {move || {
                    let notes = other_notes();
                    (!notes.is_empty()).then(|| view! { <ul class="jmdp-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> })
                }}
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
