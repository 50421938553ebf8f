/** @module Organization names in merging: the fullest name, the organization type, the parent a name points to. */

import type { OrganizationType } from "../../domain/store.js";
import { isAlias, toKey } from "../extract/aliases.js";
import { ENTITY_FORMS, GENERIC_NAMES } from "../fields/gazetteer.js";
import { toOrganizationTypeOf } from "../fields/organization-type.js";
import { compareText } from "./report-input.js";

const SHORT_FORMS = ["（株）", "(株)", "（有）", "(有)", "㈱", "㈲"] as const;

/** 2 for a written-out legal-entity form (株式会社X), 1 for an abbreviated one (（株）X), 0 for a bare name. */
export function toEntityRank(name: string): number {
  const nfkc = name.normalize("NFKC");
  if (ENTITY_FORMS.some((form) => nfkc.includes(form))) return 2;
  return SHORT_FORMS.some((form) => name.includes(form) || nfkc.includes(form)) ? 1 : 0;
}

/** Fullest name first: entity-form names (株式会社X), then the longest, then code-unit order. */
export function compareFullness(a: string, b: string): number {
  return toEntityRank(b) - toEntityRank(a) || b.length - a.length || compareText(a, b);
}

/** The fullest of some names (at least one). */
export function toFullestName(names: readonly string[]): string {
  const sorted = [...names].sort(compareFullness);
  const first = sorted[0];
  if (first === undefined) throw new Error("toFullestName: no names");
  return first;
}

/**
 * The organization type (組織種別) a name suggests: delegated to the analysis classifier (prefecture gazetteer, municipal
 * departments, police, public institutions, suffixes, entity forms; src/analysis/classify/organization-type.ts).
 */
export function toOrganizationType(name: string): OrganizationType {
  return toOrganizationTypeOf(name);
}

/** A name that can stand for an organization of its own: not empty and not a common noun (委託先, 大手企業). */
export function isProperName(name: string): boolean {
  const key = toKey(name);
  return key.length >= 2 && !GENERIC_NAMES.has(name) && !GENERIC_NAMES.has(key);
}

const GROUP = /^(.{2,}?)(?:ホールディングス|hd|グループ)$/u;

/**
 * The key of the parent an `also` name points to: a holding or group whose stem starts the name
 * (ミドリホールディングス for ミドリコーポレーション) or a shorter name that starts it (北浜市 for 北浜市中央区,
 * ABC西日本 for ABC西日本子会社). The nearest (longest) such parent, or null.
 */
export function toParentKey(name: string, also: readonly string[]): string | null {
  const key = toKey(name);
  const parents = also
    .filter(isProperName)
    .map(toKey)
    .filter((k) => k !== key && isParentKey(k, key));
  return [...new Set(parents)].sort((a, b) => b.length - a.length || compareText(a, b))[0] ?? null;
}

function isParentKey(parent: string, child: string): boolean {
  const stem = GROUP.exec(parent)?.[1];
  if (stem !== undefined) return child.startsWith(stem) && child !== stem;
  return child.length > parent.length && child.startsWith(parent);
}

/** Aliases of `name` among `names`: other spellings of the same organization (株式会社X, （株）X, 東商). */
export function toAliases(name: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const other of names) {
    if (other !== name && !out.includes(other) && isAlias(other, name)) out.push(other);
  }
  return out;
}
