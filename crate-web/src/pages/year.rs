//! この1年の費用 (core `patient_year`): a family's months of a transplant admission — 総医療費,
//! meals, 先進医療, the JMDP fees in the months billed, the donor's room, the transport — and what
//! they pay at the window (with a ceiling certificate or without), what they finally bear, the
//! totals per 8月〜7月 and calendar year, and the 医療費控除 for each calendar year.
//!
//! The fields and the month cards come from core's schema; the plan is saved in the browser,
//! exported and imported (`FormRecords`) and carried in the link while short. The page's own views:
//! the example / empty choice, the way the bracket is given, the months table, the chart, the
//! years and the confidence line.
use super::year_household::{HouseholdResult, TraceNotice, OTHER_COPAYS};
use crate::components::{amount_text, Actions, Figure, LeftOutNotice, PageHead, RulesUsed, TraceTable};
use crate::fields::{Input, Inputs};
use crate::form::{num, num_opt, Form, Outcome};
use crate::i18n::{lang, tr};
use crate::links::href;
use crate::records::{restore, FormRecords};
use crate::rows::{focus, ListView, RowList};
use calc_core::rules::insurance::high_cost::schema as hc;
use calc_core::rules::patient::year::{self, schema, Output};
use calc_core::value::{Map, Value};
use calc_core::{Confidence, Msg, Text, Unit};
use leptos::prelude::*;

/// The example plan's months (as the `rows` parameter has them, in the schema's order): ウ, a
/// three-month admission 2026-07〜09, 4 donors tested in July, final consent in August, the
/// transplant in September with the donor's room and the transport.
const EXAMPLE_ROWS: &str = r#"[["2026-07",2500000,null,null,45,null,null,null,4],
["2026-08",3200000,null,null,93,null,null,null,null,1],
["2026-09",1800000,null,null,60,null,null,null,null,null,null,null,null,150000,60000]]"#;

/// The example's own plain fields (the rest are the schema's examples or defaults).
const EXAMPLE_FIELDS: &[(&str, &str)] = &[
    (hc::BRACKET.key, "u"),
    (hc::REMUNERATION.key, ""),
    (schema::JMDP_EXEMPTION_PERCENT.key, "70"),
    (schema::TOTAL_INCOME.key, "5000000"),
    (schema::TAXABLE_INCOME.key, "3000000"),
    (hc::PRIOR_BENEFIT_MONTHS.key, ""),
];

/// What "start empty" clears (the bracket and age stay: they are the family's, not the example's).
const EMPTY_FIELDS: &[(&str, &str)] = &[
    (schema::JMDP_EXEMPTION_PERCENT.key, "0"),
    (schema::TOTAL_INCOME.key, ""),
    (schema::TAXABLE_INCOME.key, ""),
    (hc::PRIOR_BENEFIT_MONTHS.key, ""),
    (hc::YEAR_PAID_BEFORE.key, "0"),
    (hc::LOW_INCOME_UNDER_2M.key, "false"),
    (schema::CEILING_CERTIFICATE.key, "true"),
];

static MONTHS: ListView = ListView {
    prefix: "yr",
    grid: "yr-grid",
    add: Text::new("＋ 月を追加", "+ Add a month"),
    empty: Text::new(
        "月がありません。「＋ 月を追加」で診療月ごとに入力するか、例を使ってください。",
        "No months yet. Add each month of care with “+ Add a month”, or use the example.",
    ),
    wide: &["month"],
};

/// `prior_benefit_months` as typed ("2026-04, 2026-05"; a saved "[]" too) → the list core reads.
fn prior_months(typed: &str) -> Value {
    let items: Vec<Value> = typed
        .split(|c: char| c == ',' || c == '、' || c.is_whitespace() || matches!(c, '[' | ']' | '"'))
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_string()))
        .collect();
    if items.is_empty() {
        Value::Null
    } else {
        Value::Array(items)
    }
}

fn yen(v: i64) -> String {
    amount_text(v, Unit::Yen)
}

