import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../../../test/support/server.js";

describe("404 pages", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => server.close());

  it("answers an unknown page with an HTML page in the reader's language (title, main, heading)", async () => {
    for (const [lang, heading] of [
      ["ja", "見つかりません"],
      ["en", "Not found"],
    ] as const) {
      const res = await server.app.request(`/no/such/page?lang=${lang}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<title>${heading} | roei</title>`);
      expect(html).toMatch(new RegExp(`<main id="main" tabindex="-1"><h1>${heading}</h1>`));
    }
  });

  it("has an icon: the pages link it and /favicon.ico leads to it", async () => {
    const html = await (await server.app.request("/")).text();
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="/static/favicon.svg"/>');
    const ico = await server.app.request("/favicon.ico");
    expect(ico.status).toBe(301);
    expect(ico.headers.get("location")).toBe("/static/favicon.svg");
    const svg = await server.app.request("/static/favicon.svg");
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
  });

  it("keeps JSON for unknown API routes and answers an unknown organization with the HTML page", async () => {
    const api = await server.app.request("/api/no-such");
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");
    const org = await server.app.request("/organizations/987654");
    expect(org.status).toBe(404);
    expect(await org.text()).toContain("この組織は見つかりません。");
  });
});
