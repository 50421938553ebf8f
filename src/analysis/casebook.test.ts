import { describe, expect, it } from "vitest";
import type { Incident } from "../domain/incident.js";
import { anIncident } from "../storage/store.contract.js";
import { type CasebookIncident, formatCasebookHtml, formatCasebookMarkdown, toCasebookEntry } from "./casebook.js";
import { type LessonFacts, toLessons } from "./casebook-lessons.js";

const span = (text: string) => ({ start: 0, end: text.length, text });

function facts(fields: Partial<LessonFacts>): LessonFacts {
  return {
    cause: "unknown",
    route: "other",
    products: [],
    cves: [],
    dataItems: [],
    text: "",
    viaVendor: false,
    ...fields,
  };
}

describe("casebook lessons", () => {
  it.each<[Partial<LessonFacts>, string]>([
    [{ cause: "loss", route: "portable_media" }, "記録媒体の暗号化と持ち出しルール"],
    [{ cause: "theft", route: "pc" }, "端末の暗号化と持ち出し管理"],
    [{ cause: "loss", route: "paper" }, "書類の保管・持ち出しルール"],
    [{ cause: "misdelivery", route: "email" }, "メール送信前の宛先確認とダブルチェック"],
    [{ cause: "misdelivery", route: "fax" }, "FAX送信前の番号確認"],
    [{ cause: "misdelivery", route: "paper" }, "封入・宛名のダブルチェック"],
    [{ cause: "vulnerability", products: ["Apache Struts 2"] }, "パッチ管理"],
    [{ cause: "unauthorized_access", cves: ["CVE-2017-5638"] }, "パッチ管理"],
    [{ cause: "misconfiguration", route: "cloud" }, "設定レビュー"],
    [{ cause: "mispublication", route: "web" }, "設定レビュー"],
    [{ cause: "malware", viaVendor: true }, "委託先管理"],
    [{ cause: "insider" }, "内部不正対策"],
    [{ cause: "unknown" }, "原因の究明と再発防止"],
  ])("%j teaches %s", (f, title) => {
    expect(toLessons(facts(f)).map((l) => l.title)).toContain(title);
  });

  it("teaches ransomware at a vendor both malware measures and vendor management", () => {
    expect(toLessons(facts({ cause: "malware", viaVendor: true })).map((l) => l.title)).toEqual([
      "マルウェア・ランサムウェア対策",
      "委託先管理",
    ]);
  });
});

const lostUsb: CasebookIncident = {
  ...anIncident({
    organization: "港北市",
    announced: "2024-05-01",
    cause: "loss",
    vector: ["USBメモリ"],
    affected: { value: 1204, qualifier: "exact", unit: "people" },
    data_items: ["name", "address", "medical"],
    evidence: "市民1,204人分の情報を保存したUSBメモリを紛失",
    timeline: [
      { date: "2024-04-25", kind: "discovered", evidence: span("x") },
      { date: "2024-05-01", kind: "announced", evidence: span("x") },
    ],
    response: [span("対象者に個別に連絡し、謝罪した")],
  } satisfies Partial<Incident>),
  key: "k-usb",
};

describe("casebook", () => {
  it("writes 概要, 原因, 被害, 対応 and 教訓 in Japanese", () => {
    const e = toCasebookEntry(lostUsb);
    expect(e.summary[0]).toBe(
      "港北市（地方公共団体）は2024年5月1日、紛失・置き忘れにより1,204人の個人情報が漏えいしたと公表した。",
    );
    expect(e.cause).toContain("漏えい媒体・経路：USB等可搬記録媒体");
    expect(e.cause[0]).toContain("JNSA分類：紛失・置忘れ");
    expect(e.damage).toContain("漏えいした項目：氏名、住所、病歴・診療情報");
    expect(e.damage).toContain("要配慮個人情報を含む（報告対象：規則7条1号）");
    expect(e.response).toEqual(["2024年4月25日 発覚", "2024年5月1日 公表", "「対象者に個別に連絡し、謝罪した」"]);
    expect(e.lessons.map((l) => l.title)).toEqual(["記録媒体の暗号化と持ち出しルール", "要配慮個人情報の取扱い"]);
    const md = formatCasebookMarkdown([e]);
    expect(md).toContain("## 事例1　港北市：紛失・置き忘れによる個人情報の漏えい");
    expect(md).toContain("### 教訓");
  });

  it("escapes markup in HTML and Markdown", () => {
    const evil = toCasebookEntry({ ...lostUsb, organization: '<script>alert("x")</script>株式会社' });
    const html = formatCasebookHtml([evil]);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;株式会社");
    expect(formatCasebookMarkdown([evil])).not.toContain("<script>");
  });
});
