import { describe, expect, it } from "vitest";
import { CAUSES, DATA_ITEMS } from "../../domain/incident.js";
import { ORGANIZATION_TYPES, type OrganizationType } from "../../domain/store.js";
import { toCauseFromVerisActions, toVerisAction, VERIS_ACTION_BY_CAUSE } from "../classify/veris-action.js";
import {
  eventOf,
  loadVerisValidator,
  spanOf,
  storedIncidentOf,
  VERIS_SCHEMA_PATH,
  verisSchemaPresent,
} from "./test-fixtures.js";
import { toUuidV5 } from "./uuid.js";
import { toVerisDate, toVerisIncident, toVerisIncidentId } from "./veris.js";
import { toDataItemsFromVeris, toVerisDataVarieties } from "./veris-data.js";

type Veris = {
  incident_id: string;
  timeline: { incident: { year: number; month?: number; day?: number }; discovery?: { unit: string; value: number } };
  victim: { industry: string; government: string[]; country: string[] };
  action: Record<string, { variety: string[]; vector: string[]; cve?: string }>;
  actor: Record<string, unknown>;
  asset: { assets: { variety: string }[]; cloud: string[] };
  attribute: {
    confidentiality: { data_disclosure: string; data_total?: number; data: { variety: string }[] };
    integrity?: { variety: string[] };
    availability?: { variety: string[] };
  };
  discovery_method: Record<string, unknown>;
  reference?: string;
  plus: { roei: { key: string; affected: unknown }; timeline?: { notification: unknown } };
};

const asVeris = (x: unknown) => x as Veris;

