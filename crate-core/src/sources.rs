//! The documents the rules come from, and citations into them.
//!
//! A [`Doc`] is one source: the five documents the calculators were built from and the public
//! sources outside them (laws, the 厚生労働省 notice of 2026, the meal-charge notices), each with
//! its title, publisher, edition and date, where it can be found, and how current it is (when it
//! was last checked against a public source and what is known to have changed since). A [`Cite`]
//! points into one: the section or article, the page where the document has page numbers, and a
//! short quote where the wording matters. Every figure, rounding and explanation step cites one.
//!
//! Citations are data: `static`, formatted only when shown ([`Cite::text`], [`Cite::short`]). The
//! JSON API gives a citation as one readable Japanese string (`source`) and its parts (`cite`).
//! A document's `id` is internal: it is never shown, in a page or in the JSON; only its rules
//! page's address is made from it ([`Doc::slug`]).

use crate::msg::Text;
use serde::ser::SerializeStruct;
use serde::Serialize;

/// A document as a citation points at it: an internal key, the short name an explanation's lines
/// show, whether it has page numbers, and its currency (edition and date, when it was checked,
/// any later change or unknown amount), which a result's currency line shows beside it. The rest of what is known
/// of it (publisher, full title, address) is its [`About`] in [`DOCS`], found by [`Doc::about`]:
/// kept apart, so a calculator page carries the currency of the documents it cites only, not every
/// document's description (the rules page and the JSON API do).
#[derive(Debug, PartialEq, Eq)]
pub struct Doc {
    /// Internal key (never shown).
    pub id: &'static str,
    /// A short name for the lines of an explanation.
    pub short: Text,
    /// Whether the document has page numbers (a citation into it then gives the page).
    pub paged: bool,
    /// Edition and date (for a law, its number).
    pub edition: Text,
    /// When it was last checked against a public source (`YYYY-MM`).
    pub checked: &'static str,
    /// What is known to have changed since the document, where that is a later change or an
    /// amount not known: a result that used the document says so beside it (its currency line).
    /// `None`: nothing a result must tell; the rules page's note says what was checked
    /// ([`About::changes`]). Only these texts ride with the documents a calculator page cites.
    pub news: Option<Text>,
}

impl Doc {
    /// The last part of the document's rules page address: its id in kebab case
    /// (`jmdp_guide` → `jmdp-guide`, the page `/rules/jmdp-guide`).
    pub fn slug(&self) -> String {
        self.id.replace('_', "-")
    }

    /// What is known of the document (`None` for [`ENTERED`], which is no document).
    pub fn about(&'static self) -> Option<&'static About> {
        DOCS.iter().find(|a| std::ptr::eq(a.doc, self))
    }
}

/// One source document in full.
#[derive(Debug, PartialEq, Eq)]
pub struct About {
    pub doc: &'static Doc,
    /// Who issued it (empty for a law: a law is cited by its name alone).
    pub publisher: Text,
    pub title: Text,
    /// A public address: only one the document itself states or that was checked.
    pub url: Option<&'static str>,
    /// What was checked since the document where it is no news ([`Doc::news`] is `None`): "nothing
    /// found", and how sure; empty where the document has news (see [`About::currency`]).
    pub changes: Text,
}

/// Room for a usual citation (「公益財団法人日本骨髄バンク『…』（第5版） 5.1 p.12」 is 100–200 bytes):
/// built from empty, it was reallocated several times for each trace step of a JSON answer.
const CITATION_BYTES: usize = 192;

impl About {
    /// What is known to have changed since the document (or what was checked, and how sure).
    pub fn currency(&self) -> Text {
        self.doc.news.unwrap_or(self.changes)
    }

    /// The document's full citation: 「公益財団法人日本骨髄バンク『…（第5版）』（2023年8月）」 /
    /// "Japan Marrow Donor Program (JMDP), … (5th ed.) (Aug 2023)".
    pub fn text(&self, en: bool) -> String {
        let mut s = String::with_capacity(CITATION_BYTES);
        self.write(en, &mut s);
        s
    }

    fn write(&self, en: bool, s: &mut String) {
        let (publisher, title, edition) = (self.publisher.get(en), self.title.get(en), self.doc.edition.get(en));
        match (en, publisher.is_empty()) {
            (false, true) => s.push_str(title),
            (false, false) => {
                s.push_str(publisher);
                s.push('『');
                s.push_str(title);
                s.push('』');
            }
            (true, _) => {
                if !publisher.is_empty() {
                    s.push_str(publisher);
                    s.push_str(", ");
                }
                s.push_str(title);
            }
        }
        if !edition.is_empty() {
            s.push_str(if en { " (" } else { "（" });
            s.push_str(edition);
            s.push_str(if en { ")" } else { "）" });
        }
    }
}

/// A place in a document: the section or article, its page, the words that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cite {
    pub doc: &'static Doc,
    /// The section or article as the document numbers it (`参考資料2-13 4.`, `細則第9条第1項(1)`).
    pub section: &'static str,
    /// The page, where the document has page numbers.
    pub page: Option<u16>,
    /// The document's own words, where they matter (empty: none).
    pub quote: &'static str,
}

impl Cite {
    pub const fn new(doc: &'static Doc, section: &'static str) -> Cite {
        Cite { doc, section, page: None, quote: "" }
    }

    pub const fn page(mut self, page: u16) -> Cite {
        self.page = Some(page);
        self
    }

    pub const fn quote(mut self, quote: &'static str) -> Cite {
        self.quote = quote;
        self
    }

