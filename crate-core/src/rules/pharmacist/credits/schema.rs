//! What the credits check reads: the application (its kind and date, the certification being
//! renewed) and the training records, one row per certificate. A record's fields depend on its
//! kind of training, as the page shows them (`.when("kind", …)`).

use crate::msg::Text;
use crate::schema::{choices, Choose, Field, Rows, Schema};

/// Largest number of records accepted (keeps the planner's search bounded).
pub const MAX_RECORDS: usize = 500;
const MAX_MINUTES: i64 = 100_000;
const MAX_CREDITS: i64 = 1_000;
const MAX_DAYS: i64 = 366;
/// Longest session id and title (a page cuts imported cells at 200 characters too).
const MAX_TEXT: usize = 200;

choices! {
    /// 最初の認定 (5(1)) or 更新 (5(2)(3)).
    pub enum Mode: MODES {
        /// 最初の認定 (5(1)).
        Initial = "initial", "新規（最初の認定）", "First certification";
        /// 更新 (5(2)(3)).
        Renewal = "renewal", "更新", "Renewal";
    }
}

choices! {
    /// 2 「認定対象の研修」 (1)〜(7).
    #[derive(PartialOrd, Ord)]
    pub enum Kind: KINDS {
        /// 集合研修 (incl. 公共団体の研修会 and 学会等).
        Collective = "collective", "集合研修（研修会・学会等）", "Collective training (meetings, conferences)";
        /// 実習研修.
        Practical = "practical", "実習研修", "Practical training";
        /// グループ研修.
        Group = "group", "グループ研修", "Group training";
        /// 通信講座研修.
        Correspondence = "correspondence", "通信講座研修", "Correspondence course";
        /// 特定講座研修.
        SpecialCourse = "special_course", "特定講座研修", "Special course";
        /// インターネット研修.
        Internet = "internet", "インターネット研修", "Internet training";
        /// 自己研修.
        SelfStudy = "self_study", "自己研修", "Self-study";
    }
}

impl Kind {
    /// The key in the JSON (`collective`, …), as [`Choose::key`] (the pages call it on the value).
    pub fn key(self) -> &'static str {
        Choose::key(self)
    }

    /// The kind's name in the 実施要領 (the trace and the totals per kind use it).
    pub fn name(self) -> Text {
        match self {
            Kind::Collective => Text::new("集合研修", "Collective training"),
            Kind::Practical => Text::new("実習研修", "Practical training"),
            Kind::Group => Text::new("グループ研修", "Group training"),
            Kind::Correspondence => Text::new("通信講座研修", "Correspondence course"),
            Kind::SpecialCourse => Text::new("特定講座研修", "Special course"),
            Kind::Internet => Text::new("インターネット研修", "Internet training"),
            Kind::SelfStudy => Text::new("自己研修", "Self-study"),
        }
    }

    pub fn ja(self) -> &'static str {
        self.name().ja
    }

    pub fn en(self) -> &'static str {
        self.name().en
    }
}

choices! {
    /// 5(4)ウ: what a 2nd or later 通信講座 counts as.
    pub enum TreatAs: TREAT_AS_OPTIONS {
        SelfStudy = "self_study", "自己研修として（既定）", "as self-study (default)";
        Group = "group", "グループ研修として", "as group training";
    }
}

impl TreatAs {
    pub fn kind(self) -> Kind {
        match self {
            TreatAs::SelfStudy => Kind::SelfStudy,
            TreatAs::Group => Kind::Group,
        }
    }
}

// ───────────────────────────── one record ─────────────────────────────

pub const DATE: Field = Field::date("date", Text::new("研修日", "Date")).example("2024-06-01");

pub const KIND: Field = Field::choice("kind", Text::new("研修の種類", "Kind of training"), KINDS).example("collective");

pub const MINUTES: Field = Field::count("minutes", Text::new("研修時間", "Minutes"), MAX_MINUTES, Text::new("分", "min"))
    .help(Text::new(
        "時間は分で（6時間 = 360分、全角数字も可）。集合・実習・グループ・自己研修では必須",
        "Time in minutes (6 hours = 360; full-width digits are fine). Required for collective, practical, group training and self-study",
    ))
    .optional()
    .example("360")
    .when("kind", &["collective", "practical", "group", "correspondence", "internet", "self_study"]);

pub const DAYS: Field =
    Field::count("days", Text::new("日数（学会等）", "Days (multi-day meeting)"), MAX_DAYS, Text::new("日", "days"))
        .help(Text::new(
            "学会等で複数日にわたる研修の日数（2日間6単位、3日間9単位まで）",
            "Days of a meeting that runs over several days (at most 6 credits for 2 days, 9 for 3)",
        ))
        .default("1")
        .example("2")
        .when("kind", &["collective"]);

pub const LECTURER: Field =
    Field::flag("lecturer", Text::new("講師を務めた（+1単位）", "I was a lecturer (+1 credit)"))
        .when("kind", &["collective"]);

pub const PRESENTATION: Field = Field::flag(
    "presentation",
    Text::new("学会発表（講師の付加なし）", "Conference presentation (no lecturer credit)"),
)
.when("kind", &["collective"]);

pub const CREDITS: Field =
    Field::count("credits", Text::new("単位数", "Credits"), MAX_CREDITS, Text::new("単位", "cr"))
        .help(Text::new(
            "研修センターが決めた単位数（インターネット研修は研修時間でも可）",
            "The credits the center set (for internet training, the minutes will do instead)",
        ))
        .optional()
        .example("2")
        .when("kind", &["correspondence", "special_course", "internet"]);

