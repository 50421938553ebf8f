/** @module Text with block marks → clean lines: whitespace collapsed, one line per paragraph, heading or list item. */

/** Marks a block boundary in text assembled from markup (U+2029 PARAGRAPH SEPARATOR). */
export const BLOCK_BREAK = "\u2029";

const NEWLINE_BETWEEN_WIDE = /([^\x00-\x7f\u2029])[ \t\f\v]*\n[ \t\n\f\v]*(?=[^\x00-\x7f\u2029])/g;
const INLINE_SPACE = /[ \t\n\r\f\v\u00a0]+/g;
const EDGE_SPACE = /^[ \u3000]+|[ \u3000]+$/g;

/**
 * Turns markup-derived text into lines: a source line break between two Japanese characters disappears (the
 * browser shows none), other whitespace runs become one space, and each BLOCK_BREAK starts a new line.
 * @example tidyText("個人情報が\n  流出\u2029\u2029 次の段落 ") // "個人情報が流出\n次の段落"
 */
export function tidyText(marked: string): string {
  return marked
    .replace(NEWLINE_BETWEEN_WIDE, "$1")
    .replace(INLINE_SPACE, " ")
    .split(BLOCK_BREAK)
    .map((line) => line.replace(EDGE_SPACE, ""))
    .filter((line) => line !== "" && !isButtonLabel(line))
    .join("\n");
}

/** Labels of share buttons and the like, which are never article text when they stand alone on a line. */
const BUTTON_LABELS = new Set(
  [
    "シェア",
    "シェアする",
    "ツイート",
    "ポスト",
    "いいね",
    "いいね！",
    "Facebook",
    "Twitter",
    "X",
    "LINE",
    "LINEで送る",
    "はてなブックマーク",
    "はてブ",
    "Pocket",
    "印刷",
    "印刷する",
    "メール",
    "コピー",
    "URLをコピー",
    "リンクをコピー",
    "ブックマーク",
    "保存",
    "PR",
    "広告",
    "AD",
    "Advertisement",
    "スポンサーリンク",
    "閉じる",
    "もっと見る",
    "続きを読む",
  ].map((label) => label.toLowerCase()),
);

function isButtonLabel(line: string): boolean {
  return line.length <= 12 && BUTTON_LABELS.has(line.toLowerCase());
}
