/** @module Links the incidents of different victims of one vendor incident (a contractor named by each of them). */
import type { NewIncident } from "../../storage/store.js";
import { isAlias, toKey } from "../extract/aliases.js";
import { MAX_DAYS_APART } from "./compatible.js";
import { toGapDays, toInterval } from "./dates.js";
import { isProperName } from "./names.js";
import { compareText } from "./report-input.js";

/**
 * Keys of the other organizations an incident names: its `also` names, and `vector` entries that are also used as an
 * organization name somewhere in the batch (so 通販サイト or USBメモリ link nothing).
 */
function vendorKeys(incident: NewIncident, known: ReadonlySet<string>): Set<string> {
  const also = incident.also.filter(isProperName).filter((n) => !isAlias(n, incident.organization));
  const vector = incident.vector.filter((n) => isProperName(n) && known.has(toKey(n)));
  return new Set([...also, ...vector].filter((n) => !isAlias(n, incident.organization)).map(toKey));
}

/** Announcements more than MAX_DAYS_APART apart are different vendor incidents; unknown dates don't tell. */
function isNearInTime(a: NewIncident, b: NewIncident): boolean {
  const x = toInterval(a.announced);
  const y = toInterval(b.announced);
  return x === null || y === null || toGapDays(x, y) <= MAX_DAYS_APART;
}

function indexByKey(keysOf: readonly ReadonlySet<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), i]);
  });
  return index;
}

/**
 * Sets `related` on every incident: the keys of incidents of other organizations, announced near it, that name the same
 * vendor (in `also` or `vector`) or that are that vendor's own incident. Pure over a whole batch; related lists are
 * recomputed, not added to, so linking twice changes nothing.
 */
export function linkRelated(incidents: readonly NewIncident[]): NewIncident[] {
  const known = new Set(incidents.flatMap((i) => [i.organization_key, ...i.also.map(toKey)]));
  const vendors = incidents.map((i) => vendorKeys(i, known));
  const byVendor = indexByKey(vendors);
  const byOwner = indexByKey(incidents.map((i) => new Set([i.organization_key])));
  return incidents.map((incident, i) => {
    const peers = new Set<number>();
    for (const key of vendors[i]!) {
      for (const j of [...(byVendor.get(key) ?? []), ...(byOwner.get(key) ?? [])]) peers.add(j);
    }
    for (const j of byVendor.get(incident.organization_key) ?? []) peers.add(j);
    const related = [...peers]
      .map((j) => incidents[j]!)
      .filter((other) => other.key !== incident.key && !isAlias(other.organization, incident.organization))
      .filter((other) => isNearInTime(incident, other))
      .map((other) => other.key);
    return { ...incident, related: [...new Set(related)].sort(compareText) };
  });
}
