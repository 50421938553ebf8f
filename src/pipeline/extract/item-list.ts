/** @module A line that only lists kinds of personal data (　　氏名、住所、電話番号、購入履歴). */
import type { DataItem } from "../../domain/incident.js";
import { addDataItems } from "../fields/data-items.js";
import type { Sentence } from "../segment/sentences.js";

/**
 * Notices list the leaked data on a line of its own under each group of people ((1)会員の皆様 1万2000人 /
 * 　氏名、住所、生年月日): a bare line of two or more short terms, at least two of them data items, is a data list
 * wherever it stands in the incident's section, whatever heading is above it.
 */
export function isItemListLine(s: Sentence): boolean {
  if (!s.bare) return false;
  const t = s.text.trim();
  if (t.length < 4 || t.length > 80 || !t.includes("、")) return false;
  const terms = t.split(/[、，,／/]/u).map((x) => x.trim());
  if (terms.length < 2 || terms.some((x) => x.length === 0 || x.length > 14 || VERBISH.test(x))) return false;
  const found = new Set<DataItem>();
  addDataItems(t, found);
  return found.size >= 2;
}

/** Terms that carry a predicate or a figure belong to prose or a headline, not to a list of data kinds. */
const VERBISH = /[0-9０-９]|した|する|され|です|ます|流出|漏え?い|漏洩|紛失/u;
