//! The figures of 実施要領 (seed 004), one named row each: credits per kind of training (4), the
//! certification and renewal requirements (5), the limits (5(4)), the fees (16). The logic reads a
//! row by its name, so every use of a figure is found by searching for it.

use crate::date::{ymd, Date};
use crate::money::{Direction, Rounding};
use crate::params::{Bound, Confidence, Param, Unit};
use crate::sources::{cite, Cite, PHARMACIST_GUIDELINES, PHARMACIST_ONLINE};

/// 附則: "本実施要領は、平成29年4月1日より施行する" (the seed prints 平成29月4日1日, a typo).
const SEED_FROM: Date = ymd(2017, 4, 1);
/// Last day of the seed's window rule: the online system counts back from 2022-04-01.
const SEED_UNTIL: Date = ymd(2022, 3, 31);
const ONLINE_FROM: Date = ymd(2022, 4, 1);
/// 16(1) 欄外: "平成26年4月1日以降受付の認定の手数料" — the 8% consumption tax era.
const FEE_FROM: Date = ymd(2014, 4, 1);
/// The fees were revised with the 10% consumption tax from 2019-10-01 (RULES.md facts; new amounts
/// not confirmed), so the seed's figures end the day before. Later dates get no fee, not a guess.
const FEE_UNTIL: Date = ymd(2019, 9, 30);

pub(crate) const SRC_COLLECTIVE: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(1)", quote: "集合研修");
pub(crate) const SRC_PRACTICAL: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(2)", quote: "実習研修");
pub(crate) const SRC_GROUP: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(3)", quote: "グループ研修");
pub(crate) const SRC_CORRESPONDENCE: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(4)", quote: "通信講座研修");
pub(crate) const SRC_SPECIAL: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(5)", quote: "特定講座研修");
pub(crate) const SRC_INTERNET: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(6)", quote: "インターネット研修");
pub(crate) const SRC_SELF: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 4(7)", quote: "自己研修");
pub(crate) const SRC_INITIAL: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(1)");
pub(crate) const SRC_ONLINE: &Cite =
    cite!(PHARMACIST_ONLINE, "新規認定の研修期間（2022年4月1日から）", quote: "認定申請日から1年ずつ遡って起算");
pub(crate) const SRC_RENEWAL_PERIOD: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(2)");
pub(crate) const SRC_RENEWAL: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(3)");
pub(crate) const SRC_LIMIT_A: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(4)ア");
pub(crate) const SRC_LIMIT_I: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(4)イ");
pub(crate) const SRC_LIMIT_U: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(4)ウ");
pub(crate) const SRC_LIMIT_E: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 5(4)エ");
pub(crate) const SRC_CARRY: &Cite =
    cite!(PHARMACIST_GUIDELINES, "実施要領 10(1)", quote: "申請日以前に取得した単位は次回更新の単位には充当できない");
pub(crate) const SRC_FEE: &Cite = cite!(PHARMACIST_GUIDELINES, "実施要領 16(1)");
pub(crate) const SRC_CLAIM: &Cite =
    cite!(PHARMACIST_GUIDELINES, "実施要領 9(2)ウ", quote: "学会等終了後、1か月以内に請求するものとする");
pub(crate) const SRC_EXTENSION: &Cite = cite!(
    PHARMACIST_GUIDELINES,
    "実施要領 5(5)",
    quote: "特別な事由（実施細則で定める。）により所定の単位を取得することができない者にあっては、期間の延長（実施細則で定める。）を認める"
);
pub(crate) const SRC_RENEWAL_WINDOW: &Cite =
    cite!(PHARMACIST_ONLINE, "更新の申請受付期間（有効期限の2か月前から3か月後まで）");
pub(crate) const SRC_REVIEW_START: &Cite = cite!(PHARMACIST_ONLINE, "認定の開始日（審査が終わった日）");
pub(crate) const SRC_NOT_RETROACTIVE: &Cite =
    cite!(PHARMACIST_ONLINE, "オンラインシステム登録前の単位（遡って加算しない）");

