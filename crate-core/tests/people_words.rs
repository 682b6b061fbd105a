//! What a person reads and types, through the public faces a page and the JSON API use: counts
//! typed with their counter (１２件, ２人), a message's example that fits its field, an error named by
//! its field's label and row (never `months[0].medical_cost_yen`), choices listed by their labels,
//! an unknown-field suggestion that never names the field itself — and an import read and checked
//! whole before anything changes (`records::read_import`), in Japanese and English.

use calc_core::records::read_import;
use calc_core::rules::certification::cell_therapy::schema as ct;
use calc_core::rules::patient::year::schema as year;
use calc_core::rules::pharmacist::credits::schema as ph;
use calc_core::schema::{error_line, field_label, unknown_field};
use calc_core::{FieldError, Msg, Value};
use serde_json::json;

fn answer(calculator: &str, input: serde_json::Value) -> serde_json::Value {
    calc_core::evaluate(&json!({"calculator": calculator, "as_of": "2026-12-01", "input": input}))
}

fn error_of<'a>(res: &'a serde_json::Value, field: &str) -> &'a serde_json::Value {
    let errors = res["errors"].as_array().or(res["left_out"].as_array()).expect("errors");
    errors.iter().find(|e| e["field"] == field).unwrap_or_else(|| panic!("no error on {field}: {res}"))
}

#[test]
fn counts_take_their_counter_and_full_width_digits() {
    // Donors screened typed with a counter are the same as the number alone.
    for (typed, n) in [("２人", 2), ("2人", 2), ("１２件", 12), ("3回", 3), ("５例", 5), (" ４ 人 ", 4)] {
        let res = answer("jmdp_fees", json!({"donors_screened": typed}));
        assert_eq!(res["ok"], json!(true), "{typed}: {res}");
        assert_eq!(
            res["result"]["gross_yen"],
            answer("jmdp_fees", json!({"donors_screened": n}))["result"]["gross_yen"],
            "{typed}"
        );
    }
    // A pharmacist's record of ９０分 is 90 minutes.
    let rec = json!({"records": [{"date": "2024-04-01", "kind": "collective", "minutes": "９０分"}], "mode": "initial", "application_date": "2024-06-01"});
    let res = answer("pharmacist_credits", rec);
    assert_eq!(res["ok"], json!(true), "{res}");
    // Only at the end, once: 件12 and 12件件 are no numbers.
    for bad in ["件12", "12件件", "十二"] {
        let res = answer("jmdp_fees", json!({"donors_screened": bad}));
        assert_eq!(error_of(&res, "donors_screened")["code"], json!("not_a_number"), "{bad}");
    }
}

#[test]
fn a_messages_example_fits_its_field() {
    let res = answer("jmdp_fees", json!({"donors_screened": "abc"}));
    let m = &error_of(&res, "donors_screened")["message"];
    // A count of donors: the field's own example with its counter, not a yen amount.
    assert_eq!(m["ja"], json!("数値を入力してください（例: 1人）"), "{m}");
    assert_eq!(m["en"], json!("Enter a number (e.g. 1)"), "{m}");
    // A yen field keeps a yen example (its own, when the schema gives one).
    let res =
        answer("patient_year", json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": "abc"}]}));
    let m = &error_of(&res, "months[0].medical_cost_yen")["message"];
    assert_eq!(m["ja"], json!("数値を入力してください（例: 1,000,000円）"));
    assert_eq!(m["en"], json!("Enter a number (e.g. 1,000,000 yen)"));
    // A rate: a percentage.
    let res = answer(
        "patient_year",
        json!({"bracket": "u", "jmdp_exemption_percent": "x", "months": [{"month": "2026-08", "medical_cost_yen": 1}]}),
    );
    assert_eq!(error_of(&res, "jmdp_exemption_percent")["message"]["ja"], json!("数値を入力してください（例: 70%）"));
}

#[test]
fn an_error_is_named_by_its_label_and_row_in_both_languages() {
    let e = FieldError::new(
        "months[2].medical_cost_yen",
        "not_a_number",
        Msg::new("数値を入力してください", "Enter a number"),
    );
    let line = error_line(year::SCHEMA.fields, &e);
    assert_eq!(line.ja, "3か月目の医療費の総額（10割）: 数値を入力してください");
    assert_eq!(line.en, "Month 3: total medical cost (100%): Enter a number");
    // A row itself, a list item, a top-level field, the reference date.
    assert_eq!(field_label(ph::SCHEMA.fields, "records[4]").map(|m| m.ja), Some("5件目の記録".into()));
    assert_eq!(field_label(ph::SCHEMA.fields, "records[0].date").map(|m| m.en), Some("Record 1: date".into()));
    assert_eq!(field_label(ct::SCHEMA.fields, "cases[1].case").map(|m| m.ja), Some("2件目の実績の症例の識別子".into()));
    assert_eq!(
        field_label(year::SCHEMA.fields, "prior_benefit_months[1]").map(|m| m.ja),
        Some("計画より前に高額療養費が支給された月（2番目）".into())
    );
    assert_eq!(
        field_label(year::SCHEMA.fields, "jmdp_exemption_percent").map(|m| m.en),
        Some("JMDP fee exemption rate".into())
    );
    let as_of = FieldError::new("as_of", "invalid_date", Msg::new("日付", "a date"));
    assert_eq!(error_line(year::SCHEMA.fields, &as_of).en, "Reference date: a date");
    // A name that is no field leaves the message alone.
    let input = FieldError::new("input", "wrong_type", Msg::new("オブジェクト", "an object"));
    assert_eq!(error_line(year::SCHEMA.fields, &input).ja, "オブジェクト");
}

#[test]
fn choices_are_listed_by_their_labels_not_their_keys() {
    let res = answer("patient_year", json!({"bracket": "zz", "months": [{"month": "2026-08", "medical_cost_yen": 1}]}));
    let m = &error_of(&res, "bracket")["message"];
    let ja = m["ja"].as_str().unwrap();
    assert!(
        ja.starts_with("「zz」は選べません。次のいずれかを選んでください: ア：標準報酬月額83万円〜（〜2027年7月）、"),
        "{ja}"
    );
    assert!(ja.contains("70歳以上 低所得I（住民税非課税・一定所得以下）"), "{ja}");
    assert!(!ja.contains("teishotoku1") && !ja.contains("genekinami3"), "{ja}");
    assert!(m["en"].as_str().unwrap().contains("70+: low income I (tax-exempt, lowest incomes)"), "{m}");
    // 70歳以上 with ウ: the table's brackets by their labels.
    let res = answer(
        "patient_year",
        json!({"age_group": "over70", "bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": 1}]}),
    );
    let ja = error_of(&res, "bracket")["message"]["ja"].as_str().unwrap().to_string();
    assert!(ja.contains("70歳以上 現役並みIII（標準報酬月額83万円〜）"), "{ja}");
    assert!(!ja.contains("genekinami3"), "{ja}");
}

