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

/// The language to show: English on an English address (`/en/…`, `links`), else the one chosen
/// on an earlier visit, else Japanese. (A Japanese address with English chosen is moved to the
/// English one, by the page's loader before the app and by `show_lang` after it.)
pub fn initial_lang() -> Lang {
    if crate::links::address_lang() == Some(Lang::En) {
        return Lang::En;
    }
    match crate::storage::get(STORAGE_KEY).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Ja,
    }
}

/// The person's choice: shown, kept for later visits, and the address moved to the page's
/// address in that language.
pub fn set_lang(lang: Lang) {
    let _ = crate::storage::set(STORAGE_KEY, lang.code());
    show_lang(use_lang_signal(), lang);
}

/// Shows `lang` without storing it: the signal, `<html lang>` (screen readers, fonts) and the
/// address.
pub fn show_lang(signal: RwSignal<Lang>, lang: Lang) {
    if signal.get_untracked() != lang {
        signal.set(lang);
    }
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
    crate::links::show_lang_in_address(lang);
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
