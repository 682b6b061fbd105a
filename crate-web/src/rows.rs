//! The record lists of a form (devices, staff, events, certificates …), one model for every page:
//! rows of cells typed as text, read from and written to the URL, a saved document or a CSV file,
//! and sent to core as an array of objects. Which cells a row has, their labels, kinds, limits and
//! when they apply come from the list's schema (`calc_core::schema::Rows`).
//!
//! One card per row and one signal per cell, keyed by a stable row id, so typing never re-renders a
//! row or loses focus. Each input shows its own errors (`devices[2].purchase_yen`), the card its
//! row's; adding a row focuses its first input and deleting one focuses the add button.

use crate::fields::{text, FieldInput, Slot};
use crate::form::{errors_for, Outcome};
use crate::i18n::{msg, tr};
use calc_core::schema::{Field, Kind, Rows};
use calc_core::value::{parse_json, Map, Value};
use calc_core::{Msg, Text};
use leptos::prelude::*;

/// A link longer than this (characters once encoded) leaves the rows out: records stay in the
/// browser's storage and in exported files.
pub const URL_MAX: usize = 1600;

#[derive(Clone)]
pub struct Row {
    pub id: u64,
    pub cells: Vec<RwSignal<String>>,
}

impl Row {
    fn values(&self) -> Vec<String> {
        self.cells.iter().map(|c| c.get()).collect()
    }
}

/// One list: its schema field, its rows, and how it is sent.
#[derive(Clone, Copy)]
pub struct RowsModel {
    pub field: &'static Field,
    pub rows: &'static Rows,
    pub list: RwSignal<Vec<Row>>,
    next_id: StoredValue<u64>,
    /// A row's signals belong to the page, not to whatever reactive scope created them (an event
    /// handler inside a `move ||` block is disposed when that block re-renders).
    owner: StoredValue<Option<Owner>>,
    /// Rows nobody has filled in yet are kept on the page but not sent (so a new row shows no
    /// errors); error names then count the rows sent.
    skip_blank: StoredValue<bool>,
    /// The cells' order in a link, when it is not the schema's (links made before the schema).
    url_order: StoredValue<Option<&'static [&'static str]>>,
    /// Choices go in a link by key, not index (a link that reads as what it names).
    link_keys: StoredValue<bool>,
    /// Start values of a new row that differ from the schema's (as [`crate::form::Form::start`]).
    new_row: StoredValue<&'static [(&'static str, &'static str)]>,
    /// Cells a new row takes from the row above (a stack of certificates is often of one kind).
    carry: StoredValue<&'static [&'static str]>,
}

