//! 細胞治療認定管理師 — the application check for the 4th round, 2021 (seed 000, Q&A).
//!
//! The seed is the Q&A for the 第4回 細胞治療認定管理師制度 application (日本輸血・細胞治療学会 and
//! 日本造血・免疫細胞療法学会). What it fixes:
//! - A1: applications 2021-06-01 to 06-30, 当日消印有効 (the postmark date is the application date);
//! - A2/A7: a medical national licence (医師, 臨床検査技師, 衛生検査技師, 臨床工学士〔技士〕, 薬剤師, 看護師 など);
//! - A10: only the listed societies and designated seminars earn credits ("上記に記載された学会、講習会以外
//!   は単位の対象とはなりません");
//! - A11: 50 credits within the 5 years counted back from the start of applications — for this round
//!   explicitly 2016-04-01 to 2021-06-06;
//! - A3: a cell-processing record (採取・調製・保管・出荷・品質管理) in which actual processing (調製) is
//!   at least half (5 cases); one case's same-day series is 1 case, different days are separate cases.
//!
//! The seed gives no credit value per event (RULES.md 5c): the user enters it and the checker only
//! decides whether the event qualifies and falls in the window.
//!
//! Rule version: the Q&A speaks of "今年度" (FY2021) and the 4th round, and names no version date, so
//! its figures are dated from the start of FY2021 (2021-04-01); a date before that is not in force.
//! The round's dates (application period, credit window) cannot be `Param` values (they are dates),
//! so they sit in the dated table [`ROUNDS`], keyed by the application period, with their source.

use crate::rules::requirement::{Checks, Requirement, Window};
use crate::date::{ymd, Date, MonthEnd};
use crate::msg::{Errors, FieldError, Msg};
use crate::calculator::Evaluation;
use crate::legacy_reader::Reader;
use crate::params::{Bound, Ctx, Param, Unit};
use crate::explain::TraceStep;
use serde::Serialize;
use crate::value::Value;
use std::collections::BTreeMap;

/// Start of FY2021, the year the Q&A calls 今年度 (reading; the seed has no version date).
pub const SEED_FROM: Date = ymd(2021, 4, 1);

pub static PARAMS: &[Param] = &[
    Param::new(
        "cell_therapy.credits.required",
        50,
        Unit::Credits,
        SEED_FROM,
        "seed 000 Q11/A11",
        "受験申請資格の単位（50単位）",
        "Credits required to apply (50)",
    )
    .bound(Bound::AtLeast),
    Param::new(
        "cell_therapy.credits.window_years",
        5,
        Unit::Years,
        SEED_FROM,
        "seed 000 A11",
        "単位を数える期間（申請受付開始日から遡る5年間）",
        "Credits count within the 5 years before applications open",
    )
    .bound(Bound::AtMost),
    Param::new(
        "cell_therapy.cases.required",
        10,
        Unit::Count,
        SEED_FROM,
        "seed 000 A3",
        "細胞調製実績の件数（半分が5例 → 10例、解釈）",
        "Cell-processing record: cases listed (half is 5, so 10 — reading)",
    )
    .bound(Bound::AtLeast),
    Param::new(
        "cell_therapy.cases.processing_min",
        5,
        Unit::Count,
        SEED_FROM,
        "seed 000 A3",
        "うち実際の調製（プロセス部分）の件数（5例以上）",
        "Of which actual processing cases (at least 5)",
    )
    .bound(Bound::AtLeast),
];

/// One application round, keyed by its application period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Round {
    /// 第N回.
    pub number: u32,
    /// First day this round's rules apply (the fiscal year the Q&A calls 今年度).
    pub from: Date,
    /// 申請受付期間 (当日消印有効).
    pub application: Window,
    /// The 5-year credit window the seed states for this round.
    pub credit_window: Window,
    pub source: &'static str,
}

/// The rounds the seeds describe. Only the 4th (2021) is in seed 000.
pub static ROUNDS: &[Round] = &[Round {
    number: 4,
    from: SEED_FROM,
    application: Window { start: ymd(2021, 6, 1), end: ymd(2021, 6, 30) },
    // A11: "今年度は2016年4月1日から2021年6月6日までの5年間です" — taken as written, although it is
    // longer than 5 years and ends after the 6/1 start of applications (see the module notes).
    credit_window: Window { start: ymd(2016, 4, 1), end: ymd(2021, 6, 6) },
    source: "seed 000 Q1/A1 (申請受付 2021-06-01〜06-30 当日消印有効), Q11/A11 (2016-04-01〜2021-06-06)",
}];

