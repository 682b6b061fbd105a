//! 細胞治療認定管理師 (seed 000, Q&A for the 4th round, 2021): licence, 50 credits from the listed
//! societies and seminars inside the credit window, a cell-processing record of 10 cases with 5 of
//! actual processing, and the 6/1–6/30 application period. Core decides every line; the page edits
//! the records (the schema's two lists) and shows, per row, whether and why it counted.
//!
//! The records are saved in the browser, exported and imported as JSON (the whole input) or CSV (the
//! events), and kept in the URL as one `rows` parameter (`crate::records`). At mount: the saved
//! records, else the link's, else empty lists.
use crate::components::{Actions, AsOfField, Disagreements, PageHead, RulesUsed, TraceTable};
use crate::fields::AllInputs;
use crate::form::{items, Form};
use crate::i18n::{lang, msg, tr};
use crate::records::{restore, FormRecords};
use crate::rows::{Foot, ListView, RowList, RowsModel};
use crate::verdict::{window_text, Notes, Verdict, VerdictData};
use calc_core::rules::certification::cell_therapy::{self, Output};
use calc_core::Text;
use leptos::prelude::*;

const EMPTY: Text = Text::new("（まだ記録がありません）", "(no records yet)");
static EVENTS: ListView = ListView {
    prefix: "ct",
    grid: "ct-events",
    add: Text::new("＋ 参加記録を追加", "+ Add an event"),
    empty: EMPTY,
    wide: &["seminar", "title"],
};
static CASES: ListView = ListView {
    prefix: "ct",
    grid: "ct-cases",
    add: Text::new("＋ 実績を追加", "+ Add a record"),
    empty: EMPTY,
    wide: &[],
};

