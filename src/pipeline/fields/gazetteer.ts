/** @module Word lists for organization recognition: prefectures, legal-entity forms, organization-type suffixes. */

/** The 47 prefectures (都道府県), from the Geospatial Information Authority of Japan's list of prefectures. */
export const PREFECTURES = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
  "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
  "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
  "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
] as const;

/** Legal-entity prefixes and suffixes (法人格) that mark a name as an organization. */
export const ENTITY_FORMS = [
  "株式会社", "有限会社", "合同会社", "合名会社", "合資会社", "一般社団法人", "一般財団法人", "公益社団法人",
  "公益財団法人", "独立行政法人", "地方独立行政法人", "国立研究開発法人", "国立大学法人", "公立大学法人", "学校法人",
  "医療法人", "医療法人社団", "医療法人財団", "社会福祉法人", "特定非営利活動法人", "NPO法人", "宗教法人", "生活協同組合",
] as const;

export type OrgType = "local_government" | "national_government" | "police" | "medical" | "education" | "company" | "association";

/**
 * Suffixes that end an organization's name, with the type they suggest. Longest first, so 区役所 wins over 所.
 * Types follow the groups JNSA and the PPC use in their reports (自治体, 官公庁, 医療機関, 教育機関, 企業, 団体).
 */
export const ORG_SUFFIXES: readonly (readonly [suffix: string, type: OrgType])[] = (
  [
    ["教育委員会", "local_government"], ["上下水道局", "local_government"], ["水道局", "local_government"],
    ["区役所", "local_government"], ["市役所", "local_government"], ["町役場", "local_government"],
    ["村役場", "local_government"], ["役所", "local_government"], ["役場", "local_government"],
    ["市", "local_government"], ["区", "local_government"], ["町", "local_government"], ["村", "local_government"],
    ["県", "local_government"], ["府", "local_government"], ["都", "local_government"],
    ["県警察", "police"], ["県警", "police"], ["府警", "police"], ["道警", "police"], ["警視庁", "police"],
    ["警察署", "police"], ["署", "police"],
    ["省", "national_government"], ["庁", "national_government"], ["委員会", "national_government"],
    ["機構", "national_government"], ["事務所", "national_government"], ["裁判所", "national_government"],
    ["年金事務所", "national_government"], ["税務署", "national_government"], ["局", "national_government"],
    ["病院", "medical"], ["医院", "medical"], ["クリニック", "medical"], ["診療所", "medical"],
    ["医療センター", "medical"], ["病センター", "medical"], ["薬局", "medical"], ["保健所", "medical"],
    ["大学院", "education"], ["大学", "education"], ["短期大学", "education"], ["高等専門学校", "education"],
    ["高等学校", "education"], ["高校", "education"], ["中学校", "education"], ["小学校", "education"],
    ["学校", "education"], ["学園", "education"], ["幼稚園", "education"], ["保育園", "education"], ["塾", "education"],
    ["銀行", "company"], ["信用金庫", "company"], ["信用組合", "company"], ["証券", "company"], ["生命保険", "company"],
    ["火災保険", "company"], ["損害保険", "company"], ["損保", "company"], ["生命", "company"], ["保険", "company"],
    ["ホールディングス", "company"], ["グループ", "company"], ["工業", "company"], ["商事", "company"],
    ["物産", "company"], ["電機", "company"], ["電気", "company"], ["電力", "company"], ["製作所", "company"],
    ["乳業", "company"], ["製薬", "company"], ["食品", "company"], ["薬品", "company"], ["自動車", "company"],
    ["運輸", "company"], ["通運", "company"], ["出版", "company"], ["出版社", "company"],
    ["新聞社", "company"], ["新聞", "company"], ["放送", "company"], ["テレビ", "company"], ["書店", "company"],
    ["百貨店", "company"], ["鉄道", "company"], ["航空", "company"], ["郵便", "company"], ["ガス", "company"],
    ["建設", "company"], ["不動産", "company"], ["住宅", "company"], ["ローン", "company"],
    ["商会", "company"], ["商店", "company"], ["産業", "company"], ["化学", "company"], ["製紙", "company"],
    ["印刷", "company"], ["システムズ", "company"], ["ソリューションズ", "company"], ["コーポレーション", "company"],
    ["ジャパン", "company"], ["研究所", "company"], ["総研", "company"], ["研", "company"],
    ["協会", "association"], ["技師会", "association"], ["医師会", "association"], ["会議所", "association"],
    ["連合会", "association"], ["協議会", "association"], ["組合", "association"], ["財団", "association"],
    ["生協", "association"], ["法人", "association"], ["センター", "association"], ["社", "company"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Words that end in an organization suffix but name no particular organization (都市銀行, 各省庁) or refer back to one
 * (同社, 当院): they are never taken as a name.
 */
export const GENERIC_NAMES = new Set([
  "都市銀行", "地方銀行", "各銀行", "金融機関", "市区町村", "全市", "各市", "都市", "政令市", "中核市", "市町村",
  "自治体", "各省庁", "省庁", "官公庁", "政府", "行政機関", "大学", "病院", "学校", "高校", "会社", "子会社",
  "親会社", "本社", "支社", "弊社", "当社", "同社", "他社", "各社", "自社", "御社", "貴社", "関係会社",
  "グループ会社", "委託先", "同市", "同県", "同町", "同村", "同区", "同省", "同庁", "同院", "当院", "同大学",
  "本学", "当学", "同校", "本校", "当校", "同機構", "同協会", "同センター", "同行", "当行", "同署", "県警", "府警",
  "道警", "警察", "警察署", "市内", "県内", "都内", "区内", "町内", "村内", "県立", "市立", "区立", "町立",
  "国立", "私立", "公立", "府立", "都立", "事務局", "当局", "本局", "国内", "海外", "外部", "全国", "各地",
  "各県", "都道府県", "委員会", "研究所", "センター", "財団", "法人", "組合", "協会", "保険", "生命",
  "グループ", "電気", "通信", "郵便", "新聞", "放送", "テレビ", "カード", "ローン", "住宅", "不動産", "建設",
  "印刷", "産業", "化学", "食品", "鉄道", "航空", "証券", "銀行", "ガス", "出版", "書店", "社", "区", "市",
  "町", "村", "県", "都", "府", "局", "署", "省", "庁", "研", "塾", "学園", "機構", "各区", "東京都内",
  "大手", "大手企業", "中小企業", "企業", "団体", "機関", "組織", "事業者", "業者", "名簿業者", "販売代理店",
  "代理店", "専門会社", "通販会社", "運営会社", "持株会社", "警察庁", "新会社", "合弁会社", "地区", "特殊法人",
  "両社", "両県警", "都道府県警", "当局", "捜査当局", "各自治体",
]);

/**
 * Leading words that are not part of a following name: modifiers (大手, 米), demonstratives (同, 当),
 * and common nouns that often precede a name in a kanji run (子会社, 出向先).
 */
export const NAME_LEADERS = [
  "子会社", "親会社", "出向先", "出向元", "委託先", "運営元", "大手", "同", "当", "本", "各", "全", "旧", "元", "前",
  "現", "新",
] as const;

/** Common surnames ending in 村 or 町: a person (高村, 中村) rather than a village. */
export const SURNAMES_LIKE_PLACES = new Set([
  "中村", "木村", "田村", "北村", "西村", "野村", "松村", "岡村", "川村", "今村", "高村", "上村", "下村", "奥村",
  "吉村", "志村", "河村", "三村", "植村", "梅村", "藤村", "竹村", "島村", "小村", "市村", "村", "東村", "森村",
  "杉村", "沢村", "澤村", "谷村", "大町", "町",
]);
