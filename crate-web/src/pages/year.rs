//! この1年の費用 (core `patient_year`): a family's months of a transplant admission — 総医療費,
//! meals, 先進医療, the JMDP fees in the months billed, the donor's room, the transport — and what
//! they pay at the window (with a ceiling certificate or without), what they finally bear, the
//! totals per 8月〜7月 and calendar year, and the 医療費控除 for each calendar year.
//!
//! The fields and the month cards come from core's schema; the plan is saved in the browser,
//! exported and imported (`FormRecords`) and carried in the link while short. The page's own views:
//! the example / empty choice, the way the bracket is given, the jumps within the page and the
//! confidence line; the results' views are in `year_results`.
use super::year_household::{HouseholdResult, TraceNotice, OTHER_COPAYS};
use super::year_results::{month_detail, month_line, CalendarYears, MonthChart, MonthTable, PlanYears, YearSummary};
use crate::components::{Actions, LazyDetails, LeftOutNotice, PageHead, RulesUsed, TraceTable};
use crate::fields::{Input, Inputs};
use crate::form::{Form, Outcome};
use crate::i18n::{lang, tr};
use crate::links::href;
use crate::records::{restore, FormRecords};
use crate::rows::{focus, Fold, Foot, ListView, RowList, RowsModel};
use calc_core::rules::insurance::high_cost::schema as hc;
use calc_core::rules::patient::year::{self, schema, Output};
use calc_core::value::{Map, Value};
use calc_core::{Confidence, Msg, Text};
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

/// Each month card folds to a line: the month and what is finally borne for it.
fn month_fold(res: Memo<Option<Output>>) -> Fold {
    Callback::new(move |(model, idx, row): (RowsModel, Signal<Option<usize>>, crate::rows::Row)| {
        month_line(res, idx, row.cells[model.col(hc::month::MONTH.key)])
    })
}

/// Under a month's inputs, its results.
fn month_foot(res: Memo<Option<Output>>) -> Foot {
    Callback::new(move |(_, idx): (RowsModel, Signal<Option<usize>>)| month_detail(res, idx))
}

