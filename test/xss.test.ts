/**
 * XSS corpus, in process: articles and organization names carrying markup (test/support/xss-corpus.ts) render inert on
 * every page, API answer, export and feed that shows them, and request parameters reflected into pages are escaped.
 * The browser half (test/browser/xss.test.ts) loads the same corpus and watches for anything that runs.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonScript } from "../src/faces/server/web/json-script.js";
import { createTestServer, type Json, TEST_NOW, type TestServer } from "./support/server.js";
import {
  htmlProblems,
  jsonStrings,
  type LoadedXssCorpus,
  loadXssCorpus,
  pageText,
  textOf,
  XSS_ORGANIZATIONS,
  XSS_PAYLOADS,
} from "./support/xss-corpus.js";

const ALL = [...XSS_PAYLOADS, ...XSS_ORGANIZATIONS];

describe("XSS corpus renders inert", () => {
  let server: TestServer;
  let corpus: LoadedXssCorpus;

  const get = async (path: string) => {
    const res = await server.app.request(path);
    return {
      status: res.status,
      type: res.headers.get("content-type") ?? "",
      headers: res.headers,
      body: await res.text(),
    };
  };

  /** An HTML page: inert (htmlProblems), and showing `shown` as text a reader sees. */
  const expectInertPage = async (path: string, shown: readonly string[], status = 200) => {
    const res = await get(path);
    expect(res.status, path).toBe(status);
    expect(res.type, path).toMatch(/^text\/html/);
    expect(htmlProblems(res.body, ALL), path).toEqual([]);
    const text = pageText(res.body);
    for (const s of shown) expect(text, `${path} shows ${s}`).toContain(s);
    return res.body;
  };

  beforeAll(async () => {
    server = await createTestServer();
    corpus = await loadXssCorpus(server.store, () => TEST_NOW);
    server.ctx.cache.invalidate();
  }, 60_000);

  afterAll(async () => server.close());

  it("stores the names and texts as given (the corpus is really there)", async () => {
    expect(corpus.incidents.map((i) => i.organization)).toEqual(XSS_ORGANIZATIONS);
    const texts = await Promise.all(corpus.sourceIds.map(async (id) => (await server.store.getSource(id))?.text ?? ""));
    for (const p of XSS_PAYLOADS) expect(texts.join("\n"), p).toContain(p);
  });

  it("list, search, organizations, statistics and exposure pages show the names as text", async () => {
    await expectInertPage("/", XSS_ORGANIZATIONS);
    await expectInertPage("/?sort=affected&order=asc", XSS_ORGANIZATIONS);
    await expectInertPage("/organizations", XSS_ORGANIZATIONS);
    await expectInertPage("/stats", []);
    await expectInertPage("/campaigns", []);
    await expectInertPage("/exposure", []);
    const orgs = (JSON.parse((await get("/api/organizations?limit=100")).body) as Json).items as Json[];
    for (const name of XSS_ORGANIZATIONS) {
      const org = orgs.find((o) => o.name === name);
      expect(org, name).toBeDefined();
      await expectInertPage(`/organizations/${org.id}`, [name]);
    }
  });

  it("incident pages show the name, the quoted evidence and the history as text", async () => {
    for (const i of corpus.incidents) {
      const html = await expectInertPage(`/incidents/${i.id}`, [i.organization]);
      // The edit history shows the corrected value; the title carries the name escaped.
      expect(html).toMatch(/<title>[^<]*<\/title>/);
    }
  });

  it("source pages show the article text with every payload as text, highlighted or not", async () => {
    for (const id of corpus.sourceIds) {
      const source = await server.store.getSource(id);
      const inText = XSS_PAYLOADS.filter((p) => source?.text.includes(p));
      expect(inText.length).toBeGreaterThan(0);
      await expectInertPage(`/sources/${id}`, inText);
      const at = source?.text.indexOf(inText[0] ?? "") ?? 0;
      const html = await expectInertPage(`/sources/${id}?hl=${at}-${at + (inText[0]?.length ?? 0)}`, inText);
      expect(textOf(html, "mark#hl")).toBe(inText[0]);
    }
  });

  it("a source key with a javascript: URL is shown as text, never as a link", async () => {
    const id = corpus.sourceIds[2];
    const html = await expectInertPage(`/sources/${id}`, ["javascript:window.__xss='key'//xss-c.txt"]);
    expect(html).not.toMatch(/href="\s*javascript:/i);
  });

  it("request parameters reflected into pages are escaped (search box, errors, 404 path, login next)", async () => {
    for (const p of XSS_PAYLOADS) {
      const q = encodeURIComponent(p);
      await expectInertPage(`/?q=${q}`, []);
      await expectInertPage(`/organizations?q=${q}`, []);
      await expectInertPage(`/login?next=${q}`, []);
      const stats = await get(`/stats?from=${q}`);
      expect(stats.status).toBe(400);
      expect(htmlProblems(stats.body, ALL)).toEqual([]);
      const hl = await get(`/sources/${corpus.sourceIds[0]}?hl=${q}`);
      expect(hl.status).toBe(400);
      expect(htmlProblems(hl.body, ALL)).toEqual([]);
      const missing = await get(`/no-such/${q}`);
      expect(missing.status).toBe(404);
      expect(htmlProblems(missing.body, ALL)).toEqual([]);
      const campaigns = await get(`/campaigns?key=${q}`);
      expect([200, 400, 404]).toContain(campaigns.status);
      if (campaigns.type.startsWith("text/html")) expect(htmlProblems(campaigns.body, ALL)).toEqual([]);
      else expect(campaigns.type).toMatch(/^text\/plain/);
    }
    // The search box keeps the query as its value: the payload survives as data, not as markup.
    const page = await get(`/?q=${encodeURIComponent(XSS_PAYLOADS[5] ?? "")}`);
    expect(page.body).toContain('value="&quot;&gt;&lt;script&gt;window.__xss=&quot;breakout&quot;&lt;/script&gt;');
  });

  it("JSON answers are JSON (never sniffed as HTML) and carry the strings as data", async () => {
    const check = async (path: string, expected: readonly string[]) => {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.type, path).toMatch(/^application\/json/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      const strings = jsonStrings(JSON.parse(res.body));
      for (const s of expected)
        expect(
          strings.some((x) => x.includes(s)),
          `${path}: ${s}`,
        ).toBe(true);
    };
    await check("/api/incidents?limit=100", XSS_ORGANIZATIONS);
    await check("/api/exposure-index.json", XSS_ORGANIZATIONS);
    await check("/api/organizations?limit=100", XSS_ORGANIZATIONS);
    await check("/api/exports?format=json", XSS_ORGANIZATIONS);
    for (const i of corpus.incidents) await check(`/api/incidents/${i.id}`, [i.organization]);
    for (const id of corpus.sourceIds) {
      const text = (await server.store.getSource(id))?.text ?? "";
      await check(
        `/api/sources/${id}`,
        XSS_PAYLOADS.filter((p) => text.includes(p)),
      );
    }
  });

  it("the CSV export is served as CSV (an attachment), not as a page", async () => {
    const res = await get("/api/exports?format=csv");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv/);
    for (const name of XSS_ORGANIZATIONS) expect(res.body).toContain(name.replace(/"/g, '""'));
  });

  it("Atom feeds are well-formed XML with the names as text", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false });
    for (const path of [
      "/feed.atom",
      "/feed.atom?sort=affected",
      `/feed.atom?q=${encodeURIComponent(XSS_PAYLOADS[0] ?? "")}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.type, path).toMatch(/^application\/atom\+xml/);
      expect(XMLValidator.validate(res.body), path).toBe(true);
      for (const s of ALL) if (/[<>&]/.test(s)) expect(res.body.includes(s), `${path}: unescaped ${s}`).toBe(false);
      const feed = parser.parse(res.body) as Json;
      const entries = [feed.feed?.entry ?? []].flat() as Json[];
      const hrefs = [feed.feed?.link, ...entries.map((e) => e.link)].flat().map((l) => String(l?.["@_href"] ?? ""));
      expect(hrefs.length, path).toBeGreaterThan(entries.length);
      for (const href of hrefs) expect(href, path).toMatch(/^(https?:\/\/|\/)/);
      if (path === "/feed.atom") {
        const titles = entries.map((e) => String(typeof e.title === "object" ? e.title["#text"] : e.title));
        for (const name of XSS_ORGANIZATIONS)
          expect(
            titles.some((t) => t.includes(name)),
            name,
          ).toBe(true);
      }
    }
  });

  it("a JSON data block keeps </script>, <!-- and U+2028 inside its strings", () => {
    const data = { strings: [...ALL, "\u2028\u2029", "<!--", "<script>"] };
    const html = String(JsonScript({ id: "data", data }));
    expect(htmlProblems(`<!doctype html><html><body>${html}</body></html>`, ALL)).toEqual([]);
    const inner = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
    expect(inner).not.toMatch(/<\/script|<!--|[<>]/i);
    expect(JSON.parse(inner)).toEqual(data);
  });

  it("the checks find markup when it is there (they are not blind)", () => {
    const bad = [
      "<script>window.__xss=1</script>",
      '<img src="x" onerror="window.__xss=1">',
      '<a href=" JaVaScRiPt:window.__xss=1">x</a>',
      '<svg onload="x"></svg>',
      '<script type="application/json">{"a":</script>',
      '<meta http-equiv="refresh" content="0;url=/x">',
    ];
    for (const b of bad) expect(htmlProblems(`<html><body>${b}</body></html>`, []), b).not.toEqual([]);
    expect(htmlProblems("<p>株式会社<b>x</b></p>", ["株式会社<b>x</b>"])).not.toEqual([]);
    expect(htmlProblems("<p>株式会社&lt;b&gt;x&lt;/b&gt;</p>", ["株式会社<b>x</b>"])).toEqual([]);
  });
});
