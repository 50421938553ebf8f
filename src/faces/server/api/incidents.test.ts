import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../../test/support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/incidents", () => {
  it("lists the stored incidents with their contract fields", async () => {
    const res = await server.app.request("/api/incidents");
    expect(res.status).toBe(200);
    const body: Json = await res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { organization: string }) => i.organization).sort()).toEqual([
      "北浜市",
      "株式会社ミナトネットショップ",
    ]);
    expect(body.next).toBeNull();
  });

  it("finds incidents by a one-character term", async () => {
    const body = (await requestJson(server.app, `/api/incidents?q=${encodeURIComponent("市")}`)).body;
    expect(body.items.map((i: { organization: string }) => i.organization)).toEqual(["北浜市"]);
  });

  it("pages with a cursor", async () => {
    const first = (await requestJson(server.app, "/api/incidents?limit=1")).body;
    expect(first.items).toHaveLength(1);
    expect(first.next).toEqual(expect.any(String));
    const second = (await requestJson(server.app, `/api/incidents?limit=1&cursor=${first.next}`)).body;
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.next).toBeNull();
  });

  it.each([
    ["cause=hacking", "cause"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["from=2024-13", "from"],
    ["cursor=bm90LWEtY3Vyc29y", "cursor"],
    ["unknown=1", "unknown"],
  ])("answers %s with a one-line 400", async (query, field) => {
    const res = await server.app.request(`/api/incidents?${query}`);
    expect(res.status).toBe(400);
    const body: Json = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(field === "unknown" ? /unrecognized|unknown/i : new RegExp(field));
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("GET /api/incidents/{id}", () => {
  it("gives one incident with its evidence and sources", async () => {
    const list = (await requestJson(server.app, "/api/incidents?q=%E5%8C%97%E6%B5%9C")).body;
    const res = await server.app.request(`/api/incidents/${list.items[0].id}`);
    expect(res.status).toBe(200);
    const incident: Json = await res.json();
    expect(incident.organization).toBe("北浜市");
    expect(incident.affected).toEqual({ value: 1200, qualifier: "approx", unit: "people" });
    expect(incident.sourceIds).toHaveLength(1);
  });

  it("answers an unknown id with a JSON 404", async () => {
    const res = await server.app.request("/api/incidents/999999");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "no incident 999999" } });
  });
});

describe("GET /api/openapi.json", () => {
  it("describes the routes with the schemas they validate with (OpenAPI 3.1)", async () => {
    const doc = (await requestJson(server.app, "/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/incidents");
    const params = doc.paths["/incidents"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(["q", "cause", "cursor", "limit"]));
  });
});

describe("pages", () => {
  it("renders the list in Japanese with security headers and no inline script", async () => {
    const res = await server.app.request("/?q=%E6%B5%81%E5%87%BA");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("インシデント一覧");
    expect(html).toContain("ミナトネットショップ");
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
