//! Input schemas: each calculator declares every input field once — its key, Japanese and English
//! label and help, kind, unit, limits, default, an example, its choices and when it applies. The
//! reader ([`crate::reader`]), the web pages (labels, which fields show, defaults, links, CSV) and
//! the API documentation (`docs/api.md`) are all read from it.

use crate::msg::{Msg, Text};

/// Every field of one calculator's input (or of one row of a list).
#[derive(Debug)]
pub struct Schema {
    pub fields: &'static [Field],
}

impl Schema {
    pub fn get(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The rows schema of a list field.
    pub fn rows(&self, key: &str) -> Option<&'static Rows> {
        match self.get(key)?.kind {
            Kind::Rows(rows) => Some(rows),
            _ => None,
        }
    }
}

/// One input field.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The JSON key, the URL parameter and the CSV column.
    pub key: &'static str,
    pub label: Text,
    /// What the field means where the label cannot say it all (empty when the label does).
    pub help: Text,
    pub kind: Kind,
    pub need: Need,
    /// A value as a person would type it, for the API documentation.
    pub example: &'static str,
    pub applies: Applies,
}

/// Whether a value must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Absent (or blank) is a `required` error.
    Required,
    /// Absent means "not given"; the rules say what that implies.
    Optional,
    /// Absent means this value, as typed.
    Default(&'static str),
}

/// What a field holds; every number is zero or more.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A whole number of things, at most `max`; `unit` names them (人 / donors).
    Count { max: i64, unit: Text },
    /// Whole yen.
    Yen { max: i64 },
    /// Whole fee-schedule points (点).
    Points { max: i64 },
    /// A whole percentage, at most `max`.
    Percent { max: i64 },
    /// A number with decimals (years, hours), at most `max`.
    Decimal { max: i64, unit: Text },
    /// A calendar date, typed as YYYY-MM-DD (also 2024/6/1, full width).
    Date,
    /// A calendar month, YYYY-MM.
    Month,
    /// One of the listed keys.
    Choice(&'static [Choice]),
    /// Yes or no.
    Flag,
    /// Free text of at most `max_chars` characters (a title, a name).
    Text { max_chars: usize },
    /// A list of values of one kind (`item` gives it; its key is unused).
    List { item: &'static Field, max: usize },
    /// A list of records, each with its own fields.
    Rows(&'static Rows),
}

/// A list of records: its fields, how many rows at most, and what one row is called.
#[derive(Debug)]
pub struct Rows {
    pub fields: &'static [Field],
    pub max: usize,
    /// 「記録」 / "Record": the legend of one row, numbered on the page.
    pub row: Text,
    /// The n-th row in a sentence, `{n}` standing for its number: 「{n}か月目」 / "Month {n}",
    /// 「{n}件目の記録」 / "Record {n}". A message names a row's field with it
    /// (「3か月目の医療費の総額（10割）」), never by its key (`months[2].medical_cost_yen`).
    pub nth: Text,
}

impl Rows {
    pub fn get(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The `n`-th row (counted from 1) in words.
    pub fn nth(&self, n: usize) -> Msg {
        Msg::new(self.nth.ja.replace("{n}", &n.to_string()), self.nth.en.replace("{n}", &n.to_string()))
    }
}

/// One allowed value of a choice field.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    pub key: &'static str,
    pub label: Text,
    /// Other spellings read as this choice (`良` for `good`).
    pub aliases: &'static [&'static str],
}

impl Choice {
    pub const fn new(key: &'static str, label: Text) -> Choice {
        Choice { key, label, aliases: &[] }
    }

    pub fn matches(&self, s: &str) -> bool {
        self.key == s || self.aliases.contains(&s)
    }
}

/// When a field is part of the input: always, or only while another field (a choice) has one of
/// some values — e.g. a pharmacist record's `days` only for collective training. A field that does
/// not apply is neither read nor shown; given anyway, it is ignored (a known field is never an
/// error for being there).
#[derive(Debug, Clone, Copy)]
pub enum Applies {
    Always,
    When {
        field: &'static str,
        any_of: &'static [&'static str],
    },
    /// A field no longer used, kept so that an old saved plan or link that holds it is never
    /// silently dropped: it is part of the input (read, shown) only while it holds a value other
    /// than blank or zero, and its logic then refuses it with a message saying where the value
    /// goes now. A blank or zero (the old default) is no value and is ignored.
    Retired,
}

