//! calc-web: the Leptos client-side app. A thin view over calc-core: raw input strings in
//! signals, parsing and rules in core, the answer and its breakdown shown as they come back.

use leptos::prelude::*;

pub mod api;
pub mod components;
pub mod form;
pub mod i18n;
pub mod links;
pub mod nav;
pub mod pages;
pub mod panic;
pub mod records;
pub mod row_list;
pub mod storage;
pub mod sw;
pub mod url_state;

use i18n::{tr, Lang, LangCtx};

/// Each calculator page is a lazily loaded wasm chunk in release builds (cfg `wasm_split`, cut by
/// `tools/split.mjs`): a first visit fetches the main module, the page's own chunk and the chunks
/// it shares with other pages (code most pages use is one shared chunk, see tools/split.mjs).
/// Elsewhere (`trunk serve`, the wasm tests) a page is a plain function.
macro_rules! lazy_pages {
    ($($name:ident => $page:path),+ $(,)?) => {$(
        #[cfg(wasm_split)]
        #[leptos::lazy]
        fn $name() -> AnyView {
            $page().into_any()
        }
        #[cfg(not(wasm_split))]
        async fn $name() -> AnyView {
            $page().into_any()
        }
    )+};
}

lazy_pages! {
    patient_page => pages::patient::PatientOverview,
    fees_page => pages::jmdp_fees::JmdpFees,
    exemption_page => pages::jmdp_exemption::JmdpExemption,
    burden_page => pages::advanced_burden::AdvancedBurden,
    split_page => pages::split::Split,
    cost_basis_page => pages::cost_basis::CostBasis,
    pharmacist_page => pages::pharmacist::Pharmacist,
    hctc_page => pages::hctc::Hctc,
    cell_therapy_page => pages::cell_therapy::CellTherapy,
    rules_page => pages::rules::RulesPage,
}

/// A lazily loaded page: the page once its chunks have arrived. Until then main is empty, or still
/// shows the page the click was made on, and a notice says the page is loading. Owned by the
/// route's view, so leaving the page cleans it up.
fn lazy(page: impl std::future::Future<Output = AnyView> + 'static) -> AnyView {
    let notice = LoadingNotice::show();
    let page = async move {
        let view = page.await;
        drop(notice);
        view
    };
    Suspend::new(leptos::__reexports::send_wrapper::SendWrapper::new(page)).into_any()
}

/// "Loading the page" at the foot of the screen while a page's chunks load: after a click on a
/// slow connection that takes seconds, with nothing else to show for it (style `.page-loading`
/// shows it only after 0.3 s, so a load from the cache does not flash it). Plain DOM, not a view:
/// it is only added and removed, and as a view it cost the main module 2 KB gzip. Removed when
/// dropped, i.e. when the page has arrived.
struct LoadingNotice(Option<web_sys::Element>);

impl LoadingNotice {
    fn show() -> LoadingNotice {
        let text = i18n::use_lang_signal().get_untracked().t("ページを読み込んでいます…", "Loading the page…");
        let el = document().create_element("p").ok();
        if let (Some(el), Some(body)) = (&el, document().body()) {
            el.set_class_name("page-loading no-print");
            let _ = el.set_attribute("role", "status");
            el.set_text_content(Some(text));
            let _ = body.append_child(el);
        }
        LoadingNotice(el)
    }
}

impl Drop for LoadingNotice {
    fn drop(&mut self) {
        if let Some(el) = self.0.take() {
            el.remove();
        }
    }
}

/// The view of a path below the base. Unknown paths get the not-found page (static hosts answer
/// them with 404.html, the same app).
fn route(path: &str) -> AnyView {
    match path {
        "/" => pages::home::Home().into_any(),
        "/patient" => lazy(patient_page()),
        "/jmdp/fees" => lazy(fees_page()),
        "/jmdp/exemption" => lazy(exemption_page()),
        "/advanced/burden" => lazy(burden_page()),
        "/jmdp/split" => lazy(split_page()),
        "/advanced/cost-basis" => lazy(cost_basis_page()),
        "/pharmacist" => lazy(pharmacist_page()),
        "/hctc" => lazy(hctc_page()),
        "/cell-therapy" => lazy(cell_therapy_page()),
        "/rules" => lazy(rules_page()),
        _ => pages::not_found::NotFound().into_any(),
    }
}

/// A page of the site: its path (below the base), its name and a one-line description.
pub struct PageInfo {
    pub path: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
    pub desc_ja: &'static str,
    pub desc_en: &'static str,
    pub group: Group,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Patient,
    Billing,
    Professional,
}

