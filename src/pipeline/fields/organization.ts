/** @module Text → organization mentions: names found by legal-entity forms, type suffixes and subject position. */
import { BULLETS } from "../segment/bullets.js";
import { isHighSurrogate, isLowSurrogate } from "./char-class.js";
import { guidedMatches } from "./first-units.js";
import { ENTITY_FORMS, GENERIC_NAMES, ORG_SUFFIXES, type OrgType, SURNAMES_LIKE_PLACES } from "./gazetteer.js";

export type OrgMention = {
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly name: string;
  readonly type: OrgType;
  /** How it was recognized: a legal-entity form, a type suffix, or a proper name in subject position. */
  readonly by: "entity_form" | "suffix" | "subject";
};

const NAME_CHAR = /[\p{Script=Han}々〆ヶ\p{Script=Katakana}ーｰA-Za-zＡ-Ｚａ-ｚ0-9０-９・･&＆.．'’\-]/u;
const LETTER = /[\p{Script=Han}々〆ヶ\p{Script=Katakana}ーｰA-Za-zＡ-Ｚａ-ｚ]/u;
const HIRAGANA_RUN = /^[\p{Script=Hiragana}]{2,5}/u;
const BAD_HIRAGANA_END = /[たてでにをはがのともへやかよりるしいうくすつぬむ]$/u;
const ENTITY_RE = new RegExp(`(?:${ENTITY_FORMS.join("|")}|（株）|\\(株\\)|（有）|\\(有\\))`, "g");

/** Nouns that follow a name inside one kanji/katakana run but are not part of it (国交省サイト, 同社職員). */
const TRAILERS = [
  "ホームページ",
  "Webサイト",
  "ウェブサイト",
  "サイト",
  "システム",
  "サーバー",
  "サーバ",
  "職員",
  "社員",
  "従業員",
  "関係者",
  "公式",
  "傘下",
  "本部",
  "本社",
  "支店",
  "事務局",
  "担当者",
  "担当",
  "顧客",
  "会員",
  "利用者",
  "患者",
  "委託先",
  "子会社",
  "出向者",
  "元社長",
  "社長",
  "捜査員",
  "医師",
  "教諭",
  "教員",
  "学生",
  "生徒",
  "内",
  "側",
  "管内",
  "管理",
  "運営",
  "発表",
  "広報",
  "事件",
  "問題",
  "事案",
  "調査",
  "資料",
  "情報",
  "名簿",
  "データ",
  "関連",
  "主催",
  "所属",
  "在住",
  "在住者",
  "周辺",
  "近く",
  "以外",
  "全体",
  "グループ全体",
];

/**
 * Items grouped by the code unit their word ends in, in list order: `groups[index[c]]` holds those ending in c (group 0
 * is empty). A lookup is two loads, made for every candidate run (a Map keyed by the code unit hashed it each time).
 * The index is a byte per code unit (the lists end in fewer than 256 distinct units): 64 KB, not 128 KB, to keep in
 * cache beside the scan's other tables.
 */
type ByLastUnit<T> = { readonly index: Uint8Array; readonly groups: readonly (readonly T[])[] };

function byLastUnit<T>(items: readonly T[], wordOf: (item: T) => string): ByLastUnit<T> {
  const index = new Uint8Array(0x10000);
  const groups: T[][] = [[]];
  for (const item of items) {
    const word = wordOf(item);
    const c = word.charCodeAt(word.length - 1);
    if (index[c] === 0) {
      if (groups.length > 0xff) throw new Error("byLastUnit: more than 255 distinct last code units");
      index[c] = groups.length;
      groups.push([]);
    }
    groups[index[c]!]!.push(item);
  }
  return { index, groups };
}

/** The items of `table` whose word ends in the code unit `last` (a char code; NaN for an empty name: none). */
function endingWith<T>(table: ByLastUnit<T>, last: number): readonly T[] {
  return table.groups[table.index[last] ?? 0]!;
}

const TRAILERS_BY_LAST = byLastUnit(TRAILERS, (t) => t);
/** Suffixes by their last code unit, in list order, so a name is checked against a handful. */
const SUFFIXES_BY_LAST = byLastUnit(ORG_SUFFIXES, ([suffix]) => suffix);
/** The suffix words alone, grouped as SUFFIXES_BY_LAST (same list, same order): its index serves both. */
const SUFFIX_WORDS_BY_LAST: ByLastUnit<string> = {
  index: SUFFIXES_BY_LAST.index,
  groups: SUFFIXES_BY_LAST.groups.map((group) => group.map(([suffix]) => suffix)),
};
/** 1 for the code units a suffix ends in. */
const SUFFIX_ENDS = unitTable(ORG_SUFFIXES.map(([suffix]) => suffix.charAt(suffix.length - 1)).join(""));
const SUFFIX_LIST = ORG_SUFFIXES;
const SUFFIX_SET = new Set(ORG_SUFFIXES.map(([suffix]) => suffix));

/** Scans the text for organization names. Mentions are ordered and do not overlap. */
export function findOrganizations(text: string): readonly OrgMention[] {
  const out: OrgMention[] = [];
  // The runs are recognized as they are found: a passage has hundreds, and most are no name.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (nameCharLength(text, i) === 0) {
      i++;
      continue;
    }
    const end = nameRunFrom(text, i);
    const m = recognize(text, i, end);
    if (m) out.push(m);
    i = end;
  }
  const prefixed =
    text.includes("JA") || text.includes("ＪＡ") ? [...entityPrefixed(text), ...jaNames(text)] : entityPrefixed(text);
  if (prefixed.length === 0) return out;
  const all = [...prefixed, ...out].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: OrgMention[] = [];
  for (const m of all) {
    const last = merged.at(-1);
    if (last && m.start < last.end) continue;
    merged.push(m);
  }
  return merged;
}

/**
 * JAおぼろ中央, JA北浜: an agricultural cooperative (農業協同組合法 の農協) is named by JA before its own name, which
 * runs to the first particle.
 */
function jaNames(text: string): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of text.matchAll(JA_NAME)) {
    // JAあけびの（…）, （JAあけびの）: a name closed by a bracket or a space keeps its last kana.
    const closed = JA_CLOSED.exec(text.slice(m.index, m.index + 14));
    if (closed) {
      const name = closed[0];
      if (!JA_PERSON.test(name))
        out.push({ start: m.index, end: m.index + name.length, name, type: "association", by: "entity_form" });
      continue;
    }
    const name = m[0];
    // JA元職員, JA職員: a person of some cooperative.
    if (name.length < 4 || JA_PERSON.test(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, name, type: "association", by: "entity_form" });
  }
  return out;
}

