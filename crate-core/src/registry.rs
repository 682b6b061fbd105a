//! The one list of calculators: their ids, their entry points and every parameter table. The JSON
//! API and the rules page read it; a page reads only its own calculator (so it does not load all).

use crate::calculator::Calculator;
use crate::params::Param;
use crate::rules::{advanced, certification, insurance, jmdp, patient, pharmacist, tax};

/// Public calculator ids (part of the contract: add freely, rename none).
pub const CALCULATORS: &[Calculator] = &[
    jmdp::fees::CALCULATOR,
    jmdp::exemption::CALCULATOR,
    jmdp::split::CALCULATOR,
    jmdp::overview::CALCULATOR,
    advanced::burden::CALCULATOR,
    advanced::cost_basis::CALCULATOR,
    pharmacist::credits::CALCULATOR,
    certification::hctc::CALCULATOR,
    certification::cell_therapy::CALCULATOR,
    insurance::high_cost::CALCULATOR,
    tax::medical_deduction::CALCULATOR,
    patient::year::CALCULATOR,
];

/// The calculators' ids alone: listing them must not reference (and so load) every calculator.
pub const IDS: [&str; 12] = [
    "jmdp_fees",
    "jmdp_exemption",
    "reimbursement_split",
    "patient_overview",
    "advanced_care_burden",
    "advanced_care_cost_basis",
    "pharmacist_credits",
    "hctc",
    "cell_therapy_manager",
    "high_cost",
    "medical_deduction",
    "patient_year",
];

pub fn find(id: &str) -> Option<&'static Calculator> {
    CALCULATORS.iter().find(|c| c.id == id)
}

/// Every parameter table, for listing the rules in force.
pub const TABLES: &[&[Param]] = &[
    jmdp::fees::PARAMS,
    jmdp::exemption::PARAMS,
    jmdp::split::PARAMS,
    jmdp::overview::PARAMS,
    advanced::burden::PARAMS,
    advanced::cost_basis::PARAMS,
    pharmacist::credits::PARAMS,
    certification::hctc::PARAMS,
    certification::cell_therapy::PARAMS,
    insurance::high_cost::PARAMS,
    tax::medical_deduction::PARAMS,
    patient::year::PARAMS,
    insurance::sick_pay::PARAMS,
    insurance::public_aid::PARAMS,
];

/// A calculator's id and the tables its rules read (its own first).
pub struct Reads {
    pub id: &'static str,
    pub tables: &'static [&'static [Param]],
}

const fn reads(c: &Calculator) -> Reads {
    Reads { id: c.id, tables: c.tables }
}

/// Which tables each calculator reads, in the order of [`IDS`]: the rules page tells which
/// calculators use a document from it. Only the tables are kept (no calculator's code is loaded).
pub const USES: [Reads; 12] = [
    reads(&jmdp::fees::CALCULATOR),
    reads(&jmdp::exemption::CALCULATOR),
    reads(&jmdp::split::CALCULATOR),
    reads(&jmdp::overview::CALCULATOR),
    reads(&advanced::burden::CALCULATOR),
    reads(&advanced::cost_basis::CALCULATOR),
    reads(&pharmacist::credits::CALCULATOR),
    reads(&certification::hctc::CALCULATOR),
    reads(&certification::cell_therapy::CALCULATOR),
    reads(&insurance::high_cost::CALCULATOR),
    reads(&tax::medical_deduction::CALCULATOR),
    reads(&patient::year::CALCULATOR),
];

/// The ids of the calculators whose rules read a row citing `doc`, in the order of [`IDS`].
pub fn users_of(doc: &crate::sources::Doc) -> Vec<&'static str> {
    USES.iter()
        .filter(|u| u.tables.iter().flat_map(|t| t.iter()).any(|p| std::ptr::eq(p.source.doc, doc)))
        .map(|u| u.id)
        .collect()
}