/// 9(2) ただし書き: "「受講シール」の請求は1単位以上整数単位で行うこととし、端数は切り捨てる".
/// Applied wherever minutes become credits (each record, or each pool of summed time).
pub const CREDIT_TRUNCATION: Rounding = Rounding::new(
    1,
    Direction::Down,
    "1単位未満切り捨て（整数単位で請求、端数は切り捨て）",
    "Fractions of a credit dropped (claimed in whole credits)",
    cite!(PHARMACIST_GUIDELINES, "実施要領 9(2) ただし書き"),
);

/// 4(1) 集合研修: "90分を1単位とし、1日4単位を上限とする。ただし、学会等で複数日にわたって行われる
/// 研修については、2日間6単位、3日間9単位を上限とする。なお、研修会の講師には、参加単位のほかに
/// 1単位を付加する。ただし、学会発表については除く。"
pub const COLLECTIVE_MINUTES_PER_CREDIT: Param = Param::new(
    "pharmacist.collective.minutes_per_credit",
    90,
    Unit::Minutes,
    SEED_FROM,
    SRC_COLLECTIVE,
    "集合研修 1単位あたりの時間（90分を1単位）",
    "Collective training: minutes per credit",
);

pub const COLLECTIVE_DAILY_CAP: Param = Param::new(
    "pharmacist.collective.daily_cap",
    4,
    Unit::Credits,
    SEED_FROM,
    SRC_COLLECTIVE,
    "集合研修 1日の上限（1日4単位を上限）",
    "Collective training: cap per day",
)
.bound(Bound::AtMost);

pub const COLLECTIVE_TWO_DAY_CAP: Param = Param::new(
    "pharmacist.collective.two_day_cap",
    6,
    Unit::Credits,
    SEED_FROM,
    SRC_COLLECTIVE,
    "学会等 2日間の上限（2日間6単位）",
    "Multi-day meeting: cap for 2 days",
)
.bound(Bound::AtMost);

pub const COLLECTIVE_THREE_DAY_CAP: Param = Param::new(
    "pharmacist.collective.three_day_cap",
    9,
    Unit::Credits,
    SEED_FROM,
    SRC_COLLECTIVE,
    "学会等 3日間の上限（3日間9単位）",
    "Multi-day meeting: cap for 3 days",
)
.bound(Bound::AtMost);

pub const LECTURER_BONUS: Param = Param::new(
    "pharmacist.collective.lecturer_bonus",
    1,
    Unit::Credits,
    SEED_FROM,
    SRC_COLLECTIVE,
    "研修会の講師への付加単位（学会発表を除く）",
    "Extra credit for a lecturer (not for a conference presentation)",
);

/// 4(2): "2時間につき1単位".
pub const PRACTICAL_MINUTES_PER_CREDIT: Param = Param::new(
    "pharmacist.practical.minutes_per_credit",
    120,
    Unit::Minutes,
    SEED_FROM,
    SRC_PRACTICAL,
    "実習研修 1単位あたりの時間（2時間につき1単位）",
    "Practical training: minutes per credit",
);

/// 4(3): "2時間につき1単位とする。なお、研修時間の積算を認める".
pub const GROUP_MINUTES_PER_CREDIT: Param = Param::new(
    "pharmacist.group.minutes_per_credit",
    120,
    Unit::Minutes,
    SEED_FROM,
    SRC_GROUP,
    "グループ研修 1単位あたりの時間（2時間につき1単位、積算可）",
    "Group training: minutes per credit (time may be summed)",
);

/// 4(4): "研修センターが決定する。ただし、上限を15単位とする".
pub const CORRESPONDENCE_CAP: Param = Param::new(
    "pharmacist.correspondence.cap",
    15,
    Unit::Credits,
    SEED_FROM,
    SRC_CORRESPONDENCE,
    "通信講座研修の上限（15単位）",
    "Correspondence course: cap",
)
.bound(Bound::AtMost);

