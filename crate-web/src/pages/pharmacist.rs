//! 研修認定薬剤師 (seed 004): does a stack of training certificates meet the first certification
//! (40 credits in 4 years) or a renewal (30 in 3), with 5 every year? Core counts every record,
//! applies every cap and plans what is still missing; this page shows that.
//!
//! The application's fields and the record cards come from core's schema (`AllInputs`,
//! `RowList`); the records are saved in the browser, exported and imported (`FormRecords`) and,
//! while short enough, carried in the link. The page's own views: the verdict with its facts and
//! fee, the chart per year, the planner, the printed record table and the list tools (example,
//! sort, delete all, undo).
use crate::components::{Actions, AsOfField, PageHead, RulesUsed, TraceTable};
use crate::fields::{text, AllInputs};
use crate::form::{items, Form};
use crate::i18n::{lang, msg, tr};
use crate::records::{restore, FormRecords, Restored};
use crate::rows::{focus, Foot, ListView, RowList, RowsModel};
use crate::verdict::Notes;
use calc_core::money::group;
use calc_core::rules::pharmacist::credits::{self, Output};
use calc_core::value::{Map, Value};
use calc_core::{Date, Msg, Text};
use leptos::prelude::*;

/// Trace steps shown open; a longer breakdown is folded into a <details>.
const TRACE_OPEN_MAX: usize = 15;

/// The cells' order in links made before the schema: the fields most records use first.
const URL_ORDER: &[&str] = &[
    "date",
    "kind",
    "minutes",
    "credits",
    "title",
    "days",
    "session",
    "lecturer",
    "presentation",
    "new_curriculum",
    "special_practical",
    "treat_as",
];

static RECORDS: ListView = ListView {
    prefix: "ph",
    grid: "ph-grid",
    add: Text::new("＋ 記録を追加", "+ Add a record"),
    empty: Text::new(
        "記録がありません。「＋ 記録を追加」で受講証明を1件ずつ入力するか、書き出したファイルを読み込んでください。",
        "No records yet. Add your certificates one by one with “+ Add a record”, or import a file you exported.",
    ),
    wide: &["kind", "title", "treat_as"],
};

