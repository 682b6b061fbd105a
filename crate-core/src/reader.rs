//! Reads a calculator's input by its schema, collecting every problem instead of stopping at the
//! first: a wrong type, a value out of range, a missing value and an unknown field are each a field
//! error in Japanese and English (an unknown field names the closest known one). Numbers may come
//! as JSON numbers or as the text people type ("1,000円", "１２３"). Never panics.

use crate::date::Date;
use crate::msg::{Errors, FieldError, Msg};
use crate::schema::{Choice, Choose, Field, Kind, Need};
use crate::value::{Map, Value};
use rust_decimal::Decimal;

/// A reader over one input object (or one row of a list) and the fields its schema declares.
pub struct Reader<'a> {
    fields: &'static [Field],
    obj: Option<&'a Map>,
    /// Prepended to field names in errors (`records[2].`).
    prefix: String,
    pub errors: Errors,
    /// The fields read so far: with no error, every field that applies must have been read (a
    /// field declared but never read is a schema out of step with its logic; debug builds check).
    read: Vec<&'static str>,
}

fn wrong_type(field: &str, ja_kind: &str, en_kind: &str) -> FieldError {
    FieldError::new(
        field,
        "wrong_type",
        Msg::new(format!("{ja_kind}を指定してください"), format!("Expected {en_kind}")),
    )
}

fn required(field: &str) -> FieldError {
    FieldError::new(field, "required", Msg::new("入力してください", "This field is required"))
}

/// A `not_a_number` error says what a number of this field looks like: its own example with its
/// unit (「例: 3人」 for a count of donors, 「例: 70」 for a rate), not a yen amount for everything.
fn fitting_example(e: FieldError, kind: Kind, example: &str) -> FieldError {
    if e.code != "not_a_number" {
        return e;
    }
    let numeric = !example.is_empty() && example.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let own = |fallback: &'static str| if numeric { example.to_string() } else { fallback.to_string() };
    let (ja, en) = match kind {
        Kind::Count { unit, .. } => {
            let n = own("3");
            (format!("{n}{}", unit.ja), n)
        }
        Kind::Decimal { unit, .. } => {
            let n = own("1.5");
            (format!("{n}{}", unit.ja), n)
        }
        Kind::Percent { .. } => (format!("{}%", own("70")), format!("{}%", own("70"))),
        Kind::Points { .. } => {
            let n = example.parse::<i64>().map_or_else(|_| "55,000".to_string(), crate::money::group);
            (format!("{n}点"), n)
        }
        _ => {
            let n = example.parse::<i64>().map_or_else(|_| "1,000,000".to_string(), crate::money::group);
            (format!("{n}円"), format!("{n} yen"))
        }
    };
    FieldError::new(
        e.field,
        "not_a_number",
        Msg::new(format!("数値を入力してください（例: {ja}）"), format!("Enter a number (e.g. {en})")),
    )
}

/// Blank text is no value: a cleared input on a page, an empty CSV cell.
fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        _ => true,
    })
}

