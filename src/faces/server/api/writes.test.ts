/** The write API in process: auth on every write route, ingest, corrections, feeds, tokens, watchlists and webhooks. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalHttp, startLocalHttp } from "../../../../test/support/local-http.js";
import { createTestServer, type Json, SERVER_ARTICLES, type TestServer } from "../../../../test/support/server.js";
import { createToken } from "../auth/token.js";
import { jobsOf } from "../jobs.js";

/** Fictional articles in our own words. */
const SORANO =
  "# published: 2025-02-03\n\n株式会社ソラノ書房は2日、通販サイトへの不正アクセスにより会員約4,500人分の氏名とメールアドレスが流出した可能性があると発表した。\n";
const KAWABE =
  "# published: 2025-02-10\n\n川辺町は7日、町立小学校の児童120人分の成績表を記録したUSBメモリを紛失したと発表した。\n";
const DUMP = `氏名,メール,電話\n${Array.from({ length: 40 }, (_, i) => `利用者${i},user${i}@example.jp,090-1234-${String(1000 + i)}`).join("\n")}\n`;

let server: TestServer;
let admin: string;
let editor: string;
let revoked: string;
let local: LocalHttp;

const auth = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
});
const jsonBody = (body: unknown, init: RequestInit = {}): RequestInit => ({
  method: "POST",
  ...init,
  headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  body: JSON.stringify(body),
});
async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Json }> {
  const res = await server.app.request(path, init);
  const text = await res.text();
  return { status: res.status, body: text === "" ? null : JSON.parse(text) };
}

beforeAll(async () => {
  local = await startLocalHttp();
  server = await createTestServer({ articles: SERVER_ARTICLES });
  const at = "2026-11-24T00:00:00Z";
  admin = (await createToken(server.store, "admin", "管理者", at)).token;
  editor = (await createToken(server.store, "editor", "編集者A", at)).token;
  const r = await createToken(server.store, "editor", "old", at);
  await server.store.revokeToken(r.record.id, at);
  revoked = r.token;
});
afterAll(async () => {
  await server.close();
  await local.close();
});

