import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/sentences.js";
import { findSubjectNames } from "./subjects.js";

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