impl<'a> Reader<'a> {
    /// A reader over `value`, which must be an object whose keys are all among `fields`.
    pub fn new(fields: &'static [Field], value: &'a Value) -> Reader<'a> {
        Reader::nested(fields, value, String::new())
    }

    fn nested(fields: &'static [Field], value: &'a Value, prefix: String) -> Reader<'a> {
        let mut r = Reader { fields, obj: value.as_object(), prefix, errors: Vec::new(), read: Vec::new() };
        match r.obj {
            None => {
                let name = r.prefix.trim_end_matches('.').to_string();
                r.errors.push(wrong_type(if name.is_empty() { "input" } else { &name }, "オブジェクト", "an object"));
            }
            Some(obj) => r.check_unknown(obj),
        }
        r
    }

    fn check_unknown(&mut self, obj: &Map) {
        for (key, value) in obj.iter() {
            // A null is no value (as for a known field), so a key set to null says nothing.
            if !self.fields.iter().any(|f| f.key == key) && !value.is_null() {
                let name = format!("{}{key}", self.prefix);
                self.errors.push(FieldError::new(
                    name,
                    "unknown_field",
                    crate::schema::unknown_field(self.fields, key),
                ));
            }
        }
    }

    /// The error name of a field (`records[2].date`).
    pub fn name(&self, f: &Field) -> String {
        format!("{}{}", self.prefix, f.key)
    }

    fn raw(&self, f: &Field) -> Option<&'a Value> {
        present(self.obj.and_then(|o| o.get(f.key)))
    }

    /// Whether the input holds a (non-blank) value for `f`.
    pub fn given(&self, f: &Field) -> bool {
        self.raw(f).is_some()
    }

    /// The (non-blank) value given for `f`, even where `f` does not apply: for a rule that refuses
    /// a value its case cannot use rather than ignoring it.
    pub fn given_value(&self, f: &Field) -> Option<&'a Value> {
        self.raw(f)
    }

    fn mark(&mut self, f: &Field) {
        debug_assert!(self.fields.iter().any(|k| k.key == f.key), "{} is not in this schema", f.key);
        if let Some(k) = self.fields.iter().find(|k| k.key == f.key) {
            if !self.read.contains(&k.key) {
                self.read.push(k.key);
            }
        }
    }

    /// Debug builds: every field that applies was read (see `read`).
    fn check_all_read(&self) {
        if cfg!(debug_assertions) && self.errors.is_empty() && self.obj.is_some() {
            for f in self.fields {
                assert!(
                    self.read.contains(&f.key) || !self.applies(f),
                    "{}{} is declared in the schema but its logic never reads it",
                    self.prefix,
                    f.key
                );
            }
        }
    }

    /// Whether `f` is part of this input (see [`crate::schema::Applies`]).
    pub fn applies(&self, f: &Field) -> bool {
        f.applies_in(self.fields, |control| match self.raw(control) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Bool(b)) => Some(b.to_string()),
            // A choice may come as a JSON number (`"rounding_unit": 1000`).
            Some(Value::Number(n)) => Some(n.as_str().to_string()),
            // A control of another type is wrong: the field does not apply (the control's own
            // reading reports the error).
            Some(_) => Some(String::from("\u{0}")),
            None => None,
        })
    }

    /// The fields given a value that this input does not use (they do not apply to the choice made,
    /// see [`crate::schema::Applies`]), in schema order. A value equal to the field's default is
    /// left out: ignoring it changes nothing. For a calculator that warns rather than ignore them
    /// silently.
    pub fn given_but_unused(&self) -> Vec<&'static Field> {
        let text = |v: &Value| match v {
            Value::String(s) => crate::text::strip_decorations(s),
            Value::Number(n) => n.as_str().to_string(),
            Value::Bool(b) => b.to_string(),
            _ => String::new(),
        };
        self.fields
            .iter()
            .filter(|f| !matches!(f.kind, Kind::Rows(_)) && !self.applies(f))
            .filter(|f| {
                self.raw(f)
                    .is_some_and(|v| f.default_text().is_none_or(|d| text(v) != crate::text::strip_decorations(d)))
            })
            .collect()
    }

    /// Whether an error was already recorded for `f` (a later check on it would only repeat it).
    pub fn failed(&self, f: &Field) -> bool {
        let name = self.name(f);
        self.errors.iter().any(|e| e.field == name)
    }

    pub fn error(&mut self, f: &Field, code: &str, message: Msg) {
        let name = self.name(f);
        self.errors.push(FieldError::new(name, code, message));
    }

    /// The raw value, its default as typed, or `None` (an error recorded when it was required).
    fn value_or_default(&mut self, f: &Field) -> Option<Value> {
        if let Some(v) = self.raw(f) {
            return Some(v.clone());
        }
        match f.need {
            Need::Default(d) => Some(Value::String(d.to_string())),
            Need::Optional => None,
            Need::Required => {
                let name = self.name(f);
                self.errors.push(required(&name));
                None
            }
        }
    }

    fn int_of(&mut self, f: &Field, v: &Value) -> Option<i64> {
        let name = self.name(f);
        self.int_at(&name, f.kind, f.example, v)
    }

    fn int_at(&mut self, name: &str, kind: Kind, example: &str, v: &Value) -> Option<i64> {
        let max = match kind {
            Kind::Count { max, .. } | Kind::Yen { max } | Kind::Points { max } | Kind::Percent { max } => max,
            _ => crate::parse::MAX_AMOUNT,
        };
        // A count may end in its counter (１２件, ２人), as a yen amount may in 円.
        let counter = match kind {
            Kind::Count { unit, .. } => Some(unit.ja),
            _ => None,
        };
        let parsed = match v {
            Value::Number(n) => match n.as_i64() {
                Some(x) if x < 0 => Err(FieldError::new(
                    name,
                    "negative",
                    Msg::new("0以上の数を入力してください", "Enter zero or a positive number"),
                )),
                Some(x) => crate::parse::parse_int_max(name, &x.to_string(), max),
                None => crate::parse::parse_int_max(name, n.as_str(), max),
            },
            Value::String(s) => match counter {
                Some(unit) => crate::parse::parse_int_max(name, crate::parse::strip_counter(s, unit), max),
                None => crate::parse::parse_int_max(name, s, max),
            },
            _ => Err(wrong_type(name, "数値", "a number")),
        };
        parsed.map_err(|e| self.errors.push(fitting_example(e, kind, example))).ok()
    }

    /// A whole number (count, yen, points, percent); 0 when it is missing or wrong (the error is
    /// recorded) or when the field does not apply.
    pub fn int(&mut self, f: &Field) -> i64 {
        self.opt_int(f).unwrap_or(0)
    }

    /// A whole number that may be left out (`None`).
    pub fn opt_int(&mut self, f: &Field) -> Option<i64> {
        self.mark(f);
        if !self.applies(f) {
            return None;
        }
        let v = self.value_or_default(f)?;
        self.int_of(f, &v)
    }

    /// A number with decimals (years, hours).
    pub fn decimal(&mut self, f: &Field) -> Decimal {
        self.opt_decimal(f).unwrap_or(Decimal::ZERO)
    }

    pub fn opt_decimal(&mut self, f: &Field) -> Option<Decimal> {
        self.mark(f);
        if !self.applies(f) {
            return None;
        }
        let v = self.value_or_default(f)?;
        let name = self.name(f);
        let max = match f.kind {
            Kind::Decimal { max, .. } => max,
            _ => crate::parse::MAX_AMOUNT,
        };
        let unit = match f.kind {
            Kind::Decimal { unit, .. } => unit.ja,
            _ => "",
        };
        let parsed = match &v {
            Value::Number(n) => crate::parse::parse_decimal(&name, n.as_str()),
            Value::String(s) if unit.is_empty() => crate::parse::parse_decimal(&name, s),
            Value::String(s) => crate::parse::parse_decimal(&name, crate::parse::strip_counter(s, unit)),
            _ => Err(wrong_type(&name, "数値", "a number")),
        }
        .and_then(|d| {
            if d > Decimal::from(max) {
                Err(FieldError::new(
                    &name,
                    "out_of_range",
                    Msg::new(format!("{max}以下の数を入力してください"), format!("Enter at most {max}")),
                ))
            } else {
                Ok(d)
            }
        });
        parsed.map_err(|e| self.errors.push(fitting_example(e, f.kind, f.example))).ok()
    }

    /// Yes or no (`true`/`false`, as JSON or as text); `false` when absent without a default.
    pub fn flag(&mut self, f: &Field) -> bool {
        self.mark(f);
        if !self.applies(f) {
            return false;
        }
        match self.value_or_default(f) {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(Value::String(s)) if s.trim() == "true" => true,
            Some(Value::String(s)) if s.trim() == "false" => false,
            Some(_) => {
                let name = self.name(f);
                self.errors.push(wrong_type(&name, "true/false", "true or false"));
                false
            }
        }
    }

    /// A date (`None` when optional and absent, or wrong: the error is recorded).
    pub fn date(&mut self, f: &Field) -> Option<Date> {
        let what = (("日付を入力してください", "Enter a date"), ("日付（YYYY-MM-DD）", "a date string YYYY-MM-DD"));
        self.calendar(f, what, crate::parse::parse_date)
    }

    /// A calendar month (YYYY-MM, also 2026/8 and 2026年8月) as its first day; `None` when optional
    /// and absent, or wrong (the error is recorded).
    pub fn month(&mut self, f: &Field) -> Option<Date> {
        let what = (("年月を入力してください", "Enter a month"), ("年月（YYYY-MM）", "a month string YYYY-MM"));
        self.calendar(f, what, crate::parse::parse_month)
    }

    /// A date or a month: `what` is (the required message, the expected type) in ja and en.
    fn calendar(
        &mut self,
        f: &Field,
        what: ((&str, &str), (&str, &str)),
        parse: fn(&str, &str) -> Result<Date, FieldError>,
    ) -> Option<Date> {
        self.mark(f);
        if !self.applies(f) {
            return None;
        }
        let name = self.name(f);
        let ((req_ja, req_en), (kind_ja, kind_en)) = what;
        match self.raw(f) {
            None if f.need == Need::Optional => None,
            None => {
                self.errors.push(FieldError::new(name, "required", Msg::new(req_ja, req_en)));
                None
            }
            Some(Value::String(s)) => parse(&name, s).map_err(|e| self.errors.push(e)).ok(),
            Some(_) => {
                self.errors.push(wrong_type(&name, kind_ja, kind_en));
                None
            }
        }
    }

    /// The key of a choice (the default when absent); `None` when missing or not a listed value.
    pub fn choice_key(&mut self, f: &Field) -> Option<&'static str> {
        self.mark(f);
        if !self.applies(f) {
            return None;
        }
        let v = self.value_or_default(f)?;
        let name = self.name(f);
        self.choice_at(&name, f.choices(), &v)
    }

    /// `v` as one of `choices` (its key), or a `wrong_type` / `invalid_choice` error under `name`.
    /// A choice whose keys are numbers (a rounding unit) may come as a JSON number.
    fn choice_at(&mut self, name: &str, choices: &'static [Choice], v: &Value) -> Option<&'static str> {
        let s = match v {
            Value::String(s) => s.trim(),
            Value::Number(n) => n.as_str(),
            _ => {
                self.errors.push(wrong_type(name, "文字列", "a string"));
                return None;
            }
        };
        if let Some(c) = choices.iter().find(|c| c.matches(s)) {
            return Some(c.key);
        }
        // Listed as a person reads them (the labels a page shows), not by key.
        let labels = crate::schema::choice_labels(choices);
        self.errors.push(FieldError::new(
            name,
            "invalid_choice",
            Msg::new(
                format!("「{s}」は選べません。次のいずれかを選んでください: {}", labels.ja),
                format!("“{s}” is not one of the choices: {}", labels.en),
            ),
        ));
        None
    }

    /// A choice as its enum (see `choices!`); `None` when missing or not a listed value.
    pub fn choice<C: Choose>(&mut self, f: &Field) -> Option<C> {
        debug_assert!(
            f.choices().iter().map(|c| c.key).eq(C::CHOICES.iter().map(|c| c.key)),
            "{}: schema and enum list differ",
            f.key
        );
        let key = self.choice_key(f)?;
        C::ALL.iter().copied().find(|c| c.key() == key)
    }

    /// Free text, trimmed (`None` when blank). Numbers are taken as their text.
    pub fn text(&mut self, f: &Field) -> Option<String> {
        self.mark(f);
        if !self.applies(f) {
            return None;
        }
        let name = self.name(f);
        let text = match self.value_or_default(f)? {
            Value::String(s) => s.trim().to_string(),
            Value::Number(n) => n.to_string(),
            _ => {
                self.errors.push(wrong_type(&name, "文字列", "a string"));
                return None;
            }
        };
        if let Kind::Text { max_chars } = f.kind {
            if text.chars().count() > max_chars {
                self.errors.push(FieldError::new(
                    name,
                    "too_long",
                    Msg::new(
                        format!("{max_chars}文字以内で入力してください"),
                        format!("At most {max_chars} characters"),
                    ),
                ));
                return None;
            }
        }
        Some(text)
    }

    /// The items of a list field (empty when absent); each item's name is `key[i]`.
    pub fn list<T>(&mut self, f: &Field, mut read: impl FnMut(&mut Item<'_, 'a>) -> T) -> Vec<T> {
        let Kind::List { item, max } = f.kind else { return Vec::new() };
        let items = self.array(f, max);
        let name = self.name(f);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut it = Item { reader: self, field: item, value: v, name: format!("{name}[{i}]") };
                read(&mut it)
            })
            .collect()
    }

    /// The rows of a list of records, each read by `read` with its own reader (errors named
    /// `records[3].minutes`); a row that is not an object is an error of its own.
    pub fn rows<T>(&mut self, f: &Field, read: impl FnMut(&mut Reader<'a>, usize) -> T) -> Vec<T> {
        self.rows_with(f, false, read)
    }

    /// The same, but a row that is not an object is read too, as an empty row: besides its
    /// `wrong_type`, each of its required fields is reported missing (`cases[0].date` …).
    pub fn rows_naming_missing<T>(&mut self, f: &Field, read: impl FnMut(&mut Reader<'a>, usize) -> T) -> Vec<T> {
        self.rows_with(f, true, read)
    }

    fn rows_with<T>(
        &mut self,
        f: &Field,
        read_invalid: bool,
        mut read: impl FnMut(&mut Reader<'a>, usize) -> T,
    ) -> Vec<T> {
        let Kind::Rows(rows) = f.kind else { return Vec::new() };
        let items = self.array(f, rows.max);
        let name = self.name(f);
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            let mut row = Reader::nested(rows.fields, v, format!("{name}[{i}]."));
            if row.obj.is_some() || read_invalid {
                out.push(read(&mut row, i));
                row.check_all_read();
            }
            self.errors.append(&mut row.errors);
        }
        out
    }

    /// A list's items, at most `max` (more is a `too_many` error and the rest is not read).
    fn array(&mut self, f: &Field, max: usize) -> &'a [Value] {
        self.mark(f);
        if !self.applies(f) {
            return &[];
        }
        let name = self.name(f);
        match self.raw(f) {
            None if f.need == Need::Required => {
                self.errors.push(required(&name));
                &[]
            }
            None => &[],
            Some(Value::Array(a)) if a.len() > max => {
                self.errors.push(FieldError::new(
                    name,
                    "too_many",
                    Msg::new(format!("{max}件までです"), format!("At most {max} entries")),
                ));
                &a[..max]
            }
            Some(Value::Array(a)) => a,
            Some(_) => {
                self.errors.push(wrong_type(&name, "配列", "an array"));
                &[]
            }
        }
    }

    /// Reads `f` by its kind, as its calculator would, for the value's own sake (see
    /// [`check_values`]).
    fn check(&mut self, f: &Field) {
        match f.kind {
            Kind::Count { .. } | Kind::Yen { .. } | Kind::Points { .. } | Kind::Percent { .. } => {
                self.opt_int(f);
            }
            Kind::Decimal { .. } => {
                self.opt_decimal(f);
            }
            Kind::Date => {
                self.date(f);
            }
            Kind::Month => {
                self.month(f);
            }
            Kind::Choice(_) => {
                self.choice_key(f);
            }
            Kind::Flag => {
                self.flag(f);
            }
            Kind::Text { .. } => {
                self.text(f);
            }
            Kind::List { .. } => {
                self.list(f, |it| it.check());
            }
            Kind::Rows(rows) => {
                self.rows(f, |row, _| {
                    for g in rows.fields {
                        row.check(g);
                    }
                });
            }
        }
    }

    /// The value read, or every error found.
    pub fn finish<T>(self, value: T) -> Result<T, Errors> {
        self.check_all_read();
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

/// Every value `input` gives, read by its field's kind as the calculator's reader reads it — a
/// count as a count, a date as a date, each row of a list by the list's fields — and every key
/// that is no field: what a saved or imported file must pass before it replaces anything. What a
/// calculator checks across fields (months in order, a bracket or a pay) and what it requires
/// are its own concern, not the file's: a value left blank is no error here.
pub fn check_values(fields: &'static [Field], input: &Value) -> Errors {
    let mut r = Reader::new(fields, input);
    if r.obj.is_some() {
        for f in fields {
            r.check(f);
        }
    }
    r.errors.retain(|e| e.code != "required");
    r.errors
}

/// One item of a list field, read as the list's item kind.
pub struct Item<'r, 'a> {
    reader: &'r mut Reader<'a>,
    field: &'static Field,
    value: &'a Value,
    name: String,
}

impl<'a> Item<'_, 'a> {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The item as a whole number (0 when wrong; the error is recorded under `key[i]`).
    pub fn int(&mut self) -> Option<i64> {
        match present(Some(self.value)) {
            None => {
                self.reader.errors.push(required(&self.name));
                None
            }
            Some(v) => self.reader.int_at(&self.name, self.field.kind, self.field.example, v),
        }
    }

    /// The item as a calendar month (its first day; the error is recorded under `key[i]`).
    pub fn month(&mut self) -> Option<Date> {
        match present(Some(self.value)) {
            None => {
                self.reader.errors.push(required(&self.name));
                None
            }
            Some(Value::String(s)) => {
                crate::parse::parse_month(&self.name, s).map_err(|e| self.reader.errors.push(e)).ok()
            }
            Some(_) => {
                self.reader.errors.push(wrong_type(&self.name, "年月（YYYY-MM）", "a month string YYYY-MM"));
                None
            }
        }
    }

    /// The item as one of the item field's choices (`[["良","可"], …]`: an item of an item).
    pub fn choice<C: Choose>(&mut self) -> Option<C> {
        debug_assert!(
            self.field.choices().iter().map(|c| c.key).eq(C::CHOICES.iter().map(|c| c.key)),
            "{}: schema and enum list differ",
            self.field.key
        );
        let key = match present(Some(self.value)) {
            None => {
                self.reader.errors.push(required(&self.name));
                return None;
            }
            Some(v) => self.reader.choice_at(&self.name, self.field.choices(), v)?,
        };
        C::ALL.iter().copied().find(|c| c.key() == key)
    }

    /// The item as a list of its own (the item field is a `List`): each inner item is read by
    /// `read`, named `key[i][j]`; `None` (and an error) when the item is not an array.
    pub fn list<T>(&mut self, mut read: impl FnMut(&mut Item<'_, 'a>) -> T) -> Option<Vec<T>> {
        let Kind::List { item, max } = self.field.kind else { return None };
        let Value::Array(values) = self.value else {
            self.reader.errors.push(wrong_type(&self.name, "配列", "an array"));
            return None;
        };
        if values.len() > max {
            self.reader.errors.push(FieldError::new(
                &self.name,
                "too_many",
                Msg::new(format!("{max}件までです"), format!("At most {max} entries")),
            ));
        }
        let values: &'a [Value] = &values[..values.len().min(max)];
        let out = values
            .iter()
            .enumerate()
            .map(|(j, v)| {
                let mut it =
                    Item { reader: &mut *self.reader, field: item, value: v, name: format!("{}[{j}]", self.name) };
                read(&mut it)
            })
            .collect();
        Some(out)
    }

    /// The item as one of the item field's choices, by key (`None`: an error is recorded).
    pub fn choice_key(&mut self) -> Option<&'static str> {
        match present(Some(self.value)) {
            None => {
                self.reader.errors.push(required(&self.name));
                None
            }
            Some(v) => self.reader.choice_at(&self.name, self.field.choices(), v),
        }
    }

    /// Reads the item by its kind (see [`check_values`]).
    fn check(&mut self) {
        match self.field.kind {
            Kind::Month => {
                self.month();
            }
            Kind::Choice(_) => {
                self.choice_key();
            }
            Kind::List { .. } => {
                self.list(|it| it.check());
            }
            Kind::Count { .. } | Kind::Yen { .. } | Kind::Points { .. } | Kind::Percent { .. } => {
                self.int();
            }
            _ => {}
        }
    }

    /// The item as raw JSON (for items with a structure of their own).
    pub fn value(&self) -> &Value {
        self.value
    }

    pub fn error(&mut self, code: &str, message: Msg) {
        let name = self.name.clone();
        self.reader.errors.push(FieldError::new(name, code, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg::Text;
    use crate::schema::{Field, Rows};
    use serde_json::json;

    crate::schema::choices! {
        enum Rating: RATINGS {
            Good = "good" ["良"], "良", "Good";
            Poor = "poor" ["不可"], "不可", "Poor";
        }
    }
    const MINUTES: Field = Field::count("minutes", Text::new("分", "Minutes"), 600, Text::new("分", "min"));
    const KIND: Field = Field::choice("kind", Text::new("種類", "Kind"), RATINGS);
    const DAYS: Field =
        Field::count("days", Text::new("日数", "Days"), 9, Text::EMPTY).default("1").when("kind", &["good"]);
    static ROW: Rows = Rows {
        fields: &[MINUTES, KIND, DAYS],
        max: 2,
        row: Text::new("記録", "Record"),
        nth: Text::new("{n}件目の記録", "Record {n}"),
    };
    const RECORDS: Field = Field::rows("records", Text::new("記録", "Records"), &ROW);
    const TOTAL: Field = Field::yen("total_yen", Text::new("合計", "Total"));
    static FIELDS: &[Field] = &[TOTAL, RECORDS];

    type Read = (i64, Vec<(i64, Option<Rating>, i64)>);

    fn read(v: serde_json::Value) -> Result<Read, Errors> {
        let v = Value::from(v);
        let mut r = Reader::new(FIELDS, &v);
        let total = r.int(&TOTAL);
        let rows = r.rows(&RECORDS, |row, _| (row.int(&MINUTES), row.choice::<Rating>(&KIND), row.int(&DAYS)));
        r.finish((total, rows))
    }

    fn codes(v: serde_json::Value) -> Vec<(String, String)> {
        read(v).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn reads_typed_text_aliases_defaults_and_fields_that_apply() {
        let (total, rows) =
            read(json!({"total_yen": "１,２００円", "records": [{"minutes": 90, "kind": "良"}, {"minutes": "30", "kind": "poor", "days": 5}]})).unwrap();
        assert_eq!(total, 1_200);
        // `days` applies to "good" only: its default there, not read for "poor".
        assert_eq!(rows, vec![(90, Some(Rating::Good), 1), (30, Some(Rating::Poor), 0)]);
    }

    #[test]
    fn every_problem_is_a_named_field_error() {
        assert_eq!(
            codes(json!({"total_yen": -1, "records": [{"minutes": "x", "kind": "fair"}, 3], "totl_yen": 5})),
            vec![
                ("totl_yen".into(), "unknown_field".into()),
                ("total_yen".into(), "negative".into()),
                ("records[0].minutes".into(), "not_a_number".into()),
                ("records[0].kind".into(), "invalid_choice".into()),
                ("records[1]".into(), "wrong_type".into()),
            ]
        );
        assert_eq!(
            codes(json!({"records": [{"minutes": 1, "kind": "good", "minute": 2}]})),
            [
                ("total_yen".to_string(), "required".to_string()),
                ("records[0].minute".to_string(), "unknown_field".to_string()),
            ]
        );
        assert_eq!(codes(json!({"total_yen": 1, "records": [{}, {}, {}]}))[0], ("records".into(), "too_many".into()));
        assert_eq!(codes(json!({"total_yen": " "})), vec![("total_yen".to_string(), "required".to_string())]);
    }

    #[test]
    fn a_choice_with_number_keys_may_come_as_a_number() {
        crate::schema::choices! {
            enum Step: STEPS {
                One = "1", "1円", "1 yen";
                Ten = "10", "10円", "10 yen";
            }
        }
        const STEP: Field = Field::choice("step", Text::new("単位", "Step"), STEPS);
        static STEP_FIELDS: &[Field] = &[STEP];
        for (v, expected) in [
            (json!({"step": 10}), Some(Step::Ten)),
            (json!({"step": "1"}), Some(Step::One)),
            (json!({"step": 5}), None),
        ] {
            let v = Value::from(v);
            let mut r = Reader::new(STEP_FIELDS, &v);
            assert_eq!(r.choice::<Step>(&STEP), expected);
        }
    }

    #[test]
    fn a_list_of_lists_of_choices_reads_aliases_and_names_each_cell() {
        const CELL: Field = Field::choice("rating", Text::new("評価", "Rating"), RATINGS);
        const PAIR: Field = Field::list("pair", Text::new("項目", "Item"), &CELL, 2);
        const GRID: Field = Field::list("grid", Text::new("評価", "Ratings"), &PAIR, 3);
        static GRID_FIELDS: &[Field] = &[GRID];
        let read = |v: serde_json::Value| {
            let v = Value::from(v);
            let mut r = Reader::new(GRID_FIELDS, &v);
            let grid = r.list(&GRID, |item| item.list(|cell| cell.choice::<Rating>()));
            r.finish(grid)
        };
        let grid = read(json!({"grid": [["良", "poor"], ["good"]]})).unwrap();
        assert_eq!(grid, vec![Some(vec![Some(Rating::Good), Some(Rating::Poor)]), Some(vec![Some(Rating::Good)])]);
        let e = read(json!({"grid": [["good", "fair", "poor"], "good", [1]]})).unwrap_err();
        let codes: Vec<(&str, &str)> = e.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            codes,
            [
                ("grid[0]", "too_many"),
                ("grid[0][1]", "invalid_choice"),
                ("grid[1]", "wrong_type"),
                ("grid[2][0]", "invalid_choice"),
            ]
        );
    }

    #[test]
    fn a_row_that_is_not_an_object_may_also_name_its_missing_fields() {
        let v = Value::from(json!({"total_yen": 1, "records": [3]}));
        let mut r = Reader::new(FIELDS, &v);
        r.int(&TOTAL);
        r.rows_naming_missing(&RECORDS, |row, _| (row.int(&MINUTES), row.choice::<Rating>(&KIND)));
        let codes: Vec<(&str, &str)> = r.errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            codes,
            [("records[0]", "wrong_type"), ("records[0].minutes", "required"), ("records[0].kind", "required")]
        );
    }

    #[test]
    fn a_key_set_to_null_is_no_value_even_when_unknown() {
        assert_eq!(read(json!({"total_yen": 1, "rows": null})).unwrap().0, 1);
    }

    #[test]
    fn an_unknown_field_names_the_closest_or_lists_them_all() {
        let e = read(json!({"total_yen": 1, "totl_yen": 5, "colour": 1})).unwrap_err();
        let of = |f: &str| e.iter().find(|e| e.field == f).unwrap().message.clone();
        assert_eq!(of("totl_yen").ja, "totl_yen は使えない項目です。total_yen のことですか");
        assert_eq!(of("colour").en, "colour is not a field of this input (fields: total_yen, records)");
    }
}