describe("every write route needs a token", () => {
  type Op = { method: string; path: string; security: unknown; summary: string };
  const operations = async (): Promise<Op[]> => {
    const doc: Json = (await call("/api/openapi.json")).body;
    return Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        security: op.security,
        summary: op.summary,
      })),
    );
  };
  const request = (op: Op, token?: string) =>
    call(`/api${op.path.replace(/\{[^}]+\}/g, "1")}`, {
      method: op.method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(op.method === "GET" || op.method === "DELETE" ? {} : { body: "{}" }),
    });

  it("finds the write routes in the OpenAPI document, each declaring bearer security", async () => {
    const writes = (await operations()).filter((o) => o.method !== "GET");
    expect(writes.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        "POST /ingest",
        "PATCH /incidents/{id}",
        "POST /feeds",
        "DELETE /feeds",
        "POST /feeds/poll",
        "POST /tokens",
        "DELETE /tokens/{id}",
        "POST /watchlists",
        "DELETE /watchlists/{id}",
      ]),
    );
    for (const op of writes)
      expect({ op: `${op.method} ${op.path}`, security: op.security }).toEqual({
        op: `${op.method} ${op.path}`,
        security: [{ bearer: [] }],
      });
  });

  it("refuses every write without a token, with a malformed one and with a revoked one (401, JSON)", async () => {
    const writes = (await operations()).filter((o) => o.method !== "GET");
    for (const op of writes) {
      for (const token of [undefined, "roei_not-a-real-token", revoked]) {
        const r = await request(op, token);
        expect({
          op: `${op.method} ${op.path}`,
          token: token?.slice(0, 8),
          status: r.status,
          code: r.body?.error?.code,
        }).toEqual({
          op: `${op.method} ${op.path}`,
          token: token?.slice(0, 8),
          status: 401,
          code: "unauthorized",
        });
      }
    }
  });

  it("refuses admin routes (and token listing) to an editor with 403", async () => {
    const adminOps = (await operations()).filter((o) => /\(admin\)/.test(o.summary));
    expect(adminOps.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      "DELETE /tokens/{id}",
      "GET /tokens",
      "POST /tokens",
    ]);
    for (const op of adminOps) {
      const r = await request(op, editor);
      expect({ op: `${op.method} ${op.path}`, status: r.status, code: r.body.error.code }).toEqual({
        op: `${op.method} ${op.path}`,
        status: 403,
        code: "forbidden",
      });
    }
  });

  it("keeps reading open by default, and the GET routes that declare security closed", async () => {
    expect((await call("/api/incidents")).status).toBe(200);
    for (const op of (await operations()).filter((o) => o.method === "GET" && o.security)) {
      expect({ path: op.path, status: (await request(op)).status }).toEqual({ path: op.path, status: 401 });
    }
  });

  it("requires a token for reading when requireReadToken is set", async () => {
    const closed = await createTestServer({ config: { requireReadToken: true } });
    try {
      const token = (await createToken(closed.store, "editor", "reader", "2026-01-01T00:00:00Z")).token;
      expect((await closed.app.request("/api/incidents")).status).toBe(401);
      expect((await closed.app.request("/api/incidents", auth(token))).status).toBe(200);
      expect((await closed.app.request("/api/openapi.json")).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe("POST /api/ingest", () => {
  it("ingests pasted text and returns the outcome and incident keys; the same text again changes nothing", async () => {
    const r = await call("/api/ingest", auth(editor, jsonBody({ text: SORANO })));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "added", error: null });
    expect(r.body.key).toMatch(/^paste:[0-9a-f]{16}$/);
    expect(r.body.incident_keys).toHaveLength(1);
    const list = await call(`/api/incidents?q=${encodeURIComponent("ソラノ書房")}`);
    expect(list.body.items.map((i: Json) => i.key)).toEqual(r.body.incident_keys);
    const again = await call("/api/ingest", auth(editor, jsonBody({ text: SORANO })));
    expect(again.body).toMatchObject({ status: "unchanged", incident_keys: [] });
  });

  it("takes a multipart file upload", async () => {
    const form = new FormData();
    form.set("file", new File([KAWABE], "kawabe.txt", { type: "text/plain" }));
    const r = await call("/api/ingest", auth(editor, { method: "POST", body: form }));
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("added");
    expect(r.body.key).toMatch(/^upload:[0-9a-f]{16}\/kawabe\.txt$/);
    expect((await call(`/api/incidents?q=${encodeURIComponent("川辺町")}`)).body.total).toBe(1);
  });

  it.each([
    [{}, "give text or url"],
    [{ text: "本文", url: "https://example.jp/a" }, "give text or url"],
    [{ text: "本文", published: "2025/02/03" }, "published"],
    [{ url: "not a url" }, "url"],
    [{ text: "本文", extra: 1 }, "extra|unrecognized"],
  ])("answers %j with a one-line 400", async (body, message) => {
    const r = await call("/api/ingest", auth(editor, jsonBody(body)));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("bad_request");
    expect(r.body.error.message).toMatch(new RegExp(message, "i"));
    expect(r.body.error.message).not.toContain("\n");
  });

  it("refuses a dump of personal data with 422 and stores nothing", async () => {
    const before = await server.store.sourceCount();
    const r = await call("/api/ingest", auth(editor, jsonBody({ text: DUMP })));
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/looks like a dump of personal data/);
    expect(await server.store.sourceCount()).toBe(before);
    const form = new FormData();
    form.set("file", new File([DUMP], "list.csv", { type: "text/csv" }));
    expect((await call("/api/ingest", auth(editor, { method: "POST", body: form }))).status).toBe(422);
  });

  it("refuses a URL at a private address unless allowPrivate, and fetches it when allowed", async () => {
    local.answer("/news/1.html", {
      type: "text/html; charset=utf-8",
      body: `<html><head><title>お知らせ</title></head><body><article><p>${KAWABE.split("\n\n")[1]}</p><p>町は保護者に説明した。</p></article></body></html>`,
    });
    const refused = await call("/api/ingest", auth(editor, jsonBody({ url: local.url("/news/1.html") })));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/refused address 127\.0\.0\.1/);
    const open = await createTestServer({ config: { allowPrivate: true } });
    try {
      const token = (await createToken(open.store, "editor", "e", "2026-01-01T00:00:00Z")).token;
      const res = await open.app.request("/api/ingest", auth(token, jsonBody({ url: local.url("/news/1.html") })));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ key: local.url("/news/1.html"), status: "added" });
    } finally {
      await open.close();
    }
  });

  it("refuses ?queue=1 on SQLite with a 400", async () => {
    const r = await call("/api/ingest?queue=1", auth(editor, jsonBody({ url: "https://example.jp/a" })));
    expect([r.status, r.body.error.message]).toEqual([400, "queue=1 needs the PostgreSQL engine (DATABASE_URL)"]);
  });
});