    /// The full citation in one line: 「公益財団法人日本骨髄バンク『…』（2023年8月） 参考資料2-13 4.
    /// 「最終同意等調整料」 p.31」. The JSON API's `source` is the Japanese one.
    pub fn text(&self, en: bool) -> String {
        let mut s = String::with_capacity(CITATION_BYTES);
        match self.doc.about() {
            Some(a) => a.write(en, &mut s),
            None => s.push_str(self.doc.short.get(en)),
        }
        self.place(en, &mut s);
        s
    }

    /// The same with the document's short name (a line of an explanation).
    pub fn short(&self, en: bool) -> String {
        let mut s = self.doc.short.get(en).to_string();
        self.place(en, &mut s);
        s
    }

    /// Section, quote and page after the document's name.
    fn place(&self, en: bool, s: &mut String) {
        // An article follows a law's name without a space (健康保険法第75条).
        if (en || !self.section.starts_with('第')) && !self.section.is_empty() {
            s.push_str(if en { ", " } else { " " });
        }
        s.push_str(self.section);
        if !self.quote.is_empty() {
            s.push('「');
            s.push_str(self.quote);
            s.push('」');
        }
        if let Some(p) = self.page {
            s.push_str(if en { ", p." } else { " p." });
            s.push_str(&p.to_string());
        }
    }

    /// The parts, for the JSON API: `{doc, title, section, page, quote}` (`doc`: the document's
    /// full citation in Japanese, `title` its title; its internal id is not given).
    pub fn parts(&'static self) -> CiteParts {
        CiteParts(self)
    }
}

/// A citation reads as its Japanese text wherever a result holds one (`source`, `article`).
impl Serialize for Cite {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text(false))
    }
}

/// A citation's parts in the JSON API (see [`Cite::parts`]).
#[derive(Debug, Clone, Copy)]
pub struct CiteParts(&'static Cite);

impl Serialize for CiteParts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut st = s.serialize_struct("Cite", 5)?;
        let about = c.doc.about();
        st.serialize_field("doc", &about.map_or_else(|| c.doc.short.ja.to_string(), |a| a.text(false)))?;
        st.serialize_field("title", about.map_or(c.doc.short.ja, |a| a.title.ja))?;
        st.serialize_field("section", c.section)?;
        st.serialize_field("page", &c.page)?;
        st.serialize_field("quote", c.quote)?;
        st.end()
    }
}

/// A `&'static Cite` anywhere (a const, an argument, a function body):
/// `cite!(JMDP, "参考資料2-13 4.", page: 31, quote: "最終同意等調整料")`.
macro_rules! cite {
    ($doc:expr, $section:expr $(, page: $page:expr)? $(, quote: $quote:expr)? $(,)?) => {{
        const C: $crate::sources::Cite = $crate::sources::Cite::new(&$doc, $section)$(.page($page))?$(.quote($quote))?;
        &C
    }};
}
pub(crate) use cite;

const CHECKED: &str = "2026-12";

mod family;
pub use family::*;

// ---- The five documents the calculators were built from ----

/// 細胞治療認定管理師制度 Q&A (the 4th application round, 2021).
pub static CELL_THERAPY_QA: Doc = Doc {
    id: "cell_therapy_qa",
    short: Text::new("細胞治療認定管理師制度 Q&A（2021年）", "Cell therapy manager Q&A (2021)"),
    paged: false,
    edition: Text::new("第4回 受験申請, 2021年", "4th application round, 2021"),
    checked: CHECKED,
    news: Some(Text::new(
        "2021年の第4回より後の受験申請の回は見つかっていません。この回の申請期間だけを扱います。",
        "No application round after the 4th (2021) was found: only that round's window is known.",
    )),
};

/// 先進医療 実施届出書 様式 記載例 (the forms and their filled-in examples).
pub static ADVANCED_FORMS: Doc = Doc {
    id: "advanced_forms",
    short: Text::new("先進医療 実施届出書 様式 記載例", "Advanced care notification forms"),
    paged: false,
    edition: Text::new("令和3年2月1日以降の押印不要版", "the version without seals, from 1 Feb 2021"),
    checked: CHECKED,
    news: None,
};

/// 造血細胞移植コーディネーター（HCTC）認定制度細則 (first revision, 2019-04-01).
pub static HCTC_BYLAWS: Doc = Doc {
    id: "hctc_bylaws",
    short: Text::new("HCTC認定制度細則", "HCTC bylaws"),
    paged: false,
    edition: Text::new("2017年4月28日施行, 第一回改定 2019年4月1日", "in force 28 Apr 2017, first revision 1 Apr 2019"),
    checked: CHECKED,
    news: Some(Text::new(
        "2020年9月23日、学会は規則の第三回改定・細則の第二回改定と、2020年12月1日からのHCTC認定研修（通算20日間以上。修了者は患者事例10件以上・ドナー事例10件以上〈小児は各5件〉で申請できます）を公表しました。改定後の細則の全文は見つかっていないため、2019年4月1日の版で計算します。2019年より後の手数料は見つかっていません。",
        "On 23 Sep 2020 the society announced the third revision of the rules and the second of the bylaws, and HCTC certification training from 1 Dec 2020 (20 days or more in all; those who complete it may apply with 10 or more patient cases and 10 or more donor cases, 5 each for paediatrics). The revised bylaws' full text was not found, so this site computes with the 2019-04-01 version. Fees after 2019 were not found.",
    )),
};

