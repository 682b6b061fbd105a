//! The check as named steps: the round, the licence, the credit window and the credits, the
//! cell-processing cases, the application period, and the notes.

use super::input::{Case, Event, Input};
use super::output::{CaseLine, EventLine, Output};
use super::params::{
    round_for, Round, CASES_REQUIRED, CREDITS_REQUIRED, CREDIT_WINDOW_YEARS, PROCESSING_CASES_MIN,
    PROCESSING_SHARE_PERCENT, ROUNDS,
};
use super::schema::{self as field, CaseKind, EventKind, Licence, SEMINAR_2021_EXCEPTION, SEMINAR_CHOICES};
use crate::calculator::Evaluation;
use crate::date::{Date, MonthEnd};
use crate::explain::{Answer, Disagreement, Fx, TraceStep};
use crate::msg::{Errors, FieldError, Msg, Text};
use crate::params::{Ctx, Unit};
use crate::rules::requirement::{Checks, Window};
use crate::schema::Choose;
use crate::sources::{cite, CELL_THERAPY_QA};
use std::collections::BTreeMap;

const CREDITS: Text = Text::new("単位", "credits");

/// The round of the application date, in force on `as_of`.
fn round(input: &Input, ctx: &Ctx) -> Result<&'static Round, Errors> {
    let round = round_for(input.application_date).ok_or_else(|| {
        let known: Vec<String> =
            ROUNDS.iter().map(|r| format!("{}〜{}", r.application.start, r.application.end)).collect();
        let known_en: Vec<String> =
            ROUNDS.iter().map(|r| format!("{} to {}", r.application.start, r.application.end)).collect();
        vec![FieldError::new(
            field::APPLICATION_DATE.key,
            "no_round",
            Msg::new(
                format!(
                    "{} の年の申請回は資料にありません（収録: {}）。2021年の第4回より後の受験申請の回は見つかっていません（2026年12月確認）。学会の受験申請の手引きで申請期間と要件を確認してください",
                    input.application_date,
                    known.join(", ")
                ),
                format!(
                    "No application round is known for {} (known: {}). No round after the 4th (2021) was found (checked 2026-12): check the society's application guide for the window and the requirements",
                    input.application_date,
                    known_en.join(", ")
                ),
            ),
        )]
    })?;
    if ctx.as_of < round.from {
        return Err(vec![FieldError::new(
            "as_of",
            "not_in_force",
            Msg::new(
                format!(
                    "{} 時点で第{}回の規則はまだ有効ではありません（{} から）",
                    ctx.as_of, round.number, round.from
                ),
                format!("Round {}'s rules are not in force on {} (from {})", round.number, ctx.as_of, round.from),
            ),
        )]);
    }
    Ok(round)
}

fn round_step(round: &Round) -> TraceStep {
    let (a, c) = (round.application, round.credit_window);
    TraceStep::note(
        "round",
        Msg::new(format!("第{}回 申請", round.number), format!("Round {}", round.number)),
        Fx::new().words(
            &format!("申請受付 {}〜{}（当日消印有効）、単位の期間 {}〜{}", a.start, a.end, c.start, c.end),
            &format!(
                "Applications {} to {} (postmark date counts); credits counted {} to {}",
                a.start, a.end, c.start, c.end
            ),
        ),
        round.source,
    )
}

/// A2 / A7: a medical national licence.
fn licence(input: &Input, checks: &mut Checks, notes: &mut Vec<Msg>) {
    let name = input.licence.label();
    checks.yes(
        "licence",
        Msg::new(format!("医療系国家資格（{}）", name.ja), format!("Medical national licence ({})", name.en)),
        input.licence != Licence::NoLicence,
        cite!(CELL_THERAPY_QA, "Q2/A2・A7"),
    );
    if input.licence == Licence::OtherMedical {
        notes.push(Msg::new(
            "A2 は「医師、臨床検査技師、衛生検査技師、臨床工学士、薬剤師、看護師など」で、列挙以外の医療系国家資格の扱いは「受験申請の手引き」で確認してください",
            "A2 lists physicians, lab technologists, clinical engineers, pharmacists and nurses \"and others\": check the application guide for other licences",
        ));
    }
}

