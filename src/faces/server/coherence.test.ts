/**
 * One notion of "the store changed" (Store.changeToken): an editor's correction through the API is visible at once in
 * every view the server keeps in memory (response cache, facet index, statistics snapshot, campaigns) and in the feed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  type TestServer,
} from "../../../test/support/server.js";
import { createToken } from "./auth/token.js";

/** Two fictional organizations hit through one flaw (a CVE campaign), besides the two ordinary articles. */
const CAMPAIGN_ARTICLES: readonly (readonly [string, string])[] = [
  [
    "coherence-a.txt",
    "# published: 2024-09-03\n\n株式会社ニシハマ物流は2日、VPN装置の脆弱性（CVE-2024-39999）を悪用した不正アクセスにより、取引先の氏名やメールアドレスなど約4,000件が流出したおそれがあると発表した。\n",
  ],
  [
    "coherence-b.txt",
    "# published: 2024-09-20\n\n東岬町は19日、VPN装置の脆弱性（CVE-2024-39999）を突いた不正アクセスを受け、住民の氏名や住所など約800人分の個人情報が漏えいした可能性があると発表した。\n",
  ],
];

let server: TestServer;
let editor: string;

beforeAll(async () => {
  server = await createTestServer({ articles: [...SERVER_ARTICLES, ...CAMPAIGN_ARTICLES] });
  editor = (await createToken(server.store, "editor", "編集者", "2026-01-01T00:00:00Z")).token;
});
afterAll(async () => {
  await server.close();
});

const TOWN = encodeURIComponent("東岬町");

/** What each view says about 東岬町's figure (or the counts it moves). */
async function views(id: number) {
  const list = (await requestJson(server.app, `/api/incidents?q=${TOWN}`)).body;
  const detail = (await requestJson(server.app, `/api/incidents/${id}`)).body;
  const stats = (await requestJson(server.app, "/api/stats")).body;
  const campaigns = (await requestJson(server.app, "/api/campaigns")).body;
  const facets = (await requestJson(server.app, "/api/incidents?facets=1")).body;
  const feed = await (await server.app.request("/feed.atom")).text();
  const page = await (await server.app.request(`/?q=${TOWN}`)).text();
  const campaign = campaigns.items.find((c: Json) => c.kind === "cve");
  return {
    list: list.items[0].affected.value,
    detail: detail.affected.value,
    people: stats.people.sum,
    campaignMember: campaign.members.find((m: Json) => m.organization === "東岬町").affected.value,
    campaignPeople: campaign.totals.people.sum,
    sizeBands: Object.fromEntries(facets.facets.size.map((b: Json) => [b.value, b.count])),
    feed,
    page,
  };
}

describe("an edit through PATCH /api/incidents/{id}", () => {
  it("shows in the list, detail, stats, campaigns, facets, feed and list page at once", async () => {
    const found = (await requestJson(server.app, `/api/incidents?q=${TOWN}`)).body;
    const id: number = found.items[0].id;
    const before = await views(id);
    expect(before).toMatchObject({ list: 800, detail: 800, people: 1_200 + 800, campaignMember: 800 });
    expect(before.campaignPeople).toBe(800);
    expect(before.sizeBands).toMatchObject({ "100-999": 1, "1000-9999": 2 });
    expect(before.feed).toContain("東岬町: 約800人");
    expect(before.page).toContain("約800人");
    // Asked twice: the second answers come from the caches, which the edit must not leave behind.
    expect(await views(id)).toEqual(before);

    const edit = await server.app.request(`/api/incidents/${id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" },
      body: JSON.stringify({
        field: "affected",
        value: { value: 2345, qualifier: "approx", unit: "people" },
        reason: "続報で人数を訂正",
      }),
    });
    expect(edit.status).toBe(200);

    const after = await views(id);
    expect(after).toMatchObject({ list: 2345, detail: 2345, people: 1_200 + 2345, campaignMember: 2345 });
    expect(after.campaignPeople).toBe(2345);
    expect(after.sizeBands["100-999"]).toBeUndefined(); // no incident left in the band
    expect(after.sizeBands["1000-9999"]).toBe(3);
    expect(after.feed).toContain("東岬町: 約2,345人");
    expect(after.feed).not.toContain("東岬町: 約800人");
    expect(after.page).toContain("約2,345人");
    expect(after.page).not.toContain("約800人");
  });
});