#[test]
fn an_unknown_field_suggestion_never_names_the_field_itself() {
    // A known field given where its content cannot be read (a list in a link): its content is bad.
    let m = unknown_field(ph::SCHEMA.fields, "records");
    assert_eq!(m.ja, "「研修の記録」（records）の内容を読み取れませんでした");
    assert!(!m.ja.contains("のことですか"), "{}", m.ja);
    assert_eq!(m.en, "The content of “Training records” (records) could not be read");
    // A slip still names the closest field.
    assert_eq!(unknown_field(ph::SCHEMA.fields, "record").ja, "record は使えない項目です。records のことですか");
}

fn import(
    schema: &'static calc_core::schema::Schema,
    id: &str,
    main: &str,
    name: &str,
    text: &str,
) -> Result<Value, Msg> {
    read_import(schema, id, main, name, text, &Value::from(json!({"mode": "initial"}))).map(|i| i.input)
}

fn refused(schema: &'static calc_core::schema::Schema, id: &str, main: &str, name: &str, text: &str) -> Msg {
    let e = import(schema, id, main, name, text).expect_err(text);
    assert!(
        e.ja.ends_with("保存済みのデータは変更していません。") && e.en.ends_with("Nothing saved was changed."),
        "{e:?}"
    );
    e
}

