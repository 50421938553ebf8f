/** @module Known organization names → their short forms where the text uses them again (株式会社ミドリ社 … ミドリによると). */
import { codeUnitClass } from "../fields/char-class.js";
import type { OrgMention } from "../fields/organization.js";
import { type Sentence, sentenceAt } from "../segment/sentences.js";
import { COMMON_WORDS } from "./subjects.js";

/** 株式会社ミドリホールディングス → ミドリ: the legal form and a group or company word around a katakana or Latin core. */
function stemOf(name: string): string | null {
  let stem = STEMS.get(name);
  if (stem === undefined) {
    stem = toStem(name);
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(name, stem);
  }
  return stem;
}

/** Names repeat across sentences and articles: their stems are kept (bounded, cleared when full). */
const STEMS = new Map<string, string | null>();

function toStem(name: string): string | null {
  // Cheap first: a stem needs a katakana or Latin letter.
  if (!HAS_KATAKANA_OR_LATIN.test(name)) return null;
  const core = name
    .replace(LEGAL_FORM, "")
    .replace(GROUP_WORD, "")
    .replace(/[\s　]+$/u, "");
  if (!(KATAKANA_STEM.test(core) || LATIN_STEM.test(core)) || COMMON_WORDS.has(core)) return null;
  return core;
}

const HAS_KATAKANA_OR_LATIN = /[\u30a1-\u30faA-Za-z]/u;
const LEGAL_FORM = /^(?:株式会社|有限会社|合同会社)[\s　]*|[\s　]*(?:株式会社|有限会社|合同会社|（株）|\(株\))$/u;
const GROUP_WORD = /(?:ホールディングス|HD|グループ|コーポレーション|社)$/u;
const KATAKANA_STEM = /^[\p{Script=Katakana}ー]{3,12}$/u;
const LATIN_STEM = /^[A-Za-z][A-Za-z0-9]{2,15}$/u;
/** A character that continues a katakana or Latin word: a stem touching one is part of a longer word (ブラック ⊅ ラック). */
const isWordChar = codeUnitClass(/[\p{Script=Katakana}ーA-Za-z0-9・･]/u);

/**
 * Later uses of a recognized name's short form (ミナト事件, ミナトによると after 株式会社ミナトホールディングス), in
 * the sentences `keep` accepts, where no mention stands yet. A text names an organization in full once and by its
 * short form after; without these the short-form sentences would follow whatever organization was named last.
 * `mentions` are in text order and do not overlap.
 */
export function findRecurrences(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly OrgMention[],
  keep: (s: Sentence) => boolean,
): readonly OrgMention[] {
  const stems = new Map<string, OrgMention>();
  for (const m of mentions) {
    const stem = stemOf(m.name);
    if (stem && !stems.has(stem)) stems.set(stem, m);
  }
  if (stems.size === 0) return [];
  const out: OrgMention[] = [];
  for (const [stem, source] of stems) {
    let k = 0; // mentions are ordered and do not overlap: one pointer walks them alongside the occurrences
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      const end = at + stem.length;
      if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || (end < text.length && isWordChar(text.charCodeAt(end))))
        continue;
      while (k < mentions.length && mentions[k]!.end <= at) k++;
      if (k < mentions.length && mentions[k]!.start < end) continue;
      const s = sentenceAt(sentences, at);
      if (!s || !keep(s)) continue;
      out.push({ start: at, end, name: stem, type: source.type, by: "subject" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