/// A choice declared as a Rust enum and its [`Choice`] list at once (see `choices!`).
pub trait Choose: Copy + 'static {
    const CHOICES: &'static [Choice];
    /// The variants in the order of `CHOICES`.
    const ALL: &'static [Self];

    fn key(self) -> &'static str {
        Self::CHOICES[self.index()].key
    }

    fn label(self) -> Text {
        Self::CHOICES[self.index()].label
    }

    fn index(self) -> usize;
}

/// Declares a choice enum and its choice list in one place:
///
/// ```ignore
/// choices! {
///     /// 認定HCTC or 専門HCTC.
///     pub enum Level: LEVELS {
///         Certified = "certified", "認定HCTC", "Certified HCTC";
///         Specialist = "specialist", "専門HCTC", "Specialist HCTC";
///     }
/// }
/// ```
///
/// makes `enum Level`, `const LEVELS: &[Choice]`, `Level::key`, `Level::label` and its
/// serialisation as the key. `Good = "good" ["良"], "良", "Good";` adds aliases.
macro_rules! choices {
    ($(#[$meta:meta])* $vis:vis enum $name:ident : $list:ident {
        $($(#[$vmeta:meta])* $variant:ident = $key:literal $([$($alias:literal),*])?, $ja:literal, $en:literal;)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        $vis const $list: &[$crate::schema::Choice] = &[$(
            $crate::schema::Choice {
                key: $key,
                label: $crate::msg::Text::new($ja, $en),
                aliases: &[$($($alias),*)?],
            },
        )+];

        impl $crate::schema::Choose for $name {
            const CHOICES: &'static [$crate::schema::Choice] = $list;
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn index(self) -> usize {
                self as usize
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::schema::Choose::key(*self))
            }
        }
    };
}
pub(crate) use choices;

// ───────────────────────────── constructors (const, for static schemas) ─────────────────────────

const fn field(key: &'static str, label: Text, kind: Kind) -> Field {
    Field { key, label, help: Text::EMPTY, kind, need: Need::Required, example: "", applies: Applies::Always }
}

impl Field {
    pub const fn count(key: &'static str, label: Text, max: i64, unit: Text) -> Field {
        field(key, label, Kind::Count { max, unit })
    }
    pub const fn yen(key: &'static str, label: Text) -> Field {
        field(key, label, Kind::Yen { max: crate::parse::MAX_AMOUNT })
    }
    pub const fn points(key: &'static str, label: Text) -> Field {
        field(key, label, Kind::Points { max: crate::parse::MAX_AMOUNT })
    }
    pub const fn percent(key: &'static str, label: Text, max: i64) -> Field {
        field(key, label, Kind::Percent { max })
    }
    pub const fn decimal(key: &'static str, label: Text, max: i64, unit: Text) -> Field {
        field(key, label, Kind::Decimal { max, unit })
    }
    pub const fn date(key: &'static str, label: Text) -> Field {
        field(key, label, Kind::Date)
    }
    pub const fn month(key: &'static str, label: Text) -> Field {
        field(key, label, Kind::Month)
    }
    pub const fn choice(key: &'static str, label: Text, choices: &'static [Choice]) -> Field {
        field(key, label, Kind::Choice(choices))
    }
    pub const fn flag(key: &'static str, label: Text) -> Field {
        field(key, label, Kind::Flag).default("false")
    }
    pub const fn text(key: &'static str, label: Text, max_chars: usize) -> Field {
        field(key, label, Kind::Text { max_chars }).optional()
    }
    pub const fn list(key: &'static str, label: Text, item: &'static Field, max: usize) -> Field {
        field(key, label, Kind::List { item, max })
    }
    pub const fn rows(key: &'static str, label: Text, rows: &'static Rows) -> Field {
        field(key, label, Kind::Rows(rows)).default("[]")
    }

    pub const fn help(self, help: Text) -> Field {
        Field { help, ..self }
    }
    pub const fn default(self, typed: &'static str) -> Field {
        Field { need: Need::Default(typed), ..self }
    }
    pub const fn optional(self) -> Field {
        Field { need: Need::Optional, ..self }
    }
    pub const fn required(self) -> Field {
        Field { need: Need::Required, ..self }
    }
    pub const fn example(self, example: &'static str) -> Field {
        Field { example, ..self }
    }
    pub const fn when(self, field: &'static str, any_of: &'static [&'static str]) -> Field {
        Field { applies: Applies::When { field, any_of }, ..self }
    }
    /// A field no longer used (see [`Applies::Retired`]); optional.
    pub const fn retired(self) -> Field {
        Field { applies: Applies::Retired, need: Need::Optional, ..self }
    }

    /// The unit a page shows after the input (empty when none).
    pub fn unit(&self) -> Text {
        match self.kind {
            Kind::Count { unit, .. } | Kind::Decimal { unit, .. } => unit,
            Kind::Yen { .. } => Text::new("円", "yen"),
            Kind::Points { .. } => Text::new("点", "points"),
            Kind::Percent { .. } => Text::new("%", "%"),
            _ => Text::EMPTY,
        }
    }

    /// The choices of a choice field (empty otherwise).
    pub fn choices(&self) -> &'static [Choice] {
        match self.kind {
            Kind::Choice(c) => c,
            _ => &[],
        }
    }

