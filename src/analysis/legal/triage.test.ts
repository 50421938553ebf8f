import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRIAGE_CASES } from "../../../test/fixtures/triage/cases.js";
import { toOrganizationType } from "../../pipeline/merge/names.js";
import { toOfficerOrgType } from "./facts.js";
import { parseTriageInput, type TriageInput, triageIncident } from "./index.js";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/triage");

function fixture(file: string): TriageInput {
  const parsed = parseTriageInput(JSON.parse(readFileSync(join(FIXTURES, file), "utf8")));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return parsed.value;
}

function input(fields: Record<string, unknown>): TriageInput {
  const parsed = parseTriageInput({ organization: "株式会社テスト", ...fields });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const triage = (i: TriageInput) => triageIncident(i, { organizationTypeOf: toOrganizationType });
const people = (value: number | null, qualifier = "exact") => ({ value, qualifier, unit: "people" });

describe("legal-rules.md §8 test cases", () => {
  it.each(TRIAGE_CASES.map((c) => [c.title, c] as const))("%s", (_, c) => {
    const r = triage(fixture(c.file));
    expect(r.appi).toMatchObject(c.appi);
    if (c.public !== undefined) expect(r.public === null ? null : r.public).toMatchObject(c.public ?? {});
    if (c.public === null) expect(r.public).toBeNull();
    if (c.mynumber === null) expect(r.mynumber).toBeNull();
    else expect(r.mynumber).toMatchObject(c.mynumber);
    expect({ per_person_yen: r.estimate.per_person_yen, total_yen: r.estimate.total_yen }).toEqual(c.estimate);
    if (c.rules?.appi) expect(r.appi.rule?.id).toBe(c.rules.appi);
    if (c.rules?.mynumber) expect(r.mynumber?.rule?.id).toBe(c.rules.mynumber);
  });

  it("TC1: deadlines from the discovery day, 速報 3–5 days, 確報 60 days", () => {
    const r = triage(fixture("tc01-web-skimming-2025.json"));
    expect(r.appi.deadlines).toMatchObject({
      start: "2025-05-10",
      start_assumed: false,
      preliminary: { from: "2025-05-13", to: "2025-05-15" },
      final: { days: 60, due: "2025-07-09", conservative_due: "2025-07-08" },
    });
    expect(r.appi.notes.join()).toContain("取得しようとしている情報");
    const t2 = r.appi.details.find((t) => t.item === "2号")!;
    expect(t2).toMatchObject({ field: "data_items", source: expect.stringContaining("Q6-12") });
    expect(t2.evidence).toContain("クレジットカード番号");
  });

  it("TC2: before 2024-04-01 skimmed input is not 個人データ; flags the stored-copy question for review", () => {
    const r = triage(fixture("tc02-web-skimming-2023.json"));
    expect(r.appi.details.every((t) => t.status === "not")).toBe(true);
    expect(r.appi.notes.join()).toContain("法務確認");
    expect(r.appi.deadlines).toBeNull();
  });

  it("TC5: a municipal hospital is a local body by its name; the private rule is shown as reference only", () => {
    const r = triage(fixture("tc05b-municipal-hospital-usb.json"));
    expect(r.organization_type.value).toBe("local_government");
    expect(r.appi.applies).toBe(false);
    expect(r.public?.applies).toBe(true);
    expect(r.public?.details.find((t) => t.item === "1号")?.source).toContain("規則43条1号");
  });

  it("TC6: a private payroll system is not My Number 1号; the My Number level is flagged as an assumption", () => {
    const r = triage(fixture("tc06-ransomware-payroll.json"));
    expect(r.mynumber?.details.find((t) => t.item === "1号")?.status).toBe("not");
    expect(r.appi.details.find((t) => t.item === "4号")?.status).toBe("not");
    expect(r.estimate.flags.join()).toContain("mynumber");
  });

  it("TC7: court awards are shown beside the estimate as context", () => {
    const r = triage(fixture("tc07a-insider-sale.json"));
    expect(r.estimate.court_awards.find((a) => a.case.includes("ベネッセ"))?.yen_per_person).toBe(3300);
    expect(r.estimate.caution).toContain("予測ではない");
  });

  it("TC8: 30 days now, 60 if 3号 is confirmed", () => {
    const r = triage(fixture("tc08-public-bucket.json"));
    expect(r.appi.notes.join()).toContain("60日");
  });

  it("TC12: encryption excludes every item; the JO figure is flagged; My Number is excluded too", () => {
    const r = triage(fixture("tc12a-encrypted-laptop.json"));
    expect(r.appi.details.every((t) => t.status === "not")).toBe(true);
    expect(r.estimate.flags.join()).toContain("暗号化");
    const withNumber = triage({
      ...fixture("tc12a-encrypted-laptop.json"),
      data_items: ["name", "address", "mynumber"],
    });
    expect(withNumber.mynumber?.reportable).toBe(false);
  });

  it("TC14: California AG sample notice above 500 residents; GDPR 72 hours; JO for the subset", () => {
    const r = triage(fixture("tc14-skimming-california.json"));
    expect(r.foreign?.california).toMatchObject({
      residents: 600,
      attorney_general_sample: true,
      notify_individuals: true,
      estimate_total_yen: 46_800_000,
    });
    expect(r.foreign?.gdpr).toMatchObject({
      report_to_authority: true,
      notify_individuals: true,
      authority_due: "2025-05-13",
    });
    const fewer = triage({ ...fixture("tc14-skimming-california.json"), residents: { california: 500 } });
    expect(fewer.foreign?.california?.attorney_general_sample).toBe(false);
  });

  it("TC15: a record count over 1,000 fires 4号 on the maximum, with the record-count note; おそれ counts", () => {
    const r = triage(fixture("tc15-max-records-possible.json"));
    const t4 = r.appi.details.find((t) => t.item === "4号")!;
    expect(t4.reason).toContain("件数であり人数ではない");
    expect(t4.reason).toContain("おそれ");
    expect(r.appi.deadlines?.start_assumed).toBe(true);
    expect(r.appi.deadlines?.note).toContain("公表日");
  });

  it("TC17: independent maxima (375,000), not the max of per-item sums (303,000)", () => {
    const r = triage(fixture("tc17-religion-and-card.json"));
    expect([r.estimate.x, r.estimate.y, r.estimate.sensitivity]).toEqual([3, 3, 125]);
    const maxOfSums = Math.max(...r.estimate.items.map((i) => 10 ** (i.x - 1) + 5 ** (i.y - 1)));
    expect(500 * maxOfSums * 6).toBe(303_000);
    expect(r.estimate.per_person_yen).not.toBe(303_000);
  });

  it("TC18: the old rule needed actual viewing; unknown viewing is a review under it", () => {
    const old = fixture("tc18a-mynumber-web-2021.json");
    const { viewed: _viewed, ...unknownViews } = old;
    expect(triage(unknownViews).mynumber?.reportable).toBe("review");
    expect(triage({ ...old, viewed: true }).mynumber).toMatchObject({ reportable: true, triggers: ["重大事態3"] });
    expect(triage(old).mynumber?.final_report_days).toBeNull();
  });
});

describe("boundaries", () => {
  const misdelivery = (count: number, extra: Record<string, unknown> = {}) =>
    input({
      affected: people(count),
      data_items: ["name", "address"],
      cause: "misdelivery",
      discovered: "2024-06-01",
      ...extra,
    });

  it.each([
    [999, false],
    [1000, false],
    [1001, true],
  ])("private sector: %i people → %s", (n, expected) => {
    expect(triage(misdelivery(n)).appi.reportable).toBe(expected);
  });

  it.each([
    ["exact", 1000, false],
    ["max", 1000, false],
    ["max", 1001, true],
    ["at_least", 1000, "review"],
    ["at_least", 1001, true],
    ["approx", 1000, "review"],
    ["approx", 2000, true],
    ["approx", 500, false],
    ["cumulative", 5000, true],
  ] as const)("private sector: %s %i → %s", (qualifier, n, expected) => {
    expect(triage(misdelivery(0, { affected: people(n, qualifier) })).appi.reportable).toBe(expected);
  });

  it("an unknown count needs review", () => {
    expect(triage(misdelivery(0, { affected: people(null, "exact") })).appi.reportable).toBe("review");
  });

  it.each([
    ["national_government", 100, false],
    ["national_government", 101, true],
    ["local_government", 100, false],
    ["local_government", 101, true],
  ] as const)("public sector (%s): %i people → %s", (org, n, expected) => {
    expect(triage(misdelivery(n, { organization_type: org })).public?.reportable).toBe(expected);
  });

  it.each([
    [100, false],
    [101, true],
  ])("My Number: %i people → %s", (n, expected) => {
    const r = triage(misdelivery(n, { data_items: ["name", "mynumber"] }));
    expect(r.mynumber?.reportable).toBe(expected);
  });

  it.each([
    ["2022-03-31", false, "appi-private-2017-notice"],
    ["2022-04-01", true, "appi-private-2022"],
  ])("APPI on %s: reportable %s (%s)", (day, expected, id) => {
    const r = triage(misdelivery(1001, { discovered: day }));
    expect(r.appi.reportable).toBe(expected);
    expect(r.appi.rule?.id).toBe(id);
  });

  it.each([
    ["2024-03-31", false],
    ["2024-04-01", true],
  ])("skimming (information being acquired) discovered %s: reportable %s", (day, expected) => {
    const r = triage({ ...fixture("tc01-web-skimming-2025.json"), discovered: day });
    expect(r.appi.reportable).toBe(expected);
  });

  it.each([
    ["2022-03-31", false, "mynumber-2016-serious-event"],
    ["2022-04-01", true, "mynumber-2022"],
  ])("My Number web exposure without views on %s: %s", (day, expected, id) => {
    const r = triage({ ...fixture("tc18a-mynumber-web-2021.json"), discovered: day });
    expect(r.mynumber?.reportable).toBe(expected);
    expect(r.mynumber?.rule?.id).toBe(id);
  });

  it.each([
    ["national_government", "2022-03-31", false],
    ["national_government", "2022-04-01", true],
    ["local_government", "2023-03-31", false],
    ["local_government", "2023-04-01", true],
  ] as const)("public sector (%s) on %s: %s", (org, day, expected) => {
    expect(triage(misdelivery(101, { organization_type: org, discovered: day })).public?.reportable).toBe(expected);
  });

  it("a date that straddles a rule change (2022) needs review", () => {
    const r = triage(misdelivery(1001, { discovered: undefined, announced: "2022" }));
    expect(r.appi.reportable).toBe("review");
    expect(r.appi.notes.join()).toContain("改正をまたぐ");
  });

  it("a month after the change is not ambiguous", () => {
    expect(triage(misdelivery(1001, { discovered: "2022-04" })).appi.reportable).toBe(true);
  });
});

describe("derived facts", () => {
  it("discovered comes from the timeline's discovered event, and starts the deadlines", () => {
    const r = triage(
      input({
        affected: people(2000),
        cause: "misdelivery",
        announced: "2024-07-01",
        timeline: [
          { date: "2024-06-20", kind: "discovered", evidence: { start: 0, end: 5, text: "6月20日に判明" } },
          { date: "2024-07-01", kind: "announced" },
        ],
      }),
    );
    expect(r.discovered.date).toBe("2024-06-20");
    expect(r.appi.deadlines).toMatchObject({ start: "2024-06-20", start_assumed: false, final: { due: "2024-07-20" } });
  });

  it("without any date the current rule applies and no deadline is computed", () => {
    const r = triage(input({ affected: people(2000), cause: "misdelivery" }));
    expect(r.appi.rule?.id).toBe("appi-private-2024");
    expect(r.appi.deadlines?.start).toBeNull();
  });

  it("My Number from data_items; ransomware is 3号; おそれ still counts", () => {
    const r = triage(
      input({ data_items: ["mynumber"], cause: "malware", certainty: "possible", discovered: "2024-01-10" }),
    );
    expect(r.mynumber_involved.value).toBe(true);
    expect(r.appi.triggers).toContain("3号");
  });

  it.each([
    ["local_government", "北浜市", "local_government"],
    ["national_government", "架空省", "national_government"],
    ["police", "北浜県警察", "local_government"],
    ["police", "警察庁", "national_government"],
    ["medical", "北浜県立病院", "local_government"],
    ["medical", "医療法人みどり会", "private"],
    ["education", "架空大学", "private"],
    ["company", "株式会社テスト", "private"],
  ] as const)("organization type %s (%s) → %s", (type, name, expected) => {
    expect(toOfficerOrgType(type, name).value).toBe(expected);
  });

  it("login ID and password need review unless the service can pay", () => {
    const base = {
      data_items: ["login_id", "password"],
      affected: people(10),
      cause: "misdelivery",
      discovered: "2024-05-01",
    };
    expect(triage(input(base)).appi.review).toContain("2号");
    expect(triage(input({ ...base, payment_capable_login: false })).appi.reportable).toBe(false);
  });

  it("data recovered before anyone viewed it is not a leak", () => {
    const r = triage(misdeliveredMany({ recovered_before_viewed: true }));
    expect(r.appi.reportable).toBe(false);
  });

  it("encryption mentioned for a lost device needs review", () => {
    const r = triage(
      input({
        affected: people(5000),
        cause: "loss",
        data_items: ["name"],
        evidence: "紛失したPCは暗号化されていた",
        discovered: "2024-05-01",
      }),
    );
    expect(r.appi.reportable).toBe("review");
  });

  function misdeliveredMany(extra: Record<string, unknown>): TriageInput {
    return input({ affected: people(5000), cause: "misdelivery", discovered: "2024-05-01", ...extra });
  }
});

describe("draft report", () => {
  it("fills the nine items from the incident and marks the missing ones, in Japanese", () => {
    const r = triage(fixture("tc06-ransomware-payroll.json"));
    const draft = r.appi.draft_report!;
    expect(draft.map((d) => d.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(draft[1]).toMatchObject({ label: expect.stringContaining("個人データの項目"), status: "filled" });
    expect(draft[1]?.value).toContain("個人番号");
    expect(draft[2]?.value).toBe("300人");
    expect(draft[4]).toMatchObject({ status: "missing", value: null });
    expect(draft[8]?.value).toContain("おそれ");
    expect(r.mynumber?.draft_report?.[1]?.label).toContain("特定個人情報の項目");
  });
});

describe("input validation", () => {
  it.each([
    [{ organization: "X", affected: { value: "many" } }, /^affected\.value: /],
    [{ organization: "X", encypted: true }, /encypted/],
    [{ organization: "X", discovered: "June 1" }, /^discovered: expected YYYY-MM-DD/],
    [{ organization: "X", organization_type: "city" }, /^organization_type: /],
    [{ affected: { value: 1 } }, /^organization: /],
  ])("%j → one error naming the field", (json, message) => {
    const parsed = parseTriageInput(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [1234567, "1,234,567"],
    [-1500, "-1,500"],
  ])("%i → %s", async (n, text) => {
    const { formatCount } = await import("./dates.js");
    expect(formatCount(n)).toBe(text);
  });
});
