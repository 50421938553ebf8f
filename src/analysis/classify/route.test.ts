import { describe, expect, it } from "vitest";
import type { Cause, DataItem } from "../../domain/incident.js";
import { toRoute } from "./route.js";

describe("route/media", () => {
  it.each<[Cause, string[], string, DataItem[], string]>([
    ["loss", ["USBメモリー", "パソコン"], "USBメモリーを紛失", [], "portable_media"],
    ["theft", ["ノートPC"], "車内からノートPCが盗まれた", [], "pc"],
    ["loss", [], "申込書の束を紛失", [], "paper"],
    ["loss", [], "所在が分からなくなった", [], "other"],
    ["misdelivery", [], "メールを誤送信し、宛先が見える状態に", ["email"], "email"],
    ["misdelivery", [], "FAXを別の事業者に誤送信", [], "fax"],
    ["misdelivery", [], "通知書を別人に郵送", [], "paper"],
    ["misdelivery", [], "メールアドレス1,000件が流出", ["email"], "other"],
    ["unauthorized_access", ["Webサイト"], "Webサイトへ不正アクセス", [], "web"],
    ["vulnerability", ["Apache Struts2"], "脆弱性を突かれ情報が流出", [], "server"],
    ["malware", [], "標的型メールの添付ファイルを開きウイルスに感染", [], "server"],
    ["misconfiguration", [], "クラウドサービスの共有設定に不備", [], "cloud"],
    ["misconfiguration", [], "アクセス制限の設定に誤り", [], "server"],
    ["mispublication", [], "ホームページに誤って掲載", [], "web"],
    ["mispublication", [], "広報誌に個人名を誤って掲載", [], "paper"],
    ["insider", [], "元社員がUSBメモリーにコピーして持ち出し", [], "portable_media"],
    ["unknown", [], "流出した", ["login_id", "password"], "server"],
  ])("%s %j 「%s」 → %s", (cause, vector, evidence, items, route) => {
    expect(toRoute({ cause, vector, evidence, data_items: items }).route).toBe(route);
  });

  it("lists every route the words name, the primary one first", () => {
    const r = toRoute({
      cause: "loss",
      vector: ["USBメモリー", "パソコン"],
      evidence: "書類とUSBメモリー",
      data_items: [],
    });
    expect(r.mentioned).toEqual(["portable_media", "paper", "pc"]);
  });
});
