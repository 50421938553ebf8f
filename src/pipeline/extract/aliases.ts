/** @module Organization names → clusters of names that refer to one organization (株式会社X = X = (株)X, 北交省 = 北谷交通省). */
import { PREFECTURES } from "../fields/gazetteer.js";

const FORMS =
  /株式会社|有限会社|合同会社|相互会社|（株）|\(株\)|認定特定非営利活動法人|特定非営利活動法人|認定NPO法人|NPO法人|社会医療法人|医療法人社団|医療法人財団|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|地方独立行政法人|国立研究開発法人|国立大学法人|公立大学法人|学校法人|医療法人|社会福祉法人|税理士法人|弁護士法人|司法書士法人|行政書士法人|社会保険労務士法人|弁理士法人|特許業務法人|土地家屋調査士法人|監査法人/g;

/**
 * A name reduced for comparison: NFKC, a dateline's prefecture written out (神奈川・港北見市 → 神奈川県港北見市),
 * legal-entity forms, spaces and middle dots removed, lower case.
 */
export function toKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name
      .normalize("NFKC")
      .replace(DATELINE, (_, bare: string) => DATELINE_PREFECTURE.get(bare) ?? bare)
      .replace(FORMS, "")
      .replace(/[\s・･]/g, "")
      // 私立藍堀高等学校 and 藍堀高校 are one school.
      .replace(/^私立(?=.{2,})/u, "")
      .replace(/高等学校/gu, "高校")
      .toLowerCase();
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/**
 * 神奈川・港北見市, 大阪・北浜市: newspapers' datelines write the prefecture without 都/府/県 and a middle dot before the
 * municipality; the bare prefecture names and their full forms (PREFECTURES).
 */
const DATELINE_PREFECTURE = new Map(PREFECTURES.map((p) => [p.replace(/[都府県]$/u, ""), p]));
const DATELINE = new RegExp(`^(${[...DATELINE_PREFECTURE.keys()].join("|")})[・･](?=.{1,8}[市区町村]$)`, "u");

/** Names repeat across sentences and articles: their keys are kept (bounded, cleared when full). */
const KEYS = new Map<string, string>();

/** 米ミドリ and ミドリ are different companies: a country prefix sets a name apart. */
const COUNTRY = /^(?:米|英|独|仏|中|韓|台|露|加|豪|印|米国|英国|中国|韓国|台湾)[\p{Script=Katakana}A-Za-z]/u;

/** The name without a leading prefecture (北谷県北浜市 → 北浜市), for matching a city named both ways. */
function withoutPrefecture(key: string): string {
  return key.replace(/^(?:北海道|東京都|京都府|大阪府|.{2,3}県)(?=.{2,}[市区町村])/, "");
}

/**
 * 白萩・北浜市 beside 白萩県北浜市: a dateline's prefecture without 県 (toKey writes out the 47 it knows) before the
 * municipality is the same body as the name with it.
 */
function isDatelineOf(short: string, long: string): boolean {
  if (long.length !== short.length + 1 || !MUNICIPALITY_END.test(short)) return false;
  const at = long.search(PREFECTURE_MARK);
  return at >= 2 && long.slice(0, at) + long.slice(at + 1) === short;
}

function cooperative(key: string): string {
  return key.replace(/^ja(?=.{2,})/u, "").replace(/(?<=.{2,})農業協同組合$/u, "");
}

const MUNICIPALITY_END = /[市区町村]$/u;
const PREFECTURE_MARK = /[都府県](?=.{2,}[市区町村]$)/u;

/**
 * True when two names plausibly name the same organization: one contains the other (年金機構 ⊂ 北谷年金機構),
 * one is an abbreviation of the other (国交省, 産総研, 東商: same first character, characters in order), or both share
 * a long common prefix (東京海上日動火災保険, 東京海上日動あんしん生命保険: one corporate group).
 */
