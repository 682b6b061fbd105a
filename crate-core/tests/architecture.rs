//! The shape of crate-core, checked: its modules are floors, each importing only from the floors
//! below it (so there is no import cycle anywhere), the calculators under `rules/` import one
//! another without a cycle, and no file or function grows past what a reader can hold.

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
