//! calc-web: the Leptos client-side app. A thin view over calc-core: raw input strings in
//! signals, parsing and rules in core, the answer and its breakdown shown as they come back.

use leptos::prelude::*;

pub mod api;
pub mod components;
pub mod fields;
pub mod form;
pub mod i18n;
pub mod links;
pub mod nav;
pub mod pages;
pub mod panic;
pub mod records;
pub mod rows;
pub mod storage;
pub mod url_state;
pub mod verdict;

use i18n::{tr, Lang, LangCtx};

/// The site's pages, declared once: the router, the home page's cards and `tools/split.mjs` (which
/// makes each page a lazily loaded wasm chunk in release builds: cfg `wasm_split`) all read this
/// table. A first visit fetches the main module, the page's own chunk and the chunks it shares with
/// other pages. Elsewhere (`trunk serve`, the wasm tests) a page is a plain function.
macro_rules! site_pages {
    ($($path:literal => $name:ident : $page:path, $group:ident,
        $ja:literal, $en:literal, $desc_ja:literal, $desc_en:literal;)+) => {
        $(
            #[cfg(wasm_split)]
            #[leptos::lazy]
            fn $name() -> AnyView {
                $page().into_any()
            }
            #[cfg(not(wasm_split))]
            async fn $name() -> AnyView {
                $page().into_any()
            }
        )+

        /// The page at `path`, loaded lazily (`None`: no such page).
        fn lazy_route(path: &str) -> Option<AnyView> {
            match path {
                $($path => Some(lazy($name())),)+
                _ => None,
            }
        }

        /// The page at `path`, at once (the prerender renders it to HTML natively).
        #[cfg(not(target_arch = "wasm32"))]
        fn static_route(path: &str) -> Option<AnyView> {
            match path {
                "/" => Some(pages::home::Home().into_any()),
                $($path => Some($page().into_any()),)+
                _ if pages::rules::is_doc_path(path) => Some(pages::rules::RulesPage().into_any()),
                _ => None,
            }
        }

        pub const PAGES: &[PageInfo] = &[
            $(PageInfo { path: $path, group: Group::$group, ja: $ja, en: $en, desc_ja: $desc_ja, desc_en: $desc_en },)+
        ];
    };
}

site_pages! {
    "/patient" => patient_page: pages::patient::PatientOverview, Patient,
        "患者さんの費用の全体像", "Patient cost overview",
        "骨髄バンクの負担金・免除・ドナーの差額ベッド代・運搬費・医療費控除をまとめて見積もり",
        "JMDP fees, exemption, the donor's private room, transport and tax deduction in one estimate";
    "/patient/year" => year_page: pages::year::PatientYear, Patient,
        "この1年の費用", "Your costs this year",
        "入院の月ごとの窓口の支払い・高額療養費・年間上限・骨髄バンクの負担金と、暦年ごとの医療費控除",
        "Month by month: the window, the high-cost benefit, the yearly cap, JMDP fees, and the tax deduction per calendar year";
    "/jmdp/fees" => fees_page: pages::jmdp_fees::JmdpFees, Patient,
        "骨髄バンク 患者負担金", "JMDP patient fees",
        "確認検査の人数・最終同意・移植の有無から負担金と返金を計算", "Fees and refunds from donors tested, final consent and transplant";
    "/jmdp/exemption" => exemption_page: pages::jmdp_exemption::JmdpExemption, Patient,
        "患者負担金の免除", "Fee exemption",
        "世帯の課税状況から免除率と必要書類を確認", "Exemption rate and certificates from the household's tax status";
    "/advanced/burden" => burden_page: pages::advanced_burden::AdvancedBurden, Patient,
        "先進医療の患者負担", "Advanced care (先進医療) burden",
        "先進医療の費用と保険診療の自己負担（高額療養費を含む）", "Advanced care cost and insured co-pay, with the high-cost cap";
    "/jmdp/split" => split_page: pages::split::Split, Billing,
        "55,000点の精算（診療報酬の配分）", "The 55,000-point split",
        "移植・採取の診療報酬から骨髄バンク・採取施設への支払いを計算", "Reimbursement flows between insurer, hospitals and JMDP";
    "/advanced/cost-basis" => cost_basis_page: pages::cost_basis::CostBasis, Billing,
        "先進医療の積算根拠", "Advanced care cost basis",
        "医療機器・人件費・材料から1患者あたりの費用を積算", "Per-patient cost from devices, staff and materials";
    "/pharmacist" => pharmacist_page: pages::pharmacist::Pharmacist, Professional,
        "研修認定薬剤師の単位", "Pharmacist training credits",
        "研修記録から新規・更新の要件を満たすか確認", "Check initial or renewal certification from your records";
    "/hctc" => hctc_page: pages::hctc::Hctc, Professional,
        "HCTC 認定・更新", "HCTC exams and renewal",
        "造血細胞移植コーディネーターの試験・更新・移行の要件", "Transplant coordinator exams, renewal and transition routes";
    "/cell-therapy" => cell_therapy_page: pages::cell_therapy::CellTherapy, Professional,
        "細胞治療認定管理師", "Cell-therapy manager",
        "単位・細胞調製実績・申請期間の確認", "Credits, processing record and application window";
    "/rules" => rules_page: pages::rules::RulesPage, Billing,
        "規則と出典の一覧", "Rules and sources",
        "計算に使う金額・点数・基準のすべてと、その版・出典", "Every figure the calculators use, with its version and source";
}