    /// Whether this field is part of an input whose other fields are `fields`, where
    /// `value_of(control)` is the control field's value as typed (`None` when absent). The reader
    /// and the pages both ask this, so a field shows exactly when core reads it.
    pub fn applies_in(&self, fields: &[Field], value_of: impl Fn(&Field) -> Option<String>) -> bool {
        match self.applies {
            Applies::Always => true,
            // Given and not a zero amount ("0", "０", "0円", "0,000").
            Applies::Retired => value_of(self)
                .is_some_and(|v| crate::text::strip_decorations(&v).chars().any(|c| !matches!(c, '0' | '.'))),
            Applies::When { field, any_of } => {
                let Some(control) = fields.iter().find(|c| c.key == field) else { return false };
                let value = value_of(control)
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
                    .or_else(|| control.default_text().map(String::from))
                    .unwrap_or_default();
                let key = control.choices().iter().find(|c| c.matches(&value)).map_or(value.as_str(), |c| c.key);
                any_of.contains(&key)
            }
        }
    }

    /// The default as typed, if the field has one.
    pub fn default_text(&self) -> Option<&'static str> {
        match self.need {
            Need::Default(d) => Some(d),
            _ => None,
        }
    }
}

/// The message for a key that is not among `fields`: the closest known one when it looks like a
/// slip (「option_hla_test は使えない項目です。option_hla_tests のことですか」), else the list. A key
/// that IS a field (its content could not be read where it was given, e.g. a list in a link) is
/// said to be so: a suggestion never names the key itself.
pub fn unknown_field(fields: &[Field], key: &str) -> Msg {
    if let Some(f) = fields.iter().find(|f| f.key == key) {
        return unreadable_field(f);
    }
    match crate::text::closest(key, fields.iter().map(|f| f.key)) {
        Some(near) => Msg::new(
            format!("{key} は使えない項目です。{near} のことですか"),
            format!("{key} is not a field of this input. Did you mean {near}?"),
        ),
        None => {
            let all = fields.iter().map(|f| f.key).collect::<Vec<_>>().join(", ");
            Msg::new(
                format!("{key} は使えない項目です（使える項目: {all}）"),
                format!("{key} is not a field of this input (fields: {all})"),
            )
        }
    }
}

/// A known field whose content could not be read where it was given.
pub fn unreadable_field(f: &Field) -> Msg {
    Msg::new(
        format!("「{}」（{}）の内容を読み取れませんでした", f.label.ja, f.key),
        format!("The content of “{}” ({}) could not be read", f.label.en, f.key),
    )
}

/// The label of a choice's key (the key itself when it is no choice of `choices`).
pub fn choice_label(choices: &[Choice], key: &str) -> Msg {
    match choices.iter().find(|c| c.matches(key)) {
        Some(c) => c.label.msg(),
        None => Msg::new(key, key),
    }
}

/// Choices as a person reads them: their labels, 「、」 / "; " between them.
pub fn choice_labels(choices: &[Choice]) -> Msg {
    Msg::new(
        choices.iter().map(|c| c.label.ja).collect::<Vec<_>>().join("、"),
        choices.iter().map(|c| c.label.en).collect::<Vec<_>>().join("; "),
    )
}

/// An English label inside a sentence: its first letter in lower case unless it starts a name or
/// an abbreviation (「JMDP fee …」 stays, "Total medical cost" becomes "total medical cost").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && b.is_lowercase() => {
            format!("{}{}", a.to_ascii_lowercase(), &s[1..])
        }
        _ => s.to_string(),
    }
}