const JA_NAME =
  /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:JA|ＪＡ)(?=[^\s　、。（）()]{2})\p{Script=Hiragana}{0,6}?[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}?(?=の|は|が|で|と|に|も|を|へ|や|から|、|。|（|\(|\s|$)/gu;
const JA_CLOSED =
  /^(?:JA|ＪＡ)(?=[^\s　、。（）()]{2})(?![にのはがでとをへやもか])\p{Script=Hiragana}{0,6}[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}(?=[）)（(、。\s]|$)/u;
const JA_PERSON = /(?:職員|社員|組合員|役員|理事|担当者)$/u;

/**
 * Names after a legal-entity prefix, which may be hiragana (株式会社そらまめベーカリー) or follow （株）: the name runs
 * to the first particle that is followed by something other than hiragana (…ベーカリーが10月5日…).
 */
function entityPrefixed(text: string): OrgMention[] {
  const out: OrgMention[] = [];
  // Most passages hold no legal-entity form at all: one pass over char codes tells before the regex's.
  if (!hasEntityMark(text)) return out;
  for (const m of entityPrefixedMatches(text)) {
    const name0 = m[2]!;
    const found = PARTICLE_STOP.exec(name0);
    // 生活協同組合コープみなと（北浜市）: a kana name that ends in と, や or も right before its address in brackets.
    const stop =
      found &&
      found.index + found[0].length === name0.length &&
      KANA_NAME_END.includes(found[0]) &&
      BRACKET_OPENERS_ADDRESS.includes(text.charAt(m.index + m[0].length)) &&
      !/^[株有][）)]/u.test(text.slice(m.index + m[0].length + 1, m.index + m[0].length + 3))
        ? null
        : found;
    let name = stop ? throughKanaParticle(name0, stop.index, m[1]!) : name0;
    if (stop && name.length === stop.index)
      name = throughReportingSubject(name0, stop.index, text, m.index + m[0].length, m[1]!);
    name = ownedCut(name.replace(/[・.．]+$/u, ""));
    if (name.length < 1 || (name.length < 2 && !/[\p{Script=Han}]/u.test(name))) continue;
    const type = suffixType(name) ?? "company";
    const inner = m.index + m[0].length - m[2]!.length;
    // NPO法人「くすのき食卓ネット」: the name in brackets is the name the text goes on to use.
    if (BRACKET_OPENERS.includes(text.charAt(inner - 1))) {
      out.push({ start: inner, end: inner + name.length, name, type, by: "entity_form" });
      continue;
    }
    const start = m.index;
    const full = `${m[1]}${m[0].slice(m[1]!.length, m[0].length - m[2]!.length)}${name}`;
    out.push({ start, end: start + full.length, name: full, type, by: "entity_form" });
  }
  return out;
}

/**
 * 学校法人聖ルチア学園の聖ルチア学園高等学校, 株式会社ノリアイ交通の配車アプリ: a name that goes on with の to a body
 * it runs (both ends named by their kind) or to a product of its own ends before the の; the body after it is a name of
 * its own.
 */
function ownedCut(name: string): string {
  for (let at = name.indexOf("の", 2); at > 0 && at < name.length - 1; at = name.indexOf("の", at + 1)) {
    const head = name.slice(0, at);
    // 一般社団法人ネットセーフ推進協議会のまとめ: a name already ended by its kind, then の and a word in kana.
    if (isHiraganaUnit(name.charCodeAt(at + 1)) && !isHiraganaUnit(name.charCodeAt(at - 1)) && suffixType(head)) {
      if (suffixType(name.slice(at + 1)) === null) return head;
    }
    if (at >= name.length - 2) continue;
    if (isHiraganaUnit(name.charCodeAt(at - 1)) || isHiraganaUnit(name.charCodeAt(at + 1))) continue;
    const tail = name.slice(at + 1);
    if (OWN_PRODUCT.test(tail) || (tail.length >= 4 && suffixType(head) !== null && suffixType(tail) !== null))
      return head;
    // 株式会社コノハズク書房のプレスリリース一覧: a company's name that goes on with の to a word that names no body.
    if (tail.length >= 4 && suffixType(tail) === null && !endsInSuffix(tail, tail.length)) return head;
  }
  return name;
}

const OWN_PRODUCT = /(?:アプリ|サイト|システム|サーバー?|ページ|サービス|店舗|窓口|通販|ストア)$/u;

/**
 * 一般財団法人みなと健康づくり財団: after a non-company form (財団法人, 学校法人…), whose names end in a type suffix, a
 * particle-like kana (と) inside a hiragana word is no particle when the name goes on to such a suffix before the
 * next particle. After 株式会社 it stays a particle (株式会社ことりと山田銀行 names two) unless a katakana word of the
 * same name follows (isKanaNameTail).
 */
function throughKanaParticle(name: string, stop: number, form: string): string {
  if (stop === 0 || !isHiraganaUnit(name.charCodeAt(stop - 1))) return name.slice(0, stop);
  const rest = name.slice(stop + 1);
  const next = PARTICLE_STOP.exec(rest);
  const tail = rest.slice(0, next ? next.index : rest.length);
  const longer = name.slice(0, stop + 1 + tail.length);
  // 医療法人社団あかねぐも会: a corporation's name after a non-company form ends in 会, 団 or 園 as well as in a suffix.
  if (!COMPANY_FORM.test(form))
    return suffixType(longer) || (form.includes("法人") && /[会団園]$/u.test(longer)) ? longer : name.slice(0, stop);
  return name.charAt(stop) === "と" && isKanaNameTail(tail) ? longer : name.slice(0, stop);
}

/**
 * 有限会社まるに農園は9月2日、, 株式会社ことのは書房（11月8日公表）では、: a kana inside a hiragana word that reads as a
 * particle (に, の, と, は) is part of the name
 * when the longer name is the subject of a dated report or a clause (は/が before a date or a comma) and the part after
 * it is a short word; 株式会社ミドリに不正アクセスがあり stays cut.
 */
function throughReportingSubject(name0: string, stop: number, text: string, runEnd: number, form: string): string {
  const cut = name0.slice(0, stop);
  if (stop === 0 || !isHiraganaUnit(name0.charCodeAt(stop - 1)) || !"にのとはや".includes(name0.charAt(stop)))
    return cut;
  const rest = name0.slice(stop + 1);
  const tail = PARTICLE_STOP.exec(rest)?.index ?? rest.length;
  if (tail < 1 || tail > 12) return cut;
  const longer = name0.slice(0, stop + 1 + tail);
  const at = runEnd - name0.length + longer.length;
  const after = text.slice(at, at + 24);
  // 協同組合みなと国際人材サポート, 株式会社みなと湯けむり観光 on a line of its own (a header or signature) are one name
  // too; after a company form と joins two names when the second is a name of its own (株式会社ことりと山田銀行).
  if (tail <= 8 && REPORTING_SUBJECT.test(after)) return longer;
  return (!COMPANY_FORM.test(form) || !isNameOfItsOwn(rest.slice(0, tail))) &&
    LINE_END.test(after) &&
    LINE_START.test(text.slice(Math.max(0, at - longer.length - 12), at - longer.length))
    ? longer
    : cut;
}

/** 山田銀行 (after 株式会社ことりと): a kanji or katakana word with a suffix; 湯けむり観光 goes on a kana name. */
function isNameOfItsOwn(word: string): boolean {
  return suffixType(word) !== null && !/\p{Script=Hiragana}/u.test(word);
}

const LINE_END = /^[ \t　]*(?:\n|$|[ 　]+(?:代表|理事長|代表理事|事務局|院長|学長|校長))/u;
const LINE_START = /(?:^|\n)[ \t　]*[^\n]{0,10}$/u;
const REPORTING_SUBJECT = /^(?:[（(][^）)]{0,20}[）)])?(?:は|が|では)(?:[0-9０-９]|、)/u;

