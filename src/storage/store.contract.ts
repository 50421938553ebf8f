/** @module The storage contract: one Vitest suite that every Store engine must pass (SQLite, PostgreSQL). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Cause, Certainty, DataItem, Incident, Qualifier } from "../domain/incident.js";
import type { OrganizationType, Source, StoredIncident } from "../domain/store.js";
import { SIZE_BANDS } from "./facets.js";
import { matchesQuery } from "./incident-match.js";
import type { Facets, IncidentQuery, NewIncident, NewSource, Store, StoreTx } from "./store.js";

/** Makes a new, empty, not yet migrated store; the suite migrates and closes it. */
export type StoreFactory = () => Promise<Store>;

/**
 * Registers the contract tests for one engine. `openAgain` opens a second connection to the database of the store
 * `makeStore` made last (what another process would see).
 */
export function describeStoreContract(name: string, makeStore: StoreFactory, openAgain?: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });
    const get = () => store;
    describeMigrations(get);
    describeSources(get);
    describeReports(get);
    describeIncidents(get);
    describeSearch(get);
    describeFilters(get);
    describeCorrections(get);
    describeTransactions(get);
    describeFeeds(get);
    describeBrowsing(get);
    describeServerTables(get);
    describeChangeToken(get, openAgain);
  });
}

/** An incident as the extractor outputs it, with defaults for what a test does not care about. */
export function anIncident(fields: Partial<Incident> = {}): Incident {
  return {
    organization: "テスト株式会社",
    also: [],
    announced: "2024-05-01",
    affected: { value: 100, qualifier: "exact", unit: "people" },
    data_items: ["name"],
    cause: "unauthorized_access",
    cves: [],
    evidence: "",
    certainty: "confirmed",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
    ...fields,
  };
}

let hashes = 0;

/** A source with a unique content hash. */
export function aSource(fields: Partial<NewSource> = {}): NewSource {
  hashes += 1;
  return {
    key: `https://example.jp/news/${hashes}`,
    version: 1,
    fetchedAt: "2024-06-01T00:00:00.000Z",
    published: "2024-05-31",
    contentHash: `hash-${hashes}-${Math.random().toString(36).slice(2)}`,
    title: null,
    text: "本文",
    status: "ok",
    error: null,
    ...fields,
  };
}

/** Extra StoredIncident fields for `toNewIncident`. */
type IncidentExtras = {
  readonly organizationType?: OrganizationType;
  readonly organizationKey?: string;
  readonly sourceIds?: readonly number[];
  readonly reportIds?: readonly number[];
};

/** A merged incident ready for replaceIncidents. */
export function toNewIncident(key: string, incident: Incident, extras: IncidentExtras = {}): NewIncident {
  return {
    ...incident,
    key,
    organization_key: extras.organizationKey ?? incident.organization,
    organizationType: extras.organizationType ?? "company",
    sourceIds: extras.sourceIds ?? [],
    reportIds: extras.reportIds ?? [],
    candidates: [],
    related: [],
    corrected: [],
    updatedAt: "2024-06-01T00:00:00.000Z",
  };
}

/** Writes one source (with `text`) and one incident citing it; returns the incident key. */
async function putIncident(
  tx: StoreTx,
  key: string,
  incident: Incident,
  text: string,
  extras: IncidentExtras = {},
): Promise<string> {
  const source = await tx.insertSource(aSource({ text }));
  const [report] = await tx.insertReports(source.id, [incident]);
  const full = { ...extras, sourceIds: [source.id], reportIds: [report!.id] };
  await tx.replaceIncidents([], [toNewIncident(key, incident, full)], []);
  return key;
}

function keysOf(items: readonly StoredIncident[]): string[] {
  return items.map((i) => i.key);
}

type Get = () => Store;

function describeMigrations(get: Get): void {
  it("migrate() a second and third time changes nothing", async () => {
    const store = get();
    await store.transaction((tx) => putIncident(tx, "k1", anIncident(), "県の職員"));
    await store.migrate();
    await store.migrate();
    expect((await store.listIncidents({})).total).toBe(1);
    expect(await store.sourceCount()).toBe(1);
  });
}

function describeSources(get: Get): void {
  it("finds a source by hash and the latest version per key", async () => {
    const store = get();
    const url = "https://example.jp/a";
    const [v1, v2] = await store.transaction(async (tx) => [
      await tx.insertSource(aSource({ key: url, version: 1, contentHash: "h1", title: "見出し" })),
      await tx.insertSource(aSource({ key: url, version: 2, contentHash: "h2", published: null })),
    ]);
    await store.transaction(async (tx) => {
      expect(await tx.findSourceByHash("h1")).toEqual(v1);
      expect(await tx.findSourceByHash("nope")).toBeNull();
      expect(await tx.latestSource(url)).toEqual(v2);
      expect(await tx.latestSource("https://example.jp/none")).toBeNull();
      expect(await tx.sourcesByIds([v2!.id, v1!.id])).toEqual([v1, v2]);
    });
    expect(await store.getSource(v1!.id)).toEqual(v1);
    expect(await store.getSource(999_999)).toBeNull();
  });

  it("rejects a second source with the same content hash", async () => {
    const store = get();
    await store.transaction((tx) => tx.insertSource(aSource({ contentHash: "same" })));
    await expect(store.transaction((tx) => tx.insertSource(aSource({ contentHash: "same" })))).rejects.toThrow();
    expect(await store.sourceCount()).toBe(1);
  });

  it("counts sources by status and iterates all of them", async () => {
    const store = get();
    await store.transaction(async (tx) => {
      await tx.insertSource(aSource());
      await tx.insertSource(aSource({ status: "failed", error: "no main text", text: "" }));
      await tx.insertSource(aSource({ status: "skipped" }));
    });
    expect(await store.sourceCount()).toBe(3);
    expect(await store.sourceCount("failed")).toBe(1);
    const all: Source[] = [];
    for await (const s of store.allSources()) all.push(s);
    expect(all.map((s) => s.status)).toEqual(["ok", "failed", "skipped"]);
    expect(all[1]?.error).toBe("no main text");
  });
}

