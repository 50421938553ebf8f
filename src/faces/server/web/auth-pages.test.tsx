/** Login, 取り込み, トークン pages and the edit form POST, in process: sessions, CSRF, roles, and what each form does. */

import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, SERVER_ARTICLES, type TestServer } from "../../../../test/support/server.js";
import { createToken, hashToken } from "../auth/token.js";
import { EditForm } from "./edit-form.js";

const TSUBAME =
  "# published: 2025-03-04\n\nツバメ交通株式会社は3日、委託先のサーバーが設定ミスで外部から閲覧できる状態になり、乗客約800人分の氏名と電話番号が流出したと発表した。\n";
const DUMP = `氏名,メール\n${Array.from({ length: 40 }, (_, i) => `会員${i},member${i}@example.jp`).join("\n")}\n`;

let server: TestServer;
let adminToken: string;
let editorToken: string;

beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  adminToken = (await createToken(server.store, "admin", "管理者", "2026-01-01T00:00:00Z")).token;
  editorToken = (await createToken(server.store, "editor", "編集者B", "2026-01-01T00:00:00Z")).token;
});
afterAll(async () => {
  await server.close();
});

/** A browser's cookie jar, enough for these pages. */
class Browser {
  readonly cookies = new Map<string, string>();
  readonly base: string;
  constructor(base = "http://localhost") {
    this.base = base;
  }
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await server.app.request(`${this.base}${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split("=");
      if (/Max-Age=0/i.test(line) || value === "") this.cookies.delete(name!);
      else this.cookies.set(name!, value!);
    }
    return res;
  }
  post(path: string, fields: Record<string, string | File>): Promise<Response> {
    const hasFile = Object.values(fields).some((v) => v instanceof File);
    if (hasFile) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      return this.request(path, { method: "POST", body: form });
    }
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields as Record<string, string>).toString(),
    });
  }
  /** Logs in through the form. */
  async login(token: string, next = "/ingest"): Promise<Response> {
    const page = await (await this.request(`/login?next=${encodeURIComponent(next)}`)).text();
    return this.post("/login", { csrf: csrfIn(page), token, next });
  }
}

function csrfIn(html: string): string {
  const m = /name="csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error("no csrf field in the page");
  return m[1]!;
}

describe("/login and /logout", () => {
  it("logs in with a token: a session cookie that is HttpOnly and SameSite=Lax, then back to the page asked for", async () => {
    const b = new Browser();
    const res = await b.login(editorToken, "/ingest");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ingest");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("roei_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(editorToken);
    const page = await (await b.request("/ingest")).text();
    expect(page).toContain("編集者B");
    expect(page).toContain('action="/ingest/text"');
  });

  it("sets Secure on the cookie over https, and never redirects to another site", async () => {
    const b = new Browser("https://roei.example.jp");
    const res = await b.login(editorToken, "//evil.example/x");
    expect(res.headers.get("location")).toBe("/ingest");
    expect(res.headers.getSetCookie().find((c) => c.startsWith("roei_session="))).toMatch(/Secure/);
  });

  it("refuses a wrong token (401) and a login without its CSRF field (403)", async () => {
    const b = new Browser();
    const wrong = await b.login("roei_wrongwrongwrongwrongwrongwrongwrongwrongwro");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("トークンが無効か、失効しています");
    const noCsrf = await new Browser().post("/login", { token: editorToken, next: "/ingest" });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.headers.getSetCookie().some((c) => c.startsWith("roei_session="))).toBe(false);
  });

  it("logs out with the form, after which writes need a login again", async () => {
    const b = new Browser();
    await b.login(editorToken);
    const page = await (await b.request("/logout")).text();
    expect((await b.post("/logout", { csrf: csrfIn(page) })).status).toBe(303);
    expect(b.cookies.has("roei_session")).toBe(false);
    expect((await b.post("/ingest/text", { csrf: csrfIn(page), text: TSUBAME })).status).toBe(401);
  });
});

describe("取り込み /ingest", () => {
  it("shows feeds and a login link to visitors, without any form", async () => {
    const html = await (await new Browser().request("/ingest")).text();
    expect(html).toContain("取り込み");
    expect(html).toContain('href="/login?next=%2Fingest"');
    expect(html).not.toContain('<form method="post"');
  });

  it("refuses a POST without the CSRF field (403) and stores nothing", async () => {
    const b = new Browser();
    await b.login(editorToken);
    const before = await server.store.sourceCount();
    const res = await b.post("/ingest/text", { text: TSUBAME });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("フォームの有効期限が切れました");
    expect((await b.post("/ingest/text", { text: TSUBAME, csrf: "forged" })).status).toBe(403);
    expect(await server.store.sourceCount()).toBe(before);
  });

  it("ingests pasted text and an uploaded file, and refuses a dump of personal data", async () => {
    const b = new Browser();
    await b.login(editorToken);
    const csrf = csrfIn(await (await b.request("/ingest")).text());
    const pasted = await b.post("/ingest/text", { csrf, text: TSUBAME, title: "ツバメ交通のお知らせ" });
    expect(pasted.status).toBe(200);
    const html = await pasted.text();
    expect(html).toContain("取り込みました");
    expect(html).toMatch(/更新されたインシデント: \S+/);
    expect((await server.store.listIncidents({ text: "ツバメ交通" })).total).toBe(1);
    const file = new File([TSUBAME.replace(/ツバメ交通/g, "カモメ運輸")], "kamome.txt", { type: "text/plain" });
    expect((await b.post("/ingest/file", { csrf, file })).status).toBe(200);
    expect((await server.store.listIncidents({ text: "カモメ運輸" })).total).toBe(1);
    const dump = await b.post("/ingest/text", { csrf, text: DUMP });
    expect(dump.status).toBe(422);
    expect(await dump.text()).toContain("looks like a dump of personal data");
  });

  it("adds and removes a feed, refusing one at a private address", async () => {
    const b = new Browser();
    await b.login(editorToken);
    const csrf = csrfIn(await (await b.request("/ingest")).text());
    const refused = await b.post("/ingest/feeds", { csrf, url: "http://192.168.1.5/rss" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("refused address 192.168.1.5");
    const added = await b.post("/ingest/feeds", { csrf, url: "http://93.184.215.14/news.rss" });
    expect(added.status).toBe(200);
    const page = await added.text();
    expect(page).toContain("http://93.184.215.14/news.rss");
    expect(page).toContain("未巡回");
    const removed = await b.post("/ingest/feeds/remove", { csrf, url: "http://93.184.215.14/news.rss" });
    expect(removed.status).toBe(200);
    expect(await server.store.feeds()).toEqual([]);
  });
});

describe("トークン /tokens", () => {
  it("sends visitors to the login and refuses editors", async () => {
    const visitor = await new Browser().request("/tokens");
    expect([visitor.status, visitor.headers.get("location")]).toEqual([303, "/login?next=%2Ftokens"]);
    const b = new Browser();
    await b.login(editorToken);
    expect((await b.request("/tokens")).status).toBe(403);
  });

  it("creates a token shown once, stores only its hash, escapes names, and revokes it", async () => {
    const b = new Browser();
    await b.login(adminToken, "/tokens");
    const csrf = csrfIn(await (await b.request("/tokens")).text());
    const created = await b.post("/tokens", { csrf, role: "editor", name: "<script>alert(1)</script>" });
    expect(created.status).toBe(200);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const html = await created.text();
    const token = /value="(roei_[A-Za-z0-9_-]{43})"/.exec(html)?.[1];
    expect(token).toBeDefined();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // Shown once: the next view of the page does not hold it.
    expect(await (await b.request("/tokens")).text()).not.toContain(token!);
    const db = new Database(join(server.dir, "roei.db"), { readonly: true });
    const rows = db.prepare("SELECT * FROM tokens").all();
    db.close();
    expect(JSON.stringify(rows)).not.toContain(token!);
    expect(JSON.stringify(rows)).toContain(hashToken(token!));
    const record = (await server.store.tokens()).find((t) => t.hash === hashToken(token!))!;
    // The new token logs in; once revoked, its session ends.
    const other = new Browser();
    await other.login(token!);
    expect(await (await other.request("/ingest")).text()).toContain('action="/ingest/text"');
    const revoked = await b.post("/tokens/revoke", { csrf, id: String(record.id) });
    expect(revoked.status).toBe(200);
    expect(await revoked.text()).toContain("トークンを失効させました");
    expect(await (await other.request("/ingest")).text()).not.toContain('action="/ingest/text"');
  });

  it("refuses token creation without the CSRF field", async () => {
    const b = new Browser();
    await b.login(adminToken, "/tokens");
    const count = (await server.store.tokens()).length;
    expect((await b.post("/tokens", { role: "admin", name: "x" })).status).toBe(403);
    expect((await server.store.tokens()).length).toBe(count);
  });
});

describe("the edit form", () => {
  it("renders field, value and reason with the CSRF token, or a login link without a session", async () => {
    const form = (<EditForm lang="ja" incidentId={7} csrf="abc" />).toString();
    expect(form).toContain('action="/incidents/7/edit"');
    expect(form).toContain('name="csrf" value="abc"');
    expect(form).toContain('<option value="cause">原因</option>');
    expect(form).toContain('name="reason"');
    const visitor = (<EditForm lang="en" incidentId={7} csrf={null} />).toString();
    expect(visitor).toContain('href="/login?next=%2Fincidents%2F7"');
    expect(visitor).not.toContain("<form");
  });

  it("applies a correction posted with the CSRF token, audited with the session's name", async () => {
    const b = new Browser();
    await b.login(editorToken);
    const csrf = csrfIn(await (await b.request("/ingest")).text());
    const incident = (await server.store.listIncidents({ text: "ミナトネットショップ" })).items[0]!;
    const refused = await b.post(`/incidents/${incident.id}/edit`, {
      field: "cause",
      value: "phishing",
      reason: "続報",
    });
    expect(refused.status).toBe(403);
    expect((await server.store.getIncident(incident.id))!.cause).toBe(incident.cause);
    const bad = await b.post(`/incidents/${incident.id}/edit`, {
      csrf,
      field: "cause",
      value: "hacking",
      reason: "続報",
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("value for cause");
    const res = await b.post(`/incidents/${incident.id}/edit`, {
      csrf,
      field: "affected",
      value: "30,000",
      reason: "続報で確定",
    });
    expect([res.status, res.headers.get("location")]).toEqual([303, `/incidents/${incident.id}`]);
    const after = (await server.store.getIncident(incident.id))!;
    expect(after.affected).toEqual({ value: 30000, qualifier: "exact", unit: "people" });
    expect((await server.store.audit(after.key)).at(-1)).toMatchObject({
      who: "編集者B",
      field: "affected",
      why: "続報で確定",
    });
    const visitor = await new Browser().post(`/incidents/${incident.id}/edit`, {
      csrf,
      field: "cause",
      value: "loss",
      reason: "x",
    });
    expect(visitor.status).toBe(401);
  });
});

describe("requireReadToken", () => {
  it("sends visitors of every page to the login", async () => {
    const closed = await createTestServer({ config: { requireReadToken: true } });
    try {
      const res = await closed.app.request("/");
      expect([res.status, res.headers.get("location")]).toEqual([303, "/login?next=%2F"]);
      expect((await closed.app.request("/login")).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});
