/** @module Small generated article files for store tests: distinct texts about fictional organizations. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PREFECTURES = ["北海道", "宮城県", "長野県", "静岡県", "岡山県", "熊本県", "新潟県", "石川県"];
const KINDS = [
  (n: string, c: number, d: string) =>
    `株式会社${n}は${d}、同社の通販サイトが不正アクセスを受け、顧客${c.toLocaleString("en-US")}人分の氏名とメールアドレスが流出した可能性があると発表した。`,
  (n: string, c: number, d: string) =>
    `${n}市は${d}、職員が住民${c}人分の氏名と住所を記載した名簿を紛失したと発表した。`,
  (n: string, c: number, d: string) =>
    `${n}病院は${d}、患者約${c}人分の氏名と病名を保存したUSBメモリーが盗まれたと公表した。`,
];

/** Writes `count` distinct articles into `dir` (one incident each, some organizations repeated as follow-ups). */
export function writeArticles(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = `テスト${toKana((i % Math.max(1, Math.floor(count / 2))) + seed * 10_000)}`;
    const kind = KINDS[i % KINDS.length]!;
    const month = (i % 12) + 1;
    const day = (i % 27) + 1;
    const pref = PREFECTURES[i % PREFECTURES.length]!;
    const text = `# source: https://example.jp/news/${seed}/${i}\n# published: 2024-${String(month).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}\n\n${pref}の${kind(n, 100 + i, `${month}月${day}日`)}\n`;
    const file = join(dir, `article-${String(i).padStart(5, "0")}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

/** A number written in katakana syllables, so generated organization names stay distinct and name-like. */
function toKana(n: number): string {
  const syllables = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
  let s = "";
  let x = n;
  do {
    s = syllables[x % syllables.length] + s;
    x = Math.floor(x / syllables.length);
  } while (x > 0);
  return s;
}