/// A cell of a saved or linked row as the text a person would have typed.
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.chars().take(300).collect(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// A typed text as a link holds it: whole numbers unquoted (a shared link stays short), else the text.
pub fn link_value(s: &str) -> Value {
    match s.parse::<i64>() {
        Ok(n) if n >= 0 && n.to_string() == s && s.len() <= 15 => Value::from(n),
        _ => Value::String(s.to_string()),
    }
}

/// What a new cell holds: the field's default, the first choice, or nothing.
fn start(f: &Field) -> String {
    match (f.default_text(), f.kind) {
        (Some(d), _) => d.to_string(),
        (None, Kind::Choice(c)) if f.need != calc_core::schema::Need::Optional => {
            c.first().map_or(String::new(), |c| c.key.to_string())
        }
        _ => String::new(),
    }
}

impl RowsModel {
    pub fn new(field: &'static Field, rows: &'static Rows) -> RowsModel {
        RowsModel {
            field,
            rows,
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
            owner: StoredValue::new(Owner::current()),
            skip_blank: StoredValue::new(false),
            url_order: StoredValue::new(None),
            link_keys: StoredValue::new(false),
            new_row: StoredValue::new(&[]),
            carry: StoredValue::new(&[]),
        }
    }

    /// Rows nobody has filled in are not sent to core.
    pub fn skip_blank(self) -> RowsModel {
        self.skip_blank.set_value(true);
        self
    }

    /// The cells' order in a link. The form read the link in the schema's order: its rows are
    /// read again in this one (call it before `records::restore`).
    pub fn url_order(self, order: &'static [&'static str]) -> RowsModel {
        self.url_order.set_value(Some(order));
        if let Some(text) = crate::url_state::get(crate::form::ROWS_PARAM) {
            // Read once already (and any problem kept by the form): only the order changes here.
            let _ = decode_param(&[self], &text);
        }
        self
    }

    /// Cells a new row copies from the last row.
    pub fn carry(self, cols: &'static [&'static str]) -> RowsModel {
        self.carry.set_value(cols);
        self
    }

    /// Choices go in a link by their key rather than their index.
    pub fn link_keys(self) -> RowsModel {
        self.link_keys.set_value(true);
        self
    }

    /// What a new row's cells start as where the page's differ from the schema's.
    pub fn new_row(self, values: &'static [(&'static str, &'static str)]) -> RowsModel {
        self.new_row.set_value(values);
        self
    }

    /// The position of a column.
    pub fn col(&self, key: &str) -> usize {
        self.rows.fields.iter().position(|f| f.key == key).expect("a column of this list")
    }

    /// A row from its cells as text (missing cells start as a new row's).
    pub fn make(&self, mut cells: Vec<String>) -> Row {
        for f in &self.rows.fields[cells.len().min(self.rows.fields.len())..] {
            cells.push(start(f));
        }
        cells.truncate(self.rows.fields.len());
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let cells = match self.owner.get_value() {
            Some(owner) => owner.with(|| cells.into_iter().map(RwSignal::new).collect()),
            None => cells.into_iter().map(RwSignal::new).collect(),
        };
        Row { id, cells }
    }

    /// A new, empty row (with the carried cells of the last row).
    pub fn blank(&self) -> Row {
        let mut cells: Vec<String> = self.rows.fields.iter().map(start).collect();
        for (k, v) in self.new_row.get_value() {
            cells[self.col(k)] = v.to_string();
        }
        let carry = self.carry.get_value();
        if !carry.is_empty() {
            self.list.with_untracked(|v| {
                if let Some(last) = v.last() {
                    for k in carry {
                        let i = self.col(k);
                        cells[i] = last.cells[i].get_untracked();
                    }
                }
            });
        }
        self.make(cells)
    }

    pub fn set(&self, rows: Vec<Vec<String>>) {
        let rows = rows.into_iter().take(self.rows.max).map(|c| self.make(c)).collect();
        self.list.set(rows);
    }

    /// Every row's cells as text, untracked (a snapshot).
    pub fn values_untracked(&self) -> Vec<Vec<String>> {
        self.list.with_untracked(|v| v.iter().map(|r| r.cells.iter().map(|c| c.get_untracked()).collect()).collect())
    }

    /// Every row's cells as text (tracked).
    pub fn values(&self) -> Vec<Vec<String>> {
        self.list.with(|v| v.iter().map(Row::values).collect())
    }

    /// A row nobody has filled in: no text, number or date typed but what a new row starts with
    /// (a choice or a box is a default).
    fn is_blank(&self, cells: &[String]) -> bool {
        self.rows
            .fields
            .iter()
            .zip(cells)
            .all(|(f, c)| matches!(f.kind, Kind::Choice(_) | Kind::Flag) || c.trim().is_empty() || *c == start(f))
    }

    fn applies(&self, f: &Field, cells: &[String]) -> bool {
        f.applies_in(self.rows.fields, |c| cells.get(self.col(c.key)).cloned())
    }

    /// Core's index of a row (`None` while it is blank and blank rows are not sent). Tracked.
    pub fn core_index(&self, id: u64) -> Option<usize> {
        let skip = self.skip_blank.get_value();
        self.list.with(|v| {
            let mut i = 0;
            for r in v {
                let blank = skip && self.is_blank(&r.values());
                if r.id == id {
                    return (!blank).then_some(i);
                }
                if !blank {
                    i += 1;
                }
            }
            None
        })
    }

    /// The rows as core reads them: the cells that apply and are not blank (tracked).
    pub fn to_json(&self) -> Value {
        let skip = self.skip_blank.get_value();
        let rows = self
            .values()
            .into_iter()
            .filter(|cells| !(skip && self.is_blank(cells)))
            .map(|cells| {
                let mut o = Map::new();
                for (f, c) in self.rows.fields.iter().zip(&cells) {
                    if !c.trim().is_empty() && self.applies(f, &cells) {
                        o.insert(f.key, Value::String(c.clone()));
                    }
                }
                Value::Object(o)
            })
            .collect();
        Value::Array(rows)
    }

    /// Every row with every cell typed (saved and exported: nothing typed is lost). Tracked.
    pub fn saved_json(&self) -> Value {
        self.rows_json(&self.values())
    }

    /// Rows of cells as they are saved: objects of the cells typed.
    pub fn rows_json(&self, rows: &[Vec<String>]) -> Value {
        let rows = rows
            .iter()
            .cloned()
            .map(|cells| {
                let mut o = Map::new();
                for (f, c) in self.rows.fields.iter().zip(cells) {
                    if !c.trim().is_empty() {
                        o.insert(f.key, Value::String(c));
                    }
                }
                Value::Object(o)
            })
            .collect();
        Value::Array(rows)
    }

    /// Rows from a saved or imported list (objects; anything else is skipped).
    pub fn set_from_json(&self, v: Option<&Value>) {
        let Some(Value::Array(items)) = v else {
            self.set(Vec::new());
            return;
        };
        let rows = items
            .iter()
            .filter_map(Value::as_object)
            .map(|o| self.rows.fields.iter().map(|f| o.get(f.key).map_or_else(|| start(f), cell_text)).collect())
            .collect();
        self.set(rows);
    }

    /// The cells' order in a link: the page's old order first (links made before the schema),
    /// then any field declared since, in schema order — so a new field needs no edit here.
    fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = self.url_order.get_value().unwrap_or(&[]).iter().map(|k| self.col(k)).collect();
        order.extend((0..self.rows.fields.len()).filter(|i| !order.contains(i)).collect::<Vec<_>>());
        order
    }

    /// The rows for a link: arrays of cells, choices as their index, ticked boxes as 1, whole
    /// numbers unquoted, cells that do not apply or are blank as null and trailing nulls left out —
    /// so a shared link stays short. Tracked.
    fn encode(&self) -> Value {
        let order = self.order();
        let keys = self.link_keys.get_value();
        let rows = self
            .values()
            .into_iter()
            .map(|cells| {
                let mut out: Vec<Value> = order
                    .iter()
                    .map(|&i| {
                        let (f, s) = (&self.rows.fields[i], &cells[i]);
                        if s.is_empty() || !self.applies(f, &cells) {
                            return Value::Null;
                        }
                        match f.kind {
                            // A box ticked by default and cleared is 0 (null would read back as its default).
                            Kind::Flag => match (s == "true", f.default_text() == Some("true")) {
                                (true, _) => Value::from(1),
                                (false, true) => Value::from(0),
                                (false, false) => Value::Null,
                            },
                            Kind::Choice(_) if keys => Value::String(s.clone()),
                            Kind::Choice(c) => c
                                .iter()
                                .position(|c| c.key == s)
                                .map_or_else(|| Value::String(s.clone()), |p| Value::from(p as i64)),
                            _ => link_value(s),
                        }
                    })
                    .collect();
                while out.last().is_some_and(Value::is_null) {
                    out.pop();
                }
                Value::Array(out)
            })
            .collect();
        Value::Array(rows)
    }

    /// Rows from a link, or what is wrong with them: a link is read whole or not at all (a row
    /// skipped would be a row lost, a mix of the link and something else).
    fn decode_value(&self, v: &Value) -> Result<Vec<Vec<String>>, Msg> {
        let Value::Array(rows) = v else { return Err(unreadable_link()) };
        if rows.len() > self.rows.max {
            return Err(Msg::new(
                format!(
                    "リンクの「{}」は{}件までです（{}件あります）。",
                    self.field.label.ja,
                    self.rows.max,
                    rows.len()
                ),
                format!(
                    "The link's “{}” holds at most {} rows ({} given).",
                    self.field.label.en,
                    self.rows.max,
                    rows.len()
                ),
            ));
        }
        if let Some(i) = rows.iter().position(|r| r.as_array().is_none()) {
            let nth = self.rows.nth(i + 1);
            return Err(Msg::new(
                format!("リンクの{}を読み取れませんでした。", nth.ja),
                format!("{} of the link could not be read.", nth.en),
            ));
        }
        let order = self.order();
        let rows = rows
            .iter()
            .filter_map(Value::as_array)
            .map(|cells| {
                let mut out: Vec<String> = self.rows.fields.iter().map(start).collect();
                for (&i, v) in order.iter().zip(cells) {
                    let f = &self.rows.fields[i];
                    out[i] = match (f.kind, v) {
                        (_, Value::Null) => start(f),
                        (Kind::Flag, v) => (matches!(cell_text(v).as_str(), "1" | "true")).to_string(),
                        (Kind::Choice(c), Value::Number(n)) => n
                            .as_i64()
                            .and_then(|p| usize::try_from(p).ok())
                            .and_then(|p| c.get(p))
                            .map_or_else(|| n.to_string(), |c| c.key.to_string()),
                        (_, v) => cell_text(v),
                    };
                }
                out
            })
            .collect();
        Ok(rows)
    }
}

