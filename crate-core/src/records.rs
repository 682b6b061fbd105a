//! Saved records (the eligibility checkers' inputs) as a versioned document, and CSV exchange.
//!
//! The browser keeps a checker's whole input under a schema version so later releases can upgrade
//! what people saved. Parsing never panics; a document that does not parse is rejected whole, so
//! an import cannot half-overwrite what is already saved.

use crate::money::group;
use crate::msg::Msg;
use crate::schema::{Kind, Rows, Schema};
use crate::value::{parse_json, Map, Value};

/// Current schema of a saved document: `{"schema": 1, "calculator": ID, "input": {...}}`.
pub const SCHEMA: u64 = 1;

/// Wraps a checker's input for saving or export.
pub fn document(calculator: &str, input: &Value) -> Value {
    let mut m = Map::new();
    m.insert("schema", Value::from(SCHEMA as i64));
    m.insert("calculator", Value::from(calculator));
    m.insert("input", input.clone());
    Value::Object(m)
}

fn reject(ja: impl Into<String>, en: impl Into<String>) -> Msg {
    Msg::new(ja, en)
}

/// Reads a saved or imported document for `calculator`, upgrading older shapes:
/// - schema 0 (before versioning): a bare array of records → `{"records": [...]}`;
/// - a bare input object (no envelope) is accepted as schema 1's `input`.
///
/// `list_key` is the calculator's main list (`records`, `events` …) for the schema-0 upgrade.
pub fn read_document(text: &str, calculator: &str, list_key: &str) -> Result<Value, Msg> {
    let v: Value = parse_json(text).map_err(|e| {
        let line = text.as_bytes()[..e.offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1;
        reject(
            format!("JSON として読み取れません（{line}行目付近）。保存済みのデータは変更していません。"),
            format!("Not valid JSON (near line {line}). Nothing saved was changed."),
        )
    })?;
    match v {
        Value::Array(items) => upgrade_records(items, list_key),
        Value::Object(obj) => match obj.get("schema") {
            None => Ok(Value::Object(obj)),
            Some(s) if s.as_i64() == Some(SCHEMA as i64) => {
                if let Some(c) = obj.get("calculator").and_then(Value::as_str) {
                    if c != calculator {
                        return Err(reject(
                            format!("別の計算機（{c}）のデータです。保存済みのデータは変更していません。"),
                            format!("This file is for another calculator ({c}). Nothing saved was changed."),
                        ));
                    }
                }
                match obj.get("input") {
                    Some(Value::Object(input)) => Ok(Value::Object(input.clone())),
                    _ => Err(reject(
                        "input がありません。保存済みのデータは変更していません。",
                        "The file has no input object. Nothing saved was changed.",
                    )),
                }
            }
            Some(s) => Err(reject(
                format!("対応していない形式の版です（schema {s}）。保存済みのデータは変更していません。"),
                format!("Unsupported schema version {s}. Nothing saved was changed."),
            )),
        },
        _ => Err(reject(
            "記録の形式ではありません。保存済みのデータは変更していません。",
            "Not a records file. Nothing saved was changed.",
        )),
    }
}

fn upgrade_records(items: Vec<Value>, list_key: &str) -> Result<Value, Msg> {
    if let Some(i) = items.iter().position(|x| x.as_object().is_none()) {
        return Err(reject(
            format!("{}件目が記録の形式ではありません。保存済みのデータは変更していません。", i + 1),
            format!("Item {} is not a record. Nothing saved was changed.", i + 1),
        ));
    }
    let mut m = Map::new();
    m.insert(list_key, Value::Array(items));
    Ok(Value::Object(m))
}

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, CRLF; a BOM is skipped).
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, Msg> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => in_quotes = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                line += 1;
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(reject(
            format!("CSV の引用符が閉じていません（{line}行目）。保存済みのデータは変更していません。"),
            format!("Unclosed quote in the CSV (line {line}). Nothing saved was changed."),
        ));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    Ok(rows)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Records → CSV with a header row of `columns`. Booleans and numbers are written as text.
