/**
 * Accessibility: axe-core on every page, in Japanese and in English, in Debian's Chromium against the sample corpus.
 * No violation of impact serious or critical is allowed; minor and moderate ones are printed to the test log.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, HAVE_CHROMIUM, type LiveServer, launchChromium, SCREENSHOTS, startSampleServer } from "./harness.js";

if (!HAVE_CHROMIUM)
  console.warn(`test/browser/a11y.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

// biome-ignore lint/suspicious/noExplicitAny: API answers and axe results are checked by the assertions
type Json = any;
/** The browser's globals, used only inside page.evaluate callbacks (the project compiles without the DOM library). */
declare const window: Json;

type Violation = {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's violations on the loaded page. The pages' CSP (script-src 'self') would refuse an inline <script> with axe's
 * code (page.addScriptTag({ content })), so axe is evaluated through the DevTools protocol (page.evaluate), which CSP
 * does not govern; the pages themselves run under their real CSP, no bypassCSP.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = window.axe;
    const r = await axe.run(window.document, { resultTypes: ["violations"] });
    return r.violations.map((v: Json) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: Json) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return result as Violation[];
}

const describeViolation = (v: Violation) =>
  `${v.impact} ${v.id} (${v.help}): ${v.nodes
    .slice(0, 5)
    .map((n) => n.target.join(" "))
    .join(", ")}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ""}`;

describe.skipIf(!HAVE_CHROMIUM)("accessibility (axe-core) of every page, Japanese and English", () => {
  let server: LiveServer;
  let browser: Browser;
  let page: Page;
  const pages: [name: string, path: string, status: number][] = [];

  beforeAll(async () => {
    server = await startSampleServer();
    const get = async (path: string): Promise<Json> => (await fetch(`${server.url}${path}`)).json();
    const incident = (await get("/api/incidents?limit=1&q=%E6%B5%81%E5%87%BA")).items[0];
    const detail = await get(`/api/incidents/${incident.id}`);
    const sourceId = detail.sourceIds[0] as number;
    const organization = (await get("/api/organizations?limit=1")).items[0];
    const facet = `/?cause=${incident.cause}&item=${incident.data_items[0]}&sort=affected&order=asc`;
    pages.push(
      ["list", "/", 200],
      ["list-facets", facet, 200],
      ["detail", `/incidents/${incident.id}`, 200],
      ["source", `/sources/${sourceId}?hl=0-40`, 200],
      ["stats", "/stats", 200],
      ["exposure", "/exposure", 200],
      ["campaigns", "/campaigns", 200],
      ["organizations", "/organizations", 200],
      ["organization", `/organizations/${organization.id}`, 200],
      ["login", "/login", 200],
      ["ingest", "/ingest", 200],
      ["not-found", "/no-such-page", 404],
      ["incident-not-found", "/incidents/999999", 404],
    );
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  for (const lang of ["ja", "en"] as const) {
    it(`has no serious or critical violation on any page (${lang})`, async () => {
      const serious: string[] = [];
      for (const [name, path, status] of pages) {
        const url = `${server.url}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
        const res = await page.goto(url, { waitUntil: "load" });
        expect(res?.status(), `${name} ${path}`).toBe(status);
        expect(await page.getAttribute("html", "lang"), `${name} lang`).toBe(lang);
        if (name === "stats") await page.waitForSelector(".chart[data-drawn='true']");
        if (name === "exposure") {
          // The results are part of the page too: check them drawn.
          const first: Json = await (await fetch(`${server.url}/api/incidents?limit=1`)).json();
          const org = first.items[0].organization as string;
          await page.fill("#exposure-names", org);
          await page.click("#exposure-check");
          await page.waitForSelector("#exposure-results article.exposure-match");
        }
        const violations = await axeViolations(page);
        for (const v of violations) {
          const line = `${lang} ${name} ${path}: ${describeViolation(v)}`;
          if (v.impact === "serious" || v.impact === "critical") serious.push(line);
          else console.log(`axe (${v.impact}, allowed): ${line}`);
        }
        if (violations.some((v) => v.impact === "serious" || v.impact === "critical")) {
          await page.screenshot({ path: join(SCREENSHOTS, `a11y-${lang}-${name}.png`), fullPage: true });
        }
      }
      expect(serious, serious.join("\n")).toEqual([]);
    }, 180_000);
  }

  it("axe itself finds a serious violation when one is there (the check is not blind)", async () => {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const img = window.document.createElement("img");
      img.src = "/static/none.png";
      window.document.querySelector("main").append(img); // an image without alt text: image-alt, critical
      const box = window.document.querySelector("#q");
      box.removeAttribute("id"); // its label no longer names the search box
      box.removeAttribute("placeholder");
    });
    const ids = (await axeViolations(page)).filter((v) => v.impact === "critical" || v.impact === "serious");
    expect(ids.map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "label"]));
  }, 60_000);
});
