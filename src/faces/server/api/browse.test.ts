import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../../test/support/server.js";

/** Two more fictional organizations hit through one flaw, so a CVE campaign forms. */
const CAMPAIGN_ARTICLES: readonly (readonly [string, string])[] = [
  [
    "campaign-a.txt",
    "# published: 2024-09-03\n\n株式会社ニシハマ物流は2日、VPN装置の脆弱性（CVE-2024-39999）を悪用した不正アクセスにより、取引先の氏名やメールアドレスなど約4,000件が流出したおそれがあると発表した。\n",
  ],
  [
    "campaign-b.txt",
    "# published: 2024-09-20\n\n東岬町は19日、VPN装置の脆弱性（CVE-2024-39999）を突いた不正アクセスを受け、住民の氏名や住所など約800人分の個人情報が漏えいした可能性があると発表した。\n",
  ],
];

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: [...SERVER_ARTICLES, ...CAMPAIGN_ARTICLES] });
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/incidents?facets=1", () => {
  it("adds counts over every match, not only the page", async () => {
    const { status, body } = await requestJson(server.app, "/api/incidents?facets=1&limit=1");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(1);
    expect(body.facets.total).toBe(body.total);
    expect(body.facets.year).toEqual([{ value: "2024", count: 4 }]);
    expect(body.facets.cause).toEqual([
      { value: "vulnerability", count: 2 },
      { value: "loss", count: 1 },
      { value: "unauthorized_access", count: 1 },
    ]);
    expect(body.facets.size).toEqual([
      { value: "100-999", count: 1 },
      { value: "1000-9999", count: 2 },
      { value: "10000-99999", count: 1 },
    ]);
    expect(body.facets.cause).toContainEqual({ value: "loss", count: 1 });
  });

  it("counts within a search and leaves facets out unless asked", async () => {
    const q = encodeURIComponent("脆弱性");
    const { body } = await requestJson(server.app, `/api/incidents?q=${q}&facets=1`);
    expect(body.facets.total).toBe(2);
    expect(body.facets.organizationType.map((f: Json) => f.value).sort()).toEqual(["company", "local_government"]);
    expect((await requestJson(server.app, "/api/incidents")).body.facets).toBeUndefined();
    expect((await server.app.request("/api/incidents?facets=yes")).status).toBe(400);
  });

  it("filters by organization and sorts by storage order", async () => {
    const list = (await requestJson(server.app, "/api/incidents?sort=recent")).body;
    expect(list.items[0].organization).toBe("東岬町");
    const org = (await requestJson(server.app, "/api/organizations?q=%E5%8C%97%E6%B5%9C")).body.items[0];
    const mine = (await requestJson(server.app, `/api/incidents?org=${org.id}&facets=1`)).body;
    expect(mine.items.map((i: Json) => i.organization)).toEqual(["北浜市"]);
    expect(mine.facets.total).toBe(1);
  });
});

describe("GET /api/organizations", () => {
  it("lists organizations with counts, searches by name, sorts and pages", async () => {
    const { body } = await requestJson(server.app, "/api/organizations?sort=name&limit=2");
    expect(body.total).toBe(4);
    expect(body.items).toHaveLength(2);
    expect(body.next).toEqual(expect.any(String));
    const rest = (await requestJson(server.app, `/api/organizations?sort=name&limit=2&cursor=${body.next}`)).body;
    expect(rest.items).toHaveLength(2);
    expect(rest.next).toBeNull();
    const found = (await requestJson(server.app, `/api/organizations?q=${encodeURIComponent("ミナト")}`)).body;
    expect(found.items).toEqual([
      expect.objectContaining({ name: "株式会社ミナトネットショップ", incidents: 1, records: 30_000, people: 0 }),
    ]);
    expect((await requestJson(server.app, "/api/organizations?type=local_government")).body.total).toBe(2);
  });

  it("gives one organization with its incidents and yearly counts; 404 and 400 as JSON", async () => {
    const org = (await requestJson(server.app, `/api/organizations?q=${encodeURIComponent("東岬")}`)).body.items[0];
    const { status, body } = await requestJson(server.app, `/api/organizations/${org.id}`);
    expect(status).toBe(200);
    expect(body.organization).toMatchObject({ name: "東岬町", incidents: 1, people: 800 });
    expect(body.years).toEqual([{ value: "2024", count: 1 }]);
    expect(body.incidents[0]).toMatchObject({ organization: "東岬町", cves: ["CVE-2024-39999"] });
    const missing = await requestJson(server.app, "/api/organizations/987654");
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    const bad = await requestJson(server.app, "/api/organizations/abc");
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "bad_request" } } });
  });
});

