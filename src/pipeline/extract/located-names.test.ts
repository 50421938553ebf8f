import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/sentences.js";
import { findLocatedNames, LOCATED, PLACE_CLOSED } from "./located-names.js";

const names = (text: string) => findLocatedNames(splitSentences(text)).map((m) => m.name);

describe("findLocatedNames: a name with its head office in brackets", () => {
  it.each([
    [
      "a hiragana lead after a verb's る or after の belongs to the name (session 9)",
      "路線を運航するそよかぜ島エアー（北浜市）は12日、会員情報が流出したと発表した。小売りのほのか野エナジー（南山市）も8日、顧客情報が漏えいしたと発表した。",
      ["そよかぜ島エアー", "ほのか野エナジー"],
    ],
    [
      "a hiragana lead whose kana holds る (まるみつ) is cut at the verb before it; a place written in hiragana closes the bracket",
      "スーパーを展開するまるやまストア（さいたま市浦和区）は16日、申込書約620人分を紛失したと発表した。",
      ["まるやまストア"],
    ],
    [
      "a suffixless kanji name after a business noun and の",
      "靴製造の西浦製靴（岐阜県南山市）は8日、顧客情報が流出したと発表した。",
      ["西浦製靴"],
    ],
    [
      "a mixed name after an attributive verb",
      "園芸用品を扱うミドリ舎（北浜市中央区）は、会員情報が漏えいした可能性があると公表した。",
      ["ミドリ舎"],
    ],
    [
      "a business word glued to the name is dropped",
      "旅行会社ハマナス旅行（北浜市）が、予約者の情報を誤送信したと明らかにした。",
      ["ハマナス旅行"],
    ],
    [
      "a Latin name with its reading before the place",
      "ゲーム開発のStarMill（スターミル、東京都港区）は3日、ユーザー情報が流出したと発表した。",
      ["StarMill"],
    ],
    [
      "a quoted name with its head office, not the subject",
      "警視庁は、勤めていた旅行会社「ツバメツアー」（東京都豊島区）から顧客名簿を持ち出した元社員を逮捕した。",
      ["ツバメツアー"],
    ],
    ["an age in brackets is no place", "元社員の男（52）は顧客名簿を持ち出したと発表された。", []],
    ["同社 with a place is no name", "同社（北浜市）は情報が流出したと発表した。", []],
    ["a sentence without a leak or an announcement is not read", "北浜工機（南山市）は新工場を建てる。", []],
  ])("%s", (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("findLocatedNames reads only sentences PLACE_CLOSED accepts", () => {
  // Name, bracket, reading, place and particle, each drawn with near misses: every text LOCATED matches in holds
  // PLACE_CLOSED.
  const part = (...xs: string[]) => fc.constantFrom(...xs);
  const text = fc
    .tuple(
      part("", "通販の", "「", "、"),
      part("北浜工機", "ミナモ堂", "StarMill", "同社", "A"),
      part("", "」", "』"),
      part("（", "(", "「", ""),
      part("", "スターミル、", "ピクセル,", "本社：", "本社"),
      part("東京", "南山", "港", "ヶ丘", "52"),
      part("都", "道", "府", "県", "市", "区", "町", "村", "", "内"),
      part("", "港区", "中町", "北区内"),
      part("）", ")", "」", ""),
      part("は", "が", "では", "から", "の", "で", "に", "を", "と", "も", "へ", ""),
      part("", "3日、", "（", "）は"),
    )
    .map((parts) => parts.join(""));
  test.prop([fc.array(text, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(""))])(
    "a text LOCATED matches holds PLACE_CLOSED",
    (t) => {
      LOCATED.lastIndex = 0;
      const matched = LOCATED.test(t);
      LOCATED.lastIndex = 0;
      expect(matched && !PLACE_CLOSED.test(t)).toBe(false);
    },
  );
});