describe("PATCH /api/incidents/{id}", () => {
  it("corrects a field, records the token's name and the reason in the audit log", async () => {
    const list = await call(`/api/incidents?q=${encodeURIComponent("北浜市")}`);
    const id = list.body.items[0].id;
    const r = await call(
      `/api/incidents/${id}`,
      auth(editor, jsonBody({ field: "cause", value: "theft", reason: "続報で盗難と判明" }, { method: "PATCH" })),
    );
    expect(r.status).toBe(200);
    expect(r.body.cause).toBe("theft");
    expect(r.body.corrected).toContain("cause");
    const audit = await server.store.audit(r.body.key);
    expect(audit.at(-1)).toMatchObject({
      who: "編集者A",
      field: "cause",
      oldValue: "loss",
      newValue: "theft",
      why: "続報で盗難と判明",
    });
    const count = await call(
      `/api/incidents/${id}`,
      auth(
        editor,
        jsonBody(
          { field: "affected", value: { value: 1300, qualifier: "approx", unit: "people" }, reason: "訂正" },
          { method: "PATCH" },
        ),
      ),
    );
    expect(count.body.affected).toEqual({ value: 1300, qualifier: "approx", unit: "people" });
  });

  it.each([
    [{ field: "cause", value: "hacking", reason: "r" }, /value for cause/],
    [{ field: "announced", value: "2024/05/01", reason: "r" }, /YYYY-MM-DD/],
    [{ field: "affected", value: 5, reason: "r" }, /value for affected/],
    [{ field: "secret", value: "x", reason: "r" }, /field/],
    [{ field: "cause", value: "loss", reason: " " }, /reason/],
    [{ field: "cause", value: "loss" }, /reason/],
  ])("answers %j with a one-line 400", async (body, message) => {
    const r = await call("/api/incidents/1", auth(editor, jsonBody(body, { method: "PATCH" })));
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(message);
  });

  it("answers an unknown incident with 404", async () => {
    const r = await call(
      "/api/incidents/999999",
      auth(editor, jsonBody({ field: "cause", value: "loss", reason: "r" }, { method: "PATCH" })),
    );
    expect(r.status).toBe(404);
  });
});