/// A lazily loaded page: the page once its chunks have arrived. Until then main is empty, or still
/// shows the page the click was made on, and a notice says the page is loading. Owned by the
/// route's view, so leaving the page cleans it up.
fn lazy(page: impl std::future::Future<Output = AnyView> + 'static) -> AnyView {
    let notice = LoadingNotice::show();
    let page = async move {
        let view = page.await;
        drop(notice);
        // The first page replaces the prerendered one once it is in the DOM (next frame).
        request_animation_frame(take_over);
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
    // A document's rules page is the rules page's chunk, showing that document (or saying there
    // is none). Only the prefix here: knowing the documents would bring their texts into the main
    // module every page loads.
    let path = if path.starts_with("/rules/") { "/rules" } else { path };
    match path {
        "/" => pages::home::Home().into_any(),
        _ => lazy_route(path).unwrap_or_else(|| pages::not_found::NotFound().into_any()),
    }
}

/// Every route the prerender writes: home, each page of the table, each document's rules page.
#[cfg(not(target_arch = "wasm32"))]
pub fn routes() -> Vec<String> {
    let pages = PAGES.iter().map(|p| p.path.to_string());
    std::iter::once("/".to_string()).chain(pages).chain(pages::rules::doc_routes()).collect()
}

/// A page's name in `lang` (its title before the site's): the page table's, or a document's
/// short name for its rules page.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_name(path: &str, lang: Lang) -> Option<String> {
    if let Some(p) = PAGES.iter().find(|p| p.path == path) {
        return Some(lang.t(p.ja, p.en).to_string());
    }
    let doc = pages::rules::doc_name(path)?;
    Some(format!("{} | {}", doc.get(lang.is_en()), lang.t("規則と出典の一覧", "Rules and sources")))
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

/// Mounts into `#app` if the page has one (the site); otherwise stays quiet (JS API only).
///
/// A prerendered page (`#app[data-prerendered]`, `src/bin/prerender.rs`) stays on screen while
/// the app renders into a hidden `.app-root` beside it: a lazily loaded page takes a moment
/// (measured 70–110 ms on a desktop, more on a phone), and clearing `#app` at once showed an empty
/// page for that long. [`take_over`] then swaps them. Otherwise the fallback text is cleared and the
/// app renders into `#app` itself.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let Some(el) = document().get_element_by_id("app") else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    // A panic shows a banner with a reset link instead of leaving a dead page.
    panic::install();
    let root = if el.has_attribute("data-prerendered") {
        let root = document().create_element("div").ok().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(root) = root else { return };
        root.set_class_name("app-root");
        root.set_hidden(true);
        let _ = el.append_child(&root);
        root
    } else {
        el.set_inner_html("");
        el
    };
    leptos::mount::mount_to(root.clone(), App).forget();
    // A page rendered at once (home, not found) needs no wait; a lazy one calls take_over itself.
    if root.query_selector("main h1").ok().flatten().is_some() {
        take_over();
    }
    panic::test_hook();
}