/**
 * 株式会社みなとネットショップ: after a company form, the katakana or Latin word that follows と inside a hiragana word
 * goes on with the same name, unless it is a name of its own (株式会社ことりとヤマダ銀行) or is followed by more kana.
 */
function isKanaNameTail(tail: string): boolean {
  return tail.length >= 3 && KANA_NAME_TAIL.test(tail) && suffixType(tail) === null;
}

const KANA_NAME_TAIL =
  /^[\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ][\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆]*$/u;

const COMPANY_FORM = /会社|株|有/u;
const BRACKET_OPENERS = "「『";

const ENTITY_PREFIXED = new RegExp(
  `(${[...ENTITY_FORMS].sort((a, b) => b.length - a.length).join("|")}|（株）|\\(株\\)|（有）|\\(有\\)|㈱|㈲)[ 　]?[「『]?([\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}々ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆.．]{1,30})`,
  "gu",
);
/** ENTITY_PREFIXED's matches, tried only where a form can start (a passage holds few forms among its characters). */
const entityPrefixedMatches = guidedMatches(ENTITY_PREFIXED);

/**
 * Where a prefixed name ends: a particle followed by a digit, punctuation or the end (…が10月, …は、, …の（), or の
 * before the people, data or systems an organization has (株式会社ミドリの顧客情報, …のサーバー). The も of 子ども
 * (子ども食堂, こども応援ネット) ends a word, not a name.
 */
const KANA_NAME_END: readonly string[] = ["と", "や", "も"];
const BRACKET_OPENERS_ADDRESS = "（(";

const PARTICLE_STOP =
  /(?:は|が|を|に|で|へ|から|より|と|(?<!子ど|こど)も|や)(?=[^\p{Script=Hiragana}]|$)|の(?=[0-9０-９、。\s（(「」]|$|(?:顧客|会員|利用者|患者|従業員|社員|職員|元社員|元従業員|取引先|お客様|個人情報|サーバ|システム|サイト|ホームページ|ネットワーク|パソコン|子会社|親会社|関係者|社長|代表|委託|運営|管理|保有))|(?:では|には|とは|からの|によ(?:る|り|って|れば)|において|における|について|に対し|に関し|として|にて|です|でした|でございます|である|であった|だ(?=。|$))/u;

/**
 * Character classes by code unit, decided on first use as codeUnitClass decides them (0 undecided, 1 outside,
 * 2 inside), but each read by its own module function, which the compiler inlines: the scan reads them for every
 * character of a passage, and a call through one of codeUnitClass's closures (or one shared reader) costs more.
 */
function decideUnit(memo: Uint8Array, re: RegExp, c: number): boolean {
  const inside = re.test(String.fromCharCode(c));
  memo[c] = inside ? 2 : 1;
  return inside;
}

const NAME_UNITS = new Uint8Array(0x10000);
const HIRAGANA_UNITS = new Uint8Array(0x10000);
const LETTER_UNITS = new Uint8Array(0x10000);
const HIRAGANA = /[\p{Script=Hiragana}]/u;

function isNameUnit(c: number): boolean {
  const v = NAME_UNITS[c]!;
  return v === 0 ? decideUnit(NAME_UNITS, NAME_CHAR, c) : v === 2;
}

function isHiraganaUnit(c: number): boolean {
  const v = HIRAGANA_UNITS[c]!;
  return v === 0 ? decideUnit(HIRAGANA_UNITS, HIRAGANA, c) : v === 2;
}

function isLetterUnit(c: number): boolean {
  const v = LETTER_UNITS[c]!;
  return v === 0 ? decideUnit(LETTER_UNITS, LETTER, c) : v === 2;
}

/** 1 for each code unit of `chars`: a membership test read once per character or run costs one load. */
function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

const BAD_HIRAGANA_END_UNITS = unitTable("たてでにをはがのともへやかよりるしいうくすつぬむ");
const CASE_PARTICLE_UNITS = unitTable("のがをはにで");

/** Length in code units of the name character (code point) at `i`, or 0 when it is not one (NAME_CHAR). */
function nameCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return NAME_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return isNameUnit(c) ? 1 : 0;
}

/** End of the run of name characters (code points in NAME_CHAR) from `at`; a space between Latin words joins them. */
function nameRunEnd(text: string, at: number): number {
  const n = text.length;
  let end = at;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (isNameUnit(c)) end++;
    else if (isHighSurrogate(c)) {
      const w = nameCharLength(text, end);
      if (w === 0) break;
      end += w;
    } else if (end > at && isLatinWordSpace(text, end))
      end++; // the capital after the space is a name character
    else break;
  }
  return end;
}

/** ＯＣＥＡＮ　ＲＯＵＴＥ, Blue Harbor: a space after a Latin letter and before a capital one is inside a name. */
function isLatinWordSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x3000) return false;
  const prev = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at + 1);
  const latin = (x: number) =>
    (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 0xff21 && x <= 0xff3a) || (x >= 0xff41 && x <= 0xff5a);
  return latin(prev) && ((next >= 65 && next <= 90) || (next >= 0xff21 && next <= 0xff3a));
}

/**
 * The length of the hiragana chunk at `at` as HIRAGANA_RUN reads it on `text.slice(at, at + 6)` (2–5 characters),
 * 0 when there is none or it ends in a particle or inflection (BAD_HIRAGANA_END). Read by char code unless a
 * surrogate is in reach.
 */
function hiraganaChunk(text: string, at: number): number {
  const limit = Math.min(text.length, at + 5);
  let k = at;
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (isHighSurrogate(c)) {
      const hira = HIRAGANA_RUN.exec(text.slice(at, at + 6));
      return hira && !BAD_HIRAGANA_END.test(hira[0]) ? hira[0].length : 0;
    }
    if (!isHiraganaUnit(c)) break;
    k++;
  }
  const len = k - at;
  if (len < 2) return 0;
  const last = text.charCodeAt(k - 1);
  // 東都みらい大学: a chunk of three or more ending in い is a name word when a suffix follows; a two-character one
  // is an adjective's ending (新しい, 大きい) and the suffix word after it a common noun.
  if (last === I_UNIT && len >= 3) return suffixAt(text, k) ? len : 0;
  return BAD_HIRAGANA_END_UNITS[last] === 1 ? 0 : len;
}

const I_UNIT = "い".charCodeAt(0);
/** する, した, して, され, させ, しま (a verb's kana) at `at`, read by char code: tried at the end of every name run. */
function isVerbKanaAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c === SU) return d === RU;
  if (c === SHI) return d === TA || d === TE || d === MA;
  return c === SA && (d === RE || d === SE);
}

const [SU, RU, SHI, TA, TE, MA, SA, RE, SE] = [..."するしたてまされせ"].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/**
 * End of the maximal run of name characters that starts at `start`; a short hiragana chunk is allowed inside when a
 * suffix follows (あんしん生命保険).
 */
