/**
 * The XSS corpus (test/support/xss-corpus.ts) in Debian's Chromium: the sample server with the corpus articles ingested
 * and organizations renamed to markup by corrections. Every page that shows them is visited with a `window.__xss`
 * canary the payloads try to set and a dialog listener; nothing may fire, the live DOM must stay inert, and the console
 * must show no CSP refusal (which would mean injected inline code reached the page and was only stopped by CSP).
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  htmlProblems,
  type LoadedXssCorpus,
  loadXssCorpus,
  XSS_ORGANIZATIONS,
  XSS_PAYLOADS,
} from "../support/xss-corpus.js";
import { CHROMIUM, HAVE_CHROMIUM, type LiveServer, launchChromium, SCREENSHOTS, startSampleServer } from "./harness.js";

if (!HAVE_CHROMIUM)
  console.warn(`test/browser/xss.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

// biome-ignore lint/suspicious/noExplicitAny: page values are checked by the assertions
type Json = any;
/** The browser's globals, used only inside page.evaluate callbacks (the project compiles without the DOM library). */
declare const window: Json, document: Json, DOMParser: Json;

/**
 * The strings that must not appear raw in the serialized live DOM. Chromium's serializer escapes `&`, `<`, `>` in text
 * (and `&`, `"` in attributes) but leaves quotes in text as they are, so only strings with `<`, `>` or `&` tell.
 */
const MARKUP = [...XSS_PAYLOADS, ...XSS_ORGANIZATIONS].filter((s) => /[<>&]/.test(s));

/** Runs before any page script (DevTools, not subject to CSP): a canary that records every write to window.__xss. */
const CANARY = `
  window.__xssHits = [];
  Object.defineProperty(window, "__xss", {
    configurable: false,
    get() { return undefined; },
    set(v) { window.__xssHits.push(String(v)); },
  });
`;