/// Jumps within the page: to the summary and to the months (`#…` links would resolve against
/// `<base href>` and leave the page, so a click moves the focus itself).
#[component]
fn SkipLinks() -> impl IntoView {
    let jump = |id: &'static str| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            focus(id);
        }
    };
    view! {
        <nav class="yr-skip no-print" aria-label=tr("このページの中", "On this page")>
            <a href="#yr-summary" on:click=jump("yr-summary")>{tr("まとめ", "Summary")}</a>
            <a href="#yr-rows" on:click=jump("yr-rows")>{tr("月ごとの入力", "The months")}</a>
            <a href="#yr-years" on:click=jump("yr-years-h")>{tr("年ごとの合計", "Totals per year")}</a>
        </nav>
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
                lead_ja="入院の月ごとに、窓口で払う額、高額療養費（多数回・年間上限）、骨髄バンクの負担金、ドナーの差額ベッド代と運搬費、最終的な負担を計算し、暦年ごとの医療費控除の目安まで示します。"
                lead_en="Month by month through a transplant admission: what you pay at the window, the high-cost benefit (with the 4th-month and yearly caps), the JMDP fees, the donor's room and transport, what you finally bear, and the tax deduction per calendar year."
                form=form
            />
            {move || if is_example.get() {
                view! { <p class="notice yr-example" role="status">{tr(
                    "これは例です（区分ウ、2026年7月〜9月の入院で9月に移植、骨髄バンクの免除率70%）。ご自身の計画に書き換えるか、空から始めてください。",
                    "This is an example (bracket U, Jul–Sep 2026, transplant in September, 70% JMDP exemption): replace it with your plan or start empty.",
                )}</p> }.into_any()
            } else {
                view! { <p class="hint yr-own">{tr(
                    "ご自身の計画です（このブラウザに保存されています）。",
                    "This is your own plan (saved in this browser).",
                )}</p> }.into_any()
            }}
            <SkipLinks />
            <LeftOutNotice outcome=outcome />
            <YearSummary res=res />
            <div class="list-tools no-print">
                <button type="button" class="btn secondary yr-use-example" on:click=use_example>{tr("例を使う", "Use the example")}</button>
                <button type="button" class="btn secondary yr-start-empty" on:click=start_empty>{tr("空から始める", "Start empty")}</button>
            </div>
            <PlanInputs form=form outcome=outcome />
            <OptionalFold form=form outcome=outcome />
            <FormRecords form=form restored=restored main=schema::MONTHS.key />
            <div class="yr-months no-print" id="yr-rows" tabindex="-1">
                <RowList model=months view=&MONTHS outcome=outcome foot=month_foot(res) fold=month_fold(res) />
            </div>
            <OthersFold others=others outcome=outcome />
            <section class="input-group" aria-labelledby="yr-tax-h">
                <h2 id="yr-tax-h">{tr("医療費控除の所得（任意）", "Incomes for the tax deduction (optional)")}</h2>
                <form class="inputs" on:submit=|ev| ev.prevent_default()>
                    <Inputs form=form outcome=outcome fields=&[&schema::TOTAL_INCOME, &schema::TAXABLE_INCOME] />
                </form>
            </section>

            <ConfidenceLine outcome=outcome res=res />
            <TraceNotice outcome=outcome key="note.insurer_changed" class="yr-insurer-changed" />
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
            <LazyDetails class="yr-trace" id="yr-trace" summary=tr("計算の内訳を表示", "Show how this was computed").into_any()>
                <TraceTable outcome=outcome />
            </LazyDetails>
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// A fold that opens when what it holds grows (rows or values arrive: an import, a link, the first
/// one added) and is open from the start when it holds any; only the person closes it. Returns
/// whether it starts open.
fn opens_as_it_grows(details: NodeRef<leptos::html::Details>, count: impl Fn() -> usize + 'static) -> bool {
    let starts_open = untrack(&count) > 0;
    Effect::new(move |was: Option<usize>| {
        let n = count();
        if n > was.unwrap_or(n) || (n > 0 && was.is_none()) {
            if let Some(d) = details.get() {
                let _ = d.set_attribute("open", "");
            }
        }
        n
    });
    starts_open
}

/// The other co-payments of 世帯合算, folded to one line while there are none (most plans have
/// none; a phone need not scroll past an empty list). It opens when rows arrive (an import, a
/// link, the first one added) and only the person closes it.
#[component]
fn OthersFold(others: RowsModel, outcome: Memo<Outcome>) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let count = move || others.list.with(Vec::len);
    let starts_open = opens_as_it_grows(details, count);
    let line = move || match (count(), lang().is_en()) {
        (0, false) => "なし".to_string(),
        (0, true) => "none".to_string(),
        (n, false) => format!("{n}件"),
        (n, true) => format!("{n}"),
    };
    view! {
        <details class="yr-others no-print" node_ref=details open=starts_open>
            <summary>{crate::fields::text(others.field.label)}": "{line}</summary>
            <RowList model=others view=&OTHER_COPAYS outcome=outcome />
        </details>
    }
}

/// One part of [`OptionalFold`]: its name, the field whose value says it is used, its fields.
struct Part {
    ja: &'static str,
    en: &'static str,
    key: &'static calc_core::schema::Field,
    fields: &'static [&'static calc_core::schema::Field],
}