/// The field an error names, in people's words: `months[2].medical_cost_yen` →
/// 「3か月目の医療費の総額（10割）」 / "Month 3: total medical cost (100%)"; `records[4]` →
/// 「5件目の記録」; `prior_benefit_months[1]` → 「計画より前に…月（2番目）」; a top-level field
/// its label. `None` for a name that is no field of `fields` (`as_of`, `input`).
pub fn field_label(fields: &[Field], name: &str) -> Option<Msg> {
    let (key, rest) = match name.find(['[', '.']) {
        Some(i) => (&name[..i], &name[i..]),
        None => (name, ""),
    };
    let f = fields.iter().find(|f| f.key == key)?;
    if rest.is_empty() {
        return Some(f.label.msg());
    }
    // `[i]` then maybe `.sub` (a row's field) or `[j]` (an item of an item).
    let inner = rest.strip_prefix('[')?;
    let close = inner.find(']')?;
    let n = inner[..close].parse::<usize>().ok()? + 1;
    let after = &inner[close + 1..];
    match f.kind {
        Kind::Rows(rows) => {
            let nth = rows.nth(n);
            match after.strip_prefix('.') {
                None if after.is_empty() => Some(nth),
                Some(sub) => {
                    let label = field_label(rows.fields, sub)?;
                    Some(Msg::new(
                        format!("{}の{}", nth.ja, label.ja),
                        format!("{}: {}", nth.en, lower_first(&label.en)),
                    ))
                }
                None => None,
            }
        }
        Kind::List { .. } => Some(Msg::new(
            format!("{}（{n}番目{}）", f.label.ja, if after.is_empty() { "" } else { "の中" }),
            format!("{}, item {n}", f.label.en),
        )),
        _ => None,
    }
}

/// An error's field and message as one line: 「3か月目の医療費の総額（10割）: 数値を入力してください」.
/// A name that is no field (the input as a whole) leaves the message alone.
pub fn error_line(fields: &[Field], e: &crate::msg::FieldError) -> Msg {
    let label = match e.field.as_str() {
        "as_of" => Some(Msg::new("基準日", "Reference date")),
        name => field_label(fields, name),
    };
    match label {
        Some(l) => Msg::new(format!("{}: {}", l.ja, e.message.ja), format!("{}: {}", l.en, e.message.en)),
        // The input as a whole (`input`, `result`): the message says it all.
        None => e.message.clone(),
    }
}

// ───────────────────────────── documentation ─────────────────────────────

impl Kind {
    /// The kind as the API documentation names it.
    pub fn describe(&self) -> String {
        match self {
            Kind::Count { max, unit } if unit.en.is_empty() => format!("count 0–{max}"),
            Kind::Count { max, unit } => format!("count 0–{max} ({})", unit.en),
            Kind::Yen { .. } => "yen (integer)".into(),
            Kind::Points { .. } => "points (integer)".into(),
            Kind::Percent { max } => format!("percent 0–{max}"),
            Kind::Decimal { max, unit } => format!("decimal 0–{max} ({})", unit.en),
            Kind::Date => "date YYYY-MM-DD".into(),
            Kind::Month => "month YYYY-MM".into(),
            Kind::Choice(c) => {
                format!("one of {}", c.iter().map(|c| format!("`{}`", c.key)).collect::<Vec<_>>().join(", "))
            }
            Kind::Flag => "true / false".into(),
            Kind::Text { max_chars } => format!("text (≤ {max_chars} characters)"),
            Kind::List { item, max } => format!("array (≤ {max}) of {}", item.kind.describe()),
            Kind::Rows(r) => format!("array (≤ {}) of rows, below", r.max),
        }
    }
}

fn doc_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The fields as a Markdown table (`docs/api.md`; a test checks the file against this).
pub fn markdown(fields: &[Field]) -> String {
    let mut out = String::from("| field | kind | default | meaning | applies |\n|---|---|---|---|---|\n");
    for f in fields {
        let default = match f.need {
            Need::Required => "required".to_string(),
            Need::Optional => "optional".to_string(),
            Need::Default(d) => format!("`{d}`"),
        };
        let mut meaning = vec![format!("{} / {}", f.label.en, f.label.ja)];
        if !f.help.is_empty() {
            meaning.push(f.help.en.trim_end_matches('.').to_string());
        }
        if !f.example.is_empty() {
            meaning.push(format!("Example: `{}`", f.example));
        }
        let meaning = meaning.join(". ") + ".";
        let applies = match f.applies {
            Applies::Always => String::new(),
            Applies::Retired => "no longer used: refused when not 0".to_string(),
            Applies::When { field, any_of } => {
                format!("`{field}` = {}", any_of.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(" / "))
            }
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            f.key,
            doc_cell(&f.kind.describe()),
            default,
            doc_cell(&meaning),
            applies
        ));
    }
    for f in fields {
        if let Kind::Rows(rows) = f.kind {
            out.push_str(&format!("\nEach row of `{}`:\n\n", f.key));
            out.push_str(&markdown(rows.fields));
        }
    }
    out
}