/// Every rule family's table, for the "rules in force" listing.
pub fn all_tables() -> &'static [&'static [Param]] {
    TABLES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{ymd, Date};
    use crate::sources::{
        About, Doc, ADVANCED_FORMS, CELL_THERAPY_QA, DOCS, ENTERED, HCTC_BYLAWS, JMDP_GUIDE, PHARMACIST_GUIDELINES,
    };

    #[test]
    fn ids_are_the_calculators_in_order() {
        let ids: Vec<&str> = CALCULATORS.iter().map(|c| c.id).collect();
        assert_eq!(ids, IDS);
        // `USES` lists the same calculators with the same tables (a new calculator is added there too).
        assert_eq!(USES.iter().map(|u| u.id).collect::<Vec<_>>(), IDS);
        for (u, c) in USES.iter().zip(CALCULATORS) {
            assert!(std::ptr::eq(u.tables, c.tables), "{}", u.id);
        }
        assert_eq!(
            users_of(&JMDP_GUIDE),
            ["jmdp_fees", "jmdp_exemption", "reimbursement_split", "patient_overview", "patient_year"]
        );
    }

    #[test]
    fn every_param_is_cited_labelled_and_versions_do_not_overlap() {
        let mut n = 0;
        for table in all_tables() {
            for p in table.iter() {
                n += 1;
                let c = p.source;
                assert!(c.doc.about().is_some(), "{} cites a document not in DOCS", p.id);
                assert!(!c.section.trim().is_empty(), "{} cites no section", p.id);
                // A document with page numbers is cited with the page; one without, with none.
                assert_eq!(c.page.is_some(), c.doc.paged, "{}: page {:?} in {}", p.id, c.page, c.doc.id);
                // A figure from the five source documents cites one of them; a figure from outside
                // them carries its own source and a confidence.
                let from_document = FIVE.iter().any(|d| std::ptr::eq(*d, c.doc));
                assert_eq!(
                    p.confidence == crate::params::Confidence::Document,
                    from_document,
                    "{} ({:?}) cites {}",
                    p.id,
                    p.confidence,
                    c.doc.id
                );
                assert!(!p.label_ja.is_empty() && !p.label_en.is_empty(), "{} lacks labels", p.id);
                // An English label reads in English: a bracket by its English name (U), not ウ.
                let kana = p.label_en.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) && c != '・');
                assert!(!kana, "{}: {}", p.id, p.label_en);
                assert!(Date::new(p.from.year, p.from.month, p.from.day).is_some(), "{} bad from", p.id);
                if let Some(u) = p.until {
                    assert!(p.from <= u, "{} ends before it starts", p.id);
                }
                for table2 in all_tables() {
                    for q in table2.iter().filter(|q| q.id == p.id && !std::ptr::eq(*q, p)) {
                        let p_end = p.until.unwrap_or(ymd(9999, 12, 31));
                        let q_end = q.until.unwrap_or(ymd(9999, 12, 31));
                        assert!(p_end < q.from || q_end < p.from, "{} versions overlap", p.id);
                    }
                }
            }
        }
        assert!(n > 0);
    }

    /// The five documents the calculators were built from.
    const FIVE: [&Doc; 5] = [&JMDP_GUIDE, &ADVANCED_FORMS, &PHARMACIST_GUIDELINES, &HCTC_BYLAWS, &CELL_THERAPY_QA];

    /// What a user must never see: the team's names for the source documents and its notes.
    fn team_word(text: &str) -> Option<&'static str> {
        let lower = text.to_ascii_lowercase();
        let b = lower.as_bytes();
        let file_name = (0..b.len().saturating_sub(19)).any(|i| {
            b[i..i + 2] == *b"00"
                && (b'0'..=b'4').contains(&b[i + 2])
                && b[i + 3] == b'_'
                && b[i + 4..i + 20].iter().all(u8::is_ascii_hexdigit)
        });
        if file_name {
            Some("a source file's name")
        } else if lower.contains("rules.md") {
            Some("RULES.md")
        } else if lower.contains("facts") && text.contains("FACTS") {
            Some("FACTS")
        } else if lower.contains("seed") {
            Some("seed")
        } else {
            None
        }
    }

    #[test]
    fn no_citation_names_the_teams_files() {
        let doc_texts = |a: &About| {
            [a.publisher, a.title, a.doc.edition, a.doc.short, a.currency()]
                .into_iter()
                .flat_map(|t| [t.ja, t.en])
                .chain([a.url.unwrap_or(""), a.doc.checked])
                .collect::<Vec<_>>()
        };
        for a in DOCS {
            for t in doc_texts(a) {
                assert_eq!(team_word(t), None, "{}: {t}", a.doc.id);
            }
        }
        assert_eq!(team_word(ENTERED.short.ja), None);
        for p in all_tables().iter().flat_map(|t| t.iter()) {
            for t in [p.source.section, p.source.quote, p.source.text(false).as_str(), p.source.text(true).as_str()] {
                assert_eq!(team_word(t), None, "{}: {t}", p.id);
            }
        }
        assert_eq!(team_word("seed 003 参考資料2-13"), Some("seed"));
        assert_eq!(team_word("see 003_4d6c52951a87f01b.txt"), Some("a source file's name"));
        assert_eq!(team_word("FACTS-2026.md"), Some("FACTS"));
        assert_eq!(team_word("Facts checked"), None);
    }

    /// Every string literal in core's code outside its tests (comments and tests may name the
    /// files; nothing a user can read may): no citation, trace, label or message names them.
    #[test]
    fn no_text_in_core_names_the_teams_files() {
        let mut found = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        for file in files {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == "tests.rs" || name == "test_support.rs" {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            // A module's tests come last, after `#[cfg(test)]`.
            let code = text.split("\n#[cfg(test)]").next().unwrap_or("");
            for lit in string_literals(code) {
                if let Some(w) = team_word(&lit) {
                    found.push(format!("{}: {w}: {lit}", file.display()));
                }
            }
        }
        assert!(found.is_empty(), "texts naming the team's files:\n{}", found.join("\n"));
        assert_eq!(string_literals("let a = \"x\\\"y\"; // \"no\"\n/* \"no\" */ 'c'; r#\"raw\"#"), ["x\\\"y", "raw"]);
    }

    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    /// The string literals of Rust code (without comments, chars and lifetimes).
    fn string_literals(code: &str) -> Vec<String> {
        let c: Vec<char> = code.chars().collect();
        let (mut out, mut i) = (Vec::new(), 0);
        while i < c.len() {
            match c[i] {
                '/' if c.get(i + 1) == Some(&'/') => {
                    while i < c.len() && c[i] != '\n' {
                        i += 1;
                    }
                }
                '/' if c.get(i + 1) == Some(&'*') => {
                    i += 2;
                    while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                        i += 1;
                    }
                    i += 2;
                }
                '\'' if c.get(i + 2) == Some(&'\'') || (c.get(i + 1) == Some(&'\\') && c.get(i + 3) == Some(&'\'')) => {
                    i += if c[i + 1] == '\\' { 4 } else { 3 };
                }
                'r' if c.get(i + 1) == Some(&'#') && c.get(i + 2) == Some(&'"') => {
                    let start = i + 3;
                    i = start;
                    while i + 1 < c.len() && !(c[i] == '"' && c[i + 1] == '#') {
                        i += 1;
                    }
                    out.push(c[start..i].iter().collect());
                    i += 2;
                }
                '"' => {
                    let start = i + 1;
                    i = start;
                    while i < c.len() && c[i] != '"' {
                        i += if c[i] == '\\' { 2 } else { 1 };
                    }
                    out.push(c[start..i.min(c.len())].iter().collect());
                    i += 1;
                }
                _ => i += 1,
            }
        }
        out
    }
}
