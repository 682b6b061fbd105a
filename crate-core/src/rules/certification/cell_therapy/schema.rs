//! What the 細胞治療認定管理師 checker reads: the licence, the application date, an optional credit
//! window, the meetings and seminars attended (credits) and the cell-processing record.

use crate::msg::Text;
use crate::schema::{choices, Choice, Field, Rows, Schema};

choices! {
    /// A2 / A7: the medical national licences (医師, 臨床検査技師, 衛生検査技師, 臨床工学士, 薬剤師, 看護師 など).
    pub enum Licence: LICENCE_CHOICES {
        Physician = "physician", "医師", "Physician";
        ClinicalLabTechnologist = "clinical_lab_technologist", "臨床検査技師", "Clinical laboratory technologist";
        HealthLabTechnologist = "health_lab_technologist", "衛生検査技師", "Health laboratory technologist";
        ClinicalEngineer = "clinical_engineer", "臨床工学技士（Q&Aでは「臨床工学士」）", "Clinical engineer";
        Pharmacist = "pharmacist", "薬剤師", "Pharmacist";
        Nurse = "nurse", "看護師", "Nurse";
        OtherMedical = "other_medical", "その他の医療系国家資格", "Another medical national licence";
        NoLicence = "none", "医療系国家資格なし", "No medical national licence";
    }
}

choices! {
    /// A10: the eight societies, the designated seminars, and `other` (earns no credits).
    pub enum EventKind: EVENT_KINDS {
        JstmctAnnual = "jstmct_annual", "日本輸血・細胞治療学会総会", "JSTMCT annual meeting";
        JstmctAutumn = "jstmct_autumn", "日本輸血・細胞治療学会秋季シンポジウム", "JSTMCT autumn symposium";
        JstmctRegional = "jstmct_regional", "日本輸血・細胞治療学会支部例会", "JSTMCT regional meeting";
        Jstct = "jstct", "日本造血細胞移植学会", "Japan Society for Hematopoietic Cell Transplantation (JSHCT/JSTCT)";
        Jsrm = "jsrm", "日本再生医療学会", "Japanese Society for Regenerative Medicine";
        Isct = "isct", "国際細胞治療学会 International Society of Cell Therapy (ISCT)", "International Society for Cell & Gene Therapy (ISCT)";
        Aabb = "aabb", "アメリカ輸血学会 AABB", "AABB";
        Isbt = "isbt", "国際輸血学会 ISBT", "International Society of Blood Transfusion (ISBT)";
        DesignatedSeminar = "designated_seminar", "両学会の定める細胞治療認定管理師制度 指定・認定講習会", "Designated cell-therapy seminar of the two societies";
        Other = "other", "その他の会合（単位の対象外）", "Another meeting (earns no credits)";
    }
}

choices! {
    /// A3: the kinds of work a cell-processing record lists.
    pub enum CaseKind: CASE_KINDS {
        Collection = "collection", "採取", "Collection";
        Processing = "processing", "調製", "Processing";
        Storage = "storage", "保管", "Storage";
        Release = "release", "出荷", "Release";
        QualityControl = "quality_control", "品質管理", "Quality control";
    }
}

/// The designated seminars of A10, by id; an id starts with the fiscal year it was held in.
pub const SEMINAR_CHOICES: &[Choice] = &[
    Choice::new(
        "2016_jstmct_64",
        Text::new(
            "2016年度 第64回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（国立京都国際会館）",
            "FY2016, 64th JSTMCT annual meeting: designated seminar (Kyoto International Conference Center)",
        ),
    ),
    Choice::new(
        "2016_autumn",
        Text::new(
            "2016年度 秋季「細胞治療認定管理師制度指定講習会」（金沢商工会議所会館）",
            "FY2016 autumn designated seminar (Kanazawa Chamber of Commerce and Industry)",
        ),
    ),
    Choice::new(
        "2017_jstmct_65",
        Text::new(
            "2017年度 第65回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（幕張メッセ国際会議場）",
            "FY2017, 65th JSTMCT annual meeting: designated seminar (Makuhari Messe International Conference Hall)",
        ),
    ),
    Choice::new(
        "2017_autumn",
        Text::new("2017年度 秋季「細胞治療認定管理師制度指定講習会」（ホルトホール大分）", "FY2017 autumn designated seminar (Oita)"),
    ),
    Choice::new(
        "2018_jstmct_66",
        Text::new(
            "2018年度 第66回日本輸血・細胞治療学会総会「細胞治療認定管理師制度指定講習会」（栃木県総合文化センター）",
            "FY2018, 66th JSTMCT annual meeting: designated seminar (Tochigi Prefectural Culture Center)",
        ),
    ),
    Choice::new(
        "2018_autumn",
        Text::new("2018年度 秋季「細胞治療認定管理師制度指定講習会」（リンクステーションホール青森）", "FY2018 autumn designated seminar (Aomori)"),
    ),
    Choice::new(
        "2018_spring",
        Text::new(
            "2018年度 春季「細胞治療認定管理師制度認定講習会」（金沢医科大学病院）",
            "FY2018 spring certified seminar (Kanazawa Medical University Hospital)",
        ),
    ),
    Choice::new(
        "2019_jstmct_67",
        Text::new(
            "2019年度 第67回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（熊本県民交流館パレア）",
            "FY2019, 67th JSTMCT annual meeting: certified seminar (Kumamoto)",
        ),
    ),
    Choice::new(
        "2019_autumn",
        Text::new("2019年度 秋季「細胞治療認定管理師制度指定講習会」（東京 砂防会館）", "FY2019 autumn designated seminar (Sabo Kaikan, Tokyo)"),
    ),
    Choice::new(
        "2020_jstmct_68",
        Text::new(
            "2020年度 第68回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（札幌コンベンションセンター）",
            "FY2020, 68th JSTMCT annual meeting: certified seminar (Sapporo Convention Center)",
        ),
    ),
    Choice::new(
        "2020_autumn",
        Text::new("2020年度 秋季「細胞治療認定管理師制度指定講習会」（WEB 第二会場）", "FY2020 autumn designated seminar (online, second venue)"),
    ),
    Choice::new(
        "2021_jstmct_69",
        Text::new(
            "2021年度 第69回日本輸血・細胞治療学会総会「細胞治療認定管理師制度認定講習会」（WEB）",
            "FY2021, 69th JSTMCT annual meeting: certified seminar (online)",
        ),
    ),
];

