import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  test.prop([fc.string({ maxLength: 400 })])("segments join back to the text, in order, without overlap", (text) => {
    const s = splitSentences(text);
    expect(s.map((x) => x.text).join("")).toBe(text);
    for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBe(s[i - 1]!.end);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  test.prop([fc.array(fc.constantFrom("流出", "。", "\n", "3.7万", "「", "」", "！", "a", " "), { maxLength: 300 })])(
    "Japanese-like text also covers exactly",
    (parts) => {
      const text = parts.join("");
      expect(
        splitSentences(text)
          .map((x) => x.text)
          .join(""),
      ).toBe(text);
    },
  );

  it("splits at 。 and line breaks and marks bare lines", () => {
    const s = splitSentences("見出しの行\n本文です。続きの文。\n");
    expect(s.map((x) => x.text.trimEnd())).toEqual(["見出しの行", "本文です。", "続きの文。"]);
    expect(s.map((x) => x.bare)).toEqual([true, false, false]);
  });

  it("keeps a decimal point inside a number", () => {
    expect(splitSentences("約3．7万人分が流出した。").length).toBe(1);
  });

  it("keeps a numbered heading whole (2．対象となる情報, 3. 今後の対応)", () => {
    const s = splitSentences("2．対象となる情報\n　氏名、住所\n3. 今後の対応\n調査を続けます。\n");
    expect(s.map((x) => x.text.trimEnd())).toEqual([
      "2．対象となる情報",
      "氏名、住所",
      "3. 今後の対応",
      "調査を続けます。",
    ]);
    expect(s.map((x) => x.bare)).toEqual([true, true, true, false]);
  });

  it("cuts very long runs so a sentence stays bounded", () => {
    const s = splitSentences("あ".repeat(5000));
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(801);
  });
});
