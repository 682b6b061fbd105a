//! The build step that makes every route readable before (and without) the wasm: each page of the
//! site rendered natively from the same Leptos views as the app, written as
//! `DIST/<route>/index.html` (the home page as `DIST/index.html`) in Japanese and
//! `DIST/en/<route>/index.html` in English, around the built shell, so the page's loader and CSS
//! tags stay as they are.
//!
//! `prerender DIST [ORIGIN]` after `tools/split.mjs DIST` and before `tools/postbuild.mjs DIST`
//! (Makefile `release_site`), which adds the CSP to every page and lists them for the service
//! worker. ORIGIN (e.g. `https://example.org`) makes the canonical, hreflang and Open Graph
//! addresses absolute; without it they are paths below the site's base. The shell (Trunk's index.html) is
//! kept as `DIST/404.html` and read from there on a second run, so running the step twice gives
//! the same pages.
//!
//! A page shows what a first visit shows: no query, no saved records, the start values of the
//! form, and "today" as the build's day in Japan (`SOURCE_DATE_EPOCH` if set). The app starts on
//! the first use of the form (the loader, tools/split.mjs), renders the page again beside this one
//! and takes its place (`calc_web::start`).

use calc_web::i18n::Lang;
use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dist) = args.next() else {
        eprintln!("usage: prerender DIST_DIR [ORIGIN]");
        std::process::exit(2);
    };
    let origin = args.next().unwrap_or_default();
    if let Err(e) = run(Path::new(&dist), origin.trim_end_matches('/')) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run(dist: &Path, origin: &str) -> Result<(), String> {
    // The shell is kept as 404.html, what static hosts answer for an unknown address: the app
    // starts there at once and shows the page the address names, or "not found".
    let kept = dist.join("404.html");
    let shell_path = if kept.exists() { kept.clone() } else { dist.join("index.html") };
    let shell = std::fs::read_to_string(&shell_path).map_err(|e| format!("{}: {e}", shell_path.display()))?;
    if shell.contains("<div id=\"app\" data-prerendered") {
        return Err(format!("{} is a prerendered page, not the shell: build again", shell_path.display()));
    }
    if !kept.exists() {
        std::fs::write(&kept, &shell).map_err(|e| format!("{}: {e}", kept.display()))?;
    }
    let public_url = attr_of(&shell, "<base ", "href").ok_or("the shell has no <base href>")?;
    calc_web::links::set_base(&public_url);
    // One day for every page, even if the build runs past midnight.
    let day = build_day();
    calc_web::url_state::set_today(&day);
    for route in calc_web::routes() {
        let route = route.as_str();
        for lang in [Lang::Ja, Lang::En] {
            let page = Page { route, lang };
            let _ = calc_web::url_state::take_today_used();
            let body = calc_web::render_page(route, lang).ok_or_else(|| format!("no page at {route}"))?;
            let dated = Dated {
                today: calc_web::url_state::take_today_used().then(|| day.clone()),
                rules: body.contains("-as_of\" type=\"date\"").then(|| rules_span(&day)).transpose()?,
                built: day.clone(),
            };
            let html = page_html(&shell, &page, &body, origin, &dated)?;
            write_page(dist, &page, &html)?;
        }
    }
    Ok(())
}

/// A route in one language: one file and one address.
struct Page<'a> {
    route: &'a str,
    lang: Lang,
}

impl Page<'_> {
    /// The page's address below ORIGIN, with the trailing slash hosts serve a directory's
    /// index.html at: `/sub/path/en/jmdp/fees/`.
    fn url(&self, lang: Lang, origin: &str) -> String {
        let path = calc_web::links::lang_href(lang, self.route);
        let path = if path.ends_with('/') { path } else { format!("{path}/") };
        format!("{origin}{path}")
    }
}

