import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const article = (text: string) => ({ name: "t.txt", text, published: "2024-03-01", source: null, title: null });

const lead =
  "株式会社しらかば文具は2月28日、通販サイトが不正アクセスを受け、会員9,600人分の個人情報が流出したと発表した。";

describe("breakdown in prose (内訳は…がN人、…がM人)", () => {
  it.each([
    [
      `${lead}内訳は、個人会員が8,100人、法人会員が1,500人。`,
      [
        ["個人会員", 8100],
        ["法人会員", 1500],
      ],
      false,
    ],
    [
      `${lead}内訳は個人会員8,000人、法人会員1,500人だった。`,
      [
        ["個人会員", 8000],
        ["法人会員", 1500],
      ],
      true,
    ],
    [
      `${lead}流出した情報の内訳は、現会員が約7,000人、退会者が約2,600人としている。`,
      [
        ["現会員", 7000],
        ["退会者", 2600],
      ],
      false,
    ],
  ])("%s", (text, entries, mismatch) => {
    const [incident] = extractIncidents(article(text));
    expect(incident?.breakdown.map((b) => [b.label, b.value])).toEqual(entries);
    expect(incident?.breakdown_mismatch).toBe(mismatch);
  });

  it.each([[`${lead}このうち法人会員は1,500人だった。`], [`${lead}内訳は調査中としている。`]])(
    "no breakdown: %s",
    (text) => {
      expect(extractIncidents(article(text))[0]?.breakdown).toEqual([]);
    },
  );
});
