import { describe, expect, it } from "vitest";
import { toDefaultNameKey, toNameLookup } from "./name-keys.js";

describe("toDefaultNameKey", () => {
  it.each([
    ["株式会社 ＡＢＣ商事", "abc商事"],
    ["（株）テスト", "テスト"],
    ["学校法人山田学園", "山田学園"],
    ["ベネッセ・ホールディングス", "ベネッセホールディングス"],
  ])("%s → %s", (name, key) => {
    expect(toDefaultNameKey(name)).toBe(key);
  });
});

describe("toNameLookup", () => {
  it("asks for the key, its substrings, its first character and keys that contain it", () => {
    const lookup = toNameLookup(["年金機構", "x"]);
    expect(lookup.exact).toEqual(expect.arrayContaining(["年金機構", "年金", "機構", "金機構", "x"]));
    expect(lookup.exact).not.toContain("年");
    expect(lookup.heads).toEqual(["年", "x"]);
    expect(lookup.contained).toEqual(["年金機構"]);
    expect(toNameLookup(["国土交通省", "国交省"]).shortPatterns).toEqual(["国%交%省%"]);
    expect(toNameLookup(["国土交通省"]).shortPatterns).toEqual([]);
    expect(toNameLookup(["a%b"]).shortPatterns).toEqual(["a%\\%%b%"]);
  });
  it("asks for nothing without keys", () => {
    expect(toNameLookup(["", ""])).toEqual({ exact: [], heads: [], contained: [], shortPatterns: [] });
  });
});
