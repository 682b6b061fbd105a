//! localStorage that may be missing (private mode, disabled, quota): every call reports
//! failure instead of throwing, and the page keeps working without persistence.

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The prerendered page (native, no browser) is a first visit: storage that works and is empty.
#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<web_sys::Storage> {
    None
}

pub fn available() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return true;
    }
    let Some(s) = local() else { return false };
    let probe = "calc.__probe";
    s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok()
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// `Err` with a bilingual reason when the value could not be saved.
pub fn set(key: &str, value: &str) -> Result<(), calc_core::Msg> {
    let Some(s) = local() else {
        return Err(calc_core::Msg::new(
            "この端末ではブラウザへの保存が使えません（プライベートモード等）。入力は保存されません。",
            "Browser storage is unavailable (private mode?). Your entries will not be saved.",
        ));
    };
    s.set_item(key, value).map_err(|_| {
        calc_core::Msg::new(
            "保存できませんでした（容量不足の可能性）。エクスポートで控えを取ってください。",
            "Could not save (storage full?). Export a copy to keep your entries.",
        )
    })
}
