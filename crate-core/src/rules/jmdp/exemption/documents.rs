//! The documents a household sends with the application (参考資料2-16 ≪必要な公的機関の証明書≫; the
//! form itself, 2-17).

use super::row::Row;
use serde::Serialize;

/// A document the household sends with the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub ja: &'static str,
    pub en: &'static str,
    /// <必須> (true) or <任意> (false).
    pub required: bool,
    /// 取得できる場所.
    pub where_ja: &'static str,
    pub where_en: &'static str,
}

const FORM: Document = Document {
    ja: "患者負担金の免除申請書（骨髄バンクのホームページからダウンロード可）",
    en: "The patient fee exemption application form (downloadable from JMDP's site)",
    required: true,
    where_ja: "日本骨髄バンク",
    where_en: "JMDP",
};

const RESIDENT_CARD: Document = Document {
    ja: "世帯全員の住民票（「世帯全員」と記載されたもの。単身世帯でも世帯全員のもの）",
    en: "Residence certificate (住民票) of the whole household, marked 「世帯全員」 (even for a one-person household)",
    required: true,
    where_ja: "市区町村",
    where_en: "City office",
};

const WELFARE_CERTIFICATE: Document = Document {
    ja: "生活保護受給証明書（住民票に記載のある方全員が受給していることを証明するもの）",
    en: "Certificate of public assistance (生活保護受給証明書) covering everyone on the 住民票",
    required: true,
    where_ja: "福祉事務所・都道府県",
    where_en: "Welfare office / prefecture",
};

const TAX_CERTIFICATE: Document = Document {
    ja: "住民票に記載のある方全員の所得課税証明書（所得・控除・税額の内訳が記載されたもの。住民税非課税の方は非課税証明書でも可。所得のない扶養家族は不要だが、扶養控除の内容が分かる所得課税証明書を）",
    en: "Income and tax certificate (所得課税証明書) for everyone on the 住民票, showing income, deductions and tax (a non-taxation certificate is fine for those exempt from resident tax; dependants without income need none, but the earner's certificate must show the dependant deductions)",
    required: true,
    where_ja: "市区町村",
    where_en: "City office",
};

const WITHHOLDING_SLIP: Document = Document {
    ja: "源泉徴収票（コピー）— 会社勤めで住宅ローン控除を受けている方",
    en: "Withholding slip (源泉徴収票, copy) — employees receiving the housing-loan tax credit",
    required: false,
    where_ja: "勤務先",
    where_en: "Employer",
};

const TAX_RETURN: Document = Document {
    ja: "確定申告書控（コピー）— 自営業等で確定申告している方、住宅ローン控除を受ける方（初回）",
    en: "Copy of the tax return (確定申告書控) — the self-employed who file a return, and the first year of the housing-loan tax credit",
    required: false,
    where_ja: "ご自身の控え",
    where_en: "Your own copy",
};

/// The documents for a category (none when the household is not eligible).
pub fn certificates(row: Row) -> Vec<Document> {
    match row {
        Row::NotEligible => Vec::new(),
        Row::Welfare => vec![FORM, RESIDENT_CARD, WELFARE_CERTIFICATE],
        _ => vec![FORM, RESIDENT_CARD, TAX_CERTIFICATE, WITHHOLDING_SLIP, TAX_RETURN],
    }
}