/// The 2021 annual-meeting seminar (第69回, WEB): A12 allows claiming it before attending.
pub const SEMINAR_2021_EXCEPTION: &str = "2021_jstmct_69";

// ───────────────────────────── fields ─────────────────────────────

/// Most rows a list takes (the page cuts a longer list).
pub const MAX_ROWS: usize = 500;
/// Largest credit value of one event.
pub const MAX_CREDITS: i64 = 1_000;

pub const LICENCE: Field =
    Field::choice("licence", Text::new("医療系国家資格", "Medical national licence"), LICENCE_CHOICES)
        .example("physician");

pub const APPLICATION_DATE: Field =
    Field::date("application_date", Text::new("申請日（消印の日付）", "Application date (postmark)"))
        .help(Text::new(
            "資料にあるのは第4回（2021年6月1日〜30日）のみです。",
            "Only the 4th round (1–30 June 2021) is in the Q&A.",
        ))
        .example("2021-06-01");

pub const WINDOW_START: Field =
    Field::date("window_start", Text::new("単位の期間の初日（任意）", "Credit window: first day (optional)"))
        .help(Text::new(
            "空欄なら資料の期間（2016-04-01〜2021-06-06）を使います。",
            "Blank: the Q&A's window (2016-04-01 to 2021-06-06).",
        ))
        .optional()
        .example("2016-04-01");

pub const WINDOW_END: Field =
    Field::date("window_end", Text::new("単位の期間の末日（任意）", "Credit window: last day (optional)"))
        .optional()
        .example("2021-06-06");

pub const EVENT_DATE: Field = Field::date("date", Text::new("参加日", "Date")).example("2019-06-01");

pub const EVENT: Field =
    Field::choice("event", Text::new("学会・講習会", "Society or seminar"), EVENT_KINDS).example("jstmct_annual");

/// Only for a designated seminar; given with another event it is refused (`input.rs`), not ignored.
pub const SEMINAR: Field = Field::choice(
    "seminar",
    Text::new("指定・認定講習会（一覧から）", "Designated seminar (from the list)"),
    SEMINAR_CHOICES,
)
.optional()
.example("2019_jstmct_67")
.when("event", &["designated_seminar"]);

pub const CREDITS: Field =
    Field::count("credits", Text::new("単位数", "Credits"), MAX_CREDITS, Text::new("単位", "cr."))
        .help(Text::new(
            "「その他の会合」では省略できます（0単位）。",
            "May be left out for another meeting (0 credits).",
        ))
        .optional()
        .example("10");

pub const TITLE: Field =
    Field::text("title", Text::new("名称・メモ（任意）", "Title or note (optional)"), 1_000).example("第67回総会");

pub static EVENT_ROW: Rows = Rows {
    fields: &[EVENT_DATE, EVENT, SEMINAR, CREDITS, TITLE],
    max: MAX_ROWS,
    row: Text::new("参加記録", "Event"),
    nth: Text::new("{n}件目の参加記録", "Event {n}"),
};

pub const EVENTS_FIELD: Field =
    Field::rows("events", Text::new("学会・講習会への参加（単位）", "Meetings and seminars attended (credits)"), &EVENT_ROW).help(Text::new(
        "Q&A（A10）に挙げられた学会・講習会だけが単位の対象です。単位数は資料にないため、参加証などに記載の単位数を入力してください。",
        "Only the societies and seminars listed in A10 earn credits. The Q&A gives no credit values: enter the credits on your certificate.",
    ));

pub const CASE_DATE: Field = Field::date("date", Text::new("実施日", "Date")).example("2020-01-10");

pub const CASE: Field = Field::text("case", Text::new("症例の識別子", "Case ID"), 200).required().example("C1");

pub const KIND: Field = Field::choice("kind", Text::new("内容", "Work"), CASE_KINDS).example("processing");

pub static CASE_ROW: Rows = Rows {
    fields: &[CASE_DATE, CASE, KIND],
    max: MAX_ROWS,
    row: Text::new("実績", "Record"),
    nth: Text::new("{n}件目の実績", "Record {n}"),
};

pub const CASES_FIELD: Field = Field::rows("cases", Text::new("細胞調製の実績", "Cell-processing record"), &CASE_ROW).help(Text::new(
    "同じ症例の同じ日の一連の処理は1件、日が違えば別の件として数えます。10件のうち5件以上に実際の調製（分離・濃縮・培養・凍結保存・解凍）が必要です。",
    "One case's same-day series is one case; different days are separate cases. At least 5 of the 10 must include actual processing.",
));

pub static SCHEMA: Schema =
    Schema { fields: &[LICENCE, APPLICATION_DATE, WINDOW_START, WINDOW_END, EVENTS_FIELD, CASES_FIELD] };
