/**
 * Every link of the main menu, in both languages: it reaches a page (or the login, for the admin pages), the page has
 * one h1, a title, the language in <html lang>, a working language switch, and no inline script.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestBrowser } from "../../../../test/support/browser.js";
import { createTestServer, SERVER_ARTICLES, type TestServer } from "../../../../test/support/server.js";
import { createToken } from "../auth/token.js";
import { type Lang, translator } from "./i18n.js";

let server: TestServer;
let adminToken: string;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  adminToken = (await createToken(server.store, "admin", "管理者", "2026-01-01T00:00:00Z")).token;
});
afterAll(async () => {
  await server.close();
});

const LANGS: readonly Lang[] = ["ja", "en"];
/** Pages behind the login: a visitor is sent there (取り込み shows a visitor its feeds and a login link instead). */
const ADMIN_PAGES = new Set(["/tokens"]);

/** The links of the main menu as the page renders them: [href, text]. */
function navLinks(html: string): [string, string][] {
  const nav = /<nav aria-label="[^"]*">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  return [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1]!, m[2]!]);
}

/** What every page must be: one h1, a title, the language, a switch to the other language, no inline script. */
function checkPage(html: string, lang: Lang, where: string): void {
  expect((html.match(/<h1[\s>]/g) ?? []).length, `${where}: one h1`).toBe(1);
  expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim(), `${where}: a title`).toMatch(/\S/);
  expect(html, `${where}: lang`).toContain(`<html lang="${lang}">`);
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    // Same-origin files, or data blocks the browser does not run.
    expect(/\ssrc="\/static\//.test(tag) || /\stype="application\/json"/.test(tag), `${where}: ${tag}`).toBe(true);
  }
  for (const block of html.matchAll(/<script\b[^>]*\ssrc="[^"]*"[^>]*>([\s\S]*?)<\/script>/g)) {
    expect(block[1], `${where}: code inside a script with src`).toBe("");
  }
  expect(html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [], `${where}: event-handler attributes`).toEqual([]);
  expect(html.match(/\shref="javascript:/gi) ?? [], `${where}: javascript: links`).toEqual([]);
  const other = lang === "ja" ? "en" : "ja";
  const sw = new RegExp(`<a class="lang" href="([^"]+)" hreflang="${other}"`).exec(html);
  expect(sw?.[1]?.replaceAll("&amp;", "&"), `${where}: a switch to ${other}`).toMatch(
    new RegExp(`[?&]lang=${other}(&|$)`),
  );
}

async function visit(b: TestBrowser, path: string): Promise<{ status: number; html: string; res: Response }> {
  const res = await b.request(path);
  return { status: res.status, html: await res.text(), res };
}

describe("the main menu", () => {
  it("has the seven sections, labelled in the page's language", async () => {
    for (const lang of LANGS) {
      const t = translator(lang);
      const links = navLinks((await visit(new TestBrowser(server.app), `/?lang=${lang}`)).html);
      expect(links).toEqual([
        ["/", t("nav_incidents")],
        ["/stats", t("nav_stats")],
        ["/campaigns", t("nav_campaigns")],
        ["/organizations", t("nav_organizations")],
        ["/ingest", t("nav_ingest")],
        ["/exposure", t("nav_exposure")],
        ["/tokens", t("nav_tokens")],
      ]);
    }
  });

  it("reaches a well-formed page from every link in both languages, or the login for the admin pages", async () => {
    const hrefs = navLinks((await visit(new TestBrowser(server.app), "/")).html).map(([href]) => href);
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const lang of LANGS) {
      for (const href of hrefs) {
        const b = new TestBrowser(server.app);
        const where = `${href} (${lang}, visitor)`;
        const page = await visit(b, `${href}?lang=${lang}`);
        if (ADMIN_PAGES.has(href)) {
          expect([page.status, page.res.headers.get("location")], where).toEqual([
            303,
            `/login?next=${encodeURIComponent(href)}`,
          ]);
          // The login page, in the language the visitor chose (the cookie set by ?lang=).
          const login = await visit(b, page.res.headers.get("location")!);
          expect(login.status, `${where} → login`).toBe(200);
          checkPage(login.html, lang, `${where} → login`);
          continue;
        }
        expect(page.status, where).toBe(200);
        checkPage(page.html, lang, where);
        const csp = page.res.headers.get("content-security-policy") ?? "";
        expect(csp, `${where}: CSP`).toMatch(/script-src 'self'(;|$)/);
        // The language sticks: the next page without ?lang= is in the same language.
        checkPage((await visit(b, href)).html, lang, `${where}, then without ?lang=`);
      }
    }
  });

  it("gives an admin the admin pages in both languages, and the switch changes the language of each page", async () => {
    const b = new TestBrowser(server.app);
    expect((await b.login(adminToken, "/tokens")).status).toBe(303);
    for (const href of ["/", "/stats", "/campaigns", "/organizations", "/ingest", "/exposure", "/tokens", "/login"]) {
      const ja = await visit(b, `${href}?lang=ja`);
      expect(ja.status, href).toBe(200);
      checkPage(ja.html, "ja", `${href} (ja, admin)`);
      const to = /<a class="lang" href="([^"]+)"/.exec(ja.html)![1]!.replaceAll("&amp;", "&");
      const en = await visit(b, to);
      expect(en.status, `${href} → ${to}`).toBe(200);
      checkPage(en.html, "en", `${href} (en via the switch, admin)`);
      expect(navLinks(en.html).map(([, text]) => text)).toContain(translator("en")("nav_stats"));
    }
  });
});