/// 記入例: a few certificates before the application date, some capped, short of 40 on purpose
/// so the plan has something to say.
fn example(model: RowsModel, application: &str) {
    let app = Date::parse(application).or_else(|| Date::parse(&crate::url_state::today())).unwrap_or(Date {
        year: 2025,
        month: 4,
        day: 1,
    });
    // (days before, kind, minutes, days, credits, title)
    let rows: [(i64, &str, &str, &str, &str, &str); 7] = [
        (1300, "correspondence", "", "", "12", "通信講座（1回目）"),
        (1000, "practical", "720", "", "", "病院実習（年間5単位まで）"),
        (800, "self_study", "300", "", "", "文献の自己学習"),
        (700, "internet", "", "", "2", "e-ラーニング"),
        (400, "collective", "720", "2", "", "日本薬学会 年会（2日間）"),
        (100, "collective", "360", "", "", "地域薬剤師会 研修会"),
        (30, "collective", "90", "", "", "地域薬剤師会 研修会（講師）"),
    ];
    let rows = rows
        .iter()
        .map(|&(before, kind, minutes, days, credits, title)| {
            let mut o = Map::new();
            let date = app.add_days(-before).to_string();
            for (k, v) in [
                ("date", date.as_str()),
                ("kind", kind),
                ("minutes", minutes),
                ("days", days),
                ("credits", credits),
                ("title", title),
            ] {
                if !v.is_empty() {
                    o.insert(k, Value::String(v.to_string()));
                }
            }
            if before == 30 {
                o.insert("lecturer", Value::String("true".into()));
            }
            Value::Object(o)
        })
        .collect();
    model.set_from_json(Some(&Value::Array(rows)));
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

/// Example, sort by date and delete all under the list. The example and delete-all replace the
/// records: the page's one 元に戻す (`crate::records`) brings back what they replaced.
#[component]
fn ListTools(model: RowsModel, app_date: RwSignal<String>, restored: Restored) -> impl IntoView {
    let date = model.col("date");
    let sort_by_date = move |_| model.list.update(|v| v.sort_by_key(|r| r.cells[date].get_untracked()));
    let clear_all = move |_| {
        restored.replace(Msg::new("すべての記録を削除しました。", "All records were deleted."), || {
            model.list.set(Vec::new())
        });
        request_animation_frame(|| focus("ph-records-add"));
    };
    let fill_example = move |_| {
        let what = Msg::new("記入例を入れました。", "The example was filled in.");
        restored.replace(what, || example(model, &app_date.get_untracked()));
    };
    let count = move || model.list.with(Vec::len);
    view! {
        <div class="list-tools ph-list-tools">
            {move || (count() == 0).then(|| view! {
                <button type="button" class="btn secondary" on:click=fill_example>{tr("記入例を入れる", "Fill in an example")}</button>
            })}
            {move || (count() > 1).then(|| view! {
                <button type="button" class="btn secondary" on:click=sort_by_date>{tr("日付順に並べる", "Sort by date")}</button>
            })}
            {move || (count() > 0).then(|| view! {
                <button type="button" class="btn secondary ph-clear" on:click=clear_all>{tr("すべての記録を削除", "Delete all records")}</button>
            })}
        </div>
    }
}

#[component]
pub fn Pharmacist() -> impl IntoView {
    let today = crate::url_state::today();
    // The application date starts as today; the certification date is asked for, not an example.
    let form = Form::new(&credits::TYPED, &[])
        .with_lists()
        .start(&[("application_date", today.as_str()), ("certified_date", "")]);
    let records = form.list("records").skip_blank().url_order(URL_ORDER).carry(&["kind"]);
    // Saved records win over a link's (which are offered); the application date stays today's: a
    // check made months ago should not pass for one made now.
    let restored = restore(form, "records", &["application_date"]);
    let (outcome, res) = form.run(&credits::TYPED);
    let app_date = form.field("application_date");

    let trace_len = Memo::new(move |_| outcome.with(|o| o.as_ref().map(|ev| ev.trace.len()).unwrap_or(0)));
    let trace_long = Memo::new(move |_| trace_len.get() > TRACE_OPEN_MAX);
    let foot: Foot = Callback::new(move |(_, idx): (RowsModel, Signal<Option<usize>>)| {
        view! { <RecordStatus idx=idx res=res /> }.into_any()
    });

    view! {
        <div class="page calc pharmacist">
            <PageHead form=form ja="研修認定薬剤師の単位" en="Pharmacist training credits (研修認定薬剤師)"
                lead_ja="研修受講証明（受講シール）の記録から、研修認定薬剤師の新規認定（4年以内に40単位）または更新（3年で30単位）の要件を満たすか、毎年5単位以上を含めて確認します。"
                lead_en="From your training certificates, checks the first certification (40 credits within 4 years) or a renewal (30 credits in 3 years), with at least 5 credits every year." />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <AllInputs form=form outcome=outcome />
                <AsOfField form=form outcome=outcome />
            </form>
            <RuleVersion res=res />
            <FormRecords form=form restored=restored main="records" />
            <div class="ph-records no-print">
                <RowList model=records view=&RECORDS outcome=outcome foot=foot />
                <ListTools model=records app_date=app_date restored=restored />
            </div>

            <Verdict res=res />
            <Notes notes=items(res, |r| &r.notes) />
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

/// Which rule version applied, and that the application date picked it (the seed's window from the
/// first credit, or the online one): core's words.
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

/// What core counted for one certificate (`idx`: its index in core's records, `None` while blank).
#[component]
fn RecordStatus(idx: Signal<Option<usize>>, res: Memo<Option<Output>>) -> impl IntoView {
    move || {
        if idx.get().is_none() {
            return view! { <p class="ph-row-status muted">{tr("未入力の行は計算に含めていません。", "Blank rows are not counted.")}</p> }.into_any();
        }
        let Some(r) =
            res.with(|r| r.as_ref().and_then(|r| r.records.iter().find(|x| Some(x.index) == idx.get()).cloned()))
        else {
            return view! { <p class="ph-row-status muted">{tr("入力を確認すると計算されます。", "Counted once the entries are valid.")}</p> }.into_any();
        };
        let (counted, credits, bonus) = (r.counted, r.credits_counted, r.lecturer_bonus);
        let mut lines: Vec<(String, &'static str)> = vec![(msg(&r.rule), "rule")];
        if let Some(t) = r.treated_as {
            lines.push((format!("{}{}", tr("扱い: ", "Treated as: ")(), text(t.name())()), "note"));
        }
        if bonus > 0 {
            lines.push((format!("{}{}", tr("講師の付加: +", "Lecturer credit: +")(), credits_text(bonus)), "note"));
        }
        for c in &r.caps {
            lines.push((
                format!(
                    "{}{}（{} → {}）",
                    tr("上限: ", "Cap: ")(),
                    msg(&c.label),
                    credits_text(c.before),
                    credits_text(c.after)
                ),
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
    }
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
                None => String::new(),
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
                                " "<span class="source">{q.article.section}</span>
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
                                let kind = text(r.kind.name())();
                                let title = r.title.as_ref().map(|t| format!(" {t}")).unwrap_or_default();
                                let minutes = if r.minutes > 0 { group(r.minutes) } else { String::new() };
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