/// A11: the credit window — the round's dates unless the user gives their own — and where it
/// came from (`round` or `input`).
fn credit_window(input: &Input, round: &Round, checks: &mut Checks) -> Result<(Window, &'static str), Errors> {
    let w = Window {
        start: input.window_start.unwrap_or(round.credit_window.start),
        end: input.window_end.unwrap_or(round.credit_window.end),
    };
    if w.start > w.end {
        let f = if input.window_start.is_some() { &field::WINDOW_START } else { &field::WINDOW_END };
        return Err(vec![FieldError::new(
            f.key,
            "window_reversed",
            Msg::new("期間の末日が初日より前です", "The window ends before it starts"),
        )]);
    }
    let source = if input.window_start.is_some() || input.window_end.is_some() { "input" } else { "round" };
    let wy = checks.ctx.get(&CREDIT_WINDOW_YEARS)?;
    let (ja, en) = if source == "round" {
        ("第4回の資料の日付", "the round 4 document's dates")
    } else {
        ("入力された期間", "the window entered")
    };
    checks.trace.push(TraceStep::note(
        "credit_window",
        Msg::new(wy.label_ja, wy.label_en),
        Fx::new().words(&format!("{} 〜 {}（{ja}）", w.start, w.end), &format!("{} to {} ({en})", w.start, w.end)),
        wy.source,
    ));
    Ok((w, source))
}

/// A10 / A11 / A12: whether an event counts, and why.
fn event_verdict(e: &Event, window: Window) -> (bool, Msg) {
    let exception = e.seminar == Some(SEMINAR_2021_EXCEPTION);
    if e.event == EventKind::Other {
        (
            false,
            Msg::new(
                "A10 に挙げられた学会・講習会以外は単位の対象になりません",
                "Only the societies and seminars listed in A10 earn credits",
            ),
        )
    } else if e.date < window.start {
        (
            false,
            Msg::new(
                format!("単位の期間（{}〜）より前です", window.start),
                format!("Before the credit window (from {})", window.start),
            ),
        )
    } else if e.date > window.end && !exception {
        (
            false,
            Msg::new(
                format!("単位の期間（〜{}）より後です", window.end),
                format!("After the credit window (to {})", window.end),
            ),
        )
    } else if e.date > window.end {
        (
            true,
            Msg::new(
                "A12 の特例: 2021年度第69回総会の認定講習会（WEB）は受講前の単位申請が認められます（参加申込のメール等を添え、参加証明書は入手次第〔8月末頃〕送付）",
                "A12 exception: the 2021 (69th) WEB seminar may be claimed before attending (attach the registration, send the certificate when it arrives, around end of August)",
            ),
        )
    } else if e.event == EventKind::DesignatedSeminar && e.seminar.is_none() {
        (
            true,
            Msg::new(
                "期間内の指定講習会として計上（A10 の一覧にある講習会であることを確認してください）",
                "Counted as a designated seminar in the window (make sure it is one listed in A10)",
            ),
        )
    } else {
        (true, Msg::new("対象の学会・講習会で、期間内です", "A listed society or seminar, inside the window"))
    }
}

/// Each event's line and step; returns the lines and the qualifying credits.
fn events(input: &Input, window: Window, checks: &mut Checks) -> (Vec<EventLine>, i64) {
    let mut lines = Vec::new();
    let mut qualifying: i64 = 0;
    for (i, e) in input.events.iter().enumerate() {
        let name = e.event.label();
        let seminar = e.seminar.and_then(|s| SEMINAR_CHOICES.iter().find(|c| c.key == s)).map(|c| c.label);
        let (counted, reason) = event_verdict(e, window);
        let counted_credits = if counted { e.credits } else { 0 };
        qualifying = qualifying.saturating_add(counted_credits);
        let shown = seminar.unwrap_or(name);
        checks.trace.push(TraceStep::new(
            format!("event{}", i + 1),
            Msg::new(format!("{} {}", e.date, shown.ja), format!("{} {}", e.date, shown.en)),
            Fx::new()
                .qty(e.credits, CREDITS)
                .op(" → ")
                .qty(counted_credits, CREDITS)
                .words("（", " (")
                .msg(&reason)
                .words("）", ")"),
            Some(counted_credits),
            Unit::Credits,
            cite!(CELL_THERAPY_QA, "A10・A11"),
        ));
        lines.push(EventLine {
            index: i,
            date: e.date,
            event: e.event,
            name: name.msg(),
            seminar: e.seminar,
            seminar_name: seminar.map(|s| s.ja),
            title: e.title.clone(),
            credits: e.credits,
            counted,
            counted_credits,
            reason,
        });
    }
    (lines, qualifying)
}

/// A3: a case's same-day series is one case; different days are separate cases. Per line: the
/// counted case it belongs to (none after the application date) and whether it opens it; per
/// counted case: whether it includes actual processing.
struct Grouping {
    line_case: Vec<Option<usize>>,
    opens: Vec<bool>,
    processing: Vec<bool>,
}

