import { describe, expect, it } from "vitest";
import type { Correction } from "../../domain/store.js";
import { clusterReports } from "./cluster.js";
import { carryCorrections } from "./corrections.js";
import { mergeCluster, mergeReports } from "./merge-cluster.js";
import { eventOf, incidentOf, inputOf, spanOf } from "./test-fixtures.js";

const NOW = "2025-03-01T00:00:00.000Z";

/** 株式会社かもめ通販: a first report (最大約1万5千人, possible) and a follow-up (9,120人, confirmed). */
const first = inputOf(
  incidentOf({
    organization: "株式会社かもめ通販",
    announced: "2024-05-10",
    affected: { value: 15000, qualifier: "max", unit: "people" },
    data_items: ["name", "email"],
    cause: "unauthorized_access",
    certainty: "possible",
    evidence: "最大約1万5千人分の会員情報が流出した可能性",
    timeline: [eventOf("2024-04-28", "discovered"), eventOf("2024-05-10", "announced")],
    vector: ["会員サイト"],
    response: [spanOf("会員に謝罪のメールを送付")],
  }),
  { id: 11, key: "https://news.example/kamome-1", published: "2024-05-10" },
);
const followUp = inputOf(
  incidentOf({
    organization: "かもめ通販",
    announced: "2024-06-20",
    affected: { value: 9120, qualifier: "exact", unit: "people" },
    data_items: ["name", "email", "phone"],
    cause: "malware",
    certainty: "confirmed",
    evidence: "9,120人分の情報が流出したと確定",
    breakdown: [{ label: "会員", value: 9120, unit: "people", evidence: { start: 0, end: 5, text: "会員9120人" } }],
    timeline: [eventOf("2024-05-10", "announced", "5月10日に公表していた"), eventOf("2024-06-20", "announced")],
    secondary_damage: [spanOf("不正利用が3件確認された", 40)],
    response: [spanOf("会員に謝罪のメールを送付"), spanOf("パスワードを初期化", 60)],
  }),
  { id: 12, key: "https://news.example/kamome-2", published: "2024-06-20" },
);

describe("mergeCluster: a first report and its follow-up", () => {
  const { incidents, organizations } = mergeCluster([followUp, first], [], NOW);
  const incident = incidents[0]!;

  it("become one incident with both sources", () => {
    expect(incidents).toHaveLength(1);
    expect(incident.reportIds).toEqual([11, 12]);
    expect(incident.sourceIds).toEqual([11, 12]);
  });

  it("takes the later confirmed count over the earlier 最大 estimate, with its breakdown and evidence", () => {
    expect(incident.affected).toEqual({ value: 9120, qualifier: "exact", unit: "people" });
    expect(incident.breakdown).toHaveLength(1);
    expect(incident.evidence).toBe("9,120人分の情報が流出したと確定");
    expect(incident.certainty).toBe("confirmed");
  });

  it("resolves the other fields: fullest name, earliest announcement, most specific cause, unions", () => {
    expect(incident.organization).toBe("株式会社かもめ通販");
    expect(incident.also).toEqual(["かもめ通販"]);
    expect(incident.organization_key).toBe("かもめ通販");
    expect(incident.announced).toBe("2024-05-10");
    expect(incident.cause).toBe("malware");
    expect(incident.data_items).toEqual(["name", "phone", "email"]);
    expect(incident.vector).toEqual(["会員サイト"]);
    expect(incident.organizationType).toBe("company");
    expect(incident.updatedAt).toBe(NOW);
  });

  it("merges the timelines in date order, both announcements once each", () => {
    expect(incident.timeline.map((e) => `${e.date} ${e.kind}`)).toEqual([
      "2024-04-28 discovered",
      "2024-05-10 announced",
      "2024-06-20 announced",
    ]);
  });

  it("keeps the source of each timeline event, secondary damage and response span (their offsets are its text's)", () => {
    expect(incident.spanSources).toEqual({ timeline: [11, 11, 12], secondary_damage: [12], response: [11, 12] });
    expect(incident.response.map((s) => s.text)).toEqual(["会員に謝罪のメールを送付", "パスワードを初期化"]);
  });

  it("keeps every candidate, with its source and span, and marks the chosen one", () => {
    const affected = incident.candidates.filter((c) => c.field === "affected");
    expect(affected.map((c) => [c.reportId, c.sourceId, c.text, c.chosen])).toEqual([
      [11, 11, "15000人分", false],
      [12, 12, "9120人分", true],
    ]);
    expect(incident.candidates).toHaveLength(2 * 8);
    expect(incident.sources.affected?.text).toBe("9120人分");
  });

  it("describes the organization with its aliases", () => {
    expect(organizations).toEqual([
      { key: "かもめ通販", name: "株式会社かもめ通販", aliases: ["かもめ通販"], type: "company", parentKey: null },
    ]);
  });
});

