//! Records kept in the browser for the eligibility checkers: auto-save to localStorage under a
//! versioned document (calc_core::records), export as JSON or CSV, import that either replaces
//! everything cleanly or changes nothing. Storage being unavailable is reported; the page still works.

use crate::i18n::{msg, tr};
use calc_core::records::{document as doc_of, read_document, records_from_csv, records_to_csv};
use calc_core::value::Value;
use calc_core::Msg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn key(calculator: &str) -> String {
    format!("calc.records.{calculator}")
}

/// What the page should start from: the saved input, or `None` (nothing saved yet), plus a message
/// when something was saved but could not be read (it is kept aside, never silently dropped).
pub fn load(calculator: &str, list_key: &str) -> (Option<Value>, Option<Msg>) {
    let Some(text) = crate::storage::get(&key(calculator)) else { return (None, None) };
    match read_document(&text, calculator, list_key) {
        Ok(v) => (Some(v), None),
        Err(e) => {
            let aside = format!("{}.unreadable", key(calculator));
            let _ = crate::storage::set(&aside, &text);
            (
                None,
                Some(Msg::new(
                    format!(
                        "保存されていた記録を読み込めませんでした（{}）。元のデータは {aside} に残してあります。",
                        e.ja
                    ),
                    format!("Saved records could not be read ({}). The original is kept under {aside}.", e.en),
                )),
            )
        }
    }
}

/// Saves the input; `Err` carries the reason to show.
pub fn save(calculator: &str, input: &Value) -> Result<(), Msg> {
    crate::storage::set(&key(calculator), &doc_of(calculator, input).to_json())
}

/// Offers `text` as a file download (a blob: URL: nothing leaves the browser).
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = leptos::prelude::document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Save status, export and import for one checker's records.
///
/// `input` is the page's current input object (tracked); `apply` replaces the page's state with
/// an imported input. `list_key` is the main list (`records`, `events`); `columns` its CSV columns.
#[component]
pub fn RecordsBar(
    calculator: &'static str,
    list_key: &'static str,
    columns: Vec<&'static str>,
    input: Signal<Value>,
    apply: Callback<Value>,
    /// A message from loading (e.g. unreadable saved data), shown once.
    #[prop(optional)]
    initial_notice: Option<Msg>,
) -> impl IntoView {
    let columns = StoredValue::new(columns);
    let status: RwSignal<Result<(), Msg>> = RwSignal::new(Ok(()));
    let notice: RwSignal<Option<Msg>> = RwSignal::new(initial_notice);
    let storage_ok = crate::storage::available();

    // Auto-save whenever the input changes (not a signal write: storage is outside the graph).
    Effect::new(move |_| {
        let v = input.get();
        status.set(save(calculator, &v));
    });

    let export_json = move |_| {
        let text = doc_of(calculator, &input.get_untracked()).to_json_pretty();
        download(&format!("{calculator}.json"), "application/json", &text);
    };
    let export_csv = move |_| {
        let v = input.get_untracked();
        let list = v.get(list_key).and_then(Value::as_array).cloned().unwrap_or_default();
        // BOM so spreadsheet programs open the Japanese text as UTF-8.
        let text = format!("\u{FEFF}{}", columns.with_value(|c| records_to_csv(&list, c)));
        download(&format!("{calculator}-{list_key}.csv"), "text/csv", &text);
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = el.files().and_then(|f| f.get(0)) else { return };
        el.set_value("");
        let name = file.name().to_ascii_lowercase();
        wasm_bindgen_futures::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    notice.set(Some(Msg::new("ファイルを読めませんでした。", "Could not read the file.")));
                    return;
                }
            };
            let trimmed = text.trim_start_matches('\u{FEFF}').trim_start();
            let parsed = if name.ends_with(".json") || trimmed.starts_with('{') || trimmed.starts_with('[') {
                read_document(&text, calculator, list_key)
            } else {
                columns.with_value(|c| records_from_csv(&text, c)).map(|rows| {
                    let mut current = input.get_untracked();
                    if let Some(obj) = current.as_object_mut() {
                        obj.insert(list_key, Value::Array(rows));
                    }
                    current
                })
            };
            match parsed {
                Ok(v) => {
                    apply.run(v);
                    notice.set(Some(Msg::new("読み込みました。", "Imported.")));
                }
                Err(e) => notice.set(Some(e)),
            }
        });
    };
    let file_id = format!("{calculator}-import");

    view! {
        <section class="records-bar no-print" aria-label="記録の保存 / Saving records">
            <p class="save-status" role="status">
                {move || match status.get() {
                    Ok(()) if storage_ok => tr("記録はこのブラウザに自動保存されます。", "Records are saved in this browser automatically.")().to_string(),
                    Ok(()) => msg(&Msg::new(
                        "この端末ではブラウザへの保存が使えません。エクスポートで控えを取ってください。",
                        "Browser storage is unavailable here: export a copy to keep your records.")),
                    Err(e) => msg(&e),
                }}
            </p>
            <div class="records-actions">
                <button type="button" class="btn secondary" on:click=export_json>{tr("JSONで書き出す", "Export JSON")}</button>
                <button type="button" class="btn secondary" on:click=export_csv>{tr("CSVで書き出す", "Export CSV")}</button>
                <label class="btn secondary file-label" for=file_id.clone()>{tr("ファイルから読み込む", "Import a file")}</label>
                <input id=file_id class="visually-hidden" type="file" accept=".json,.csv,application/json,text/csv" on:change=import />
            </div>
            {move || notice.get().map(|m| view! { <p class="notice import-notice" role="alert">{msg(&m)}</p> })}
        </section>
    }
}

