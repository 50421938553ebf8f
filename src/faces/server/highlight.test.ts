import { describe, expect, it } from "vitest";
import { clampRange, cutText, parseHl, sentenceAround } from "./highlight.js";

describe("parseHl", () => {
  it("reads START-END and swaps reversed ends", () => {
    expect(parseHl("3-9")).toEqual({ ok: true, range: { start: 3, end: 9 } });
    expect(parseHl("9-3")).toEqual({ ok: true, range: { start: 3, end: 9 } });
    expect(parseHl(undefined)).toEqual({ ok: true, range: null });
    expect(parseHl("")).toEqual({ ok: true, range: null });
  });

  it.each(["abc", "1-", "-5", "1-2-3", "1.5-3", "0x1-2", "1 - 2", "-1-3", "1-9999999999", "１-２"])(
    "refuses %j with a one-line error",
    (value) => {
      const r = parseHl(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^hl: expected START-END/);
    },
  );
});

describe("clampRange and cutText", () => {
  const text = "A𠮷B🙇C"; // A, 𠮷 (2 units), B, 🙇 (2 units), C: length 7

  it("clamps out-of-range offsets to the text", () => {
    expect(clampRange(text, { start: 6, end: 500 })).toEqual({ start: 6, end: 7 });
    expect(clampRange(text, { start: 5, end: 500 })).toEqual({ start: 4, end: 7 });
    expect(clampRange(text, { start: 100, end: 200 })).toBeNull();
    expect(clampRange(text, { start: 2, end: 2 })).toBeNull();
  });

  it("never splits a surrogate pair: ends move outward to whole characters", () => {
    expect(clampRange(text, { start: 2, end: 5 })).toEqual({ start: 1, end: 6 });
    const cut = cutText(text, { start: 2, end: 5 });
    expect(cut).toEqual({ before: "A", mark: "𠮷B🙇", after: "C" });
    for (let s = 0; s <= text.length; s++)
      for (let e = 0; e <= text.length + 1; e++) {
        const c = cutText(text, { start: s, end: e });
        expect(c.before + c.mark + c.after).toBe(text);
        for (const part of [c.before, c.mark, c.after]) expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        for (const part of [c.before, c.mark, c.after]) expect(part).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }
  });

  it("leaves the whole text unmarked without a range", () => {
    expect(cutText("abc", null)).toEqual({ before: "abc", mark: "", after: "" });
  });
});

describe("sentenceAround", () => {
  const text = "A社は1日発表した。顧客約3万件が流出した可能性がある。\n調査中だ";

  it("widens a span to the sentence that holds it", () => {
    const start = text.indexOf("約3万件");
    const r = sentenceAround(text, { start, end: start + 4 });
    expect(r && text.slice(r.start, r.end)).toBe("顧客約3万件が流出した可能性がある。");
  });

  it("keeps a span that is already a sentence, and stops at a line break", () => {
    expect(sentenceAround(text, { start: 0, end: 10 })).toEqual({ start: 0, end: 10 });
    const start = text.indexOf("調査");
    const r = sentenceAround(text, { start, end: start + 2 });
    expect(r && text.slice(r.start, r.end)).toBe("調査中だ");
  });

  it("includes a closing bracket after the full stop", () => {
    const quoted = "社長は「深くお詫びする。」と述べた。";
    const r = sentenceAround(quoted, { start: 4, end: 6 });
    expect(r && quoted.slice(r.start, r.end)).toBe("社長は「深くお詫びする。」");
  });

  it("gives null for an empty or out-of-range span", () => {
    expect(sentenceAround(text, { start: 0, end: 0 })).toBeNull();
    expect(sentenceAround(text, { start: 999, end: 1000 })).toBeNull();
  });
});
