import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CVE_ARTICLES,
  EMOJI_ARTICLE,
  HOSTILE_ARTICLE,
  HOSTILE_NAME,
  MYNUMBER_ARTICLE,
} from "../../../../test/support/detail-articles.js";
import {
  createTestServer,
  type Json,
  requestJson,
  TEST_NOW,
  type TestServer,
} from "../../../../test/support/server.js";
import { applyCorrection } from "../../../ingest/corrections.js";
import { createServerContext } from "../app.js";
import { DEFAULT_CONFIG } from "../context.js";
import { mountIncidentPages } from "./incident-routes.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: [MYNUMBER_ARTICLE, ...CVE_ARTICLES, HOSTILE_ARTICLE, EMOJI_ARTICLE] });
});
afterAll(async () => {
  await server.close();
});

async function detailOf(organization: string): Promise<Json> {
  const list = (await requestJson(server.app, `/api/incidents?q=${encodeURIComponent(organization)}`)).body;
  expect(list.items).toHaveLength(1);
  return (await requestJson(server.app, `/api/incidents/${list.items[0].id}`)).body;
}

async function page(path: string): Promise<{ status: number; html: string; type: string | null }> {
  const res = await server.app.request(path);
  return { status: res.status, html: await res.text(), type: res.headers.get("content-type") };
}

