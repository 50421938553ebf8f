/** @module Merged incidents → the organizations they belong to, one per organization key with every name used. */
import type { NewIncident, NewOrganization } from "../../storage/store.js";
import { toKey } from "../extract/aliases.js";
import { compareFullness, toAliases, toParentKey } from "./names.js";
import { compareText } from "./report-input.js";

function toOrganization(incident: NewIncident): NewOrganization {
  const parentKey = toParentKey(incident.organization, incident.also);
  return {
    key: incident.organization_key,
    name: incident.organization,
    aliases: toAliases(incident.organization, incident.also).filter((a) => toKey(a) !== parentKey),
    type: incident.organizationType,
    parentKey,
  };
}

function combine(a: NewOrganization, b: NewOrganization): NewOrganization {
  const [main, other] = compareFullness(a.name, b.name) <= 0 ? [a, b] : [b, a];
  const names = [...new Set([...main.aliases, other.name, ...other.aliases])].filter((n) => n !== main.name);
  const parents = [main.parentKey, other.parentKey].filter((p): p is string => p !== null).sort(compareText);
  return { ...main, aliases: names, parentKey: main.parentKey ?? parents[0] ?? null };
}

/** One organization per key, in key order: the fullest name, every alias, the type, the nearest parent named. */
export function toOrganizations(incidents: readonly NewIncident[]): NewOrganization[] {
  const byKey = new Map<string, NewOrganization>();
  for (const incident of incidents) {
    const org = toOrganization(incident);
    const seen = byKey.get(org.key);
    byKey.set(org.key, seen ? combine(seen, org) : org);
  }
  return [...byKey.values()].sort((a, b) => compareText(a.key, b.key));
}