/// What a records page restored at mount: a message about unreadable saved data, and the link's
/// own rows when they differ from the saved ones (the saved ones are shown: nothing is lost; the
/// link's can be taken on request).
#[derive(Clone, Copy)]
pub struct Restored {
    notice: StoredValue<Option<Msg>>,
    link: StoredValue<Option<Vec<Vec<Vec<String>>>>>,
    pub link_differs: RwSignal<bool>,
}

/// Restores what this browser saved for `form`'s calculator: plain fields the link does not set
/// (but `keep`, which stay as the page starts them) and every list. Without anything saved (or
/// without saved rows), the link's values (rows) stay. `main` is the list a CSV holds.
pub fn restore(form: crate::form::Form, main: &str, keep: &[&str]) -> Restored {
    let (saved, notice) = load(form.calculator, main);
    let lists = form.lists();
    let from_link: Vec<Vec<Vec<String>>> = lists.iter().map(|l| l.values_untracked()).collect();
    // The rows as a link carries them (cells that do not apply left out).
    let link_text = || untrack(|| crate::rows::encode_param(&lists));
    let link_before = link_text();
    let mut link = None;
    if let Some(v) = &saved {
        let mut keep: Vec<&str> = keep.to_vec();
        keep.extend(form.schema.fields.iter().map(|f| f.key).filter(|k| form.in_link(k)));
        form.apply_input(v, &keep);
        let restored: Vec<Vec<Vec<String>>> = lists.iter().map(|l| l.values_untracked()).collect();
        let link_rows = form.in_link(crate::form::ROWS_PARAM) && from_link.iter().any(|l| !l.is_empty());
        if link_rows && restored.iter().all(|l| l.is_empty()) {
            // No rows were saved: the link's stay.
            for (l, rows) in lists.iter().zip(from_link) {
                l.set(rows);
            }
        } else if link_rows && from_link != restored && (link_before.is_none() || link_before != link_text()) {
            link = Some(from_link);
        }
    }
    Restored {
        notice: StoredValue::new(notice),
        link_differs: RwSignal::new(link.is_some()),
        link: StoredValue::new(link),
    }
}

/// Saving, export and import of a records page, and the choice between the saved records and a
/// link's.
#[component]
pub fn FormRecords(
    form: crate::form::Form,
    restored: Restored,
    main: &'static str,
    #[prop(optional)] keep: &'static [&'static str],
) -> impl IntoView {
    let columns: Vec<&'static str> =
        form.schema.rows(main).map(|r| r.fields.iter().map(|f| f.key).collect()).unwrap_or_default();
    let input = Signal::derive(move || form.saved_input());
    let apply = Callback::new(move |v: Value| form.apply_input(&v, keep));
    let take_link = move |_| {
        if let Some(link) = restored.link.get_value() {
            for (l, rows) in form.lists().iter().zip(link) {
                l.set(rows);
            }
        }
        restored.link_differs.set(false);
    };
    let bar = match restored.notice.get_value() {
        Some(n) => view! { <RecordsBar calculator=form.calculator list_key=main columns=columns.clone() input=input apply=apply initial_notice=n /> }.into_any(),
        None => view! { <RecordsBar calculator=form.calculator list_key=main columns=columns input=input apply=apply /> }.into_any(),
    };
    view! {
        {move || restored.link_differs.get().then(|| view! {
            <div class="notice no-print" role="status">
                <p>{tr(
                    "このリンクには別の記録が含まれていますが、このブラウザに保存されている記録を表示しています。",
                    "This link carries other records; the records saved in this browser are shown.",
                )}</p>
                <button type="button" class="btn secondary" on:click=take_link>{tr("リンクの記録に置き換える", "Replace them with the link's records")}</button>
            </div>
        })}
        {bar}
        {move || crate::rows::too_long_for_link(&form.lists()).then(|| view! {
            <p class="notice no-print url-note" role="status">{tr(
                "記録が多いため、URLには記録を含めていません。記録はこのブラウザに保存され、書き出したファイルにも含まれます。",
                "There are too many records for the link: they are kept in this browser's storage and in exported files, not in the URL.",
            )}</p>
        })}
    }
}