fn group_cases(cases: &[Case], application_date: Date) -> Grouping {
    let mut g = Grouping { line_case: Vec::new(), opens: Vec::new(), processing: Vec::new() };
    let mut seen: BTreeMap<(String, Date), usize> = BTreeMap::new();
    for c in cases {
        if c.date > application_date {
            g.line_case.push(None);
            g.opens.push(false);
            continue;
        }
        let key = (c.case.clone(), c.date);
        let (n, first) = match seen.get(&key) {
            Some(&n) => (n, false),
            None => {
                let n = g.processing.len();
                seen.insert(key, n);
                g.processing.push(false);
                (n, true)
            }
        };
        if c.kind == CaseKind::Processing {
            g.processing[n] = true;
        }
        g.line_case.push(Some(n));
        g.opens.push(first);
    }
    g
}

/// Each case line and its step.
fn case_lines(input: &Input, g: &Grouping, checks: &mut Checks) -> Vec<CaseLine> {
    let mut lines = Vec::new();
    for (i, c) in input.cases.iter().enumerate() {
        let n = g.line_case[i];
        let reason = match n {
            None => Msg::new(
                format!("申請日（{}）より後の実績は数えません", input.application_date),
                format!("Work after the application date ({}) is not counted", input.application_date),
            ),
            Some(_) if g.opens[i] => Msg::new(
                "1件として計上（同一症例の同日の一連の処理は1件）",
                "Counted as one case (a case's same-day series is one case)",
            ),
            Some(_) => Msg::new(
                format!("同一症例「{}」の同日（{}）の一連の処理として、既に1件に数えています", c.case, c.date),
                format!("Part of case \"{}\"'s same-day series on {}, already counted", c.case, c.date),
            ),
        };
        let kind = c.kind.label();
        checks.trace.push(TraceStep::note(
            format!("case{}", i + 1),
            Msg::new(format!("{} {}", c.date, c.case), format!("{} {}", c.date, c.case)),
            Fx::new().text(kind).op(" → ").msg(&reason),
            cite!(CELL_THERAPY_QA, "A3 ②③⑥"),
        ));
        lines.push(CaseLine {
            index: i,
            date: c.date,
            case: c.case.clone(),
            kind: c.kind,
            kind_name: kind.msg(),
            counted: n.is_some() && g.opens[i],
            case_number: n.map(|n| n + 1),
            processing_case: n.is_some_and(|n| g.processing[n]),
            reason,
        });
    }
    lines
}

/// A1: 申請受付 6/1〜6/30, 当日消印有効.
fn application_period(input: &Input, round: &Round, checks: &mut Checks) -> bool {
    let (a, d) = (round.application, input.application_date);
    let inside = a.contains(d);
    checks.yes(
        "application_period",
        Msg::new(
            format!("申請受付期間内（{}〜{}、当日消印有効）の申請（{d}）", a.start, a.end),
            format!("Application within {} to {} (postmark date counts): {d}", a.start, a.end),
        ),
        inside,
        cite!(CELL_THERAPY_QA, "Q1/A1"),
    );
    inside
}

/// What the seed leaves open, and the A11 window's own oddity.
fn closing_notes(round: &Round, window_years: i64, notes: &mut Vec<Msg>) {
    notes.push(Msg::new(
        "学会・講習会の単位数は資料にないため、入力された単位数をそのまま使っています（A10 の講習会見出しの「５」は単位数の可能性がありますが明記されていません）",
        "The Q&A gives no credit value per event: the entered credits are used as they are (the \"５\" after A10's seminar heading may be a credit value but is not labelled)",
    ));
    notes.push(Msg::new(
        "実績は採取・調製・保管・出荷・品質管理のいずれも列記できますが、実際の調製（分離・濃縮・培養・凍結保存・解凍）が半分（5例）以上必要です",
        "Collection, processing, storage, release and quality control may all be listed, but actual processing (separation, concentration, culture, freezing, thawing) must be at least half (5 cases)",
    ));
    let (c, a) = (round.credit_window, round.application);
    let five_years_on = c.start.add_years(i32::try_from(window_years).unwrap_or(0), MonthEnd::Clamp);
    if c.end >= five_years_on || c.end >= a.start {
        notes.push(Msg::new(
            format!(
                "A11 の期間（{}〜{}）は「申請受付開始日から遡る5年間」と説明されていますが、5年を超え、受付開始日（{}）より後に終わります。資料の日付をそのまま使っています",
                c.start, c.end, a.start
            ),
            format!(
                "A11 calls {}–{} \"the 5 years back from the start of applications\", yet it is longer than 5 years and ends after applications open ({}); the stated dates are used",
                c.start, c.end, a.start
            ),
        ));
    }
}