/// 2026-07 → 2026年7月 / 2026-07.
fn month_name(m: &str) -> String {
    match (lang().is_en(), m.split_once('-')) {
        (false, Some((y, mm))) => format!("{y}年{}月", mm.trim_start_matches('0')),
        _ => m.to_string(),
    }
}

#[component]
pub fn PatientYear() -> impl IntoView {
    let form = Form::new(&year::TYPED, &[]).with_lists().start(EXAMPLE_FIELDS).start_rows(EXAMPLE_ROWS);
    let months = form.list(schema::MONTHS.key).skip_blank();
    // 世帯合算: a new row takes the month and the person of the row above.
    let others = form.list(hc::OTHER_COPAYS.key).skip_blank().carry(&[hc::copay::MONTH.key, hc::copay::MEMBER.key]);
    // The example as the page starts (not a link's plan): "is this still the example?" compares with it.
    let example = StoredValue::new(form.start_input());
    let restored = restore(form, schema::MONTHS.key, &[]);
    let prior = form.field(hc::PRIOR_BENEFIT_MONTHS.key);
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        m.insert(hc::PRIOR_BENEFIT_MONTHS.key, prior.with(|p| prior_months(p)));
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&year::TYPED);
    let is_example = Memo::new(move |_| example.with_value(|e| form.saved_input() == *e));

    // Both replace the plan: the one they replace comes back with 元に戻す.
    let use_example = move |_| {
        let what = Msg::new("例に置き換えました。", "The plan was replaced by the example.");
        restored.replace(what, || form.apply_input(&example.get_value(), &[]));
    };
    let start_empty = move |_| {
        let blank = months.blank();
        let first = format!("{}-{}-{}-{}", MONTHS.prefix, months.field.key, blank.id, hc::month::MONTH.key);
        restored.replace(Msg::new("空の計画にしました。", "The plan was emptied."), || {
            for (k, v) in EMPTY_FIELDS {
                form.field(k).set(v.to_string());
            }
            months.list.set(vec![blank]);
            others.list.set(Vec::new());
        });
        request_animation_frame(move || focus(&first));
    };

    view! {
        <div class="page calc patient-year">
            <PageHead
                ja="この1年の費用" en="Your costs this year"
                lead_ja="移植の入院の月ごとに、窓口での支払い（限度額適用認定証の有無）、高額療養費、多数回、年間上限の払い戻し、骨髄バンクの負担金、ドナーの差額ベッド代、運搬費と、最終的な負担を計算します。8月〜翌年7月と暦年の合計、暦年ごとの医療費控除の目安まで。"
                lead_en="Month by month through a transplant admission: what you pay at the window (with or without a ceiling certificate), the high-cost benefit, the 4th-month reduction, the yearly-cap refund, the JMDP fees, the donor's private room, the transport, and what you finally bear; totals per August-to-July and calendar year, and the medical-expense deduction for each calendar year."
                form=form
            />
            {move || if is_example.get() {
                view! { <p class="notice yr-example" role="status">{tr(
                    "これは例です: 区分ウ、2026年7月〜9月の3か月の入院（総医療費 250万・320万・180万円）、ドナー4人の確認検査（7月）、最終同意（8月）、移植（9月: ドナーの差額ベッド代15万円・運搬費6万円）、骨髄バンクの免除率70%。ご自身の計画に書き換えるか、空から始めてください。",
                    "This is an example: bracket ウ, a three-month admission July–September 2026 (total medical costs ¥2.5m, ¥3.2m, ¥1.8m), 4 donors tested (July), final consent (August), the transplant (September: the donor's room ¥150,000, transport ¥60,000), a 70% JMDP exemption. Replace it with your own plan, or start empty.",
                )}</p> }.into_any()
            } else {
                view! { <p class="hint yr-own">{tr(
                    "ご自身の計画です（このブラウザに保存されています）。",
                    "This is your own plan (saved in this browser).",
                )}</p> }.into_any()
            }}
            <div class="list-tools no-print">
                <button type="button" class="btn secondary yr-use-example" on:click=use_example>{tr("例を使う", "Use the example")}</button>
                <button type="button" class="btn secondary yr-start-empty" on:click=start_empty>{tr("空から始める", "Start empty")}</button>
            </div>
            <PlanInputs form=form outcome=outcome />
            <FormRecords form=form restored=restored main=schema::MONTHS.key />
            <div class="yr-months no-print">
                <RowList model=months view=&MONTHS outcome=outcome />
            </div>
            <div class="yr-others no-print">
                <RowList model=others view=&OTHER_COPAYS outcome=outcome />
            </div>
            <section class="input-group" aria-labelledby="yr-tax-h">
                <h2 id="yr-tax-h">{tr("医療費控除の所得（任意）", "Incomes for the tax deduction (optional)")}</h2>
                <form class="inputs" on:submit=|ev| ev.prevent_default()>
                    <Inputs form=form outcome=outcome fields=&[&schema::TOTAL_INCOME, &schema::TAXABLE_INCOME] />
                </form>
            </section>

            <LeftOutNotice outcome=outcome />
            <section class="result yr-headline" aria-live="polite" aria-label=tr("結果", "Result")>
                <Figure key="total_out_of_pocket_yen" value=num(res, |r| r.total_out_of_pocket_yen) ja="最終的な負担（計画全体）" en="Finally borne (whole plan)" strong=true />
                <Figure key="total_benefit_yen" value=num(res, |r| r.high_cost.total_benefit_yen) ja="高額療養費" en="High-cost benefit" />
                <Figure key="total_jmdp_fees_yen" value=num(res, |r| r.total_jmdp_fees_yen) ja="骨髄バンクの負担金" en="JMDP fees" />
                <Figure key="total_deduction_yen" value=num(res, |r| r.total_deduction_yen) ja="医療費控除（合計）" en="Tax deduction (all years)" />
                <Figure key="total_saving_yen" value=num_opt(res, |r| r.total_saving_yen) ja="税の軽減（目安）" en="Tax saved (estimate)" />
            </section>
            <ConfidenceLine outcome=outcome res=res />
            <TraceNotice outcome=outcome key="note.insurer_changed" class="yr-insurer" />
            <MonthTable res=res />
            <HouseholdResult res=res />
            <MonthChart res=res />
            <PlanYears res=res />
            <CalendarYears res=res />
            <TraceNotice outcome=outcome key="deduction_exceeds_taxable_income" class="yr-exceeds" />
            <p class="hint no-print yr-links">
                {tr("骨髄バンクの負担金の内訳は ", "The JMDP fees item by item: ")}
                <a href=href("/jmdp/fees")>{tr("骨髄バンク 患者負担金", "JMDP patient fees")}</a>
                {tr("、免除率は ", "; the exemption rate: ")}
                <a href=href("/jmdp/exemption")>{tr("患者負担金の免除", "fee exemption")}</a>
                {tr("、全体像は ", "; the overview: ")}
                <a href=href("/patient")>{tr("患者さんの費用の全体像", "patient cost overview")}</a>
                {tr("。", ".")}
            </p>
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// The plan's own fields: age, how the bracket is given, the certificate, the JMDP exemption and
/// what the 多数回 count and the yearly cap need from before the plan.
#[component]
fn PlanInputs(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let (bracket, pay) = (form.field(hc::BRACKET.key), form.field(hc::REMUNERATION.key));
    let exempt = form.field(hc::RESIDENT_TAX_EXEMPT.key);
    let by_pay = RwSignal::new(bracket.with_untracked(|b| b.is_empty()) && pay.with_untracked(|p| !p.is_empty()));
    // An imported or restored plan says which way it gives the bracket. Only a change of way is
    // written: the inputs below are re-created when `by_pay` notifies, and a write on every digit of
    // the pay (the same `true` each time) re-created its box under the typing hand — 360000 typed
    // key by key left 3.
    Effect::new(move |_| {
        let way = if !bracket.with(String::is_empty) {
            Some(false)
        } else if !pay.with(String::is_empty) {
            Some(true)
        } else {
            None
        };
        if let Some(way) = way.filter(|w| *w != by_pay.get_untracked()) {
            by_pay.set(way);
        }
    });
    let choose = move |ev: leptos::ev::Event| {
        let pay_mode = event_target_value(&ev) == "pay";
        by_pay.set(pay_mode);
        if pay_mode {
            bracket.set(String::new());
        } else {
            pay.set(String::new());
            exempt.set("false".into());
        }
    };
    view! {
        <section class="input-group" aria-labelledby="yr-plan-h">
            <h2 id="yr-plan-h">{tr("健康保険と所得区分", "Health insurance and income bracket")}</h2>
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <Input form=form outcome=outcome field=&hc::AGE_GROUP />
                <div class="field">
                    <label for="yr-who">{tr("所得区分の指定", "How to give the bracket")}</label>
                    <select id="yr-who" on:change=choose prop:value=move || if by_pay.get() { "pay" } else { "bracket" }>
                        <option value="bracket" selected=move || !by_pay.get()>{tr("所得区分を選ぶ", "Choose the bracket")}</option>
                        <option value="pay" selected=move || by_pay.get()>{tr("標準報酬月額から求める", "Find it from the standard monthly pay")}</option>
                    </select>
                </div>
                {move || if by_pay.get() {
                    view! { <Inputs form=form outcome=outcome fields=&[&hc::REMUNERATION, &hc::RESIDENT_TAX_EXEMPT] /> }.into_any()
                } else {
                    view! { <Input form=form outcome=outcome field=&hc::BRACKET /> }.into_any()
                }}
                <Inputs form=form outcome=outcome fields=&[&schema::CEILING_CERTIFICATE, &schema::JMDP_EXEMPTION_PERCENT, &hc::PRIOR_BENEFIT_MONTHS, &hc::YEAR_PAID_BEFORE, &hc::LOW_INCOME_UNDER_2M] />
            </form>
        </section>
    }
}

/// Figures from outside the source documents below high confidence, and the JMDP fee table's date.
#[component]
fn ConfidenceLine(outcome: Memo<Outcome>, res: Memo<Option<Output>>) -> impl IntoView {
    let lines = move || {
        let en = lang().is_en();
        let mut out: Vec<String> = Vec::new();
        outcome.with(|o| {
            let Ok(ev) = o else { return };
            for (level, ja, en_word) in [
                (Confidence::MediumHigh, "中〜高", "medium-high"),
                (Confidence::Medium, "中", "medium"),
                (Confidence::Low, "低", "low"),
            ] {
                let rows: Vec<_> = ev.rules.iter().filter(|r| r.confidence == level).collect();
                let Some(first) = rows.first() else { continue };
                let more = rows.len() - 1;
                out.push(match (en, more) {
                    (true, 0) => format!("Confidence {en_word}: {}.", first.label_en),
                    (true, n) => format!("Confidence {en_word}: {} and {n} more.", first.label_en),
                    (false, 0) => format!("確からしさ{ja}: {}。", first.label_ja),
                    (false, n) => format!("確からしさ{ja}: {} ほか{n}件。", first.label_ja),
                });
            }
        });
        if res.with(|r| r.as_ref().is_some_and(|r| r.total_jmdp_fees_yen > 0)) {
            out.push(String::from(if en {
                "JMDP fees: the December 2022 table; no later change could be confirmed (confidence low)."
            } else {
                "骨髄バンクの負担金: 2022年12月の料金表（その後の改定は確認できていません。確からしさ低）。"
            }));
        }
        out
    };
    view! {
        {move || {
            let l = lines();
            (!l.is_empty()).then(|| view! {
                <div class="yr-confidence hint" data-key="confidence">
                    {l.into_iter().map(|t| view! { <p>{t}</p> }).collect_view()}
                </div>
            })
        }}
    }
}

/// One row per month: the window with and without a certificate, the benefit, 多数回, JMDP, room,
/// transport and what is finally borne; a row for each yearly-cap refund after its year's months.
#[component]
fn MonthTable(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let mut rows = Vec::new();
            let mut started = false;
            for (i, (m, h)) in r.months.iter().zip(&r.high_cost.months).enumerate() {
                if h.insurer_changed {
                    started = false;
                }
                let many = match (h.many_times, started, en) {
                    (false, _, _) if h.insurer_changed => tr("保険者変更: 数え直し", "New insurer: count restarts")().to_string(),
                    (false, _, _) => String::new(),
                    (true, false, false) => "多数回（この月から）".into(),
                    (true, false, true) => "4th-month cap (from here)".into(),
                    (true, true, false) => "多数回".into(),
                    (true, true, true) => "4th-month cap".into(),
                };
                started |= h.many_times;
                rows.push(view! {
                    <tr data-month=m.month.clone()>
                        <th scope="row">{month_name(&m.month)}</th>
                        <td class="num" data-col="medical_cost">{yen(h.medical_cost_yen)}</td>
                        <td class="num" data-col="window_with">{yen(m.window_with_certificate_yen)}</td>
                        <td class="num" data-col="window_without">{yen(m.window_without_certificate_yen)}</td>
                        <td class="num" data-col="benefit">{yen(h.benefit_yen)}</td>
                        <td data-col="many_times">{many}</td>
                        <td class="num" data-col="jmdp">{yen(m.jmdp_fees_yen)}</td>
                        <td class="num" data-col="room">{yen(m.donor_room_yen)}</td>
                        <td class="num" data-col="transport">{yen(m.transport_net_yen)}</td>
                        <td class="num strong" data-col="out_of_pocket">{yen(m.out_of_pocket_yen)}</td>
                    </tr>
                }.into_any());
                let next_year = r.months.get(i + 1).map(|n| plan_year(&n.month));
                let this_year = plan_year(&m.month);
                if next_year.as_ref() != Some(&this_year) {
                    if let Some(y) = r.years.iter().find(|y| y.from == this_year).filter(|y| y.year_refund_yen > 0) {
                        let after = after_year(&y.from);
                        let label = if en {
                            format!("Yearly-cap refund (after {after})")
                        } else {
                            format!("年間上限の払い戻し（{}以降）", month_name(&after))
                        };
                        rows.push(view! {
                            <tr class="yr-refund" data-refund=y.from.clone()>
                                <th scope="row" colspan="9">{label}</th>
                                <td class="num strong" data-col="out_of_pocket">{format!("−{}", yen(y.year_refund_yen - y.refund_before_plan_yen))}</td>
                            </tr>
                        }.into_any());
                    }
                }
            }
            Some(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="yr-months-h">
                    <table class="yr-table">
                        <thead><tr>
                            <th scope="col">{tr("月", "Month")}</th>
                            <th scope="col" class="num">{tr("医療費（10割）", "Medical cost (100%)")}</th>
                            <th scope="col" class="num">{tr("窓口（認定証あり）", "Window (certificate)")}</th>
                            <th scope="col" class="num">{tr("窓口（認定証なし）", "Window (none)")}</th>
                            <th scope="col" class="num">{tr("高額療養費", "High-cost benefit")}</th>
                            <th scope="col">{tr("多数回", "4th month")}</th>
                            <th scope="col" class="num">{tr("骨髄バンク", "JMDP")}</th>
                            <th scope="col" class="num">{tr("差額ベッド", "Donor room")}</th>
                            <th scope="col" class="num">{tr("運搬費", "Transport")}</th>
                            <th scope="col" class="num">{tr("最終的な負担", "Finally borne")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    };
    view! {
        <section class="yr-months-result" aria-labelledby="yr-months-h">
            <h2 id="yr-months-h">{tr("月ごとの支払い", "Month by month")}</h2>
            {body}
            <p class="hint">{tr(
                "窓口: 保険診療の自己負担 + 食事 + 先進医療。認定証（マイナ保険証）がなければ高額療養費は数か月後に戻ります。最終的な負担 = 上限後の自己負担 + 食事 + 先進医療 + 骨髄バンク + 差額ベッド + 運搬費（療養費の後）+ その他。年間上限の払い戻しは年度（8月〜翌年7月）の後に戻ります。",
                "Window: the insured co-payment + meals + 先進医療. Without a certificate (or the My Number card) the high-cost benefit comes back months later. Finally borne = co-payment after the cap + meals + 先進医療 + JMDP + donor room + transport (after 療養費) + other. The yearly-cap refund comes after the August-to-July year.",
            )}</p>
        </section>
    }
}

/// The 8月〜7月 year a `YYYY-MM` month is in, as core names it (`2026-08`).
fn plan_year(m: &str) -> String {
    let (y, mm) = m.split_once('-').unwrap_or((m, "1"));
    let (y, mm): (i32, u32) = (y.parse().unwrap_or(0), mm.parse().unwrap_or(1));
    format!("{:04}-08", if mm >= 8 { y } else { y - 1 })
}

/// `2026-08` → `2027-08` (the refund comes after the year's July).
fn after_year(from: &str) -> String {
    let y: i32 = from.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    format!("{:04}-08", y + 1)
}

/// The kinds of a month's burden, in the chart's order: (class, ja, en).
const KINDS: [(&str, &str, &str); 7] = [
    ("k-copay", "自己負担", "co-payment"),
    ("k-meals", "食事", "meals"),
    ("k-advanced", "先進医療", "先進医療"),
    ("k-jmdp", "骨髄バンク", "JMDP"),
    ("k-room", "差額ベッド", "donor room"),
    ("k-transport", "運搬費", "transport"),
    ("k-other", "その他", "other"),
];

fn kinds_of(r: &Output, i: usize) -> [i64; 7] {
    let (m, h) = (&r.months[i], &r.high_cost.months[i]);
    [
        h.copay_after_cap_yen,
        h.meals_yen,
        h.advanced_care_yen,
        m.jmdp_fees_yen,
        m.donor_room_yen,
        m.transport_net_yen,
        m.other_medical_yen,
    ]
}

/// An SVG coordinate kept in tenths as an integer, written as `123.4`.
fn tenths(v: i64) -> String {
    let v = v.max(0);
    format!("{}.{}", v / 10, v % 10)
}

/// Each month's out of pocket as a stacked bar by kind; the aria-label reads every figure, the
/// table above holds them too.
#[component]
fn MonthChart(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let n = r.months.len() as i64;
            let (w, h, left, right, top, bottom) = (3600_i64, 2000_i64, 100, 100, 200, 300);
            let (plot_w, plot_h) = (w - left - right, h - top - bottom);
            let totals: Vec<i64> = (0..r.months.len()).map(|i| kinds_of(r, i).iter().sum()).collect();
            let peak = totals.iter().copied().max().unwrap_or(0).max(1);
            let slot = plot_w / n.max(1);
            let bar_w = (slot * 60 / 100).min(500);
            let mut spoken = Vec::new();
            let bars = r.months.iter().enumerate().map(|(i, m)| {
                let parts = kinds_of(r, i);
                let x = left + slot * i as i64 + (slot - bar_w) / 2;
                let mut y = top + plot_h;
                let mut said = Vec::new();
                let rects = parts.iter().zip(KINDS).filter(|(v, _)| **v > 0).map(|(v, (class, ja, en_k))| {
                    let height = (plot_h * v / peak).max(10);
                    y -= height;
                    said.push(format!("{} {}", if en { en_k } else { ja }, yen(*v)));
                    view! { <rect class=class x=tenths(x) y=tenths(y) width=tenths(bar_w) height=tenths(height) /> }
                }).collect_view();
                spoken.push(format!("{} {}（{}）", month_name(&m.month), yen(totals[i]), said.join(if en { ", " } else { "、" })));
                let cx = x + bar_w / 2;
                let label = m.month.get(5..).unwrap_or("").trim_start_matches('0').to_string();
                // The total above a bar while there is room for it.
                let total = (n <= 6).then(|| view! {
                    <text class="yr-axis" x=tenths(cx) y=tenths(y - 40) text-anchor="middle">{yen(totals[i])}</text>
                });
                view! {
                    <g data-month=m.month.clone() data-total=totals[i].to_string()>
                        {rects}
                        {total}
                        <text class="yr-axis" x=tenths(cx) y=tenths(h - 100) text-anchor="middle">{if en { m.month.clone() } else { format!("{label}月") }}</text>
                    </g>
                }
            }).collect_view();
            let aria = if en {
                format!("Finally borne per month: {}.", spoken.join("; "))
            } else {
                format!("月ごとの最終的な負担: {}。", spoken.join("、"))
            };
            let base = tenths(top + plot_h);
            Some(view! {
                <figure class="yr-chart">
                    <svg viewBox="0 0 360 200" role="img" aria-label=aria preserveAspectRatio="xMidYMid meet">
                        {bars}
                        <line class="yr-base" x1=tenths(left) x2=tenths(w - right) y1=base.clone() y2=base />
                        {(n > 6).then(|| view! {
                            <text class="yr-axis" x=tenths(left) y=tenths(top - 60)>{format!("{} {}", tr("最大", "max")(), yen(peak))}</text>
                        })}
                    </svg>
                    <figcaption>
                        <ul class="yr-legend">
                            {KINDS.iter().map(|(class, ja, en_k)| view! {
                                <li><span class=format!("swatch {class}") aria-hidden="true"></span>{if en { *en_k } else { *ja }}</li>
                            }).collect_view()}
                        </ul>
                        <span class="hint">{tr("数字は上の表にあります。", "The figures are in the table above.")}</span>
                    </figcaption>
                </figure>
            })
        })
    };
    view! {
        <section class="yr-chart-section" aria-labelledby="yr-chart-h">
            <h2 id="yr-chart-h">{tr("月ごとの負担の内訳", "What each month costs, by kind")}</h2>
            {body}
        </section>
    }
}

