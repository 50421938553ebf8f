import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/sentences.js";
import { accepts, findSubjectNames, isLeadingStart, LEADING, mayFollowName } from "./subjects.js";

const names = (text: string) => findSubjectNames(text, splitSentences(text)).map((m) => m.name);

describe("findSubjectNames", () => {
  it.each([
    ["ミドリテックは5月2日、顧客情報が流出したと発表した。", ["ミドリテック"]],
    ["東芝は9日、情報が流出した可能性があると発表した。", ["東芝"]],
    ["北海ソフト 12万件の個人情報漏洩\n", ["北海ソフト"]],
    ["6月15日 NOVA 会員情報3万件が流出した可能性\n", ["NOVA"]],
    ["親会社の青空Japanは3/30、障害で誤交付があったと発表しました。", ["青空Japan"]],
    ["ABCアプリの利用者情報など約5万件が流出した問題", ["ABC"]],
    ["ソラ通信携帯電話の顧客の情報を不正に持ち出した。", ["ソラ通信"]],
    ["通販会社ＳＫＹ　ＬＩＮＥ、顧客情報が流出\n", ["ＳＫＹ　ＬＩＮＥ"]],
    ["物流大手Blue Harborは4日、情報が流出したと発表した。", ["Blue Harbor"]],
    ["ミドリ生協元職員が顧客情報を持ち出し\n", ["ミドリ生協"]],
    // A kanji name before a common katakana word is still a name.
    ["楽天カードは8日、会員情報が流出したと発表した。", ["楽天カード"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["今回は3日、発表した。"],
    ["個人情報盗難\n"],
    ["フィッシングメールに注意してください。"],
    ["パスワードが流出した。"],
    // A role, use or place noun before a common katakana word names a thing (isDescriptiveNoun).
    ["管理者アカウントが8月28日に不正に使われ、会員2,100人分の氏名が流出した。"],
    ["職員アカウントが乗っ取られ、情報が流出した。"],
    ["業務用パソコンがウイルスに感染し、顧客情報が流出した。"],
    ["社内システムが不正アクセスを受け、情報が流出した。"],
    // Things and anaphors that stand where a subject does.
    ["同ステーションは5月2日、利用者の情報が流出したと発表した。"],
    ["ネットワークが侵入を受け、情報が流出した。"],
    ["修正パッチが未適用で、情報が流出した。"],
    ["電子カルテ本体は被害を免れたが、一部の情報が流出した。"],
    // The last word of a Latin name written with a space is not a name of its own.
    ["開発元のKestrel Systemsは7月初めに修正版を公開していたが、流出した。"],
  ])("no name in %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("findSubjectNames skips what cannot match", () => {
  // Bullets, item numbers and dates (half- and full-width), with other characters and near misses.
  const lead = fc.constantFrom(
    " ",
    "　",
    "\t",
    "\n",
    "（1）",
    "(２)",
    "（",
    "）",
    "◎",
    "■ ",
    "・",
    "-",
    "1",
    "２",
    "2024年",
    "２０２４年",
    "5月",
    "５月",
    "1日",
    "１５日",
    "3/",
    "３/",
    "付け",
    "、",
    ",",
    "北",
    "ミ",
    "は",
    "A",
  );
  test.prop([fc.array(lead, { maxLength: 10 }).map((xs) => xs.join(""))])(
    "a non-empty LEADING match starts with a character isLeadingStart accepts",
    (t) => {
      const length = LEADING.exec(t)?.[0].length ?? 0;
      expect(length > 0 && !isLeadingStart(t.charCodeAt(0))).toBe(false);
    },
  );

  const name = fc.constantFrom("ミドリテック", "東芝", "今回", "NOVA", "楽天カード", "A", "123", "同社", "北浜市");
  const after = fc
    .array(
      fc.constantFrom(
        "は",
        "が",
        "では",
        "でも",
        "も",
        "の",
        "社員",
        "顧客",
        "、",
        " ",
        "　",
        "\n",
        "3日",
        "5/2",
        "に",
        "を",
        "と",
        "流出",
        "北",
        "ミ",
        "。",
      ),
      { maxLength: 5 },
    )
    .map((xs) => xs.join(""));
  const sentence = fc.record({
    text: fc.constantFrom("顧客情報が流出したと発表した。", "会員情報が流出\n", "発表した。", "今日は晴れ。"),
    bare: fc.boolean(),
  });
  test.prop([name, after, sentence, fc.boolean()])(
    "accepts takes a name only before a character mayFollowName accepts",
    (n, a, s, kanjiOnly) => {
      const taken = accepts(
        n,
        a,
        { index: 0, start: 0, end: s.text.length, text: s.text, line: 0, bare: s.bare, memo: undefined },
        kanjiOnly,
      );
      expect(taken && !mayFollowName(a.charCodeAt(0))).toBe(false);
    },
  );
});
