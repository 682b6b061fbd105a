//! Messages and field errors: every text a user reads comes in Japanese and English.
//!
//! The bottom floor of the crate: it imports nothing from it.

use serde::Serialize;

/// A message in both languages, built at run time (numbers filled in). Japanese first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Msg {
    pub ja: String,
    pub en: String,
}

impl Msg {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg { ja: ja.into(), en: en.into() }
    }

    pub fn get(&self, lang_en: bool) -> &str {
        if lang_en {
            &self.en
        } else {
            &self.ja
        }
    }
}

/// A fixed text in both languages (labels, help, choice names): a constant, so schemas and tables
/// can hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(ja: &'static str, en: &'static str) -> Text {
        Text { ja, en }
    }

    /// No text (a field without help).
    pub const EMPTY: Text = Text { ja: "", en: "" };

    pub fn is_empty(&self) -> bool {
        self.ja.is_empty()
    }

    pub fn get(&self, lang_en: bool) -> &'static str {
        if lang_en {
            self.en
        } else {
            self.ja
        }
    }

    pub fn msg(&self) -> Msg {
        Msg::new(self.ja, self.en)
    }
}

impl From<Text> for Msg {
    fn from(t: Text) -> Msg {
        t.msg()
    }
}

/// An error tied to an input field (`donors_screened`, `records[2].date`, `as_of`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: Msg,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: Msg) -> FieldError {
        FieldError { field: field.into(), code: code.into(), message }
    }

    /// An error of the calculator itself rather than of the input (reported, never a panic).
    pub fn internal(what: &str) -> FieldError {
        FieldError::new(
            "result",
            "internal",
            Msg::new(format!("内部エラー: {what}"), format!("Internal error: {what}")),
        )
    }
}

pub type Errors = Vec<FieldError>;
