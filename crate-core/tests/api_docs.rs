//! `docs/api.md` follows the schemas: each calculator's field tables there are exactly what its
//! schema renders (`calc_core::schema::markdown`), between `<!-- fields:ID -->` and
//! `<!-- /fields:ID -->`. When a schema changes, `UPDATE_API_DOCS=1 cargo test -p calc-core --test
//! api_docs` rewrites the tables; without it a difference fails here.

use std::path::Path;

fn block(id: &str, fields: &str) -> String {
    format!("<!-- fields:{id} -->\n{fields}<!-- /fields:{id} -->")
}

#[test]
fn api_docs_field_tables_are_the_schemas() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/api.md");
    let mut text = std::fs::read_to_string(&path).expect("docs/api.md");
    let update = std::env::var_os("UPDATE_API_DOCS").is_some();
    let mut problems = Vec::new();
    for calc in calc_core::CALCULATORS {
        let want = block(calc.id, &calc_core::schema::markdown(calc.schema.fields));
        let (open, close) = (format!("<!-- fields:{} -->", calc.id), format!("<!-- /fields:{} -->", calc.id));
        match (text.find(&open), text.find(&close)) {
            (Some(a), Some(b)) if a < b => {
                let have = &text[a..b + close.len()];
                if have != want {
                    if update {
                        text.replace_range(a..b + close.len(), &want);
                    } else {
                        problems.push(format!("{}: the table differs from the schema", calc.id));
                    }
                }
            }
            _ => problems.push(format!("{}: no `{open}` … `{close}` section", calc.id)),
        }
    }
    if update {
        std::fs::write(&path, &text).expect("write docs/api.md");
    }
    assert!(
        problems.is_empty(),
        "docs/api.md disagrees with the schemas (run UPDATE_API_DOCS=1 cargo test -p calc-core --test api_docs):\n{}",
        problems.join("\n")
    );
}
