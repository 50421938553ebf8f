/** @module Known court awards and apology payments per person, shown beside the JO estimate as context. */

export type Award = {
  readonly case: string;
  readonly yen_per_person: number;
  readonly detail: string;
  readonly source: string;
};

/** legal-rules.md §5.3: the JO model is a worst-case what-if, not a prediction of what courts award. */
export const COURT_AWARDS: readonly Award[] = [
  {
    case: "ベネッセ（2014年の漏えい）",
    yen_per_person: 3300,
    detail: "東京高判2020-03-25: 慰謝料3,000円＋弁護士費用300円",
    source: "krsw-wiki.in（法律記事の引用）",
  },
  {
    case: "TBC（エステティックサロン）",
    yen_per_person: 35000,
    detail: "東京高判平19.8.28: 最大30,000円＋弁護士費用5,000円",
    source: "legal-rules.md §5.3",
  },
  {
    case: "宇治市住民基本台帳データ漏えい（1999年）",
    yen_per_person: 15000,
    detail: "慰謝料10,000円＋弁護士費用5,000円",
    source: "pdm.tokyo information-bank-2; lrm.jp",
  },
  {
    case: "お詫びの金券等（Yahoo!BB、ローソン、ベネッセ）",
    yen_per_person: 500,
    detail: "任意の見舞金の相場",
    source: "piece-asia.com 0001-2; lrm.jp",
  },
];
