import { describe, expect, it } from "vitest";
import { GRAM_BREAK, toBigramDocument, toGramSet, toQueryRuns, toUnigramDocument } from "./search-grams.js";

describe("toBigramDocument", () => {
  it.each([
    ["不正アクセス", "不正 正ア アク クセ セス"],
    ["流出、氏名", `流出 ${GRAM_BREAK} 氏名`],
    ["県", ""],
    ["ＡＢＣ社", "ab bc c社"],
    ["ｱｸｾｽ", "アク クセ セス"],
    ["会社、社員", `会社 ${GRAM_BREAK} 社員`],
    ["", ""],
  ])("%s → %s", (text, grams) => {
    expect(toBigramDocument(text)).toBe(grams);
  });

  it("counts a surrogate pair as one character", () => {
    expect(toBigramDocument("𠮷野家")).toBe("𠮷野 野家");
  });
});

describe("toUnigramDocument and toGramSet", () => {
  it("lists each character once", () => {
    expect(toUnigramDocument("県と県、市")).toBe("県 と 市");
  });
  it("holds characters and bigrams, never across punctuation", () => {
    expect(toGramSet("流出。氏名").sort()).toEqual(["出", "名", "氏", "氏名", "流", "流出"].sort());
  });
});

describe("toQueryRuns", () => {
  it.each([
    ["県 流出", ["県", "流出"]],
    ["　不正アクセス　", ["不正アクセス"]],
    ["氏名・住所", ["氏名", "住所"]],
    ["流出 流出", ["流出"]],
    ["、。", []],
  ])("%s → %j", (query, runs) => {
    expect(toQueryRuns(query)).toEqual(runs);
  });
});
