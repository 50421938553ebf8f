import { describe, expect, it } from "vitest";
import { CAUSES, type Cause } from "../../domain/incident.js";
import { JNSA_CAUSES, TSR_CAUSES, toJnsaCause, toTsrCause } from "./cause-category.js";

describe("cause → JNSA 原因", () => {
  it.each<[Cause, string, string]>([
    ["loss", "USBメモリーを紛失", "紛失・置忘れ"],
    ["loss", "書類の所在不明が判明", "管理ミス"],
    ["misdelivery", "メールを誤送信", "誤操作"],
    ["mis_operation", "窓口で誤交付", "誤操作"],
    ["mis_operation", "保存期間前の書類を誤って廃棄", "管理ミス"],
    ["mispublication", "ホームページに誤掲載", "誤操作"],
    ["mispublication", "共有フォルダの公開設定を誤り", "設定ミス"],
    ["unauthorized_access", "サーバへ不正アクセス", "不正アクセス"],
    ["vulnerability", "脆弱性を突かれた", "不正アクセス"],
    ["credential_theft", "リスト型攻撃", "不正アクセス"],
    ["sql_injection", "SQLインジェクション", "不正アクセス"],
    ["misconfiguration", "アクセス権の設定不備", "設定ミス"],
    ["malware", "ランサムウェアに感染", "ワーム・ウイルス"],
    ["targeted_email", "標的型メールでウイルス感染", "ワーム・ウイルス"],
    ["theft", "車上荒らしで盗難", "盗難"],
    ["insider", "元社員が名簿業者へ売却", "内部犯罪・内部不正行為"],
    ["insider", "従業員が顧客データを持ち出し", "不正な情報持ち出し"],
    ["system_failure", "プログラムの不具合で他人の情報を表示", "バグ・セキュリティホール"],
    ["unknown", "原因は調査中", "不明"],
  ])("%s (%s) → %s", (cause, evidence, expected) => {
    expect(toJnsaCause({ cause, evidence })).toBe(expected);
  });

  it("maps every cause into the JNSA list", () => {
    for (const cause of CAUSES) expect(JNSA_CAUSES).toContain(toJnsaCause({ cause }));
  });
});

describe("cause → 東京商工リサーチ 原因", () => {
  it.each<[Cause, string, string]>([
    ["unauthorized_access", "", "ウイルス感染・不正アクセス"],
    ["malware", "", "ウイルス感染・不正アクセス"],
    ["phishing", "", "ウイルス感染・不正アクセス"],
    ["misdelivery", "", "誤表示・誤送信"],
    ["mispublication", "", "誤表示・誤送信"],
    ["misconfiguration", "", "誤表示・誤送信"],
    ["mis_operation", "", "誤表示・誤送信"],
    ["mis_operation", "書類を誤廃棄", "紛失・誤廃棄"],
    ["loss", "", "紛失・誤廃棄"],
    ["theft", "", "不正持ち出し・盗難"],
    ["insider", "", "不正持ち出し・盗難"],
    ["unknown", "", "その他"],
  ])("%s (%s) → %s", (cause, evidence, expected) => {
    expect(toTsrCause({ cause, evidence })).toBe(expected);
  });

  it("maps every cause into the TSR list", () => {
    for (const cause of CAUSES) expect(TSR_CAUSES).toContain(toTsrCause({ cause }));
  });

  it("reads the incident's vector and sourced sentences, not only the evidence", () => {
    const sentence = { start: 0, end: 10, text: "従業員が顧客名簿を持ち出した" };
    expect(toJnsaCause({ cause: "insider", evidence: "1万人分", sources: { cause: sentence } })).toBe(
      "不正な情報持ち出し",
    );
  });
});
