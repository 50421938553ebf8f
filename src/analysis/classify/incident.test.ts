import { describe, expect, it } from "vitest";
import type { Incident } from "../../domain/incident.js";
import { classifyIncident } from "./incident.js";

const base: Incident = {
  organization: "北浜市",
  also: [],
  announced: "2025-02-03",
  affected: { value: 120, qualifier: null, unit: "people" },
  data_items: ["name", "address", "mynumber"],
  cause: "loss",
  cves: [],
  evidence: "職員がUSBメモリを紛失した",
  certainty: "confirmed",
  breakdown: [],
  breakdown_mismatch: false,
  timeline: [],
  vector: ["USBメモリ"],
  secondary_damage: [],
  response: [],
  sources: {},
};

describe("classifyIncident", () => {
  it("classifies a lost USB stick at a city: local government, 紛失・置忘れ, physical media, a number leaked", () => {
    const c = classifyIncident(base);
    expect(c.organization_type).toBe("local_government");
    expect(c.jnsa_cause).toBe("紛失・置忘れ");
    expect(c.route).toBe("portable_media");
    expect(c.veris_action.category).toBe("error");
    expect(c.sensitivity.specificPersonalInformation).toBe(true);
    expect(c.review_flags).toEqual([]);
  });

  it("re-reads an unknown stored organization type from the name, keeps a known one", () => {
    expect(classifyIncident({ ...base, organizationType: "unknown" }).organization_type).toBe("local_government");
    expect(classifyIncident({ ...base, organizationType: "company" }).organization_type).toBe("company");
  });

  it("raises a review flag when the breakdown does not add up", () => {
    const c = classifyIncident({
      ...base,
      breakdown: [
        { label: "市民", value: 50, unit: "people", evidence: { start: 0, end: 1, text: "x" } },
        { label: "職員", value: 20, unit: "people", evidence: { start: 0, end: 1, text: "x" } },
      ],
      breakdown_mismatch: true,
    });
    expect(c.review_flags.map((f) => f.code)).toContain("breakdown_mismatch");
  });
});