function describeReports(get: Get): void {
  const rich = anIncident({
    organization: "株式会社テスト",
    also: ["テスト社", "テストHD"],
    announced: "--03-15",
    affected: { value: null, qualifier: null, unit: null },
    cves: ["CVE-2024-12345"],
    evidence: "約1万人分の氏名",
    breakdown: [{ label: "会員", value: 3, unit: "people", evidence: { start: 1, end: 4, text: "会員3" } }],
    timeline: [{ date: "2024-03-01", kind: "discovered", evidence: { start: 0, end: 2, text: "発覚" } }],
    sources: { organization: { start: 0, end: 7, text: "株式会社テスト" } },
  });

  it("round-trips the extracted Incident JSON exactly", async () => {
    const store = get();
    await store.transaction(async (tx) => {
      const source = await tx.insertSource(aSource());
      const reports = await tx.insertReports(source.id, [rich, anIncident()]);
      expect(reports.map((r) => [r.sourceId, r.index])).toEqual([
        [source.id, 0],
        [source.id, 1],
      ]);
      const back = await tx.reportsOfSource(source.id);
      expect(back).toEqual(reports);
      expect(JSON.stringify(back[0]?.incident)).toBe(JSON.stringify(rich));
      await tx.deleteReports(source.id);
      expect(await tx.reportsOfSource(source.id)).toEqual([]);
    });
  });

  it("finds reports by name key: equal, same first character, containing or contained; latest versions only", async () => {
    const store = get();
    const names = await store.transaction(async (tx) => {
      const add = async (organization: string, src: Partial<NewSource> = {}) => {
        const source = await tx.insertSource(aSource(src));
        return (await tx.insertReports(source.id, [anIncident({ organization })]))[0]!.id;
      };
      return {
        full: await add("北谷年金機構"),
        short: await add("年金機構"),
        abbreviation: await add("国交省"),
        other: await add("大阪市"),
        old: await add("年金機構", { key: "https://example.jp/v", version: 1 }),
        current: await add("大阪府", { key: "https://example.jp/v", version: 2 }),
      };
    });
    await store.transaction(async (tx) => {
      const ids = async (keys: string[]) => (await tx.reportsNamedLike(keys)).map((r) => r.id);
      expect(await ids(["年金機構"])).toEqual([names.full, names.short]);
      expect(await ids(["北谷年金機構"])).toEqual([names.full, names.short]);
      expect(await ids(["国土交流省"])).toEqual([names.abbreviation]);
      expect(await ids(["大阪"])).toEqual([names.other, names.current]);
      expect(await ids([])).toEqual([]);
    });
  });

  it("keys report names like the pipeline: legal-entity forms, spaces and width do not matter", async () => {
    const store = get();
    const id = await store.transaction(async (tx) => {
      const source = await tx.insertSource(aSource());
      return (await tx.insertReports(source.id, [anIncident({ organization: "株式会社 ＡＢＣ商事" })]))[0]!.id;
    });
    const found = await store.transaction((tx) => tx.reportsNamedLike(["abc商事"]));
    expect(found.map((r) => r.id)).toEqual([id]);
  });
}

function describeIncidents(get: Get): void {
  it("creates, updates in place (same id) and deletes incidents with their organizations and links", async () => {
    const store = get();
    const { source, report } = await store.transaction(async (tx) => {
      const s = await tx.insertSource(aSource({ text: "県が発表した" }));
      const [r] = await tx.insertReports(s.id, [anIncident({ organization: "山田県" })]);
      const base = toNewIncident("inc-a", anIncident({ organization: "山田県" }), {
        organizationType: "local_government",
        organizationKey: "山田県",
        sourceIds: [s.id],
        reportIds: [r!.id],
      });
      const withCandidate: NewIncident = {
        ...base,
        candidates: [
          {
            field: "cause",
            value: "loss",
            sourceId: s.id,
            reportId: r!.id,
            start: 0,
            end: 2,
            text: "紛失",
            chosen: true,
          },
        ],
      };
      await tx.replaceIncidents(
        [],
        [withCandidate],
        [{ key: "山田県", name: "山田県", aliases: ["同県"], type: "local_government", parentKey: null }],
      );
      return { source: s, report: r! };
    });
    const created = await store.getIncident("inc-a");
    expect(created?.organization).toBe("山田県");
    expect(created?.sourceIds).toEqual([source.id]);
    expect(created?.candidates[0]?.text).toBe("紛失");
    expect(await store.getIncident(created!.id)).toEqual(created);
    expect(await store.getOrganization(created!.organizationId)).toMatchObject({
      key: "山田県",
      aliases: ["同県"],
      type: "local_government",
      parentId: null,
    });
    await store.transaction(async (tx) => {
      expect(await tx.incidentKeysOfReports([report.id])).toEqual(["inc-a"]);
      expect((await tx.incidentByKey("inc-a"))?.id).toBe(created!.id);
      const updated = toNewIncident("inc-a", anIncident({ organization: "山田県", cause: "loss" }), {
        organizationKey: "山田県",
        sourceIds: [source.id],
        reportIds: [report.id],
      });
      const added = toNewIncident("inc-b", anIncident({ organization: "山田市" }), { organizationKey: "山田市" });
      await tx.replaceIncidents(
        ["inc-a"],
        [updated, added],
        [{ key: "山田市", name: "山田市", aliases: [], type: "local_government", parentKey: "山田県" }],
      );
    });
    const after = await store.getIncident("inc-a");
    expect(after?.id).toBe(created!.id);
    expect(after?.cause).toBe("loss");
    const city = await store.getIncident("inc-b");
    expect((await store.getOrganization(city!.organizationId))?.parentId).toBe(created!.organizationId);
    await store.transaction((tx) => tx.replaceIncidents(["inc-a"], [], []));
    expect(await store.getIncident("inc-a")).toBeNull();
    expect(await store.getIncident(created!.id)).toBeNull();
    const all: StoredIncident[] = [];
    for await (const i of store.allIncidents()) all.push(i);
    expect(keysOf(all)).toEqual(["inc-b"]);
    await store.transaction(async (tx) => expect(await tx.incidentKeysOfReports([report.id])).toEqual([]));
  });

  it("a deleted incident no longer matches a search", async () => {
    const store = get();
    await store.transaction((tx) => putIncident(tx, "gone", anIncident(), "氏名が流出"));
    expect((await store.listIncidents({ text: "流出" })).total).toBe(1);
    await store.transaction((tx) => tx.replaceIncidents(["gone"], [], []));
    expect((await store.listIncidents({ text: "流出" })).total).toBe(0);
    expect((await store.listIncidents({ text: "氏" })).total).toBe(0);
  });
}

