/**
 * @module Scores predicted incidents against gold ones, as ../shared/eval/SCHEMA.md describes the contract: incidents
 * matched by organization name (gold name or any `also`, legal-entity forms and spaces dropped), then per field over
 * every gold incident (a missed incident counts as wrong in each field). Our own implementation, so `npm test` needs
 * no file outside the repository.
 */

type Affected = { value: number | null; qualifier: string | null; unit: string | null };
export type GoldIncident = {
  organization: string;
  also?: string[];
  announced: string | null;
  affected: Affected;
  data_items: string[];
  cause: string;
  cves: string[];
  optional?: boolean;
  alternatives?: { affected?: number[]; cause?: string[] };
};
export type Predicted = {
  organization: string;
  announced: string | null;
  affected: Affected;
  data_items: readonly string[];
  cause: string;
  cves: readonly string[];
};
export type Figures = {
  f1: number;
  organization: number;
  affected_value: number;
  affected_qualifier: number;
  announced: number;
  cause: number;
  data_items_f1: number;
  cves: number;
};

const FORMS =
  /株式会社|有限会社|\(株\)|（株）|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|国立大学法人/g;
const norm = (s: string | null | undefined) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(FORMS, "")
    .replace(/[\s・･]/g, "")
    .toLowerCase();

function matches(g: GoldIncident, p: Predicted): boolean {
  const name = norm(p.organization);
  if (!name) return false;
  return [g.organization, ...(g.also ?? [])]
    .map(norm)
    .some(
      (n) =>
        n === name ||
        (n.length >= 2 && name.includes(n)) ||
        (name.length >= 3 && name.length >= 0.6 * n.length && n.includes(name)),
    );
}

function dateOk(want: string | null, got: string | null): boolean {
  if (want === null) return true;
  if (got === null) return false;
  if (!want.startsWith("--")) return want === got;
  const [wm, wd] = want.slice(2).split("-");
  const m = /^(?:\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(got);
  return !!m && m[1] === wm && (wd === undefined || m[2] === wd);
}

/** Field figures over a set of articles. */
export function score(
  gold: readonly { article: string; incidents: GoldIncident[] }[],
  predicted: ReadonlyMap<string, readonly Predicted[]>,
): Figures {
  let tp = 0,
    fp = 0,
    fn = 0,
    n = 0,
    org = 0,
    val = 0,
    valN = 0,
    qual = 0,
    date = 0,
    dateN = 0,
    cause = 0,
    cve = 0,
    iTp = 0,
    iFp = 0,
    iFn = 0;
  for (const g of gold) {
    const preds = [...(predicted.get(g.article) ?? [])];
    const used = new Set<number>();
    for (const gi of g.incidents) {
      const countOk = (p: Predicted) =>
        [gi.affected.value, ...(gi.alternatives?.affected ?? [])].includes(p.affected.value);
      let best = -1;
      preds.forEach((p, i) => {
        if (used.has(i) || !matches(gi, p)) return;
        if (best === -1 || (countOk(p) && !countOk(preds[best]!))) best = i;
      });
      if (best === -1) {
        if (gi.optional) continue;
        fn++;
        n++;
        if (gi.affected.value !== null) valN++;
        if (gi.announced) dateN++;
        iFn += gi.data_items.length;
        continue;
      }
      used.add(best);
      if (gi.optional) continue;
      const p = preds[best]!;
      tp++;
      n++;
      if ([gi.organization, ...(gi.also ?? [])].map(norm).includes(norm(p.organization))) org++;
      if (gi.affected.value !== null) {
        valN++;
        if (countOk(p)) val++;
        if (p.affected.qualifier === gi.affected.qualifier) qual++;
      }
      if (gi.announced) {
        dateN++;
        if (dateOk(gi.announced, p.announced)) date++;
      }
      if ([gi.cause, ...(gi.alternatives?.cause ?? [])].includes(p.cause)) cause++;
      const want = new Set(gi.data_items);
      for (const k of p.data_items) want.has(k) ? iTp++ : iFp++;
      for (const k of want) if (!p.data_items.includes(k)) iFn++;
      if (JSON.stringify([...gi.cves].sort()) === JSON.stringify([...p.cves].sort())) cve++;
    }
    fp += preds.length - used.size;
  }
  const r = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const f = (p: number, q: number) => (p + q === 0 ? 0 : (2 * p * q) / (p + q));
  return {
    f1: f(r(tp, tp + fp), r(tp, tp + fn)),
    organization: r(org, n),
    affected_value: r(val, valN),
    affected_qualifier: r(qual, valN),
    announced: r(date, dateN),
    cause: r(cause, n),
    data_items_f1: f(r(iTp, iTp + iFp), r(iTp, iTp + iFn)),
    cves: r(cve, n),
  };
}
