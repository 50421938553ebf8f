/** @module Names followed by their head office in brackets: モリノ商店（東京都港区）は…. */
import { allMatches } from "../fields/char-class.js";
import type { OrgMention } from "../fields/organization.js";
import type { Sentence } from "../segment/sentences.js";
import { signalsOf } from "./signals.js";

/**
 * News style gives a company's head office in brackets after its first mention, then the subject particle:
 * 精密機器の北浜工機（長野県浅間市）は, 通販の「ミナモ堂」（大阪市北区）が, 一方、…を運営するミナモ（大阪市北区）も, a Latin name with its reading first
 * (PixelForge（ピクセルフォージ、東京都渋谷区）は), or a quoted name with its head office in any role (不動産会社
 * 「グリーン住宅」（東京都新宿区）から…を持ち出し), kana and all (「学びの森出版」（本社・大阪市）は). The bracket holds a place (ending in
 * 都道府県, 市, 区, 町 or 村), so the word before it is an organization, whatever its suffix (or none). The word starts
 * a run of name characters; a hiragana lead right before it belongs to the name (kanaLead).
 */
export const LOCATED =
  /(?<![\p{Script=Han}々ヶ\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆])([\p{Script=Han}々ヶ\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆]{2,24})[」』]?[（(](?:[\p{Script=Katakana}ー・]{2,20}[、，,]\s?)?(?:本社[:：・]?)?[\p{Script=Han}々ヶ\p{Script=Katakana}ー\p{Script=Hiragana}]{1,12}?(?:都|道|府|県|市|区|町|村)(?:[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{0,8}(?:市|区|町|村))?[）)](?:は|が|では|も)|(?<=「)([^」「。、]{2,24})」[（(](?:本社[:：・]?)?[\p{Script=Han}々ヶ\p{Script=Katakana}ー\p{Script=Hiragana}]{1,12}?(?:都|道|府|県|市|区|町|村)(?:[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{0,8}(?:市|区|町|村))?[）)](?:は|が|から|の|で|に|を|と)/gu;

/**
 * What every LOCATED match holds: the place's last character (都道府県市区町村), the closing bracket and the first
 * character of the particle after it (は, が, では, も; から, の, で, に, を, と).
 */
export const PLACE_CLOSED = /[都道府県市区町村][）)][はがでかのにをとも]/u;

/** Business words written before a name, not part of it (通販会社ミナモ, 精密部品メーカー北浜工機). */
const BUSINESS_LEAD =
  /^[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:会社|企業|大手|業者|事業者|メーカー|ベンダー)(?=[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ]{2})/u;

/** Words that take a place in brackets but name no organization (同社, 男, 容疑者). */
const NOT_A_NAME = /^(?:同|当|本|弊|元|前)|(?:容疑者|被告|社員|職員|男性|女性|男|女|店|支店|工場|営業所)$/u;

/**
 * 運航するあおぞら島エアー（…）, 小売りのひかり野エナジー（…）, 代理店のあさひな保険サービス（…）: the hiragana right
 * before a located word, after the first particle or verb ending (の, は, る, た…) that leaves two to six characters,
 * leads the name. 0 when no hiragana comes before the word (or a particle ends the run), -1 when the run leaves no
 * lead of two to six characters: the word is then the tail of something else and is not taken.
 */
function kanaLead(text: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 10 && isHiragana(text.charCodeAt(k - 1))) k--;
  const run = text.slice(k, at);
  // 扱うミドリ舎: one kana is a verb's or particle's ending, no lead.
  if (run.length < 2 || ENDS_BEFORE_NAME.includes(run.charAt(run.length - 1))) return 0;
  for (let j = 0; j < run.length - 2; j++) {
    const rest = run.length - j - 1;
    if (KANA_BOUNDARY.includes(run.charAt(j)) && rest >= 2 && rest <= 6 && !NO_NAME_START.includes(run.charAt(j + 1)))
      return rest;
  }
  return run.length >= 2 && run.length <= 6 && (k === 0 || !isHiragana(text.charCodeAt(k - 1))) ? run.length : -1;
}

/** Particles and the endings of verbs' plain and past forms, after which a kana name may start. */
const KANA_BOUNDARY = "のはがをにでともるたうくすつむぶだ";
/** A run ending in these ends in a particle or a verb (…の, 展開する, 扱う): no lead (まるみつ ends in つ, a name). */
const ENDS_BEFORE_NAME = "のはがをにでともるただう";
/** Kana that start no word (するまるやま is cut after る, not after す). */
const NO_NAME_START = "るんっゃゅょぁぃぅぇぉをー";
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;

/** Organization names introduced with their head office in brackets, in sentences that report or state a leak. */
export function findLocatedNames(sentences: readonly Sentence[]): readonly OrgMention[] {
  const out: OrgMention[] = [];
  for (const s of sentences) {
    // The sentence's signals first: findSubjectNames reads them for every sentence anyway (memoized), so they cost
    // less here than the scan for the place's last character, the closing bracket and a particle.
    const f = signalsOf(s);
    if (!f.leak && !f.announce) continue;
    if (!PLACE_CLOSED.test(s.text)) continue;
    for (const m of allMatches(LOCATED, s.text)) {
      const raw = m[1] ?? m[2]!;
      const kana = m[1] === undefined ? 0 : kanaLead(s.text, m.index);
      if (kana < 0) continue;
      const lead = kana > 0 ? 0 : (BUSINESS_LEAD.exec(raw)?.[0].length ?? 0);
      const name = s.text.slice(m.index - kana, m.index) + raw.slice(lead);
      if (name.length < 2 || NOT_A_NAME.test(name) || /^[0-9０-９]+$/u.test(name)) continue;
      const start = s.start + m.index - kana + lead;
      out.push({ start, end: start + name.length, name, type: "company", by: "subject" });
    }
  }
  return out;
}