pub const PAGES: &[PageInfo] = &[
    PageInfo { path: "/patient", group: Group::Patient, ja: "患者さんの費用の全体像", en: "Patient cost overview",
        desc_ja: "骨髄バンクの負担金・免除・ドナーの差額ベッド代・運搬費・医療費控除をまとめて見積もり",
        desc_en: "JMDP fees, exemption, the donor's private room, transport and tax deduction in one estimate" },
    PageInfo { path: "/jmdp/fees", group: Group::Patient, ja: "骨髄バンク 患者負担金", en: "JMDP patient fees",
        desc_ja: "確認検査の人数・最終同意・移植の有無から負担金と返金を計算", desc_en: "Fees and refunds from donors tested, final consent and transplant" },
    PageInfo { path: "/jmdp/exemption", group: Group::Patient, ja: "患者負担金の免除", en: "Fee exemption",
        desc_ja: "世帯の課税状況から免除率と必要書類を確認", desc_en: "Exemption rate and certificates from the household's tax status" },
    PageInfo { path: "/advanced/burden", group: Group::Patient, ja: "先進医療の患者負担", en: "Advanced care (先進医療) burden",
        desc_ja: "先進医療の費用と保険診療の自己負担（高額療養費を含む）", desc_en: "Advanced care cost and insured co-pay, with the high-cost cap" },
    PageInfo { path: "/jmdp/split", group: Group::Billing, ja: "55,000点の精算（診療報酬の配分）", en: "The 55,000-point split",
        desc_ja: "移植・採取の診療報酬から骨髄バンク・採取施設への支払いを計算", desc_en: "Reimbursement flows between insurer, hospitals and JMDP" },
    PageInfo { path: "/advanced/cost-basis", group: Group::Billing, ja: "先進医療の積算根拠", en: "Advanced care cost basis",
        desc_ja: "医療機器・人件費・材料から1患者あたりの費用を積算", desc_en: "Per-patient cost from devices, staff and materials" },
    PageInfo { path: "/pharmacist", group: Group::Professional, ja: "研修認定薬剤師の単位", en: "Pharmacist training credits",
        desc_ja: "研修記録から新規・更新の要件を満たすか確認", desc_en: "Check initial or renewal certification from your records" },
    PageInfo { path: "/hctc", group: Group::Professional, ja: "HCTC 認定・更新", en: "HCTC exams and renewal",
        desc_ja: "造血細胞移植コーディネーターの試験・更新・移行の要件", desc_en: "Transplant coordinator exams, renewal and transition routes" },
    PageInfo { path: "/cell-therapy", group: Group::Professional, ja: "細胞治療認定管理師", en: "Cell-therapy manager",
        desc_ja: "単位・細胞調製実績・申請期間の確認", desc_en: "Credits, processing record and application window" },
    PageInfo { path: "/rules", group: Group::Billing, ja: "規則と出典の一覧", en: "Rules and sources",
        desc_ja: "計算に使う金額・点数・基準のすべてと、その版・出典", desc_en: "Every figure the calculators use, with its version and source" },
];

/// Mounts into `#app` if the page has one (the site); otherwise stays quiet (JS API only).
pub fn start() {
    let Some(el) = document().get_element_by_id("app") else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    // A panic shows a banner with a reset link instead of leaving a dead page.
    panic::install();
    // The static fallback text is replaced by the app.
    el.set_inner_html("");
    leptos::mount::mount_to(el, App).forget();
    sw::register();
    panic::test_hook();
}

use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(i18n::initial_lang());
    provide_context(LangCtx(lang));
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.get_untracked().code());
    }
    let path = nav::track();
    view! {
        // `href="#main"` alone would resolve against <base href> and leave the page, so the
        // click moves focus itself.
        <a class="skip" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = main.focus();
            }
        }>{tr("本文へ移動", "Skip to content")}</a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            {move || route(&path.get())}
        </main>
        <SiteFooter />
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    let lang = i18n::use_lang_signal();
    view! {
        <header class="site-header no-print">
            <a class="brand" href=links::href("/")>{tr("移植・細胞治療の計算ツール", "Transplant & cell-therapy calculators")}</a>
            <div class="lang-switch" role="group" aria-label="言語 / Language">
                <button type="button" lang="ja" aria-pressed=move || (lang.get() == Lang::Ja).to_string()
                    on:click=move |_| i18n::set_lang(Lang::Ja)>"日本語"</button>
                <button type="button" lang="en" aria-pressed=move || (lang.get() == Lang::En).to_string()
                    on:click=move |_| i18n::set_lang(Lang::En)>"English"</button>
            </div>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(
                "入力した内容はこのブラウザの外に送信されません。計算はすべてお使いの端末の中で行われます。",
                "Nothing you enter leaves this browser: every calculation runs on your device.",
            )}</p>
            <p class="no-print">
                {tr("結果は目安です。正式な金額・判定は各機関にご確認ください。", "Results are estimates; confirm official amounts and decisions with each organisation.")}
                " "<a href=links::href("/rules")>{tr("規則と出典", "Rules and sources")}</a>
            </p>
        </footer>
    }
}
