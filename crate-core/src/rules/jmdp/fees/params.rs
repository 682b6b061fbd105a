//! The fee table of 参考資料2-13「患者負担金(国内料金)」 (2022年12月), one named row per item: the
//! logic reads a row by its name, so every use of a figure is found by searching for it.

use crate::date::{ymd, Date};
use crate::params::{Param, Unit};
use crate::sources::{cite, Cite, JMDP_GUIDE};

/// 参考資料2-13「患者負担金(国内料金)」 is dated 2022年12月.
pub(crate) const FROM: Date = ymd(2022, 12, 1);
pub(crate) const SRC_TABLE: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-13（2022年12月）", page: 31, quote: "患者負担金(国内料金)");
pub(crate) const SRC_HLA: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 1.", page: 31, quote: "患者HLA確認検査料");
pub(crate) const SRC_BLOOD: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-13 2.", page: 31, quote: "一般血液検査（ドナースクリーニング検査）料");
pub(crate) const SRC_CONFIRM: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 3.", page: 31, quote: "ドナー確認検査手数料");
pub(crate) const SRC_FINAL: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 4.", page: 31, quote: "最終同意等調整料");
pub(crate) const SRC_INSURANCE: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 5.", page: 31, quote: "ドナー団体傷害保険料");
pub(crate) const SRC_HARVEST: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-13 6.", page: 31, quote: "採取・フォローアップ調整料");
pub(crate) const SRC_REFUND: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 6. 注", page: 32, quote: "移植に至らない場合があります。この場合は、「5.ドナー団体傷害保険料」と「6. 採取・フォローアップ調整料」は返金します");
pub(crate) const SRC_OPTION: &Cite = cite!(JMDP_GUIDE, "参考資料2-13 7.", page: 31, quote: "オプション検査料");
pub(crate) const SRC_MODEL: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-14（2020年3月）", page: 33, quote: "患者負担金参考モデル");
pub(crate) const SRC_EXEMPTION: &Cite =
    cite!(JMDP_GUIDE, "参考資料2-16", page: 35, quote: "患者負担金(国内料金)の全部、または一部を…免除");

pub const PATIENT_HLA: Param = Param::new(
    "jmdp.fees.patient_hla",
    0,
    Unit::Yen,
    FROM,
    SRC_HLA,
    "患者HLA確認検査料（患者負担なし）",
    "Patient HLA confirmatory test (no charge to the patient)",
);

pub const PATIENT_HLA_JMDP_COST: Param = Param::new(
    "jmdp.fees.patient_hla_jmdp_cost",
    44_000,
    Unit::Yen,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 1.", page: 31, quote: "料金は4万4000円ですが、全額を当法人が負担"),
    "患者HLA確認検査の料金（全額を骨髄バンクが負担）",
    "Patient HLA confirmatory test price (borne in full by JMDP)",
);

pub const PATIENT_IDENTITY_CHECK: Param = Param::new(
    "jmdp.fees.patient_identity_check",
    0,
    Unit::Yen,
    FROM,
    SRC_HLA,
    "本人確認検査（HLA-A,B）（患者負担なし）",
    "Patient identity check (HLA-A,B) (no charge to the patient)",
);

pub const PATIENT_IDENTITY_CHECK_JMDP_COST: Param = Param::new(
    "jmdp.fees.patient_identity_check_jmdp_cost",
    9_680,
    Unit::Yen,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 1. *", page: 31, quote: "本人確認検査（HLA-A, B）…料金は9,680円ですが、全額を当法人が負担"),
    "本人確認検査（HLA-A,B）の料金（全額を骨髄バンクが負担）",
    "Identity check (HLA-A,B) price (borne in full by JMDP)",
);

pub const ORAL_MUCOSA_DNA: Param = Param::new(
    "jmdp.fees.oral_mucosa_dna",
    5_500,
    Unit::Yen,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 1. *", page: 31, quote: "口腔粘膜による患者HLA確認検査…DNA抽出料として5,500円"),
    "口腔粘膜 DNA抽出料",
    "DNA extraction from oral mucosa",
);

pub const DONOR_BLOOD_TEST: Param = Param::new(
    "jmdp.fees.donor_blood_test",
    5_000,
    Unit::Yen,
    FROM,
    SRC_BLOOD,
    "一般血液検査（ドナースクリーニング検査）料（ドナー候補者1名ごと）",
    "General blood test (donor screening), per donor candidate",
);

