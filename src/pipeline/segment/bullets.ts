/** @module The marks that open the items of a roundup or the lines of a list. */

/**
 * Item marks as Japanese pages print them: ▽ in wire roundups (共同, 時事), ■ ◆ ● in newsletters and notices, ▶ ▷ ►
 * in blog roundups. ○ is left out: 〇〇市 and ○○株式会社 are placeholders for a withheld name.
 */
export const BULLETS = "◎■□◆◇▼▽★☆●▶▷►";
