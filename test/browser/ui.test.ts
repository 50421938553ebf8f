/**
 * The web UI as a person uses it, in Debian's Chromium against the real server on the sample corpus: search (a word
 * and one character), open an incident, follow an evidence link to its highlighted sentence, the 統計 charts drawn with
 * data, the exposure check sending nothing typed, and keyboard access. A full-page screenshot of each step goes to
 * test-artifacts/screenshots/ui-*.png.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, HAVE_CHROMIUM, type LiveServer, launchChromium, SCREENSHOTS, startSampleServer } from "./harness.js";

if (!HAVE_CHROMIUM)
  console.warn(`test/browser/ui.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

// biome-ignore lint/suspicious/noExplicitAny: API answers are checked by the assertions
type Json = any;
/** The browser's globals, used only inside page.evaluate callbacks (the project compiles without the DOM library). */
declare const window: Json, document: Json, location: Json, localStorage: Json, sessionStorage: Json;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `ui-${name}.png`), fullPage: true });

describe.skipIf(!HAVE_CHROMIUM)("web UI in Chromium (sample corpus)", () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const api = async (path: string): Promise<Json> => {
    const res = await fetch(`${server.url}${path}`);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res.json();
  };

  /** Whether the incident behind a list row contains the term where the search looks (src/storage/search-document.ts). */
  const incidentContains = async (id: number, term: string): Promise<boolean> => {
    const d = await api(`/api/incidents/${id}`);
    const own = [d.organization, ...d.also, d.evidence, ...d.cves, ...(d.vector ?? [])].join("\n");
    if (own.includes(term)) return true;
    for (const sourceId of d.sourceIds as number[]) {
      const s = await api(`/api/sources/${sourceId}`);
      if (`${s.title ?? ""}\n${s.text}`.includes(term)) return true;
    }
    return false;
  };

  /** Types a query into the list page's search box and submits it with Enter; returns the result rows' ids and texts. */
  const search = async (term: string): Promise<{ id: number; text: string }[]> => {
    await page.goto(`${server.url}/`);
    await page.fill("#q", "");
    await page.type("#q", term);
    await Promise.all([page.waitForURL((u) => u.searchParams.get("q") === term), page.press("#q", "Enter")]);
    expect(await page.inputValue("#q")).toBe(term);
    return page.$$eval("table.incidents tbody tr", (rows) =>
      rows.map((r) => ({
        id: Number(r.querySelector("a[href^='/incidents/']")?.getAttribute("href")?.split("/").pop()),
        text: r.textContent ?? "",
      })),
    );
  };

  const expectEveryRowMatches = async (rows: { id: number; text: string }[], term: string) => {
    for (const row of rows) {
      expect(Number.isInteger(row.id), `row without an incident link: ${row.text}`).toBe(true);
      if (row.text.includes(term)) continue;
      expect(await incidentContains(row.id, term), `incident ${row.id} does not contain ${term}`).toBe(true);
    }
  };

  beforeAll(async () => {
    server = await startSampleServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ja-JP" });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  it("searches 流出 from the search box and lists only incidents that contain it", async () => {
    const rows = await search("流出");
    await shot(page, "01-search-ryushutsu");
    expect(rows.length).toBeGreaterThan(0);
    const total = (await api(`/api/incidents?q=${encodeURIComponent("流出")}`)).total as number;
    expect(total).toBeLessThan((await api("/api/incidents")).total); // the term narrows the list
    expect(await page.textContent("p.total")).toContain(String(total));
    await expectEveryRowMatches(rows, "流出");
  }, 60_000);

  it("searches one character (市) and lists incidents that contain it", async () => {
    const rows = await search("市");
    await shot(page, "02-search-one-character");
    expect(rows.length).toBeGreaterThan(0);
    await expectEveryRowMatches(rows, "市");
  }, 60_000);

  it("opens an incident from the list and follows an evidence link to the highlighted sentence, scrolled into view", async () => {
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(`${server.url}/`);
    const first = page.locator("table.incidents tbody tr a[href^='/incidents/']").first();
    const name = (await first.textContent())?.trim() ?? "";
    await Promise.all([page.waitForURL(/\/incidents\/\d+$/), first.click()]);
    await shot(page, "03-incident-detail");
    expect(await page.textContent("h1")).toContain(name);
    // The evidence link that points furthest into its source: the sentence is then well below the page top.
    const links = await page.$$eval("table.evidence li", (items) =>
      items
        .map((li, index) => {
          const a = li.querySelector("a.evidence-link");
          const q = li.querySelector("q");
          const hl = a ? new URL(a.getAttribute("href") ?? "", location.href).searchParams.get("hl") : null;
          return { index, quote: q?.textContent ?? "", start: hl ? Number(hl.split("-")[0]) : -1 };
        })
        .filter((x) => x.start >= 0 && x.quote !== ""),
    );
    expect(links.length).toBeGreaterThan(0);
    const target = links.reduce((a, b) => (b.start > a.start ? b : a));
    await Promise.all([
      page.waitForURL(/\/sources\/\d+\?hl=\d+-\d+#hl$/),
      page.locator("table.evidence li").nth(target.index).locator("a.evidence-link").click(),
    ]);
    const mark = page.locator("mark#hl");
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(target.quote);
    // In view: the whole mark lies inside the viewport (the #hl fragment scrolled to it).
    await expect
      .poll(async () => {
        const box = await mark.boundingBox();
        const viewport = page.viewportSize();
        return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
      })
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "ui-04-source-highlight-viewport.png") });
    await shot(page, "04-source-highlight");
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 60_000);

  it("opens 統計 from the menu and every chart is drawn with data", async () => {
    await page.goto(`${server.url}/`);
    await Promise.all([page.waitForURL(/\/stats$/), page.click("header.site nav a[href='/stats']")]);
    const expected = await page.$eval("#stats-data", (el) => Object.keys(JSON.parse(el.textContent ?? "{}").charts));
    expect(expected.length).toBeGreaterThanOrEqual(5);
    await page.waitForSelector(".chart[data-drawn='true']");
    const charts = await page.$$eval(".chart[data-chart]", (els) =>
      els.map((el) => {
        const echarts = window.echarts; // the global of /static/echarts.min.js
        const instance = echarts?.getInstanceByDom(el);
        const series = (instance?.getOption().series ?? []) as { data?: unknown[] }[];
        const values = series.flatMap((s) =>
          (s.data ?? []).map((d) =>
            typeof d === "number" ? d : Number((d as { value?: unknown } | null)?.value ?? Number.NaN),
          ),
        );
        return {
          id: (el as Json).dataset.chart,
          drawn: instance !== undefined,
          series: series.length,
          nonZero: values.filter((v) => Number.isFinite(v) && v !== 0).length,
          graphics: el.querySelectorAll("svg, canvas").length,
        };
      }),
    );
    await shot(page, "05-stats");
    expect(charts.map((c) => c.id).sort()).toEqual([...expected].sort());
    for (const chart of charts) {
      expect(chart, `chart ${chart.id}`).toMatchObject({ drawn: true });
      expect(chart.series, `chart ${chart.id} series`).toBeGreaterThan(0);
      expect(chart.nonZero, `chart ${chart.id} has no non-zero value`).toBeGreaterThan(0);
      expect(chart.graphics, `chart ${chart.id} has no svg/canvas`).toBeGreaterThan(0);
    }
  }, 60_000);

  it("runs the exposure check in the browser: a match is shown and no request carries what was typed", async () => {
    const incidents = (await api("/api/incidents?limit=100")).items as Json[];
    const orgs = [...new Set(incidents.map((i) => i.organization as string))].filter((o) => o.length >= 4);
    expect(orgs.length).toBeGreaterThanOrEqual(2);
    const [org, second] = orgs as [string, string];
    const marker = "ROEI私的マーカー-7f3q9 東雲三丁目クリニック";
    const typed = [org, second, marker];

    const own = await context.newPage();
    const requests: Request[] = [];
    own.on("request", (r) => requests.push(r));
    await own.goto(`${server.url}/exposure`, { waitUntil: "networkidle" });
    const before = requests.length;
    await own.fill("#exposure-names", "");
    await own.type("#exposure-names", typed.join("\n"));
    await own.click("#exposure-check");
    await own.waitForSelector("#exposure-results article.exposure-match");
    await own.waitForLoadState("networkidle");
    await shot(own, "06-exposure-check");

    const shown = await own.$$eval("#exposure-results article.exposure-match h3", (hs) => hs.map((h) => h.textContent));
    expect(shown).toContain(org);
    expect(shown).toContain(second);
    expect(shown).toHaveLength(2); // the private marker matches nothing
    expect(await own.textContent("#exposure-results")).toContain(org);

    // After typing began, the only request is the index (no parameters, no body).
    const after = requests.slice(before);
    expect(after.map((r) => `${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`)).toEqual([
      "GET /api/exposure-index.json",
    ]);
    expect(after[0]?.postData() ?? null).toBeNull();
    // No request of the page's whole life carries any typed line: raw, URL-encoded, JSON-escaped, or \u-escaped.
    const forms = typed.flatMap((s) => [
      s,
      encodeURIComponent(s),
      encodeURIComponent(s).toLowerCase(),
      new URLSearchParams({ x: s }).toString().slice(2),
      JSON.stringify(s).slice(1, -1),
      [...s].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
    ]);
    for (const r of requests) {
      const headers = await r.allHeaders();
      const carried = [r.url(), JSON.stringify(headers), r.postData() ?? ""].join("\n");
      for (const form of forms) expect(carried.includes(form), `${r.method()} ${r.url()} carries ${form}`).toBe(false);
    }
    // Nor is it kept where a later request could pick it up.
    const kept = await own.evaluate(
      () => `${document.cookie}\n${JSON.stringify({ ...localStorage, ...sessionStorage })}`,
    );
    for (const s of typed) expect(kept).not.toContain(s);
    await own.close();
  }, 60_000);

  it("keyboard: Tab reaches the skip link first and the search box soon after; Enter on the skip link focuses main", async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => ({
      className: document.activeElement?.className,
      href: document.activeElement?.getAttribute("href"),
    }));
    expect(first).toEqual({ className: "skip", href: "#main" });
    await shot(page, "07-keyboard-skip-link");
    let presses = 1;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "q" && presses < 20) {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    // Skip link, brand, the menu and the language switch come first: the search box is the first control after them.
    expect(presses).toBeLessThanOrEqual(15);

    await page.goto(`${server.url}/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
    // The next Tab continues inside the content: the search box is the first control of main on this page.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await shot(page, "08-keyboard-main");
  }, 60_000);
});
