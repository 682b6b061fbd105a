//! Text normalisation for what people type, and the closest known name for a misspelt one.

/// Full-width ASCII variants (０-９, Ａ-Ｚ, －, ，, ．, ／) to half-width; ideographic space to space.
pub fn normalize_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '−' | '‐' | 'ー' => '-',
            _ => c,
        })
        .collect()
}

/// Strips what a person may wrap a number in: spaces, thousands separators, 円, ¥, 点.
pub fn strip_decorations(s: &str) -> String {
    normalize_width(s)
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '、' | '円' | '¥' | '￥' | '\\' | '点' | '\t' | '_'))
        .collect()
}

/// Edit distance (insertions, deletions, substitutions) between two short names.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The known name closest to `name`, when it is close enough to be a slip (a letter or two, or
/// one name the start of the other): `option_hla_test` → `option_hla_tests`, `transport` →
/// `transport_yen`. (Prefixes rather than any substring: a substring search is kilobytes of wasm
/// on every page.)
pub fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_ascii_lowercase();
    known
        .into_iter()
        .map(|k| (distance(&lower, k), k))
        .filter(|(d, k)| {
            *d <= 2.max(k.len() / 4) || (lower.len() >= 4 && (k.starts_with(lower.as_str()) || lower.starts_with(*k)))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// An English noun after a count as written (`"1"`, `"1,000"`): singular for one, else as given
/// (`per("1", "months")` → `month`; `per("2", "months")` → `months`). Nouns here take a plain -s.
pub fn per<'a>(count: &str, plural: &'a str) -> &'a str {
    match (count, plural.strip_suffix('s')) {
        ("1", Some(one)) if !plural.ends_with("ss") => one,
        _ => plural,
    }
}

/// `1 month` / `3 months`: a count and its English noun (`plural` takes a plain -s).
pub fn count_en(n: i64, plural: &str) -> String {
    let n = n.to_string();
    let noun = per(&n, plural);
    format!("{n} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_and_decorations() {
        assert_eq!(normalize_width("１２３，４"), "123,4");
        assert_eq!(strip_decorations(" ¥ 41,000円 "), "41000");
    }

    #[test]
    fn closest_names_a_slip_and_nothing_else() {
        let known = ["option_hla_tests", "donors_screened", "seminars", "meetings"];
        assert_eq!(closest("option_hla_test", known), Some("option_hla_tests"));
        assert_eq!(closest("seminar", known), Some("seminars"));
        assert_eq!(closest("Donors_Screend", known), Some("donors_screened"));
        assert_eq!(closest("colour", known), None);
        assert_eq!(closest("x", known), None);
    }

    #[test]
    fn english_counts_are_singular_for_one() {
        assert_eq!(count_en(1, "months"), "1 month");
        assert_eq!(count_en(2, "months"), "2 months");
        assert_eq!(count_en(0, "cases"), "0 cases");
        assert_eq!(per("1", "min"), "min");
        assert_eq!(per("1", "yen"), "yen");
        assert_eq!(per("1", "class"), "class");
        assert_eq!(per("1,000", "credits"), "credits");
    }
}