describe("mergeCluster: different incidents of one organization", () => {
  const loss = inputOf(
    incidentOf({
      organization: "株式会社かもめ通販",
      announced: "2019-02-14",
      affected: { value: 40, qualifier: "exact", unit: "people" },
      cause: "loss",
      data_items: ["name", "address"],
    }),
    { id: 21, key: "https://news.example/kamome-2019" },
  );

  it("keeps a loss in 2019 apart from a ransomware attack in 2024", () => {
    const { incidents } = mergeCluster([first, loss, followUp], [], NOW);
    expect(incidents.map((i) => [i.announced, i.cause, i.reportIds])).toEqual([
      ["2019-02-14", "loss", [21]],
      ["2024-05-10", "malware", [11, 12]],
    ]);
    expect(new Set(incidents.map((i) => i.key)).size).toBe(2);
  });

  it("keeps apart two incidents one article reports separately", () => {
    const a = inputOf(incidentOf({ organization: "港北市", cause: "misdelivery" }), { id: 31, sourceId: 30 });
    const b = inputOf(incidentOf({ organization: "港北市", cause: "misdelivery" }), { id: 32, sourceId: 30, index: 1 });
    expect(mergeCluster([a, b], [], NOW).incidents).toHaveLength(2);
  });

  it("keeps the same cause apart when the announcements are far apart and neither refers to the other", () => {
    const a = inputOf(incidentOf({ organization: "港北市", announced: "2023-01-10", cause: "misdelivery" }), {
      id: 41,
    });
    const b = inputOf(incidentOf({ organization: "港北市", announced: "2023-09-01", cause: "misdelivery" }), {
      id: 42,
    });
    expect(mergeCluster([a, b], [], NOW).incidents).toHaveLength(2);
  });

  it("joins a late follow-up that refers back to the first announcement", () => {
    const a = inputOf(incidentOf({ organization: "港北市", announced: "2023-01-10", cause: "unknown" }), { id: 51 });
    const later = incidentOf({
      organization: "港北市",
      announced: "2023-09-01",
      cause: "mispublication",
      timeline: [eventOf("--01-10", "announced", "市は1月10日に公表していた")],
    });
    expect(mergeCluster([a, inputOf(later, { id: 52 })], [], NOW).incidents).toHaveLength(1);
  });
});