function nameRunFrom(text: string, start: number): number {
  const n = text.length;
  let end = nameRunEnd(text, start);
  for (;;) {
    if (end >= n || !isHiraganaUnit(text.charCodeAt(end))) break;
    // 北浜市のさくら病院: a chunk that opens with a case particle starts a new name (hiraganaLead takes it).
    if (CASE_PARTICLE_UNITS[text.charCodeAt(end)] === 1 || end - start < 2) break;
    // 謝罪するもえぎ大学: a verb (する, した, して, され) ends the run; the kana name after it starts a new one.
    if (isVerbKanaAt(text, end)) break;
    const hira = hiraganaChunk(text, end);
    if (hira === 0) break;
    const after = end + hira;
    const next = suffixAt(text, after);
    if (!next) break;
    end = nameRunEnd(text, after + next.length);
  }
  return end;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Suffixes of two or more characters by their first code unit, in list order (suffixAt takes the first that fits). */
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
for (const [suffix] of SUFFIX_LIST) {
  if (suffix.length < 2) continue;
  const first = suffix.charCodeAt(0);
  SUFFIXES_BY_FIRST.set(first, [...(SUFFIXES_BY_FIRST.get(first) ?? []), suffix]);
}

function suffixAt(text: string, at: number): string | null {
  for (const suffix of SUFFIXES_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
    if (text.startsWith(suffix, at)) {
      const after = at + suffix.length;
      if (after >= text.length || !isNameUnit(text.charCodeAt(after))) return suffix;
    }
  }
  return null;
}

/** Cheap test before the full recognition: can this run end in a suffix or trailer, or hold an entity form? */
function mayBeName(text: string, runStart: number, runEnd: number): boolean {
  if (NAME_ENDS[text.charCodeAt(runEnd - 1)] === 1) return true;
  const next = text.charCodeAt(runEnd);
  if (next === 0xff08 || next === 0x28) return true; // （ (
  return hasEntityWord(text, runStart, runEnd);
}

/**
 * Does the text hold what every ENTITY_PREFIXED match starts with: a legal-entity form (hasEntityWord), （株）, (株),
 * （有）, (有), ㈱ or ㈲?
 */
function hasEntityMark(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (ENTITY_MARK_ENDS[d] !== 1) continue;
    if (d === MARU_KABU || d === MARU_YU) return true;
    const c = text.charCodeAt(k - 1);
    if ((c === KAI && d === SHA) || (c === HOU && d === JIN) || (c === KUMI && d === AI)) return true;
    if ((d === 0xff09 || d === 0x29) && (c === KABU || c === YU)) return true; // 株） 株) 有） 有)
  }
  return text.charCodeAt(0) === MARU_KABU || text.charCodeAt(0) === MARU_YU;
}

const [KABU, YU, MARU_KABU, MARU_YU] = [..."株有㈱㈲"].map((c) => c.charCodeAt(0)) as [number, number, number, number];
/** The code units hasEntityMark stops at: the second of 会社, 法人, 組合, 株）, and ㈱, ㈲. */
const ENTITY_MARK_ENDS = unitTable("社人合）)㈱㈲");

/** Does text[start, end) hold 会社, 法人 or 組合, the words every legal-entity form (ENTITY_FORMS) contains? */
function hasEntityWord(text: string, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    if ((c === KAI && d === SHA) || (c === HOU && d === JIN) || (c === KUMI && d === AI)) return true;
  }
  return false;
}

const [KAI, SHA, HOU, JIN, KUMI, AI] = [..."会社法人組合"].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
];

/** 1 for the code units a suffix, a trailer or a section word ends in: a run ending in one may hold a name. */
const NAME_ENDS = (() => {
  const ends = new Uint8Array(0x10000);
  for (const word of [...ORG_SUFFIXES.map(([suffix]) => suffix), ...TRAILERS])
    ends[word.charCodeAt(word.length - 1)] = 1;
  for (const c of "課係室班") ends[c.charCodeAt(0)] = 1;
  return ends;
})();

function recognize(text: string, runStart: number, runEnd: number): OrgMention | null {
  if (!mayBeName(text, runStart, runEnd)) return null;
  let start = hasDigit(text, runStart, runEnd) ? afterDatePrefix(text, runStart, runEnd) : runStart;
  while (start < runEnd && !isLetterUnit(text.charCodeAt(start))) start++;
  let end = runEnd;
  while (end > start && TRAILING_PUNCT[text.charCodeAt(end - 1)] === 1) end--;
  // The ends are cut on the text's indices: most runs are turned away before their name need be sliced.
  let place = false;
  for (const trailer of endingWith(TRAILERS_BY_LAST, lastUnit(text, start, end))) {
    if (
      end - start > trailer.length + 1 &&
      text.startsWith(trailer, end - trailer.length) &&
      !endsInLongerSuffix(text, start, end, trailer.length)
    ) {
      end -= trailer.length;
      place = PLACE_TRAILERS.has(trailer);
      // JA元職員, 同社前社長: 元/前 (former) belongs to the person after the name.
      if (end - start > 2 && (text.charCodeAt(end - 1) === MOTO || text.charCodeAt(end - 1) === MAE)) end--;
      break;
    }
  }
  if (DEPARTMENT_ENDS[lastUnit(text, start, end)] === 1) end -= departmentCut(text.slice(start, end));
  // Most runs end here: a name needs a suffix at its end (suffixType), a legal-entity form inside (entityForm) or
  // （株） after it, and what follows only moves its start or cuts 役所, itself a suffix.
  if (!endsInSuffix(text, end) && !hasEntityWord(text, start, end) && !isKabuAt(text, end)) return null;
  let name = text.slice(start, end);
  const lead = leadingModifier(name) || anaphoricPlaceLead(name);
  if (lead > 0) {
    start += lead;
    name = text.slice(start, end);
  }
  const kana = SUFFIX_ENDS[lastCode(name)] === 1 ? hiraganaLead(text, start, name) : 0;
  if (kana > 0) {
    start -= kana;
    name = text.slice(start, end);
  }
  if (name.length < 2 || GENERIC_NAMES.has(name) || isAnaphor(name) || isSuffixOnly(name)) return null;
  // 北浜市役所 → 北浜市 (as /(?<=[市町村])(?:役所|役場)$/ would cut it); a ward office (北浜市西区役所) is named whole.
  if (
    (name.endsWith("役所") || name.endsWith("役場")) &&
    PLACE_ENDS.has(name.charCodeAt(name.length - 3)) &&
    name.charAt(name.length - 3) !== "区"
  ) {
    end -= 2;
    name = text.slice(start, end);
  }
  const entity = entityForm(text, start, end, name);
  if (entity) return entity;
  const type = suffixType(name);
  // 朝凪市内の居酒屋, 北浜市在住の男性: the municipality as a place, not as the body that acts or holds data.
  if (type === "local_government" && place) return null;
  // 第3投票区, 南小学区: a district that something is counted by, not a ward.
  if (type === "local_government" && DISTRICT.test(name)) return null;
  // サッカースクール, 英会話スクール: a kind of school, all common words; 霧見ドライビングスクール is named.
  if (KIND_OF_SCHOOL.test(name)) return null;
  if (type) return { start, end, name, type, by: "suffix" };
  return null;
}

