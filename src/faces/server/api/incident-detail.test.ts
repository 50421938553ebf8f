import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CVE_ARTICLES, HOSTILE_ARTICLE, MYNUMBER_ARTICLE } from "../../../../test/support/detail-articles.js";
import {
  createTestServer,
  type Json,
  requestJson,
  TEST_NOW,
  type TestServer,
} from "../../../../test/support/server.js";
import { applyCorrection } from "../../../ingest/corrections.js";
import { ingestDocument } from "../../../ingest/ingest-source.js";
import { incidentDetailSchema } from "./incident-detail.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: [MYNUMBER_ARTICLE, ...CVE_ARTICLES, HOSTILE_ARTICLE] });
});
afterAll(async () => {
  await server.close();
});

async function idOf(organization: string): Promise<number> {
  const list = (await requestJson(server.app, `/api/incidents?q=${encodeURIComponent(organization)}`)).body;
  expect(list.items).toHaveLength(1);
  return list.items[0].id;
}

describe("GET /api/incidents/{id}", () => {
  it("gives the incident in the shape its schema documents", async () => {
    const id = await idOf("北浜市");
    const { status, body } = await requestJson(server.app, `/api/incidents/${id}`);
    expect(status).toBe(200);
    const parsed = incidentDetailSchema.safeParse(body);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues[0])).toBe(true);
    expect(body.organization).toBe("北浜市");
    expect(body.affected).toEqual({ value: 1200, qualifier: "approx", unit: "people" });
  });

  it("orders the timeline by date, each event pointing into its source", async () => {
    const d: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    expect(d.timeline.map((e: Json) => [e.date, e.kind])).toEqual([
      ["2024-05-02", "discovered"],
      ["2024-05-09", "announced"],
    ]);
    const source: Json = (await requestJson(server.app, `/api/sources/${d.timeline[0].evidence.source_id}`)).body;
    const { sentence } = d.timeline[0].evidence;
    expect(source.text.slice(sentence.start, sentence.end)).toBe("5月2日に職員が紛失に気付いた。");
  });

  it("gives each field's evidence: the span, its source, and the sentence around it", async () => {
    const d: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    const affected = d.field_evidence.find((f: Json) => f.field === "affected");
    expect(affected.value).toEqual(d.affected);
    expect(affected.corrected).toBe(false);
    const [ev] = affected.evidence;
    expect(ev.text).toBe("約1,200人分");
    const source: Json = (await requestJson(server.app, `/api/sources/${ev.source_id}`)).body;
    expect(source.text.slice(ev.start, ev.end)).toBe("約1,200人分");
    expect(source.text.slice(ev.sentence.start, ev.sentence.end)).toBe(
      "北浜市は9日、市民約1,200人分の氏名、住所、マイナンバーが記載された名簿を紛失したと発表した。",
    );
    expect(ev.sentence_text).toBe(source.text.slice(ev.sentence.start, ev.sentence.end));
    expect(affected.candidates).toEqual([expect.objectContaining({ chosen: true, value: d.affected })]);
    expect(d.field_evidence.map((f: Json) => f.field)).toEqual([
      "organization",
      "organization_type",
      "announced",
      "affected",
      "data_items",
      "cause",
      "cves",
      "certainty",
    ]);
  });

  it("lists its sources with their metadata and the sample flag", async () => {
    const city: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    expect(city.source_documents).toEqual([
      expect.objectContaining({ key: "kitahama.txt", version: 1, published: "2024-05-10", sample: false }),
    ]);
    const hostile: Json = (await requestJson(server.app, `/api/incidents/${await idOf("ヤマビコ")}`)).body;
    expect(hostile.source_documents).toEqual([expect.objectContaining({ key: "sample:yamabiko.txt", sample: true })]);
  });

  it("triages a My Number leak under the 番号法 and the public-body rules, with the JO estimate", async () => {
    const d: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    expect(d.classification.sensitivity.specificPersonalInformation).toBe(true);
    expect(d.triage.mynumber_involved.value).toBe(true);
    expect(d.triage.report_to_ppc).toBe(true);
    expect(d.triage.mynumber).toEqual(expect.objectContaining({ applies: true, reportable: true }));
    expect(d.triage.mynumber.triggers).toContain("4号");
    expect(d.triage.public.triggers).toContain("4号");
    expect(d.triage.public.deadlines.start).toBe("2024-05-02");
    expect(d.triage).not.toHaveProperty("estimate");
    expect(d.estimate.per_person_yen).toBeGreaterThan(0);
    expect(d.estimate.people).toBe(1200);
    expect(d.estimate.total_yen).toBe(d.estimate.per_person_yen * 1200);
    expect(d.estimate.formula).toContain("500");
  });

  it("names the campaigns an incident belongs to", async () => {
    const aoba: Json = (await requestJson(server.app, `/api/incidents/${await idOf("アオバ物産")}`)).body;
    expect(aoba.campaigns).toEqual([{ key: "cve:CVE-2023-46805", kind: "cve", label: "CVE-2023-46805", members: 2 }]);
    const city: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    expect(city.campaigns).toEqual([]);
  });

  it("finds an incident by its key too", async () => {
    const d: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    const byKey = await requestJson(server.app, `/api/incidents/${d.key}`);
    expect(byKey.status).toBe(200);
    expect(byKey.body.id).toBe(d.id);
  });

  it("answers an unknown id or key with a JSON 404", async () => {
    for (const id of ["999999", "inc_nothing"]) {
      const res = await requestJson(server.app, `/api/incidents/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: "not_found", message: `no incident ${id}` } });
    }
  });
});

describe("history and campaign freshness", () => {
  let own: TestServer;
  beforeAll(async () => {
    own = await createTestServer({ articles: [MYNUMBER_ARTICLE, ...CVE_ARTICLES] });
  });
  afterAll(async () => {
    await own.close();
  });

  it("shows an analyst's correction in the history and marks the field corrected", async () => {
    const list = (await requestJson(own.app, `/api/incidents?q=${encodeURIComponent("北浜市")}`)).body;
    const id = list.items[0].id;
    const incident = await own.store.getIncident(id);
    await applyCorrection(own.store, incident!, {
      field: "affected",
      value: { value: 1250, qualifier: "exact", unit: "people" },
      reason: "市の発表資料で確認",
      who: "analyst-1",
      at: TEST_NOW,
    });
    const d: Json = (await requestJson(own.app, `/api/incidents/${id}`)).body;
    expect(d.affected).toEqual({ value: 1250, qualifier: "exact", unit: "people" });
    expect(d.history).toEqual([
      {
        id: expect.any(Number),
        at: TEST_NOW,
        who: "analyst-1",
        field: "affected",
        old_value: { value: 1200, qualifier: "approx", unit: "people" },
        new_value: { value: 1250, qualifier: "exact", unit: "people" },
        why: "市の発表資料で確認",
      },
    ]);
    expect(d.corrected).toContain("affected");
    expect(d.field_evidence.find((f: Json) => f.field === "affected").corrected).toBe(true);
    expect(d.estimate.people).toBe(1250);
  });

  it("sees a new campaign member once another source is ingested", async () => {
    const list = (await requestJson(own.app, `/api/incidents?q=${encodeURIComponent("アオバ物産")}`)).body;
    const before: Json = (await requestJson(own.app, `/api/incidents/${list.items[0].id}`)).body;
    expect(before.campaigns[0].members).toBe(2);
    const text =
      "# published: 2024-09-10\n\n合同会社ハヤテ運輸は9日、VPN装置の脆弱性（CVE-2023-46805）を突いた不正アクセスで、社員約90人分の氏名が流出した可能性があると発表した。\n";
    await ingestDocument(
      { name: "hayate.txt", bytes: new TextEncoder().encode(text), contentType: "text/plain" },
      "hayate.txt",
      { store: own.store, now: () => TEST_NOW },
    );
    const after: Json = (await requestJson(own.app, `/api/incidents/${list.items[0].id}`)).body;
    expect(after.campaigns[0].members).toBe(3);
    const again: Json = (await requestJson(own.app, `/api/incidents/${list.items[0].id}`)).body;
    expect(again.campaigns).toEqual(after.campaigns);
  });
});

describe("GET /api/incidents/{id}/triage/draft", () => {
  it("downloads the report draft as a Markdown attachment", async () => {
    const id = await idOf("北浜市");
    const res = await server.app.request(`/api/incidents/${id}/triage/draft`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="roei-report-draft-${id}.md"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const md = await res.text();
    expect(md).toMatch(/^# 漏えい等報告 下書き — 北浜市\n/);
    expect(md).toContain("## 番号法");
    expect(md).toContain("### 報告事項（規則44条）");
    expect(md).toContain("3. **漏えい等が発生し、又は発生したおそれがある保有個人情報に係る本人の数**: 約1,200人");
    expect(md).toContain("【未記載・要記入】");
    expect(md).toContain(`http://localhost/incidents/${id}`);
  });

  it("escapes markup from articles so a Markdown viewer shows it as text", async () => {
    const md = await (await server.app.request(`/api/incidents/${await idOf("ヤマビコ")}/triage/draft`)).text();
    expect(md).toContain("alert(1)");
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).toContain("\\</script\\>");
  });

  it("answers an unknown incident with a JSON 404", async () => {
    const res = await requestJson(server.app, "/api/incidents/999999/triage/draft");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("GET /api/sources/{id}", () => {
  it("gives the source text and metadata", async () => {
    const d: Json = (await requestJson(server.app, `/api/incidents/${await idOf("北浜市")}`)).body;
    const { status, body } = await requestJson(server.app, `/api/sources/${d.sourceIds[0]}`);
    expect(status).toBe(200);
    expect(body).toEqual(
      expect.objectContaining({
        id: d.sourceIds[0],
        key: "kitahama.txt",
        version: 1,
        published: "2024-05-10",
        status: "ok",
        sample: false,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    );
    expect(body.text).toContain("北浜市は9日");
    expect(body.length).toBe(body.text.length);
  });

  it("refuses a non-numeric id with 400 and an unknown one with 404", async () => {
    const bad = await requestJson(server.app, "/api/sources/abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^id: /);
    const none = await requestJson(server.app, "/api/sources/999999");
    expect(none.status).toBe(404);
    expect(none.body).toEqual({ error: { code: "not_found", message: "no source 999999" } });
  });
});

describe("OpenAPI", () => {
  it("documents the detail, draft and source routes with typed schemas", async () => {
    const doc: Json = (await requestJson(server.app, "/api/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/incidents/{id}", "/incidents/{id}/triage/draft", "/sources/{id}"]),
    );
    const detail = doc.components.schemas.IncidentDetail;
    expect(Object.keys(detail.properties)).toEqual(
      expect.arrayContaining([
        "timeline",
        "field_evidence",
        "source_documents",
        "classification",
        "triage",
        "estimate",
        "campaigns",
        "history",
      ]),
    );
    expect(detail.required).toContain("triage");
    expect(doc.paths["/incidents/{id}/triage/draft"].get.responses["200"].content).toHaveProperty("text/markdown");
  });
});
