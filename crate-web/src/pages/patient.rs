//! 患者さんの費用の全体像 (seed 003): the JMDP fees with the exemption (from the household or a known
//! rate), the donor's private-room charge, the bone-marrow transport paid first and partly
//! reimbursed, the 医療費控除 / 高額療養費 distinction and the payment deadline, in one estimate.
use super::jmdp_exemption::{Certificates, Household, HouseholdEditor, MEMBERS};
use super::jmdp_fees::{NoteList, RangeFigure};
use crate::components::{Actions, AsOfField, Figure, PageHead, RulesUsed, TraceTable};
use crate::fields::{Input, Inputs};
use crate::form::{flag, items, num, Form};
use crate::i18n::{lang, msg, tr};
use crate::links::href;
use calc_core::rules::jmdp::exemption::{schema as household, Status};
use calc_core::rules::jmdp::fees::schema as fees;
use calc_core::rules::jmdp::overview::{self, schema as ov};
use calc_core::schema::{Choice, Choose, Field};
use calc_core::value::{Map, Value};
use calc_core::{Text, Unit};
use leptos::prelude::*;

/// How the exemption is given: page state (it decides which of core's fields are sent).
const EX_MODES: &[Choice] = &[
    Choice::new("status", Text::new("世帯の課税状況から計算する", "Work it out from the household's tax status")),
    Choice::new("rate", Text::new("決定された免除率を入力する", "Enter the rate JMDP granted")),
    Choice::new("none", Text::new("免除なし・申請しない", "No exemption")),
];
const EX_MODE: Field = Field::choice("ex_mode", Text::new("免除の指定", "Exemption"), EX_MODES);