/// 日本骨髄バンク「…事務手続きに関する説明書 〜医事課の方へ〜（第5版）」2023年8月: it has page
/// numbers (its 目次 gives the first page of every section).
pub static JMDP_GUIDE: Doc = Doc {
    id: "jmdp_guide",
    short: Text::new("日本骨髄バンク 医事課向け説明書（第5版）", "JMDP billing guide (5th ed.)"),
    paged: true,
    edition: Text::new("2023年8月", "Aug 2023"),
    checked: CHECKED,
    news: Some(Text::new(
        "患者負担金（2022年12月の料金表）と免除基準: 変更は見つかっていません（日本骨髄バンクのサイトに接続できず、確度は低）。55,000点の合意: 変更は見つかっていません。K922・K921の点数は令和4年（2022年）の点数表のもので、令和6年改定ではK921 21,640点が変わらず、K922は未確認。令和8年改定（2026年6月1日、令和8年厚生労働省告示第69号）では注9 コーディネート体制充実加算 1,500点が変わらず、K922の本体と注8は未確認です。明細書の点数を入力してください。",
        "Patient fees (the Dec 2022 table) and the exemption table: no change found (confidence low: JMDP's site could not be reached). The 55,000-point agreement: no change found. The K922 and K921 points are from the 2022 fee schedule: in the 2024 revision K921 (21,640 points) was seen unchanged and K922 was not seen; in the 2026 revision (1 Jun 2026, MHLW notice No. 69 of 2026) note 9 (1,500 points) was seen unchanged, and K922's main points and note 8 were not confirmed. Type the points on the receipt.",
    )),
};

/// 日本薬剤師研修センター「研修認定薬剤師制度 実施要領」（平成29年4月1日施行版）.
pub static PHARMACIST_GUIDELINES: Doc = Doc {
    id: "pharmacist_guidelines",
    short: Text::new("研修認定薬剤師制度 実施要領", "Certified pharmacist guidelines"),
    paged: false,
    edition: Text::new("平成29年4月1日施行版", "the version in force from 1 Apr 2017"),
    checked: CHECKED,
    news: Some(Text::new(
        "2022年4月1日から研修の記録はセンターのオンラインシステム（PECS）で管理され、オンライン申請は2022年1月11日から受け付けています。新規認定の4年と1年ごとの区切りは認定申請日から1年ずつ遡って数えます（更新は認定期間の初日から）。認定は審査が終わった日から始まり、更新の申請は有効期限の2か月前から3か月後まで受け付けます。システムに登録する前の単位は遡って加算されません。手数料は2019年10月1日から消費税10%で改定されました（新しい額は確認できていません）。",
        "Since 1 Apr 2022 training records are kept in the center's online system (PECS); online applications since 11 Jan 2022. For a new certification the 4 years and their yearly boundaries are counted back from the application date (a renewal still counts from the first day of the certification period). A certification starts on the day the review ends; renewals are taken from 2 months before to 3 months after expiry. Credits earned before registering in the system are not added retroactively. Fees were revised with the 10% consumption tax from 1 Oct 2019 (the new amounts were not found).",
    )),
};

// ---- Public sources outside the five documents ----

/// 研修認定薬剤師: the move to the online system (the center's FAQ and a prefectural notice).
pub static PHARMACIST_ONLINE: Doc = Doc {
    id: "pharmacist_online",
    short: Text::new(
        "研修認定薬剤師 オンラインシステムの案内（2022年）",
        "Certified pharmacist online system notices (2022)",
    ),
    paged: false,
    edition: Text::new("2022年", "2022"),
    checked: CHECKED,
    news: None,
};

/// 日本造血・免疫細胞療法学会's announcement of 2020-09-23: 規則 第三回改定・細則 第二回改定 and the
/// HCTC認定研修 from 2020-12-01 (the revised 細則's full text was not found).
pub static HCTC_ANNOUNCEMENT_2020: Doc = Doc {
    id: "hctc_announcement_2020",
    short: Text::new("HCTC認定制度 改定のお知らせ（2020年9月23日）", "HCTC scheme revision notice (23 Sep 2020)"),
    paged: false,
    edition: Text::new("2020年9月23日", "23 Sep 2020"),
    checked: CHECKED,
    news: None,
};

/// 健康保険法 (一部負担金、高額療養費).
pub static HEALTH_INSURANCE_ACT: Doc = Doc {
    id: "health_insurance_act",
    short: Text::new("健康保険法", "Health Insurance Act"),
    paged: false,
    edition: Text::new("大正11年法律第70号", "Act No. 70 of 1922"),
    checked: CHECKED,
    news: None,
};

/// 健康保険法施行令 第42条 (高額療養費算定基準額).
pub static HEALTH_INSURANCE_ORDER: Doc = Doc {
    id: "health_insurance_order",
    short: Text::new("健康保険法施行令", "Health Insurance Act Enforcement Order"),
    paged: false,
    edition: Text::new("大正15年勅令第243号", "Imperial Ordinance No. 243 of 1926"),
    checked: CHECKED,
    news: Some(Text::new(
        "2026年8月と2027年8月に限度額が見直されます（厚生労働省の公表資料による）。改正後の政令の条文の公布は確認していません。",
        "The caps are revised in Aug 2026 and Aug 2027 (per MHLW's published notice); the promulgation of the amended order's text was not confirmed.",
    )),
};

/// 厚生労働省「高額療養費制度の見直しについて（令和８年８月診療分から）」.
pub static MHLW_HIGH_COST_2026: Doc = Doc {
    id: "mhlw_high_cost_2026",
    short: Text::new("厚生労働省 高額療養費制度の見直し（2026年）", "MHLW high-cost benefit review (2026)"),
    paged: false,
    edition: Text::new("2026年", "2026"),
    checked: CHECKED,
    news: None,
};