/// 4(5): "単位基準の上限は20単位とし、実習を伴う場合は…その上限は5単位とする".
pub const SPECIAL_CAP: Param = Param::new(
    "pharmacist.special.cap",
    20,
    Unit::Credits,
    SEED_FROM,
    SRC_SPECIAL,
    "特定講座研修の上限（20単位）",
    "Special course: cap",
)
.bound(Bound::AtMost);

pub const SPECIAL_PRACTICAL_CAP: Param = Param::new(
    "pharmacist.special.practical_cap",
    5,
    Unit::Credits,
    SEED_FROM,
    SRC_SPECIAL,
    "特定講座研修に伴う実習の上限（5単位）",
    "Special course, practical part: cap",
)
.bound(Bound::AtMost);

/// 4(6): "研修センターが決定する。原則として90分1単位とする".
pub const INTERNET_MINUTES_PER_CREDIT: Param = Param::new(
    "pharmacist.internet.minutes_per_credit",
    90,
    Unit::Minutes,
    SEED_FROM,
    SRC_INTERNET,
    "インターネット研修 1単位あたりの時間（原則90分1単位）",
    "Internet training: minutes per credit (as a rule)",
);

/// 4(7): "4時間につき1単位とする。なお、研修時間の積算を認める".
pub const SELF_STUDY_MINUTES_PER_CREDIT: Param = Param::new(
    "pharmacist.self_study.minutes_per_credit",
    240,
    Unit::Minutes,
    SEED_FROM,
    SRC_SELF,
    "自己研修 1単位あたりの時間（4時間につき1単位、積算可）",
    "Self-study: minutes per credit (time may be summed)",
);

/// 5(1): 40単位.
pub const INITIAL_REQUIRED_CREDITS: Param = Param::new(
    "pharmacist.initial.required_credits",
    40,
    Unit::Credits,
    SEED_FROM,
    SRC_INITIAL,
    "最初の認定に必要な単位（40単位）",
    "Credits needed for the first certification",
)
.bound(Bound::AtLeast);

/// 5(1): "最初に単位を取得した日より起算して4年間以内" — the seed version.
pub const INITIAL_WINDOW_FROM_FIRST_CREDIT: Param = Param::new(
    "pharmacist.initial.window_from_first_credit_years",
    4,
    Unit::Years,
    SEED_FROM,
    SRC_INITIAL,
    "最初の認定の研修期間（最初に単位を取得した日から起算して4年間以内）",
    "First certification: training period (4 years from the first credit)",
)
.until(SEED_UNTIL);

/// The online version: 4 years counted back from the application date.
pub const INITIAL_WINDOW_BEFORE_APPLICATION: Param = Param::new(
    "pharmacist.initial.window_before_application_years",
    4,
    Unit::Years,
    ONLINE_FROM,
    SRC_ONLINE,
    "最初の認定の研修期間（申請日から遡って4年間）",
    "First certification: training period (the 4 years before the application date)",
)
.confidence(Confidence::High);

/// 9(2)ウ: a 学会等 or 公共団体の研修会 attended without the 7(1) procedure is claimed from the
/// center directly, "終了後、1か月以内".
pub const CLAIM_MONTHS: Param = Param::new(
    "pharmacist.claim.direct_claim_months",
    1,
    Unit::Months,
    SEED_FROM,
    SRC_CLAIM,
    "学会等への出席の単位の直接請求（終了後1か月以内）",
    "Claiming a conference attended without the prior procedure (within 1 month of its end)",
)
.bound(Bound::AtMost);

/// The online system: renewals are taken from 2 months before expiry …
pub const RENEWAL_APPLY_MONTHS_BEFORE: Param = Param::new(
    "pharmacist.renewal.apply_months_before_expiry",
    2,
    Unit::Months,
    ONLINE_FROM,
    SRC_RENEWAL_WINDOW,
    "更新の申請受付の開始（有効期限の2か月前から）",
    "Renewal applications open (2 months before expiry)",
)
.confidence(Confidence::High);

