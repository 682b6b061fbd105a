//! The exams (第4条〜第7条): the written exam's correct answers and the oral exam's grid, with
//! what the application before them needed (第26条) and the exam fees (第1条).

use super::input::Input;
use super::output::OralItem;
use super::params::{Exam, CERTIFIED_EXAM, EXAMINATION_FEE, REGISTRATION_FEE, SPECIALIST_EXAM};
use super::route::{internal, when_before_application, when_on_passing, Route};
use super::schema::{self as field, Level, Rating};
use crate::explain::{Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg};
use crate::params::Unit;
use crate::schema::Choose;
use crate::sources::{cite, HCTC_BYLAWS};

fn exam(level: Level) -> &'static Exam {
    match level {
        Level::Certified => &CERTIFIED_EXAM,
        Level::Specialist => &SPECIALIST_EXAM,
    }
}

/// What an exam candidate's application needed (第26条) and what the exam costs (第1条).
fn exam_common(route: &mut Route, level: Level) -> Result<(), Errors> {
    route.out.level = Some(level);
    route.out.passed = Some(false);
    route.note(
        "as_a_rule",
        "合格基準は「原則として」の定めで、最終判定は認定審査委員会が行います",
        "The pass marks apply \"as a rule\"; the examination committee decides",
        match level {
            Level::Certified => cite!(HCTC_BYLAWS, "細則第4条第5項・第5条第3項"),
            Level::Specialist => cite!(HCTC_BYLAWS, "細則第6条第5項・第7条第3項"),
        },
    );
    let full_process = &exam(level).full_process;
    let fp = route.get(full_process.patient_cases)?.value;
    let fr = route.get(full_process.related_donor_cases)?.value;
    route.note(
        "full_process",
        format!("受験の前提となる書類審査では、患者事例{fp}件以上・血縁ドナー事例{fr}件以上が全過程の実務経験である必要があります"),
        format!("The document review before the exams needs at least {fp} patient and {fr} related-donor cases followed through the whole process"),
        full_process.article,
    );
    route.fee(&EXAMINATION_FEE, when_before_application(), None)?;
    route.fee(&REGISTRATION_FEE, when_on_passing(), None)
}

/// 筆記試験: 多肢選択25問、原則15問以上の正解で合格 (第4条・第6条).
pub(super) fn written(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let e = exam(input.level);
    let q = route.get(e.written_questions)?;
    if input.correct > q.value {
        return Err(vec![FieldError::new(
            field::CORRECT.key,
            "exceeds_questions",
            Msg::new(
                format!("正解数（{}）が問題数（{}問）を超えています", input.correct, q.value),
                format!("Correct answers ({}) exceed the number of questions ({})", input.correct, q.value),
            ),
        )]);
    }
    route.step(TraceStep::new(
        "questions",
        Msg::new(q.label_ja, q.label_en),
        Fx::new().words(&format!("{}問（試験時間1時間）", q.value), &format!("{} questions (1 hour)", q.value)),
        Some(q.value),
        Unit::Count,
        q.source,
    ));
    route.out.correct = Some(input.correct);
    route.out.questions = Some(q.value);
    route.count("written_correct", e.written_pass_correct, input.correct)?;
    exam_common(route, input.level)
}

/// The grid must be items × examiners as the 細則 sets them (第5条第2項・第3項).
fn check_grid(ratings: &[Vec<Rating>], items: i64, examiners: i64) -> Result<(), Errors> {
    let n_items = usize::try_from(items).map_err(|_| internal("items"))?;
    let n_examiners = usize::try_from(examiners).map_err(|_| internal("examiners"))?;
    let mut errors = Vec::new();
    if ratings.len() != n_items {
        errors.push(FieldError::new(
            field::RATINGS.key,
            "wrong_count",
            Msg::new(
                format!("評価項目は{items}項目です（入力は{}項目）", ratings.len()),
                format!("The oral exam rates {items} items ({} given)", ratings.len()),
            ),
        ));
    }
    for (i, row) in ratings.iter().enumerate() {
        if row.len() != n_examiners {
            errors.push(FieldError::new(
                format!("{}[{i}]", field::RATINGS.key),
                "wrong_count",
                Msg::new(
                    format!("各項目は面接員{examiners}名の評価です（入力は{}件）", row.len()),
                    format!("Each item has the ratings of {examiners} examiners ({} given)", row.len()),
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// 口頭試験: 10項目を面接員2名が良・可・不可で評価、2名とも良または可の項目が原則8項目以上で合格 (第5条・第7条).
pub(super) fn oral(route: &mut Route, input: &Input) -> Result<(), Errors> {
    let e = exam(input.level);
    let examiners = route.get(e.oral_examiners)?;
    let items = route.get(e.oral_items)?;
    check_grid(&input.ratings, items.value, examiners.value)?;
    let mut both = 0i64;
    for (i, row) in input.ratings.iter().enumerate() {
        let ok = row.iter().all(|r| r.good_or_fair());
        if ok {
            both += 1;
        }
        let ja: Vec<&'static str> = row.iter().map(|r| r.label().ja).collect();
        let en: Vec<&'static str> = row.iter().map(|r| r.label().en).collect();
        let n = i + 1;
        route.step(TraceStep::note(
            format!("oral.item{n}"),
            Msg::new(format!("評価項目{n}"), format!("Item {n}")),
            Fx::new().words(
                &format!("{} → {}", ja.join("・"), if ok { "2名とも良または可" } else { "不可あり" }),
                &format!(
                    "{} → {}",
                    en.join(", "),
                    if ok { "good or fair from both examiners" } else { "a poor rating" }
                ),
            ),
            items.source,
        ));
        route.out.oral_items.push(OralItem { item: n, ratings: row.clone(), ratings_ja: ja, good_or_fair_by_all: ok });
    }
    route.out.items_good_or_fair_by_both = Some(both);
    route.count("oral_items_good_or_fair", e.oral_pass_items, both)?;
    exam_common(route, input.level)
}
