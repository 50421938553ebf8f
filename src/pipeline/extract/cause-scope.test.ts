import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const causes = (text: string) =>
  extractIncidents({ name: "t.txt", text, published: "2024-05-20", source: null, title: null }).map((i) => [
    i.organization,
    i.cause,
  ]);

describe("extractIncidents: whose cause a sentence states", () => {
  it("two incidents joined in one sentence keep their own causes", () => {
    const text =
      "委員会は、昨年度に勧告を出した事案を公表した。" +
      "北浜物産株式会社の元社員が約40万件の顧客情報を不正に持ち出した問題や、" +
      "南川トラベル株式会社の会員情報など約8万件が外部に流出した問題などが対象だった。\n";
    expect(causes(text)).toEqual([
      ["北浜物産株式会社", "insider"],
      ["南川トラベル株式会社", "unknown"],
    ]);
  });

  it("a vendor's account of the attack, without a count of its own, still gives its clients' cause", () => {
    const text =
      "印刷会社の北浜プリント株式会社がランサムウェアの攻撃を受け、委託元の情報が流出した可能性がある。\n" +
      "北浜プリントによると、5月10日にサーバーのデータが暗号化された。\n" +
      "南川市は12日、納付書の印刷データ約2万人分が流出した可能性があると発表した。\n";
    expect(causes(text)).toContainEqual(["南川市", "malware"]);
  });
});
