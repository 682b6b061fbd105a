//! HCTC 造血細胞移植コーディネーター (seed 002 細則): the exams, the renewals and the special routes.
//!
//! One calculator (`hctc`) with `check` choosing the route. Every field of every route is a `Form`
//! field (so the URL keeps them all); only the chosen route's fields are shown and core reads only
//! those. The oral exam is a 10 × 2 grid of 良・可・不可 kept in the URL as one 20-letter `ratings`
//! parameter (g/f/p) and sent to core as an array of pairs.
//!
//! The verdict panel ([`Verdict`]), the date field ([`DateField`]) and the small result readers
//! are `pub(crate)` because the 細胞治療認定管理師 page (cell_therapy.rs) shows the same
//! requirement shape from core.
use crate::verdict::{window_text, Notes, Verdict, VerdictData};
use crate::components::{Actions, AsOfField, CheckField, DateField, NumField, PageHead, RulesUsed, SelectField, TraceTable};
use crate::form::{errors_for, items, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use calc_core::rules::certification::hctc;
use calc_core::value::{Map, Value};
use leptos::prelude::*;

const CALC: &str = "hctc";

/// The routes, with the names applicants know them by.
const ROUTES: &[(&str, &str, &str)] = &[
    ("written_exam", "筆記試験（認定・専門HCTC）", "Written exam (certified / specialist)"),
    ("oral_exam", "口頭試験（認定・専門HCTC）", "Oral exam (certified / specialist)"),
    ("renewal_certified", "認定HCTCの更新", "Renewal of a certified HCTC"),
    ("renewal_specialist", "専門HCTCの更新", "Renewal of a specialist HCTC"),
    ("provisional_specialist", "暫定専門HCTCの認定（旧制度の認定取得者）", "Provisional specialist (old-system holders)"),
    ("provisional_to_specialist", "暫定専門HCTCから専門HCTCへ", "Provisional specialist → specialist"),
    ("pediatric_to_adult", "小児移植認定HCTCから認定HCTCへ（特別措置）", "Pediatric HCTC → certified HCTC (special route)"),
    ("transition_specialist", "移行期間の認定取得者から専門HCTCへ", "Transition-period holders → specialist"),
];

const LEVELS: &[(&str, &str, &str)] = &[
    ("certified", "認定HCTC（細則第4条・第5条）", "Certified HCTC (第4条・第5条)"),
    ("specialist", "専門HCTC（細則第6条・第7条）", "Specialist HCTC (第6条・第7条)"),
];

/// 良・可・不可 as the letters kept in the URL and the values core reads.
const RATINGS: &[(char, &str, &str, &str)] = &[
    ('g', "good", "良", "Good"),
    ('f', "fair", "可", "Fair"),
    ('p', "poor", "不可", "Poor"),
];
const ITEMS: usize = 10;
const EXAMINERS: usize = 2;

/// The `ratings` parameter → 20 letters; anything unreadable becomes 良 (the URL never blanks the page).
fn decode_ratings(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s
        .chars()
        .take(ITEMS * EXAMINERS)
        .map(|c| if RATINGS.iter().any(|r| r.0 == c) { c } else { 'g' })
        .collect();
    v.resize(ITEMS * EXAMINERS, 'g');
    v
}

fn rating_value(c: char) -> &'static str {
    RATINGS.iter().find(|r| r.0 == c).map_or("good", |r| r.1)
}

const ALL: &[&str] = &[
    "renewal_certified",
    "renewal_specialist",
    "provisional_specialist",
    "provisional_to_specialist",
    "transition_specialist",
];

