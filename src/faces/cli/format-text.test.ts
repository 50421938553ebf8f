import { describe, expect, it } from "vitest";
import type { Article } from "../../domain/article.js";
import type { Incident, Span } from "../../domain/incident.js";
import { formatAffected, formatIncidentsText, sentenceAround } from "./format-text.js";

const TEXT =
  "架空商事は3月8日、会員情報が流出したと発表した。\n不正アクセスにより最大1万2千件の氏名と住所が外部に漏れた可能性がある。\n内訳は会員1万件、退会者2千件。";

const spanOf = (part: string, from = 0): Span => {
  const start = TEXT.indexOf(part, from);
  if (start < 0) throw new Error(`not in the text: ${part}`);
  return { start, end: start + part.length, text: part };
};

const article: Article = {
  name: "kakuu.txt",
  text: TEXT,
  published: "2024-03-08",
  source: "https://example.jp/n/1",
  title: "架空商事で情報流出",
};

const incident: Incident = {
  organization: "架空商事",
  also: ["架空ホールディングス"],
  announced: "2024-03-08",
  affected: { value: 12000, qualifier: "max", unit: "records" },
  data_items: ["name", "address"],
  cause: "unauthorized_access",
  cves: [],
  evidence: "最大1万2千件",
  certainty: "possible",
  breakdown: [
    { label: "会員", value: 10000, unit: "records", evidence: spanOf("会員1万件") },
    { label: "退会者", value: 2000, unit: "records", evidence: spanOf("退会者2千件") },
  ],
  breakdown_mismatch: false,
  timeline: [{ date: "2024-03-08", kind: "announced", evidence: spanOf("3月8日") }],
  vector: [],
  secondary_damage: [],
  response: [],
  sources: {
    organization: spanOf("架空商事"),
    announced: spanOf("3月8日"),
    affected: spanOf("最大1万2千件"),
    cause: spanOf("不正アクセス"),
    data_items: spanOf("氏名と住所"),
  },
};

describe("formatIncidentsText", () => {
  it("prints each field with the sentence it came from", () => {
    expect(formatIncidentsText(article, [incident])).toBe(
      [
        "== kakuu.txt 架空商事で情報流出",
        "   published 2024-03-08 · source https://example.jp/n/1 · 1 incident",
        "",
        "[1] 架空商事 (possible)",
        "  organization      架空商事 (also: 架空ホールディングス)",
        "                    ← 架空商事は3月8日、会員情報が流出したと発表した。",
        "  announced         2024-03-08",
        "                    ← 架空商事は3月8日、会員情報が流出したと発表した。",
        "  affected          up to 12,000 records",
        "                    ← 不正アクセスにより最大1万2千件の氏名と住所が外部に漏れた可能性がある。",
        "  data items        name, address",
        "                    ← 不正アクセスにより最大1万2千件の氏名と住所が外部に漏れた可能性がある。",
        "  cause             unauthorized_access",
        "                    ← 不正アクセスにより最大1万2千件の氏名と住所が外部に漏れた可能性がある。",
        "  CVEs              none",
        "  evidence          最大1万2千件",
        "  certainty         possible",
        "  timeline          2024-03-08 announced",
        "                    ← 架空商事は3月8日、会員情報が流出したと発表した。",
        "  breakdown         会員: 10,000 records",
        "                    ← 内訳は会員1万件、退会者2千件。",
        "                    退会者: 2,000 records",
        "                    ← 内訳は会員1万件、退会者2千件。",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing was found", () => {
    const plain: Article = { ...article, source: null, title: null, published: null };
    expect(formatIncidentsText(plain, [])).toBe("== kakuu.txt\n   published unknown · no incidents found\n");
  });
});

describe("sentenceAround", () => {
  it.each([
    ["a span inside a sentence", spanOf("流出"), "架空商事は3月8日、会員情報が流出したと発表した。"],
    ["a span that ends its sentence", spanOf("退会者2千件。"), "内訳は会員1万件、退会者2千件。"],
    ["offsets outside the text", { start: 500, end: 510, text: "別の\n文" }, "別の 文"],
    ["offsets that do not match the span text", { start: 0, end: 2, text: "違う" }, "違う"],
  ])("%s", (_label, span, sentence) => {
    expect(sentenceAround(TEXT, span)).toBe(sentence);
  });

  it("cuts a long sentence around the span", () => {
    const long = `${"あ".repeat(300)}流出${"い".repeat(300)}。`;
    const around = sentenceAround(long, { start: 300, end: 302, text: "流出" });
    expect(around).toMatch(/^…あ+流出い+…$/);
    expect(around.length).toBeLessThan(330);
  });
});

describe("formatAffected", () => {
  it.each([
    [{ value: 37247, qualifier: "exact", unit: "people" }, "37,247 people"],
    [{ value: 37000, qualifier: "approx", unit: "people" }, "about 37,000 people"],
    [{ value: 100, qualifier: "at_least", unit: null }, "at least 100"],
    [{ value: null, qualifier: null, unit: null }, "not stated"],
  ] as const)("%j → %s", (affected, text) => {
    expect(formatAffected(affected)).toBe(text);
  });
});