/// A3 「実際の調製部分が半分（５例）以上」: the processing cases are at least half of the cases
/// listed (`processing × 100 ≥ cases × 50`), besides the 5 of [`PROCESSING_CASES_MIN`]; and the
/// readings this makes (the 10-case record, "half" of the whole record). Returns whether the half
/// is met.
fn processing_half(checks: &mut Checks, cases: i64, processing: i64) -> Result<bool, Errors> {
    let p = checks.ctx.get(&PROCESSING_SHARE_PERCENT)?;
    let met = processing.saturating_mul(100) >= cases.saturating_mul(p.value);
    checks.yes(
        "processing_half",
        Msg::new(
            format!("実際の調製が記載した実績の半分以上（{cases}件中{processing}件、{}%以上）", p.value),
            format!("Actual processing is at least half of the record ({processing} of {cases}, {}% or more)", p.value),
        ),
        met,
        p.source,
    );
    checks.trace.push(TraceStep::reading(
        "cell_therapy.ten_cases",
        Msg::new("実績は10件以上", "A record of 10 cases or more"),
        Msg::new(
            "A3 は件数を「半分（５例）」としか書いていません。5例が半分なので、記載する実績を10件以上と読んでいます",
            "A3 only says \"half (5 cases)\": as 5 is half, the record listed is read as 10 cases or more",
        ),
        cite!(CELL_THERAPY_QA, "A3", quote: "実際の調製部分が半分（５例）以上"),
    ));
    Ok(met)
}

/// The reading of 「半分（５例）以上」 this result makes: half of the whole record (and 5), the
/// reading used. When the other reading, "5 cases or more" alone, decides the requirement the
/// other way on this record, the result says so and gives both verdicts.
fn half_reading(
    checks: &mut Checks,
    (cases, processing, min): (i64, i64, i64),
    half_met: bool,
    unmet: &[String],
) -> Option<Disagreement> {
    let source = PROCESSING_SHARE_PERCENT.source;
    let label = Msg::new("「半分（５例）以上」の読み方", "Reading \"half (5 cases) or more\"");
    let used_text = Msg::new(
        "「半分（５例）以上」を、実際の調製が5例以上で、かつ記載した実績全体の半分以上と読んでいます（20件を記載すれば調製は10件以上必要）",
        "\"Half (5 cases) or more\" is read as at least 5 processing cases and at least half of all the cases listed (a record of 20 needs 10 processing)",
    );
    // The readings differ only where 5 or more are processing yet fewer than half of the record.
    if half_met || processing < min {
        checks.trace.push(TraceStep::reading("cell_therapy.processing_half", label, used_text, source));
        return None;
    }
    let half = (cases + 1) / 2;
    let others_met = unmet.iter().all(|u| u == "processing_half");
    let verdict = |eligible: bool| {
        if eligible {
            Msg::new("申請の要件をすべて満たします", "every requirement is met")
        } else {
            Msg::new("ほかの要件が不足しています", "other requirements are not met")
        }
    };
    let (v1, v2) = (verdict(false), verdict(others_met));
    let answers = vec![
        Answer {
            reading: Msg::new("記載した実績全体の半分以上（かつ5例以上）", "At least half of the whole record (and 5)"),
            answer: Msg::new(
                format!("満たしません（{cases}件中{processing}件、半分は{half}件）→ {}", v1.ja),
                format!("not met ({processing} of {cases}; half is {half}) → {}", v1.en),
            ),
            amount: None,
            met: Some(false),
            used: true,
        },
        Answer {
            reading: Msg::new(
                "5例以上（「半分」は10件の実績の5例のこと）",
                "5 cases or more (\"half\" meaning 5 of a 10-case record)",
            ),
            answer: Msg::new(
                format!("満たします（{processing}件 ≥ {min}件）→ {}", v2.ja),
                format!("met ({processing} ≥ {min}) → {}", v2.en),
            ),
            amount: None,
            met: Some(true),
            used: false,
        },
    ];
    let d = Disagreement { key: "cell_therapy.processing_half".into(), label, answers, source };
    let text = Msg::new(
        format!("{} この記録では読み方によって結果が変わります。申請の前に学会に確かめてください", used_text.ja),
        format!(
            "{} On this record the two readings give different answers: ask the society before applying",
            used_text.en
        ),
    );
    checks.trace.push(TraceStep::disagreement(&d, text));
    Some(d)
}

