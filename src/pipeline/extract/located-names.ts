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
 * 都道府県, 市, 区, 町 or 村), so the word before it is an organization, whatever its suffix (or none).
 */
export const LOCATED =
  /([\p{Script=Han}々ヶ\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆]{2,24})[」』]?[（(](?:[\p{Script=Katakana}ー・]{2,20}[、，,]\s?)?(?:本社[:：・]?)?[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{1,12}?(?:都|道|府|県|市|区|町|村)(?:[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{0,8}(?:市|区|町|村))?[）)](?:は|が|では|も)|(?<=「)([^」「。、]{2,24})」[（(](?:本社[:：・]?)?[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{1,12}?(?:都|道|府|県|市|区|町|村)(?:[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{0,8}(?:市|区|町|村))?[）)](?:は|が|から|の|で|に|を|と)/gu;

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

/** Organization names introduced with their head office in brackets, in sentences that report or state a leak. */
export function findLocatedNames(sentences: readonly Sentence[]): readonly OrgMention[] {
  const out: OrgMention[] = [];
  for (const s of sentences) {
    // Cheap first: the place's last character, the closing bracket and a particle, then the sentence's own signals.
    if (!PLACE_CLOSED.test(s.text)) continue;
    const f = signalsOf(s);
    if (!f.leak && !f.announce) continue;
    for (const m of allMatches(LOCATED, s.text)) {
      const raw = m[1] ?? m[2]!;
      const lead = BUSINESS_LEAD.exec(raw)?.[0].length ?? 0;
      const name = raw.slice(lead);
      if (name.length < 2 || NOT_A_NAME.test(name) || /^[0-9０-９]+$/u.test(name)) continue;
      const start = s.start + m.index + lead;
      out.push({ start, end: start + name.length, name, type: "company", by: "subject" });
    }
  }
  return out;
}
