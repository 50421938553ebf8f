/** @module Decoded text → how much it reads like Japanese (to tell a right decoding from mojibake). */

/**
 * Scores decoded text from -5 to 2: per non-ASCII character, hiragana count most, kana/kanji/CJK punctuation
 * count half, half-width katakana, rare symbols, controls and replacement characters count against.
 * Text without non-ASCII characters scores 0.
 */
export function scoreJapanese(text: string): number {
  let nonAscii = 0;
  let sum = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    sum += weightOf(cp);
  }
  return nonAscii === 0 ? 0 : sum / nonAscii;
}

function weightOf(cp: number): number {
  if (cp >= 0x3041 && cp <= 0x309f) return COMMON_HIRAGANA.has(cp) ? 2 : 1.5; // ひらがな
  if (cp >= 0x30a0 && cp <= 0x30ff) return 0.5; // カタカナ
  if (cp >= 0x4e00 && cp <= 0x9fff) return 0.5; // 漢字 (CJK Unified Ideographs)
  if (cp >= 0x3000 && cp <= 0x303f) return 0.5; // 、。「」 and other CJK punctuation
  if (cp >= 0xff01 && cp <= 0xff5e) return 0.3; // full-width ASCII
  if (cp >= 0xff61 && cp <= 0xff9f) return -1; // half-width katakana: rare in news, common in mojibake
  if (cp === 0xfffd) return -5;
  if (cp < 0xa0 || (cp >= 0xe000 && cp <= 0xf8ff)) return -3; // C1 controls, private use
  return 0;
}

/** The particles and endings that make up much of any Japanese sentence: の に は を た が で て と し い る な か. */
const COMMON_HIRAGANA = new Set([..."のにはをたがでてとしいるなかれ"].map((ch) => ch.codePointAt(0)!));