/// Where the known round is stated (Q1/A1: the 4th round's window).
const CELL_THERAPY_QA_ROUND: &crate::sources::Cite = cite!(CELL_THERAPY_QA, "Q1/A1");

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let credits_required = ctx.get(&CREDITS_REQUIRED)?.value;
    let round = round(input, ctx)?;
    let mut checks = Checks::new(ctx);
    let mut notes = Vec::new();
    checks.trace.push(round_step(round));
    licence(input, &mut checks, &mut notes);

    let (window, window_source) = credit_window(input, round, &mut checks)?;
    if window_source == "round" {
        checks.trace.push(TraceStep::reading(
            "cell_therapy.a11_window",
            Msg::new("単位を数える期間", "The credit window"),
            Msg::new(
                format!("A11 は「申請受付開始日から遡る5年間」とし、今年度は{}〜{}と書いています。5年を超えますが、書かれた日付をそのまま使っています（期間を入力すればそれを使います）", window.start, window.end),
                format!("A11 says \"the 5 years back from the start of applications\" and gives {} to {} for this year; though longer than 5 years, the stated dates are used (a window you enter replaces them)", window.start, window.end),
            ),
            cite!(CELL_THERAPY_QA, "A11"),
        ));
    }
    let (events, qualifying) = events(input, window, &mut checks);
    checks.trace.push(TraceStep::new(
        "qualifying_credits",
        Msg::new("対象となる単位の合計", "Qualifying credits"),
        Fx::new().qty(qualifying, CREDITS),
        Some(qualifying),
        Unit::Credits,
        cite!(CELL_THERAPY_QA, "A10・A11"),
    ));
    checks.count("qualifying_credits", &CREDITS_REQUIRED, qualifying)?;

    let grouping = group_cases(&input.cases, input.application_date);
    let cases = case_lines(input, &grouping, &mut checks);
    let case_count = i64::try_from(grouping.processing.len()).unwrap_or(i64::MAX);
    let processing_count = i64::try_from(grouping.processing.iter().filter(|p| **p).count()).unwrap_or(i64::MAX);
    checks.count("case_count", &CASES_REQUIRED, case_count)?;
    checks.count("processing_case_count", &PROCESSING_CASES_MIN, processing_count)?;
    let half_met = processing_half(&mut checks, case_count, processing_count)?;
    let cases_required = ctx.get(&CASES_REQUIRED)?.value;
    let processing_required = ctx.get(&PROCESSING_CASES_MIN)?.value;

    let in_window = application_period(input, round, &mut checks);
    closing_notes(round, ctx.get(&CREDIT_WINDOW_YEARS)?.value, &mut notes);
    if ctx.as_of > round.application.end {
        let m = Msg::new(
            format!("第{}回（{}〜{}）より後の受験申請の回は見つかっていません（2026年12月確認）。次の回の期間と要件は学会の受験申請の手引きで確認してください", round.number, round.application.start, round.application.end),
            format!("No application round after round {} ({} to {}) was found (checked 2026-12): check the society's application guide for the next round's window and requirements", round.number, round.application.start, round.application.end),
        );
        checks.trace.push(TraceStep::remark("note.no_later_round", m.clone(), CELL_THERAPY_QA_ROUND));
        notes.push(m);
    }

    let unmet = checks.unmet();
    let counts = (case_count, processing_count, processing_required);
    let disagreements: Vec<Disagreement> = half_reading(&mut checks, counts, half_met, &unmet).into_iter().collect();
    let out = Output {
        eligible: unmet.is_empty(),
        unmet,
        requirements: checks.list,
        round: *round,
        licence: input.licence,
        licence_name: input.licence.label().msg(),
        application_date: input.application_date,
        application_window: round.application,
        in_application_window: in_window,
        credit_window: window,
        credit_window_source: window_source,
        qualifying_credits: qualifying,
        credits_required,
        credit_shortfall: (credits_required - qualifying).max(0),
        events,
        case_count,
        processing_case_count: processing_count,
        cases_required,
        processing_cases_required: processing_required,
        case_shortfall: (cases_required - case_count).max(0),
        processing_shortfall: (processing_required - processing_count).max(0),
        cases,
        notes,
        disagreements,
    };
    Ok(Evaluation::new(out, checks.trace, ctx))
}
