//! Records kept in the browser for the pages that save them (/patient/year, /pharmacist,
//! /cell-therapy): auto-save to localStorage under a versioned document (calc_core::records),
//! export as JSON or CSV, and the one rule over all of it — what is saved changes only by the
//! person's own choice:
//!
//! - a shared link whose plan differs from the saved one opens as a preview of the link's own plan
//!   (all of its fields and rows, exactly as the link would open in a browser with nothing saved),
//!   never saved until 「保存する」; 「保存した記録に戻る」 puts the saved plan back;
//! - a link that cannot be read says what is wrong (`LinkNotice`) and the saved plan is shown;
//! - an import is read and checked whole by core (`records::read_import`) before anything changes;
//! - every replacing action (the example, an empty plan, an import, taking a link, deleting all,
//!   deleting a row) keeps what it replaced for one 元に戻す.
//!
//! Storage being unavailable is reported; the page still works.

use crate::form::{Form, ROWS_PARAM};
use crate::i18n::{msg, tr};
use calc_core::records::{document as doc_of, read_document, records_to_csv, Import};
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

/// The row ids of every list (a row deleted is an id gone).
fn row_ids(form: &Form) -> Vec<Vec<u64>> {
    form.lists().iter().map(|l| l.list.with(|v| v.iter().map(|r| r.id).collect())).collect()
}

/// A records page's saved state: what was restored at mount, the link being previewed, and the
/// one 元に戻す every replacing action keeps. Copy: the page and `FormRecords` share it.
#[derive(Clone, Copy)]
pub struct Restored {
    form: Form,
    /// Plain fields the saved plan does not set on this page (they start as the page starts them).
    keep: &'static [&'static str],
    notice: StoredValue<Option<Msg>>,
    /// While a link's own plan is shown: the saved input it differs from (nothing is saved then).
    pub preview: RwSignal<Option<Value>>,
    /// What the last replacing action replaced, and what that action was.
    undo: RwSignal<Option<(Value, Msg)>>,
    /// The rows and the input as last seen, to tell a deleted row (see `watch_deletes`).
    last: StoredValue<(Vec<Vec<u64>>, Value)>,
}

/// Restores what this browser saved for `form`'s calculator, or shows a link's own plan as a
/// preview when it differs from the saved one (see the module). `keep` names plain fields that
/// stay as the page starts them (the pharmacist's application date: a check made months ago should
/// not pass for one made now). `main` is the list a CSV holds.
pub fn restore(form: Form, main: &str, keep: &'static [&'static str]) -> Restored {
    let (saved, notice) = load(form.calculator, main);
    let preview = RwSignal::new(None);
    if let Some(saved) = saved {
        let lists = form.lists();
        let encoded = || untrack(|| crate::rows::encode_param(&lists));
        let fields: Vec<&str> = form.link_fields().into_iter().filter(|k| !keep.contains(k)).collect();
        let rows = form.in_link(ROWS_PARAM) && !lists.is_empty() && form.link_error().is_none();
        if form.link_error().is_some() || (fields.is_empty() && !rows) {
            // A bare address, or a link that cannot be read (it says so): the saved plan.
            form.apply_input(&saved, keep);
        } else {
            // The link's own plan as it opened; compared with the saved one on what the link carries.
            let link = untrack(|| form.saved_input());
            let link_rows = encoded();
            let saved_text = |k: &str| saved.get(k).map(crate::rows::cell_text).unwrap_or_default();
            let same_fields = fields.iter().all(|k| form.field(k).get_untracked() == saved_text(k));
            form.apply_input(&saved, keep);
            let same_rows = !rows || link_rows == encoded();
            if !(same_fields && same_rows) {
                form.apply_input(&link, &[]);
                preview.set(Some(saved));
            }
        }
    }
    let restored = Restored {
        form,
        keep,
        notice: StoredValue::new(notice),
        preview,
        undo: RwSignal::new(None),
        last: StoredValue::new((untrack(|| row_ids(&form)), untrack(|| form.saved_input()))),
    };
    restored.watch_deletes();
    restored
}

