import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../../test/support/server.js";

const ARTICLES: readonly (readonly [string, string])[] = [
  ...SERVER_ARTICLES,
  [
    "sample:c.txt",
    "# published: 2024-09-03\n\n株式会社ニシハマ物流は2日、VPN装置の脆弱性（CVE-2024-39999）を悪用した不正アクセスにより、取引先の氏名やメールアドレスなど約4,000件が流出したおそれがあると発表した。\n",
  ],
  [
    "campaign-b.txt",
    "# published: 2024-09-20\n\n東岬町は19日、VPN装置の脆弱性（CVE-2024-39999）を突いた不正アクセスを受け、住民の氏名や住所など約800人分の個人情報が漏えいした可能性があると発表した。\n",
  ],
];

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: ARTICLES });
});
afterAll(async () => {
  await server.close();
});

const html = async (path: string) => {
  const res = await server.app.request(path);
  return { status: res.status, text: await res.text() };
};

describe("インシデント一覧", () => {
  it("shows facets with counts whose links add a filter, and the active filter with a remove link", async () => {
    const { text } = await html("/");
    expect(text).toContain("絞り込み");
    expect(text).toMatch(/href="\/\?cause=vulnerability">脆弱性 <span class="count">2<\/span>/);
    const filtered = await html("/?cause=vulnerability");
    expect(filtered.text).toContain("適用中の条件");
    expect(filtered.text).toMatch(/<a href="\/" aria-label="原因 脆弱性 解除">/);
    expect(filtered.text).toContain("東岬町");
    expect(filtered.text).not.toContain("北浜市");
  });

  it("keeps the query in the sort form, the downloads, the feed and the pages", async () => {
    const q = encodeURIComponent("流出");
    const { text } = await html(`/?q=${q}&limit=1&sort=affected`);
    expect(text).toMatch(/<input type="hidden" name="q" value="流出"/);
    expect(text).toMatch(/<option value="affected" selected="">件数<\/option>/);
    expect(text).toContain(`href="/api/exports?q=${q}&amp;sort=affected&amp;format=csv"`);
    expect(text).toContain(`href="/feed.atom?q=${q}&amp;sort=affected"`);
    const next = /<a rel="next" href="([^"]+)"/.exec(text)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toContain(`q=${q}`);
    const second = await html(next!);
    expect(second.text).toMatch(/<a rel="prev" href="\/\?q=[^"]*sort=affected[^"]*"/);
    expect(second.text).toContain("2〜2件目");
  });

  it("downloads what the page shows: the CSV link gives the same incidents", async () => {
    const { text } = await html("/?org_type=local_government");
    const href = /href="(\/api\/exports\?[^"]*format=csv)"/.exec(text)?.[1]?.replaceAll("&amp;", "&");
    const csv = await (await server.app.request(href!)).text();
    expect(csv).toContain("北浜市");
    expect(csv).toContain("東岬町");
    expect(csv).not.toContain("ミナトネットショップ");
  });

  it("marks incidents known only from sample articles", async () => {
    const { text } = await html(`/?q=${encodeURIComponent("ニシハマ")}`);
    expect(text).toContain('class="badge sample"');
    const other = await html(`/?q=${encodeURIComponent("東岬")}`);
    expect(other.text).not.toContain('class="badge sample"');
  });
});

describe("組織", () => {
  it("lists and searches organizations, and shows one with its incidents per year", async () => {
    const { text } = await html(`/organizations?q=${encodeURIComponent("北浜")}`);
    expect(text).toContain("北浜市");
    expect(text).not.toContain("東岬町");
    const id = /href="\/organizations\/(\d+)"/.exec(text)?.[1];
    const page = await html(`/organizations/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("年ごとのインシデント数");
    expect(page.text).toMatch(/<th scope="row">2024<\/th><td class="num">1<\/td>/);
    expect(page.text).toMatch(/href="\/incidents\/\d+">2024-05-09/);
    expect((await html("/organizations/999999")).status).toBe(404);
    expect((await html("/organizations?type=planet")).status).toBe(400);
  });
});

describe("キャンペーン", () => {
  it("lists campaigns with kind, members linked to incidents, and focuses one with ?key=", async () => {
    const api: Json = (await requestJson(server.app, "/api/campaigns")).body;
    const cve = api.items.find((c: Json) => c.kind === "cve");
    const { text } = await html("/campaigns");
    expect(text).toContain('<span class="badge">CVE</span>');
    for (const m of cve.members) expect(text).toContain(`href="/incidents/${m.id}">${m.organization}</a>`);
    const one = await html(`/campaigns?key=${encodeURIComponent(cve.key)}`);
    expect(one.text).toContain("すべてのキャンペーン");
    expect((await html("/campaigns?key=nothing")).status).toBe(404);
    expect((await html("/campaigns?kind=x")).status).toBe(400);
  });
});