describe("GET /api/campaigns", () => {
  it("finds the two victims of one CVE as a campaign with ids, totals and a timeline", async () => {
    const { body } = await requestJson(server.app, "/api/campaigns");
    const campaign = body.items.find((c: Json) => c.kind === "cve");
    expect(campaign).toBeDefined();
    expect(campaign.cves).toEqual(["CVE-2024-39999"]);
    expect(campaign.members.map((m: Json) => m.organization).sort()).toEqual(["東岬町", "株式会社ニシハマ物流"]);
    expect(campaign.members.every((m: Json) => Number.isInteger(m.id))).toBe(true);
    expect(campaign.totals).toMatchObject({ incidents: 2, organizations: 2 });
    expect(campaign.timeline.length).toBeGreaterThanOrEqual(2);
    const one = await requestJson(server.app, `/api/campaigns/${encodeURIComponent(campaign.key)}`);
    expect(one.body.key).toBe(campaign.key);
    expect(
      (await requestJson(server.app, "/api/campaigns?kind=vendor")).body.items.every((c: Json) => c.kind === "vendor"),
    ).toBe(true);
    expect((await requestJson(server.app, "/api/campaigns/cve%3ACVE-1999-0000")).status).toBe(404);
  });
});

describe("GET /api/sources", () => {
  it("pages sources newest first without their text", async () => {
    const { body } = await requestJson(server.app, "/api/sources?limit=3");
    expect(body.total).toBe(4);
    expect(body.items.map((s: Json) => s.key)).toEqual(["campaign-b.txt", "campaign-a.txt", "sample-b.txt"]);
    expect(body.items[0]).not.toHaveProperty("text");
    const rest = (await requestJson(server.app, `/api/sources?limit=3&cursor=${body.next}`)).body;
    expect(rest.items.map((s: Json) => s.key)).toEqual(["sample-a.txt"]);
    expect((await requestJson(server.app, "/api/sources?status=failed")).body.total).toBe(0);
    expect((await server.app.request("/api/sources?status=broken")).status).toBe(400);
  });
});

describe("GET /api/exports", () => {
  it("downloads the matching incidents as CSV with a BOM, as an attachment", async () => {
    const res = await server.app.request(`/api/exports?format=csv&q=${encodeURIComponent("脆弱性")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="roei-incidents.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(text).toContain("東岬町");
    expect(text).not.toContain("北浜市");
  });

  it("gives JSON, JSON lines, VERIS and MISP lines, and a STIX bundle for the same filters", async () => {
    const json: Json = JSON.parse(await (await server.app.request("/api/exports?format=json&cause=loss")).text());
    expect(json.map((i: Json) => i.organization)).toEqual(["北浜市"]);
    const lines = async (format: string) =>
      (await (await server.app.request(`/api/exports?format=${format}&org_type=local_government`)).text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
    expect((await lines("jsonl")).map((i: Json) => i.organization).sort()).toEqual(["北浜市", "東岬町"]);
    expect((await lines("veris")).every((v: Json) => v.schema_version === "1.4.0" || v.schema_version)).toBe(true);
    expect((await lines("misp")).every((e: Json) => e.Event)).toBe(true);
    const stix: Json = await (await server.app.request("/api/exports?format=stix")).json();
    expect(stix.type).toBe("bundle");
    expect(stix.objects.filter((o: Json) => o.type === "incident")).toHaveLength(4);
    const empty = await (
      await server.app.request(`/api/exports?format=json&q=${encodeURIComponent("該当なし語")}`)
    ).text();
    expect(JSON.parse(empty)).toEqual([]);
  });

  it("refuses a missing or unknown format and list-only parameters with a JSON 400", async () => {
    for (const query of ["", "format=xml", "format=csv&cursor=abc", "format=csv&limit=5"]) {
      const { status, body } = await requestJson(server.app, `/api/exports?${query}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("bad_request");
    }
  });
});