/// … to 3 months after it.
pub const RENEWAL_APPLY_MONTHS_AFTER: Param = Param::new(
    "pharmacist.renewal.apply_months_after_expiry",
    3,
    Unit::Months,
    ONLINE_FROM,
    SRC_RENEWAL_WINDOW,
    "更新の申請受付の終了（有効期限の3か月後まで）",
    "Renewal applications close (3 months after expiry)",
)
.confidence(Confidence::High);

/// 5(1) ただし書き and 5(3) ただし書き: "毎年5単位以上取得すること".
pub const YEARLY_MIN_CREDITS: Param = Param::new(
    "pharmacist.yearly_min_credits",
    5,
    Unit::Credits,
    SEED_FROM,
    cite!(PHARMACIST_GUIDELINES, "実施要領 5(1)・5(3) ただし書き"),
    "毎年の最低単位（毎年5単位以上）",
    "Minimum credits in every year",
)
.bound(Bound::AtLeast);

/// 5(2): "3年毎にその更新を受けなければ…効力を失う".
pub const RENEWAL_PERIOD: Param = Param::new(
    "pharmacist.renewal.period_years",
    3,
    Unit::Years,
    SEED_FROM,
    SRC_RENEWAL_PERIOD,
    "認定の有効期間（3年毎に更新）",
    "Certification period (renewed every 3 years)",
);

/// 5(3): "30単位以上".
pub const RENEWAL_REQUIRED_CREDITS: Param = Param::new(
    "pharmacist.renewal.required_credits",
    30,
    Unit::Credits,
    SEED_FROM,
    SRC_RENEWAL,
    "更新の認定に必要な単位（30単位以上）",
    "Credits needed for a renewal",
)
.bound(Bound::AtLeast);

/// 5(4)ア: "実習研修及び自己研修については…各々年間5単位を認定の上限とする".
pub const PRACTICAL_PER_YEAR: Param = Param::new(
    "pharmacist.limit.practical_per_year",
    5,
    Unit::Credits,
    SEED_FROM,
    SRC_LIMIT_A,
    "実習研修の年間上限（年間5単位）",
    "Practical training: cap per year",
)
.bound(Bound::AtMost);

pub const SELF_STUDY_PER_YEAR: Param = Param::new(
    "pharmacist.limit.self_study_per_year",
    5,
    Unit::Credits,
    SEED_FROM,
    SRC_LIMIT_A,
    "自己研修の年間上限（年間5単位）",
    "Self-study: cap per year",
)
.bound(Bound::AtMost);

/// 5(4)ア なお書き: "新カリキュラム対応研修の単位を薬剤師研修支援システムにより取得した場合は、この
/// 上限を除外する" — 1 = the exemption applies (it is in the seed's own 2017 text).
pub const NEW_CURRICULUM_EXEMPT: Param = Param::new(
    "pharmacist.limit.new_curriculum_exempt",
    1,
    Unit::Count,
    SEED_FROM,
    SRC_LIMIT_A,
    "新カリキュラム対応研修（薬剤師研修支援システム）の単位は年間上限から除外",
    "New-curriculum credits earned through the online support system are exempt from the yearly cap",
);

/// 5(4)イ: "グループ研修については…40単位及び…30単位のうち5単位を認定の上限とする".
pub const GROUP_TOTAL: Param = Param::new(
    "pharmacist.limit.group_total",
    5,
    Unit::Credits,
    SEED_FROM,
    SRC_LIMIT_I,
    "グループ研修の上限（40単位・30単位のうち5単位）",
    "Group training: cap within the 40 / 30 credits",
)
.bound(Bound::AtMost);

/// 16(1) ア〜ウ (8% era).
pub const FEE_INITIAL: Param = Param::new(
    "pharmacist.fee.initial",
    10_286,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "認定の手数料（消費税8%: 本体9,524円+税762円）",
    "Certification fee (8% consumption tax era)",
)
.until(FEE_UNTIL);

