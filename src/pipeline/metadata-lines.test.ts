import { describe, expect, it } from "vitest";
import { parseMetadataLines } from "./metadata-lines.js";

describe("parseMetadataLines", () => {
  it.each([
    [
      "source and published, then a blank line",
      "# source: https://example.jp/a\n# published: 2024-03-08\n\n本文。\n",
      { source: "https://example.jp/a", published: "2024-03-08", body: "本文。\n" },
    ],
    [
      "published unknown",
      "# source: https://example.jp/a\n# published: unknown\n\n本文",
      { source: "https://example.jp/a", published: null, body: "本文" },
    ],
    [
      "published only, no blank line",
      "# published: 2020-01-02\n本文",
      { source: null, published: "2020-01-02", body: "本文" },
    ],
    ["only the first blank line is dropped", "# source: x\n\n\n本文", { source: "x", published: null, body: "\n本文" }],
    ["an impossible date", "# published: 2024-02-31\n\n本文", { source: null, published: null, body: "本文" }],
    ["other keys are metadata too", "# title: 題\n# source: s\n\n本文", { source: "s", published: null, body: "本文" }],
    ["no metadata", "本文\n# source: later\n", { source: null, published: null, body: "本文\n# source: later\n" }],
    ["a Markdown heading is text", "# 見出し\n本文", { source: null, published: null, body: "# 見出し\n本文" }],
    [
      "a # line that is not key: value",
      "# hello world\n本文",
      { source: null, published: null, body: "# hello world\n本文" },
    ],
    ["metadata only", "# source: s\n# published: 2024-01-01\n", { source: "s", published: "2024-01-01", body: "" }],
  ])("%s", (_label, text, expected) => {
    expect(parseMetadataLines(text)).toEqual(expected);
  });
});
