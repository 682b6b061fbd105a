//! One field renderer for every calculator: a schema field becomes its label, its control (a text
//! input for numbers and text, a checkbox, a select, a date picker), its unit, its help and its own
//! errors — at the top of a form or in a row of a list alike. Nothing about a field is written in
//! a page: core's schema holds it.

use crate::form::{errors_for, Form, Outcome};
use crate::i18n::{lang, msg, tr};
use calc_core::schema::{Field, Kind};
use calc_core::Text;
use leptos::prelude::*;

/// A bilingual text of the schema, in the current language (tracked).
pub fn text(t: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    tr(t.ja, t.en)
}

/// Where a control lives: its DOM id, its error name (`records[2].minutes`, which can change as
/// rows above it are deleted) and its value.
#[derive(Clone, Copy)]
pub struct Slot {
    pub value: RwSignal<String>,
    pub name: Signal<String>,
}

/// The error paragraph of a field, announced to screen readers.
#[component]
pub fn FieldError(outcome: Memo<Outcome>, #[prop(into)] field: Signal<String>, id: String) -> impl IntoView {
    let errors = move || outcome.with(|o| field.with(|f| errors_for(o, f).iter().map(msg).collect::<Vec<_>>()));
    view! {
        <p class="field-error" id=id role="alert" hidden=move || errors().is_empty()>{move || errors().join(" / ")}</p>
    }
}

/// The help of a field whose help is folded: a "?" button beside the label that shows or hides it.
/// Only a press opens or closes it — never focus — so nothing on the page moves while a person
/// moves between fields (a help that showed while its field had focus collapsed when the next
/// button was pressed, and the button moved out from under the tap).
fn help_toggle(field: &'static Field, hint_id: String, open: RwSignal<bool>) -> impl IntoView {
    let label = move || {
        if lang().is_en() {
            format!("Help: {}", field.label.en)
        } else {
            format!("{}の説明", field.label.ja)
        }
    };
    view! {
        <button type="button" class="help-toggle no-print" aria-controls=hint_id aria-label=label
            aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>"?"</button>
    }
}