describe("clusterReports", () => {
  const named = (organization: string, id: number, also: string[] = []) =>
    inputOf(incidentOf({ organization, also, announced: "2024-05-10" }), { id });

  it("groups 株式会社X, （株）X and X", () => {
    const clusters = clusterReports([
      named("かもめ通販", 1),
      named("（株）かもめ通販", 2),
      named("株式会社かもめ通販", 3),
    ]);
    expect(clusters.map((c) => c.map((r) => r.report.id))).toEqual([[1, 2, 3]]);
    const { incidents } = mergeCluster(clusters[0]!, [], NOW);
    expect(incidents.map((i) => [i.organization, i.also])).toEqual([
      ["株式会社かもめ通販", ["かもめ通販", "（株）かもめ通販"]],
    ]);
  });

  it("groups a short name (北商) with the full one, and a name in `also` with that organization", () => {
    const clusters = clusterReports([
      named("北浜商工会議所", 1),
      named("北商", 2),
      named("大川県立こども病院", 3, ["大川県"]),
      named("大川県", 4),
      named("みなと中央病院", 5),
    ]);
    expect(clusters.map((c) => c.map((r) => r.report.id))).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("does not group the victims of one contractor, nor them with the contractor", () => {
    const clusters = clusterReports([
      named("港北市", 1, ["株式会社あおば印刷"]),
      named("南原町", 2, ["あおば印刷"]),
      named("株式会社あおば印刷", 3),
    ]);
    expect(clusters).toHaveLength(3);
  });

  it("orders clusters and their reports canonically whatever the input order", () => {
    const reports = [named("南原町", 1), named("港北市", 2), named("市立港北病院", 3), named("港北市", 4)];
    const ids = (rs: typeof reports) => clusterReports(rs).map((c) => c.map((r) => r.report.id));
    expect(ids([...reports].reverse())).toEqual(ids(reports));
  });
});

describe("vendor incidents", () => {
  it("gives each victim its own incident, each related to the others", () => {
    const victim = (organization: string, id: number, extra: { also?: string[]; vector?: string[] }) =>
      inputOf(incidentOf({ organization, announced: "2024-06-01", cause: "malware", ...extra }), { id });
    const { incidents } = mergeReports(
      [
        victim("港北市", 1, { also: ["株式会社あおば印刷"] }),
        victim("南原町", 2, { vector: ["あおば印刷"] }),
        victim("株式会社あおば印刷", 3, {}),
        victim("南原町", 4, { also: ["あおば印刷"] }),
        inputOf(incidentOf({ organization: "西山村", also: ["あおば印刷"], announced: "2021-06-01" }), { id: 5 }),
      ],
      [],
      NOW,
    );
    const byOrg = new Map(incidents.map((i) => [i.organization, i]));
    expect(incidents).toHaveLength(4);
    const key = (name: string) => byOrg.get(name)!.key;
    expect(byOrg.get("港北市")!.related).toEqual([key("南原町"), key("株式会社あおば印刷")].sort());
    expect(byOrg.get("株式会社あおば印刷")!.related).toEqual([key("港北市"), key("南原町")].sort());
    expect(byOrg.get("西山村")!.related).toEqual([]);
  });
});

describe("corrections", () => {
  const merged = mergeCluster([first, followUp], [], NOW).incidents[0]!;
  const correction: Correction = {
    incidentKey: merged.key,
    field: "affected",
    value: { value: 9200, qualifier: "exact", unit: "people" },
    reason: "会社の第2報で訂正",
    who: "analyst",
    at: "2025-02-01T00:00:00.000Z",
  };

  it("override the merged field, are listed in corrected, and unmark the candidates", () => {
    const incident = mergeCluster([first, followUp], [correction], NOW).incidents[0]!;
    expect(incident.affected).toEqual({ value: 9200, qualifier: "exact", unit: "people" });
    expect(incident.corrected).toEqual(["affected"]);
    expect(incident.candidates.filter((c) => c.field === "affected" && c.chosen)).toEqual([]);
  });

  it("latest correction of a field wins; a value that does not fit the field is ignored", () => {
    const later = { ...correction, value: { value: 9300, qualifier: "exact", unit: "people" }, at: "2025-02-02" };
    const bad = { ...correction, value: "many", at: "2025-02-03" };
    const incident = mergeCluster([first, followUp], [bad, later, correction], NOW).incidents[0]!;
    expect(incident.affected.value).toBe(9300);
  });

  it("survive a re-merge that changes the incident key (carryCorrections)", () => {
    const earlier = inputOf(
      incidentOf({ organization: "かもめ通販", announced: "2024-05-09", data_items: ["email"] }),
      { id: 10, key: "https://another.example/kamome-0" },
    );
    const without = mergeReports([first, followUp, earlier], [], NOW).incidents;
    expect(without).toHaveLength(1);
    expect(without[0]!.key).not.toBe(merged.key);
    const carried = carryCorrections([{ key: merged.key, reportIds: merged.reportIds }], without, [correction]);
    expect(carried).toEqual([{ ...correction, incidentKey: without[0]!.key }]);
    const incident = mergeReports([first, followUp, earlier], carried, NOW).incidents[0]!;
    expect(incident.affected.value).toBe(9200);
    expect(incident.corrected).toEqual(["affected"]);
  });

  it("carryCorrections follows most of the old reports, and keeps corrections it cannot place", () => {
    const split = [
      { key: "new-a", reportIds: [1] },
      { key: "new-b", reportIds: [2, 3] },
    ];
    const c = (incidentKey: string) => ({ ...correction, incidentKey });
    expect(carryCorrections([{ key: "old", reportIds: [1, 2, 3] }], split, [c("old"), c("gone")])).toEqual([
      c("new-b"),
      c("gone"),
    ]);
  });
});
