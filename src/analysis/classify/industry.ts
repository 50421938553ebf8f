/**
 * @module Organization → 業種 in the 日本標準産業分類 (JSIC) divisions JNSA's tables use (anchors.md §5.1 lists the ones
 * seen in the 2016 list), from the organization type and words in the name. Pure, table-driven; a name with no telling
 * word is 不明, not guessed.
 */
import type { OrganizationType } from "../../domain/store.js";

/** JSIC divisions as JNSA spells them (anchors.md §5.1), plus 不明. */
export const INDUSTRIES = [
  "公務",
  "教育・学習支援業",
  "医療・福祉",
  "金融業・保険業",
  "情報通信業",
  "卸売業・小売業",
  "製造業",
  "電気・ガス・熱供給・水道業",
  "運輸業・郵便業",
  "建設業",
  "不動産業・物品賃貸業",
  "宿泊業・飲食サービス業",
  "学術研究・専門・技術サービス業",
  "生活関連サービス業・娯楽業",
  "サービス業",
  "不明",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Types that fix the division: public bodies are 公務 (JSIC division S), schools and hospitals their own divisions. */
const BY_TYPE: Readonly<Partial<Record<OrganizationType, Industry>>> = {
  local_government: "公務",
  national_government: "公務",
  police: "公務",
  education: "教育・学習支援業",
  medical: "医療・福祉",
};

/** Name words → division, first match wins (more specific words first: 生命保険 before 生命, 電力 before 電). */
const NAME_WORDS: readonly (readonly [words: RegExp, industry: Industry])[] = [
  [
    /銀行|信用金庫|信用組合|労働金庫|証券|保険|生命|損保|カード|クレジット|ローン|信託|ファイナンス|リース|共済|金融|ペイ|Pay/iu,
    "金融業・保険業",
  ],
  [/電力|ガス|水道|エネルギー/u, "電気・ガス・熱供給・水道業"],
  [/郵便|運輸|通運|物流|鉄道|航空|交通|バス|タクシー|海運|運送|宅配|エクスプレス/u, "運輸業・郵便業"],
  [
    /放送|テレビ|新聞|出版|通信|ソフト|システム|ネット|情報|データ|デジタル|IT|Web|ウェブ|クラウド|モバイル|テレコム|ドコモ|ソリューション/iu,
    "情報通信業",
  ],
  [/建設|工務店|建築|土木|ハウス|ホーム/u, "建設業"],
  [/不動産|住宅|地所|レンタル|賃貸/u, "不動産業・物品賃貸業"],
  [/ホテル|旅館|レストラン|フード|飲食|カフェ|食堂|居酒屋/u, "宿泊業・飲食サービス業"],
  [/工業|電機|電気|製作所|製薬|薬品|化学|製紙|自動車|重工|精機|食品|乳業|製菓|鉄鋼|製造|電子|機械|工機/u, "製造業"],
  [
    /商事|物産|商店|商会|百貨店|書店|通販|ストア|マート|スーパー|ドラッグ|販売|ショップ|トレーディング/u,
    "卸売業・小売業",
  ],
  [/研究所|総研|コンサル|法律事務所|会計|税理士|特許/u, "学術研究・専門・技術サービス業"],
  [
    /旅行|ツーリスト|美容|理容|クリーニング|スポーツ|フィットネス|遊園|劇場|ゲーム|娯楽|冠婚葬祭/u,
    "生活関連サービス業・娯楽業",
  ],
  [/福祉|介護|保育|社会福祉/u, "医療・福祉"],
  [/学園|塾|スクール|教育|学習/u, "教育・学習支援業"],
  [/人材|派遣|警備|清掃|ビルメンテナンス|コールセンター|サービス/u, "サービス業"],
];

/** The JSIC division JNSA would file an organization under, or 不明. */
export function toIndustry(name: string, type: OrganizationType): Industry {
  const fixed = BY_TYPE[type];
  if (fixed !== undefined) return fixed;
  const nfkc = name.normalize("NFKC");
  return NAME_WORDS.find(([words]) => words.test(nfkc))?.[1] ?? "不明";
}