describe("toUuidV5", () => {
  it("matches the RFC 9562 example (www.example.com in the DNS namespace)", () => {
    expect(toUuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });
});

describe("toVerisIncident", () => {
  it("maps the fields of one incident", () => {
    const v = asVeris(
      toVerisIncident(
        storedIncidentOf({
          cause: "vulnerability",
          cves: ["CVE-2017-5638"],
          vector: ["Apache Struts2"],
          timeline: [eventOf("2024-03-01", "exposure_start"), eventOf("2024-03-21", "discovered")],
        }),
        {
          sources: [
            { key: "https://news.example.jp/a/1", published: "2024-05-10" },
            { key: "/x/y/a.txt", published: null },
          ],
        },
      ),
    );
    expect(v.incident_id).toBe(toVerisIncidentId("inc_000000000000000000000001"));
    expect(v.incident_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(v.timeline.incident).toEqual({ year: 2024, month: 3, day: 1 });
    expect(v.timeline.discovery).toEqual({ unit: "Days", value: 20 });
    expect(v.action).toEqual({
      hacking: { variety: ["Exploit vuln"], vector: ["Unknown"], cve: "CVE-2017-5638" },
    });
    expect(v.actor).toEqual({ external: { variety: ["Unknown"], motive: ["Unknown"] } });
    expect(v.asset.assets).toEqual([{ variety: "S - Web application" }]);
    expect(v.attribute.confidentiality).toEqual({
      data_disclosure: "Potentially",
      data_total: 1200,
      data: [{ variety: "Personal" }],
    });
    expect(v.victim).toMatchObject({ industry: "000", country: ["JP"], government: ["NA"] });
    expect(v.reference).toBe("https://news.example.jp/a/1; a.txt");
    expect(v.plus.timeline?.notification).toEqual({ year: 2024, month: 5, day: 10 });
    expect(v.plus.roei.affected).toEqual({ value: 1200, qualifier: "max", unit: "people" });
  });

  it("keeps the id of an imported incident and is stable", () => {
    expect(toVerisIncidentId("veris:ABC-123")).toBe("ABC-123");
    const i = storedIncidentOf();
    expect(toVerisIncident(i)).toEqual(toVerisIncident(i));
  });

  it.each([
    ["local_government", "鳥羽島市", "92", ["Local"]],
    ["local_government", "北谷県", "92", ["Regional"]],
    ["national_government", "架空省", "92", ["Federal"]],
    ["education", "みどり大学", "61", ["NA"]],
    ["medical", "丸池記念病院", "62", ["NA"]],
    ["company", "株式会社あおば", "000", ["NA"]],
  ] as const)("victim of type %s (%s): NAICS %s", (type, organization, industry, government) => {
    const v = asVeris(toVerisIncident(storedIncidentOf({ organizationType: type as OrganizationType, organization })));
    expect(v.victim.industry).toBe(industry);
    expect(v.victim.government).toEqual(government);
  });

  it("dates: timeline first, then announced, then the sources, then the year stored", () => {
    const year = (i: Parameters<typeof toVerisIncident>[0], published: string | null = null) =>
      asVeris(toVerisIncident(i, { sources: [{ key: "a", published }] })).timeline.incident;
    expect(year(storedIncidentOf({ announced: "2023-07" }))).toEqual({ year: 2023, month: 7 });
    expect(year(storedIncidentOf({ announced: "--07-01" }), "2022-07-03")).toEqual({ year: 2022, month: 7, day: 3 });
    expect(year(storedIncidentOf({ announced: null }))).toEqual({ year: 2025 });
    const undated = toVerisIncident(storedIncidentOf({ announced: null })) as { confidence?: string; notes?: string };
    expect(undated.confidence).toBe("Low");
    expect(undated.notes).toMatch(/upper bound/);
    expect(toVerisIncident(storedIncidentOf())).not.toHaveProperty("notes");
    expect(year(storedIncidentOf({ announced: null, timeline: [eventOf("2021-09-30", "reported_police")] }))).toEqual({
      year: 2021,
      month: 9,
      day: 30,
    });
    expect(toVerisDate("2024-13-01")).toBeNull();
  });

  it("codes loss and theft as an availability loss, malware with a software installation", () => {
    const loss = asVeris(toVerisIncident(storedIncidentOf({ cause: "loss", vector: ["USBメモリ"] })));
    expect(loss.action).toEqual({ error: { variety: ["Loss"], vector: ["Carelessness"] } });
    expect(loss.asset.assets).toEqual([{ variety: "M - Flash drive" }]);
    expect(loss.attribute.availability).toEqual({ variety: ["Loss"] });
    const ransom = asVeris(
      toVerisIncident(storedIncidentOf({ cause: "malware", sources: { cause: spanOf("ランサムウェアに感染") } })),
    );
    expect(ransom.action.malware?.variety).toEqual(["Ransomware"]);
    expect(ransom.attribute.integrity).toEqual({ variety: ["Software installation"] });
    const extorted = asVeris(toVerisIncident(storedIncidentOf({ timeline: [eventOf("2024-04-02", "extortion")] })));
    expect(extorted.discovery_method).toEqual({ external: { variety: ["Actor disclosure"] } });
  });
});

describe("the cause ↔ action table", () => {
  it("reads back every cause it writes", () => {
    for (const cause of CAUSES) {
      const m = toVerisAction(cause);
      const back = toCauseFromVerisActions(
        m.variety === null ? [] : [{ category: m.category, varieties: [m.variety] }],
      );
      // targeted_email and phishing share social/Phishing; reading back gives the general one.
      expect(back, cause).toBe(cause === "targeted_email" ? "phishing" : cause);
    }
  });

  it("prefers the attack to the error and knows varieties outside the table", () => {
    expect(
      toCauseFromVerisActions([
        { category: "error", varieties: ["Misconfiguration"] },
        { category: "hacking", varieties: ["SQLi"] },
      ]),
    ).toBe("sql_injection");
    expect(toCauseFromVerisActions([{ category: "hacking", varieties: ["Brute force"] }])).toBe("credential_theft");
    expect(toCauseFromVerisActions([{ category: "environmental", varieties: ["Fire"] }])).toBe("unknown");
  });

  it("has a mapping for every cause", () => {
    expect(Object.keys(VERIS_ACTION_BY_CAUSE).sort()).toEqual([...CAUSES].sort());
  });
});

describe("data varieties", () => {
  it("adds Personal where the 1.4.1 hierarchy implies it", () => {
    expect(toVerisDataVarieties(["credit_card_number", "password"])).toEqual(["Personal", "Payment", "Credentials"]);
    expect(toVerisDataVarieties([])).toEqual([]);
  });

  it("reads VERIS varieties back as roei items", () => {
    expect(toDataItemsFromVeris(["Personal", "Bank"])).toEqual(["bank_account"]);
    expect(toDataItemsFromVeris(["Personal"])).toEqual(["other"]);
    expect(toDataItemsFromVeris(["Credentials", "Unknown"])).toEqual(["login_id", "password"]);
  });
});

describe.skipIf(!verisSchemaPresent)(`hand-made incidents validate against ${VERIS_SCHEMA_PATH}`, () => {
  const validate = verisSchemaPresent ? loadVerisValidator() : () => ["no schema"];

  it("rejects a record that breaks the schema (the validator can fail)", () => {
    const record = toVerisIncident(storedIncidentOf()) as Record<string, unknown>;
    expect(validate({ ...record, victim: { victim_id: "x" } }).length).toBeGreaterThan(0);
    expect(validate({ ...record, action: { hacking: { variety: ["Not a variety"], vector: ["VPN"] } } })).not.toEqual(
      [],
    );
  });

  it.each(CAUSES.map((c) => [c]))("cause %s", (cause) => {
    const withCve = cause === "vulnerability" || cause === "malware" ? { cves: ["CVE-2024-00001"] } : {};
    expect(validate(toVerisIncident(storedIncidentOf({ cause, ...withCve })))).toEqual([]);
  });

  it.each(DATA_ITEMS.map((d) => [d]))("data item %s", (item) => {
    expect(validate(toVerisIncident(storedIncidentOf({ data_items: [item], certainty: "confirmed" })))).toEqual([]);
  });

  it.each(ORGANIZATION_TYPES)("organization type %s", (organizationType) => {
    expect(validate(toVerisIncident(storedIncidentOf({ organizationType })))).toEqual([]);
  });

  it("an incident with nothing known but its organization", () => {
    const bare = storedIncidentOf({
      announced: null,
      affected: { value: null, qualifier: null, unit: null },
      data_items: [],
      cause: "unknown",
      evidence: "",
      sourceIds: [],
      secondary_damage: [spanOf("不審な電話が3件")],
      vector: ["クラウドサービス", "ノートパソコン", "紙の名簿", "メール"],
    });
    expect(validate(toVerisIncident(bare))).toEqual([]);
  });
});