/// A link whose rows cannot be read at all (cut short when it was copied, or not this page's).
fn unreadable_link() -> Msg {
    Msg::new(
        "リンクの記録（rows）を読み取れませんでした。リンクが途中で切れているか、別のページのものです。",
        "The link's records (rows) could not be read: the link is cut short or from another page.",
    )
}

/// What a form does with its lists, as a table of functions (see `Form::with_lists`).
pub struct ListOps {
    pub to_json: fn(&RowsModel) -> Value,
    pub saved_json: fn(&RowsModel) -> Value,
    pub set_from_json: fn(&RowsModel, Option<&Value>),
    pub encode: fn(&[RowsModel]) -> Option<String>,
    pub decode: fn(&[RowsModel], &str) -> Result<(), Msg>,
}

pub static OPS: ListOps = ListOps {
    to_json: RowsModel::to_json,
    saved_json: RowsModel::saved_json,
    set_from_json: RowsModel::set_from_json,
    encode: encode_param,
    decode: decode_param,
};

/// The lists of a page as one URL parameter: a bare array for one list, an object keyed by each
/// list's first letter for several (`{"d":[…],"s":[…]}`). `None` when the page has no list or the
/// link would be too long.
pub fn encode_param(lists: &[RowsModel]) -> Option<String> {
    let text = match lists {
        [] => return None,
        [one] => one.encode().to_json(),
        many => {
            let mut obj = Map::new();
            for l in many {
                obj.insert(&l.field.key[..1], l.encode());
            }
            Value::Object(obj).to_json()
        }
    };
    (uri_component_len(&text) <= URL_MAX).then_some(text)
}