#[component]
pub fn Hctc() -> impl IntoView {
    let form = Form::legacy(&hctc::TYPED,
        &[
            ("check", "written_exam"),
            ("level", "certified"),
            ("correct", "0"),
            ("ratings", "gggggggggggggggggggg"),
            ("full_time", "false"),
            ("full_time_years", "0"),
            ("certified_on", ""),
            ("provisional_certified_on", ""),
            ("patient_cases", "0"),
            ("donor_cases", "0"),
            ("related_donor_cases", "0"),
            ("adult_patient_cases", "0"),
            ("adult_donor_cases", "0"),
            ("adult_related_donor_cases", "0"),
            ("full_process_patient_cases", ""),
            ("full_process_related_donor_cases", ""),
            ("full_process_adult_patient_cases", ""),
            ("full_process_adult_related_donor_cases", ""),
            ("patient_reports", ""),
            ("donor_reports", ""),
            ("meetings", "0"),
            ("seminars", "0"),
            ("dues_paid", "false"),
            ("deferral_years", ""),
        ],
    );
    let ratings = form.field("ratings");
    // The grid's letters → core's array of pairs (core reads it only for the oral exam).
    let extra = Signal::derive(move || {
        let letters = decode_ratings(&ratings.get());
        let items: Vec<Value> = letters
            .chunks(EXAMINERS)
            .map(|pair| Value::Array(pair.iter().map(|c| Value::from(rating_value(*c))).collect()))
            .collect();
        let mut m = Map::new();
        m.insert("ratings", Value::Array(items));
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&hctc::TYPED);
    let check = form.field("check");
    let on = move |routes: &'static [&'static str]| move || routes.contains(&check.get().as_str());

    view! {
        <div class="page calc cert hctc">
            <PageHead
                ja="HCTC（造血細胞移植コーディネーター）認定・更新" en="HCTC (transplant coordinator): exams and renewal"
                lead_ja="日本造血細胞移植学会の「HCTC認定制度細則」（2019年4月1日施行の改訂版）で、試験の合否、更新や特別措置の要件、必要な審査料・登録料を確認します。"
                lead_en="Checks the exam results, the renewal and special-route requirements and the fees under the society's HCTC 細則 (the revision in force from 1 April 2019)."
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <div class="route-select">
                    <SelectField form=form outcome=outcome name="check" ja="確認したい手続き" en="What to check" options=ROUTES />
                </div>
                <Show when=on(&["written_exam", "oral_exam"])>
                    <SelectField form=form outcome=outcome name="level" ja="試験の種類" en="Exam" options=LEVELS />
                </Show>
                <Show when=on(&["written_exam"])>
                    <NumField form=form outcome=outcome name="correct" ja="筆記試験の正解数（25問中）" en="Correct answers (of 25)" unit_ja="問" unit_en="of 25"
                        hint_ja="原則として15問以上の正解で合格です。" hint_en="As a rule, 15 or more correct passes." />
                </Show>
                <Show when=on(&["provisional_specialist", "transition_specialist"])>
                    <DateField form=form outcome=outcome name="certified_on" ja="認定HCTCを取得した日（任意）" en="Date certified as HCTC (optional)"
                        hint_ja="暫定専門は2016年3月31日まで（旧制度）、移行措置は2016年4月〜2017年4月27日の取得が対象です。" hint_en="Provisional: by 31 Mar 2016 (old system); transition: April 2016 to 27 April 2017." />
                </Show>
                <Show when=on(&["provisional_to_specialist"])>
                    <DateField form=form outcome=outcome name="provisional_certified_on" ja="暫定専門HCTCに認定された日（任意）" en="Date of the provisional certification (optional)"
                        hint_ja="有効期間5年の内に申請しているかを確認します。" hint_en="Used to check the application is within the 5-year validity." />
                </Show>
                <Show when=on(&["renewal_specialist", "provisional_to_specialist"])>
                    <CheckField form=form outcome=outcome name="full_time" ja="認定取得時以降も専従でHCTC実務に従事している" en="Full-time HCTC work continued since the certification" />
                </Show>
                <Show when=on(&["provisional_specialist", "transition_specialist"])>
                    <NumField form=form outcome=outcome name="full_time_years" ja="専従実務経験（通算）" en="Full-time experience (total)" unit_ja="年" unit_en="years"
                        hint_ja="0.5 のように小数でも入力できます。" hint_en="Decimals such as 2.5 are accepted." />
                </Show>
                <Show when=on(ALL)>
                    <NumField form=form outcome=outcome name="patient_cases" ja="患者事例" en="Patient cases" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="donor_cases" ja="ドナー事例" en="Donor cases" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="related_donor_cases" ja="うち血縁ドナー事例" en="Of which related donors" unit_ja="件" unit_en="cases" />
                </Show>
                <Show when=on(&["pediatric_to_adult"])>
                    <NumField form=form outcome=outcome name="adult_patient_cases" ja="成人（18歳以上）の患者事例" en="Adult patient cases (18 or over)" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="adult_donor_cases" ja="成人のドナー事例" en="Adult donor cases" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="adult_related_donor_cases" ja="うち成人の血縁ドナー事例" en="Of which adult related donors" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="full_process_adult_patient_cases" ja="うち全過程に関わった成人患者事例（任意）" en="Adult patient cases followed through the whole process (optional)" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="full_process_adult_related_donor_cases" ja="うち全過程に関わった成人血縁ドナー事例（任意）" en="Adult related donors followed through the whole process (optional)" unit_ja="件" unit_en="cases" />
                </Show>
                <Show when=on(&["provisional_specialist"])>
                    <NumField form=form outcome=outcome name="full_process_patient_cases" ja="うち全過程に関わった患者事例（任意）" en="Patient cases followed through the whole process (optional)" unit_ja="件" unit_en="cases" />
                    <NumField form=form outcome=outcome name="full_process_related_donor_cases" ja="うち全過程に関わった血縁ドナー事例（任意）" en="Related donors followed through the whole process (optional)" unit_ja="件" unit_en="cases" />
                </Show>
                <Show when=on(&["provisional_specialist", "pediatric_to_adult"])>
                    <NumField form=form outcome=outcome name="patient_reports" ja="患者事例の報告書（任意）" en="Patient case reports (optional)" unit_ja="事例" unit_en="cases" />
                    <NumField form=form outcome=outcome name="donor_reports" ja="ドナー事例の報告書（任意）" en="Donor case reports (optional)" unit_ja="事例" unit_en="cases" />
                </Show>
                <Show when=on(ALL)>
                    <NumField form=form outcome=outcome name="meetings" ja="学術総会への参加" en="Annual meetings attended" unit_ja="回" unit_en="times"
                        hint_ja="移行措置は申請前5年以内の参加を数えます。" hint_en="For the transition route, only the last 5 years count." />
                    <NumField form=form outcome=outcome name="seminars" ja="認定更新セミナー（ブラッシュアップ研修会）への参加" en="Renewal seminars attended" unit_ja="回" unit_en="times" />
                </Show>
                <Show when=on(&["renewal_certified"])>
                    <NumField form=form outcome=outcome name="deferral_years" ja="更新の保留（通算、任意）" en="Renewal deferral in total (optional)" unit_ja="年" unit_en="years"
                        hint_ja="研究・研修、療養、産休・育休・介護休業などで保留した年数。" hint_en="Years deferred for study, illness, parental or family-care leave." />
                </Show>
                <Show when=on(&["renewal_certified", "renewal_specialist", "provisional_specialist", "provisional_to_specialist", "pediatric_to_adult", "transition_specialist"])>
                    <CheckField form=form outcome=outcome name="dues_paid" ja="継続して学会員で、申請時点で年会費を完納している" en="Continuous member with the annual dues paid in full" />
                </Show>
                <div class="as-of-wrap">
                    <AsOfField form=form outcome=outcome />
                    <p class="hint">{tr("申請する日として扱います（更新の受付期間・暫定専門の期限の判定に使います）。", "Read as the application date (for the renewal window and the provisional deadline).")}</p>
                </div>
            </form>
            <Show when=on(&["oral_exam"])>
                <OralGrid ratings=ratings outcome=outcome res=res />
            </Show>
            <Verdict verdict=Signal::derive(move || res.with(|r| r.as_ref().map(|r| VerdictData {
                eligible: r.eligible,
                exam: r.passed.is_some(),
                requirements: r.requirements.clone(),
            }))) />
            <Fees res=res />
            <Notes notes=items(res, |r| &r.notes) />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// The oral exam: 10 items × 2 examiners, each 良・可・不可.
#[component]
fn OralGrid(ratings: RwSignal<String>, outcome: Memo<Outcome>, res: Memo<Option<hctc::Output>>) -> impl IntoView {
    let both_ok = move |i: usize| res.with(|r| Some(r.as_ref()?.oral_items.get(i)?.good_or_fair_by_all));
    let list_errors = move || outcome.with(|o| errors_for(o, "ratings").iter().map(msg).collect::<Vec<_>>());
    let rows = (0..ITEMS)
        .map(|i| {
            let cells = (0..EXAMINERS)
                .map(|j| {
                    let id = format!("{CALC}-ratings-{i}-{j}");
                    let examiner = if j == 0 { ("A", "A") } else { ("B", "B") };
                    let label = move || {
                        if lang().is_en() {
                            format!("Item {} — examiner {}", i + 1, examiner.1)
                        } else {
                            format!("評価項目{} 面接員{}", i + 1, examiner.0)
                        }
                    };
                    let value = move || ratings.with(|s| rating_value(decode_ratings(s)[i * EXAMINERS + j]));
                    let set = move |ev: leptos::ev::Event| {
                        let v = event_target_value(&ev);
                        let c = RATINGS.iter().find(|r| r.1 == v).map_or('g', |r| r.0);
                        ratings.update(|s| {
                            let mut letters = decode_ratings(s);
                            letters[i * EXAMINERS + j] = c;
                            *s = letters.into_iter().collect();
                        });
                    };
                    view! {
                        <td>
                            <select id=id name=format!("ratings[{i}][{j}]") aria-label=label prop:value=value on:change=set
                                class:poor=move || value() == "poor">
                                {RATINGS.iter().map(|r| {
                                    let v = r.1;
                                    view! { <option value=v selected=move || value() == v>{tr(r.2, r.3)}</option> }
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
            <h2 id="oral-h">{tr("口頭試験の評価（10項目 × 面接員2名）", "Oral exam ratings (10 items × 2 examiners)")}</h2>
            <p class="hint">{tr(
                "2名とも「良」または「可」の項目が原則8項目以上で合格です。1名でも「不可」の項目は数えません。",
                "As a rule, a pass needs 8 or more items rated good or fair by both examiners; an item with any poor rating does not count.",
            )}</p>
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
                                    <td class="source">{f.article.clone()}</td>
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