pub const DONOR_BLOOD_TEST_FULL_COST: Param = Param::new(
    "jmdp.fees.donor_blood_test_full_cost",
    9_152,
    Unit::Yen,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 2. *", page: 31, quote: "一般血液検査料はドナー1人につき9,152円ですが、差額の4,152円は当法人が負担"),
    "一般血液検査料の実額（差額は骨髄バンクが負担）",
    "General blood test full price (JMDP bears the difference)",
);

pub const DONOR_CONFIRMATION: Param = Param::new(
    "jmdp.fees.donor_confirmation",
    3_000,
    Unit::Yen,
    FROM,
    SRC_CONFIRM,
    "ドナー確認検査手数料（ドナー候補者1名ごと）",
    "Donor confirmatory-test handling fee, per donor candidate",
);

pub const FINAL_CONSENT_COORDINATION: Param = Param::new(
    "jmdp.fees.final_consent_coordination",
    41_000,
    Unit::Yen,
    FROM,
    SRC_FINAL,
    "最終同意等調整料（登録中に1回限り）",
    "Final-consent coordination fee (once per registration)",
);

pub const DONOR_INSURANCE: Param = Param::new(
    "jmdp.fees.donor_insurance",
    25_000,
    Unit::Yen,
    FROM,
    SRC_INSURANCE,
    "ドナー団体傷害保険料（登録中に1回限り、移植に至らない場合は返金）",
    "Donor group accident insurance (once; refunded if no transplant)",
);

pub const HARVEST_FOLLOWUP: Param = Param::new(
    "jmdp.fees.harvest_followup",
    49_000,
    Unit::Yen,
    FROM,
    SRC_HARVEST,
    "採取・フォローアップ調整料（登録中に1回限り、移植に至らない場合は返金）",
    "Harvest and follow-up coordination fee (once; refunded if no transplant)",
);

pub const OPTION_HLA_TEST: Param = Param::new(
    "jmdp.fees.option_hla_test",
    44_000,
    Unit::Yen,
    FROM,
    SRC_OPTION,
    "オプション検査料（ドナーHLA NGS-SBT法、1件ごと）",
    "Optional donor HLA test (NGS-SBT), per test",
);

pub const DONOR_IDENTITY_CHECK_JMDP_COST: Param = Param::new(
    "jmdp.fees.donor_identity_check_jmdp_cost",
    9_680,
    Unit::Yen,
    FROM,
    cite!(JMDP_GUIDE, "参考資料2-13 7. *", page: 32, quote: "1位選定時に本人確認検査(HLA-A,B)を実施します。この検査料9,680円は、当法人が負担"),
    "ドナー本人確認検査（1位選定時、骨髄バンクが負担）",
    "Donor identity check at first selection (borne by JMDP)",
);

/// Every row (a new version of a fee is a new row with the same id and a later `from`).
pub static PARAMS: &[Param] = &[
    PATIENT_HLA,
    PATIENT_HLA_JMDP_COST,
    PATIENT_IDENTITY_CHECK,
    PATIENT_IDENTITY_CHECK_JMDP_COST,
    ORAL_MUCOSA_DNA,
    DONOR_BLOOD_TEST,
    DONOR_BLOOD_TEST_FULL_COST,
    DONOR_CONFIRMATION,
    FINAL_CONSENT_COORDINATION,
    DONOR_INSURANCE,
    HARVEST_FOLLOWUP,
    OPTION_HLA_TEST,
    DONOR_IDENTITY_CHECK_JMDP_COST,
];

/// 2. and 3.: billed per donor candidate who had 確認検査 (read by the patient's year plan).
pub const PER_DONOR_TESTED: [&Param; 2] = [&DONOR_BLOOD_TEST, &DONOR_CONFIRMATION];

/// 4.〜6.: billed together once, at final consent.
pub const FINAL_CONSENT_BUNDLE: [&Param; 3] = [&FINAL_CONSENT_COORDINATION, &DONOR_INSURANCE, &HARVEST_FOLLOWUP];

/// 5. and 6.: refunded when the transplant does not follow final consent (4. is kept).
pub const REFUNDED_WITHOUT_TRANSPLANT: [&Param; 2] = [&DONOR_INSURANCE, &HARVEST_FOLLOWUP];