impl Restored {
    /// A row deleted (one card's 削除) keeps the records as they were for 元に戻す too.
    fn watch_deletes(self) {
        Effect::new(move |_| {
            let ids = row_ids(&self.form);
            let value = self.form.saved_input();
            let lost =
                self.last.with_value(|(old, _)| old.iter().zip(&ids).any(|(o, n)| o.iter().any(|i| !n.contains(i))));
            if lost {
                let before = self.last.with_value(|(_, v)| v.clone());
                self.undo.set(Some((before, Msg::new("記録を削除しました。", "A record was deleted."))));
            }
            self.last.set_value((ids, value));
        });
    }

    /// Runs `action` as no deletion of the person's (the watcher then sees nothing lost).
    fn quietly(self, action: impl FnOnce()) {
        action();
        self.last.set_value((untrack(|| row_ids(&self.form)), untrack(|| self.form.saved_input())));
    }

    /// What is saved now (while previewing a link, the saved plan, not the link's).
    fn saved_now(self) -> Value {
        self.preview.get_untracked().unwrap_or_else(|| untrack(|| self.form.saved_input()))
    }

    /// Replaces what the page holds — and so what is saved — by the person's choice (`what`: the
    /// example, an empty plan, an import …), keeping what it replaces for 元に戻す. Ends a preview.
    pub fn replace(self, what: Msg, action: impl FnOnce()) {
        let before = self.saved_now();
        self.quietly(action);
        self.undo.set(Some((before, what)));
        self.preview.set(None);
    }

    /// 元に戻す: what the last replacing action replaced comes back (and is saved).
    pub fn undo(self) {
        if let Some((before, _)) = self.undo.get_untracked() {
            self.quietly(|| self.form.apply_input(&before, &[]));
            self.undo.set(None);
            self.preview.set(None);
        }
    }

    /// 保存する: the link's plan shown replaces the saved one.
    fn take_link(self) {
        self.replace(Msg::new("リンクの内容を保存しました。", "The link's plan was saved."), || {});
    }

    /// 保存した記録に戻る: the saved plan is shown again (nothing was saved meanwhile).
    fn back_to_saved(self) {
        if let Some(saved) = self.preview.get_untracked() {
            self.quietly(|| self.form.apply_input(&saved, self.keep));
            self.preview.set(None);
        }
    }
}

/// Saving, export and import of a records page, the preview of a link's plan, and 元に戻す.
#[component]
pub fn FormRecords(form: Form, restored: Restored, main: &'static str) -> impl IntoView {
    let columns: Vec<&'static str> =
        form.schema.rows(main).map(|r| r.fields.iter().map(|f| f.key).collect()).unwrap_or_default();
    let input = Signal::derive(move || form.saved_input());
    let keep = restored.keep;
    let apply = Callback::new(move |v: Value| {
        restored.replace(Msg::new("ファイルを読み込みました。", "A file was imported."), || {
            form.apply_input(&v, keep)
        })
    });
    let previewing = Signal::derive(move || restored.preview.with(Option::is_some));
    let bar = view! {
        <RecordsBar calculator=form.calculator schema=form.schema list_key=main columns=columns input=input
            apply=apply paused=previewing initial_notice=restored.notice.get_value() />
    };
    view! {
        {move || previewing.get().then(|| view! {
            <div class="notice link-preview no-print" role="status">
                <p><strong>{tr("リンクの内容を表示中", "Showing the link's plan")}</strong>{tr(
                    " — このブラウザに保存した記録とは異なります。保存するまで、保存した記録は変わりません。",
                    " — it differs from the records saved in this browser, which stay as they are until you save.",
                )}</p>
                <button type="button" class="btn link-save" on:click=move |_| restored.take_link()>{tr("保存する", "Save")}</button>
                " "
                <button type="button" class="btn secondary link-back" on:click=move |_| restored.back_to_saved()>
                    {tr("保存した記録に戻る", "Back to the saved records")}
                </button>
            </div>
        })}
        {bar}
        {move || restored.undo.get().map(|(_, what)| view! {
            <p class="notice undo-line no-print" role="status">
                {move || msg(&what)}" "
                <button type="button" class="btn secondary undo" on:click=move |_| restored.undo()>{tr("元に戻す", "Undo")}</button>
            </p>
        })}
        {move || crate::rows::too_long_for_link(&form.lists()).then(|| view! {
            <p class="notice no-print url-note" role="status">{tr(
                "記録が多いため、URLには記録を含めていません。記録はこのブラウザに保存され、書き出したファイルにも含まれます。",
                "There are too many records for the link: they are kept in this browser's storage and in exported files, not in the URL.",
            )}</p>
        })}
    }
}

