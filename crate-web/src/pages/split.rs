//! 55,000点の精算 (seed 003 参考資料2-1〜2-4): from the transplant hospital's claim, 55,000 points
//! (550,000 yen) go to JMDP and the donor's points less 4,200 to the harvesting hospital; the rest
//! stays with the transplant hospital. For billing staff with a receipt in hand: every point value
//! defaults to the dated table and can be overwritten.
use crate::components::{amount_text, Actions, AsOfField, PageHead, RulesUsed, TraceTable};
use crate::fields::{text, FieldError, Input};
use crate::form::{errors_for, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use calc_core::money::group;
use calc_core::rules::jmdp::split::{self, params, schema};
use calc_core::schema::Field;
use calc_core::value::{Map, Value};
use calc_core::{Date, Param, Unit};
use leptos::prelude::*;

/// A point (or yen-per-point) value that defaults to the table: empty = the table's value (`param`)
/// on the reference date, shown as the placeholder and named under the field.
#[component]
fn TableField(form: Form, outcome: Memo<Outcome>, field: &'static Field, param: &'static Param) -> impl IntoView {
    let sig = form.field(field.key);
    let id = format!("{}-{}", form.calculator, field.key);
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let invalid = move || outcome.with(|o| !errors_for(o, field.key).is_empty());
    // The table's value in force on the reference date (none when the date is outside every version).
    let table = Memo::new(move |_| {
        Date::parse(&form.as_of.get())
            .and_then(|d| calc_core::params::lookup_in(split::TYPED.tables, param.id, d).ok())
            .map(|p| p.value)
    });
    let using_table = move || sig.with(|s| s.trim().is_empty());
    let unit = text(field.unit());
    view! {
        <div class="field table-field" hidden=move || !form.applies(field) class:invalid=invalid data-default=move || if using_table() { "table" } else { "typed" }>
            <label for=id.clone()>{text(field.label)}</label>
            <div class="input-row">
                <input id=id.clone() name=field.key type="text" inputmode="decimal" autocomplete="off"
                    placeholder=move || table.get().map(group).unwrap_or_default()
                    aria-invalid=move || if invalid() { "true" } else { "false" } aria-describedby=format!("{err_id} {hint_id}")
                    value=sig.get_untracked() prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev)) />
                <span class="unit">{unit}</span>
            </div>
            <p class="hint" id=hint_id>
                {text(field.help)}" "
                {move || {
                    let en = lang().is_en();
                    let t = table.get().map_or_else(|| "—".into(), |v| format!("{}{}{}", group(v), if en { " " } else { "" }, unit()));
                    match (using_table(), en) {
                        (true, false) => format!("表の値 {t} で計算中。レセプトの点数に書き換えられます。"),
                        (true, true) => format!("Now using the table's {t}. Type your receipt's figure to replace it."),
                        (false, false) => format!("入力値で計算中（表の値 {t}）。"),
                        (false, true) => format!("Using your figure (table: {t})."),
                    }
                }}
            </p>
            <FieldError outcome=outcome field=field.key.to_string() id=err_id />
        </div>
    }
}

/// A figure of the result that the document may leave open: "—" while the input has errors, core's
/// null as "unknown" (never a 0 that reads as an answer), else the amount. Marked up as `Figure`.
#[component]
fn OptFigure(
    key: &'static str,
    value: Signal<Option<Option<i64>>>,
    ja: &'static str,
    en: &'static str,
    #[prop(optional)] unit: Option<Unit>,
    #[prop(optional)] strong: bool,
) -> impl IntoView {
    let unit = unit.unwrap_or(Unit::Yen);
    let unknown = move || matches!(value.get(), Some(None));
    view! {
        <div class="figure" class:strong=strong class:unknown=unknown data-key=key data-unknown=move || unknown().to_string()>
            <span class="figure-label">{tr(ja, en)}</span>
            <output class="figure-value">
                {move || match value.get() {
                    None => "—".to_string(),
                    Some(None) => tr("不明（資料に定めがありません）", "unknown (not set by the document)")().to_string(),
                    Some(Some(v)) => amount_text(v, unit),
                }}
            </output>
        </div>
    }
}

/// One figure of the result that may be null (see [`OptFigure`]).
fn opt(res: Memo<Option<split::Output>>, get: fn(&split::Output) -> Option<i64>) -> Signal<Option<Option<i64>>> {
    Signal::derive(move || res.with(|r| r.as_ref().map(get)))
}

/// Core's cited notes on the result: who bills whom, what the patient pays, the fee schedule.
#[component]
fn SplitNotes(res: Memo<Option<split::Output>>) -> impl IntoView {
    move || {
        res.with(|o| {
            let o = o.as_ref().filter(|o| !o.notes.is_empty())?;
            let en = lang().is_en();
            Some(view! {
                <ul class="jmdp-notes split-notes">
                    {o.notes.iter().map(|n| view! {
                        <li data-key=n.key class:notice=n.key == "ignored_fields" class:warning=n.key == "ignored_fields">
                            <strong>{msg(&n.label)}</strong>": "{msg(&n.text)}
                            " "<span class="source">"（"{n.source.short(en)}"）"</span>
                        </li>
                    }).collect_view()}
                </ul>
            })
        })
    }
}