/// 入院時食事療養費の標準負担額 (厚生労働省告示, as health insurance societies announced it).
pub static MEAL_NOTICES: Doc = Doc {
    id: "meal_notices",
    short: Text::new("食事療養標準負担額（厚生労働省告示）", "Hospital meal charge (MHLW notice)"),
    paged: false,
    edition: Text::new(
        "2024年6月1日・2025年4月1日の改定。例: 明電舎健康保険組合「令和7年4月から入院時の食費が変わります」",
        "revisions of 1 Jun 2024 and 1 Apr 2025; e.g. Meidensha Health Insurance Society, \"Hospital meal charges change from April 2025\"",
    ),
    checked: CHECKED,
    news: Some(Text::new(
        "確度: 高（2025年4月まで）。2026年6月からは別の資料（令和8年度診療報酬改定）によります。",
        "Confidence: high (to April 2025). From June 2026 see the 2026 fee revision.",
    )),
};

/// 令和8年度診療報酬改定の改定率 (厚生労働省): the meal base price 690 → 730 yen from 2026-06-01,
/// 「患者負担については、原則40円/食、低所得者については所得区分等に応じて20円～30円/食」.
pub static MEALS_2026: Doc = Doc {
    id: "meals_2026",
    short: Text::new("令和8年度診療報酬改定（入院時の食費）", "2026 fee revision (hospital meals)"),
    paged: false,
    edition: Text::new("2026年6月1日施行", "in force 1 Jun 2026"),
    checked: CHECKED,
    news: Some(Text::new(
        "一般の550円（510円 + 40円）は改定率の文言（原則40円/食）と公表された要約によります。指定難病等・低所得の方の2026年6月からの額は確認できていないため、病院の請求書の額を入力していただきます。",
        "The general ¥550 (¥510 + ¥40) rests on the revision's wording (as a rule ¥40 a meal) and published summaries. The amounts from June 2026 for designated intractable diseases and low incomes were not found: enter the amount on the hospital's bill.",
    )),
};

/// Insurers' own answers on 〈多数回〉 across a change of insurer (協会けんぽ and 健康保険組合 FAQs).
pub static INSURER_FAQ: Doc = Doc {
    id: "insurer_faq",
    short: Text::new("保険者のよくある質問（多数該当の回数）", "Insurers' FAQs (the 4th-month count)"),
    paged: false,
    edition: Text::new("2026年12月確認", "checked Dec 2026"),
    checked: CHECKED,
    news: None,
};

/// 大和市 国民健康保険「高額療養費の計算例」: the published worked examples of 世帯合算.
pub static YAMATO_EXAMPLES: Doc = Doc {
    id: "yamato_examples",
    short: Text::new("大和市 高額療養費の計算例", "Yamato City: worked examples of the high-cost benefit"),
    paged: false,
    edition: Text::new("2024年12月2日更新", "updated 2 Dec 2024"),
    checked: CHECKED,
    news: None,
};

/// 所得税法 (医療費控除 第73条, 税率 第89条).
pub static INCOME_TAX_ACT: Doc = Doc {
    id: "income_tax_act",
    short: Text::new("所得税法", "Income Tax Act"),
    paged: false,
    edition: Text::new("昭和40年法律第33号", "Act No. 33 of 1965"),
    checked: CHECKED,
    news: None,
};

/// 国税通則法 (端数計算 第118条).
pub static GENERAL_TAX_ACT: Doc = Doc {
    id: "general_tax_act",
    short: Text::new("国税通則法", "Act on General Rules for National Taxes"),
    paged: false,
    edition: Text::new("昭和37年法律第66号", "Act No. 66 of 1962"),
    checked: CHECKED,
    news: None,
};

/// 地方税法 (住民税 所得割の標準税率).
pub static LOCAL_TAX_ACT: Doc = Doc {
    id: "local_tax_act",
    short: Text::new("地方税法", "Local Tax Act"),
    paged: false,
    edition: Text::new("昭和25年法律第226号", "Act No. 226 of 1950"),
    checked: CHECKED,
    news: None,
};

/// 復興財源確保法 (復興特別所得税, 2013〜2037年分).
pub static RECONSTRUCTION_ACT: Doc = Doc {
    id: "reconstruction_act",
    short: Text::new("復興財源確保法", "Reconstruction Funding Act"),
    paged: false,
    edition: Text::new("平成23年法律第117号", "Act No. 117 of 2011"),
    checked: CHECKED,
    news: None,
};

/// 財務省「令和8年度税制改正の大綱」六 防衛力強化に係る財源確保のための税制措置: 防衛特別所得税
/// (基準所得税額の1%, 令和9年分から当分の間) and 復興特別所得税 1.1% (令和29年分まで).
pub static TAX_REFORM_2026: Doc = Doc {
    id: "tax_reform_2026",
    short: Text::new("令和8年度税制改正の大綱", "FY2026 tax reform outline"),
    paged: false,
    edition: Text::new("2025年12月 閣議決定", "Cabinet decision, Dec 2025"),
    checked: CHECKED,
    news: Some(Text::new(
        "2027年分からの防衛特別所得税1%・復興特別所得税1.1%は大綱によります（成立した法律の条文は確認していません）。",
        "The 1% defence surtax and 1.1% reconstruction surtax from 2027 are the outline's (the enacted law's text was not checked).",
    )),
};

/// 国税庁の確定申告書の記載 (復興特別所得税額 = 基準所得税額 × 2.1%, 1円未満の端数切捨て).
pub static NTA_RETURN: Doc = Doc {
    id: "nta_return",
    short: Text::new("国税庁 確定申告書の記載", "NTA: the income tax return form"),
    paged: false,
    edition: Text::new(
        "所得税及び復興特別所得税の確定申告書",
        "return of income tax and the special reconstruction income tax",
    ),
    checked: CHECKED,
    news: None,
};

