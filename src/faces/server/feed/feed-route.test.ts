import { parseFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_ORGANIZATION, putIncident } from "../../../../test/support/put-incident.js";
import { createTestServer, SERVER_ARTICLES, TEST_NOW, type TestServer } from "../../../../test/support/server.js";
import { toIncidentTag } from "./feed-route.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  // Announced long ago but stored last: the plain feed orders by id (newest stored first), not by announced date.
  await putIncident(
    server.store,
    "hostile-old",
    {
      organization: HOSTILE_ORGANIZATION,
      announced: "2019-04-01",
      cause: "misdelivery",
      data_items: ["email"],
      evidence: "誤って<b>送信</b>した\u0000\u0008 & 'quoted'",
      affected: { value: 12, qualifier: "exact", unit: "people" },
    },
    { updatedAt: "2026-02-03T04:05:06.000Z" },
  );
});
afterAll(async () => {
  await server.close();
});

type Entry = { id: string; title: { value: string }; updated: string };

async function atom(path: string) {
  const res = await server.app.request(path);
  const xml = await res.text();
  return { res, xml, feed: res.status === 200 ? parseFeed(xml) : null };
}

describe("GET /feed.atom", () => {
  it("lists the newest incidents first by id, as Atom 1.0 with stable tag: ids", async () => {
    const { res, xml, feed } = await atom("/feed.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(feed!.format).toBe("atom");
    const entries = (feed!.feed as { entries: Entry[] }).entries;
    expect(entries).toHaveLength(3);
    expect(entries[0]!.id).toBe(toIncidentTag("hostile-old"));
    expect(entries[0]!.title.value).toBe(`${HOSTILE_ORGANIZATION}: 12人`);
    expect(entries[0]!.updated).toBe("2026-02-03T04:05:06.000Z");
    expect(entries.map((e) => e.title.value)).toContain("株式会社ミナトネットショップ: 最大30,000件");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const { document } = parseHTML(xml, "text/xml");
    const summary = document.querySelector("entry summary")!.textContent!;
    expect(summary).toContain("原因: 誤送付・誤送信");
    expect(summary).toContain("漏えい項目: メールアドレス");
    expect(summary).toContain("根拠: 誤って<b>送信</b>した & 'quoted'");
    expect(document.querySelector("entry link")!.getAttribute("href")).toMatch(/^http:\/\/localhost\/incidents\/\d+$/);
    // The feed's updated is its newest entry's (the ingested articles were stored at TEST_NOW).
    expect(document.querySelector("feed > updated")!.textContent).toBe(TEST_NOW);
  });

  it("keeps an entry's id when the incident changes, and moves its updated", async () => {
    const entryIds = (xml: string) => xml.match(/<id>tag:roei,2026:incident:[^<]+<\/id>/g);
    const before = await atom("/feed.atom");
    await putIncident(
      server.store,
      "hostile-old",
      {
        organization: HOSTILE_ORGANIZATION,
        announced: "2019-04-01",
        cause: "misdelivery",
        affected: { value: 15, qualifier: "exact", unit: "people" },
      },
      { updatedAt: "2026-03-01T00:00:00.000Z" },
    );
    const after = await atom("/feed.atom");
    expect(entryIds(after.xml)).toEqual(entryIds(before.xml));
    const first = (after.feed!.feed as { entries: Entry[] }).entries[0]!;
    expect(first.title.value).toBe(`${HOSTILE_ORGANIZATION}: 15人`);
    expect(first.updated).toBe("2026-03-01T00:00:00.000Z");
  });

  it("gives any search its own feed with the list's parameters and order", async () => {
    const { xml, feed } = await atom(`/feed.atom?q=${encodeURIComponent("市")}&lang=en`);
    const entries = (feed!.feed as { entries: Entry[] }).entries;
    expect(entries.map((e) => e.title.value)).toEqual(["北浜市: 約1,200人"]);
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="http://localhost/feed.atom?q=%E5%B8%82"/>',
    );
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://localhost/?q=%E5%B8%82"/>');
    const byCause = await atom("/feed.atom?cause=misdelivery&sort=announced&order=asc");
    expect((byCause.feed!.feed as { entries: unknown[] }).entries).toHaveLength(1);
    const none = await atom("/feed.atom?q=zzzz-nothing");
    expect(none.res.status).toBe(200);
    expect(none.xml).not.toContain("<entry>");
  });

  it.each([
    "cause=hacking",
    "limit=0",
    "from=2024-13",
    "unknown=1",
    "cursor=bm90LWEtY3Vyc29y",
    "q=%27%20OR%201%3D1--&min=-1",
  ])("answers %s with a 400 in text", async (query) => {
    const res = await server.app.request(`/feed.atom?${query}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/^400: /);
    expect(text).not.toContain("\n");
  });

  it("is linked from the list and from search results with their query", async () => {
    const plain = parseHTML(await (await server.app.request("/")).text()).document;
    expect(plain.querySelector('link[rel=alternate][type="application/atom+xml"]')!.getAttribute("href")).toBe(
      "/feed.atom",
    );
    const html = await (await server.app.request(`/?q=${encodeURIComponent("流出")}&cause=unauthorized_access`)).text();
    const link = parseHTML(html).document.querySelector('link[rel=alternate][type="application/atom+xml"]')!;
    expect(link.getAttribute("href")).toBe("/feed.atom?q=%E6%B5%81%E5%87%BA&cause=unauthorized_access");
    expect((await server.app.request(link.getAttribute("href")!)).status).toBe(200);
  });
});
