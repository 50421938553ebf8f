/** @module The server-rendered pages: each reads the store, renders JSX (text escaped), and works without JavaScript. */
import type { Context, Hono } from "hono";
import { DEFAULT_PAGE_SIZE, listQuerySchema, toIncidentQuery } from "../api/query.js";
import { mayWrite, sessionOf } from "../auth/session.js";
import type { ServerContext } from "../context.js";
import { mountFeed } from "../feed/feed-route.js";
import { mountBrowsePages, sampleSourceIds } from "./browse-pages.js";
import { EditForm } from "./edit-form.js";
import { mountExposurePage } from "./exposure-page.js";
import { pickLang, translator } from "./i18n.js";
import { mountIncidentPages } from "./incident-routes.js";
import { IncidentsPage } from "./incidents-page.js";
import { mountStatsPage } from "./stats-page.js";

/** The current path and query, for links that keep the reader's place. */
function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** The edit form with the session's CSRF token for a logged-in editor or admin; nothing for anyone else. */
async function editFormForEditors(c: Context, ctx: ServerContext, incidentId: number) {
  const session = await sessionOf(c, ctx);
  return mayWrite(session) ? <EditForm lang={pickLang(c)} incidentId={incidentId} csrf={session.csrf} /> : undefined;
}

export function mountPages(app: Hono, ctx: ServerContext): void {
  mountStatsPage(app, ctx);
  mountExposurePage(app, ctx);
  mountIncidentPages(app, ctx, { editFormFor: (c, detail) => editFormForEditors(c, ctx, detail.id) });
  const samples = sampleSourceIds(ctx.store);
  mountFeed(app, ctx);
  app.get("/", async (c) => {
    const lang = pickLang(c);
    const t = translator(lang);
    const raw = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.at(-1)]));
    delete raw.lang;
    for (const [k, v] of Object.entries(raw)) if (v === "") delete raw[k];
    const parsed = listQuerySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.text(`400: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`, 400);
    }
    const query = toIncidentQuery(parsed.data);
    const [page, facets, sampleSources] = await Promise.all([
      ctx.store.listIncidents(query),
      ctx.store.incidentFacets(query),
      samples(),
    ]);
    return c.html(
      <IncidentsPage
        lang={lang}
        t={t}
        path={pathOf(c.req.url)}
        query={parsed.data}
        page={page}
        offset={query.offset ?? 0}
        limit={query.limit ?? DEFAULT_PAGE_SIZE}
        facets={facets}
        sampleSources={sampleSources}
      />,
    );
  });
  mountBrowsePages(app, ctx);
}