/** Sentence pieces for the search corpus; punctuation between them breaks bigram runs. */
const FRAGMENTS = [
  "県の職員が",
  "氏名と住所が流出した",
  "不正アクセスを受けた",
  "メールを誤送信した",
  "個人情報が漏えいした可能性",
  "市役所で",
  "会社",
  "社員の",
  "ｱｸｾｽ記録を調べた",
  "クレジットカード番号",
  "流出のおそれ",
  "本県と市の",
  "不正な",
  "アクセス権",
  "ＵＳＢメモリを紛失",
  "顧客の氏名",
];

const SEPARATORS = ["", "、", "。", " ", "\n"];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateTexts(n: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: n }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(FRAGMENTS));
    return parts.reduce((text, part) => text + pick(SEPARATORS) + part, "");
  });
}

function describeSearch(get: Get): void {
  const texts = [...generateTexts(60, 20240601), "会社、社員の名簿", "本社\n社員証", "会社員"];
  const queries = [
    "県",
    "流出",
    "氏名",
    "不正アクセス",
    "アクセス",
    "会社員",
    "社員",
    "個人情報",
    "usb",
    "県 流出",
    "不正 氏名",
  ];

  it("matches exactly the incidents whose text contains every term (1-, 2- and 3+-character terms)", async () => {
    // 会社、社員 holds every bigram of 会社員 in a row of tokens, but not the word: it must not match.
    expect(texts.some((t) => /会社.?社員/.test(t))).toBe(true);
    const store = get();
    await store.transaction(async (tx) => {
      for (const [i, text] of texts.entries()) {
        await putIncident(tx, `s${String(i).padStart(2, "0")}`, anIncident({ organization: `団体${i}` }), text);
      }
    });
    for (const query of queries) {
      const terms = query.split(" ").map((t) => t.normalize("NFKC").toLowerCase());
      const expected = texts
        .flatMap((text, i) => {
          const hay = text
            .normalize("NFKC")
            .toLowerCase()
            .replace(/[、。\s]/g, "|");
          return terms.every((t) => hay.includes(t)) ? [`s${String(i).padStart(2, "0")}`] : [];
        })
        .sort();
      expect({ query, some: expected.length > 0 && expected.length < texts.length }).toEqual({ query, some: true });
      const page = await store.listIncidents({ text: query, limit: 1000 });
      expect({ query, keys: keysOf(page.items).sort() }).toEqual({ query, keys: expected });
      expect(page.total).toBe(expected.length);
    }
  });

  it("finds the organization name and half-width or upper-case spellings", async () => {
    const store = get();
    await store.transaction((tx) => putIncident(tx, "o", anIncident({ organization: "東西電機株式会社" }), "ABCの件"));
    expect(keysOf((await store.listIncidents({ text: "東西電機" })).items)).toEqual(["o"]);
    expect(keysOf((await store.listIncidents({ text: "ａｂｃ" })).items)).toEqual(["o"]);
    expect((await store.listIncidents({ text: "西東" })).total).toBe(0);
    expect((await store.listIncidents({ text: "、" })).total).toBe(1);
  });
}

type Row = {
  key: string;
  announced: string | null;
  value: number | null;
  qualifier: Qualifier | null;
  cause: Cause;
  items: DataItem[];
  type: OrganizationType;
  certainty: Certainty;
};

const ROWS: readonly Row[] = [
  {
    key: "a",
    announced: "2023-01-10",
    value: 10,
    qualifier: "exact",
    cause: "loss",
    items: ["name"],
    type: "local_government",
    certainty: "confirmed",
  },
  {
    key: "b",
    announced: "2023-06",
    value: 500,
    qualifier: "approx",
    cause: "unauthorized_access",
    items: ["name", "email"],
    type: "company",
    certainty: "possible",
  },
  {
    key: "c",
    announced: "2024",
    value: 20_000,
    qualifier: "max",
    cause: "misdelivery",
    items: ["address"],
    type: "company",
    certainty: "confirmed",
  },
  {
    key: "d",
    announced: "2024-03-05",
    value: null,
    qualifier: null,
    cause: "unauthorized_access",
    items: [],
    type: "medical",
    certainty: "confirmed",
  },
  {
    key: "e",
    announced: null,
    value: 3,
    qualifier: "exact",
    cause: "loss",
    items: ["mynumber", "name"],
    type: "education",
    certainty: "possible",
  },
  {
    key: "f",
    announced: "--05-01",
    value: 1_000_000,
    qualifier: "at_least",
    cause: "malware",
    items: ["email"],
    type: "company",
    certainty: "confirmed",
  },
];

