/**
 * @module /feed.atom: the newest incidents (highest id first, 50), or the feed of any search (`/feed.atom?q=…&cause=…`
 * takes the list's query parameters and keeps the list's order). Invalid parameters → 400 text.
 */
import type { Hono } from "hono";
import type { StoredIncident } from "../../../domain/store.js";
import { CursorError, type ListQuery, listQuerySchema, toIncidentQuery } from "../api/query.js";
import type { ServerContext } from "../context.js";
import { NEWEST_KEPT, snapshotsOf } from "../snapshot.js";
import { formatCount } from "../web/incidents-page.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS, label } from "../web/labels.js";
import { type AtomEntry, toAtomXml } from "./atom.js";
import { feedHref } from "./feed-href.js";

export const FEED_SIZE = 50;

/** tag: URIs (RFC 4151) under a fixed authority and date, so an entry's id never changes with the host or the time. */
const TAG = "tag:roei,2026:";

export function toIncidentTag(key: string): string {
  return `${TAG}incident:${encodeURIComponent(key)}`;
}

/** An incident as a feed entry: 組織名: 件数, the cause, the items and the evidence in the summary. */
export function toAtomEntry(i: StoredIncident, origin: string): AtomEntry {
  const items = i.data_items.map((d) => label(DATA_ITEM_LABELS, d, "ja")).join("、");
  return {
    id: toIncidentTag(i.key),
    title: `${i.organization}: ${formatCount(i.affected, "ja")}`,
    link: `${origin}/incidents/${i.id}`,
    updated: i.updatedAt,
    published: i.announced && /^\d{4}-\d{2}-\d{2}$/.test(i.announced) ? `${i.announced}T00:00:00+09:00` : null,
    categories: [i.cause],
    summary: [
      `公表日: ${i.announced ?? "不明"}`,
      `原因: ${label(CAUSE_LABELS, i.cause, "ja")}`,
      `漏えい項目: ${items || "不明"}`,
      ...(i.evidence ? [`根拠: ${i.evidence}`] : []),
    ].join("\n"),
  };
}

/** True when the query asks for nothing but a size: the plain newest-first feed. */
function isPlain(q: ListQuery): boolean {
  return Object.entries(q).every(([k, v]) => v === undefined || k === "limit");
}

async function newestIncidents(ctx: ServerContext, limit: number): Promise<StoredIncident[]> {
  const snapshot = await snapshotsOf(ctx.store).get();
  const found = await Promise.all(snapshot.newestIds.slice(0, limit).map((id) => ctx.store.getIncident(id)));
  return found.filter((i): i is StoredIncident => i !== null);
}

export function mountFeed(app: Hono, ctx: ServerContext): void {
  app.get("/feed.atom", async (c) => {
    const raw = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.at(-1)]));
    for (const [k, v] of Object.entries(raw)) if (v === "" || k === "lang") delete raw[k];
    const parsed = listQuerySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.text(`400: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"}`.trim(), 400);
    }
    const q = parsed.data;
    const limit = Math.min(q.limit ?? FEED_SIZE, NEWEST_KEPT); // the store's own limit is 200 too
    let incidents: readonly StoredIncident[];
    try {
      incidents = isPlain(q)
        ? await newestIncidents(ctx, limit)
        : (await ctx.store.listIncidents({ ...toIncidentQuery(q), limit })).items;
    } catch (err) {
      if (err instanceof CursorError) return c.text(`400: cursor ${err.message}`, 400);
      throw err;
    }
    const origin = new URL(c.req.url).origin;
    const self = feedHref(q);
    const listQuery = self.slice("/feed.atom".length);
    const updated =
      incidents
        .map((i) => i.updatedAt)
        .sort()
        .at(-1) ?? ctx.now();
    const xml = toAtomXml({
      id: `${TAG}feed${listQuery}`,
      title: isPlain(q) ? "roei: 新しい漏えいインシデント" : `roei: 検索 ${q.q ?? ""}`.trim(),
      subtitle: "公表された個人情報漏えい事故（roei 漏えいインシデント・データベース）",
      updated,
      self: `${origin}${self}`,
      alternate: `${origin}/${listQuery}`,
      author: "roei",
      lang: "ja",
      entries: incidents.map((i) => toAtomEntry(i, origin)),
    });
    return c.body(xml, 200, {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    });
  });
}