const KIND_OF_SCHOOL = /^(?:[\p{Script=Katakana}ー・]+|[^\p{Script=Katakana}]{0,3}会話)(?:スクール|アカデミー)$/u;
const DISTRICT = /(?:投票|選挙|開票|学|校|通学|管轄|地|特)区$/u;

/**
 * Does the text before `end` end in a suffix? suffixType finds one on a name that ends at `end` only then, wherever the
 * name starts. The last character alone lets many words through (人, ス, ー end suffixes and common words alike).
 */
/** 東川市消防本部: the run ends in a suffix (消防本部) longer than the trailer (本部) it also ends in; the suffix wins. */
function endsInLongerSuffix(text: string, start: number, end: number, trailerLength: number): boolean {
  for (const suffix of endingWith(SUFFIX_WORDS_BY_LAST, text.charCodeAt(end - 1))) {
    if (suffix.length > trailerLength && end - start > suffix.length && text.startsWith(suffix, end - suffix.length))
      return true;
  }
  return false;
}

export function endsInSuffix(text: string, end: number): boolean {
  for (const suffix of endingWith(SUFFIX_WORDS_BY_LAST, text.charCodeAt(end - 1))) {
    if (text.startsWith(suffix, end - suffix.length)) return true;
  }
  return false;
}

/**
 * 朝凪警察署刑事課, 北浜市子育て支援課: a section (課, 係, 室, 班) written onto a body's name belongs to the body; the
 * length of that tail when the rest ends in a known suffix, else 0.
 */
function departmentCut(name: string): number {
  if (DEPARTMENT_ENDS[name.charCodeAt(name.length - 1)] !== 1 || suffixType(name)) return 0;
  // 北浜市西区役所区民課 is the ward office's section: a ward office keeps its 役所.
  const ward = name.lastIndexOf("区役所");
  if (ward > 0 && ward + 3 < name.length && suffixType(name.slice(0, ward + 1)) === "local_government")
    return name.length - ward - 3;
  let longest = 0;
  for (let k = Math.max(2, name.length - 8); k <= name.length - 2; k++) {
    const head = name.slice(0, k);
    const type = suffixType(head);
    // 南川市保険年金課 is 南川市's section: a public body's name is the shortest that fits (潮見県警生活経済課 is the
    // prefectural police's, not the prefecture's).
    if (type === "local_government" && name.charAt(k) === "警" && suffixType(name.slice(0, k + 1)) === "police")
      return name.length - k - 1;
    if (type === "local_government" || type === "police") return name.length - k;
    if (type || /(?:株式会社|有限会社|合同会社)$/u.test(head)) longest = k;
  }
  // 白萩市市民生活部保険年金課: a section under a department, further from the body's name.
  for (let k = 2; k < Math.max(2, name.length - 8); k++) {
    if (!PUBLIC_BODY_ENDS.has(name.charCodeAt(k - 1))) continue;
    const type = suffixType(name.slice(0, k));
    if (type === "local_government" && name.charAt(k) === "警" && suffixType(name.slice(0, k + 1)) === "police")
      return name.length - k - 1;
    if (type === "local_government" || type === "police") return name.length - k;
  }
  return longest > 0 ? name.length - longest : 0;
}

const DEPARTMENT_ENDS = unitTable("課係室班");
/** The last characters of municipalities' and police bodies' names (市, 県, 警, 署 …): where a section's head may end. */
const PUBLIC_BODY_ENDS: ReadonlySet<number> = new Set([..."都道府県市区町村警署庁"].map((c) => c.charCodeAt(0)));

const PLACE_TRAILERS: ReadonlySet<string> = new Set(["内", "管内", "在住", "在住者", "周辺", "近く"]);

/** The code unit of text[start, end)'s last character (NaN when it is empty, as lastCode). */
function lastUnit(text: string, start: number, end: number): number {
  return end > start ? text.charCodeAt(end - 1) : Number.NaN;
}

const [MOTO, MAE] = [..."元前"].map((c) => c.charCodeAt(0)) as [number, number];

/** The code unit of a name's last character (NaN for an empty name, which no table holds). */
function lastCode(name: string): number {
  return name.charCodeAt(name.length - 1);
}

const TRAILING_PUNCT = unitTable("・･.．-");
const PLACE_ENDS: ReadonlySet<number> = new Set([..."区市町村"].map((c) => c.charCodeAt(0)));

/** Length of a leading modifier that is not part of the name (大手, 子会社の…): only whole leading words. */
function leadingModifier(name: string): number {
  for (const lead of ["子会社", "親会社", "出向先", "出向元", "委託先", "大手", "傘下", "老舗", "地場"]) {
    if (name.startsWith(lead) && name.length > lead.length + 1) return lead.length;
  }
  // 通販会社ミドリ株式会社: the line of business said before a company's full name describes it.
  return name.includes("会社", 2) ? (BUSINESS_LEAD.exec(name)?.[0].length ?? 0) : 0;
}

const BUSINESS_LEAD = /^[\p{Script=Han}ァ-ヶー]{1,6}(?:会社|企業)(?=.{2,}(?:株式会社|有限会社|合同会社)$)/u;

function entityForm(text: string, start: number, end: number, name: string): OrgMention | null {
  ENTITY_RE.lastIndex = 0;
  // A name holds no bracket, so it holds an entity form only with one of the forms' words (hasEntityWord).
  if (!hasEntityWord(name, 0, name.length) || !ENTITY_RE.test(name)) {
    if (isKabuAt(text, end))
      return { start, end: end + 3, name: name + text.slice(end, end + 3), type: "company", by: "entity_form" };
    return null;
  }
  const bare = name.replace(ENTITY_RE, "");
  if (bare.length < 1) return null;
  return { start, end, name, type: suffixType(bare) ?? "company", by: "entity_form" };
}

/** Does （株） or (株) start at `at`? */
function isKabuAt(text: string, at: number): boolean {
  return text.startsWith("（株）", at) || text.startsWith("(株)", at);
}

/** The organization type a name's ending suggests, or null when it ends in no known suffix. */
export function suffixType(name: string): OrgType | null {
  for (const [suffix, type] of endingWith(SUFFIXES_BY_LAST, lastCode(name))) {
    if (name.length > suffix.length && name.endsWith(suffix)) {
      const stem = name.slice(0, -suffix.length);
      if (
        GENERIC_NAMES.has(stem) ||
        isAnaphoricStem(stem, suffix) ||
        /^[0-9０-９]+$/.test(stem) ||
        VAGUE_COUNT.test(stem) ||
        COUNT_OF_BODIES.test(name)
      )
        return null;
      if (
        suffix.length === 1 &&
        !/[\p{Script=Han}\p{Script=Katakana}A-Za-z]$/u.test(stem) &&
        !isKanaPlace(suffix, stem)
      )
        return null;
      if (!acceptsStem(suffix, stem, name)) return null;
      return type;
    }
  }
  return null;
}

/** 県内27市町村, 12市町, 3県: a number of municipalities or prefectures names none of them. */
const COUNT_OF_BODIES = /[0-9０-９](?:[都道府県市区町村]+)$/u;

/** 十数社, 数十校, 何社, 複数社: a vague count of bodies names none (十六銀行, whose stem has no 数/何, is a name). */
const VAGUE_COUNT = /^約?[0-9０-９一二三四五六七八九十百千万]*(?:数|何|複数)[0-9０-９一二三四五六七八九十百千万]*$/u;