pub const SESSION: Field = Field::text("session", Text::new("研修会ID（任意）", "Session ID (optional)"), MAX_TEXT)
    .help(Text::new(
        "同じ研修会を2回受講した場合は、研修会IDを同じにすると1回だけ数えます。",
        "Give two attendances of the same session the same session ID and it counts once.",
    ))
    .example("2024-kanagawa-03");

pub const NEW_CURRICULUM: Field = Field::flag(
    "new_curriculum",
    Text::new("新カリキュラム対応研修（研修支援システム）", "New-curriculum training (online support system)"),
)
.help(Text::new(
    "薬剤師研修支援システムで取得した新カリキュラム対応研修の単位は、実習・自己研修の年間上限から除外されます",
    "New-curriculum credits earned through the online support system are exempt from the yearly cap of practical training and self-study",
))
.when("kind", &["practical", "self_study", "correspondence"]);

/// 4(1), 4(2): 「本制度以外の特定の資格取得を目的とする受講者のみを対象とする研修については、単位は交付しない」.
pub const OTHER_QUALIFICATION_ONLY: Field = Field::flag(
    "other_qualification_only",
    Text::new(
        "他の資格の取得を目的とする受講者だけを対象とした研修",
        "Training only for people seeking another qualification",
    ),
)
.help(Text::new(
    "研修認定薬剤師制度以外の特定の資格取得のみを対象とする研修・実習研修には単位が交付されません（実施要領 4(1)・4(2)）",
    "Training or practical training only for those seeking another specific qualification earns no credits (実施要領 4(1), 4(2))",
))
.when("kind", &["collective", "practical"]);

pub const SPECIAL_PRACTICAL: Field = Field::flag(
    "special_practical",
    Text::new("特定講座に伴う実習（5単位まで）", "Practical part of the special course (at most 5)"),
)
.when("kind", &["special_course"]);

pub const TREAT_AS: Field = Field::choice(
    "treat_as",
    Text::new("2回目以降の通信講座の扱い", "A 2nd or later correspondence course counts"),
    TREAT_AS_OPTIONS,
)
.default("self_study")
.when("kind", &["correspondence"]);

/// 9(2)ウ: the day a 学会等 attended without the 7(1) procedure was claimed from the center.
pub const CLAIMED_ON: Field = Field::date(
    "claimed_on",
    Text::new("研修センターに直接請求した日（任意）", "Date claimed from the center (optional)"),
)
.help(Text::new(
    "事前の手続き（実施要領7(1)）を経ていない学会等・公共団体の研修会は、終了後1か月以内に直接請求します。それより後の請求は単位になりません。",
    "A conference or public body's session held without the prior procedure (実施要領 7(1)) is claimed directly within 1 month of its end; a later claim earns nothing.",
))
.optional()
.example("2024-06-20")
.when("kind", &["collective"]);

pub const TITLE: Field =
    Field::text("title", Text::new("研修名・メモ", "Title or note"), MAX_TEXT).example("地域薬剤師会 研修会");

pub static RECORD: Rows = Rows {
    fields: &[
        DATE,
        KIND,
        MINUTES,
        DAYS,
        LECTURER,
        PRESENTATION,
        CREDITS,
        SESSION,
        NEW_CURRICULUM,
        SPECIAL_PRACTICAL,
        OTHER_QUALIFICATION_ONLY,
        TREAT_AS,
        CLAIMED_ON,
        TITLE,
    ],
    max: MAX_RECORDS,
    row: Text::new("記録", "Record"),
    nth: Text::new("{n}件目の記録", "Record {n}"),
};

// ───────────────────────────── the application ─────────────────────────────

pub const MODE: Field = Field::choice("mode", Text::new("申請の種類", "Application"), MODES).example("initial");

pub const APPLICATION_DATE: Field = Field::date("application_date", Text::new("申請日", "Application date"))
    .help(Text::new("この日までに取得した単位で判定します。", "Credits earned up to this day are counted."))
    .example("2025-04-01");

pub const CERTIFIED_DATE: Field =
    Field::date("certified_date", Text::new("現在の認定日（認定証の日付）", "Date of the current certification"))
        .help(Text::new(
            "認定期間の初日。これより前の単位は更新に使えません（2022年3月までの認定はこの日の単位も使えません）。",
            "The first day of the certification period. Earlier credits do not count for the renewal (for a certification before April 2022, nor do that day's).",
        ))
        .example("2022-04-01")
        .when("mode", &["renewal"]);

pub const RECORDS: Field = Field::rows("records", Text::new("研修の記録", "Training records"), &RECORD).help(Text::new(
    "受講証明1枚ごとに1件。種類を選ぶと、その研修に必要な欄だけが表示されます。時間は分で（6時間 = 360分、全角数字も可）。通信講座・特定講座・インターネット研修は研修センターが決めた単位数を入力します。同じ研修会を2回受講した場合は、研修会IDを同じにすると1回だけ数えます。",
    "One entry per certificate. Choosing the kind shows the fields it needs. Time in minutes (6 hours = 360; full-width digits are fine). For correspondence, special course and internet training enter the credits the center set. Give two attendances of the same session the same session ID and it counts once.",
));

/// 5(5): 特別な事由 (defined in the 実施細則, not in the 実施要領) → an extension to apply for.
pub const SPECIAL_REASON: Field = Field::flag(
    "special_reason",
    Text::new(
        "病気・出産などの特別な事由で所定の単位を取得できなかった",
        "Illness, childbirth or another special reason kept me from earning the credits",
    ),
)
.help(Text::new(
    "期間の延長を申請できる場合があります（実施要領5(5)）。",
    "You may be able to apply for an extension (実施要領 5(5)).",
));

pub static SCHEMA: Schema = Schema { fields: &[MODE, APPLICATION_DATE, CERTIFIED_DATE, SPECIAL_REASON, RECORDS] };