/// Replaces the prerendered page by the app's (once; later pages find nothing to do): removes
/// what `#app` held before the app and shows `.app-root`. Without the `data-prerendered` mark the
/// page says the app runs it (the end-to-end tests wait for that).
///
/// What the person did on the prerendered page while the wasm loaded (typed digits, a ticked box,
/// an opened section, the focused field) is carried over by the page's loader
/// (`window.__calcCarry`, tools/split.mjs): called with both pages before the swap, it returns
/// what to do after it (focus the same field, caret in place).
fn take_over() {
    let Some(app) = document().get_element_by_id("app") else { return };
    if !app.has_attribute("data-prerendered") {
        return;
    }
    let Some(root) = app.query_selector(":scope > .app-root").ok().flatten() else { return };
    let carry = loader_fn("__calcCarry")
        .and_then(|f| f.call2(&wasm_bindgen::JsValue::NULL, &app, &root).ok())
        .and_then(|after| after.dyn_into::<js_sys::Function>().ok());
    while let Some(child) = app.first_child() {
        if child.is_same_node(Some(&root)) {
            break;
        }
        let _ = app.remove_child(&child);
    }
    let _ = root.remove_attribute("hidden");
    let _ = app.remove_attribute("data-prerendered");
    if let Some(after) = carry {
        let _ = after.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// A function the page's loader (tools/split.mjs `pageLoader`) put on `window`, if it did: pages
/// without a loader (the 404 fallback start, the wasm tests) have none.
fn loader_fn(name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()
}

/// A fold of the prerendered page (still on screen while the app draws its own beside it), by the
/// `<details>` id both pages give it: `Some(open)` when the person opened it, closed it or typed in
/// it before the app took over (the loader's `__calcTouched`), so the app draws its content and
/// what was typed there has a field to go to (the loader's carry); `None` otherwise.
pub(crate) fn fold_before_app(id: &str) -> Option<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        let old = format!("#app[data-prerendered] > :not(.app-root) details[id=\"{id}\"]");
        let el = document().query_selector(&old).ok().flatten()?;
        let open = el.has_attribute("open");
        let touched = || {
            loader_fn("__calcTouched")
                .and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &el).ok())
                .is_some_and(|v| v.is_truthy())
        };
        (open || touched()).then_some(open)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        None
    }
}

use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(i18n::initial_lang());
    provide_context(LangCtx(lang));
    i18n::show_lang(lang, lang.get_untracked());
    let path = nav::track();
    view! { <Shell>{move || route(&path.get())}</Shell> }
}

/// The page at `path` in `lang` as HTML: the same views as the app's, rendered natively for the
/// prerender (`src/bin/prerender.rs`) as a first visit would see them, without a query or saved
/// records. `None`: no such page.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_page(path: &str, lang: Lang) -> Option<String> {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(LangCtx(RwSignal::new(lang)));
        links::set_rendering(path);
        let page = static_route(path)?;
        Some(view! { <Shell>{page}</Shell> }.to_html())
    })
}

/// What every page has around its content: the skip link, the header, `<main>`, the footer.
#[component]
fn Shell(children: Children) -> impl IntoView {
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
            {children()}
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
