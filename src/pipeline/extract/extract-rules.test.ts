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

describe("extractIncidents: the headline count", () => {
  it.each([
    [
      "a count addressed by a response gives way to the leak statement's own figure",
      "北浜年金協会は情報が流出した8万人について会員番号を再発行すると発表した。\n今回流出した情報は、会員の氏名や生年月日など約9万件であった。",
      { value: 90000, qualifier: "approx" },
    ],
    [
      "the figure a first report gave gives way to the corrected one",
      "北浜園芸協会は会員情報の流出について発表した。\n第1報では、対象を「会員約300名分」とお知らせしておりましたが、調査の結果、対象は412名分に訂正いたします。",
      { value: 412, qualifier: "exact" },
    ],
  ])("%s", (_label, text, expected) => {
    expect(extract(text)[0]).toMatchObject(expected);
  });
});
