//! The editable row lists of the records pages: the cost basis (devices, staff, materials, other
//! items) and the cell-therapy manager (events, cases). Pages describe their lists as data
//! ([`ListSpec`], [`Col`]) and add what is theirs to each card: the line amount, whether the row
//! counted, core's warnings.
//!
//! One card per row and one signal per cell, keyed by a stable row id, so typing never re-renders a
//! row or loses focus. Each input shows its own errors (`devices[2].purchase_yen`), the card its
//! row's; adding a row focuses its first input and deleting one focuses the add button.
use crate::form::{errors_for, Outcome};
use crate::i18n::{msg, tr};
use leptos::prelude::*;

/// Choices as (value, ja, en).
pub type Options = &'static [(&'static str, &'static str, &'static str)];

#[derive(Clone, Copy)]
pub enum Kind {
    Text,
    Num,
    Check,
    Date,
    Select(Options),
    /// A choice with an empty first option (ja, en) and untranslated labels (proper names).
    Named((&'static str, &'static str), fn() -> Vec<(&'static str, &'static str)>),
}

pub struct Col {
    /// Core's field name in each row object, also the last part of error names.
    pub key: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
    pub kind: Kind,
    pub unit_ja: &'static str,
    pub unit_en: &'static str,
    /// Value of a newly added row (core's own default where it has one).
    pub new_value: &'static str,
    /// Extra class on the field (`name-field`, `wide`: a whole line of the grid).
    pub class: &'static str,
    /// Shown only while another cell of the row holds a value: (column key, value).
    pub when: Option<(&'static str, &'static str)>,
}

impl Col {
    pub const fn new(key: &'static str, ja: &'static str, en: &'static str, kind: Kind) -> Col {
        Col { key, ja, en, kind, unit_ja: "", unit_en: "", new_value: "", class: "", when: None }
    }
    pub const fn unit(self, (unit_ja, unit_en): (&'static str, &'static str)) -> Col {
        Col { unit_ja, unit_en, ..self }
    }
    pub const fn default(self, new_value: &'static str) -> Col {
        Col { new_value, ..self }
    }
    pub const fn class(self, class: &'static str) -> Col {
        Col { class, ..self }
    }
    pub const fn when(self, key: &'static str, value: &'static str) -> Col {
        Col { when: Some((key, value)), ..self }
    }
}

pub struct ListSpec {
    /// Core's array name (`devices`, `events`), also the error-name prefix.
    pub key: &'static str,
    /// Its name in the page's `rows` URL parameter.
    pub short: &'static str,
    /// Prefix of the DOM ids (`cb-devices-add`, `ct-events-3-date`).
    pub prefix: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
    pub row_ja: &'static str,
    pub row_en: &'static str,
    pub add_ja: &'static str,
    pub add_en: &'static str,
    pub hint_ja: &'static str,
    pub hint_en: &'static str,
    pub empty_ja: &'static str,
    pub empty_en: &'static str,
    /// Class of the card's grid (`cols-4`, `ct-events`): the page's CSS lays out the columns.
    pub grid: &'static str,
    pub cols: &'static [Col],
    /// A longer list (from the URL or a file) is cut, never an error.
    pub max_rows: usize,
}

#[derive(Clone)]
pub struct Row {
    pub id: u64,
    pub cells: Vec<RwSignal<String>>,
}

/// Makes rows with ids unique on the page.
pub fn row_maker() -> impl Fn(Vec<String>) -> Row + Copy + Send + Sync + 'static {
    let next_id = StoredValue::new(0u64);
    move |cells: Vec<String>| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        Row { id, cells: cells.into_iter().map(RwSignal::new).collect() }
    }
}