#[component]
pub fn PatientOverview() -> impl IntoView {
    // The worked example: 4 donors tested, transplant; income tax 30,000 and 5,000 (the highest,
    // 30,000, gives 70%); transport 50,000 yen. No rate and no invoice date until one is given.
    let form = Form::new(&overview::TYPED, &[(EX_MODE.key, "status"), (MEMBERS, "")]).start(&[
        (fees::DONORS_SCREENED.key, "4"),
        (household::INCOME_TAX_YEN.key, "[30000,5000]"),
        (ov::EXEMPTION_PERCENT.key, ""),
        (ov::INVOICE_RECEIVED_DATE.key, ""),
    ]);
    let mode = form.field(EX_MODE.key);
    let status = form.field(ov::STATUS.key);
    let household = Household::new(form, &household::INCOME_TAX_YEN);
    let by_status = move || !matches!(mode.get().as_str(), "rate" | "none");
    let taxed = move || by_status() && status.with(|s| s == Status::Taxed.key());
    // Only the chosen way of giving the exemption reaches core; the other keeps its typed values.
    let extra = Signal::derive(move || {
        let mut m = Map::new();
        if by_status() {
            m.insert(ov::EXEMPTION_PERCENT.key, Value::Null);
        } else {
            m.insert(ov::STATUS.key, Value::Null);
        }
        if mode.get() == "none" {
            m.insert(ov::EXEMPTION_PERCENT.key, Value::Null);
        }
        if taxed() {
            m.insert(household::INCOME_TAX_YEN.key, household.to_json());
        }
        m
    });
    let form = form.with_extra(extra);
    let (outcome, res) = form.run(&overview::TYPED);

    view! {
        <div class="page calc jmdp-page jmdp-patient">
            <PageHead
                ja="患者さんの費用の全体像" en="Patient cost overview"
                lead_ja="骨髄バンクを介した移植で、保険診療の自己負担とは別にかかる費用をまとめて見積もります。骨髄バンクの患者負担金（免除を含む）、ドナーの差額ベッド代、骨髄液等の運搬費、医療費控除、支払期限まで。"
                lead_en="The costs of an unrelated transplant through JMDP beyond the insured co-payment, in one estimate: JMDP fees (with any exemption), the donor's private room, the marrow transport, the tax deduction and the payment deadline."
                form=form
            />
            <p class="notice">{tr(
                "初期値は例です（ドナー4人検査・移植あり、世帯の所得税 30,000円と5,000円 → 免除率70%、運搬費50,000円）。ご自身の内容に書き換えてください。",
                "The starting values are an example (4 donors tested, transplant; household income tax ¥30,000 and ¥5,000 → 70% exemption; transport ¥50,000). Replace them with your own.",
            )}</p>

            <section class="input-group" aria-labelledby="pt-fees-h">
                <h2 id="pt-fees-h">{tr("1. 骨髄バンクの患者負担金", "1. JMDP patient fees")}</h2>
                <div class="inputs">
                    <Inputs form=form outcome=outcome
                        fields=&[&fees::DONORS_SCREENED, &fees::FINAL_CONSENT, &fees::TRANSPLANT, &fees::OPTION_HLA_TESTS, &fees::ORAL_MUCOSA_DNA] />
                </div>
            </section>

            <section class="input-group" aria-labelledby="pt-ex-h">
                <h2 id="pt-ex-h">{tr("2. 負担金の免除", "2. Fee exemption")}</h2>
                <div class="inputs">
                    <Input form=form outcome=outcome field=&EX_MODE />
                    // The mode stands for "no household": the household's own (required) category is shown.
                    {move || match mode.get().as_str() {
                        "rate" => view! { <Input form=form outcome=outcome field=&ov::EXEMPTION_PERCENT /> }.into_any(),
                        "none" => ().into_any(),
                        _ => view! { <Input form=form outcome=outcome field=&household::STATUS /> }.into_any(),
                    }}
                </div>
                {move || taxed().then(|| view! { <HouseholdEditor household=household outcome=outcome /> })}
            </section>

            <section class="input-group" aria-labelledby="pt-other-h">
                <h2 id="pt-other-h">{tr("3. 運搬費・支払期限", "3. Transport and payment deadline")}</h2>
                <div class="inputs">
                    <Inputs form=form outcome=outcome fields=&[&ov::TRANSPORT_YEN, &ov::INVOICE_RECEIVED_DATE] />
                    <AsOfField form=form outcome=outcome />
                </div>
            </section>

            <section class="result overview-headline" aria-live="polite" aria-label=tr("結果", "Result")>
                <RangeFigure key="estimated_total" range=range(res, |r| r.estimated_total_min_yen, |r| r.estimated_total_max_yen)
                    ja="自己負担の見込み（合計の幅）" en="Estimated out of pocket (range)" strong=true />
                <Figure key="jmdp_payable_yen" value=num(res, |r| r.jmdp_payable_yen) ja="骨髄バンクへのお支払い" en="Payable to JMDP" strong=true />
            </section>
            <p class="hint">
                {tr(
                    "合計 = 骨髄バンクの負担金 + ドナーの差額ベッド代（幅）+ 運搬費のうち戻ってこない分（幅）。保険診療の自己負担（高額療養費の対象）は含みません。",
                    "Total = JMDP fees + the donor's private room (range) + the part of the transport not reimbursed (range). The insured co-payment (under the high-cost cap) is not included.",
                )}
                " "<a class="year-link" href=href("/patient/year")>{tr(
                    "保険診療の自己負担を含めた月ごとの費用と医療費控除は「この1年の費用」で計算できます",
                    "The insured co-payment month by month, with the tax deduction: Your costs this year",
                )}</a>
            </p>

            <OverviewCards res=res />

            <NoteList notes=items(res, |r| &r.notes) class="overview-notes" />
            {move || by_status().then(|| view! {
                <Certificates docs=items(res, |r| r.exemption.as_ref().map_or(&[], |e| &e.certificates)) />
            })}
            <TraceTable outcome=outcome />
            <RulesUsed outcome=outcome />
            <Actions />
        </div>
    }
}

/// Both ends of a range of the result (`None` while the input has errors).
fn range(
    res: Memo<Option<overview::Output>>,
    min: fn(&overview::Output) -> i64,
    max: fn(&overview::Output) -> i64,
) -> Signal<Option<(i64, i64)>> {
    Signal::derive(move || res.with(|r| r.as_ref().map(|r| (min(r), max(r)))))
}