/// Why an imported file changed nothing: core's refusal, or the reader's chunk not loading.
struct Refused(Msg);

#[cfg(wasm_split)]
impl From<leptos::wasm_split::SplitLoaderError> for Refused {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Refused(Msg::new(
            "ファイルを読み込む機能を読み込めませんでした（通信を確認して、もう一度ファイルを選んでください）。保存済みのデータは変更していません。",
            "The file reader could not be loaded (check the connection and choose the file again). Nothing saved was changed.",
        ))
    }
}

/// A chosen file and the page it is imported into: what the reader needs, as one value.
struct ChosenFile {
    schema: &'static calc_core::schema::Schema,
    calculator: &'static str,
    list_key: &'static str,
    name: String,
    text: String,
    /// The page's input as it is (a CSV replaces only its list).
    current: Value,
}

impl ChosenFile {
    fn read(self) -> Result<Import, Refused> {
        let ChosenFile { schema, calculator, list_key, name, text, current } = self;
        calc_core::records::read_import(schema, calculator, list_key, &name, &text, &current).map_err(Refused)
    }
}

/// An imported file, read and checked whole by core (`records::read_import`). In release builds
/// (cfg `wasm_split`) the reader — the CSV parser and the checks of every field and row — is its
/// own wasm chunk, loaded when a file is chosen: the pages with records (and /advanced/cost-basis,
/// which shares their chunk) never load it otherwise. `fallible`: a chunk that does not load is a
/// notice and changes nothing (a retry loads it afresh), never a panic.
#[cfg(wasm_split)]
#[leptos::wasm_split::wasm_split(records_import, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_file(file: ChosenFile) -> Result<Import, Refused> {
    file.read()
}

#[cfg(not(wasm_split))]
async fn read_file(file: ChosenFile) -> Result<Import, Refused> {
    file.read()
}

/// Save status, export and import for one page's records.
///
/// `input` is the page's current input object (tracked); `apply` replaces the page's state with
/// an imported input that core has checked whole. `paused`: nothing is saved (a link's preview).
#[component]
fn RecordsBar(
    calculator: &'static str,
    schema: &'static calc_core::schema::Schema,
    list_key: &'static str,
    columns: Vec<&'static str>,
    input: Signal<Value>,
    apply: Callback<Value>,
    paused: Signal<bool>,
    /// A message from loading (e.g. unreadable saved data), shown once.
    initial_notice: Option<Msg>,
) -> impl IntoView {
    let columns = StoredValue::new(columns);
    let status: RwSignal<Result<(), Msg>> = RwSignal::new(Ok(()));
    let notice: RwSignal<Option<Msg>> = RwSignal::new(initial_notice);
    let storage_ok = crate::storage::available();

    // Auto-save whenever the input changes (not a signal write: storage is outside the graph) —
    // but never a link's plan being previewed.
    Effect::new(move |_| {
        let v = input.get();
        if !paused.get() {
            status.set(save(calculator, &v));
        }
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
        let name = file.name();
        wasm_bindgen_futures::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    notice.set(Some(Msg::new("ファイルを読めませんでした。", "Could not read the file.")));
                    return;
                }
            };
            // Read and checked whole before anything changes.
            let file = ChosenFile { schema, calculator, list_key, name, text, current: input.get_untracked() };
            match read_file(file).await {
                Ok(import) => {
                    apply.run(import.input);
                    notice.set(Some(import.message));
                }
                Err(Refused(e)) => notice.set(Some(e)),
            }
        });
    };
    let file_id = format!("{calculator}-import");

    view! {
        <section class="records-bar no-print" aria-label="記録の保存 / Saving records" data-records=key(calculator)>
            <p class="save-status" role="status">
                {move || match status.get() {
                    _ if paused.get() => tr(
                        "リンクの内容は保存されていません。",
                        "The link's plan is not saved.",
                    )().to_string(),
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
            {move || notice.get().map(|m| view! { <p class="notice import-notice" role="alert">{move || msg(&m)}</p> })}
        </section>
    }
}