/// The 8月〜7月 years: the yearly cap, its refund and what is borne.
#[component]
fn PlanYears(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let rows = r
                .years
                .iter()
                .map(|y| {
                    let start = y.from.get(..4).unwrap_or("");
                    let end = after_year(&y.from);
                    let end = end.get(..4).unwrap_or("");
                    let name = if en {
                        format!("Aug {start} – Jul {end}")
                    } else {
                        format!("{start}年8月〜{end}年7月")
                    };
                    let cap = y.year_cap_yen.map(yen).unwrap_or_else(|| tr("なし", "none")().to_string());
                    view! {
                        <tr data-year=y.from.clone()>
                            <th scope="row">{name}</th>
                            <td class="num" data-col="year_cap">{cap}</td>
                            <td class="num" data-col="year_refund">{yen(y.year_refund_yen)}</td>
                            <td class="num strong" data-col="out_of_pocket">{yen(y.out_of_pocket_yen)}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="yr-years-h">
                    <table class="yr-table">
                        <thead><tr>
                            <th scope="col">{tr("年度", "Year")}</th>
                            <th scope="col" class="num">{tr("年間上限", "Yearly cap")}</th>
                            <th scope="col" class="num">{tr("年間上限の払い戻し", "Yearly-cap refund")}</th>
                            <th scope="col" class="num">{tr("最終的な負担", "Finally borne")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    };
    view! {
        <section class="yr-years" aria-labelledby="yr-years-h">
            <h2 id="yr-years-h">{tr("8月〜翌年7月の合計", "Totals per August-to-July year")}</h2>
            {body}
        </section>
    }
}

/// Each calendar year: what counts for 医療費控除, the deduction and the tax it saves.
#[component]
fn CalendarYears(res: Memo<Option<Output>>) -> impl IntoView {
    let body = move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let cards = r.calendar_years.iter().map(|c| {
                let lines: Vec<(&str, &str, &str, i64)> = vec![
                    ("copay_yen", "自己負担（高額療養費・年間上限の払い戻しの後）", "Co-payments (after the benefits and yearly refunds)", c.copay_yen),
                    ("meals_yen", "入院中の食事", "Hospital meals", c.meals_yen),
                    ("advanced_care_yen", "先進医療", "先進医療", c.advanced_care_yen),
                    ("jmdp_fees_yen", "骨髄バンクの負担金", "JMDP fees", c.jmdp_fees_yen),
                    ("donor_room_yen", "ドナーの差額ベッド代", "The donor's private room", c.donor_room_yen),
                    ("transport_net_yen", "運搬費（療養費の後）", "Transport (after 療養費)", c.transport_net_yen),
                    ("other_medical_yen", "その他の医療費", "Other medical costs", c.other_medical_yen),
                ];
                let items = lines.into_iter().filter(|l| l.3 != 0 || l.0 == "copay_yen").map(|(k, ja, en_l, v)| view! {
                    <tr data-key=k><th scope="row">{if en { en_l } else { ja }}</th><td class="num">{yen(v)}</td></tr>
                }).collect_view();
                let saving = match (c.income_tax_saving_yen, c.resident_tax_saving_yen, c.total_saving_yen) {
                    (Some(i), Some(rt), Some(t)) => view! {
                        <tr data-key="income_tax_saving_yen"><th scope="row">{tr("所得税の軽減（復興特別所得税を含む）", "Income tax saved (with the reconstruction surtax)")}</th><td class="num">{yen(i)}</td></tr>
                        <tr data-key="resident_tax_saving_yen"><th scope="row">{tr("住民税の軽減（翌年度）", "Residence tax saved (next fiscal year)")}</th><td class="num">{yen(rt)}</td></tr>
                        <tr data-key="total_saving_yen" class="total"><th scope="row">{tr("税の軽減の合計（目安）", "Tax saved in all (estimate)")}</th><td class="num">{yen(t)}</td></tr>
                    }.into_any(),
                    _ => view! {
                        <tr data-key="total_saving_yen"><th scope="row">{tr("税の軽減", "Tax saved")}</th><td>{tr("所得を入力すると計算します", "Enter the incomes to see it")}</td></tr>
                    }.into_any(),
                };
                let year = c.year;
                let household = c.household_not_included_yen;
                view! {
                    <section class="yr-cal" data-year=year.to_string() aria-labelledby=format!("yr-cal-{year}")>
                        <h3 id=format!("yr-cal-{year}")>{if en { format!("{year} (January to December)") } else { format!("{year}年（1月〜12月）") }}</h3>
                        <table class="yr-ded">
                            <tbody>
                                {items}
                                <tr data-key="counted_yen" class="total"><th scope="row">{tr("医療費控除の対象（合計）", "Counts for the deduction")}</th><td class="num">{yen(c.counted_yen)}</td></tr>
                                <tr data-key="threshold_yen"><th scope="row">{tr("差し引く額（10万円か所得の5%）", "Subtracted (100,000 yen or 5% of income)")}</th><td class="num">{format!("−{}", yen(c.threshold_yen))}</td></tr>
                                <tr data-key="deduction_yen" class="total"><th scope="row">{tr("医療費控除（上限200万円）", "Deduction (at most 2,000,000 yen)")}</th><td class="num">{yen(c.deduction_yen)}</td></tr>
                                {saving}
                            </tbody>
                        </table>
                        {(household > 0).then(|| view! {
                            <p class="hint">{move || if lang().is_en() {
                                format!("Other household members' co-payments ({}) are not included.", yen(household))
                            } else {
                                format!("世帯の他の方の自己負担（{}）は含めていません。", yen(household))
                            }}</p>
                        })}
                    </section>
                }
            }).collect_view();
            Some(cards)
        })
    };
    view! {
        <section class="yr-calendar" aria-labelledby="yr-cal-h">
            <h2 id="yr-cal-h">{tr("暦年ごとの医療費控除（目安）", "The tax deduction per calendar year (estimate)")}</h2>
            <div class="yr-cal-list">{body}</div>
            <p class="hint">{tr(
                "骨髄バンクの負担金・入院中の食事・ドナーの差額ベッド代・運搬費（療養費の後）も含めています。戻ってくるお金は、返される費用を支払った年から差し引きます。読み方と確認すべき点は「計算の内訳」の注にあります。",
                "The JMDP fees, hospital meals, the donor's private room and the transport (after 療養費) are included. Money that comes back is subtracted in the year the costs it returns were paid. The readings, and what to check with the tax office, are in the notes of “How this was computed”.",
            )}</p>
        </section>
    }
}