describe("/api/feeds", () => {
  it("adds, lists, polls (items ingested, state kept) and removes a feed", async () => {
    local.answer("/feed.rss", {
      type: "application/rss+xml",
      headers: { etag: '"v1"' },
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${local.url("/")}</link><description>d</description>
        <item><title>流出</title><link>${local.url("/news/2.html")}</link><guid>n2</guid><pubDate>Mon, 03 Feb 2025 10:00:00 +0900</pubDate></item>
        </channel></rss>`,
    });
    local.answer("/news/2.html", {
      type: "text/html; charset=utf-8",
      body: `<html><body><article><p>${SORANO.split("\n\n")[1]!.replace("ソラノ書房", "ウミベ書店")}</p><p>同社は会員に謝罪した。</p></article></body></html>`,
    });
    const open = await createTestServer({ config: { allowPrivate: true } });
    try {
      const token = (await createToken(open.store, "editor", "e", "2026-01-01T00:00:00Z")).token;
      const add = await open.app.request("/api/feeds", auth(token, jsonBody({ url: local.url("/feed.rss") })));
      expect(add.status).toBe(201);
      const poll = await open.app.request("/api/feeds/poll", auth(token, { method: "POST" }));
      const polled: Json = await poll.json();
      expect(polled.ok).toBe(true);
      expect(polled.items[0]).toMatchObject({
        url: local.url("/feed.rss"),
        etag: '"v1"',
        last_polled_at: expect.any(String),
        last_error: null,
      });
      expect(
        ((await (await open.app.request(`/api/incidents?q=${encodeURIComponent("ウミベ書店")}`)).json()) as Json).total,
      ).toBe(1);
      const del = await open.app.request(
        `/api/feeds?url=${encodeURIComponent(local.url("/feed.rss"))}`,
        auth(token, { method: "DELETE" }),
      );
      expect(del.status).toBe(204);
      expect(((await (await open.app.request("/api/feeds")).json()) as Json).items).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it("refuses a feed at a private address without allowPrivate, and a bad URL", async () => {
    expect(
      (await call("/api/feeds", auth(editor, jsonBody({ url: "http://10.0.0.8/feed.rss" })))).body.error.message,
    ).toMatch(/refused address 10\.0\.0\.8/);
    expect((await call("/api/feeds", auth(editor, jsonBody({ url: "ftp://example.jp/feed" })))).status).toBe(400);
    expect(
      (
        await call(
          `/api/feeds?url=${encodeURIComponent("https://example.jp/none.rss")}`,
          auth(editor, { method: "DELETE" }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("/api/tokens (admin)", () => {
  it("creates a token shown once, lists without secrets, revokes it so it no longer works", async () => {
    const created = await call("/api/tokens", auth(admin, jsonBody({ role: "editor", name: "連携bot" })));
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^roei_/);
    const list = await call("/api/tokens", auth(admin));
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.items.find((t: Json) => t.id === created.body.id)).not.toHaveProperty("token");
    expect(list.body.items.every((t: Json) => !("hash" in t))).toBe(true);
    // Using a token records when (the test clock).
    expect(list.body.items.find((t: Json) => t.name === "管理者").last_used_at).toBe("2026-11-24T09:00:00.000Z");
    expect((await call("/api/watchlists", auth(token))).status).toBe(200);
    expect((await call(`/api/tokens/${created.body.id}`, auth(admin, { method: "DELETE" }))).status).toBe(204);
    expect((await call("/api/watchlists", auth(token))).status).toBe(401);
    expect((await call(`/api/tokens/${created.body.id}`, auth(admin, { method: "DELETE" }))).status).toBe(404);
    expect((await call("/api/tokens", auth(admin, jsonBody({ role: "root" })))).status).toBe(400);
  });
});

describe("/api/watchlists and webhooks", () => {
  it("refuses webhooks at private, loopback and metadata addresses at creation", async () => {
    for (const url of ["http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data"]) {
      const r = await call("/api/watchlists", auth(editor, jsonBody({ name: "w", query: {}, webhook_url: url })));
      expect({ url, status: r.status, message: r.body.error.message }).toEqual({
        url,
        status: 400,
        message: expect.stringMatching(/refused address/),
      });
    }
    const open = await createTestServer({ config: { allowPrivate: true } });
    try {
      const token = (await createToken(open.store, "editor", "e", "2026-01-01T00:00:00Z")).token;
      const metadata = await open.app.request(
        "/api/watchlists",
        auth(token, jsonBody({ name: "w", query: {}, webhook_url: "http://169.254.169.254/x" })),
      );
      expect(metadata.status).toBe(400);
    } finally {
      await open.close();
    }
  });

  it("validates the query as /api/incidents does", async () => {
    const r = await call(
      "/api/watchlists",
      auth(editor, jsonBody({ name: "w", query: { cause: "hacking" }, webhook_url: "https://hooks.example.jp/a" })),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^query\.cause: /);
  });

  it("POSTs new matching incidents to the webhook after an ingest, only those, and retries after a failure", async () => {
    const open = await createTestServer({ articles: SERVER_ARTICLES, config: { allowPrivate: true } });
    try {
      const token = (await createToken(open.store, "editor", "e", "2026-01-01T00:00:00Z")).token;
      const jobs = jobsOf(open.ctx);
      local.answer("/hook", { status: 204 });
      const created = await open.app.request(
        "/api/watchlists",
        auth(
          token,
          jsonBody({
            name: "不正アクセス",
            query: { q: "不正アクセス", from: "2025" },
            webhook_url: local.url("/hook"),
          }),
        ),
      );
      expect(created.status).toBe(201);
      const w: Json = await created.json();
      expect(w.last_incident_id).toBeGreaterThan(0); // existing incidents are not announced
      const hooks = () => local.received.filter((r) => r.path === "/hook");
      await open.app.request("/api/ingest", auth(token, jsonBody({ text: KAWABE })));
      await jobs.idle();
      expect(hooks()).toHaveLength(0); // 紛失, not 不正アクセス
      await open.app.request("/api/ingest", auth(token, jsonBody({ text: SORANO })));
      await jobs.idle();
      expect(hooks()).toHaveLength(1);
      const message = JSON.parse(hooks()[0]!.body);
      expect(hooks()[0]!.headers["content-type"]).toMatch(/^application\/json/);
      expect(message.watchlist).toEqual({ id: w.id, name: "不正アクセス", query: { q: "不正アクセス", from: "2025" } });
      expect(message.incidents.map((i: Json) => i.organization)).toEqual(["株式会社ソラノ書房"]);
      expect(message.incidents[0]).toMatchObject({ cause: "unauthorized_access", affected: { value: 4500 } });

      local.answer("/hook", { status: 503 });
      const third = SORANO.replace(/ソラノ書房/g, "ミドリ商会")
        .replace("2日", "9日")
        .replace("2025-02-03", "2025-02-11");
      await open.app.request("/api/ingest", auth(token, jsonBody({ text: third })));
      await jobs.idle();
      const failed: Json = await (await open.app.request("/api/watchlists", auth(token))).json();
      expect(failed.items[0].last_error).toMatch(/HTTP 503/);
      expect(hooks()).toHaveLength(2);
      local.answer("/hook", { status: 200 });
      jobs.afterIngest();
      await jobs.idle();
      expect(hooks()).toHaveLength(3);
      expect(JSON.parse(hooks()[2]!.body).incidents.map((i: Json) => i.organization)).toEqual(["株式会社ミドリ商会"]);
      const after: Json = await (await open.app.request("/api/watchlists", auth(token))).json();
      expect(after.items[0].last_error).toBeNull();
      expect((await open.app.request(`/api/watchlists/${w.id}`, auth(token, { method: "DELETE" }))).status).toBe(204);
    } finally {
      await open.close();
    }
  });

  it("refuses delivery to a private address when allowPrivate is off, and records why", async () => {
    const before = local.received.length;
    const w = await server.store.addWatchlist({
      name: "stored earlier",
      query: {},
      webhookUrl: local.url("/hook"),
      createdAt: "2026-01-01T00:00:00Z",
      lastIncidentId: 0,
    });
    jobsOf(server.ctx).afterIngest();
    await jobsOf(server.ctx).idle();
    const found = (await server.store.watchlists()).find((x) => x.id === w.id);
    expect(found?.lastError).toMatch(/refused address 127\.0\.0\.1/);
    expect(found?.lastIncidentId).toBe(0);
    expect(local.received.length).toBe(before);
    await server.store.removeWatchlist(w.id);
  });
});