/// What most families do not have (a 受給者証 for 小児慢性特定疾病 / 指定難病; a municipality's help;
/// 付加給付: 協会けんぽ and 国保 pay none; 傷病手当金: only for days off work under an employees'
/// insurance; a private room the patient asked for), folded to one line that says which are used. It opens
/// when a plan with one arrives, and only the person closes it. One fold, not one each: the page
/// on a phone stays within 8 screens.
static OPTIONAL: &[Part] = &[
    Part {
        ja: "公費の医療費助成（小児慢性特定疾病・指定難病）",
        en: "Public subsidy (pediatric chronic or intractable disease)",
        key: &schema::PUBLIC_AID,
        fields: &[&schema::PUBLIC_AID, &schema::PUBLIC_AID_TIER, &schema::PUBLIC_AID_CATEGORY, &schema::PUBLIC_AID_CAP],
    },
    Part {
        ja: "自治体の医療費助成（子ども医療費など）",
        en: "Municipal medical subsidy (e.g. for children)",
        key: &schema::MUNICIPAL_CAP,
        fields: &[&schema::MUNICIPAL_CAP, &schema::MUNICIPAL_MEALS],
    },
    Part {
        ja: "付加給付（健康保険組合・共済組合）",
        en: "Fund top-up (付加給付)",
        key: &schema::FUND_THRESHOLD,
        fields: &[&schema::FUND_THRESHOLD, &schema::FUND_UNIT, &schema::FUND_MINIMUM, &schema::FUND_DELAY],
    },
    Part {
        ja: "傷病手当金（仕事を休む間）",
        en: "Sickness allowance (傷病手当金, while off work)",
        key: &schema::SICK_PAY_REMUNERATION,
        fields: &[&schema::SICK_PAY_REMUNERATION, &schema::SICK_PAY_FIRST_DAY],
    },
    Part {
        ja: "患者さんの差額ベッド（個室）",
        en: "The patient's private room",
        key: &schema::OWN_ROOM_DAILY,
        fields: &[&schema::OWN_ROOM_DAILY],
    },
];

#[component]
fn OptionalFold(form: Form, outcome: Memo<Outcome>) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    // A part is used when any of its fields holds more than its start value (so a value that
    // needs correcting is never hidden in a closed fold).
    let given = |f: &calc_core::schema::Field, v: &str| !v.trim().is_empty() && Some(v.trim()) != f.default_text();
    // …or when the plan is refused on one of its fields (days in a private room without the charge
    // a day): the field to correct must be on the page.
    let refused_on = move |p: &Part| {
        outcome.with(|o| {
            o.as_ref().err().is_some_and(|errs| errs.iter().any(|e| p.fields.iter().any(|f| e.field == f.key)))
        })
    };
    let used = move || {
        OPTIONAL
            .iter()
            .filter(|p| p.fields.iter().any(|f| form.field(f.key).with(|v| given(f, v))) || refused_on(p))
            .map(|p| {
                let v = form.field(p.key.key).with(|v| v.trim().to_string());
                // A choice reads as its label (「小児慢性特定疾病…」), not its key.
                let shown = match p.key.choices() {
                    [] => v,
                    cs => match cs.iter().find(|c| c.matches(&v)) {
                        // Its name without the explanation in brackets.
                        Some(c) => {
                            c.label.get(lang().is_en()).split(['（', '(']).next().unwrap_or_default().trim().to_string()
                        }
                        None => v,
                    },
                };
                (p, shown)
            })
            .collect::<Vec<_>>()
    };
    let starts_open = opens_as_it_grows(details, move || used().len());
    // The fields are drawn only while the fold is open: closed, the first visit's page carries
    // no fields that most families never use (opening it starts the app, which draws them).
    let open = RwSignal::new(starts_open);
    let line = move || {
        let en = lang().is_en();
        let parts: Vec<String> = used()
            .into_iter()
            .map(|(p, v)| format!("{} {v}", if en { p.en } else { p.ja }).trim().to_string())
            .collect();
        match (parts.is_empty(), en) {
            (true, false) => "なし".to_string(),
            (true, true) => "none".to_string(),
            (false, false) => parts.join("・"),
            (false, true) => parts.join("; "),
        }
    };
    let toggled = move |_| open.set(details.get().is_some_and(|d| d.open()));
    view! {
        <details class="yr-benefits no-print" node_ref=details open=starts_open on:toggle=toggled>
            <summary>{tr("助成・給付・個室", "Subsidies, benefits, own room")}": "<span class="yr-benefits-line">{line}</span></summary>
            {move || open.get().then(|| OPTIONAL.iter().map(|p| view! {
                <fieldset class="yr-benefit">
                    <legend>{tr(p.ja, p.en)}</legend>
                    <form class="inputs" on:submit=|ev| ev.prevent_default()>
                        <Inputs form=form outcome=outcome fields=p.fields />
                    </form>
                </fieldset>
            }).collect_view())}
        </details>
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
