//! The shape of crate-core, checked: its modules are floors, each importing only from the floors
//! below it, the calculators under `rules/` import one another without a cycle, no two files of
//! the crate import each other (directly or round a longer loop: a file's shared types go in a
//! small module both import), and no file or function grows past what a reader can hold.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Bottom to top. A module may use only the modules before it (`rules` also uses `rules`).
const FLOORS: &[&str] = &[
    "msg",
    "text",
    "value",
    "date",
    "sources",
    "money",
    "parse",
    "params",
    "schema",
    "reader",
    "explain",
    "records",
    "calculator",
    "test_support",
    "rules",
    "registry",
    "api",
    "lib",
];

/// Longest source file, in lines (the issue "Declare each calculator once").
const MAX_FILE_LINES: usize = 900;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `rules/jmdp/fees/logic.rs` → ["rules", "jmdp", "fees", "logic"]; `mod.rs` names its folder.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs").to_string();
    if stem != "mod" {
        parts.push(stem);
    }
    parts
}

/// The code of a file without comments (doc comments mention modules too).
fn code(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every `crate::a::b::…` path the code names, as its segments.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        if i > 0 && code[..i].ends_with('$') {
            // `$crate::` inside a macro: the macro's own floor is checked where it is defined.
        }
        let rest = &code[i + "crate::".len()..];
        let segs: Vec<String> = rest
            .split("::")
            .map(|s| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
            .take_while(|s| !s.is_empty())
            .collect();
        if !segs.is_empty() {
            out.push(segs);
        }
        // `crate::a::{b, c}`: the group's members are paths too.
        let after: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        if rest[after.len()..].starts_with('{') {
            let group: String = rest[after.len() + 1..].chars().take_while(|c| *c != '}').collect();
            let base: Vec<String> = after.trim_end_matches(':').split("::").map(String::from).collect();
            for item in group.split(',') {
                let item = item.trim();
                if let Some(first) = item
                    .split("::")
                    .next()
                    .filter(|f| !f.is_empty() && f.chars().all(|c| c.is_alphanumeric() || c == '_'))
                {
                    let mut p = base.clone();
                    p.push(first.to_string());
                    out.push(p);
                }
            }
        }
    }
    out
}

fn floor(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| *f == module)
}