/// 民法 (期間の計算 第143条).
pub static CIVIL_CODE: Doc = Doc {
    id: "civil_code",
    short: Text::new("民法", "Civil Code"),
    paged: false,
    edition: Text::new("明治29年法律第89号", "Act No. 89 of 1896"),
    checked: CHECKED,
    news: None,
};

/// What the user typed: a step that uses an entered figure instead of a document's cites this,
/// with the field as its section (not a document: not in [`DOCS`]).
pub static ENTERED: Doc = Doc {
    id: "entered",
    short: Text::new("入力値", "Your entry"),
    paged: false,
    edition: Text::EMPTY,
    checked: "",
    news: None,
};

/// Every document in full, the five source documents first: the rules page lists them in this order.
pub static DOCS: &[About] = &[
    About {
        doc: &JMDP_GUIDE,
        publisher: Text::new("公益財団法人日本骨髄バンク", "Japan Marrow Donor Program (JMDP)"),
        title: Text::new(
        "非血縁者間骨髄移植・採取ならびに非血縁者間末梢血幹細胞移植・採取における事務手続きに関する説明書 〜医事課の方へ〜（第5版）",
        "Administrative procedures for unrelated bone marrow and peripheral blood stem cell transplantation and harvest: a guide for hospital billing departments (5th ed.)",
    ),
        url: Some("https://www.jmdp.or.jp"),
        changes: Text::EMPTY,
    },
    About {
        doc: &ADVANCED_FORMS,
        publisher: Text::new("厚生労働省", "Ministry of Health, Labour and Welfare"),
        title: Text::new(
        "先進医療 実施届出書 様式 記載例（様式第1-1号〜第9号）",
        "Advanced medical care (先進医療) notification forms with filled-in examples (Forms 1-1 to 9)",
    ),
        url: None,
        changes: Text::new(
        "様式の改定は記録されていません。高額療養費の限度額はこの資料ではなく、厚生労働省の公表資料（2026年）と健康保険法施行令によります。",
        "No later change to the forms is recorded. The high-cost caps come not from this document but from the Health Insurance Act Enforcement Order and MHLW's 2026 notice.",
    ),
    },
    About {
        doc: &PHARMACIST_GUIDELINES,
        publisher: Text::new("公益財団法人日本薬剤師研修センター", "Japan Pharmacists Education Center (JPEC)"),
        title: Text::new("研修認定薬剤師制度 実施要領", "Implementation guidelines of the certified pharmacist (training) scheme"),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &HCTC_BYLAWS,
        publisher: Text::new(
        "一般社団法人日本造血細胞移植学会（現 日本造血・免疫細胞療法学会）",
        "Japan Society for Hematopoietic Cell Transplantation (now the Japanese Society for Transplantation and Cellular Therapy, JSTCT)",
    ),
        title: Text::new(
        "造血細胞移植コーディネーター（HCTC）認定制度細則",
        "Bylaws of the Hematopoietic Cell Transplant Coordinator (HCTC) certification scheme",
    ),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &CELL_THERAPY_QA,
        publisher: Text::new(
        "一般社団法人日本輸血・細胞治療学会",
        "Japan Society of Transfusion Medicine and Cell Therapy",
    ),
        title: Text::new("細胞治療認定管理師制度 Q&A", "Q&A on the Certified Cell Therapy Manager scheme"),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &HEALTH_INSURANCE_ACT,
        publisher: Text::EMPTY,
        title: Text::new("健康保険法", "Health Insurance Act"),
        url: None,
        changes: Text::new("長く変わっていない規定です（確度: 高）。", "Long-standing law (confidence: high)."),
    },
    About {
        doc: &HEALTH_INSURANCE_ORDER,
        publisher: Text::EMPTY,
        title: Text::new("健康保険法施行令", "Order for Enforcement of the Health Insurance Act"),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &MHLW_HIGH_COST_2026,
        publisher: Text::new("厚生労働省", "Ministry of Health, Labour and Welfare"),
        title: Text::new(
        "高額療養費制度の見直しについて（令和８年８月診療分から）",
        "Review of the high-cost medical expense benefit (from care in Aug 2026)",
    ),
        url: Some("https://www.mhlw.go.jp/content/001726232.pdf"),
        changes: Text::new(
        "2025年12月24日の閣僚折衝で決まり、2026年3月6日に大臣が2段階（2026年8月・2027年8月）を確認しました。複数の独立した公開資料が全ての額で一致し、うち一つが2026年10月1日にこのPDFの本文と照合しています。確度: 2026年8月からの額は高、2027年8月からの額は中〜高、70歳以上は中。政令の条文の公布は確認していません（厚生労働省の公表資料による）。",
        "Decided at the ministers' meeting of 24 Dec 2025; the two steps (Aug 2026 and Aug 2027) were confirmed by the minister on 6 Mar 2026. Several independent public copies agree on every figure, one checked against this PDF's text on 1 Oct 2026. Confidence: high for Aug 2026, medium-high for Aug 2027, medium for those 70 and over. The amended order's promulgation was not confirmed (figures as MHLW published them).",
    ),
        // Its tables are on pp.4–6; which page holds which table was not checked, so a citation gives
        // the range in its section rather than one page.
    },
    About {
        doc: &MEAL_NOTICES,
        publisher: Text::new("厚生労働省告示（健康保険組合・自治体の告知による）", "MHLW notices (as health insurance societies and municipalities announced them)"),
        title: Text::new("入院時食事療養費の食事療養標準負担額", "Standard charge for hospital meals"),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &MEALS_2026,
        publisher: Text::new("厚生労働省", "Ministry of Health, Labour and Welfare"),
        title: Text::new(
            "令和8年度診療報酬改定について（改定率: 入院時の食費の基準額 1食690円→730円）",
            "The FY2026 revision of medical fees (revision rates: the hospital meal base price ¥690 → ¥730)",
        ),
        url: None,
        changes: Text::EMPTY,
    },
    About {
        doc: &INSURER_FAQ,
        publisher: Text::new("全国健康保険協会（協会けんぽ）・健康保険組合", "Japan Health Insurance Association (協会けんぽ) and health insurance societies"),
        title: Text::new(
            "高額療養費の多数該当: 保険者や被保険者・被扶養者の別が変わったときの回数（よくある質問）",
            "The 4th-month reduction when the insurer, or member/dependant status, changes (FAQ)",
        ),
        url: Some("https://www.7andi-kenpo.or.jp/asp/faq/faq.asp?articleid=15852&categoryid=15"),
        changes: Text::new(
            "保険者が変わらず、被保険者から被保険者・被扶養者から被扶養者（同じ被保険者の）であれば回数は継続し、それ以外（国民健康保険や他の健康保険に移った等）は継続しません（確度: 高。協会けんぽのよくある質問も同じ内容）。",
            "The count carries on only with the same insurer and the same status (member to member, dependant of the same member to dependant); any other change (to National Health Insurance, to another insurer …) starts it again (confidence: high; 協会けんぽ's FAQ says the same).",
        ),
    },
    About {
        doc: &YAMATO_EXAMPLES,
        publisher: Text::new("大和市（国民健康保険）", "Yamato City (National Health Insurance)"),
        title: Text::new(
            "高額療養費の計算例（70歳未満の世帯・70歳以上の人のみの世帯）",
            "Worked examples of the high-cost benefit (households under 70; households of people 70 and over)",
        ),
        url: Some("https://www.city.yamato.lg.jp/gyosei/soshik/2020/kokuminkenkohoken/kokuho_kyufu/kogakuryoyohi/6995.html"),
        changes: Text::new(
            "70歳未満: 医療費 200,000 + 400,000 + 100,000 = 700,000円 → 区分ウ 84,430円、支給 125,570円。70歳以上（一般）: 外来 20,000 − 18,000 = 2,000円、世帯 18,000 + 57,600 − 57,600 = 18,000円、支給 20,000円（確度: 高。2026年7月までの限度額）。",
            "Under 70: medical costs 200,000 + 400,000 + 100,000 = 700,000 yen → bracket ウ 84,430 yen, benefit 125,570 yen. 70+ (general): outpatient 20,000 − 18,000 = 2,000 yen, household 18,000 + 57,600 − 57,600 = 18,000 yen, benefit 20,000 yen (confidence: high; the caps until July 2026).",
        ),
    },
    About {
        doc: &INCOME_TAX_ACT,
        publisher: Text::EMPTY,
        title: Text::new("所得税法", "Income Tax Act"),
        url: None,
        changes: Text::new("長く変わっていない規定です（確度: 高）。", "Long-standing law (confidence: high)."),
    },
    About {
        doc: &GENERAL_TAX_ACT,
        publisher: Text::EMPTY,
        title: Text::new("国税通則法", "Act on General Rules for National Taxes"),
        url: None,
        changes: Text::new("長く変わっていない規定です（確度: 高）。", "Long-standing law (confidence: high)."),
    },
    About {
        doc: &LOCAL_TAX_ACT,
        publisher: Text::EMPTY,
        title: Text::new("地方税法", "Local Tax Act"),
        url: None,
        changes: Text::new("長く変わっていない規定です（確度: 高）。", "Long-standing law (confidence: high)."),
    },
    About {
        doc: &RECONSTRUCTION_ACT,
        publisher: Text::EMPTY,
        title: Text::new(
        "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法（復興財源確保法）",
        "Act on Special Measures for Securing Financial Resources for the Reconstruction from the Great East Japan Earthquake",
    ),
        url: None,
        changes: Text::new(
        "復興特別所得税は2013〜2037年分（確度: 高）。",
        "The special reconstruction income tax applies to 2013–2037 (confidence: high).",
    ),
    },
    About {
        doc: &TAX_REFORM_2026,
        publisher: Text::new("財務省", "Ministry of Finance"),
        title: Text::new("令和8年度税制改正の大綱", "Outline of the FY2026 tax reform"),
        url: Some("https://www.mof.go.jp/tax_policy/tax_reform/outline/fy2026/08taikou_06.htm"),
        changes: Text::EMPTY,
    },
    About {
        doc: &CHILD_CHRONIC_CAPS,
        publisher: Text::new("小児慢性特定疾病情報センター", "Pediatric chronic specific disease information center"),
        title: Text::new("小児慢性特定疾病の医療費助成に係る自己負担上限額", "Monthly co-payment caps of the pediatric chronic specific disease subsidy"),
        url: Some("https://www.shouman.jp/assist/expenses"),
        changes: Text::new(
            "2015年1月からの表（ページに日付なし、2026年12月に保存された写しで確認）。一般・重症の額と2割・食費1/2は確度: 高（食費1/2は川口市のページ 2024年5月1日も同じ）。人工呼吸器等装着者の500円は表の結合されたセルで、低所得Ⅰ〜上位所得のすべてに当たると読んでいます（確度: 中）。",
            "The table from Jan 2015 (the page states no date; checked on a stored copy in Dec 2026). The general and severe caps, the 20% and the half meal charge: confidence high (Kawaguchi City, 1 May 2024, says the same of meals). The ¥500 for patients on a ventilator is a merged cell, read as applying to every bracket from low income I to upper income (confidence medium).",
        ),
    },
    About {
        doc: &INTRACTABLE_CAPS,
        publisher: Text::new("ライソゾーム病情報（lysolife.jp）・相模原市", "lysolife.jp and Sagamihara City"),
        title: Text::new("指定難病の医療費助成制度（自己負担上限額）", "The designated intractable disease subsidy (monthly caps)"),
        url: Some("https://www.lysolife.jp/social/seido_seijin.html"),
        changes: Text::new(
            "上限額の表は患者向けサイトの2019年12月時点のもの（厚生労働省の難病法説明資料による、確度: 中。2014年の難病法施行令の額から変わっていないと読んでいます）。2割と人工呼吸器等装着者の1,000円（生活保護を除く）は相模原市のページ（確度: 高）。厚生労働省・難病情報センターの日付のある表は見つかっていません。",
            "The caps are a patient site's table as of Dec 2019 (citing MHLW's explanation of the act; confidence medium; read as unchanged since the 2015 order). The 20% and the ¥1,000 for patients on a ventilator (save public assistance) are from Sagamihara City's pages (confidence high). No dated MHLW or Japan Intractable Diseases Information Center table was found.",
        ),
    },
    About {
        doc: &ROOM_NOTICE,
        publisher: Text::new("厚生労働省（兵庫県のページによる）", "MHLW (as Hyogo Prefecture's page gives it)"),
        title: Text::new(
            "「療担規則及び薬担規則並びに療担基準に基づき厚生労働大臣が定める掲示事項等」及び「保険外併用療養費に係る厚生労働大臣が定める医薬品等」の実施上の留意事項について",
            "Notes on the notices and the listed drugs etc. for 保険外併用療養費 (the rules on private-room charges)",
        ),
        url: Some("http://web.pref.hyogo.lg.jp/kf07/sagaku_bed.html"),
        changes: Text::new(
            "兵庫県のページ（2018年10月29日更新）が平成30年3月5日の最終改正として挙げています。岡山県（2023年5月8日）・宇都宮市（2024年3月8日）のページも同じ3つの場合（同意書がない、治療上の必要、病棟管理の必要）を挙げています。その後の改正の番号は確認していません（確度: 高）。",
            "Hyogo Prefecture's page (updated 29 Oct 2018) gives the amendment of 5 Mar 2018 as the last; Okayama Prefecture (8 May 2023) and Utsunomiya City (8 Mar 2024) list the same three cases (no signed consent, needed for treatment, needed to run the ward). Later amendment numbers were not checked (confidence high).",
        ),
    },
    About {
        doc: &HIGH_COST_TIMING,
        publisher: Text::new("函館市", "Hakodate City"),
        title: Text::new("よくある質問: 高額療養費の支給時期", "FAQ: when the high-cost benefit is paid"),
        url: Some("https://joruri-cms.city.hakodate.hokkaido.jp/faq/docs/2014011900080"),
        changes: Text::new(
            "「診療月から少なくとも3ヵ月程度を要します」（確度: 高）。宇城市 国保（2024年9月4日）も「診療月の約3か月後」、蒲郡市は「約3カ月から4カ月程度」としています。",
            "\"At least about 3 months from the month of care\" (confidence high). Uki City's NHK page (4 Sep 2024) says about 3 months; Gamagori City, about 3 to 4 months.",
        ),
    },
    About {
        doc: &SICK_PAY_TIMING,
        publisher: Text::new("松竹健康保険組合", "Shochiku Health Insurance Society"),
        title: Text::new("傷病手当金", "Sickness allowance (傷病手当金)"),
        url: Some("https://www.shochikukenpo.or.jp/member/application/rest_b.html"),
        changes: Text::new(
            "支払いは「申請日を含む月の翌月25日」（確度: 高）。ほかの組合は「受付後概ね1ヵ月」、協会けんぽは受付から10営業日以内を目標としています（二次資料）。保険者によって早まります。",
            "Paid \"on the 25th of the month after the month of the claim\" (confidence high). Another society says about a month after receipt; 協会けんぽ aims at 10 working days (secondary sources). It can be sooner with other insurers.",
        ),
    },
    About {
        doc: &NTA_REFUND_QA,
        publisher: Text::new("国税庁", "National Tax Agency"),
        title: Text::new("確定申告に関するQ&A Q39（還付金の支払時期）", "Q&A on tax returns, Q39 (when a refund is paid)"),
        url: Some("https://www.nta.go.jp/taxes/shiraberu/shinkoku/qa/11.htm"),
        changes: Text::new(
            "「還付金の支払手続にはおおむね1か月から1か月半程度の期間を要する」「e-Taxで提出された還付申告は3週間程度」（確度: 高）。還付申告は翌年1月1日から5年間出せます。",
            "\"About 1 to 1.5 months to pay a refund\"; \"about 3 weeks for a return filed through e-Tax\" (confidence high). A refund return can be filed from 1 January of the next year, for 5 years.",
        ),
    },
    About {
        doc: &RESIDENT_TAX_TIMING,
        publisher: Text::new("宮崎市", "Miyazaki City"),
        title: Text::new("個人市県民税の納期", "When individual residence tax is paid"),
        url: Some("https://www.city.miyazaki.miyazaki.jp/life/tax/city_prefectural/12290.html"),
        changes: Text::new(
            "普通徴収は第1期6月から4回、特別徴収は6月から翌年5月の給与から（確度: 高）。第4期は翌年1月の市区町村と12月の市区町村があります。",
            "Paid directly in 4 instalments from June, or from the salary from June to the next May (confidence high). Some municipalities take the 4th instalment in January, others in December.",
        ),
    },
    About {
        doc: &NTA_RETURN,
        publisher: Text::new("国税庁", "National Tax Agency"),
        title: Text::new(
            "所得税及び復興特別所得税の確定申告書（復興特別所得税額の計算）",
            "Return of income tax and the special reconstruction income tax (the surtax line)",
        ),
        url: None,
        changes: Text::new(
            "復興特別所得税額は基準所得税額 × 2.1%、1円未満の端数切捨て（確度: 高）。この1円未満の切捨てを定める条文そのものは確認していません。",
            "The reconstruction surtax is the base income tax × 2.1%, fractions of a yen dropped (confidence: high). The article that prescribes this truncation itself was not checked.",
        ),
    },
    About {
        doc: &CIVIL_CODE,
        publisher: Text::EMPTY,
        title: Text::new("民法", "Civil Code"),
        url: None,
        changes: Text::new("長く変わっていない規定です（確度: 高）。", "Long-standing law (confidence: high)."),
    },
    About {
        doc: &PHARMACIST_ONLINE,
        publisher: Text::new("公益財団法人日本薬剤師研修センター", "Japan Pharmacists Education Center (JPEC)"),
        title: Text::new(
        "研修認定薬剤師制度のオンラインシステム（PECS）への移行に関する案内（センターのよくある質問、都道府県薬剤師会の通知）",
        "Notices on the move of the certified pharmacist scheme to the online system (PECS): the center's FAQ and a prefectural pharmacists' association notice",
    ),
        url: None,
        changes: Text::new("確度: 高。", "Confidence: high."),
    },
    About {
        doc: &HCTC_ANNOUNCEMENT_2020,
        publisher: Text::new(
            "一般社団法人日本造血・免疫細胞療法学会（旧 日本造血細胞移植学会）",
            "Japanese Society for Transplantation and Cellular Therapy (JSTCT; formerly the Japan Society for Hematopoietic Cell Transplantation)",
        ),
        title: Text::new(
            "HCTC認定制度 規則第三回改定・細則第二回改定およびHCTC認定研修の開始について（お知らせ）",
            "Notice of the third revision of the HCTC rules, the second revision of the bylaws and the HCTC certification training",
        ),
        url: None,
        changes: Text::new(
            "2020年12月1日からHCTC認定研修（通算20日間以上）が始まり、修了者は患者事例10件以上・ドナー事例10件以上（小児は各5件）で申請できると公表されています。改定後の細則の全文は見つかっていません。2019年より後の手数料も見つかっていません。",
            "HCTC certification training (20 days or more in all) from 1 Dec 2020; those who complete it may apply with 10 or more patient cases and 10 or more donor cases (5 each for paediatrics). The revised bylaws' full text was not found, nor any fee after 2019.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_reads_in_both_languages() {
        let c = cite!(JMDP_GUIDE, "参考資料2-13 4.", page: 31, quote: "最終同意等調整料");
        let ja = c.text(false);
        assert!(ja.starts_with("公益財団法人日本骨髄バンク『非血縁者間"), "{ja}");
        assert!(ja.ends_with("（第5版）』（2023年8月） 参考資料2-13 4.「最終同意等調整料」 p.31"), "{ja}");
        let en = c.text(true);
        assert!(en.starts_with("Japan Marrow Donor Program (JMDP), Administrative procedures"), "{en}");
        assert!(en.ends_with("(5th ed.) (Aug 2023), 参考資料2-13 4.「最終同意等調整料」, p.31"), "{en}");
        assert_eq!(c.short(false), "日本骨髄バンク 医事課向け説明書（第5版） 参考資料2-13 4.「最終同意等調整料」 p.31");
        let law = cite!(HEALTH_INSURANCE_ACT, "第75条");
        assert_eq!(law.text(false), "健康保険法（大正11年法律第70号）第75条");
        assert_eq!(law.short(false), "健康保険法第75条");
        assert_eq!(law.short(true), "Health Insurance Act, 第75条");
        assert_eq!(serde_json::to_value(law).unwrap(), serde_json::json!(law.text(false)));
        let parts = serde_json::to_value(law.parts()).unwrap();
        assert_eq!(parts["title"], "健康保険法");
        assert_eq!(parts["section"], "第75条");
        assert_eq!(parts["page"], serde_json::Value::Null);
    }

    #[test]
    fn every_document_is_described_once() {
        for (i, a) in DOCS.iter().enumerate() {
            let d = a.doc;
            assert!(!a.title.ja.is_empty() && !a.title.en.is_empty(), "{}", d.id);
            assert!(!d.short.ja.is_empty() && !d.short.en.is_empty(), "{}", d.id);
            assert!(!a.currency().ja.is_empty() && !a.currency().en.is_empty(), "{}", d.id);
            assert_eq!(d.news.is_some(), a.changes.ja.is_empty(), "{}: news or a note, one of them", d.id);
            assert_eq!(d.checked, "2026-12", "{}", d.id);
            assert!(std::ptr::eq(d.about().unwrap(), a), "{}", d.id);
            assert!(DOCS[i + 1..].iter().all(|e| e.doc.id != d.id && !std::ptr::eq(e.doc, d)), "{} twice", d.id);
            // Its rules page's address: lowercase ASCII words joined by hyphens, one per document.
            let slug = d.slug();
            assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{slug}");
            assert!(DOCS[i + 1..].iter().all(|e| e.doc.slug() != slug), "{slug} twice");
        }
        assert!(ENTERED.about().is_none());
        assert_eq!(cite!(ENTERED, "meal_yen").text(false), "入力値 meal_yen");
    }
}
