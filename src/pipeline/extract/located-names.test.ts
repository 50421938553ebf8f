import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/sentences.js";
import { findLocatedNames } from "./located-names.js";

const names = (text: string) => findLocatedNames(splitSentences(text)).map((m) => m.name);

describe("findLocatedNames: a name with its head office in brackets", () => {
  it.each([
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
