//! Japanese first, English second. The choice persists in localStorage.

use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
    pub fn is_en(self) -> bool {
        self == Lang::En
    }
    /// Picks the string for this language.
    pub fn t<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        if self.is_en() {
            en
        } else {
            ja
        }
    }
}

const STORAGE_KEY: &str = "calc.lang";

/// The app-wide language signal.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

pub fn initial_lang() -> Lang {
    match crate::storage::get(STORAGE_KEY).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Ja,
    }
}

pub fn set_lang(lang: Lang) {
    use_lang_signal().set(lang);
    let _ = crate::storage::set(STORAGE_KEY, lang.code());
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
}

pub fn use_lang_signal() -> RwSignal<Lang> {
    expect_context::<LangCtx>().0
}

/// The current language (tracked: call inside a reactive closure).
pub fn lang() -> Lang {
    use_lang_signal().get()
}

/// A reactive text: `{tr("日本語", "English")}` inside `view!`.
pub fn tr(ja: &'static str, en: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let sig = use_lang_signal();
    move || sig.get().t(ja, en)
}

/// A core message in the current language.
pub fn msg(m: &calc_core::Msg) -> String {
    m.get(lang().is_en()).to_string()
}
