//! The documents of the family's year beyond the insurance law: the public subsidies' tables, the
//! notice on private rooms, and the pages that say when money moves.

use super::{Doc, CHECKED};
use crate::msg::Text;

/// 小児慢性特定疾病情報センター「小児慢性特定疾病の医療費助成に係る自己負担上限額」 (the table of
/// 2015-01; the page states no date).
pub static CHILD_CHRONIC_CAPS: Doc = Doc {
    id: "child_chronic_caps",
    short: Text::new(
        "小児慢性特定疾病 自己負担上限額（小児慢性特定疾病情報センター）",
        "Pediatric chronic disease caps (the information center)",
    ),
    paged: false,
    edition: Text::new("2015年1月からの表（ページに日付なし）", "the table from Jan 2015 (the page states no date)"),
    checked: CHECKED,
    news: None,
};

/// 指定難病 (特定医療費) の自己負担上限額: the table as a patient site gives it (2019年12月時点), with
/// 相模原市's pages for the 2割 and the 人工呼吸器等装着者 1,000 yen.
pub static INTRACTABLE_CAPS: Doc = Doc {
    id: "intractable_caps",
    short: Text::new("指定難病 自己負担上限額（特定医療費）", "Designated intractable disease caps (特定医療費)"),
    paged: false,
    edition: Text::new(
        "2019年12月時点の表・相模原市のページ（日付なし）",
        "the table as of Dec 2019; Sagamihara City's pages (no date)",
    ),
    checked: CHECKED,
    news: None,
};

/// 厚生労働省 保医発0313003号 (平成18年3月13日), as last amended by 保医発0305第6号 (平成30年3月5日):
/// when a hospital may not charge for a private room (第3の12(8)).
pub static ROOM_NOTICE: Doc = Doc {
    id: "room_notice",
    short: Text::new(
        "差額ベッド代を求めてはならない場合（厚生労働省通知）",
        "When a private-room charge may not be asked (MHLW notice)",
    ),
    paged: false,
    edition: Text::new(
        "平成18年3月13日 保医発0313003号、最終改正 平成30年3月5日 保医発0305第6号",
        "13 Mar 2006 保医発0313003号, last amended 5 Mar 2018 保医発0305第6号",
    ),
    checked: CHECKED,
    news: None,
};

/// When money moves: 函館市's answer on when 高額療養費 is paid (3 months at least).
pub static HIGH_COST_TIMING: Doc = Doc {
    id: "high_cost_timing",
    short: Text::new("高額療養費の支給時期（函館市）", "High-cost benefit timing (Hakodate)"),
    paged: false,
    edition: Text::new("2019年2月27日更新", "updated 27 Feb 2019"),
    checked: CHECKED,
    news: None,
};

/// When money moves: a 健康保険組合's page on when 傷病手当金 is paid (the 25th of the month after
/// the claim).
pub static SICK_PAY_TIMING: Doc = Doc {
    id: "sick_pay_timing",
    short: Text::new("傷病手当金の支給日（松竹健保）", "Sickness allowance payday (Shochiku)"),
    paged: false,
    edition: Text::new("日付なし", "no date"),
    checked: CHECKED,
    news: None,
};

/// When money moves: 国税庁 確定申告に関するQ&A Q39 (how long a refund takes).
pub static NTA_REFUND_QA: Doc = Doc {
    id: "nta_refund_qa",
    short: Text::new("還付金の時期（国税庁Q&A）", "Refund timing (NTA Q&A)"),
    paged: false,
    edition: Text::new("Q39、日付なし", "Q39, no date"),
    checked: CHECKED,
    news: None,
};

/// When money moves: 宮崎市's page on when 住民税 is paid (from June).
pub static RESIDENT_TAX_TIMING: Doc = Doc {
    id: "resident_tax_timing",
    short: Text::new("住民税の納期（宮崎市）", "Residence tax dates (Miyazaki)"),
    paged: false,
    edition: Text::new("日付なし", "no date"),
    checked: CHECKED,
    news: None,
};