/// The length of `encodeURIComponent(text)`, counted in Rust (the prerender runs natively): the
/// characters it leaves as they are count one, every other UTF-8 byte three (`%XX`).
fn uri_component_len(text: &str) -> usize {
    text.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) { 1 } else { 3 }).sum()
}

/// Whether the lists are too long for a link (tracked).
pub fn too_long_for_link(lists: &[RowsModel]) -> bool {
    !lists.is_empty() && encode_param(lists).is_none()
}

/// Reads the URL parameter back into the lists, whole: when any part of it cannot be read, no
/// list changes and the error says what is wrong. A bare array fills the first list (links from
/// before a page gained a second list keep their rows).
pub fn decode_param(lists: &[RowsModel], text: &str) -> Result<(), Msg> {
    for (l, rows) in read_param(lists, text)? {
        l.set(rows);
    }
    Ok(())
}

/// Each list with the rows a parameter gives it.
pub type ListRows = Vec<(RowsModel, Vec<Vec<String>>)>;

/// The rows each list would take from the parameter (see [`decode_param`]), changing nothing.
pub fn read_param(lists: &[RowsModel], text: &str) -> Result<ListRows, Msg> {
    let v = parse_json(text).map_err(|_| unreadable_link())?;
    Ok(match (lists, &v) {
        ([one], Value::Array(_)) => vec![(*one, one.decode_value(&v)?)],
        // A bare array on a page with several lists: a link made when the page had one (its first).
        ([first, ..], Value::Array(_)) => vec![(*first, first.decode_value(&v)?)],
        (many, Value::Object(obj)) => {
            let mut out = Vec::new();
            for l in many {
                if let Some(rows) = obj.get(&l.field.key[..1]) {
                    out.push((*l, l.decode_value(rows)?));
                }
            }
            out
        }
        _ => return Err(unreadable_link()),
    })
}