describe.skipIf(!HAVE_CHROMIUM)("XSS corpus in Chromium: nothing runs", () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let corpus: LoadedXssCorpus;
  const fired: string[] = [];
  const cspConsole: string[] = [];

  /** Opens a page, waits for its scripts, and checks the canary, dialogs, CSP console and the live DOM. */
  const visit = async (path: string, status = 200, after?: (page: Page) => Promise<void>) => {
    const res = await page.goto(`${server.url}${path}`, { waitUntil: "load" });
    expect(res?.status(), path).toBe(status);
    if (after) await after(page);
    const hits = (await page.evaluate(() => window.__xssHits)) as string[];
    expect(hits, `${path}: window.__xss was set`).toEqual([]);
    expect(fired, `${path}: a dialog opened`).toEqual([]);
    expect(cspConsole, `${path}: CSP refused injected code`).toEqual([]);
    expect(htmlProblems(await page.content(), MARKUP, { chartSvg: true }), path).toEqual([]);
    // No link or frame in the live page goes to a script URL (the DOM the browser built, not the source).
    const scriptUrls = await page.evaluate(() =>
      [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .flatMap((el: Json) => ["href", "src", "action", "formaction"].map((a) => el.getAttribute(a) ?? ""))
        .filter((v: string) => /^\s*(javascript|vbscript|data):/i.test(v)),
    );
    expect(scriptUrls, path).toEqual([]);
  };

  beforeAll(async () => {
    server = await startSampleServer();
    corpus = await loadXssCorpus(server.store, () => new Date().toISOString());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(CANARY);
    page = await context.newPage();
    page.on("dialog", (d) => {
      fired.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) cspConsole.push(m.text());
    });
    page.on("pageerror", (e) => cspConsole.push(`page error: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  it("the canary and the listeners work (an injected handler is caught)", async () => {
    const probe = await context.newPage();
    const seen: string[] = [];
    probe.on("dialog", (d) => {
      seen.push(d.message());
      void d.dismiss();
    });
    await probe.goto(`${server.url}/`);
    // Code run through DevTools is not under the page's CSP: it stands in for a payload that got through.
    await probe.evaluate(() => {
      window.__xss = "probe";
      window.alert("probe");
    });
    expect(await probe.evaluate(() => window.__xssHits)).toEqual(["probe"]);
    expect(seen).toEqual(["probe"]);
    // An injected inline handler is refused by CSP, and the console says so: the listener would see it.
    const messages: string[] = [];
    probe.on("console", (m) => messages.push(m.text()));
    await probe.evaluate(() => {
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__xss='inline'");
      img.src = "/static/none.png";
      document.body.append(img);
    });
    await expect.poll(() => messages.some((m) => /Content Security Policy/.test(m))).toBe(true);
    expect(await probe.evaluate(() => window.__xssHits)).toEqual(["probe"]);
    await probe.close();
  }, 60_000);

  it("list, search and organization pages", async () => {
    await visit("/");
    const listed = await page.$$eval("table.incidents tbody td a", (as) => as.map((a: Json) => a.textContent));
    for (const name of XSS_ORGANIZATIONS) expect(listed, name).toContain(name);
    await page.screenshot({ path: join(SCREENSHOTS, "xss-list.png"), fullPage: true });
    // Reflected parameters: a few payloads here (test/xss.test.ts sends every one in process).
    const reflected = [XSS_PAYLOADS[0], XSS_PAYLOADS[1], XSS_PAYLOADS[5], XSS_PAYLOADS[8]] as string[];
    for (const p of reflected) await visit(`/?q=${encodeURIComponent(p)}`);
    expect(await page.inputValue("#q")).toBe(reflected.at(-1));
    await visit("/organizations");
    const orgs = (await (await fetch(`${server.url}/api/organizations?limit=100`)).json()) as Json;
    for (const name of XSS_ORGANIZATIONS) {
      const org = orgs.items.find((o: Json) => o.name === name);
      await visit(`/organizations/${org.id}`);
      expect(await page.textContent("h1")).toContain(name);
    }
  }, 120_000);

  it("incident and source pages, following the evidence links", async () => {
    for (const i of corpus.incidents) {
      await visit(`/incidents/${i.id}`);
      expect(await page.textContent("h1")).toContain(i.organization);
    }
    await page.screenshot({ path: join(SCREENSHOTS, "xss-incident.png"), fullPage: true });
    for (const id of corpus.sourceIds) await visit(`/sources/${id}`);
    // An evidence link of each incident, clicked as a reader would.
    for (const i of corpus.incidents) {
      await visit(`/incidents/${i.id}`);
      const link = page.locator("a.evidence-link").first();
      if ((await link.count()) === 0) continue;
      await Promise.all([page.waitForURL(/\/sources\/\d+\?hl=/), link.click()]);
      await visit(new URL(page.url()).pathname + new URL(page.url()).search);
    }
    const text = await page.textContent(".source-text");
    expect(XSS_PAYLOADS.some((p) => text?.includes(p))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "xss-source.png"), fullPage: true });
  }, 120_000);

  it("statistics, campaigns, errors and the login page", async () => {
    await visit("/stats", 200, (p) => p.waitForSelector(".chart[data-drawn='true']").then(() => undefined));
    await visit("/campaigns");
    for (const p of [XSS_PAYLOADS[0], XSS_PAYLOADS[1], XSS_PAYLOADS[5], XSS_PAYLOADS[8]] as string[]) {
      const q = encodeURIComponent(p);
      await visit(`/stats?from=${q}`, 400);
      await visit(`/no-such/${q}`, 404);
      await visit(`/login?next=${q}`);
      await visit(`/sources/${corpus.sourceIds[0]}?hl=${q}`, 400);
    }
  }, 120_000);

  it("the exposure check shows the organization names as text", async () => {
    await visit("/exposure", 200, async (p) => {
      await p.fill("#exposure-names", XSS_ORGANIZATIONS.join("\n"));
      await p.click("#exposure-check");
      await p.waitForSelector("#exposure-results article.exposure-match");
    });
    const shown = await page.$$eval("#exposure-results article.exposure-match h3", (hs) =>
      hs.map((h: Json) => h.textContent),
    );
    // Names of 1–2 characters after normalization could match nothing; these are all long enough to match themselves.
    for (const name of XSS_ORGANIZATIONS) expect(shown, name).toContain(name);
    await page.screenshot({ path: join(SCREENSHOTS, "xss-exposure.png"), fullPage: true });
  }, 60_000);

  it("the Atom feed parses as XML in the browser and carries the names as text", async () => {
    await visit("/");
    const feed = await page.evaluate(async () => {
      const text = await (await fetch("/feed.atom")).text();
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        titles: [...doc.querySelectorAll("entry > title")].map((t: Json) => t.textContent),
        scripts: doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "script").length,
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.scripts).toBe(0);
    for (const name of XSS_ORGANIZATIONS)
      expect(
        feed.titles.some((t: string) => t.includes(name)),
        name,
      ).toBe(true);
  }, 60_000);
});