/** さいたま市, つくば市: a municipality whose name is all hiragana. */
function isKanaPlace(suffix: string, stem: string): boolean {
  return PLACE_ENDS.has(suffix.charCodeAt(0)) && /^[\p{Script=Hiragana}]{2,6}$/u.test(stem);
}

/**
 * 同社, 当院, 本学, 同市…: words that refer back to an organization named earlier. A municipality's own name may start
 * with the same characters (御影市, 本庄市, 当別町, 各務原市): one of more than two characters is a name.
 */
export function isAnaphor(name: string): boolean {
  return name.length <= 6 && ANAPHOR_HEADS[name.charCodeAt(0)] === 1 && !PLACE_NAME.test(name);
}

/** 同 (同社), 当 (当院), 本県 (本県警): a stem that refers back; 御影 (御影市), 本庄 (本庄市) before a place suffix name one. */
function isAnaphoricStem(stem: string, suffix: string): boolean {
  return isAnaphor(stem) && !(suffix.length === 1 && PLACE_NAME.test(stem + suffix));
}

/**
 * 御殿場市, 本庄市, 当別町, 各務原市: heads that refer back elsewhere (not 同) but begin these places' names; not before a
 * word that makes the anaphor (本社, 当院, 本県…).
 */
const PLACE_NAME = /^[御本当各](?![社学院校庁局部店所会県都府道市郡区町村])[\p{Script=Han}ヶケ々]{1,4}[市区町村]$/u;

/** 同県御影市, 同市南区: a place referred back to before a municipality's name is no part of it. */
function anaphoricPlaceLead(name: string): number {
  return name.length >= 5 && ANAPHORIC_PLACE.test(name) && PLACE_ENDS.has(name.charCodeAt(name.length - 1)) ? 2 : 0;
}

const ANAPHORIC_PLACE = /^(?:同|本|当)[県都府道市郡]/u;

const ANAPHOR_HEADS = unitTable("同当本弊貴御各全他自");

/** 上下水道局, 教育委員会, 区役所: a suffix standing alone names no particular body. */
function isSuffixOnly(name: string): boolean {
  return SUFFIX_SET.has(name) || name === "水道局" || name === "上下水道局";
}

/** Suffix-specific checks that keep common nouns out (鉄道会社, コールセンター, 中村). */
function acceptsStem(suffix: string, stem: string, name: string): boolean {
  if (name.endsWith("会社") || name.endsWith("当局")) return false;
  if (suffix === "センター" && !/[\p{Script=Han}A-Za-zＡ-Ｚａ-ｚ]/u.test(stem)) return false;
  if ((suffix === "村" || suffix === "町") && SURNAMES_LIKE_PLACES.has(name)) return false;
  if (suffix === "区" && stem.endsWith("地")) return false;
  return true;
}

/** Skips a leading date fragment inside a run (6月17日ミナト放送 → ミナト放送). */
function afterDatePrefix(text: string, start: number, end: number): number {
  const run = text.slice(start, end);
  const re = /[0-9０-９]+(?:年度?|月|日|時|分)(?:頃|ごろ|付け?|[上中下]旬)?/gu;
  let cut = 0;
  for (let m = re.exec(run); m; m = re.exec(run)) cut = m.index + m[0].length;
  return start + cut;
}

/**
 * A name may start with hiragana (みなと信用金庫, みらい電機健康保険組合, さくらや株式会社): the length of that lead,
 * else 0. Only 1–8 hiragana directly before the kanji/katakana part are read. The lead is what follows a boundary: a
 * line, clause or quote start (、みらい電機…), or a joint inside the hiragana run after a kanji/katakana word: a
 * particle that ends a modifier or topic (家電販売のみなと電機, 市内のあおぞら歯科, 同社とみなと電機) or a verb
 * ending of a relative clause (…が運営するみどり台病院, 事業を営むはるみ訪問看護ステーション). A lead that is itself a
 * particle, conjunction or verb form (情報がもれた山田商事, 、およびABC株式会社) is no name. A name that is only a
 * suffix (信用金庫) takes a lead without a boundary too, when no joint splits its run.
 */
function hiraganaLead(text: string, start: number, name: string): number {
  if (start === 0 || !isHiraganaUnit(text.charCodeAt(start - 1)) || isAnaphor(name)) return 0;
  if (name.length < 2) return PLACE_ENDS.has(name.charCodeAt(0)) ? placeLead(text, start) : 0;
  // 愛知県みどり野市, （みなと野市）: after a prefecture or an opening bracket, the kana before a municipality's kanji
  // end are the start of its name.
  // (県はこのほど北浜市に: a run that opens with a particle is the sentence going on, no name.)
  const kanaRun = hiraganaRunBefore(text, start);
  if (
    isPlaceHead(name) &&
    PLACE_OPENERS.has(text.charCodeAt(start - 1 - kanaRun)) &&
    !CASE_PARTICLE_UNITS[text.charCodeAt(start - kanaRun)]
  ) {
    const lead = placeLead(text, start);
    if (lead > 0) return lead;
  }
  let from = start - 1;
  while (from > 0 && from > start - 8 && isHiraganaUnit(text.charCodeAt(from - 1))) from--;
  const run = text.slice(from, start);
  const before = from === 0 ? "" : text.charAt(from - 1);
  // 新しい病院, 大きい銀行: an adjective's ending after its kanji stem is no name.
  if (run.length <= 3 && run.endsWith("い") && isHanUnit(before.charCodeAt(0))) return 0;
  // 「あまがえるケーブルネット株式会社」: a whole bracket is the name, whatever its kana end in.
  if ((before === "「" || before === "『") && QUOTE_CLOSERS.has(text.charCodeAt(start + name.length)))
    return run.length >= 2 ? run.length : 0;
  // みどりヶ丘記念病院: no name starts with ヶ or 々, so the kana before it belong to the name.
  if (NAME_INNER_HEADS.has(name.charCodeAt(0))) {
    const kana = leadAfterJoint(run, before) ?? run;
    return kana.length >= 2 && kana.length <= 5 && isNameLead(kana) ? kana.length : 0;
  }
  // さくらが丘内科, ほしが浦病院: が before a place word's last part belongs to the place name, not a particle.
  if (run.endsWith("が") && GA_PLACE_TAILS.has(name.charCodeAt(0))) {
    const kana = leadAfterJoint(run, before) ?? (isLeadBoundary(before) ? run : "");
    return kana.length >= 3 && kana.length <= 5 && isNameLead(kana.slice(0, -1)) ? kana.length : 0;
  }
  const owner = before === "立" && run.length <= 5 && isNameLead(run) ? ownerPrefix(text, from) : 0;
  if (owner > 0) return run.length + owner;
  // 青潟みなみ農業協同組合, 北浜さくら信用金庫: a place's kanji word at a boundary, then a kana lead, open the name.
  // (北浜市のさくら病院, 実施するさくら病院: a run that opens with a particle or a verb's ending is no lead of this kind.)
  const place =
    run.length >= 2 &&
    run.length <= 5 &&
    isNameLead(run) &&
    jointLength(run, true) === 0 &&
    !RUN_ENDS_IN_PARTICLE.test(run)
      ? placeWordBefore(text, from)
      : 0;
  if (place > 0) return run.length + place;
  const lead = leadAfterJoint(run, before) ?? (isLeadBoundary(before) || SUFFIX_SET.has(name) ? run : "");
  if (lead.length >= 2 && lead.length <= 5 && isNameLead(lead)) return lead.length;
  // ほしの浦市立病院: three kana in の before a municipality's own body (…市立, 町立) are its place name's start.
  if (lead.length === 3 && lead.endsWith("の") && OWNED_BY_PLACE.test(name) && !NO_ENDED_WORDS.test(lead)) return 3;
  // 電力小売りのほしぞら電力: the kana after the run's last の, when the joint before it was not read (小売りの).
  const no = run.lastIndexOf("の");
  const afterNo = no >= 0 ? run.slice(no + 1) : "";
  if (afterNo.length >= 3 && afterNo.length <= 5 && isNameLead(afterNo)) return afterNo.length;
  // 恐れがあるかたくり台市民病院: the kana after a verb's る or た (or a particle) that leaves three to five.
  for (let j = run.length - 4; j >= Math.max(0, run.length - 6); j--) {
    const c = run.charAt(j);
    const joint = "がはをに".includes(c) || c === "た" || (c === "る" && RU_WORDS.test(run.slice(0, j + 1)));
    const kana = run.slice(j + 1);
    if (joint && isNameLead(kana) && !"とにをはがのでへも".includes(kana.charAt(kana.length - 1))) return kana.length;
  }
  return 0;
}