/// The 2021 annual-meeting seminar (第69回, WEB): A12 allows claiming it before attending.
const SEMINAR_2021_EXCEPTION: &str = "2021_jstmct_69";

/// The designated seminars of A10: (id, fiscal year, Japanese name with venue).
pub static SEMINARS: &[(&str, i32, &str)] = &[
    (
        "2016_jstmct_64",
        2016,
        "2016年度 第64回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（国立京都国際会館）",
    ),
    ("2016_autumn", 2016, "2016年度 秋季「細胞治療認定管理師制度指定講習会」（金沢商工会議所会館）"),
    (
        "2017_jstmct_65",
        2017,
        "2017年度 第65回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（幕張メッセ国際会議場）",
    ),
    ("2017_autumn", 2017, "2017年度 秋季「細胞治療認定管理師制度指定講習会」（ホルトホール大分）"),
    (
        "2018_jstmct_66",
        2018,
        "2018年度 第66回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（栃木県総合文化センター）",
    ),
    ("2018_autumn", 2018, "2018年度 秋季「細胞治療認定管理師制度指定講習会」（リンクステーションホール青森）"),
    ("2018_spring", 2018, "2018年度 春季「細胞治療認定管理師制度認定講習会」（金沢医科大学病院）"),
    (
        "2019_jstmct_67",
        2019,
        "2019年度 第67回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（熊本県民交流館パレア）",
    ),
    ("2019_autumn", 2019, "2019年度 秋季「細胞治療認定管理師制度指定講習会」（東京 砂防会館）"),
    (
        "2020_jstmct_68",
        2020,
        "2020年度 第68回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（札幌コンベンションセンター）",
    ),
    ("2020_autumn", 2020, "2020年度 秋季「細胞治療認定管理師制度指定講習会」（WEB 第二会場）"),
    ("2021_jstmct_69", 2021, "2021年度 第69回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（WEB）"),
];

/// The event kinds of A10 (the eight societies, the designated seminars) and `other`.
pub static EVENTS: &[(&str, &str, &str)] = &[
    ("jstmct_annual", "日本輸血・細胞治療学会総会", "JSTMCT annual meeting"),
    ("jstmct_autumn", "日本輸血・細胞治療学会秋季シンポジウム", "JSTMCT autumn symposium"),
    ("jstmct_regional", "日本輸血・細胞治療学会支部例会", "JSTMCT regional meeting"),
    ("jstct", "日本造血細胞移植学会", "Japan Society for Hematopoietic Cell Transplantation (JSHCT/JSTCT)"),
    ("jsrm", "日本再生医療学会", "Japanese Society for Regenerative Medicine"),
    (
        "isct",
        "国際細胞治療学会 International Society of Cell Therapy (ISCT)",
        "International Society for Cell & Gene Therapy (ISCT)",
    ),
    ("aabb", "アメリカ輸血学会 AABB", "AABB"),
    ("isbt", "国際輸血学会 ISBT", "International Society of Blood Transfusion (ISBT)"),
    (
        "designated_seminar",
        "両学会の定める細胞治療認定管理師制度 指定・認定講習会",
        "Designated cell-therapy seminar of the two societies",
    ),
    ("other", "その他の会合（単位の対象外）", "Another meeting (earns no credits)"),
];

pub static LICENCES: &[(&str, &str, &str)] = &[
    ("physician", "医師", "Physician"),
    ("clinical_lab_technologist", "臨床検査技師", "Clinical laboratory technologist"),
    ("health_lab_technologist", "衛生検査技師", "Health laboratory technologist"),
    ("clinical_engineer", "臨床工学技士（Q&Aでは「臨床工学士」）", "Clinical engineer"),
    ("pharmacist", "薬剤師", "Pharmacist"),
    ("nurse", "看護師", "Nurse"),
    ("other_medical", "その他の医療系国家資格", "Another medical national licence"),
    ("none", "医療系国家資格なし", "No medical national licence"),
];

