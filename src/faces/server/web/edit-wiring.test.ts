/** The edit form on the detail page: shown to logged-in editors and admins only, CSRF-checked, and its edit visible. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfIn, TestBrowser } from "../../../../test/support/browser.js";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../../test/support/server.js";
import { createToken } from "../auth/token.js";

let server: TestServer;
let editorToken: string;
let adminToken: string;
let id: number;

beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  editorToken = (await createToken(server.store, "editor", "編集者ハナ", "2026-01-01T00:00:00Z")).token;
  adminToken = (await createToken(server.store, "admin", "管理者", "2026-01-01T00:00:00Z")).token;
  id = (await server.store.listIncidents({ text: "北浜市" })).items[0]!.id;
});
afterAll(async () => {
  await server.close();
});

const EDIT_FORM = /<form method="post" action="\/incidents\/(\d+)\/edit"/;

describe("the edit form on /incidents/:id", () => {
  it("is not there for an anonymous reader, in either language", async () => {
    for (const lang of ["ja", "en"]) {
      const res = await new TestBrowser(server.app).request(`/incidents/${id}?lang=${lang}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).not.toMatch(EDIT_FORM);
      expect(html).not.toContain('name="csrf"');
      expect(html).not.toContain("/edit");
    }
  });

  it("is there for an editor's and an admin's session, with the session's CSRF token", async () => {
    for (const token of [editorToken, adminToken]) {
      const b = new TestBrowser(server.app);
      expect((await b.login(token, `/incidents/${id}`)).status).toBe(303);
      const html = await (await b.request(`/incidents/${id}`)).text();
      expect(EDIT_FORM.exec(html)?.[1]).toBe(String(id));
      // The same token the session's other forms carry (the ingest page's).
      expect(csrfIn(html)).toBe(csrfIn(await (await b.request("/ingest")).text()));
    }
  });

  it("refuses a post without the CSRF token; with it the value changes and the history shows the edit", async () => {
    const b = new TestBrowser(server.app);
    await b.login(editorToken, `/incidents/${id}`);
    const csrf = csrfIn(await (await b.request(`/incidents/${id}`)).text());
    const fields = { field: "affected", value: "1,500", reason: "続報で患者数を訂正" };

    const refused = await b.post(`/incidents/${id}/edit`, fields);
    expect(refused.status).toBe(403);
    const wrong = await b.post(`/incidents/${id}/edit`, { ...fields, csrf: `${csrf}x` });
    expect(wrong.status).toBe(403);
    expect((await requestJson(server.app, `/api/incidents/${id}`)).body.affected.value).toBe(1200);

    const done = await b.post(`/incidents/${id}/edit`, { ...fields, csrf });
    expect([done.status, done.headers.get("location")]).toEqual([303, `/incidents/${id}`]);
    const detail: Json = (await requestJson(server.app, `/api/incidents/${id}`)).body;
    expect(detail.affected).toEqual({ value: 1500, qualifier: "exact", unit: "people" });
    expect(detail.history.at(-1)).toMatchObject({ who: "編集者ハナ", field: "affected", why: "続報で患者数を訂正" });

    // What the editor sees after the redirect, and any reader: the new figure and the history row.
    for (const reader of [b, new TestBrowser(server.app)]) {
      const html = await (await reader.request(`/incidents/${id}`)).text();
      const history = html.slice(html.indexOf('id="history-h"'));
      expect(history).toContain("<td>編集者ハナ</td>");
      expect(history).toContain("<td>続報で患者数を訂正</td>");
      expect(history).toMatch(/<ins>[^<]*1,500[^<]*<\/ins>/);
    }
    // The list page (kept in the response cache) shows it as well.
    expect(await (await server.app.request(`/?q=${encodeURIComponent("北浜市")}`)).text()).toContain("1,500人");
  });
});