/// The one payment of an outcome other than a transplant (JMDP → harvesting hospital), if any.
fn flow_list(o: &split::Output) -> impl IntoView {
    view! {
        <ul class="flow-list">
            {o.flows.iter().map(|f| view! {
                <li data-from=f.from data-to=f.to>
                    {msg(&f.label)}": "{amount_text(f.points, Unit::Points)}" / "{amount_text(f.yen, Unit::Yen)}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// One box of the flow diagram.
fn party_box(o: &split::Output, key: &str, extra: Option<String>) -> impl IntoView {
    let label = o.parties.iter().find(|p| p.key == key).map(|p| msg(&p.label)).unwrap_or_default();
    view! {
        <div class=format!("flow-box party-{key}")>
            <strong>{label}</strong>
            {extra.map(|e| view! { <span class="flow-keeps">{e}</span> })}
        </div>
    }
}

/// One arrow of the flow diagram with its points and yen.
fn flow_arrow(o: &split::Output, to: &str) -> impl IntoView {
    let flow = o.flows.iter().find(|f| f.to == to);
    let (points, yen) = flow.map_or((0, 0), |f| (f.points, f.yen));
    let label = flow.map(|f| msg(&f.label)).unwrap_or_default();
    view! {
        <div class=format!("flow-arrow to-{to}") data-to=to.to_string()>
            <span class="arrow-line" aria-hidden="true"></span>
            <span class="arrow-text">
                <span class="arrow-amount">{amount_text(points, Unit::Points)}" / "{amount_text(yen, Unit::Yen)}</span>
                <span class="arrow-label">{label}</span>
            </span>
        </div>
    }
}

/// Insurer → transplant hospital → JMDP / harvesting hospital, with the points and yen per arrow.
#[component]
fn FlowDiagram(res: Memo<Option<split::Output>>) -> impl IntoView {
    view! {
        <section class="flow" aria-labelledby="flow-h">
            <h2 id="flow-h">{tr("お金の流れ", "How the money flows")}</h2>
            {move || res.with(|o| {
                let Some(o) = o else {
                    return view! { <p class="hint">{tr("入力を確認すると図を表示します。", "The diagram appears once the entries are valid.")}</p> }.into_any();
                };
                if o.outcome != split::Outcome::Transplanted {
                    return if o.flows.is_empty() {
                        view! { <p class="hint no-flows">{tr("この場合、ここで計算する支払いはありません（下の説明を参照）。", "No payment is computed here in this case (see the notes).")}</p> }.into_any()
                    } else {
                        flow_list(o).into_any()
                    };
                }
                let (keeps, keeps_yen) =
                    (o.transplant_hospital_keeps_points.unwrap_or(0), o.transplant_hospital_keeps_yen.unwrap_or(0));
                let keeps_text = if lang().is_en() {
                    format!("keeps {} / {}", amount_text(keeps, Unit::Points), amount_text(keeps_yen, Unit::Yen))
                } else {
                    format!("手元に残る {} / {}", amount_text(keeps, Unit::Points), amount_text(keeps_yen, Unit::Yen))
                };
                view! {
                    <div class="flow-diagram" role="img" aria-labelledby="flow-h flow-desc">
                        {party_box(o, "insurer", None)}
                        {flow_arrow(o, "transplant_hospital")}
                        {party_box(o, "transplant_hospital", Some(keeps_text))}
                        <div class="flow-branches">
                            {flow_arrow(o, "jmdp")}
                            {flow_arrow(o, "harvesting_hospital")}
                            {party_box(o, "jmdp", None)}
                            {party_box(o, "harvesting_hospital", None)}
                        </div>
                    </div>
                    <p class="visually-hidden" id="flow-desc">
                        {o.flows.iter().map(|f| {
                            format!("{}: {} / {}. ", msg(&f.label), amount_text(f.points, Unit::Points), amount_text(f.yen, Unit::Yen))
                        }).collect::<String>()}
                    </p>
                }.into_any()
            })}
        </section>
    }
}

#[component]
pub fn Split() -> impl IntoView {
    // The table's values until a receipt's are typed; no transplant date until one is given.
    let form = Form::new(&split::TYPED, &[]).start(&[
        (schema::TRANSPLANT_POINTS.key, ""),
        (schema::HARVEST_POINTS.key, ""),
        (schema::UNRELATED_ADDITION_POINTS.key, ""),
        (schema::YEN_PER_POINT.key, ""),
        (schema::TRANSPLANT_DATE.key, ""),
    ]);
    // What was typed in a field the chosen outcome does not use is sent too: core leaves it out of
    // the computation and names it in a warning, rather than the page dropping it unsaid.
    let unused = Signal::derive(move || {
        let mut m = Map::new();
        for f in schema::SCHEMA.fields {
            let v = form.field(f.key).get();
            if !form.applies(f) && !v.trim().is_empty() {
                m.insert(f.key, Value::String(v));
            }
        }
        m
    });
    let form = form.with_extra(unused);
    let (outcome, res) = form.run(&split::TYPED);
    let invoice_date = move || res.with(|r| r.as_ref().and_then(|r| r.invoice_date).map(|d| d.to_string()));
    // A transplant (or an input not yet valid) shows the split's figures; a harvest billed to JMDP
    // shows only the harvesting hospital's.
    let transplanted = move || res.with(|r| r.as_ref().is_none_or(|r| r.outcome == split::Outcome::Transplanted));
    // An overseas donor's split is open in the document: its figures show as unknown, not hidden.
    let split_shown = move || transplanted() || res.with(|r| r.as_ref().is_some_and(|r| r.jmdp_points.is_none()));
    let billed = move || res.with(|r| r.as_ref().is_none_or(|r| r.harvest_billed_to != "none"));
    let invoice_note = move || res.with(|r| r.as_ref().and_then(|r| r.invoice_note.as_ref().map(msg)));
    view! {
        <div class="page calc jmdp-page jmdp-split">
            <PageHead
                ja="55,000点の精算（診療報酬の配分）" en="The 55,000-point split"
                lead_ja="非血縁者間の骨髄・末梢血幹細胞移植で、移植施設が受け取る診療報酬のうち、日本骨髄バンクへ支払う55,000点（550,000円）と、採取施設へ支払う額（組織適合性試験費用相当4,200点を差し引く）、移植施設に残る額を計算します。"
                lead_en="For an unrelated-donor transplant: of the transplant hospital's reimbursement, the 55,000 points (550,000 yen) paid to JMDP, the payment to the harvesting hospital (less the 4,200-point donor HLA-test equivalent), and what the transplant hospital keeps."
                form=form
            />
            <form class="inputs" on:submit=|ev| ev.prevent_default()>
                <Input form=form outcome=outcome field=&schema::OUTCOME />
                <TableField form=form outcome=outcome field=&schema::TRANSPLANT_POINTS param=&params::TRANSPLANT_POINTS />
                <TableField form=form outcome=outcome field=&schema::HARVEST_POINTS param=&params::HARVEST_POINTS />
                <TableField form=form outcome=outcome field=&schema::UNRELATED_ADDITION_POINTS param=&params::UNRELATED_ADDITION_POINTS />
                <Input form=form outcome=outcome field=&schema::DONOR_CARE_POINTS />
                <TableField form=form outcome=outcome field=&schema::YEN_PER_POINT param=&params::YEN_PER_POINT />
                <Input form=form outcome=outcome field=&schema::TRANSPLANT_DATE />
                <AsOfField form=form outcome=outcome />
            </form>
            <section class="result" aria-live="polite" aria-label=tr("結果", "Result")>
                <div class="figure-group" hidden=move || !split_shown()>
                <OptFigure key="jmdp_points" value=opt(res, |r| r.jmdp_points) ja="骨髄バンクへ（点数）" en="To JMDP (points)" unit=Unit::Points strong=true />
                <OptFigure key="jmdp_yen" value=opt(res, |r| r.jmdp_yen) ja="骨髄バンクへ（金額）" en="To JMDP (yen)" strong=true />
                </div>
                <div class="figure-group" hidden=move || !billed()>
                <OptFigure key="harvest_payment_points" value=opt(res, |r| r.harvest_payment_points) ja="採取施設へ（点数）" en="To the harvesting hospital (points)" unit=Unit::Points />
                <OptFigure key="harvest_payment_yen" value=opt(res, |r| r.harvest_payment_yen) ja="採取施設へ（金額）" en="To the harvesting hospital (yen)" />
                </div>
                <div class="figure-group" hidden=move || !split_shown()>
                <OptFigure key="claim_points" value=opt(res, |r| r.claim_points) ja="移植施設の請求（点数）" en="Transplant hospital's claim (points)" unit=Unit::Points />
                <OptFigure key="claim_yen" value=opt(res, |r| r.claim_yen) ja="移植施設の請求（金額）" en="Transplant hospital's claim (yen)" />
                <OptFigure key="transplant_hospital_keeps_points" value=opt(res, |r| r.transplant_hospital_keeps_points) ja="移植施設に残る（点数）" en="Kept by the transplant hospital (points)" unit=Unit::Points />
                <OptFigure key="transplant_hospital_keeps_yen" value=opt(res, |r| r.transplant_hospital_keeps_yen) ja="移植施設に残る（金額）" en="Kept by the transplant hospital (yen)" />
                </div>
            </section>
            <div class="result-notes">
                {move || invoice_note().map(|n| view! {
                    <p class="notice invoice-note">
                        <strong>{tr("骨髄バンクの請求: ", "JMDP's invoice: ")}</strong>
                        {move || invoice_date().map(|d| view! { <span class="invoice-date">{d}</span>" " })}
                        {n}
                    </p>
                })}
                <SplitNotes res=res />
            </div>
            <FlowDiagram res=res />
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}
