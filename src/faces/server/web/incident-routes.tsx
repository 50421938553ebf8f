/** @module The routes of the incident detail page (/incidents/:id) and the source page (/sources/:id?hl=START-END). */
import type { Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { type IncidentDetail, loadIncidentDetail } from "../api/incident-detail.js";
import type { ServerContext } from "../context.js";
import { parseHl } from "../highlight.js";
import { pickLang, translator } from "./i18n.js";
import { IncidentPage } from "./incident-page.js";
import { detailWords } from "./incident-words.js";
import { ErrorPage, SourcePage } from "./source-page.js";

export type IncidentPageOptions = {
  /** The edit form for this reader and incident (editors only); undefined leaves the page without one. */
  readonly editFormFor?: (c: Context, detail: IncidentDetail) => Child | undefined | Promise<Child | undefined>;
};

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

const ID = /^[A-Za-z0-9_:.-]{1,200}$/;

export function mountIncidentPages(app: Hono, ctx: ServerContext, options: IncidentPageOptions = {}): void {
  app.get("/incidents/:id", async (c) => {
    const lang = pickLang(c);
    const t = translator(lang);
    const w = detailWords(lang);
    const id = c.req.param("id");
    const detail = ID.test(id) ? await loadIncidentDetail(ctx.store, id) : null;
    const path = pathOf(c.req.url);
    if (detail === null)
      return c.html(
        <ErrorPage lang={lang} t={t} path={path} heading={t("not_found")} message={w("incident_not_found")} />,
        404,
      );
    const editForm = options.editFormFor === undefined ? undefined : await options.editFormFor(c, detail);
    return c.html(
      <IncidentPage lang={lang} t={t} path={path} detail={detail} {...(editForm === undefined ? {} : { editForm })} />,
    );
  });

  app.get("/sources/:id", async (c) => {
    const lang = pickLang(c);
    const t = translator(lang);
    const w = detailWords(lang);
    const id = c.req.param("id");
    const path = pathOf(c.req.url);
    const hl = parseHl(c.req.query("hl"));
    if (!hl.ok)
      return c.html(<ErrorPage lang={lang} t={t} path={path} heading={w("bad_request")} message={hl.error} />, 400);
    const source = /^\d{1,15}$/.test(id) ? await ctx.store.getSource(Number(id)) : null;
    if (source === null)
      return c.html(
        <ErrorPage lang={lang} t={t} path={path} heading={t("not_found")} message={w("source_not_found")} />,
        404,
      );
    return c.html(<SourcePage lang={lang} t={t} path={path} source={source} hl={hl.range} />);
  });
}