pub const FEE_INITIAL_BASE: Param = Param::new(
    "pharmacist.fee.initial_base",
    9_524,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "認定の手数料 本体価格",
    "Certification fee before tax",
)
.until(FEE_UNTIL);

pub const FEE_INITIAL_TAX: Param = Param::new(
    "pharmacist.fee.initial_tax",
    762,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "認定の手数料 消費税（8%）",
    "Certification fee: consumption tax (8%)",
)
.until(FEE_UNTIL);

pub const FEE_RENEWAL: Param = Param::new(
    "pharmacist.fee.renewal",
    10_286,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "更新の手数料（消費税8%: 本体9,524円+税762円）",
    "Renewal fee (8% consumption tax era)",
)
.until(FEE_UNTIL);

pub const FEE_RENEWAL_BASE: Param = Param::new(
    "pharmacist.fee.renewal_base",
    9_524,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "更新の手数料 本体価格",
    "Renewal fee before tax",
)
.until(FEE_UNTIL);

pub const FEE_RENEWAL_TAX: Param = Param::new(
    "pharmacist.fee.renewal_tax",
    762,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "更新の手数料 消費税（8%）",
    "Renewal fee: consumption tax (8%)",
)
.until(FEE_UNTIL);

pub const FEE_REISSUE: Param = Param::new(
    "pharmacist.fee.reissue",
    3_086,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "再交付手数料（消費税8%: 本体2,857円+税229円）",
    "Reissue fee (8% consumption tax era)",
)
.until(FEE_UNTIL);

pub const FEE_REISSUE_BASE: Param = Param::new(
    "pharmacist.fee.reissue_base",
    2_857,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "再交付手数料 本体価格",
    "Reissue fee before tax",
)
.until(FEE_UNTIL);

pub const FEE_REISSUE_TAX: Param = Param::new(
    "pharmacist.fee.reissue_tax",
    229,
    Unit::Yen,
    FEE_FROM,
    SRC_FEE,
    "再交付手数料 消費税（8%）",
    "Reissue fee: consumption tax (8%)",
)
.until(FEE_UNTIL);

/// Every row (a new version of a figure is a new row with the same id and a later `from`).
pub static PARAMS: &[Param] = &[
    COLLECTIVE_MINUTES_PER_CREDIT,
    COLLECTIVE_DAILY_CAP,
    COLLECTIVE_TWO_DAY_CAP,
    COLLECTIVE_THREE_DAY_CAP,
    LECTURER_BONUS,
    PRACTICAL_MINUTES_PER_CREDIT,
    GROUP_MINUTES_PER_CREDIT,
    CORRESPONDENCE_CAP,
    SPECIAL_CAP,
    SPECIAL_PRACTICAL_CAP,
    INTERNET_MINUTES_PER_CREDIT,
    SELF_STUDY_MINUTES_PER_CREDIT,
    INITIAL_REQUIRED_CREDITS,
    INITIAL_WINDOW_FROM_FIRST_CREDIT,
    INITIAL_WINDOW_BEFORE_APPLICATION,
    YEARLY_MIN_CREDITS,
    RENEWAL_PERIOD,
    RENEWAL_REQUIRED_CREDITS,
    PRACTICAL_PER_YEAR,
    SELF_STUDY_PER_YEAR,
    NEW_CURRICULUM_EXEMPT,
    GROUP_TOTAL,
    CLAIM_MONTHS,
    RENEWAL_APPLY_MONTHS_BEFORE,
    RENEWAL_APPLY_MONTHS_AFTER,
    FEE_INITIAL,
    FEE_INITIAL_BASE,
    FEE_INITIAL_TAX,
    FEE_RENEWAL,
    FEE_RENEWAL_BASE,
    FEE_RENEWAL_TAX,
    FEE_REISSUE,
    FEE_REISSUE_BASE,
    FEE_REISSUE_TAX,
];