export function isAlias(a: string, b: string): boolean {
  const ix = keyInfo(a);
  const iy = keyInfo(b);
  const x = ix.key;
  const y = iy.key;
  if (!x || !y) return false;
  if (x === y) return true;
  if (ix.country !== iy.country) return false;
  const [short, long] = x.length <= y.length ? [ix, iy] : [iy, ix];
  if (short.key.length >= 2 && long.key.includes(short.key)) return !isPlaceInsideName(short.key, long.key);
  if (short.expanded !== short.key || long.expanded !== long.key) {
    const [es, el] = short.expanded.length <= long.expanded.length ? [short, long] : [long, short];
    if (el.expanded.includes(es.expanded)) return !isPlaceInsideName(es.expanded, el.expanded);
  }
  if (long.withoutPrefecture === short.key || short.withoutPrefecture === long.key) return true;
  if (isDatelineOf(short.key, long.key)) return true;
  // JAゆうすげ is ゆうすげ農業協同組合 (農協 name themselves JA before their own name).
  if (x.startsWith("ja") !== y.startsWith("ja") && cooperative(x) === cooperative(y)) return true;
  if (
    short.key.length >= 2 &&
    short.key.length <= 4 &&
    short.key[0] === long.key[0] &&
    isSubsequence(short.key, long.key)
  ) {
    return short.key.at(-1) === long.key.at(-1) || long.key.length - short.key.length >= 2;
  }
  const sx = ix.stem;
  const sy = iy.stem;
  if ((sx && y.startsWith(sx)) || (sy && x.startsWith(sy))) return true;
  // One corporate family (東京海上日動火災保険, 東京海上日動あんしん生命保険) shares a long stem; a shorter shared prefix
  // (北浜UFJ銀行 / 北浜UFJ信託銀行, generated names alike) does not make two companies one.
  const prefix = commonPrefix(short.key, long.key);
  return prefix >= 6 && prefix >= 0.6 * short.key.length;
}

/** What isAlias compares of a name, worked out once per name: names are compared pairwise within an article. */
type KeyInfo = {
  readonly key: string;
  /** COUNTRY holds for the key. */
  readonly country: boolean;
  readonly withoutPrefecture: string;
  readonly stem: string | undefined;
  /** The key with short forms of type words written out (健保組合 → 健康保険組合, 市教委 → 市教育委員会, 北署 → 北警察署). */
  readonly expanded: string;
};

function keyInfo(name: string): KeyInfo {
  let info = INFOS.get(name);
  if (info === undefined) {
    const key = toKey(name);
    info = {
      key,
      country: COUNTRY.test(key),
      withoutPrefecture: withoutPrefecture(key),
      stem: groupStem(key),
      expanded: key
        .replace(SHORT_FORMS, (w) => FULL_FORMS[w] ?? w)
        .replace(/(?<!警察|税務|消防)署$/u, "警察署")
        .replace(/^ja(?![a-z])/u, "農業協同組合"), // JA is the name 農業協同組合 go by (JA, JA東浜)
    };
    if (INFOS.size > 50_000) INFOS.clear();
    INFOS.set(name, info);
  }
  return info;
}

const INFOS = new Map<string, KeyInfo>();

/** Short forms of organization-type words as newspapers write them, and the words they stand for. */
const FULL_FORMS: Readonly<Record<string, string>> = {
  健保: "健康保険",
  教委: "教育委員会",
  信金: "信用金庫",
  信組: "信用組合",
  生協: "生活協同組合",
  農協: "農業協同組合",
  漁協: "漁業協同組合",
  商議所: "商工会議所",
  選管: "選挙管理委員会",
  損保: "損害保険",
  生保: "生命保険",
};
const SHORT_FORMS = new RegExp(Object.keys(FULL_FORMS).join("|"), "gu");

/** 埼玉県 inside 埼玉県立…センター names a different body (the prefecture), except a prefecture-prefixed city. */
function isPlaceInsideName(short: string, long: string): boolean {
  if (!/[都道府県市区町村]$/.test(short)) return false;
  const rest = long.slice(long.indexOf(short) + short.length);
  if (rest.length === 0 || /^[市区町村]/.test(rest) || /^.{1,4}[市区町村]$/.test(rest)) return false;
  return !/(?:局|部|課|役所|役場|教育委員会|事務所)$/.test(rest);
}

/** 東京海上ホールディングス → 東京海上: a holding or group name covers the companies whose names start with its stem. */
function groupStem(key: string): string | undefined {
  return /^(.{2,}?)(?:ホールディングス|hd|グループ)$/u.exec(key)?.[1];
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
