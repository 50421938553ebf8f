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
import { storeGeneration } from "../snapshot.js";
import { toScriptJson } from "../web/json-script.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
  await putIncident(server.store, "hostile-2023", {
    organization: HOSTILE_ORGANIZATION,
    announced: "2023-03-15",
    cause: "misdelivery",
    affected: { value: 5_000_000, qualifier: "max", unit: "people" },
    data_items: ["email", "name"],
  });
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/stats", () => {
  it("counts every stored incident with the default JNSA/TSR tables", async () => {
    const { status, body } = await requestJson(server.app, "/api/stats");
    expect(status).toBe(200);
    expect(body.incidents).toBe(3);
    expect(body.people.sum).toBe(5_000_000 + 1_200);
    expect(body.records.sum).toBe(30_000);
    expect(body.tables.map((t: Json) => t.by)).toEqual([
      "year",
      "jnsa_cause",
      "tsr_cause",
      "org_type",
      "industry",
      "media",
      "size",
      "lag",
    ]);
    expect(body.cross).toBeNull();
    expect(body.top[0].organization).toBe(HOSTILE_ORGANIZATION);
  });

  it("limits to a period and gives one table", async () => {
    const { body } = await requestJson(server.app, "/api/stats?from=2024-05&to=2024-05&by=cause");
    expect(body.from).toBe("2024-05");
    expect(body.incidents).toBe(1);
    expect(body.tables).toHaveLength(1);
    expect(body.tables[0].rows.map((r: Json) => r.label)).toEqual(["紛失・置き忘れ"]);
  });

  it("cross-tabulates cause per year", async () => {
    const { body } = await requestJson(server.app, "/api/stats?by=cause&per=year");
    expect(body.cross.rows.map((r: Json) => r.group)).toEqual(["2023", "2024"]);
    const columns = body.cross.columns.map((c: Json) => c.group);
    expect(columns).toEqual(["unauthorized_access", "loss", "misdelivery"]);
    expect(body.cross.counts).toEqual([
      [0, 0, 1],
      [1, 1, 0],
    ]);
  });

  it.each([
    ["from=2024-13", "from"],
    ["to=yesterday", "to"],
    ["from=2025&to=2024", "from must not be after to"],
    ["by=colour", "by"],
    ["per=year", "per needs a different by"],
    ["by=year&per=year", "per needs a different by"],
    ["from=2024%27%20OR%201%3D1--", "from"],
    ["unknown=1", "unrecognized|unknown"],
  ])("answers %s with a one-line 400", async (query, message) => {
    for (const path of ["/api/stats", "/api/stats.csv"]) {
      const res = await server.app.request(`${path}?${query}`);
      expect(res.status).toBe(400);
      const body: Json = await res.json();
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message).toMatch(new RegExp(message, "i"));
      expect(body.error.message).not.toContain("\n");
    }
  });

  it("sees a new incident: the cached report follows the store's generation", async () => {
    const before = await storeGeneration(server.store);
    await putIncident(server.store, "later-2022", { organization: "南浜町", announced: "2022-01-20", cause: "loss" });
    expect(await storeGeneration(server.store)).not.toBe(before);
    const { body } = await requestJson(server.app, "/api/stats?by=year");
    expect(body.tables[0].rows.map((r: Json) => [r.group, r.incidents])).toEqual([
      ["2022", 1],
      ["2023", 1],
      ["2024", 2],
    ]);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await requestJson(server.app, "/api/openapi.json")).body;
    const params = doc.paths["/stats"].get.parameters.map((p: Json) => p.name);
    expect(params).toEqual(["from", "to", "by", "per"]);
    expect(doc.paths["/stats.csv"].get.responses["200"].content).toHaveProperty("text/csv");
  });
});

describe("GET /api/stats.csv", () => {
  it("gives the CSV of roei stats --format csv: BOM, CRLF, totals row, a download name", async () => {
    const res = await server.app.request("/api/stats.csv?by=size&from=2023&to=2024");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="roei-stats-size-2023-to-2024.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe("by,group,label,incidents,share_percent,people,people_max,records,unknown_count");
    expect(lines).toContain("size,100万以上,100万以上,1,33.3,5000000,1,0,0");
    expect(lines).toContain("size,total,合計,3,100,5001200,1,30000,0");
  });

  it("gives the cause-per-year cross table as the page shows it", async () => {
    const text = await (await server.app.request("/api/stats.csv?by=cause&per=year&from=2023")).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("year,不正アクセス,紛失・置き忘れ,誤送付・誤送信・誤配信,合計");
    expect(lines.slice(1)).toEqual(["2023,0,0,1,1", "2024,1,1,0,2"]);
  });
});