/// One field: label, control, unit, help and errors. `id` is the control's DOM id. `fold_help`
/// (the cards of a list, where every row repeats the same help): the help opens with a "?" beside
/// the label; otherwise it is always shown under the control.
#[component]
pub fn FieldInput(
    field: &'static Field,
    at: Slot,
    id: String,
    outcome: Memo<Outcome>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] fold_help: bool,
) -> impl IntoView {
    let Slot { value, name } = at;
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let invalid = move || outcome.with(|o| name.with(|n| !errors_for(o, n).is_empty()));
    let aria_invalid = move || if invalid() { "true" } else { "false" };
    let has_help = !field.help.is_empty();
    let describedby = if has_help { format!("{err_id} {hint_id}") } else { err_id.clone() };
    let open = RwSignal::new(!fold_help);
    let toggle = (has_help && fold_help).then(|| help_toggle(field, hint_id.clone(), open));
    let label = view! { <label for=id.clone()>{text(field.label)}</label> {toggle} };
    let hint = has_help.then(|| view! { <p class="hint" id=hint_id hidden=move || !open.get()>{text(field.help)}</p> });
    let error = view! { <FieldError outcome=outcome field=name id=err_id /> };
    let classes = move || {
        let mut c = String::from(if matches!(field.kind, Kind::Flag) { "field check" } else { "field" });
        for extra in
            [class, if invalid() { "invalid" } else { "" }, if has_help && fold_help { "folded-help" } else { "" }]
        {
            if !extra.is_empty() {
                c.push(' ');
                c.push_str(extra);
            }
        }
        c
    };
    // Each input also carries its start value as an attribute (`value`, `checked`): the properties
    // follow the signal in the browser, the attribute is what the prerendered HTML shows.
    match field.kind {
        Kind::Flag => view! {
            <div class=classes data-col=field.key>
                <input id=id.clone() type="checkbox" name=move || name.get() aria-describedby=describedby
                    checked=value.get_untracked() == "true" prop:checked=move || value.get() == "true"
                    on:change=move |ev| value.set(if event_target_checked(&ev) { "true".into() } else { "false".into() }) />
                {label}
                {hint}
                {error}
            </div>
        }
        .into_any(),
        Kind::Choice(choices) => view! {
            <div class=classes data-col=field.key>
                {label}
                <select id=id.clone() name=move || name.get() aria-invalid=aria_invalid aria-describedby=describedby
                    prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                    {(field.need == calc_core::schema::Need::Optional).then(|| view! {
                        <option value="" selected=move || value.with(|v| v.is_empty())>{tr("（選んでください）", "(choose)")}</option>
                    })}
                    {choices.iter().map(|c| {
                        let key = c.key;
                        view! { <option value=key selected=move || value.with(|v| c.matches(v))>{text(c.label)}</option> }
                    }).collect_view()}
                    {move || {
                        // A value from a file or a link that is no choice stays visible for core to judge.
                        let v = value.get();
                        (!v.is_empty() && !choices.iter().any(|c| c.matches(&v))).then(|| view! { <option value=v.clone() selected=true>{v.clone()}</option> })
                    }}
                </select>
                {hint}
                {error}
            </div>
        }
        .into_any(),
        Kind::Date | Kind::Month => view! {
            <div class=classes data-col=field.key>
                {label}
                <input id=id.clone() type=if matches!(field.kind, Kind::Month) { "month" } else { "date" } name=move || name.get()
                    aria-invalid=aria_invalid aria-describedby=describedby
                    value=value.get_untracked() prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                {hint}
                {error}
            </div>
        }
        .into_any(),
        _ => {
            let unit = field.unit();
            let numeric = !matches!(field.kind, Kind::Text { .. });
            view! {
                <div class=classes data-col=field.key>
                    {label}
                    <div class="input-row">
                        <input id=id.clone() type="text" name=move || name.get() inputmode=if numeric { "decimal" } else { "text" } autocomplete="off"
                            aria-invalid=aria_invalid aria-describedby=describedby
                            value=value.get_untracked() prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                        {(!unit.is_empty()).then(|| view! { <span class="unit">{move || if lang().is_en() { unit.en } else { unit.ja }}</span> })}
                    </div>
                    {hint}
                    {error}
                </div>
            }
            .into_any()
        }
    }
}

/// A plain field of a form, shown while it applies (see `Field::applies_in`).
#[component]
pub fn Input(
    form: Form,
    outcome: Memo<Outcome>,
    field: &'static Field,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let slot = Slot { value: form.field(field.key), name: Signal::stored(field.key.to_string()) };
    let id = format!("{}-{}", form.calculator, field.key);
    view! {
        <Show when=move || form.applies(field)>
            <FieldInput field=field at=slot id=id.clone() outcome=outcome class=class />
        </Show>
    }
}

/// Several plain fields in order.
#[component]
pub fn Inputs(form: Form, outcome: Memo<Outcome>, fields: &'static [&'static Field]) -> impl IntoView {
    fields.iter().map(|f| view! { <Input form=form outcome=outcome field=*f /> }).collect_view()
}

/// Every plain field of the form's schema, in the schema's order (lists have their own editor;
/// `skip` names fields the page shows itself).
#[component]
pub fn AllInputs(form: Form, outcome: Memo<Outcome>, #[prop(optional)] skip: &'static [&'static str]) -> impl IntoView {
    form.schema
        .fields
        .iter()
        .filter(|f| !matches!(f.kind, Kind::Rows(_) | Kind::List { .. }) && !skip.contains(&f.key))
        .map(|f| view! { <Input form=form outcome=outcome field=f /> })
        .collect_view()
}

/// What a shared link held that this page does not know or cannot read: named, then ignored (the
/// rest of the link still opens; rows that cannot be read are not used).
#[component]
pub fn LinkNotice(form: Form) -> impl IntoView {
    let mut notices = form.unknown_notices();
    // Rows that cannot be read are not used at all (a link is read whole or not at all).
    notices.extend(form.link_error());
    (!notices.is_empty()).then(|| {
        view! {
            <div class="notice link-notice no-print" role="status">
                <ul>{notices.into_iter().map(|m| view! { <li>{move || msg(&m)}</li> }).collect_view()}</ul>
            </div>
        }
    })
}