/// The overview's cards: the fees, the donor's room, the transport, the deduction and the deadline.
#[component]
fn OverviewCards(res: Memo<Option<overview::Output>>) -> impl IntoView {
    // Core's words for the donor's room: a stay, none, or what the document leaves open.
    let room_note = move || res.with(|r| r.as_ref().map(|r| msg(&r.private_room_note)));
    let room_unknown = move || res.with(|r| r.as_ref().is_some_and(|r| r.private_room_applies.is_none()));
    let welfare_share = flag(res, |r| r.private_room_welfare_share_possible);
    let has_transport = flag(res, |r| r.transport_yen > 0);
    let deadline = move || {
        res.with(|r| r.as_ref().map(|r| (r.payment_deadline_months, r.payment_deadline_date.map(|d| d.to_string()))))
    };
    view! {
    <div class="overview-sections">
        <section class="ov-card" aria-labelledby="ov-fees-h">
            <h2 id="ov-fees-h">{tr("骨髄バンクの患者負担金", "JMDP patient fees")}</h2>
            <div class="result">
                <Figure key="fees.gross_yen" value=num(res, |r| r.fees.gross_yen) ja="負担金の合計" en="Total fees" />
                <Figure key="fees.refund_yen" value=num(res, |r| r.fees.refund_yen) ja="返金される額" en="Refunded" />
                <Figure key="exemption_percent" value=num(res, |r| r.exemption_percent) ja="免除率" en="Exemption rate" unit=Unit::Percent />
                <Figure key="fees.exempted_yen" value=num(res, |r| r.fees.exempted_yen) ja="免除される額" en="Exempted" />
                <Figure key="fees.payable_yen" value=num(res, |r| r.fees.payable_yen) ja="お支払いいただく額" en="Payable" strong=true />
            </div>
            <p class="hint no-print">
                {tr("項目ごとの内訳は ", "Item by item: ")}
                <a href=href("/jmdp/fees")>{tr("骨髄バンク 患者負担金", "JMDP patient fees")}</a>
                {tr("、免除の基準と書類は ", "; exemption rules and documents: ")}
                <a href=href("/jmdp/exemption")>{tr("患者負担金の免除", "fee exemption")}</a>
                {tr("。", ".")}
            </p>
        </section>

        <section class="ov-card" aria-labelledby="ov-room-h">
            <h2 id="ov-room-h">{tr("ドナーの差額ベッド代", "The donor's private-room charge")}</h2>
            <div class="result single">
                <RangeFigure key="private_room" range=range(res, |r| r.private_room_min_yen, |r| r.private_room_max_yen)
                    ja="目安の幅" en="Estimated range" />
            </div>
            <p class="hint room-note" class:notice=room_unknown data-unknown=move || room_unknown().to_string()>{room_note}</p>
            <p class="welfare-room" class:notice=welfare_share class:hint=move || !welfare_share.get()>{tr(
                "生活保護受給世帯の場合は、移植施設から骨髄バンクに差額ベッド代の負担を申し入れでき、協議により骨髄バンクが一部を負担します（ここでは差し引いていません）。",
                "For a household on public assistance (生活保護), the transplant hospital can ask JMDP to share the private-room charge; JMDP bears part after discussion (not deducted here).",
            )}</p>
        </section>

        <section class="ov-card" aria-labelledby="ov-transport-h">
            <h2 id="ov-transport-h">{tr("骨髄液等の運搬費", "Marrow transport")}</h2>
            <div class="result">
                <Figure key="paid_first_yen" value=num(res, |r| r.paid_first_yen) ja="いったん支払う額" en="Paid first" />
                <RangeFigure key="transport_reimbursed" range=range(res, |r| r.transport_reimbursed_min_yen, |r| r.transport_reimbursed_max_yen)
                    ja="療養費として戻る見込み" en="Expected reimbursement" />
                <Figure key="transport_reimbursed_official_yen" value=num(res, |r| r.transport_reimbursed_official_yen) ja="厚生労働省の見解では（全額）" en="Official view (in full)" />
                <RangeFigure key="transport_net" range=range(res, |r| r.transport_net_min_yen, |r| r.transport_net_max_yen)
                    ja="戻ってこない分（見込み）" en="Not reimbursed (expected)" />
            </div>
            <p class="hint">{move || if has_transport.get() {
                tr(
                    "運搬費はいったん全額を支払い（多くの施設が立て替えて後から請求）、健康保険に「療養費」として申請すると後から振り込まれます。厚生労働省は全額支給の見解ですが、近年の実態では3〜7割程度の支給が多く、振込まで数か月かかります。",
                    "You pay the transport in full first (many hospitals advance it and bill you later), then claim it from your health insurer as 療養費. The ministry's view is that it is reimbursed in full, but recently 30–70% is typical, and the payment takes a few months.",
                )()
            } else {
                tr("運搬費を入力すると、戻る見込みの幅を表示します。", "Enter the transport cost to see the expected reimbursement.")()
            }}</p>
        </section>

        <section class="ov-card deduction" aria-labelledby="ov-ded-h">
            <h2 id="ov-ded-h">{tr("医療費控除と高額療養費", "Tax deduction (医療費控除) and the high-cost benefit")}</h2>
            <ul class="ded-list">
                {move || {
                    let (ok, deductible, high_cost) = res.with(|r| match r {
                        Some(r) => (true, r.medical_deduction.jmdp_fees_deductible, r.medical_deduction.jmdp_fees_count_for_high_cost),
                        None => (false, false, false),
                    });
                    let mark = move |yes: bool| if !ok { "—" } else if yes { "○" } else { "×" };
                    view! {
                        <li class="ded-row" data-key="deductible">
                            <span class="mark" class:ok=deductible aria-hidden="true">{mark(deductible)}</span>
                            <span>
                                <strong>{tr("医療費控除（確定申告）", "Medical-expense deduction (tax return)")}</strong>": "
                                {if deductible { tr("骨髄バンクの患者負担金は対象です", "the JMDP fees count")() } else { tr("対象外", "not counted")() }}
                            </span>
                        </li>
                        <li class="ded-row" data-key="high_cost">
                            <span class="mark" class:ng=!high_cost aria-hidden="true">{mark(high_cost)}</span>
                            <span>
                                <strong>{tr("高額療養費（健康保険の上限）", "High-cost benefit (insurer's monthly cap)")}</strong>": "
                                {if high_cost { tr("骨髄バンクの患者負担金も対象です", "the JMDP fees count")() } else { tr("骨髄バンクの患者負担金は対象外です", "the JMDP fees do not count")() }}
                            </span>
                        </li>
                    }
                }}
            </ul>
            <NoteList notes=items(res, |r| &r.medical_deduction.notes) class="deduction-notes" />
        </section>

        <section class="ov-card" aria-labelledby="ov-deadline-h">
            <h2 id="ov-deadline-h">{tr("支払期限", "Payment deadline")}</h2>
            <p class="deadline">{move || match deadline() {
                Some((m, Some(d))) => if lang().is_en() {
                    format!("By {d} ({m} months after the invoice arrived).")
                } else {
                    format!("{d} まで（請求書到着後{m}か月以内）")
                },
                Some((m, None)) => if lang().is_en() {
                    format!("Within {m} months of the invoice arriving (enter the date above to see it).")
                } else {
                    format!("請求書が届いてから{m}か月以内（届いた日を入力すると日付を表示します）")
                },
                None => "—".into(),
            }}</p>
            <p class="hint">{tr(
                "免除を申請している場合は、審査結果の通知まで請求書を振り込まずに保管し、通知後なるべく早くお支払いください。",
                "If you have applied for an exemption, keep the invoice unpaid until the decision arrives, then pay as soon as you can.",
            )}</p>
        </section>
    </div>
    }
}
