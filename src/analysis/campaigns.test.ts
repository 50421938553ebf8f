import { describe, expect, it } from "vitest";
import type { Incident } from "../domain/incident.js";
import { anIncident } from "../storage/store.contract.js";
import { type CampaignIncident, toCampaigns } from "./campaigns.js";

const span = { start: 0, end: 1, text: "x" };

function incident(key: string, fields: Partial<Incident>): CampaignIncident {
  return { ...anIncident(fields), key };
}

const cveVictims = [
  incident("a", {
    organization: "かもめ物流株式会社",
    announced: "2024-03-10",
    cves: ["CVE-2024-1111"],
    affected: { value: 1200, qualifier: "max", unit: "people" },
  }),
  incident("b", {
    organization: "港北市",
    announced: "2024-03-02",
    cves: ["CVE-2024-1111"],
    affected: { value: 300, qualifier: "exact", unit: "people" },
    timeline: [{ date: "2024-02-20", kind: "discovered", evidence: span }],
  }),
  incident("c", {
    organization: "みなと中央病院",
    announced: "2024-04-01",
    cves: ["CVE-2024-1111"],
    affected: { value: 5000, qualifier: "exact", unit: "records" },
  }),
];

describe("campaigns", () => {
  it("groups three victims of one CVE into one campaign, members and timeline in date order", () => {
    const campaigns = toCampaigns(cveVictims);
    expect(campaigns).toHaveLength(1);
    const [c] = campaigns;
    expect(c!.key).toBe("cve:CVE-2024-1111");
    expect(c!.kind).toBe("cve");
    expect(c!.members.map((m) => m.key)).toEqual(["b", "a", "c"]);
    expect(c!.timeline.map((e) => `${e.date} ${e.kind} ${e.incident}`)).toEqual([
      "2024-02-20 discovered b",
      "2024-03-02 announced b",
      "2024-03-10 announced a",
      "2024-04-01 announced c",
    ]);
    expect(c!.totals).toEqual({
      incidents: 3,
      organizations: 3,
      people: { sum: 1500, qualifiers: { max: 1, exact: 1 } },
      records: { sum: 5000, qualifiers: { exact: 1 } },
      unknown: 0,
    });
  });

  it("does not make a campaign of one organization's two unrelated incidents", () => {
    const same = [
      incident("x1", { organization: "株式会社かもめ通販", announced: "2023-01-10", cause: "loss" }),
      incident("x2", { organization: "かもめ通販", announced: "2024-06-01", cause: "misdelivery" }),
    ];
    expect(toCampaigns(same)).toEqual([]);
  });

  it("does not link incidents that share nothing", () => {
    const apart = [
      incident("p", { organization: "北浜市", vector: ["USBメモリ"] }),
      incident("q", { organization: "南原町", vector: ["USBメモリ"] }),
    ];
    expect(toCampaigns(apart)).toEqual([]);
  });

  it("groups a product named in different spellings and carries a member's CVE", () => {
    const struts = [
      incident("s1", { organization: "国土保全省", announced: "2017-06-06", vector: ["Webサイト", "Apache Struts 2"] }),
      incident("s2", { organization: "かもめ電力", announced: "2017-03-15", vector: ["Apache Struts2"] }),
      incident("s3", {
        organization: "みなと郵便",
        announced: "2017-03-13",
        vector: ["Apache Struts2", "Apache Struts"],
        cves: ["CVE-2017-5638"],
      }),
      incident("s4", { organization: "ミナト放送", announced: "2017-10-04", vector: ["Webサイト"] }),
    ];
    const [c, ...rest] = toCampaigns(struts);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe("product");
    expect(c!.key).toBe("product:apache-struts-2");
    expect(c!.products).toEqual(["Apache Struts 2"]);
    expect(c!.cves).toEqual(["CVE-2017-5638"]);
    expect(c!.members.map((m) => m.key)).toEqual(["s3", "s2", "s1"]);
  });

  it("splits a product's waves years apart", () => {
    const waves = [
      incident("w1", { organization: "北浜市", announced: "2017-03-10", vector: ["Apache Struts2"] }),
      incident("w2", { organization: "南原町", announced: "2017-04-10", vector: ["Apache Struts2"] }),
      incident("w3", { organization: "かもめ電力", announced: "2021-05-01", vector: ["Apache Struts2"] }),
      incident("w4", { organization: "みなと郵便", announced: "2021-06-01", vector: ["Apache Struts2"] }),
    ];
    expect(toCampaigns(waves).map((c) => c.key)).toEqual([
      "product:apache-struts-2:2017",
      "product:apache-struts-2:2021",
    ]);
  });

  it("groups the victims of one contractor with the contractor's own incident", () => {
    const vendor = [
      incident("v1", { organization: "港北市", also: ["かもめ印刷株式会社"], announced: "2024-05-10" }),
      incident("v2", { organization: "北浜信用金庫", also: ["かもめ印刷"], announced: "2024-05-20" }),
      incident("v0", { organization: "かもめ印刷株式会社", also: ["港北市"], announced: "2024-05-08" }),
      incident("v3", { organization: "南原町", also: ["大川県"], announced: "2024-05-21" }),
      incident("v4", { organization: "西山村", also: ["大川県"], announced: "2024-05-22" }),
    ];
    const campaigns = toCampaigns(vendor);
    expect(campaigns.map((c) => c.key)).toEqual(["vendor:かもめ印刷"]);
    const [c] = campaigns;
    expect(c!.vendor).toBe("かもめ印刷株式会社");
    expect(c!.members.map((m) => `${m.key}:${m.role}`)).toEqual(["v0:vendor", "v1:victim", "v2:victim"]);
  });

  it("gives the same campaigns whatever the input order, and honours minMembers", () => {
    const all = [...cveVictims].reverse();
    expect(toCampaigns(all)).toEqual(toCampaigns(cveVictims));
    expect(toCampaigns(cveVictims, { minMembers: 4 })).toEqual([]);
  });
});
