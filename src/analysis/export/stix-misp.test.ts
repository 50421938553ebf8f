import { describe, expect, it } from "vitest";
import { toMispEvent, toTags, toThreatLevel } from "./misp.js";
import { ROEI_IDENTITY_ID, type StixInput, toStixBundle } from "./stix.js";
import { storedIncidentOf } from "./test-fixtures.js";

const ID = /^([a-z][a-z0-9-]*)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Required properties per STIX 2.1 object type (common ones checked for every SDO/SRO). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  identity: ["name"],
  incident: ["name"],
  vulnerability: ["name"],
  report: ["name", "published", "object_refs"],
  relationship: ["relationship_type", "source_ref", "target_ref"],
};

const inputs: StixInput[] = [
  {
    incident: storedIncidentOf({
      key: "inc_a",
      cause: "vulnerability",
      cves: ["CVE-2017-5638"],
      organizationType: "local_government",
      organization: "鳥羽島市",
    }),
    sources: [
      { key: "https://news.example.jp/1", published: "2024-05-10", title: "鳥羽島市で不正アクセス" },
      { key: "/data/a.txt", published: null, title: null },
    ],
  },
  {
    incident: storedIncidentOf({ key: "inc_b", id: 2, cves: ["CVE-2017-5638"], organization: "株式会社あおば" }),
    sources: [{ key: "https://news.example.jp/1", published: "2024-05-10", title: "鳥羽島市で不正アクセス" }],
  },
];

describe("toStixBundle", () => {
  const bundle = toStixBundle(inputs);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));

  it("holds well-formed STIX 2.1 objects with their required properties", () => {
    expect(bundle.type).toBe("bundle");
    expect(bundle.id).toMatch(/^bundle--/);
    for (const o of bundle.objects) {
      expect(o.id, o.id).toMatch(ID);
      expect(o.id.split("--")[0]).toBe(o.type);
      expect(o.spec_version).toBe("2.1");
      expect(o.created).toMatch(TIMESTAMP);
      expect(o.modified).toMatch(TIMESTAMP);
      for (const p of REQUIRED[o.type] ?? ["missing type"]) expect(o, `${o.type}.${p}`).toHaveProperty(p);
      for (const [k] of Object.entries(o)) expect(k, `${o.type} property ${k}`).toMatch(/^[a-z0-9_]{3,250}$|^id$/);
    }
  });

  it("refers only to objects in the bundle", () => {
    for (const o of bundle.objects) {
      const refs = [
        ...(typeof o.created_by_ref === "string" ? [o.created_by_ref] : []),
        ...(typeof o.source_ref === "string" ? [o.source_ref, o.target_ref as string] : []),
        ...((o.object_refs as string[] | undefined) ?? []),
      ];
      for (const ref of refs) expect(byId.has(ref), `${o.id} → ${ref}`).toBe(true);
    }
    expect(byId.get(ROEI_IDENTITY_ID)?.identity_class).toBe("system");
  });

  it("has one vulnerability per CVE and one report per source, shared by the incidents citing them", () => {
    const of = (type: string) => bundle.objects.filter((o) => o.type === type);
    expect(of("incident")).toHaveLength(2);
    expect(of("vulnerability")).toHaveLength(1);
    expect(of("vulnerability")[0]!.external_references).toEqual([{ source_name: "cve", external_id: "CVE-2017-5638" }]);
    expect(of("report")).toHaveLength(2);
    const shared = of("report").find((r) => r.name === "鳥羽島市で不正アクセス")!;
    expect((shared.object_refs as string[]).filter((r) => r.startsWith("incident--"))).toHaveLength(2);
    const targets = of("relationship").filter((r) => r.relationship_type === "targets");
    expect(targets).toHaveLength(2);
    expect(byId.get(targets[0]!.target_ref as string)?.type).toBe("identity");
    const victim = of("identity").find((i) => i.name === "鳥羽島市")!;
    expect(victim.sectors).toEqual(["government-local"]);
  });

  it("is the same whatever the order of the incidents", () => {
    expect(toStixBundle([...inputs].reverse())).toEqual(bundle);
  });
});

describe("toMispEvent", () => {
  it("has MISP's required keys, attributes and the databreach tags", () => {
    const { Event } = toMispEvent(storedIncidentOf({ cves: ["CVE-2024-12345"], cause: "vulnerability" }), [
      { key: "https://news.example.jp/2", published: null },
      { key: "/local/file.txt", published: null },
    ]);
    for (const k of ["uuid", "info", "date", "threat_level_id", "analysis", "distribution", "Attribute", "Tag"]) {
      expect(Event).toHaveProperty(k);
    }
    expect(Event.date).toBe("2024-05-10");
    expect(Event.info).toBe("株式会社みどり商事: 個人情報漏えい 1,200人");
    const types = Event.Attribute.map((a) => `${a.type}:${a.value}`);
    expect(types).toContain("vulnerability:CVE-2024-12345");
    expect(types).toContain("link:https://news.example.jp/2");
    expect(types).toContain("target-org:株式会社みどり商事");
    expect(types.some((t) => t.includes("/local/file.txt"))).toBe(false);
    expect(Event.Tag.map((t) => t.name)).toEqual(
      expect.arrayContaining(['databreach:breach-type="unauthorized-third-party"', 'roei:cause="vulnerability"']),
    );
    for (const a of Event.Attribute) expect(a.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    [{ value: 150_000, qualifier: "exact", unit: "people" }, [], "1"],
    [{ value: 5_000, qualifier: "exact", unit: "people" }, [], "2"],
    [{ value: 50, qualifier: "exact", unit: "people" }, [], "3"],
    [{ value: 50, qualifier: "exact", unit: "people" }, ["credit_card_number"], "1"],
    [{ value: null, qualifier: null, unit: null }, [], "4"],
  ] as const)("threat level for %j and %j is %s", (affected, data_items, level) => {
    expect(toThreatLevel(storedIncidentOf({ affected, data_items }))).toBe(level);
  });

  it("tags imported incidents and causes without a breach type", () => {
    const tags = toTags(storedIncidentOf({ key: "veris:X-1", cause: "loss" }));
    expect(tags).toContain('roei:imported="veris"');
    expect(tags.some((t) => t.startsWith("databreach:"))).toBe(false);
  });
});