#[test]
fn modules_import_only_from_floors_below() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&root).unwrap();
        let module = module_path(rel);
        let own = if module.is_empty() { "lib".to_string() } else { module[0].clone() };
        let Some(own_floor) = floor(&own) else {
            problems.push(format!("{}: module {own} is on no floor (add it to FLOORS)", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for path in crate_paths(&code(&text)) {
            let target = &path[0];
            let Some(target_floor) = floor(target) else { continue };
            let same_floor_ok = target_floor == own_floor && (own == "rules" || own == "lib");
            if target_floor > own_floor || (target_floor == own_floor && !same_floor_ok && target != &own) {
                problems.push(format!(
                    "{}: {own} (floor {own_floor}) uses crate::{target} (floor {target_floor})",
                    rel.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "imports that go up a floor:\n{}", problems.join("\n"));
}

/// A calculator's module under `rules/` as `family::name` (`jmdp::fees`).
fn calculator_of(module: &[String]) -> Option<String> {
    (module.len() >= 3 && module[0] == "rules").then(|| format!("{}::{}", module[1], module[2]))
}

#[test]
fn calculators_import_one_another_without_a_cycle() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_path(file.strip_prefix(&root).unwrap());
        let Some(from) = calculator_of(&module) else { continue };
        let text = code(&std::fs::read_to_string(file).unwrap());
        let mut targets: Vec<Vec<String>> = crate_paths(&text).into_iter().filter(|p| p[0] == "rules").collect();
        // `super::exemption` from `rules/jmdp/fees.rs` (a file) or `super::super::…` from a folder.
        for (i, _) in text.match_indices("super::") {
            if text[..i].ends_with("super::") {
                continue; // the rest of a `super::super::` chain
            }
            let mut rest = &text[i..];
            let mut ups = 0;
            while let Some(r) = rest.strip_prefix("super::") {
                ups += 1;
                rest = r;
            }
            let tail: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            // `super` is the module's parent (`module_path` names `mod.rs` by its folder).
            let mut p: Vec<String> = module[..module.len().saturating_sub(ups)].to_vec();
            p.push(tail);
            targets.push(p);
        }
        for t in targets {
            if let Some(to) = calculator_of(&t) {
                if to != from {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    // The checker sees real imports: the fees use the exemption's rate.
    assert!(edges.get("jmdp::fees").is_some_and(|t| t.contains("jmdp::exemption")), "{edges:?}");
    // Depth-first search for a back edge.
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == n) {
            return Some(stack[i..].to_vec());
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(cycle) = visit(m, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        if let Some(cycle) = visit(n, &edges, &mut Vec::new(), &mut done) {
            panic!("calculators import in a cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn no_source_file_is_over_the_limit() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        let lines = std::fs::read_to_string(file).unwrap().lines().count();
        if lines > MAX_FILE_LINES {
            long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines:\n{}", long.join("\n"));
}

#[test]
fn the_checker_sees_paths() {
    let paths = crate_paths("use crate::msg::{Msg, Text};\nlet x = crate::rules::jmdp::fees::TYPED;");
    assert!(paths.contains(&vec!["msg".to_string(), "Msg".to_string()]));
    assert!(paths.contains(&vec!["rules".to_string(), "jmdp".to_string(), "fees".to_string(), "TYPED".to_string()]));
}

/// The code without comments, string and char literals (their text blanked, so a brace or a
/// `super::` inside a string is not code), lines kept.
fn bare_code(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && (i == 0 || !is_ident(b[i - 1])) {
            // A raw string r"…" / r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                out.push(blank(b[j]));
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' && next.is_some() && b.get(i + 2) == Some(&'\'') {
            out.push_str("' '");
            i += 3;
        } else if c == '\'' && next == Some('\\') {
            // An escaped char literal ('\n', '\u{0}').
            let mut j = i + 2;
            while j < b.len() && b[j] != '\'' {
                j += 1;
            }
            out.push_str("' '");
            i = j + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The spans of the inline modules of a file (`mod tests { … }`, `pub mod month { … }`): a
/// `super::` inside one names the file's own module.
fn inline_modules(code: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let bytes = code.as_bytes();
    for (i, _) in code.match_indices("mod ") {
        if i > 0 && is_ident(code[..i].chars().last().unwrap_or(' ')) {
            continue;
        }
        let rest = &code[i + 4..];
        let name: String = rest.trim_start().chars().take_while(|c| is_ident(*c)).collect();
        let after = rest.trim_start()[name.len()..].trim_start();
        if name.is_empty() || !after.starts_with('{') {
            continue;
        }
        let open = code.len() - after.len();
        let mut depth = 0;
        for (j, b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        spans.push((open, j));
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    spans
}

/// The segments of the path that starts at byte `at` (`a::b::{c, d::e}` gives `[a, b, c]` and
/// `[a, b, d]`; `self` in a group names the group's base).
fn paths_at(code: &str, at: usize) -> Vec<Vec<String>> {
    let rest = &code[at..];
    let head: String = rest.chars().take_while(|c| is_ident(*c) || *c == ':').collect();
    let base: Vec<String> = head.split("::").filter(|s| !s.is_empty()).map(String::from).collect();
    let tail = &rest[head.len()..];
    if !(head.is_empty() || head.ends_with("::")) || !tail.starts_with('{') {
        return vec![base];
    }
    // One level of grouping, nested groups by their first segment.
    let mut depth = 0;
    let mut item = String::new();
    let mut items = Vec::new();
    for c in tail.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    continue;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(std::mem::take(&mut item));
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(std::mem::take(&mut item));
                continue;
            }
            _ => {}
        }
        if depth >= 1 {
            item.push(c);
        }
    }
    let mut out = Vec::new();
    for it in items {
        let first: String = it.trim().chars().take_while(|c| is_ident(*c)).collect();
        let mut p = base.clone();
        if !first.is_empty() && first != "self" {
            p.push(first);
        }
        out.push(p);
    }
    out
}

/// The file a module path names: the deepest `a.rs` / `a/mod.rs` along it (an item's path, such as
/// `rules::jmdp::fees::TYPED`, names the file that holds the item).
fn file_of(root: &Path, module: &[String]) -> Option<PathBuf> {
    let mut dir = root.to_path_buf();
    let mut found = None;
    for seg in module {
        let file = dir.join(format!("{seg}.rs"));
        let folder = dir.join(seg);
        if file.is_file() {
            found = Some(file);
        } else if folder.join("mod.rs").is_file() {
            found = Some(folder.join("mod.rs"));
        } else {
            break;
        }
        dir = folder;
    }
    found
}

/// How many `super::` a path starts with.
fn super_count(mut rest: &str) -> usize {
    let mut n = 0;
    while let Some(r) = rest.strip_prefix("super::") {
        n += 1;
        rest = r;
    }
    n
}

/// The files of crate-core a file imports: `crate::…`, `super::…`, `self::…` and, in a `mod.rs` or
/// `lib.rs`, a path that starts with one of its own submodules (`pub use logic::compute`).
fn file_imports(root: &Path, file: &Path) -> BTreeSet<PathBuf> {
    let rel = file.strip_prefix(root).unwrap();
    // `lib.rs` is the crate's root module.
    let module = if rel.as_os_str() == "lib.rs" { Vec::new() } else { module_path(rel) };
    let code = bare_code(&std::fs::read_to_string(file).unwrap());
    let inline = inline_modules(&code);
    let holder = file.parent().unwrap();
    let is_dir_module = file.file_name().is_some_and(|n| n == "mod.rs") || rel.as_os_str() == "lib.rs";
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let prev = code[..i].chars().last().unwrap_or(' ');
        let word: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        if word.is_empty() || is_ident(prev) || prev == '$' && word != "crate" {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let next_is_path = rest[word.len()..].starts_with("::");
        if next_is_path && prev != ':' {
            let base: Option<Vec<String>> = match word.as_str() {
                "crate" => Some(Vec::new()),
                "self" => Some(module.clone()),
                "super" => {
                    let inside = inline.iter().filter(|(a, b)| *a < i && i < *b).count();
                    let ups = super_count(rest).saturating_sub(inside);
                    Some(module[..module.len().saturating_sub(ups)].to_vec())
                }
                w if is_dir_module
                    && prev != ':'
                    && (holder.join(format!("{w}.rs")).is_file() || holder.join(w).join("mod.rs").is_file()) =>
                {
                    Some(module.clone())
                }
                _ => None,
            };
            if let Some(base) = base {
                let skip = match word.as_str() {
                    "crate" | "self" => word.len() + 2,
                    "super" => super_count(rest) * "super::".len(),
                    _ => 0,
                };
                for p in paths_at(&code, i + skip) {
                    let mut full = base.clone();
                    full.extend(p);
                    if let Some(f) = file_of(root, &full) {
                        if f != file {
                            out.insert(f);
                        }
                    }
                }
            }
        }
        i += word.len().max(1);
    }
    out
}

/// A loop of imports among `edges`, if any (depth first; the loop's files in order).
fn file_cycle(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    fn visit(
        n: &PathBuf,
        edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        stack: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
        found: &mut Vec<Vec<PathBuf>>,
    ) {
        if let Some(i) = stack.iter().position(|s| s == n) {
            found.push(stack[i..].to_vec());
            return;
        }
        if done.contains(n) {
            return;
        }
        stack.push(n.clone());
        for m in edges.get(n).into_iter().flatten() {
            visit(m, edges, stack, done, found);
        }
        stack.pop();
        done.insert(n.clone());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        visit(n, edges, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

/// The import graph of every file of the crate.
fn file_graph(root: &Path) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files.iter().map(|f| (f.clone(), file_imports(root, f))).collect()
}

#[test]
fn no_two_files_import_each_other() {
    let root = src();
    let edges = file_graph(&root);
    // The checker sees real imports, of each kind it reads.
    let rel = |p: &str| root.join(p);
    let imports = |from: &str, to: &str| edges.get(&rel(from)).is_some_and(|t| t.contains(&rel(to)));
    assert!(imports("rules/jmdp/fees/logic.rs", "rules/jmdp/fees/params.rs"), "super::params");
    assert!(imports("rules/jmdp/fees/mod.rs", "rules/jmdp/fees/logic.rs"), "pub use logic::…");
    assert!(imports("rules/jmdp/fees/logic.rs", "rules/jmdp/exemption/mod.rs"), "crate::rules::jmdp::exemption");
    assert!(imports("lib.rs", "api.rs"), "lib's own modules");
    let cycles: Vec<String> = file_cycle(&edges)
        .into_iter()
        .map(|c| {
            let names: Vec<String> =
                c.iter().chain(c.first()).map(|p| p.strip_prefix(&root).unwrap().display().to_string()).collect();
            names.join(" → ")
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "files that import each other (move what both need into a module both import):\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_file_checker_reads_what_rust_reads() {
    let code = bare_code("let s = \"super::x { \"; // super::y\nuse super::{a, b::C, self as me};\n");
    assert!(!code.contains("super::x") && !code.contains("super::y"), "{code}");
    let at = code.find("super::").unwrap() + "super::".len();
    assert_eq!(paths_at(&code, at), vec![vec!["a".to_string()], vec!["b".to_string()], vec![]]);
    let code = "fn f() {}\nmod tests { use super::*; }";
    assert_eq!(inline_modules(code), vec![(code.rfind('{').unwrap(), code.len() - 1)]);
    // A loop of two files, and one of three, are both found.
    let p = |s: &str| PathBuf::from(s);
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    edges.entry(p("a.rs")).or_default().insert(p("b.rs"));
    edges.entry(p("b.rs")).or_default().insert(p("a.rs"));
    assert_eq!(file_cycle(&edges), vec![vec![p("a.rs"), p("b.rs")]]);
    edges.get_mut(&p("b.rs")).unwrap().clear();
    edges.entry(p("b.rs")).or_default().insert(p("c.rs"));
    edges.entry(p("c.rs")).or_default().insert(p("a.rs"));
    assert_eq!(file_cycle(&edges).len(), 1);
    edges.get_mut(&p("c.rs")).unwrap().clear();
    assert!(file_cycle(&edges).is_empty());
}
