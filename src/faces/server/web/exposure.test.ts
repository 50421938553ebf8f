import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_ORGANIZATION, putIncident } from "../../../../test/support/put-incident.js";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../../test/support/server.js";

const SCRIPT = readFileSync(fileURLToPath(new URL("../../../../public/exposure.js", import.meta.url)), "utf8");
const INDEX_URL = "/api/exposure-index.json";
/** Something only the person typed: no request may carry it, in any form. */
const SECRET = "ひみつ内科クリニック7f3a";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  await putIncident(
    server.store,
    "hostile-shop",
    {
      organization: HOSTILE_ORGANIZATION,
      also: ["ハマベ通販"],
      announced: "2025-02-03",
      cause: "unauthorized_access",
      data_items: ["password", "email", "credit_card_number"],
      affected: { value: 2_500, qualifier: "approx", unit: "people" },
    },
    { organizationType: "company" },
  );
});
afterAll(async () => {
  await server.close();
});

/** The exposure script's code without its comments (which name the APIs it must not use). */
function code(): string {
  return SCRIPT.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}

/** Runs public/exposure.js on the rendered page with a recording fetch that the app answers in process. */
async function openPage(lang = "ja") {
  const html = await (await server.app.request(`/exposure?lang=${lang}`)).text();
  const { document, window } = parseHTML(html);
  const requests: { url: string; init: unknown }[] = [];
  const fetch = async (url: unknown, init?: unknown) => {
    requests.push({ url: String(url), init });
    return server.app.request(String(url));
  };
  const context = createContext({ document, window, fetch, console });
  runInContext(SCRIPT, context);
  const run = async (typed: string) => {
    (document.getElementById("exposure-names") as unknown as { value: string }).value = typed;
    document.getElementById("exposure-check")!.dispatchEvent(new window.Event("click"));
    for (let i = 0; i < 50 && /読み込んで|Loading|^$/.test(results().textContent ?? ""); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const results = () => document.getElementById("exposure-results")!;
  return { document, window, requests, run, results, api: context.roeiExposure as Json };
}

describe("GET /api/exposure-index.json", () => {
  it("lists every incident's names and leaked items, cacheable, the same for everyone", async () => {
    const { status, body, headers } = await requestJson(server.app, INDEX_URL);
    expect(status).toBe(200);
    expect(body.columns).toEqual([
      "id",
      "organization",
      "also",
      "announced",
      "value",
      "qualifier",
      "unit",
      "data_items",
      "cause",
      "organization_type",
    ]);
    expect(body.rows).toHaveLength(3);
    const hostile = body.rows.find((r: Json) => r[1] === HOSTILE_ORGANIZATION);
    expect(hostile.slice(2)).toEqual([
      ["ハマベ通販"],
      "2025-02-03",
      2500,
      "approx",
      "people",
      ["password", "email", "credit_card_number"],
      "unauthorized_access",
      "company",
    ]);
    expect(headers.get("cache-control")).toBe("public, max-age=300");
    const etag = headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    const again = await server.app.request(INDEX_URL, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("gzips on request", async () => {
    const res = await server.app.request(INDEX_URL, { headers: { "Accept-Encoding": "gzip, br" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const body = JSON.parse(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString("utf8"));
    expect(body.rows).toHaveLength(3);
  });

  it("takes no parameters, so nothing personal can ride on it", async () => {
    const res = await server.app.request(`${INDEX_URL}?q=${encodeURIComponent(SECRET)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).toBe("bad_request");
  });
});

describe("GET /exposure (page)", () => {
  it("has a labelled textarea in a form that cannot send it", async () => {
    const html = await (await server.app.request("/exposure")).text();
    const { document } = parseHTML(html);
    const textarea = document.querySelector("textarea")!;
    expect(document.querySelector(`label[for="${textarea.id}"]`)?.textContent).toContain("組織名");
    expect(textarea.getAttribute("aria-describedby")).toBe("exposure-examples");
    expect(textarea.hasAttribute("name")).toBe(false);
    for (const form of document.querySelectorAll("form")) {
      if (!form.contains(textarea)) continue;
      expect(form.hasAttribute("action")).toBe(false);
      expect(form.hasAttribute("method")).toBe(false);
      expect(form.querySelectorAll("[name]")).toHaveLength(0);
      expect(form.querySelectorAll("input[type=submit], input[type=image], button:not([type=button])")).toHaveLength(0);
    }
    expect(document.querySelectorAll("form[method=post], form[method=POST]")).toHaveLength(0);
    expect(document.querySelector("noscript")?.textContent).toContain("JavaScript が必要");
    const scripts = [...document.querySelectorAll("script")].map(
      (s) => s.getAttribute("src") ?? s.getAttribute("type"),
    );
    expect(scripts).toEqual(["application/json", "/static/exposure.js"]);
  });

  it("shows the advice by item without JavaScript, citing who gives it", async () => {
    const html = await (await server.app.request("/exposure")).text();
    expect(html).toContain("パスワードを変更し");
    expect(html).toContain("カード会社に連絡");
    expect(html).toContain("番号法第7条第2項");
    expect(html).toContain("IPA");
  });
});

describe("public/exposure.js", () => {
  it("makes no request but the index download: no other fetch, XHR, beacon, socket, navigation or storage", () => {
    const js = code();
    expect(js).toMatch(/const INDEX_URL = "\/api\/exposure-index\.json";/);
    expect(js.match(/\bINDEX_URL\s*=/g)).toHaveLength(1);
    const fetches = js.match(/\bfetch\s*\([^,)]*/g) ?? [];
    expect(fetches).toEqual(["fetch(INDEX_URL"]);
    for (const banned of [
      /XMLHttpRequest/,
      /sendBeacon/,
      /WebSocket/,
      /EventSource/,
      /\.src\s*=/,
      /\blocation\b/,
      /\.open\s*\(/,
      /\bimport\s*\(/,
      /\.submit\s*\(/,
      /requestSubmit/,
      /new\s+Image/,
      /document\.cookie/,
      /localStorage|sessionStorage|indexedDB/,
      /postMessage/,
      /\.action\s*=/,
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
      /\bbody\s*:/,
      /setAttribute\s*\(/,
    ]) {
      expect(js, String(banned)).not.toMatch(banned);
    }
    // The only URL it builds is a link to an incident, from the index's id.
    const incidentLink = "link.href = `/incidents/$" + "{encodeURIComponent(String(inc.id))}`;";
    expect(js.match(/\w*\.href\s*=.*/g)).toEqual([incidentLink]);
  });

  it("matches in the browser, downloads the index once, and sends nothing typed", async () => {
    const page = await openPage();
    await page.run(`ミナトネットショップ\n${SECRET}\n北浜市\n`);
    const text = page.results().textContent ?? "";
    expect(text).toContain("2 件の組織で公表事故が見つかりました");
    expect(text).toContain("株式会社ミナトネットショップ");
    expect(text).toContain("カード番号");
    expect(text).toContain("カードの利用明細");
    expect(text).not.toContain(SECRET);
    const links = [...page.results().querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toHaveLength(2);
    for (const href of links) expect(href).toMatch(/^\/incidents\/\d+$/);

    await page.run(`${SECRET}\nハマベ通販`);
    await page.run(SECRET);
    expect(page.results().textContent).toContain("見つかりませんでした");
    expect(page.requests).toHaveLength(1);
    expect(page.requests[0]!.url).toBe(INDEX_URL);
    const sent = JSON.stringify(page.requests);
    for (const typed of [SECRET, encodeURIComponent(SECRET), "ハマベ", "ミナト", "北浜"])
      expect(sent).not.toContain(typed);
  });

  it("renders a hostile organization name as text, never as markup", async () => {
    const page = await openPage();
    await page.run("ハマベ通販");
    const results = page.results();
    expect(results.querySelector("h3")?.textContent).toBe(HOSTILE_ORGANIZATION);
    expect(results.querySelectorAll("script, img")).toHaveLength(0);
    expect(results.textContent).toContain("パスワードを変更し");
    expect(results.textContent).toContain("その組織を名乗るメール");
    expect(results.textContent).not.toContain("番号法");
  });

  it("stops a submit of the form (Enter, a stray button) and runs the check instead", async () => {
    const page = await openPage();
    (page.document.getElementById("exposure-names") as unknown as { value: string }).value = "北浜市";
    const event = new page.window.Event("submit", { cancelable: true });
    page.document.getElementById("exposure-form")!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it("normalizes names and matches by containment, short keys exactly", () => {
    const { api } = { api: loadApi() };
    expect(api.normalize("（株）ミナト　ネット・ショップ")).toBe("ミナトネットショップ");
    expect(api.normalize("ＡＢＣ株式会社")).toBe("abc");
    expect(api.normalize("医療法人社団 みなと会")).toBe("みなと会");
    const m = (a: string, b: string) => api.isMatch(api.normalize(a), api.normalize(b));
    expect(m("ミナトネットショップ", "株式会社ミナトネットショップ")).toBe(true);
    expect(m("北浜市", "北浜市立病院")).toBe(true);
    expect(m("北浜", "北浜市")).toBe(true);
    expect(m("au", "sauna株式会社")).toBe(false);
    expect(m("AU", "au")).toBe(true);
    expect(m("県", "北谷県")).toBe(false);
    expect(m("県", "県")).toBe(true);
    expect(m("", "北浜市")).toBe(false);
    expect(api.toLines(" 北浜市 \n\n北浜市\r\nミナト\n")).toEqual([
      { line: "北浜市", key: "北浜市" },
      { line: "ミナト", key: "ミナト" },
    ]);
  });
});

function loadApi(): Json {
  const context = createContext({});
  runInContext(SCRIPT, context);
  return context.roeiExposure;
}