describe("GET /stats (page)", () => {
  it("has a figure per view: heading, chart box, accessible table, CSV link of the same numbers", async () => {
    const res = await server.app.request("/stats?from=2023");
    expect(res.status).toBe(200);
    const html = await res.text();
    const { document } = parseHTML(html);
    const figures = [...document.querySelectorAll("figure")];
    expect(figures.map((f) => f.querySelector(".chart")?.getAttribute("data-chart"))).toEqual([
      "year",
      "month",
      "cause_by_year",
      "org_type",
      "data_item",
      "size",
      "lag",
    ]);
    for (const figure of figures) {
      expect(figure.querySelector("h2")?.textContent).toBeTruthy();
      expect(figure.querySelector("table caption")?.textContent).toBeTruthy();
      expect(figure.querySelectorAll("th[scope=col]").length).toBeGreaterThan(1);
      const csv = figure.querySelector("a[download]")?.getAttribute("href") ?? "";
      expect(csv).toMatch(/^\/api\/stats\.csv\?by=\w+.*&from=2023$/);
      expect((await server.app.request(csv)).status).toBe(200);
    }
    const years = [...figures[0]!.querySelectorAll("tbody tr")].map((tr) => [
      tr.querySelector("th")?.textContent,
      tr.querySelector("td")?.textContent,
    ]);
    expect(years).toEqual([
      ["2023", "1"],
      ["2024", "2"],
    ]);
  });

  it("hands the chart data to stats.js in a JSON block, and no inline code", async () => {
    const html = await (await server.app.request("/stats")).text();
    const { document } = parseHTML(html);
    const data = JSON.parse(document.getElementById("stats-data")!.textContent!);
    expect(data.charts.year.categories).toEqual(["2022", "2023", "2024"]);
    expect(data.charts.year.series.map((s: Json) => s.data)).toEqual([
      [1, 1, 2],
      [100, 5_000_000, 1_200],
    ]);
    expect(data.charts.cause_by_year.kind).toBe("stacked");
    expect(data.charts.cause_by_year.series.map((s: Json) => s.name)).toContain("紛失・置き忘れ");
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts.map((s) => s.getAttribute("src") ?? s.getAttribute("type"))).toEqual([
      "application/json",
      "/static/echarts.min.js",
      "/static/stats.js",
    ]);
    expect((await server.app.request("/static/stats.js")).status).toBe(200);
  });

  it("escapes a hostile organization name in the largest-incidents table", async () => {
    const html = await (await server.app.request("/stats")).text();
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const { document } = parseHTML(html);
    const link = document.querySelector('a[href="/incidents/hostile-2023"]');
    expect(link?.textContent).toBe(HOSTILE_ORGANIZATION);
  });

  it("re-renders the form with a 400 and the reason for a bad period, keeping what was typed", async () => {
    const res = await server.app.request("/stats?from=2024-02&to=2023%3Cb%3E");
    expect(res.status).toBe(400);
    const html = await res.text();
    const { document } = parseHTML(html);
    expect(document.querySelector("[role=alert]")?.textContent).toMatch(/to: must be YYYY/);
    expect(document.querySelector("#to")?.getAttribute("value")).toBe("2023<b>");
    expect(html).not.toContain("2023<b>");
    expect(document.querySelector("figure")).toBeNull();
  });

  it("keeps the English labels when the reader switches", async () => {
    const html = await (await server.app.request("/stats?lang=en")).text();
    expect(html).toContain("Incidents and people per year");
    expect(html).toContain("Unauthorized access");
  });

  it("names the size and disclosure-lag bands in English too", async () => {
    const { document } = parseHTML(await (await server.app.request("/stats?lang=en")).text());
    const rowsOf = (chart: string) =>
      [
        ...(document.querySelector(`[data-chart=${chart}]`)?.closest("figure")?.querySelectorAll("th[scope=row]") ??
          []),
      ].map((th) => th.textContent ?? "");
    const japanese = (r: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(r);
    expect(rowsOf("size").length).toBeGreaterThan(0);
    expect(
      rowsOf("size").every((r) => /^(?:Under 10|\d[\d,]* to [\d,]+|1,000,000 or more|Unknown|Total)$/.test(r)),
    ).toBe(true);
    expect(rowsOf("lag").length).toBeGreaterThan(0);
    expect(rowsOf("lag").filter(japanese)).toEqual([]);
  });
});

describe("toScriptJson", () => {
  it("cannot be broken out of, and parses back to the same value", () => {
    const value = { organization: HOSTILE_ORGANIZATION, comment: "<!-- x --> \u2028 & </SCRIPT >" };
    const json = toScriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
