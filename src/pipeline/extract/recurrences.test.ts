import { describe, expect, it } from "vitest";
import type { OrgMention } from "../fields/organization.js";
import { splitSentences } from "../segment/sentences.js";
import { findRecurrences } from "./recurrences.js";

const mention = (text: string, name: string): OrgMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, name, type: "company", by: "entity_form" };
};

const recurrences = (text: string, known: string) =>
  findRecurrences(text, splitSentences(text), [mention(text, known)], () => true).map((m) => [m.name, m.start]);

describe("findRecurrences", () => {
  it.each([
    [
      "株式会社ミズナラホールディングスが発表した。ミズナラによると、流出は3万件。",
      "株式会社ミズナラホールディングス",
      [["ミズナラ", 22]],
    ],
    ["ソラマメ社が謝罪した。昨年のソラマメ事件において、名簿が転売された。", "ソラマメ社", [["ソラマメ", 14]]],
    ["株式会社Pebbleが発表した。Pebbleによると、流出は1件。", "株式会社Pebble", [["Pebble", 16]]],
  ])("%s", (text, known, expected) => {
    expect(recurrences(text, known)).toEqual(expected);
  });

  it.each([
    // Part of a longer katakana word, a common word, or too short a stem: no recurrence.
    ["株式会社ラックが発表した。ブラックリストに載った。", "株式会社ラック"],
    ["データ社が発表した。データが流出した。", "データ社"],
    ["ミズ社が発表した。ミズによると流出した。", "ミズ社"],
  ])("none in %s", (text, known) => {
    expect(recurrences(text, known)).toEqual([]);
  });
});