pub fn records_to_csv(records: &[Value], columns: &[&str]) -> String {
    let mut out = columns.join(",");
    out.push_str("\r\n");
    for r in records {
        let cells: Vec<String> = columns
            .iter()
            .map(|c| match r.get(c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => csv_field(s),
                Some(other) => csv_field(&other.to_string()),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// CSV with a header row → records (objects of strings; empty cells left out). Unknown columns
/// are an error so a wrong file is not half-imported.
pub fn records_from_csv(text: &str, columns: &[&str]) -> Result<Vec<Value>, Msg> {
    let rows = parse_csv(text)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(reject(
            "CSV が空です。保存済みのデータは変更していません。",
            "The CSV is empty. Nothing saved was changed.",
        ));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    if let Some(bad) = header.iter().find(|h| !columns.contains(&h.as_str())) {
        return Err(reject(
            format!(
                "不明な列「{bad}」があります（使える列: {}）。保存済みのデータは変更していません。",
                columns.join(", ")
            ),
            format!("Unknown column \"{bad}\" (expected: {}). Nothing saved was changed.", columns.join(", ")),
        ));
    }
    let mut out = Vec::with_capacity(body.len());
    for (i, row) in body.iter().enumerate() {
        if row.len() > header.len() {
            return Err(reject(
                format!("{}行目の列が多すぎます。保存済みのデータは変更していません。", i + 2),
                format!("Row {} has too many columns. Nothing saved was changed.", i + 2),
            ));
        }
        let mut m = Map::new();
        for (h, cell) in header.iter().zip(row) {
            if !cell.trim().is_empty() {
                m.insert(h.clone(), Value::String(cell.trim().to_string()));
            }
        }
        out.push(Value::Object(m));
    }
    Ok(out)
}

// ───────────────────────────── import: read and checked whole ─────────────────────────────

/// An import that passed every check: the whole input to put in place of the page's, and what
/// to tell the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub input: Value,
    pub message: Msg,
}

const UNCHANGED_JA: &str = "保存済みのデータは変更していません。";
const UNCHANGED_EN: &str = "Nothing saved was changed.";

fn refuse(ja: String, en: String) -> Msg {
    Msg::new(format!("{ja}{UNCHANGED_JA}"), format!("{en} {UNCHANGED_EN}"))
}

/// Most problems named in one refusal (the rest are counted).
const NAMED: usize = 3;

/// Reads an imported file for the page of `schema` whole, and refuses it — changing nothing —
/// unless every part of it is good: a JSON document (as exported, or an older shape) or a CSV of
/// the `main` list; not empty of records; no list over its limit; no key that is no field; every
/// value readable as its field (a count as a count, a date as a date), each problem named by its
/// row and field in people's words. A CSV replaces only the `main` list of `current` (the page's
/// input as it is).
pub fn read_import(
    schema: &Schema,
    calculator: &str,
    main: &str,
    file_name: &str,
    text: &str,
    current: &Value,
) -> Result<Import, Msg> {
    let trimmed = text.trim_start_matches('\u{FEFF}').trim_start();
    let json =
        file_name.to_ascii_lowercase().ends_with(".json") || trimmed.starts_with('{') || trimmed.starts_with('[');
    let input = if json {
        let v = read_document(text, calculator, main)?;
        // An envelope without its version (`{"input": {...}}`) is read as its input.
        match v.as_object().map(|o| (o.len(), o.get("input"))) {
            Some((1, Some(inner @ Value::Object(_)))) if schema.get("input").is_none() => inner.clone(),
            _ => v,
        }
    } else {
        let columns: Vec<&str> =
            schema.rows(main).map(|r| r.fields.iter().map(|f| f.key).collect()).unwrap_or_default();
        let rows = records_from_csv(text, &columns)?;
        let mut only = Map::new();
        only.insert(main, Value::Array(rows));
        check_input(schema, &Value::Object(only.clone()), true)?;
        let mut whole = current.as_object().cloned().unwrap_or_default();
        whole.insert(main, only.get(main).cloned().unwrap_or(Value::Null));
        let input = Value::Object(whole);
        return Ok(Import { message: imported(schema, &input), input });
    };
    check_input(schema, &input, false)?;
    Ok(Import { message: imported(schema, &input), input })
}

/// The lists of `schema` with how many rows `input` holds in each.
fn list_counts<'s>(schema: &'s Schema, input: &Value) -> Vec<(&'s crate::schema::Field, &'static Rows, usize)> {
    schema
        .fields
        .iter()
        .filter_map(|f| match f.kind {
            Kind::Rows(rows) => {
                let n = input.get(f.key).and_then(Value::as_array).map_or(0, Vec::len);
                Some((f, rows, n))
            }
            _ => None,
        })
        .collect()
}

/// 「読み込みました（研修の記録 12件）。」
fn imported(schema: &Schema, input: &Value) -> Msg {
    let counts = list_counts(schema, input);
    let ja: Vec<String> = counts.iter().map(|(f, _, n)| format!("{} {}件", f.label.ja, group(*n as i64))).collect();
    let en: Vec<String> =
        counts.iter().map(|(f, _, n)| format!("{} — {} rows", f.label.en, group(*n as i64))).collect();
    Msg::new(format!("読み込みました（{}）。", ja.join("、")), format!("Imported ({}).", en.join("; ")))
}

/// The checks of [`read_import`] on the input a file holds (`csv`: its rows are a CSV's lines, the
/// header being line 1).
pub fn check_input(schema: &Schema, input: &Value, csv: bool) -> Result<(), Msg> {
    let Some(obj) = input.as_object() else {
        return Err(refuse("記録のファイルの形ではありません。".into(), "This is not a records file.".into()));
    };
    let unknown: Vec<&str> =
        obj.iter().filter(|(k, v)| schema.get(k).is_none() && !v.is_null()).map(|(k, _)| k).collect();
    if !unknown.is_empty() && unknown.len() == obj.iter().filter(|(_, v)| !v.is_null()).count() {
        let names = unknown.join(", ");
        return Err(refuse(
            format!("このページの記録の形ではありません（読み取れない項目: {names}）。"),
            format!("This is not a records file of this page (unknown: {names})."),
        ));
    }
    let counts = list_counts(schema, input);
    for (f, rows, n) in &counts {
        if *n > rows.max {
            return Err(refuse(
                format!(
                    "{}は{}件までです。このファイルには{}件あります。",
                    f.label.ja,
                    group(rows.max as i64),
                    group(*n as i64)
                ),
                format!(
                    "“{}” holds at most {} rows; this file has {}.",
                    f.label.en,
                    group(rows.max as i64),
                    group(*n as i64)
                ),
            ));
        }
    }
    if counts.iter().all(|(_, _, n)| *n == 0) && !counts.is_empty() {
        return Err(refuse("このファイルには記録が1件もありません。".into(), "This file holds no records.".into()));
    }
    let errors = crate::reader::check_values(schema.fields, input);
    if errors.is_empty() {
        return Ok(());
    }
    let lines: Vec<Msg> = errors.iter().take(NAMED).map(|e| problem(schema, e, csv)).collect();
    let more = errors.len().saturating_sub(NAMED);
    let (more_ja, more_en) = match more {
        0 => (String::new(), String::new()),
        n => (format!("（ほか{n}件）"), format!(" (and {n} more)")),
    };
    Err(refuse(
        format!(
            "読み込めない値があります: {}{more_ja}。",
            lines.iter().map(|m| m.ja.as_str()).collect::<Vec<_>>().join(" / ")
        ),
        format!(
            "Some values cannot be read: {}{more_en}.",
            lines.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join(" / ")
        ),
    ))
}

/// One problem of a file: its row and field in words (and its CSV line), then what is wrong.
fn problem(schema: &Schema, e: &crate::msg::FieldError, csv: bool) -> Msg {
    // A row that is no object at all is not a record (the reader's "an object" is no person's word).
    let row_itself = e.code == "wrong_type" && e.field.ends_with(']');
    let e = if row_itself {
        &crate::msg::FieldError::new(&e.field, &e.code, Msg::new("記録の形ではありません", "not a record"))
    } else {
        e
    };
    let line = crate::schema::error_line(schema.fields, e);
    let row = e.field.split_once('[').and_then(|(_, r)| r.split_once(']')).and_then(|(n, _)| n.parse::<usize>().ok());
    match (csv, row) {
        (true, Some(i)) => Msg::new(format!("{}行目 {}", i + 2, line.ja), format!("line {}, {}", i + 2, line.en)),
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn v(j: serde_json::Value) -> Value {
        Value::from(j)
    }

    #[test]
    fn documents_round_trip_and_old_shapes_upgrade() {
        let input = v(json!({"mode": "initial", "records": [{"date": "2024-01-01"}]}));
        let doc = document("pharmacist_credits", &input).to_string();
        assert_eq!(read_document(&doc, "pharmacist_credits", "records").unwrap(), input);
        // schema 0: a bare array of records
        let up = read_document(r#"[{"date":"2024-01-01"}]"#, "pharmacist_credits", "records").unwrap();
        assert_eq!(up, v(json!({"records": [{"date": "2024-01-01"}]})));
        // a bare input object
        assert_eq!(read_document(r#"{"mode":"renewal"}"#, "x", "records").unwrap(), v(json!({"mode": "renewal"})));
        // A syntax error names its line.
        assert!(read_document("{\n\"a\": [1,\n}", "x", "records").unwrap_err().en.contains("line 3"));
    }

    #[test]
    fn malformed_documents_are_rejected_whole() {
        for bad in [
            "{",
            "42",
            r#"[1,2]"#,
            r#"{"schema": 9, "input": {}}"#,
            r#"{"schema": 1}"#,
            r#"{"schema": 1, "calculator": "hctc", "input": {}}"#,
        ] {
            let e = read_document(bad, "pharmacist_credits", "records").unwrap_err();
            assert!(e.ja.contains("変更していません") && e.en.contains("Nothing saved"), "{bad}: {e:?}");
        }
    }

    #[test]
    fn csv_round_trips_quotes_commas_newlines_and_japanese() {
        let recs = vec![
            v(json!({"date": "2024-04-01", "kind": "collective", "minutes": 90, "title": "学会, \"秋\"\n2日目"})),
            v(json!({"date": "2024-05-01", "kind": "self_study", "lecturer": true})),
        ];
        let cols = ["date", "kind", "minutes", "lecturer", "title"];
        let text = records_to_csv(&recs, &cols);
        let back = records_from_csv(&text, &cols).unwrap();
        assert_eq!(back[0].get("title").and_then(Value::as_str), Some("学会, \"秋\"\n2日目"));
        assert_eq!(back[0].get("minutes").and_then(Value::as_str), Some("90"));
        assert_eq!(back[1].get("lecturer").and_then(Value::as_str), Some("true"));
        assert!(back[1].get("minutes").is_none());
        assert_eq!(back.len(), 2);
    }

    #[test]
    fn csv_with_bom_crlf_and_blank_lines_parses() {
        let t = "\u{FEFF}date,kind\r\n2024-01-01,internet\r\n\r\n";
        let back = records_from_csv(t, &["date", "kind"]).unwrap();
        assert_eq!(back, vec![v(json!({"date": "2024-01-01", "kind": "internet"}))]);
    }

    #[test]
    fn bad_csv_is_rejected_with_a_reason() {
        assert!(records_from_csv("", &["date"]).is_err());
        assert!(records_from_csv("date,colour\n1,2", &["date"]).unwrap_err().en.contains("colour"));
        assert!(records_from_csv("date\n\"open", &["date"]).unwrap_err().en.contains("Unclosed"));
        assert!(records_from_csv("date\n1,2", &["date"]).unwrap_err().en.contains("too many"));
    }
}