/// Writes `DIST/<route>/index.html`, the English page as `DIST/en/<route>/index.html`.
fn write_page(dist: &Path, page: &Page, html: &str) -> Result<(), String> {
    let below = format!("{}{}", calc_web::links::lang_prefix(page.lang), page.route);
    let dir = dist.join(below.trim_start_matches('/'));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let file = dir.join("index.html");
    std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("prerender: {} ({} bytes)", file.display(), html.len());
    Ok(())
}

/// The build's day in Japan (UTC+9), as YYYY-MM-DD: `SOURCE_DATE_EPOCH` (reproducible builds) or now.
fn build_day() -> String {
    let secs =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            i64::try_from(now.as_secs()).unwrap_or(0)
        });
    calc_core::Date::from_days((secs + 9 * 3600).div_euclid(86_400)).to_string()
}

/// What of a page depends on the day it was built (its loader reads it, tools/split.mjs).
struct Dated {
    /// The build's day.
    built: String,
    /// The build's day, when the page shows something that depends on the day itself (the
    /// pharmacist's application date): the loader starts the app at once on any other day.
    today: Option<String>,
    /// With a 基準日 (as-of) field: the first and last day on which every rule has the version it
    /// has on the build's day, within its calendar year. On those days the loader only moves the
    /// field to the visitor's day (a visitor's day may also be behind the build's, in another
    /// time zone); on any other, the app starts at once.
    rules: Option<(String, String)>,
}

/// The days around `day` on which no rule changes (a version starting or ending), within `day`'s
/// calendar year, the period of 医療費控除 and of the year plan.
fn rules_span(day: &str) -> Result<(String, String), String> {
    let d = calc_core::Date::parse(day).ok_or_else(|| format!("not a date: {day}"))?;
    let year_start = calc_core::Date::new(d.year, 1, 1).ok_or("no year start")?;
    let year_end = calc_core::Date::new(d.year, 12, 31).ok_or("no year end")?;
    // The first day of each version, and the day after each version's last.
    let changes: Vec<calc_core::Date> = calc_core::registry::all_tables()
        .iter()
        .flat_map(|t| t.iter())
        .flat_map(|p| [Some(p.from), p.until.map(|u| u.add_days(1))])
        .flatten()
        .collect();
    let first = changes.iter().copied().filter(|c| *c <= d).max().filter(|f| *f > year_start).unwrap_or(year_start);
    let next = changes.iter().copied().filter(|c| *c > d).min();
    let last = next.map(|n| n.add_days(-1)).filter(|l| *l < year_end).unwrap_or(year_end);
    Ok((first.to_string(), last.to_string()))
}

/// The value of `name` on the first tag that starts with `tag` (e.g. `<base `).
fn attr_of(html: &str, tag: &str, name: &str) -> Option<String> {
    let start = html.find(tag)?;
    let end = start + html[start..].find('>')?;
    let el = &html[start..end];
    let key = format!("{name}=\"");
    let from = el.find(&key)? + key.len();
    Some(el[from..].split('"').next()?.to_string())
}

/// The inner text of the first element that starts with `open` in `html` (tags removed).
fn text_of(html: &str, open: &str, close: &str) -> Option<String> {
    let start = html.find(open)? + open.len();
    let inner = &html[start..start + html[start..].find(close)?];
    let mut out = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    Some(out.trim().to_string())
}

/// `s` safe inside a double-quoted attribute (the texts come from views, already escaped for
/// text content by Leptos, so only quotes remain to escape).
fn attr_escape(s: &str) -> String {
    s.replace('"', "&quot;")
}

/// The half of a shell text written "日本語 / English" for `lang`.
fn half(text: &str, lang: Lang) -> &str {
    match text.split_once(" / ") {
        Some((ja, en)) => lang.t(ja, en),
        None => text,
    }
}