function describeFilters(get: Get): void {
  const list = async (query: IncidentQuery) => keysOf((await get().listIncidents(query)).items);
  const seed = () =>
    get().transaction(async (tx) => {
      for (const r of ROWS) {
        const incident = anIncident({
          organization: `組織${r.key}`,
          announced: r.announced,
          affected: { value: r.value, qualifier: r.qualifier, unit: r.value === null ? null : "people" },
          cause: r.cause,
          data_items: r.items,
          certainty: r.certainty,
        });
        await putIncident(tx, r.key, incident, `記事${r.key}`, { organizationType: r.type });
      }
    });

  it("filters by announced range, cause, data item, organization type, affected range, qualifier, certainty", async () => {
    await seed();
    const sorted = async (q: IncidentQuery) => (await list(q)).sort();
    expect(await sorted({ announcedFrom: "2023-06" })).toEqual(["b", "c", "d"]);
    expect(await sorted({ announcedTo: "2023-06" })).toEqual(["a", "b"]);
    expect(await sorted({ announcedFrom: "2024-01-01", announcedTo: "2024-12-31" })).toEqual(["d"]);
    expect(await sorted({ announcedTo: "2024" })).toEqual(["a", "b", "c", "d"]);
    expect(await sorted({ cause: "unauthorized_access" })).toEqual(["b", "d"]);
    expect(await sorted({ dataItem: "name" })).toEqual(["a", "b", "e"]);
    expect(await sorted({ organizationType: "company" })).toEqual(["b", "c", "f"]);
    expect(await sorted({ minAffected: 500 })).toEqual(["b", "c", "f"]);
    expect(await sorted({ maxAffected: 500 })).toEqual(["a", "b", "e"]);
    expect(await sorted({ minAffected: 11, maxAffected: 20_000 })).toEqual(["b", "c"]);
    expect(await sorted({ qualifier: "exact" })).toEqual(["a", "e"]);
    expect(await sorted({ certainty: "possible" })).toEqual(["b", "e"]);
    expect(await sorted({ cause: "loss", dataItem: "mynumber", certainty: "possible" })).toEqual(["e"]);
    expect(await sorted({ text: "記事", organizationType: "company", minAffected: 1000 })).toEqual(["c", "f"]);
  });

  it("sorts by announced or affected, asc or desc, unknown values last; pages with limit, offset and total", async () => {
    await seed();
    expect(await list({})).toEqual(["d", "c", "b", "a", "f", "e"]);
    expect(await list({ sort: "announced", order: "asc" })).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(await list({ sort: "affected" })).toEqual(["f", "c", "b", "a", "e", "d"]);
    expect(await list({ sort: "affected", order: "asc" })).toEqual(["e", "a", "b", "c", "f", "d"]);
    const page = await get().listIncidents({ sort: "affected", limit: 2, offset: 1 });
    expect(page.total).toBe(6);
    expect(keysOf(page.items)).toEqual(["c", "b"]);
    expect((await get().listIncidents({ limit: 2, offset: 10 })).items).toEqual([]);
  });
}

function describeCorrections(get: Get): void {
  it("keeps one correction per incident and field, and the audit log in order", async () => {
    const store = get();
    await store.transaction(async (tx) => {
      const base = { incidentKey: "k", reason: "記事の訂正", who: "analyst", at: "2024-06-02T00:00:00.000Z" };
      await tx.addCorrection({ ...base, field: "affected", value: { value: 1, qualifier: "exact", unit: "people" } });
      await tx.addCorrection({ ...base, field: "cause", value: "loss" });
      await tx.addCorrection({ ...base, field: "cause", value: "theft", at: "2024-06-03T00:00:00.000Z" });
      await tx.addCorrection({ ...base, incidentKey: "other", field: "announced", value: null });
      await tx.appendAudit({
        at: base.at,
        who: "analyst",
        incidentKey: "k",
        field: "cause",
        oldValue: "unknown",
        newValue: "loss",
        why: "訂正",
      });
      await tx.appendAudit({
        at: base.at,
        who: "bot",
        incidentKey: "k",
        field: "affected",
        oldValue: null,
        newValue: { value: 1 },
        why: "再抽出",
      });
    });
    const found = await store.transaction((tx) => tx.corrections(["k", "missing"]));
    expect(found.map((c) => [c.field, c.value])).toEqual([
      ["affected", { value: 1, qualifier: "exact", unit: "people" }],
      ["cause", "theft"],
    ]);
    expect(found[1]).toMatchObject({
      incidentKey: "k",
      who: "analyst",
      reason: "記事の訂正",
      at: "2024-06-03T00:00:00.000Z",
    });
    const audit = await store.audit("k");
    expect(audit.map((a) => [a.who, a.field, a.oldValue, a.newValue, a.why])).toEqual([
      ["analyst", "cause", "unknown", "loss", "訂正"],
      ["bot", "affected", null, { value: 1 }, "再抽出"],
    ]);
    expect(audit[0]!.id).toBeLessThan(audit[1]!.id);
    expect(await store.audit("other")).toEqual([]);
  });
}