pub static KINDS: &[(&str, &str, &str)] = &[
    ("collection", "採取", "Collection"),
    ("processing", "調製", "Processing"),
    ("storage", "保管", "Storage"),
    ("release", "出荷", "Release"),
    ("quality_control", "品質管理", "Quality control"),
];

fn ids(t: &[(&'static str, &str, &str)]) -> Vec<&'static str> {
    t.iter().map(|x| x.0).collect()
}

fn names(t: &[(&'static str, &'static str, &'static str)], id: &str) -> Msg {
    t.iter().find(|x| x.0 == id).map_or_else(|| Msg::new(id, id), |x| Msg::new(x.1, x.2))
}

// ───────────────────────────── input ─────────────────────────────

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    pub event: &'static str,
    pub credits: i64,
    pub seminar: Option<&'static str>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub date: Date,
    pub case: String,
    pub kind: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub licence: &'static str,
    /// 申請日 (消印の日付).
    pub application_date: Date,
    pub window_start: Option<Date>,
    pub window_end: Option<Date>,
    pub events: Vec<Event>,
    pub cases: Vec<Case>,
}

pub fn parse(v: &Value) -> Result<Input, Errors> {
    let mut r = Reader::new(v, "");
    let licence = r.choice("licence", &ids(LICENCES), None);
    let application_date = r.date("application_date");
    let window_start = r.opt_date("window_start");
    let window_end = r.opt_date("window_end");
    if let (Some(s), Some(e)) = (window_start, window_end) {
        if s > e {
            r.error(
                "window_end",
                "window_reversed",
                Msg::new("期間の末日が初日より前です", "The window ends before it starts"),
            );
        }
    }
    let event_ids = ids(EVENTS);
    let seminar_ids: Vec<&'static str> = SEMINARS.iter().map(|s| s.0).collect();
    let mut events = Vec::new();
    for (i, item) in r.array("events").iter().enumerate() {
        let mut e = Reader::new(item, format!("events[{i}]."));
        let date = e.date("date");
        let event = e.choice("event", &event_ids, None);
        let credits = e.int("credits", if event == "other" { Some(0) } else { None });
        let seminar = match e.raw("seminar") {
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(_) => Some(e.choice("seminar", &seminar_ids, None)),
            None => None,
        };
        if seminar.is_some() && event != "designated_seminar" && e.errors.is_empty() {
            e.error(
                "seminar",
                "seminar_needs_designated_seminar",
                Msg::new(
                    "講習会（seminar）は event が designated_seminar のときに指定してください",
                    "seminar is only for event \"designated_seminar\"",
                ),
            );
        }
        let title = e.raw("title").map(|_| e.string("title", None));
        let ok = e.errors.is_empty();
        r.absorb(e);
        if let (true, Some(date)) = (ok, date) {
            events.push(Event { date, event, credits, seminar, title });
        }
    }
    let kind_ids = ids(KINDS);
    let mut cases = Vec::new();
    for (i, item) in r.array("cases").iter().enumerate() {
        let mut c = Reader::new(item, format!("cases[{i}]."));
        let date = c.date("date");
        let case = c.string("case", None);
        if c.raw("case").is_some() && case.trim().is_empty() {
            c.error("case", "required", Msg::new("症例の識別子を入力してください", "Name the case"));
        }
        let kind = c.choice("kind", &kind_ids, None);
        let ok = c.errors.is_empty();
        r.absorb(c);
        if let (true, Some(date)) = (ok, date) {
            cases.push(Case { date, case: case.trim().to_string(), kind });
        }
    }
    let application_date = application_date.unwrap_or(ymd(1970, 1, 1));
    r.finish(Input { licence, application_date, window_start, window_end, events, cases })
}

// ───────────────────────────── output ─────────────────────────────

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventLine {
    pub index: usize,
    pub date: Date,
    pub event: &'static str,
    pub name: Msg,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seminar: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seminar_name: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// As entered.
    pub credits: i64,
    pub counted: bool,
    pub counted_credits: i64,
    pub reason: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseLine {
    pub index: usize,
    pub date: Date,
    pub case: String,
    pub kind: &'static str,
    pub kind_name: Msg,
    /// This line opens a counted case (the first line of a case's same-day series).
    pub counted: bool,
    /// 1-based number of the counted case this line belongs to (null when not counted at all).
    pub case_number: Option<usize>,
    /// The counted case it belongs to includes actual processing (調製).
    pub processing_case: bool,
    pub reason: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Output {
    pub eligible: bool,
    pub requirements: Vec<Requirement>,
    pub unmet: Vec<String>,
    pub round: Round,
    pub licence: &'static str,
    pub licence_name: Msg,
    pub application_date: Date,
    pub application_window: Window,
    pub in_application_window: bool,
    pub credit_window: Window,
    /// `round` (A11's dates) or `input` (window_start / window_end given).
    pub credit_window_source: &'static str,
    pub qualifying_credits: i64,
    pub credits_required: i64,
    pub credit_shortfall: i64,
    pub events: Vec<EventLine>,
    pub case_count: i64,
    pub processing_case_count: i64,
    pub cases_required: i64,
    pub processing_cases_required: i64,
    pub case_shortfall: i64,
    pub processing_shortfall: i64,
    pub cases: Vec<CaseLine>,
    pub notes: Vec<Msg>,
}

fn fe(e: FieldError) -> Errors {
    vec![e]
}

// TRANSITIONAL (until this module moves to its folder): the old helpers over `Checks`.
fn count_req(ctx: &Ctx, trace: &mut Vec<TraceStep>, id: &str, param_id: &'static str, reached: i64) -> Result<Requirement, Errors> {
    let p = ctx.param(param_id).map_err(fe)?;
    let mut c = Checks::new(ctx);
    let r = c.count_with(id, p, reached).clone();
    trace.append(&mut c.trace);
    Ok(r)
}

fn bool_req(trace: &mut Vec<TraceStep>, id: &str, label: Msg, met: bool, source: &str) -> Requirement {
    let ctx = Ctx::over(ymd(2021, 4, 1), &[]);
    let mut c = Checks::new(&ctx);
    let r = c.yes(id, label, met, source).clone();
    trace.append(&mut c.trace);
    r
}

/// The round for an application: the one whose application period is in the same year.
pub fn round_for(application_date: Date) -> Option<&'static Round> {
    ROUNDS.iter().find(|r| r.application.start.year == application_date.year)
}

pub fn compute(input: &Input, ctx: &Ctx) -> Result<Evaluation<Output>, Errors> {
    let mut trace = Vec::new();
    let mut notes = Vec::new();
    let credits_p = ctx.param("cell_therapy.credits.required").map_err(fe)?;
    let round = round_for(input.application_date).ok_or_else(|| {
        let known: Vec<String> =
            ROUNDS.iter().map(|r| format!("{}〜{}", r.application.start, r.application.end)).collect();
        vec![FieldError::new(
            "application_date",
            "no_round",
            Msg::new(
                format!("{} の年の申請回は資料にありません（収録: {}）", input.application_date, known.join(", ")),
                format!("No application round is known for {} (known: {})", input.application_date, known.join(", ")),
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
    trace.push(TraceStep::note(
        "round",
        Msg::new(format!("第{}回 申請", round.number), format!("Round {}", round.number)),
        format!(
            "申請受付 {}〜{}（当日消印有効）、単位の期間 {}〜{}",
            round.application.start, round.application.end, round.credit_window.start, round.credit_window.end
        ),
        round.source,
    ));

    let mut requirements = Vec::new();
    // A2 / A7: 医療系国家資格.
    let licence_name = names(LICENCES, input.licence);
    requirements.push(bool_req(
        &mut trace,
        "licence",
        Msg::new(
            format!("医療系国家資格（{}）", licence_name.ja),
            format!("Medical national licence ({})", licence_name.en),
        ),
        input.licence != "none",
        "seed 000 Q2/A2・A7",
    ));
    if input.licence == "other_medical" {
        notes.push(Msg::new(
            "A2 は「医師、臨床検査技師、衛生検査技師、臨床工学士、薬剤師、看護師など」で、列挙以外の医療系国家資格の扱いは「受験申請の手引き」で確認してください",
            "A2 lists physicians, lab technologists, clinical engineers, pharmacists and nurses \"and others\": check the application guide for other licences",
        ));
    }

    // A11: the credit window — the round's dates unless the user gives their own.
    let credit_window = Window {
        start: input.window_start.unwrap_or(round.credit_window.start),
        end: input.window_end.unwrap_or(round.credit_window.end),
    };
    if credit_window.start > credit_window.end {
        return Err(vec![FieldError::new(
            if input.window_start.is_some() { "window_start" } else { "window_end" },
            "window_reversed",
            Msg::new("期間の末日が初日より前です", "The window ends before it starts"),
        )]);
    }
    let window_source = if input.window_start.is_some() || input.window_end.is_some() { "input" } else { "round" };
    let wy = ctx.param("cell_therapy.credits.window_years").map_err(fe)?;
    trace.push(TraceStep::note(
        "credit_window",
        Msg::new(wy.label_ja, wy.label_en),
        format!(
            "{} 〜 {}（{}）",
            credit_window.start,
            credit_window.end,
            if window_source == "round" { "第4回の資料の日付" } else { "入力された期間" }
        ),
        wy.source,
    ));

    // A10: only the listed societies and seminars; A11: only inside the window.
    let mut events = Vec::new();
    let mut qualifying: i64 = 0;
    for (i, e) in input.events.iter().enumerate() {
        let name = names(EVENTS, e.event);
        let seminar_name = e.seminar.and_then(|s| SEMINARS.iter().find(|x| x.0 == s)).map(|x| x.2);
        let exception = e.seminar == Some(SEMINAR_2021_EXCEPTION);
        let (counted, reason) = if e.event == "other" {
            (
                false,
                Msg::new(
                    "A10 に挙げられた学会・講習会以外は単位の対象になりません",
                    "Only the societies and seminars listed in A10 earn credits",
                ),
            )
        } else if e.date < credit_window.start {
            (
                false,
                Msg::new(
                    format!("単位の期間（{}〜）より前です", credit_window.start),
                    format!("Before the credit window (from {})", credit_window.start),
                ),
            )
        } else if e.date > credit_window.end && !exception {
            (
                false,
                Msg::new(
                    format!("単位の期間（〜{}）より後です", credit_window.end),
                    format!("After the credit window (to {})", credit_window.end),
                ),
            )
        } else if e.date > credit_window.end {
            (
                true,
                Msg::new(
                    "A12 の特例: 2021年度第69回総会の認定講習会（WEB）は受講前の単位申請が認められます（参加申込のメール等を添え、参加証明書は入手次第〔8月末頃〕送付）",
                    "A12 exception: the 2021 (69th) WEB seminar may be claimed before attending (attach the registration, send the certificate when it arrives, around end of August)",
                ),
            )
        } else if e.event == "designated_seminar" && e.seminar.is_none() {
            (
                true,
                Msg::new(
                    "期間内の指定講習会として計上（A10 の一覧にある講習会であることを確認してください）",
                    "Counted as a designated seminar in the window (make sure it is one listed in A10)",
                ),
            )
        } else {
            (true, Msg::new("対象の学会・講習会で、期間内です", "A listed society or seminar, inside the window"))
        };
        let counted_credits = if counted { e.credits } else { 0 };
        qualifying = qualifying.saturating_add(counted_credits);
        trace.push(TraceStep::new(
            format!("event{}", i + 1),
            Msg::new(format!("{} {}", e.date, seminar_name.unwrap_or(&name.ja)), format!("{} {}", e.date, name.en)),
            format!("{}単位 → {}単位（{}）", e.credits, counted_credits, reason.ja),
            Some(counted_credits),
            Unit::Credits,
            "seed 000 A10・A11",
        ));
        events.push(EventLine {
            index: i,
            date: e.date,
            event: e.event,
            name,
            seminar: e.seminar,
            seminar_name,
            title: e.title.clone(),
            credits: e.credits,
            counted,
            counted_credits,
            reason,
        });
    }
    trace.push(TraceStep::new(
        "qualifying_credits",
        Msg::new("対象となる単位の合計", "Qualifying credits"),
        format!("{qualifying}単位"),
        Some(qualifying),
        Unit::Credits,
        "seed 000 A10・A11",
    ));
    requirements.push(count_req(ctx, &mut trace, "qualifying_credits", credits_p.id, qualifying)?);

    // A3: a case's same-day series is one case; different days are separate cases.
    let mut groups: BTreeMap<(String, Date), usize> = BTreeMap::new();
    let mut group_processing: Vec<bool> = Vec::new();
    let mut line_group: Vec<Option<usize>> = Vec::new();
    let mut first_of_group: Vec<bool> = Vec::new();
    for c in &input.cases {
        if c.date > input.application_date {
            line_group.push(None);
            first_of_group.push(false);
            continue;
        }
        let key = (c.case.clone(), c.date);
        let (g, first) = match groups.get(&key) {
            Some(&g) => (g, false),
            None => {
                let g = group_processing.len();
                groups.insert(key, g);
                group_processing.push(false);
                (g, true)
            }
        };
        if c.kind == "processing" {
            group_processing[g] = true;
        }
        line_group.push(Some(g));
        first_of_group.push(first);
    }
    let case_count = i64::try_from(group_processing.len()).unwrap_or(i64::MAX);
    let processing_count = i64::try_from(group_processing.iter().filter(|p| **p).count()).unwrap_or(i64::MAX);
    let mut cases = Vec::new();
    for (i, c) in input.cases.iter().enumerate() {
        let g = line_group[i];
        let reason = match g {
            None => Msg::new(
                format!("申請日（{}）より後の実績は数えません", input.application_date),
                format!("Work after the application date ({}) is not counted", input.application_date),
            ),
            Some(_) if first_of_group[i] => Msg::new(
                "1件として計上（同一症例の同日の一連の処理は1件）",
                "Counted as one case (a case's same-day series is one case)",
            ),
            Some(_) => Msg::new(
                format!("同一症例「{}」の同日（{}）の一連の処理として、既に1件に数えています", c.case, c.date),
                format!("Part of case \"{}\"'s same-day series on {}, already counted", c.case, c.date),
            ),
        };
        let processing_case = g.is_some_and(|g| group_processing[g]);
        trace.push(TraceStep::note(
            format!("case{}", i + 1),
            Msg::new(format!("{} {}", c.date, c.case), format!("{} {}", c.date, c.case)),
            format!("{} → {}", names(KINDS, c.kind).ja, reason.ja),
            "seed 000 A3 ②③⑥",
        ));
        cases.push(CaseLine {
            index: i,
            date: c.date,
            case: c.case.clone(),
            kind: c.kind,
            kind_name: names(KINDS, c.kind),
            counted: g.is_some() && first_of_group[i],
            case_number: g.map(|g| g + 1),
            processing_case,
            reason,
        });
    }
    let cases_req = count_req(ctx, &mut trace, "case_count", "cell_therapy.cases.required", case_count)?;
    let proc_req =
        count_req(ctx, &mut trace, "processing_case_count", "cell_therapy.cases.processing_min", processing_count)?;
    let cases_required = cases_req.required.as_i64().unwrap_or(0);
    let processing_required = proc_req.required.as_i64().unwrap_or(0);
    requirements.push(cases_req);
    requirements.push(proc_req);

    // A1: 申請受付 6/1〜6/30, 当日消印有効.
    let in_window = round.application.contains(input.application_date);
    requirements.push(bool_req(
        &mut trace,
        "application_period",
        Msg::new(
            format!(
                "申請受付期間内（{}〜{}、当日消印有効）の申請（{}）",
                round.application.start, round.application.end, input.application_date
            ),
            format!(
                "Application within {} to {} (postmark date counts): {}",
                round.application.start, round.application.end, input.application_date
            ),
        ),
        in_window,
        "seed 000 Q1/A1",
    ));

    notes.push(Msg::new(
        "学会・講習会の単位数は資料にないため、入力された単位数をそのまま使っています（A10 の講習会見出しの「５」は単位数の可能性がありますが明記されていません）",
        "The seed gives no credit value per event: the entered credits are used as they are (the \"５\" after A10's seminar heading may be a credit value but is not labelled)",
    ));
    notes.push(Msg::new(
        "実績は採取・調製・保管・出荷・品質管理のいずれも列記できますが、実際の調製（分離・濃縮・培養・凍結保存・解凍）が半分（5例）以上必要です",
        "Collection, processing, storage, release and quality control may all be listed, but actual processing (separation, concentration, culture, freezing, thawing) must be at least half (5 cases)",
    ));
    let five_years_on = round.credit_window.start.add_years(i32::try_from(wy.value).unwrap_or(0), MonthEnd::Clamp);
    if round.credit_window.end >= five_years_on || round.credit_window.end >= round.application.start {
        notes.push(Msg::new(
            format!(
                "A11 の期間（{}〜{}）は「申請受付開始日から遡る5年間」と説明されていますが、5年を超え、受付開始日（{}）より後に終わります。資料の日付をそのまま使っています",
                round.credit_window.start, round.credit_window.end, round.application.start
            ),
            format!(
                "A11 calls {}–{} \"the 5 years back from the start of applications\", yet it is longer than 5 years and ends after applications open ({}); the stated dates are used",
                round.credit_window.start, round.credit_window.end, round.application.start
            ),
        ));
    }

    let unmet: Vec<String> = requirements.iter().filter(|r| !r.met).map(|r| r.id.clone()).collect();
    let out = Output {
        eligible: unmet.is_empty(),
        unmet,
        requirements,
        round: *round,
        licence: input.licence,
        licence_name,
        application_date: input.application_date,
        application_window: round.application,
        in_application_window: in_window,
        credit_window,
        credit_window_source: window_source,
        qualifying_credits: qualifying,
        credits_required: credits_p.value,
        credit_shortfall: (credits_p.value - qualifying).max(0),
        events,
        case_count,
        processing_case_count: processing_count,
        cases_required,
        processing_cases_required: processing_required,
        case_shortfall: (cases_required - case_count).max(0),
        processing_shortfall: (processing_required - processing_count).max(0),
        cases,
        notes,
    };
    Ok(Evaluation::new(out, trace, ctx))
}

crate::calculator::calculator!("cell_therapy_manager", schema: &crate::schema::LEGACY, tables: &[PARAMS]);

#[cfg(test)]
mod tests {
    use super::*;
    // Tests write their inputs with serde_json's json!; the calculators read crate::value::Value.
    use serde_json::Value;
    #[allow(dead_code)]
    fn parse(v: &Value) -> Result<Input, Errors> {
        super::parse(&v.into())
    }
    use serde_json::json;

    fn run(input: Value) -> Output {
        let ctx = Ctx::over(ymd(2021, 6, 15), TYPED.tables);
        compute(&parse(&input).unwrap(), &ctx).unwrap().result
    }

    #[test]
    fn rounds_are_keyed_by_the_application_year() {
        assert_eq!(round_for(ymd(2021, 6, 1)).map(|r| r.number), Some(4));
        assert_eq!(round_for(ymd(2021, 5, 31)).map(|r| r.number), Some(4));
        assert!(round_for(ymd(2022, 6, 1)).is_none());
    }

    #[test]
    fn every_event_id_has_a_japanese_name_and_every_seminar_is_in_its_fiscal_year() {
        for (id, ja, en) in EVENTS {
            assert!(!id.is_empty() && !ja.is_empty() && !en.is_empty());
        }
        for (id, fy, name) in SEMINARS {
            assert!(id.starts_with(&fy.to_string()) && name.starts_with(&format!("{fy}年度")), "{id}");
        }
    }

    #[test]
    fn same_day_series_is_one_case_and_processing_marks_the_whole_series() {
        let out = run(json!({
            "licence": "physician", "application_date": "2021-06-10",
            "cases": [
                {"date": "2020-01-01", "case": "A", "kind": "collection"},
                {"date": "2020-01-01", "case": "A", "kind": "processing"},
                {"date": "2020-01-02", "case": "A", "kind": "release"},
                {"date": "2020-01-01", "case": "B", "kind": "quality_control"}
            ]
        }));
        assert_eq!(out.case_count, 3);
        assert_eq!(out.processing_case_count, 1);
        assert!(out.cases[0].processing_case && out.cases[0].counted && !out.cases[1].counted);
        assert_eq!(out.cases[3].case_number, Some(3));
    }
}