#[component]
pub fn CellTherapy() -> impl IntoView {
    // The credit window starts blank: core then uses the seed's.
    let form = Form::new(&cell_therapy::TYPED, &[]).with_lists().start_empty();
    let (events, cases) =
        (form.list("events").link_keys(), form.list("cases").link_keys().new_row(&[("kind", "processing")]));
    let restored = restore(form, "events", &[]);
    let (outcome, res) = form.run(&cell_therapy::TYPED);
    let foot = status_foot(res);

    view! {
        <div class="page calc cert cell-therapy">
            <PageHead
                ja="細胞治療認定管理師 受験申請の確認" en="Cell-therapy manager (細胞治療認定管理師): can I apply?"
                lead_ja="第4回（2021年）のQ&Aに基づき、医療系国家資格、5年間の50単位、細胞調製の実績（10件・うち調製5件）、申請受付期間（6月1日〜30日、当日消印有効）を確認します。"
                lead_en="Checks, under the Q&A for the 4th round (2021), the medical licence, 50 credits within the window, the cell-processing record (10 cases, 5 with processing) and the 1–30 June application period (postmark date)."
                form=form
            />
            <FormRecords form=form restored=restored main="events" />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <AllInputs form=form outcome=outcome />
                <AsOfField form=form outcome=outcome />
            </form>
            <RowList model=events view=&EVENTS outcome=outcome foot=foot />
            <RowList model=cases view=&CASES outcome=outcome foot=foot />
            <Summary res=res />
            <Verdict verdict=Signal::derive(move || res.with(|r| r.as_ref().map(|r| VerdictData {
                eligible: r.eligible,
                exam: false,
                requirements: r.requirements.clone(),
                not_checked: Vec::new(),
            }))) />
            <Disagreements list=items(res, |r| &r.disagreements) />
            <Notes notes=items(res, |r| &r.notes) />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// The figures the verdict rests on: credits, cases, processing cases, the two windows.
#[component]
fn Summary(res: Memo<Option<Output>>) -> impl IntoView {
    move || {
        res.with(|r| {
            let r = r.as_ref()?;
            let en = lang().is_en();
            let credits = if en { "credits" } else { "単位" };
            let cases = if en { "cases" } else { "件" };
            let line = |key: &'static str, ja: &'static str, en_l: &'static str, reached: i64, required: i64, unit: &'static str| {
                let met = reached >= required;
                let short = (!met).then(|| {
                    if en { format!(" ({} short)", required - reached) } else { format!("（あと{}不足）", required - reached) }
                });
                view! {
                    <div class="figure" class:strong=met data-key=key>
                        <span class="figure-label">{tr(ja, en_l)}</span>
                        <output class="figure-value">{format!("{reached} / {required} {unit}")}</output>
                        {short.map(|s| view! { <span class="shortfall">{s}</span> })}
                    </div>
                }
            };
            let app = window_text(&r.application_window);
            let inside = r.in_application_window;
            let credit_window = window_text(&r.credit_window);
            let from_input = r.credit_window_source == "input";
            let round = r.round.number;
            Some(view! {
                <section class="result cell-summary" aria-label=tr("集計", "Totals")>
                    {line("qualifying_credits", "対象となる単位", "Qualifying credits", r.qualifying_credits, r.credits_required, credits)}
                    {line("case_count", "細胞調製の実績", "Cell-processing cases", r.case_count, r.cases_required, cases)}
                    {line("processing_case_count", "うち実際の調製", "Of which actual processing", r.processing_case_count, r.processing_cases_required, cases)}
                </section>
                <div class="windows">
                    <p data-key="application_window">
                        <strong>{if en { format!("Round {round} application period: ") } else { format!("第{round}回 申請受付期間: ") }}</strong>
                        {app}{tr("（当日消印有効）", " (postmark date counts)")}" "
                        {if inside {
                            view! { <span class="ok">{tr("申請日は期間内", "the application date is inside")}</span> }.into_any()
                        } else {
                            view! { <span class="ng">{tr("申請日は期間外", "the application date is outside")}</span> }.into_any()
                        }}
                    </p>
                    <p data-key="credit_window">
                        <strong>{tr("単位を数える期間: ", "Credits counted in: ")}</strong>{credit_window}" "
                        {if from_input { tr("（入力された期間）", "(your window)") } else { tr("（資料A11の期間）", "(the Q&A's A11 window)") }}
                    </p>
                </div>
            })
        })
    }
}

/// Whether and why core counted this row (only when the whole input is valid).
fn row_status(list: &str, r: &Output, idx: usize) -> Option<(bool, String)> {
    let en = lang().is_en();
    let (ok, head, reason) = if list == "events" {
        let line = r.events.get(idx)?;
        let c = line.counted_credits;
        let head = if line.counted {
            if en {
                format!("Counted: {c} credits")
            } else {
                format!("計上: {c}単位")
            }
        } else if en {
            "Not counted".to_string()
        } else {
            "数えません".to_string()
        };
        (line.counted, head, &line.reason)
    } else {
        let line = r.cases.get(idx)?;
        let with_proc = match (line.processing_case, en) {
            (true, false) => "（調製を含む）",
            (true, true) => " (with processing)",
            _ => "",
        };
        let head = match (line.counted, line.case_number, en) {
            (true, Some(n), false) => format!("{n}件目として計上{with_proc}"),
            (true, Some(n), true) => format!("Counted as case {n}{with_proc}"),
            (false, Some(n), false) => format!("{n}件目に含む{with_proc}"),
            (false, Some(n), true) => format!("Part of case {n}{with_proc}"),
            (_, None, false) => "数えません".to_string(),
            (_, None, true) => "Not counted".to_string(),
        };
        // A same-day line of an already counted case still belongs to a counted case.
        (line.counted || line.case_number.is_some(), head, &line.reason)
    };
    Some((ok, format!("{head} — {}", msg(reason))))
}

/// Whether and why core counted the row, under its card.
fn status_foot(res: Memo<Option<Output>>) -> Foot {
    Callback::new(move |(model, idx): (RowsModel, Signal<Option<usize>>)| {
        let status = move || res.with(|r| row_status(model.field.key, r.as_ref()?, idx.get()?));
        view! {
            <p class="row-status" role="status">
                {move || status().map(|(ok, text)| view! {
                    <span class=if ok { "ok" } else { "ng" } aria-hidden="true">{if ok { "✓ " } else { "✗ " }}</span>
                    <span class="status-text">{text}</span>
                })}
            </p>
        }
        .into_any()
    })
}