/** Text of the first element matching `open…</tag>` (entities kept as they are in the HTML). */
function inner(html: string, open: RegExp, tag: string): string | null {
  const m = new RegExp(`${open.source}([\\s\\S]*?)</${tag}>`).exec(html);
  return m ? m[1]! : null;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The evidence links of a page, in order. */
function evidenceLinks(html: string): string[] {
  return [...html.matchAll(/<a class="evidence-link" href="([^"]+)"/g)].map((m) => unescapeHtml(m[1]!));
}

describe("/incidents/:id", () => {
  it("shows the summary: count with its qualifier, organization type, sensitivity badges, certainty", async () => {
    const d = await detailOf("北浜市");
    const { status, html, type } = await page(`/incidents/${d.id}`);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(inner(html, /<strong class="count">/, "strong")).toBe("約1,200人");
    expect(html).toContain("「約」: 概数として公表");
    expect(html).toContain('<span class="badge org-type">自治体</span>');
    expect(html).toContain('<span class="badge sens mynumber">マイナンバー</span>');
    expect(html).toContain('<span class="badge certainty confirmed">確定</span>');
    expect(html).toContain(`<a href="/organizations/${d.organizationId}">北浜市</a>`);
  });

  it("shows 最大 and 延べ counts, the CVE linked to NVD and the campaign link", async () => {
    const aoba = await detailOf("アオバ物産");
    const a = (await page(`/incidents/${aoba.id}`)).html;
    expect(inner(a, /<strong class="count">/, "strong")).toBe("最大5,000件");
    expect(a).toContain("単位: 件（人数とは限らない）");
    expect(a).toContain('href="https://nvd.nist.gov/vuln/detail/CVE-2023-46805"');
    expect(a).toContain('<a href="/campaigns?key=cve%3ACVE-2023-46805">CVE-2023-46805</a>');
    expect(a).toContain('<span class="badge certainty possible">可能性</span>');
    expect(a).toContain('<span class="badge sens property">財産的被害のおそれ</span>');
    const midori = await detailOf("ミドリ工房");
    expect(inner((await page(`/incidents/${midori.id}`)).html, /<strong class="count">/, "strong")).toBe("延べ800件");
  });

  it("lists the timeline in date order with the kinds in Japanese", async () => {
    const d = await detailOf("北浜市");
    const html = (await page(`/incidents/${d.id}`)).html;
    const timeline = inner(html, /<ol class="timeline">/, "ol")!;
    const events = [...timeline.matchAll(/<time[^>]*>([^<]+)<\/time> <span class="kind">([^<]+)<\/span>/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(events).toEqual(["2024-05-02 発覚", "2024-05-09 公表"]);
  });

  it("links every field's evidence to the source page, which highlights exactly that sentence", async () => {
    const d = await detailOf("北浜市");
    const html = (await page(`/incidents/${d.id}`)).html;
    const affected = d.field_evidence.find((f: Json) => f.field === "affected").evidence[0];
    const href = `/sources/${affected.source_id}?hl=${affected.sentence.start}-${affected.sentence.end}#hl`;
    expect(evidenceLinks(html)).toContain(href);
    const row = inner(html, /<tr id="evidence-affected">/, "tr")!;
    expect(row).toContain("約1,200人");
    expect(row).toContain(
      "<q>北浜市は9日、市民<strong>約1,200人分</strong>の氏名、住所、マイナンバーが記載された名簿を紛失したと発表した。</q>",
    );
    const source = await page(href.replace(/#hl$/, ""));
    expect(source.status).toBe(200);
    expect(inner(source.html, /<mark id="hl">/, "mark")).toBe(
      "北浜市は9日、市民約1,200人分の氏名、住所、マイナンバーが記載された名簿を紛失したと発表した。",
    );
    const discovered = (
      await page(evidenceLinks(html).find((l) => l.includes(`hl=${d.timeline[0].evidence.sentence.start}-`))!)
    ).html;
    expect(inner(discovered, /<mark id="hl">/, "mark")).toBe("5月2日に職員が紛失に気付いた。");
  });

  it("every evidence link of the page opens a highlighted sentence", async () => {
    for (const org of ["北浜市", "アオバ物産", "ヤマビコ"]) {
      const d = await detailOf(org);
      const links = evidenceLinks((await page(`/incidents/${d.id}`)).html);
      expect(links.length).toBeGreaterThan(3);
      for (const link of new Set(links)) {
        const res = await page(link);
        expect(res.status).toBe(200);
        expect(inner(res.html, /<mark id="hl">/, "mark")).not.toBeNull();
      }
    }
  });

  it("shows the triage with its triggers and the draft download, and the JO estimate with its assumptions", async () => {
    const d = await detailOf("北浜市");
    const html = (await page(`/incidents/${d.id}`)).html;
    expect(html).toContain("番号法（特定個人情報");
    expect(html).toMatch(/4号 本人の数が100人を超える<\/th><td><span class="badge status-fired">該当<\/span>/);
    expect(html).toContain("確報");
    expect(html).toContain(`href="/api/incidents/${d.id}/triage/draft"`);
    expect(html).toContain(`${d.estimate.per_person_yen.toLocaleString("ja-JP")}円`);
    expect(html).toContain(`${d.estimate.total_yen.toLocaleString("ja-JP")}円`);
    expect(html).toContain("本人特定容易度");
    expect(html).toContain(d.estimate.identifiability.reason);
  });

  it("marks sample sources and lists each source", async () => {
    const d = await detailOf("ヤマビコ");
    const html = (await page(`/incidents/${d.id}`)).html;
    const sources = inner(html, /<ul class="sources">/, "ul")!;
    expect(sources).toContain(`<a href="/sources/${d.sourceIds[0]}">sample:yamabiko.txt</a>`);
    expect(sources).toContain('<span class="badge sample">サンプル</span>');
    const city = await detailOf("北浜市");
    expect(inner((await page(`/incidents/${city.id}`)).html, /<ul class="sources">/, "ul")).not.toContain("サンプル");
  });

  it("speaks English when asked", async () => {
    const d = await detailOf("北浜市");
    const html = (await page(`/incidents/${d.id}?lang=en`)).html;
    expect(html).toContain('<html lang="en">');
    expect(inner(html, /<strong class="count">/, "strong")).toBe("about 1,200 people");
    expect(html).toContain("View in source");
  });

  it("answers an unknown incident with a Japanese HTML 404", async () => {
    for (const path of ["/incidents/999999", "/incidents/inc_none", "/incidents/%3Cscript%3E"]) {
      const res = await page(path);
      expect(res.status).toBe(404);
      expect(res.type).toMatch(/^text\/html/);
      expect(res.html).toContain("指定されたインシデントは見つかりません。");
      expect(res.html).not.toContain("<script>");
    }
  });

  it("has a slot for the editors' edit form", async () => {
    const d = await detailOf("北浜市");
    const app = new Hono();
    mountIncidentPages(app, createServerContext({ store: server.store, config: DEFAULT_CONFIG, now: () => TEST_NOW }), {
      editFormFor: (_c, detail) => <form id="edit-slot" data-key={detail.key} />,
    });
    const html = await (await app.request(`/incidents/${d.id}`)).text();
    expect(html).toContain(`<form id="edit-slot" data-key="${d.key}"></form>`);
    expect((await page(`/incidents/${d.id}`)).html).not.toContain("edit-slot");
  });
});

describe("/sources/:id?hl=", () => {
  async function sourceOf(org: string): Promise<{ id: number; text: string }> {
    const d = await detailOf(org);
    const body = (await requestJson(server.app, `/api/sources/${d.sourceIds[0]}`)).body;
    return { id: body.id, text: body.text };
  }

  it("swaps reversed offsets and clamps out-of-range ones", async () => {
    const s = await sourceOf("北浜市");
    expect(inner((await page(`/sources/${s.id}?hl=7-0`)).html, /<mark id="hl">/, "mark")).toBe(s.text.slice(0, 7));
    expect(unescapeHtml(inner((await page(`/sources/${s.id}?hl=3-999999999`)).html, /<mark id="hl">/, "mark")!)).toBe(
      s.text.slice(3),
    );
    const outside = await page(`/sources/${s.id}?hl=999999-999999999`);
    expect(outside.status).toBe(200);
    expect(outside.html).not.toContain("<mark");
    expect(outside.html).toContain("指定された位置は本文の範囲外です。");
  });

  it.each(["abc", "1-", "-1-5", "1e3-5", "5", "1-2-3", "%00"])("answers hl=%s with a Japanese 400 page", async (hl) => {
    const s = await sourceOf("北浜市");
    const res = await page(`/sources/${s.id}?hl=${hl}`);
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.html).toContain("リクエストが正しくありません");
  });

  it("never splits a surrogate pair", async () => {
    const s = await sourceOf("野屋");
    expect(s.text.startsWith("𠮷")).toBe(true);
    expect(inner((await page(`/sources/${s.id}?hl=1-3`)).html, /<mark id="hl">/, "mark")).toBe("𠮷野");
    const emoji = s.text.indexOf("🙇");
    expect(inner((await page(`/sources/${s.id}?hl=${emoji + 1}-${emoji + 2}`)).html, /<mark id="hl">/, "mark")).toBe(
      "🙇",
    );
  });

  it("answers an unknown or malformed source id with a Japanese HTML 404", async () => {
    for (const path of ["/sources/999999", "/sources/abc"]) {
      const res = await page(path);
      expect(res.status).toBe(404);
      expect(res.html).toContain("指定された情報源は見つかりません。");
    }
  });
});

describe("hostile text", () => {
  let hostile: TestServer;
  beforeAll(async () => {
    hostile = await createTestServer({ articles: [HOSTILE_ARTICLE] });
    const [incident] = (await hostile.store.listIncidents({})).items;
    await applyCorrection(hostile.store, incident!, {
      field: "organization",
      value: HOSTILE_NAME,
      reason: '<script>alert(1)</script> <a href="javascript:alert(1)">理由</a>',
      who: "<img src=x onerror=alert(1)>",
      at: TEST_NOW,
    });
  });
  afterAll(async () => {
    await hostile.close();
  });

  /** No live markup from the corpus: its tags appear only escaped, and no script runs inline. */
  function expectInert(html: string): void {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  it("renders the organization name, article text and history escaped on the detail page", async () => {
    const [incident] = (await hostile.store.listIncidents({})).items;
    expect(incident!.organization).toBe(HOSTILE_NAME);
    const res = await hostile.app.request(`/incidents/${incident!.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expectInert(html);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("<title>株式会社ヤマビコ&lt;script&gt;");
  });

  it("renders the source text escaped on the source page, with the highlight intact", async () => {
    const [incident] = (await hostile.store.listIncidents({})).items;
    const d: Json = (await requestJson(hostile.app, `/api/incidents/${incident!.id}`)).body;
    const ev = d.field_evidence.find((f: Json) => f.field === "affected").evidence[0];
    const res = await hostile.app.request(`/sources/${ev.source_id}?hl=0-99999`);
    const html = await res.text();
    expectInert(html);
    expect(html).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;お知らせ&lt;/a&gt;");
    const source: Json = (await requestJson(hostile.app, `/api/sources/${ev.source_id}`)).body;
    expect(unescapeHtml(inner(html, /<mark id="hl">/, "mark")!)).toBe(source.text);
  });
});