function describeTransactions(get: Get): void {
  it("a transaction that throws leaves nothing written", async () => {
    const store = get();
    const failing = store.transaction(async (tx) => {
      await putIncident(tx, "x", anIncident(), "流出");
      await tx.addCorrection({ incidentKey: "x", field: "cause", value: "loss", reason: "r", who: "w", at: "t" });
      await tx.appendAudit({ at: "t", who: "w", incidentKey: "x", field: "cause", oldValue: 1, newValue: 2, why: "y" });
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    expect(await store.sourceCount()).toBe(0);
    expect((await store.listIncidents({})).total).toBe(0);
    expect((await store.listIncidents({ text: "流出" })).total).toBe(0);
    expect(await store.audit("x")).toEqual([]);
    expect(await store.transaction((tx) => tx.corrections(["x"]))).toEqual([]);
    await store.transaction((tx) => putIncident(tx, "y", anIncident(), "流出"));
    expect((await store.listIncidents({ text: "流出" })).total).toBe(1);
  });

  it("runs concurrent transactions one after the other and refuses a tx used after its end", async () => {
    const store = get();
    const url = "https://example.jp/same";
    let leaked: StoreTx | undefined;
    const versions = await Promise.all(
      [1, 2, 3].map(() =>
        store.transaction(async (tx) => {
          leaked = tx;
          const latest = await tx.latestSource(url);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return (await tx.insertSource(aSource({ key: url, version: (latest?.version ?? 0) + 1 }))).version;
        }),
      ),
    );
    expect(versions.sort()).toEqual([1, 2, 3]);
    await expect(leaked!.latestSource(url)).rejects.toThrow();
  });
}

function describeFeeds(get: Get): void {
  it("keeps feed state and the items seen", async () => {
    const store = get();
    await store.addFeed("https://example.jp/b.rss");
    await store.addFeed("https://example.jp/a.rss");
    await store.addFeed("https://example.jp/a.rss");
    expect(await store.feeds()).toEqual([
      { url: "https://example.jp/a.rss", etag: null, lastModified: null, lastPolledAt: null, lastError: null },
      { url: "https://example.jp/b.rss", etag: null, lastModified: null, lastPolledAt: null, lastError: null },
    ]);
    const state = {
      url: "https://example.jp/a.rss",
      etag: '"abc"',
      lastModified: "Sat, 01 Jun 2024 00:00:00 GMT",
      lastPolledAt: "2024-06-01T00:00:00.000Z",
      lastError: "HTTP 503",
    };
    await store.updateFeed(state);
    expect((await store.feeds())[0]).toEqual(state);
    await store.markFeedItems(state.url, ["g1", "g2", "g2"]);
    await store.markFeedItems("https://example.jp/b.rss", ["g3"]);
    expect([...(await store.seenFeedItems(state.url, ["g1", "g3", "g4", "g2"]))].sort()).toEqual(["g1", "g2"]);
    expect((await store.seenFeedItems(state.url, [])).size).toBe(0);
  });
}

// --- Server tables: feeds removed, API tokens, watchlists, incidents after an id, the in-memory query match ---

function describeServerTables(get: Get): void {
  it("stores tokens by hash, finds, touches and revokes them once", async () => {
    const store = get();
    const a = await store.addToken({ role: "admin", name: "運用", hash: "h-admin", createdAt: "2024-06-01T00:00:00Z" });
    const e = await store.addToken({
      role: "editor",
      name: "bot",
      hash: "h-editor",
      createdAt: "2024-06-02T00:00:00Z",
    });
    expect(a).toEqual({
      id: a.id,
      role: "admin",
      name: "運用",
      hash: "h-admin",
      createdAt: "2024-06-01T00:00:00Z",
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(e.id).toBeGreaterThan(a.id);
    await expect(
      store.addToken({ role: "editor", name: "dup", hash: "h-editor", createdAt: "2024-06-03T00:00:00Z" }),
    ).rejects.toThrow();
    expect(await store.tokenByHash("h-editor")).toMatchObject({ id: e.id, role: "editor", name: "bot" });
    expect(await store.tokenByHash("nope")).toBeNull();
    await store.touchToken(e.id, "2024-06-05T00:00:00Z");
    expect(await store.revokeToken(e.id, "2024-06-06T00:00:00Z")).toBe(true);
    expect(await store.revokeToken(e.id, "2024-06-07T00:00:00Z")).toBe(false);
    expect(await store.revokeToken(999_999, "2024-06-07T00:00:00Z")).toBe(false);
    const all = await store.tokens();
    expect(all.map((t) => [t.name, t.lastUsedAt, t.revokedAt])).toEqual([
      ["運用", null, null],
      ["bot", "2024-06-05T00:00:00Z", "2024-06-06T00:00:00Z"],
    ]);
  });

  it("keeps watchlists with their query, webhook and delivery state", async () => {
    const store = get();
    const query = { q: "流出", cause: "loss" };
    const w = await store.addWatchlist({
      name: "県の紛失",
      query,
      webhookUrl: "https://hooks.example.jp/a",
      createdAt: "2024-06-01T00:00:00Z",
      lastIncidentId: 7,
    });
    expect(w).toEqual({
      id: w.id,
      name: "県の紛失",
      query,
      webhookUrl: "https://hooks.example.jp/a",
      createdAt: "2024-06-01T00:00:00Z",
      lastIncidentId: 7,
      lastError: null,
    });
    await store.recordWatchlistDelivery(w.id, 7, "HTTP 503");
    expect((await store.watchlists())[0]).toMatchObject({ lastIncidentId: 7, lastError: "HTTP 503" });
    await store.recordWatchlistDelivery(w.id, 12, null);
    expect((await store.watchlists())[0]).toMatchObject({ lastIncidentId: 12, lastError: null });
    expect(await store.removeWatchlist(w.id)).toBe(true);
    expect(await store.removeWatchlist(w.id)).toBe(false);
    expect(await store.watchlists()).toEqual([]);
  });

  it("removes a feed with the items seen for it", async () => {
    const store = get();
    await store.addFeed("https://example.jp/a.rss");
    await store.markFeedItems("https://example.jp/a.rss", ["g1"]);
    expect(await store.removeFeed("https://example.jp/a.rss")).toBe(true);
    expect(await store.removeFeed("https://example.jp/a.rss")).toBe(false);
    expect(await store.feeds()).toEqual([]);
    await store.addFeed("https://example.jp/a.rss");
    expect((await store.seenFeedItems("https://example.jp/a.rss", ["g1"])).size).toBe(0);
  });

  it("gives the latest incident id and the incidents after an id, in id order", async () => {
    const store = get();
    expect(await store.latestIncidentId()).toBe(0);
    await store.transaction(async (tx) => {
      for (const key of ["p", "q", "r"]) await putIncident(tx, key, anIncident({ organization: `組織${key}` }), key);
    });
    const ids = (await store.listIncidents({ sort: "announced", order: "asc" })).items
      .map((i) => i.id)
      .sort((x, y) => x - y);
    expect(await store.latestIncidentId()).toBe(ids[2]);
    expect(keysOf(await store.incidentsAfter(ids[0]!, 10))).toEqual(["q", "r"]);
    expect(keysOf(await store.incidentsAfter(0, 1))).toEqual(["p"]);
    expect(await store.incidentsAfter(ids[2]!, 10)).toEqual([]);
  });

  it("matchesQuery agrees with listIncidents on every filter and on search terms", async () => {
    const store = get();
    const texts = generateTexts(ROWS.length, 7);
    await store.transaction(async (tx) => {
      for (const [i, r] of ROWS.entries()) {
        const incident = anIncident({
          organization: `組織${r.key}`,
          announced: r.announced,
          affected: { value: r.value, qualifier: r.qualifier, unit: r.value === null ? null : "people" },
          cause: r.cause,
          data_items: r.items,
          certainty: r.certainty,
        });
        await putIncident(tx, r.key, incident, `記事${r.key} ${texts[i]}`, { organizationType: r.type });
      }
    });
    const queries: IncidentQuery[] = [
      {},
      { announcedFrom: "2023-06" },
      { announcedTo: "2024" },
      { announcedFrom: "2024-01-01", announcedTo: "2024-12-31" },
      { cause: "loss" },
      { dataItem: "name" },
      { organizationType: "company", minAffected: 1000 },
      { maxAffected: 500, qualifier: "exact" },
      { certainty: "possible" },
      { text: "記事" },
      { text: "組織c" },
      { text: "県 流出" },
      { text: "アクセス", cause: "unauthorized_access" },
    ];
    const all = (await store.listIncidents({ limit: 1000 })).items;
    const sources = new Map<number, Source>();
    for (const i of all) for (const id of i.sourceIds) sources.set(id, (await store.getSource(id))!);
    for (const query of queries) {
      const listed = keysOf((await store.listIncidents({ ...query, limit: 1000 })).items).sort();
      const matched = all
        .filter((i) =>
          matchesQuery(
            i,
            i.sourceIds.map((id) => sources.get(id)!),
            query,
          ),
        )
        .map((i) => i.key)
        .sort();
      expect({ query, keys: matched }).toEqual({ query, keys: listed });
    }
  });
}

function describeChangeToken(get: Get, openAgain: StoreFactory | undefined): void {
  it("changeToken() stays put across reads and changes with every committed write transaction", async () => {
    const store = get();
    const first = await store.changeToken();
    expect(first).toEqual(expect.any(String));
    await store.listIncidents({ text: "流出" });
    await store.getIncident("a");
    expect(await store.changeToken()).toBe(first);
    await store.transaction((tx) => putIncident(tx, "a", anIncident(), "流出"));
    const second = await store.changeToken();
    expect(second).not.toBe(first);
    await store.transaction((tx) => putIncident(tx, "b", anIncident({ cause: "loss" }), "紛失"));
    expect(await store.changeToken()).not.toBe(second);
  });

  it("changeToken() stays put across bookkeeping: a token's last use, feed state", async () => {
    const store = get();
    await store.transaction((tx) => putIncident(tx, "a", anIncident(), "流出"));
    const token = await store.addToken({
      role: "editor",
      name: "編集者",
      hash: "h-bookkeeping",
      createdAt: "2024-06-01T00:00:00Z",
    });
    const before = await store.changeToken();
    await store.touchToken(token.id, "2024-06-05T00:00:00Z");
    await store.addFeed("https://example.jp/feed.rss");
    await store.markFeedItems("https://example.jp/feed.rss", ["item-1"]);
    // Every whole-store view is keyed by the token: a reader's token used every minute must not rebuild them.
    expect(await store.changeToken()).toBe(before);
  });

  it.runIf(openAgain !== undefined)("changeToken() changes when another connection writes", async () => {
    const store = get();
    const other = await openAgain!();
    try {
      await other.migrate();
      const before = await store.changeToken();
      const otherBefore = await other.changeToken();
      await other.transaction((tx) => putIncident(tx, "c", anIncident(), "流出"));
      expect(await store.changeToken()).not.toBe(before);
      expect(await other.changeToken()).not.toBe(otherBefore);
      expect((await store.listIncidents({ text: "流出" })).total).toBe(1);
    } finally {
      await other.close();
    }
  });
}

// ---- Browsing: facets, organization filter and recent sort, organizations, sources, generation ----

/** Incidents of three organizations with varied columns, texts and ingestion order. */
const BROWSE_ROWS: readonly {
  org: string;
  announced: string | null;
  value: number | null;
  unit: "people" | "records";
  cause: Cause;
  items: DataItem[];
  type: OrganizationType;
  certainty: Certainty;
  text: string;
}[] = [
  {
    org: "北浜市",
    announced: "2023-02-01",
    value: 50,
    unit: "people",
    cause: "loss",
    items: ["name", "address"],
    type: "local_government",
    certainty: "confirmed",
    text: "名簿を紛失、県に報告",
  },
  {
    org: "北浜市",
    announced: "2024-06",
    value: 1200,
    unit: "people",
    cause: "misdelivery",
    items: ["email"],
    type: "local_government",
    certainty: "possible",
    text: "メールを誤送信、県警に相談",
  },
  {
    org: "株式会社ミナト",
    announced: "2024-07-02",
    value: 30_000,
    unit: "records",
    cause: "unauthorized_access",
    items: ["credit_card_number", "name"],
    type: "company",
    certainty: "possible",
    text: "不正アクセスでカード情報が流出",
  },
  {
    org: "株式会社ミナト",
    announced: null,
    value: null,
    unit: "people",
    cause: "unauthorized_access",
    items: ["email"],
    type: "company",
    certainty: "confirmed",
    text: "不正アクセスの続報、流出なし",
  },
  {
    org: "南浦病院",
    announced: "--05-01",
    value: 2_500_000,
    unit: "people",
    cause: "malware",
    items: ["medical", "name"],
    type: "medical",
    certainty: "confirmed",
    text: "ランサムウェアで電子カルテが停止、流出の可能性",
  },
  {
    org: "南浦病院",
    announced: "2022",
    value: 100,
    unit: "people",
    cause: "loss",
    items: [],
    type: "medical",
    certainty: "confirmed",
    text: "USBメモリを紛失、県に報告",
  },
  {
    org: "株式会社ミナト",
    announced: "2021-11-30",
    value: 99,
    unit: "people",
    cause: "phishing",
    items: ["login_id", "password"],
    type: "company",
    certainty: "confirmed",
    text: "フィッシングでログインIDが流出",
  },
];

function describeBrowsing(get: Get): void {
  const seed = () =>
    get().transaction(async (tx) => {
      for (const [n, r] of BROWSE_ROWS.entries()) {
        const incident = anIncident({
          organization: r.org,
          announced: r.announced,
          affected: {
            value: r.value,
            qualifier: r.value === null ? null : "exact",
            unit: r.value === null ? null : r.unit,
          },
          cause: r.cause,
          data_items: r.items,
          certainty: r.certainty,
        });
        await putIncident(tx, `b${n}`, incident, r.text, { organizationType: r.type, organizationKey: r.org });
      }
    });

  /** Every facet count, checked against listIncidents with that value as a filter. */
  async function expectFacetsAgree(query: IncidentQuery): Promise<Facets> {
    const store = get();
    const facets = await store.incidentFacets({ ...query, limit: 1, offset: 3, sort: "affected" });
    const total = async (q: IncidentQuery) => (await store.listIncidents({ ...query, ...q, limit: 0 })).total;
    expect(facets.total).toBe(await total({}));
    const sum = (xs: readonly { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
    for (const facet of [facets.year, facets.cause, facets.organizationType, facets.size, facets.certainty]) {
      expect(sum(facet)).toBe(facets.total);
    }
    for (const f of facets.cause) expect(f.count).toBe(await total({ cause: f.value as Cause }));
    for (const f of facets.organizationType) {
      expect(f.count).toBe(await total({ organizationType: f.value as OrganizationType }));
    }
    for (const f of facets.certainty) expect(f.count).toBe(await total({ certainty: f.value as Certainty }));
    for (const f of facets.dataItem) expect(f.count).toBe(await total({ dataItem: f.value as DataItem }));
    for (const f of facets.year.filter((y) => y.value !== "unknown")) {
      expect(f.count).toBe(await total({ announcedFrom: f.value, announcedTo: f.value }));
    }
    for (const f of facets.size.filter((s) => s.value !== "unknown")) {
      const band = SIZE_BANDS.find((b) => b.key === f.value)!;
      const range = {
        ...(band.min === null ? {} : { minAffected: band.min }),
        ...(band.max === null ? {} : { maxAffected: band.max }),
      };
      expect(f.count).toBe(await total(range));
    }
    return facets;
  }

  it("counts facets over every match, agreeing with listIncidents for each value", async () => {
    await seed();
    const all = await expectFacetsAgree({});
    expect(all.total).toBe(7);
    expect(all.year).toEqual([
      { value: "2024", count: 2 },
      { value: "2023", count: 1 },
      { value: "2022", count: 1 },
      { value: "2021", count: 1 },
      { value: "unknown", count: 2 },
    ]);
    expect(all.size).toEqual([
      { value: "1-99", count: 2 },
      { value: "100-999", count: 1 },
      { value: "1000-9999", count: 1 },
      { value: "10000-99999", count: 1 },
      { value: "1000000-", count: 1 },
      { value: "unknown", count: 1 },
    ]);
    expect(all.cause[0]).toEqual({ value: "loss", count: 2 });
    expect(all.dataItem[0]).toEqual({ value: "name", count: 3 });
    const county = await expectFacetsAgree({ text: "県" });
    expect(county.total).toBe(3);
    expect(county.organizationType).toEqual([
      { value: "local_government", count: 2 },
      { value: "medical", count: 1 },
    ]);
    expect((await expectFacetsAgree({ text: "流出", certainty: "confirmed" })).total).toBe(3);
    expect((await expectFacetsAgree({ text: "不正アクセス", announcedFrom: "2024" })).total).toBe(1);
    expect((await expectFacetsAgree({ cause: "loss", minAffected: 60 })).total).toBe(1);
    expect((await expectFacetsAgree({ dataItem: "name", announcedTo: "2023-12" })).total).toBe(1);
    expect((await expectFacetsAgree({ text: "存在しない語" })).total).toBe(0);
    expect((await get().incidentFacets({ text: "存在しない語" })).year).toEqual([]);
  });

  it("filters by organization and sorts by storage order (recent), alone and with text", async () => {
    await seed();
    const minato = (await get().listIncidents({ text: "ミナト" })).items[0]!.organizationId;
    const keys = async (q: IncidentQuery) => keysOf((await get().listIncidents(q)).items);
    expect(await keys({ organizationId: minato, sort: "recent" })).toEqual(["b6", "b3", "b2"]);
    expect(await keys({ organizationId: minato, sort: "recent", order: "asc" })).toEqual(["b2", "b3", "b6"]);
    expect(await keys({ organizationId: minato, text: "流出", sort: "recent" })).toEqual(["b6", "b3", "b2"]);
    expect(await keys({ organizationId: minato, cause: "phishing" })).toEqual(["b6"]);
    expect(await keys({ sort: "recent", limit: 3 })).toEqual(["b6", "b5", "b4"]);
    expect(await keys({ text: "県", sort: "recent" })).toEqual(["b5", "b1", "b0"]);
    expect((await get().incidentFacets({ organizationId: minato })).total).toBe(3);
    expect((await get().incidentFacets({ organizationId: minato, text: "県" })).total).toBe(0);
    expect((await get().listIncidents({ organizationId: 987_654 })).total).toBe(0);
  });

  it("lists organizations with their incident counts, figures and latest announcement; searches and sorts", async () => {
    await seed();
    const page = await get().listOrganizations({});
    expect(page.total).toBe(3);
    // Most incidents first; ties in Japanese collation.
    const tie = ["北浜市", "南浦病院"].sort(new Intl.Collator("ja").compare);
    expect(page.items.map((o) => o.name)).toEqual(["株式会社ミナト", ...tie]);
    const byName = new Map(page.items.map((o) => [o.name, [o.incidents, o.people, o.records, o.latestAnnounced]]));
    expect(Object.fromEntries(byName)).toEqual({
      株式会社ミナト: [3, 99, 30_000, "2024-07-02"],
      北浜市: [2, 1250, 0, "2024-06"],
      南浦病院: [2, 2_500_100, 0, "2022"],
    });
    const names = async (q: Parameters<Store["listOrganizations"]>[0]) =>
      (await get().listOrganizations(q)).items.map((o) => o.name);
    expect(await names({ sort: "latest" })).toEqual(["株式会社ミナト", "北浜市", "南浦病院"]);
    expect(await names({ text: "北浜" })).toEqual(["北浜市"]);
    expect(await names({ text: "ＭＩＮＡＴＯ" })).toEqual([]);
    expect(await names({ text: "ﾐﾅﾄ" })).toEqual(["株式会社ミナト"]);
    expect(await names({ type: "medical" })).toEqual(["南浦病院"]);
    expect(await names({ text: "%" })).toEqual([]);
    const second = await get().listOrganizations({ limit: 1, offset: 1 });
    expect(second.total).toBe(3);
    expect(second.items.map((o) => o.name)).toEqual([tie[0]]);
  });

  it("lists sources newest first without their text, by status and key prefix (taken literally)", async () => {
    const store = get();
    await store.transaction(async (tx) => {
      await tx.insertSource(aSource({ key: "sample:a.txt", text: "本文A" }));
      await tx.insertSource(aSource({ key: "sample%b.txt", text: "本文B" }));
      await tx.insertSource(aSource({ key: "https://example.jp/x", status: "failed", error: "HTTP 404", text: "" }));
    });
    const page = await store.listSources({});
    expect(page.total).toBe(3);
    expect(page.items.map((s) => s.key)).toEqual(["https://example.jp/x", "sample%b.txt", "sample:a.txt"]);
    expect(page.items[0]).toMatchObject({ status: "failed", error: "HTTP 404", version: 1 });
    expect(Object.keys(page.items[0]!)).not.toContain("text");
    expect((await store.listSources({ status: "failed" })).items.map((s) => s.key)).toEqual(["https://example.jp/x"]);
    expect((await store.listSources({ keyPrefix: "sample:" })).items.map((s) => s.key)).toEqual(["sample:a.txt"]);
    expect((await store.listSources({ keyPrefix: "sample%" })).items.map((s) => s.key)).toEqual(["sample%b.txt"]);
    expect((await store.listSources({ limit: 1, offset: 1 })).items.map((s) => s.key)).toEqual(["sample%b.txt"]);
  });

  it("finds no incident for a key with a NUL character, and searches with one normally", async () => {
    await seed();
    expect(await get().getIncident("b0\u0000")).toBeNull();
    expect((await get().listIncidents({ text: "県\u0000" })).total).toBe(3);
    expect((await get().incidentFacets({ text: "県\u0000" })).total).toBe(3);
  });

  it("changes its change token when a transaction commits, and facets follow", async () => {
    const store = get();
    await seed();
    const before = await store.changeToken();
    expect(await store.changeToken()).toBe(before);
    expect((await store.incidentFacets({})).total).toBe(7);
    await store.transaction(async (tx) => {
      await putIncident(tx, "late", anIncident({ organization: "西岬町", cause: "theft" }), "車上荒らしで盗難");
    });
    expect(await store.changeToken()).not.toBe(before);
    const after = await store.incidentFacets({});
    expect(after.total).toBe(8);
    expect(after.cause).toContainEqual({ value: "theft", count: 1 });
    expect((await store.listOrganizations({ text: "西岬" })).items.map((o) => o.incidents)).toEqual([1]);
  });
}