/// The shell with this page's head (title, description, canonical, Open Graph, hreflang) and
/// its rendered body inside `#app` in place of the loading line, in the page's language.
fn page_html(shell: &str, page: &Page, body: &str, origin: &str, dated: &Dated) -> Result<String, String> {
    let lang = page.lang;
    let info = calc_web::PAGES.iter().find(|p| p.path == page.route);
    let site_title = text_of(shell, "<title>", "</title>").ok_or("the shell has no <title>")?;
    // The shell's title is "日本語 / English": the site's name in each language.
    let site = half(&site_title, lang);
    let title = match calc_web::page_name(page.route, lang) {
        Some(name) => format!("{name} | {site}"),
        None => site.to_string(),
    };
    // The page's own lead (PageHead) describes it; the home page's lead likewise.
    let description = text_of(body, "<p class=\"lead\">", "</p>")
        .filter(|d| !d.is_empty())
        .or_else(|| info.map(|p| lang.t(p.desc_ja, p.desc_en).to_string()))
        .unwrap_or_default();
    let url = page.url(lang, origin);
    let (ja, en) = (page.url(Lang::Ja, origin), page.url(Lang::En, origin));
    let (locale, other) = if lang.is_en() { ("en_US", "ja_JP") } else { ("ja_JP", "en_US") };
    let mut head = String::new();
    head.push_str(&format!("<title>{title}</title>\n"));
    head.push_str(&format!("  <meta name=\"description\" content=\"{}\">\n", attr_escape(&description)));
    head.push_str(&format!("  <link rel=\"canonical\" href=\"{url}\">\n"));
    head.push_str(&format!("  <link rel=\"alternate\" hreflang=\"ja\" href=\"{ja}\">\n"));
    head.push_str(&format!("  <link rel=\"alternate\" hreflang=\"en\" href=\"{en}\">\n"));
    head.push_str(&format!("  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{ja}\">\n"));
    head.push_str("  <meta property=\"og:type\" content=\"website\">\n");
    head.push_str(&format!("  <meta property=\"og:locale\" content=\"{locale}\">\n"));
    head.push_str(&format!("  <meta property=\"og:locale:alternate\" content=\"{other}\">\n"));
    head.push_str(&format!("  <meta property=\"og:site_name\" content=\"{}\">\n", attr_escape(site)));
    head.push_str(&format!("  <meta property=\"og:title\" content=\"{}\">\n", attr_escape(&title)));
    head.push_str(&format!("  <meta property=\"og:description\" content=\"{}\">\n", attr_escape(&description)));
    // og:url must be absolute: only with ORIGIN.
    if !origin.is_empty() {
        head.push_str(&format!("  <meta property=\"og:url\" content=\"{url}\">\n"));
    }
    let html = replace_between(shell, "<meta name=\"description\"", ">", "")?;
    let html = replace_between(&html, "<title>", "</title>", head.trim_end())?;
    // Leptos marks text boundaries with empty comments for hydration; this page is not hydrated.
    let body = body.replace("<!>", "");
    let html = replace_between(&html, "<p class=\"loading\">", "</p>", &body)?;
    let html = replace_between(&html, "<html", ">", &format!("<html lang=\"{}\">", lang.code()))?;
    // With JavaScript off, the note says so in the page's language only.
    let noscript = text_of(&html, "<p class=\"noscript\">", "</p>").ok_or("the shell has no noscript note")?;
    let html = replace_between(
        &html,
        "<p class=\"noscript\">",
        "</p>",
        &format!("<p class=\"noscript\">{}</p>", half(&noscript, lang)),
    )?;
    // Marks the page as not yet the app's: `calc_web::start` removes the mark when it takes over.
    let mut marks = String::new();
    if let Some(d) = &dated.today {
        marks.push_str(&format!(" data-today=\"{d}\""));
    }
    if let Some((from, until)) = &dated.rules {
        marks.push_str(&format!(
            " data-built=\"{}\" data-rules-from=\"{from}\" data-rules-until=\"{until}\"",
            dated.built
        ));
    }
    replace_between(&html, "<div id=\"app\"", ">", &format!("<div id=\"app\" data-prerendered{marks}>"))
}

/// `html` with the first span from `open` to the next `close` (both included) replaced by `with`.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("the shell has no {open}"))?;
    let end = start + html[start..].find(close).ok_or_else(|| format!("no {close} after {open}"))? + close.len();
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}