/**
 * 北浜市立みなと小学校, 町立ほしぞら台中学校: a public institution's owner (…市立, 町立, 県立) before its hiragana name
 * belongs to the name; the length of that kanji prefix ending at `end`, or 0 when it is no owner.
 */
function ownerPrefix(text: string, end: number): number {
  if (!OWNER_PLACES.has(text.charCodeAt(end - 2))) return 0;
  let from = end - 2;
  while (from > 0 && end - from < 10 && /[\p{Script=Han}々ヶ]/u.test(text.charAt(from - 1))) from--;
  return end - from;
}

/**
 * The length of a place's kanji word (2–4 kanji) that ends at `end` and starts at a boundary (a line, a clause, a
 * bracket), else 0. Words of location that are no place's name (県内, 市内, 同…) are not read.
 */
function placeWordBefore(text: string, end: number): number {
  let from = end;
  while (from > 0 && end - from < 5 && isHanUnit(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, end);
  if (word.length < 2 || word.length > 4 || !isLeadBoundary(text.charAt(from - 1))) return 0;
  return NOT_A_PLACE.test(word) ? 0 : word.length;
}

const NOT_A_PLACE = /^(?:同|当|本|各|全|今|昨|前|元|旧|新)|[内外中部側]$|会社$|法人$|組合$/u;
/**
 * 株式会社ことりと山田銀行, 手続きがない山田商事: a kana run that holds a particle or ends as a verb or adjective does
 * (joins two names, ends a clause); it opens no name.
 */
const RUN_ENDS_IN_PARTICLE = /[とやのもにがはを]$|[がのはをにで][^がのはをにで]*[いたるだ]$/u;

const QUOTE_CLOSERS: ReadonlySet<number> = new Set([..."」』"].map((c) => c.charCodeAt(0)));
const OWNER_PLACES: ReadonlySet<number> = new Set([..."都道府県市区町村国私公"].map((c) => c.charCodeAt(0)));

/**
 * The part of a hiragana run after its longest leading joint (の, は, が, と, する, した, 営む's む…), when the run
 * follows a word (kanji, katakana, Latin or a digit); null when none fits. An adverbial noun's く may be followed by
 * の (近くの, 多くの), and any joint by an adverb or conjunction (はすでに, とともに), which go too.
 */
function leadAfterJoint(run: string, before: string): string | null {
  if (isLeadBoundary(before)) return null;
  const k = jointLength(run, isHanUnit(before.charCodeAt(0)));
  if (k === 0) return null;
  let rest = run.slice(k);
  if (k === 1 && run.charAt(0) === "く" && rest.length > 2 && rest.charAt(0) === "の") rest = rest.slice(1);
  for (let w = Math.min(rest.length - 2, 4); w >= 2; w--) {
    if (NOT_A_NAME_LEAD.has(rest.slice(0, w))) return rest.slice(w);
  }
  return rest;
}

/** Length of the longest joint that opens `run` and leaves two or more kana, or 0. */
function jointLength(run: string, afterKanji: boolean): number {
  for (let k = Math.min(run.length - 2, 5); k >= 1; k--) {
    const joint = run.slice(0, k);
    if (LEAD_JOINTS.has(joint) || (afterKanji && k === 1 && OKURIGANA_ENDS.includes(joint))) return k;
  }
  return 0;
}

/** Characters that start a line, clause, quote or list item: a hiragana lead right after one opens the name. */
function isLeadBoundary(before: string): boolean {
  return before === "" || isBoundaryUnit(before.charCodeAt(0));
}

const BOUNDARY_UNITS = new Uint8Array(0x10000);
/** The marks that open a roundup's items (▽, ■, ◎…), and ○ (also a placeholder's mark, 〇〇市). */
const ITEM_MARKS = `${BULLETS}○`;
/**
 * …=委託先に不正アクセス―あさひ野損保: the dashes, equals signs and slashes of wire headlines set a name apart too, and
 * so do a roundup's item marks (▽つばくろ通信株式会社).
 */
const BOUNDARY = new RegExp(`[\\s、。，．「『（(【】・：:―—＝=／/｜|※${ITEM_MARKS}]`, "u");
const HAN_UNITS = new Uint8Array(0x10000);
const HAN = /[\p{Script=Han}々]/u;

function isBoundaryUnit(c: number): boolean {
  const v = BOUNDARY_UNITS[c]!;
  return v === 0 ? decideUnit(BOUNDARY_UNITS, BOUNDARY, c) : v === 2;
}

function isHanUnit(c: number): boolean {
  const v = HAN_UNITS[c]!;
  return v === 0 ? decideUnit(HAN_UNITS, HAN, c) : v === 2;
}
/** 丘, 浦, 浜…: the places Xが丘, Xが浦 end in (the が of 星が丘 is part of the name). */
const GA_PLACE_TAILS: ReadonlySet<number> = new Set([..."丘浦浜谷崎台島峰岡森坂沢関原"].map((c) => c.charCodeAt(0)));

/** ヶ, ケ, 々: characters no name starts with (みどりヶ丘). */
const NAME_INNER_HEADS: ReadonlySet<number> = new Set([..."ヶケ々"].map((c) => c.charCodeAt(0)));

/** Particles and verb endings that end the phrase before a name (…販売の, …は, …とともに no: only whole joints). */
const LEAD_JOINTS: ReadonlySet<string> = new Set([
  "の",
  "は",
  "が",
  "と",
  "や",
  "では",
  "には",
  "など",
  "および",
  "または",
  "ならびに",
  "する",
  "した",
  "している",
  "していた",
  "される",
  "された",
  "ある",
  "にある",
  "である",
  "いる",
  "による",
]);

/** A verb's dictionary or past ending written after its kanji stem (営む, 扱う, 置く, 持つ, 入る, 有す). */
const OKURIGANA_ENDS = "うくぐすつぬぶむるた";

const NO_ENDED_WORDS =
  /(?:これら|それら|あれら|すべて|ほか|たくさん|いくつか|どちら|わたし|わたくし|あなた|そちら|こちら|ひとつ|ふたつ|ところ|かつて|いずれ|おたがい|ための|による|として|についての|からの|までの|などの|への)の$|^(?:での|との|への)/u;

/** Is a hiragana lead a name's start, not a particle, conjunction, adverb or verb form (もれた, など, このほど)? */
function isNameLead(lead: string): boolean {
  if (NOT_A_NAME_LEAD.has(lead)) return false;
  const last = lead.charAt(lead.length - 1);
  // や ends shop names (さくらや); a two-kana lead in や is a word and the particle (ねこや…) too often.
  if (last === "や") return lead.length >= 3;
  // …によるものと国交省は: と after a formal noun quotes; みなと is a name.
  if (last === "と") return lead.length >= 3 && !NOT_A_NAME_LEAD.has(lead.slice(0, -1));
  // あけぼの生命保険, ひばりの会: a lead of four kana or more may end in の (曙), unless it is a pronoun or quantifier.
  if (last === "の") return lead.length >= 4 && !NO_ENDED_WORDS.test(lead);
  // うたかた食品, ひなた歯科: a name may end in た where no verb's past does (した, いた, えた, った, きた… do).
  if (last === "た") return lead.length >= 3 && !VERB_PAST_STEMS.has(lead.charAt(lead.length - 2));
  // ほたる葉亭観光, みはる総合病院: a name of three kana or more may end in る, unless it is a common verb (ある, いる…).
  if (last === "る") return lead.length >= 3 && !RU_WORDS.test(lead);
  // かざはな市立病院: a name of three kana or more may end in な, unless it is an adjective (おもな, ちいさな, こんな).
  if (last === "な") return lead.length >= 3 && !NA_ADJECTIVES.test(lead);
  // あおみず内科, すず歯科: みず (水), すず (鈴), かず, いず end names; せず, できず, おらず end verbs.
  if (last === "ず") return lead.length >= 2 && "みすかい".includes(lead.charAt(lead.length - 2));
  // おもな, ちいさな: an adjective before a noun, not a name.
  return !"はがのをにでへもてるだ".includes(last);
}

// A roundup's item marks (▽くろまつ市消防本部) open a line as a bracket does.
const PLACE_OPENERS: ReadonlySet<number> = new Set(
  [...`都道府県（(・、【】\n　${ITEM_MARKS}`].map((c) => c.charCodeAt(0)),
);

/** The length of the hiragana run that ends right before `at`. */
function hiraganaRunBefore(text: string, at: number): number {
  let k = 0;
  while (at - k > 0 && isHiraganaUnit(text.charCodeAt(at - k - 1))) k++;
  return k;
}

/** The kana before た in a verb's past (した, いた, 見えた, 行った, 来た, 落ちた, 伸びた, 借りた, 負けた…). */
const VERB_PAST_STEMS: ReadonlySet<string> = new Set([..."っしいえきちびりみねけべめせれぎじにひてげ"]);

/**
 * さいたま市, つくば市, 埼玉県いわき…: a municipality written in hiragana, after a line or clause start or its
 * prefecture; a lead that ends like a verb or particle (のある市, これは市) is no name.
 */
/**
 * 野市, 市, 野市教育委員会, 市消防本部: a municipality's kanji end (up to three characters, ending in 市町村区) alone or
 * followed by a body's suffix, the part a kana lead (みどり, ふじばかま) goes before.
 */
function isPlaceHead(name: string): boolean {
  for (let k = 0; k < Math.min(3, name.length); k++) {
    if (!PLACE_ENDS.has(name.charCodeAt(k))) continue;
    const rest = name.slice(k + 1);
    if (rest === "" || SUFFIX_SET.has(rest)) return true;
  }
  return false;
}

function placeLead(text: string, start: number): number {
  const m = /(?:^|[\s、。「『（(・]|[都道府県])([\p{Script=Hiragana}]{2,6})$/u.exec(
    text.slice(Math.max(0, start - 8), start),
  );
  if (!m || NOT_A_NAME_LEAD.has(m[1]!)) return 0;
  // 一方、ゆずりは町は20日、: four kana or more that end like a particle are still the name of a place that reports.
  const reports = m[1]!.length >= 4 && /^[市町村区](?:は|が|では)(?:[0-9０-９]|、)/u.test(text.slice(start, start + 6));
  if (/[はがのをにでへもやとるたうくすつぬむ]$/u.test(m[1]!) && !reports) return 0;
  return m[1]!.length;
}

/** Conjunctions and adverbs that open a clause before a name: また市教育委員会 is 市教育委員会. */
const OWNED_BY_PLACE = /^[\p{Script=Han}]{1,2}[市町村区]立/u;

/** Adjectives in な before a noun: never a name's kana lead. */
const NA_ADJECTIVES =
  /(?:おもな|ちいさな|おおきな|いろんな|こんな|そんな|あんな|どんな|みんな|おかしな|たいせつな|だいじな|きれいな|しずかな|ゆたかな|あらたな|さまざまな|いろいろな|ような|そうな|みたいな)$/u;

/** Verbs in る that stand before a noun (…ことのある病院, いわゆる, あらゆる): never a name's kana lead. */
const RU_WORDS =
  /(?:ある|いる|する|なる|くる|できる|いわゆる|あらゆる|わかる|かかる|はいる|みえる|いえる|れる|せる|える|ける|べる|める|てる|ねる|じる|ちる|びる|みる|りる|きる|いる)$/u;

const NOT_A_NAME_LEAD: ReadonlySet<string> = new Set([
  "また",
  "さらに",
  "なお",
  "ただし",
  "および",
  "または",
  "しかし",
  "そして",
  "その後",
  "これ",
  "それ",
  "すでに",
  "いずれ",
  "とくに",
  "ともに",
  "まず",
  "このうち",
  "そのうち",
  "うち",
  "ところが",
  "ちなみに",
  "なかでも",
  "とりわけ",
  "つまり",
  "すなわち",
  "このほど",
  "このたび",
  "これまで",
  "それぞれ",
  "いずれも",
  "ほか",
  "なく",
  "よく",
  "ひろく",
  "ほぼ",
  "ない",
  "いる",
  "ある",
  "など",
  "まで",
  "から",
  "より",
  "ほど",
  "だけ",
  "ごと",
  "ずつ",
  "こと",
  "もの",
  "ため",
  "よう",
  "はず",
  "わけ",
  "ところ",
  "とき",
  "ならびに",
  "もしくは",
  "かつて",
  "いまだ",
  "ただちに",
  "きょう",
  "あす",
  "きのう",
  "ことし",
  "とともに",
  "かかりつけ",
  "おなじ",
  "よい",
  "いい",
  "おおい",
  "ちかい",
  "ふるい",
]);