/// The page's part of a card's foot: given the list and the row's current position, what to show
/// (the page reads its own typed result for it).
pub type Foot = Callback<(&'static ListSpec, Memo<usize>), AnyView>;
/// Notes beyond the row's errors (e.g. core's warnings for it) for the list and row position, in
/// the current language.
pub type Notes = Callback<(&'static ListSpec, usize), Vec<String>>;

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// One editable list: a card per row, add and delete buttons.
#[component]
pub fn RowList(
    spec: &'static ListSpec,
    list: RwSignal<Vec<Row>>,
    outcome: Memo<Outcome>,
    make_row: impl Fn(Vec<String>) -> Row + Copy + Send + Sync + 'static,
    foot: Foot,
    #[prop(optional)] notes: Option<Notes>,
) -> impl IntoView {
    let p = spec.prefix;
    let add_id = format!("{p}-{}-add", spec.key);
    let add_id2 = add_id.clone();
    let add = move |_| {
        let row = make_row(spec.cols.iter().map(|c| c.new_value.to_string()).collect());
        let focus_id = format!("{p}-{}-{}-{}", spec.key, row.id, spec.cols[0].key);
        list.update(|v| {
            if v.len() < spec.max_rows {
                v.push(row)
            }
        });
        request_animation_frame(move || focus(&focus_id));
    };
    let list_errors = move || outcome.with(|o| errors_for(o, spec.key).iter().map(msg).collect::<Vec<_>>());
    view! {
        <section class="row-list" aria-labelledby=format!("{p}-{}-h", spec.key) data-list=spec.key>
            <h2 id=format!("{p}-{}-h", spec.key)>{tr(spec.ja, spec.en)}</h2>
            <p class="hint">{tr(spec.hint_ja, spec.hint_en)}</p>
            {move || {
                let errs = list_errors();
                (!errs.is_empty()).then(|| view! { <p class="field-error" role="alert">{errs.join(" / ")}</p> })
            }}
            {move || list.with(|v| v.is_empty()).then(|| view! {
                <p class="empty-list">{tr(spec.empty_ja, spec.empty_en)}</p>
            })}
            <For
                each=move || list.get()
                key=|r| r.id
                children=move |row| {
                    let add_id = add_id2.clone();
                    let remove = Callback::new(move |()| {
                        list.update(|v| v.retain(|r| r.id != row.id));
                        let add_id = add_id.clone();
                        request_animation_frame(move || focus(&add_id));
                    });
                    view! { <RowCard spec=spec list=list row=row outcome=outcome remove=remove foot=foot notes=notes /> }
                }
            />
            <button type="button" class="btn secondary add-row no-print" id=add_id on:click=add>
                {tr(spec.add_ja, spec.add_en)}
            </button>
        </section>
    }
}

#[component]
fn RowCard(
    spec: &'static ListSpec,
    list: RwSignal<Vec<Row>>,
    row: Row,
    outcome: Memo<Outcome>,
    remove: Callback<()>,
    foot: Foot,
    notes: Option<Notes>,
) -> impl IntoView {
    let id = row.id;
    // The row's position now (rows above it may be deleted): core's error names use it.
    let idx = Memo::new(move |_| list.with(|v| v.iter().position(|r| r.id == id).unwrap_or(0)));
    let legend = move || format!("{} {}", tr(spec.row_ja, spec.row_en)(), idx.get() + 1);
    // The row's errors are alerts; the page's notes (warnings) only a status.
    let row_notes = move || {
        outcome.with(|o| {
            let i = idx.get();
            let errors: Vec<String> = errors_for(o, &format!("{}[{}]", spec.key, i)).iter().map(msg).collect();
            let extra = notes.map(|n| n.run((spec, i))).unwrap_or_default();
            (errors.is_empty(), errors.into_iter().chain(extra).collect::<Vec<_>>())
        })
    };
    let fields = spec
        .cols
        .iter()
        .zip(row.cells.iter().copied())
        .map(|(c, cell)| {
            let depends = c.when.and_then(|(k, v)| spec.cols.iter().position(|d| d.key == k).map(|i| (row.cells[i], v)));
            let shown = move || depends.is_none_or(|(other, v)| other.with(|s| s == v));
            view! { <Show when=shown><RowField spec=spec col=c row_id=id idx=idx cell=cell outcome=outcome /></Show> }
        })
        .collect_view();
    view! {
        <fieldset class="row-card" data-row=move || idx.get().to_string()>
            <legend>{legend}</legend>
            <div class=format!("row-grid {}", spec.grid)>{fields}</div>
            {move || {
                let (only_notes, lines) = row_notes();
                (!lines.is_empty()).then(|| view! {
                    <p class="row-note" role=if only_notes { "status" } else { "alert" }>{lines.join(" / ")}</p>
                })
            }}
            <div class="row-foot">
                {foot.run((spec, idx))}
                <button type="button" class="btn secondary delete-row no-print"
                    aria-label=move || format!("{} {}", legend(), tr("を削除", "— delete")())
                    on:click=move |_| remove.run(())>
                    {tr("削除", "Delete")}
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn RowField(
    spec: &'static ListSpec,
    col: &'static Col,
    row_id: u64,
    idx: Memo<usize>,
    cell: RwSignal<String>,
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let dom_id = format!("{}-{}-{}-{}", spec.prefix, spec.key, row_id, col.key);
    let err_id = format!("{dom_id}-err");
    let name = Memo::new(move |_| format!("{}[{}].{}", spec.key, idx.get(), col.key));
    let errors = move || outcome.with(|o| name.with(|n| errors_for(o, n).iter().map(msg).collect::<Vec<_>>()));
    let invalid = move || !errors().is_empty();
    let aria_invalid = move || if invalid() { "true" } else { "false" };
    let error_view = view! {
        <p class="field-error" id=err_id.clone() role="alert" hidden=move || !invalid()>{move || errors().join(" / ")}</p>
    };
    let check = matches!(col.kind, Kind::Check);
    let class = move || {
        let mut c = String::from(if check { "field check" } else { "field" });
        for extra in [col.class, if invalid() { "invalid" } else { "" }] {
            if !extra.is_empty() {
                c.push(' ');
                c.push_str(extra);
            }
        }
        c
    };
    let label = view! { <label for=dom_id.clone()>{tr(col.ja, col.en)}</label> };
    let select = |choices: Vec<(&'static str, AnyView)>| {
        view! {
            <select id=dom_id.clone() name=move || name.get() aria-invalid=aria_invalid aria-describedby=err_id.clone()
                prop:value=move || cell.get() on:change=move |ev| cell.set(event_target_value(&ev))>
                {choices.into_iter().map(|(v, text)| view! { <option value=v selected=move || cell.with(|c| c == v)>{text}</option> }).collect_view()}
            </select>
        }
        .into_any()
    };
    let control = match col.kind {
        Kind::Check => view! {
            <input id=dom_id.clone() type="checkbox" name=move || name.get() aria-describedby=err_id.clone()
                prop:checked=move || cell.get() == "true"
                on:change=move |ev| cell.set(if event_target_checked(&ev) { "true".into() } else { "false".into() }) />
        }
        .into_any(),
        Kind::Date => view! {
            <input id=dom_id.clone() type="date" name=move || name.get() aria-invalid=aria_invalid aria-describedby=err_id.clone()
                prop:value=move || cell.get() on:input=move |ev| cell.set(event_target_value(&ev)) />
        }
        .into_any(),
        Kind::Select(options) => select(options.iter().map(|(v, ja, en)| (*v, tr(ja, en).into_any())).collect()),
        Kind::Named((none_ja, none_en), options) => select(
            std::iter::once(("", tr(none_ja, none_en).into_any()))
                .chain(options().into_iter().map(|(v, name)| (v, name.into_any())))
                .collect(),
        ),
        Kind::Text | Kind::Num => view! {
            <div class="input-row">
                <input id=dom_id.clone() type="text" name=move || name.get()
                    inputmode=if matches!(col.kind, Kind::Num) { "decimal" } else { "text" } autocomplete="off"
                    aria-invalid=aria_invalid aria-describedby=err_id.clone()
                    prop:value=move || cell.get() on:input=move |ev| cell.set(event_target_value(&ev)) />
                {(!col.unit_ja.is_empty()).then(|| view! { <span class="unit">{tr(col.unit_ja, col.unit_en)}</span> })}
            </div>
        }
        .into_any(),
    };
    // A checkbox comes before its label; every other control after it.
    let (first, second) = if check { (control, label.into_any()) } else { (label.into_any(), control) };
    view! {
        <div class=class data-col=col.key>
            {first}
            {second}
            {error_view}
        </div>
    }
}
