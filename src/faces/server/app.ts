/**
 * @module The HTTP application: `/api` (JSON, OpenAPI 3.1 at /api/openapi.json), the server-rendered Japanese pages,
 * `/static`. Built from a context (store, config, clock) so tests run it in process with `app.request()`.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { Hono, type MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { mountBrowse } from "./api/browse.js";
import { mountExports } from "./api/exports.js";
import { mountExposure } from "./api/exposure.js";
import { mountIncidents } from "./api/incidents.js";
import { CursorError } from "./api/query.js";
import { mountSources } from "./api/sources.js";
import { mountStats } from "./api/stats.js";
import { mountWrites } from "./api/writes.js";
import { apiAuth } from "./auth/middleware.js";
import { createResponseCache } from "./cache.js";
import type { AppContext, ServerContext } from "./context.js";
import { bodySizeLimit, rateLimit, securityHeaders } from "./guards.js";
import { errorBody, HttpError, statusOf } from "./http-error.js";
import { serveStatic } from "./static.js";
import { mountAuthPages } from "./web/auth-pages.js";
import { langOf } from "./web/i18n.js";
import { notFoundPage } from "./web/not-found.js";
import { mountPages } from "./web/pages.js";

export const API_VERSION = "0.1.0";

/** The API: every route is declared with zod schemas, which validate requests and generate the OpenAPI document. */
export function createApi(ctx: ServerContext): OpenAPIHono {
  const api = new OpenAPIHono({
    // A request that fails validation gets the first problem as a one-line 400.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        return c.json(errorBody("bad_request", `${where}${issue?.message ?? "invalid request"}`), 400);
      }
      return undefined;
    },
  });
  api.use("*", apiAuth(ctx)); // before every route: writes need a token (src/faces/server/auth)
  mountIncidents(api, ctx);
  mountStats(api, ctx);
  mountExposure(api, ctx);
  mountSources(api, ctx);
  mountWrites(api, ctx);
  mountBrowse(api, ctx);
  mountExports(api, ctx);
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "roei API", version: API_VERSION, description: "Japanese personal-information leak incidents" },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "roei token create --role …" } },
    },
  } as never);
  return api;
}

/**
 * The context with its response cache: made from the config unless given. The store's change token is read on every
 * request for SQLite (microseconds) and at most every 500 ms for PostgreSQL (a network round trip).
 */
export function createServerContext(input: AppContext): ServerContext {
  const cache =
    input.cache ??
    createResponseCache({
      ...input.config.cache,
      changeToken: () => input.store.changeToken(),
      checkEveryMs: input.store.engine === "postgres" ? POSTGRES_CHECK_EVERY_MS : 0,
    });
  return { ...input, cache };
}

/**
 * A write through this server (any request but GET or HEAD that did not fail: an ingest, an edit by API or form, a
 * feed poll) drops the response cache at once, so its author sees it on the next page; the whole-store views follow
 * `Store.changeToken()` themselves. Writes by other processes are seen through the change token (README: caching).
 */
function dropCacheAfterWrites(ctx: ServerContext): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.res.status < 400) ctx.cache.invalidate();
  };
}

/** How often a PostgreSQL-backed server looks for writes by other processes (the cache's staleness bound). */
export const POSTGRES_CHECK_EVERY_MS = 500;

export function createApp(input: AppContext): Hono {
  // A context that already has its cache is used as it is, so jobs and routes share one object (jobsOf(ctx)).
  const ctx = input.cache ? (input as ServerContext) : createServerContext(input);
  const app = new Hono();
  app.use("*", securityHeaders());
  app.use("*", rateLimit(ctx.config));
  app.use("*", bodySizeLimit(ctx.config));
  app.use("*", dropCacheAfterWrites(ctx));
  // The list routes answer from the cache, after the guards. Only when reading is open: a cached answer would skip the
  // read-token check of the routes behind it.
  if (!ctx.config.requireReadToken) {
    app.use("/api/incidents", ctx.cache.middleware());
    app.use("/", ctx.cache.middleware(langOf));
  }
  app.route("/api", createApi(ctx));
  app.route("/static", serveStatic());
  // Browsers and feed readers ask for /favicon.ico whatever the pages link to.
  app.get("/favicon.ico", (c) => c.redirect("/static/favicon.svg", 301));
  mountAuthPages(app, ctx); // login, 取り込み, トークン, edit POST; first, so its read guard covers the pages
  mountPages(app, ctx);
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}`), 404)
      : notFoundPage(c),
  );
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof CursorError) return c.json(errorBody("bad_request", err.message), 400);
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody("bad_request", err.message || "bad request"), err.status);
    }
    // Never a stack trace to the client; one line to the server log.
    console.error(`roei serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}`);
    return c.json(errorBody("internal", "internal error"), statusOf("internal"));
  });
  return app;
}