/// What a page adds to a list's card: given the list and the row's index in core's input, the
/// row's status (the page reads its own typed result for it).
pub type Foot = Callback<(RowsModel, Signal<Option<usize>>), AnyView>;
/// Notes beyond the row's errors (e.g. core's warnings for it), in the current language.
pub type Notes = Callback<(RowsModel, usize), Vec<String>>;
/// A list whose cards fold (a long plan on a phone): the one-line summary of a folded card, given
/// the list, the row's index in core's input and the row. A card opens by itself when it starts
/// blank (a new row, to be filled in) or its row has errors; the app draws its fields only while
/// it is open.
pub type Fold = Callback<(RowsModel, Signal<Option<usize>>, Row), AnyView>;

/// How a page shows a list: the words around it and its layout. Its cells come from the schema.
pub struct ListView {
    /// Prefix of the DOM ids (`cb-devices-add`, `ct-events-3-date`).
    pub prefix: &'static str,
    /// Class of the card's grid (`cols-4`, `ct-events`): the page's CSS lays out the columns.
    pub grid: &'static str,
    pub add: Text,
    pub empty: Text,
    /// Columns that take a whole line of the grid.
    pub wide: &'static [&'static str],
}

/// Moves the keyboard focus to the element `id` (a new row's first input, the add button).
pub(crate) fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// One editable list: a card per row, add and delete buttons.
#[component]
pub fn RowList(
    model: RowsModel,
    view: &'static ListView,
    outcome: Memo<Outcome>,
    #[prop(optional)] foot: Option<Foot>,
    #[prop(optional)] notes: Option<Notes>,
    #[prop(optional)] fold: Option<Fold>,
) -> impl IntoView {
    let key = model.field.key;
    let p = view.prefix;
    let add_id = format!("{p}-{key}-add");
    let add_id2 = add_id.clone();
    let add = move |_| {
        let row = model.blank();
        let focus_id = format!("{p}-{key}-{}-{}", row.id, model.rows.fields[0].key);
        model.list.update(|v| {
            if v.len() < model.rows.max {
                v.push(row)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    let list_errors = move || outcome.with(|o| errors_for(o, key).iter().map(msg).collect::<Vec<_>>());
    view! {
        <section class="row-list" aria-labelledby=format!("{p}-{key}-h") data-list=key>
            <h2 id=format!("{p}-{key}-h")>{text(model.field.label)}</h2>
            {(!model.field.help.is_empty()).then(|| view! { <p class="hint">{text(model.field.help)}</p> })}
            {move || {
                let errs = list_errors();
                (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
            }}
            {move || model.list.with(|v| v.is_empty()).then(|| view! { <p class="empty-list">{text(view.empty)}</p> })}
            <For
                each=move || model.list.get()
                key=|r| r.id
                children=move |row| {
                    let add_id = add_id2.clone();
                    let id = row.id;
                    let remove = Callback::new(move |()| {
                        model.list.update(|v| v.retain(|r| r.id != id));
                        let add_id = add_id.clone();
                        request_animation_frame(move || focus(&add_id));
                    });
                    view! { <RowCard model=model view=view row=row outcome=outcome remove=remove foot=foot notes=notes fold=fold /> }
                }
            />
            <button type="button" class="btn secondary add-row no-print" id=add_id on:click=add>{text(view.add)}</button>
        </section>
    }
}

#[component]
fn RowCard(
    model: RowsModel,
    view: &'static ListView,
    row: Row,
    outcome: Memo<Outcome>,
    remove: Callback<()>,
    foot: Option<Foot>,
    notes: Option<Notes>,
    fold: Option<Fold>,
) -> impl IntoView {
    let id = row.id;
    let starts_blank = model.is_blank(&row.cells.iter().map(|c| c.get_untracked()).collect::<Vec<_>>());
    let folded_row = row.clone();
    let key = model.field.key;
    let p = view.prefix;
    // The row's position now (rows above it may be deleted), and its index in core's input.
    let pos = Memo::new(move |_| model.list.with(|v| v.iter().position(|r| r.id == id).unwrap_or(0)));
    let idx = Memo::new(move |_| model.core_index(id));
    let legend = move || format!("{} {}", text(model.rows.row)(), pos.get() + 1);
    // The row's errors are alerts; the page's notes (warnings) only a status.
    let row_notes = move || {
        outcome.with(|o| {
            let Some(i) = idx.get() else { return (true, Vec::new()) };
            let errors: Vec<String> = errors_for(o, &format!("{key}[{i}]")).iter().map(msg).collect();
            let extra = notes.map(|n| n.run((model, i))).unwrap_or_default();
            (errors.is_empty(), errors.into_iter().chain(extra).collect::<Vec<_>>())
        })
    };
    let cells = row.cells;
    // The card's fields, notes and delete button; a folded card draws them only while open.
    let body = move || {
        let fields = model
            .rows
            .fields
            .iter()
            .zip(cells.iter().copied())
            .map(|(f, cell)| {
                let cells = cells.clone();
                let shown = move || f.applies_in(model.rows.fields, |c| Some(cells[model.col(c.key)].get()));
                let name = Signal::derive(move || match idx.get() {
                    Some(i) => format!("{key}[{i}].{}", f.key),
                    None => format!("{key}[new].{}", f.key),
                });
                let class = if view.wide.contains(&f.key) { "wide" } else { "" };
                let dom_id = format!("{p}-{key}-{id}-{}", f.key);
                view! {
                    <Show when=shown.clone()>
                        <FieldInput field=f at=Slot { value: cell, name } id=dom_id.clone() outcome=outcome class=class fold_help=true />
                    </Show>
                }
            })
            .collect_view();
        view! {
            <div class=format!("row-grid {}", view.grid)>{fields}</div>
            {move || {
                let (only_notes, lines) = row_notes();
                (!lines.is_empty()).then(|| view! {
                    <p class="row-note" role=if only_notes { "status" } else { "alert" }>{lines.join(" / ")}</p>
                })
            }}
            <div class="row-foot">
                {foot.map(|f| f.run((model, idx.into())))}
                // Its id lets the page's loader press the same button on the app's page when it
                // was pressed while the app loaded (rows above may not be drawn there).
                <button type="button" class="btn secondary delete-row no-print" id=format!("{p}-{key}-{id}-delete")
                    aria-label=move || format!("{} {}", legend(), tr("を削除", "— delete")())
                    on:click=move |_| remove.run(())>
                    {tr("削除", "Delete")}
                </button>
            </div>
        }
    };
    let Some(fold) = fold else {
        return view! {
            <fieldset class="row-card" data-row=move || pos.get().to_string()><legend>{legend}</legend>{body()}</fieldset>
        }
        .into_any();
    };
    // A folded card's body (152 elements a month on /patient/year, half of what its app drew) is
    // drawn only while the card is open, as `LazyDetails` does: the prerender draws it (readers
    // without JavaScript; the page's `open` attribute keeps it folded). A card the person opened,
    // closed or typed in on the prerendered page while the app loaded is drawn as they left it, so
    // what they typed in it is carried over (the loader matches fields by id).
    let card_id = format!("{p}-{key}-{id}-card");
    let before = crate::fold_before_app(&card_id);
    let starts_open = starts_blank || before == Some(true);
    let open = RwSignal::new(cfg!(not(target_arch = "wasm32")) || starts_blank || before.is_some());
    // Only a change redraws: a card created open gets a `toggle` event too, and setting the same
    // value would draw its fields again, under the caret of the person typing in them.
    let toggled = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if now != open.get_untracked() {
            open.set(now);
        }
    };
    // A card with errors, its own or a field's, opens (a folded card would hide them); the person
    // closes it again.
    let details = NodeRef::<leptos::html::Details>::new();
    let has_errors =
        move || outcome.with(|o| idx.get().is_some_and(|i| crate::form::row_has_errors(o, &format!("{key}[{i}]"))));
    Effect::new(move |_| {
        if has_errors() {
            if let Some(d) = details.get() {
                let _ = d.set_attribute("open", "");
            }
        }
    });
    view! {
        <fieldset class="row-card folded" data-row=move || pos.get().to_string()>
            <legend class="visually-hidden">{legend}</legend>
            <details id=card_id node_ref=details open=starts_open on:toggle=toggled>
                <summary>{fold.run((model, idx.into(), folded_row))}</summary>
                {move || open.get().then(body.clone())}
            </details>
        </fieldset>
    }
    .into_any()
}
