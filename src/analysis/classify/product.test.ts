import { describe, expect, it } from "vitest";
import { toProductKey, toProducts } from "./product.js";

describe("products named as the vector", () => {
  it.each<[string[], string, string[]]>([
    [["Apache Struts2"], "", ["Apache Struts 2"]],
    [["Apache Struts 2", "Apache Struts"], "", ["Apache Struts 2"]],
    [["Ａｐａｃｈｅ　Ｓｔｒｕｔｓ２"], "", ["Apache Struts 2"]],
    [["Apache Struts"], "", ["Apache Struts"]],
    [["Webサイト", "USBメモリ", "VPN機器"], "", []],
    [[], "FortiGateの脆弱性を突かれ", ["Fortinet FortiGate"]],
    [[], "Pulse Connect Secureの認証情報が窃取され", ["Pulse Connect Secure"]],
    [["ファイル共有ソフト", "Winny"], "", ["Winny"]],
    [[], "EC-CUBEで構築したサイトが改ざん", ["EC-CUBE"]],
  ])("%j 「%s」 → %j", (vector, evidence, products) => {
    expect(toProducts({ vector, evidence })).toEqual(products);
  });

  it("keys products", () => {
    expect(toProductKey("Apache Struts 2")).toBe("apache-struts-2");
  });
});
