import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const extract = (text: string, published: string | null = "2024-05-20") =>
  extractIncidents({ name: "t.txt", text, published, source: null, title: null }).map((i) => ({
    organization: i.organization,
    value: i.affected.value,
    qualifier: i.affected.qualifier,
    cause: i.cause,
  }));

describe("extractIncidents: whose passage a sentence is", () => {
  it("a short name used again after the full one moves the passage to its organization", () => {
    const text = [
      "北浜市は10日、職員がUSBメモリーを紛失したと発表した。対象は市民120人分。",
      "",
      "県警は、昨年発生したミズナラ事件において、流出した顧客データを買い取った名簿業者を書類送検した。",
      "同社は、延べ800万人分の顧客データを転売したという（ミズナラによると、重複データを削除したデータの総数は約260万件だった）。",
      "",
      "株式会社ミズナラホールディングスは、再発防止策を発表した。",
    ].join("\n");
    expect(extract(text)).toEqual([
      { organization: "北浜市", value: 120, qualifier: "exact", cause: "loss" },
      { organization: "株式会社ミズナラホールディングス", value: 2600000, qualifier: "approx", cause: "insider" },
    ]);
  });
});