#[test]
fn an_import_with_no_records_or_of_an_unknown_shape_is_refused() {
    let ph = |name: &str, text: &str| refused(&ph::SCHEMA, "pharmacist_credits", "records", name, text);
    assert_eq!(ph("a.json", "{}").ja, "このファイルには記録が1件もありません。保存済みのデータは変更していません。");
    assert_eq!(ph("a.json", "{}").en, "This file holds no records. Nothing saved was changed.");
    assert!(ph("a.json", r#"{"input":{}}"#).ja.contains("記録が1件もありません"));
    assert!(ph("a.json", r#"{"schema":1,"calculator":"pharmacist_credits","input":{"records":[]}}"#)
        .ja
        .contains("1件もありません"));
    let foo = ph("a.json", r#"{"foo":1}"#);
    assert_eq!(
        foo.ja,
        "このページの記録の形ではありません（読み取れない項目: foo）。保存済みのデータは変更していません。"
    );
    assert_eq!(foo.en, "This is not a records file of this page (unknown: foo). Nothing saved was changed.");
    assert!(ph("a.json", "[]").ja.contains("1件もありません"));
    assert!(ph("a.csv", "date,kind\r\n").ja.contains("1件もありません"));
}

#[test]
fn an_import_with_a_bad_row_is_refused_naming_the_row_and_field() {
    let rec = |date: &str| json!({"date": date, "kind": "collective", "minutes": "90"});
    let doc = |records: serde_json::Value| {
        json!({"schema": 1, "calculator": "pharmacist_credits", "input": {"records": records}}).to_string()
    };
    let e = refused(
        &ph::SCHEMA,
        "pharmacist_credits",
        "records",
        "r.json",
        &doc(json!([rec("2024-04-01"), 42, rec("2024/13/40")])),
    );
    assert_eq!(
        e.ja,
        "読み込めない値があります: 2件目の記録: 記録の形ではありません / 3件目の記録の研修日: 日付を YYYY-MM-DD の形で入力してください（実在する日付）。保存済みのデータは変更していません。"
    );
    assert_eq!(
        e.en,
        "Some values cannot be read: Record 2: not a record / Record 3: date: Enter a real date as YYYY-MM-DD. Nothing saved was changed."
    );
    // A count that is no count, an unknown column; more than three problems are counted.
    let many = json!([{"date": "2024-04-01", "kind": "collective", "minutes": "x"}, {"date": "x"}, {"date": "y"}, {"date": "z"}, {"date": "2024-04-01", "colour": 1}]);
    let e = refused(&ph::SCHEMA, "pharmacist_credits", "records", "r.json", &doc(many));
    assert!(
        e.ja.starts_with("読み込めない値があります: 1件目の記録の研修時間: 数値を入力してください（例: 360分）"),
        "{}",
        e.ja
    );
    assert!(e.ja.contains("（ほか2件）"), "{}", e.ja);
    // A CSV names its line.
    let csv = "date,kind,minutes\r\n2024-04-01,collective,90\r\n2024-04-02,collective,abc\r\n";
    let e = refused(&ph::SCHEMA, "pharmacist_credits", "records", "r.csv", csv);
    assert_eq!(
        e.ja,
        "読み込めない値があります: 3行目 2件目の記録の研修時間: 数値を入力してください（例: 360分）。保存済みのデータは変更していません。"
    );
    assert!(e.en.contains("line 3, Record 2: minutes: Enter a number (e.g. 360)"), "{}", e.en);
    // A month plan: 「2か月目の…」.
    let plan = json!({"bracket": "u", "months": [{"month": "2026-08", "medical_cost_yen": "1"}, {"month": "2026-13"}]})
        .to_string();
    let e = refused(&year::SCHEMA, "patient_year", "months", "p.json", &plan);
    assert!(e.ja.contains("2か月目の診療月: 年月を YYYY-MM の形で入力してください"), "{}", e.ja);
}

#[test]
fn an_import_over_the_limit_is_refused_saying_how_many() {
    let rows: Vec<serde_json::Value> =
        (0..5000).map(|_| json!({"date": "2024-04-01", "kind": "self_study", "minutes": "60"})).collect();
    let text = json!({"records": rows}).to_string();
    let e = refused(&ph::SCHEMA, "pharmacist_credits", "records", "r.json", &text);
    assert_eq!(
        e.ja,
        "研修の記録は500件までです。このファイルには5,000件あります。保存済みのデータは変更していません。"
    );
    assert_eq!(e.en, "“Training records” holds at most 500 rows; this file has 5,000. Nothing saved was changed.");
    // A plan of 48 months (the limit is 36), as a CSV.
    let mut csv = String::from("month,medical_cost_yen\r\n");
    for i in 0..48 {
        csv.push_str(&format!("{}-{:02},1000\r\n", 2026 + i / 12, 1 + i % 12));
    }
    let e = refused(&year::SCHEMA, "patient_year", "months", "p.csv", &csv);
    assert!(e.ja.starts_with("月ごとの費用は36件までです。このファイルには48件あります。"), "{}", e.ja);
}

#[test]
fn a_good_import_is_taken_whole_and_says_what_it_took() {
    let text = json!({"schema": 1, "calculator": "cell_therapy_manager", "input": {
        "licence": "nurse",
        "events": [{"date": "2020-06-01", "event": "jstmct_annual", "credits": "１０単位"}],
        "cases": [{"date": "2020-01-10", "case": "C1", "kind": "processing"}, {"date": "2020-01-11", "case": "C1"}]
    }})
    .to_string();
    let got = read_import(&ct::SCHEMA, "cell_therapy_manager", "events", "c.json", &text, &Value::from(json!({})));
    let got = got.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(got.input.get("cases").and_then(Value::as_array).map(Vec::len), Some(2));
    assert_eq!(got.message.ja, "読み込みました（学会・講習会への参加（単位） 1件、細胞調製の実績 2件）。");
    // A CSV replaces only its list: the page's other fields stay.
    let csv = "date,kind,minutes\r\n2024-04-01,collective,９０分\r\n";
    let got = import(&ph::SCHEMA, "pharmacist_credits", "records", "r.csv", csv).unwrap();
    assert_eq!(got.get("mode").and_then(Value::as_str), Some("initial"));
    assert_eq!(got.get("records").and_then(Value::as_array).map(Vec::len), Some(1));
}
