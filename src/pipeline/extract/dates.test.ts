import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DATE_HINT, hasDateHint } from "./dates.js";

describe("hasDateHint", () => {
  const alphabet = [..."0１2年月日/／.．- 　\t\n同昨去今本先翌元前〇一十x😀"];
  test.prop([fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 })])(
    "answers as DATE_HINT's test does",
    (text) => {
      expect(hasDateHint(text)).toBe(DATE_HINT.test(text));
    },
  );

  it.each([
    ["2024年5月", true],
    ["３０．４％", true],
    ["5 / 6", true],
    ["同日", true],
    ["翌", true],
    ["十", false],
    ["12件", false],
  ])("%s → %s", (text, expected) => {
    expect(hasDateHint(text)).toBe(expected);
  });
});
