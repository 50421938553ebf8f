/**
 * @module The write API: ingest (text, URL, file), corrections, feeds, tokens (admin), watchlists. Every route here is
 * behind apiAuth (editor for writes) and declares its token need in OpenAPI (`security: bearer`).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { enqueueJobs } from "../../../ingest/queue.js";
import { vetUrl } from "../../../pipeline/fetch/post.js";
import type { TokenRole } from "../../../storage/store.js";
import { BEARER, requireRole, tokenIn } from "../auth/middleware.js";
import { createToken } from "../auth/token.js";
import type { ServerContext } from "../context.js";
import { correctIncident, findIncident } from "../correct.js";
import { EDITABLE_FIELDS } from "../correction-value.js";
import { HttpError } from "../http-error.js";
import { type IngestInput, ingestInput } from "../ingest-input.js";
import { jobsOf } from "../jobs.js";
import { toWatchlistJson, watchlistSchema, watchQuerySchema } from "../watchlists.js";
import { errorSchema } from "./schemas.js";

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const errors = {
  400: json(errorSchema, "Invalid request"),
  401: json(errorSchema, "No token, or an unknown or revoked one"),
  403: json(errorSchema, "The token's role is too low"),
};

// --- Ingest ---

const ingestJsonSchema = z
  .object({
    text: z.string().min(1).max(1_000_000).optional().openapi({ description: "article text (plain or HTML)" }),
    title: z.string().max(500).optional(),
    url: z.string().url().max(2000).optional().openapi({ description: "fetched with the address guard" }),
    published: z.string().regex(DATE, "must be YYYY-MM-DD").optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.url === undefined), { message: "give text or url (one of them)" })
  .openapi("IngestRequest");

const ingestFormSchema = z
  .object({
    file: z.any().optional().openapi({ type: "string", format: "binary" }),
    text: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional(),
  })
  .openapi("IngestUpload");

const ingestOutcomeSchema = z
  .object({
    key: z.string(),
    status: z.enum(["added", "new_version", "unchanged", "failed", "queued"]),
    error: z.string().nullable(),
    incident_keys: z.array(z.string()),
  })
  .openapi("IngestOutcome");

const ingestRoute = createRoute({
  method: "post",
  path: "/ingest",
  tags: ["ingest"],
  summary: "Ingest an article: JSON {text} or {url}, or a multipart file upload (editor)",
  security: BEARER,
  request: {
    query: z.object({
      queue: z.enum(["0", "1"]).optional().openapi({ description: "1: enqueue a URL for `roei worker` (PostgreSQL)" }),
    }),
    body: {
      content: {
        "application/json": { schema: ingestJsonSchema },
        "multipart/form-data": { schema: ingestFormSchema },
      },
    },
  },
  responses: {
    200: json(ingestOutcomeSchema, "The ingest outcome and the incidents it changed"),
    202: json(ingestOutcomeSchema, "Queued for a worker"),
    ...errors,
    422: json(errorSchema, "Not an article (a dump of personal data, or a URL that could not be fetched)"),
  },
});

// --- Corrections ---

const correctionSchema = z
  .object({
    field: z.enum(EDITABLE_FIELDS),
    value: z.any().openapi({ description: "the field's new value, in the contract's shape" }),
    reason: z.string().trim().min(1, "every correction says why").max(2000),
  })
  .strict()
  .openapi("Correction");

const correctRoute = createRoute({
  method: "patch",
  path: "/incidents/{id}",
  tags: ["incidents"],
  summary: "Correct one field of an incident, with a reason (editor; audited)",
  security: BEARER,
  request: {
    params: z.object({ id: z.string().min(1).max(200) }),
    body: { content: { "application/json": { schema: correctionSchema } }, required: true },
  },
  responses: {
    200: json(z.object({}).passthrough().openapi("CorrectedIncident"), "The incident after the correction"),
    ...errors,
    404: json(errorSchema, "No such incident"),
  },
});

// --- Feeds ---

const feedSchema = z
  .object({
    url: z.string(),
    etag: z.string().nullable(),
    last_modified: z.string().nullable(),
    last_polled_at: z.string().nullable(),
    last_error: z.string().nullable(),
  })
  .openapi("Feed");

const feedsRoute = createRoute({
  method: "get",
  path: "/feeds",
  tags: ["feeds"],
  summary: "Feeds polled by the server, with their state",
  responses: { 200: json(z.object({ items: z.array(feedSchema) }), "The feeds") },
});

const feedUrlSchema = z.object({ url: z.string().url().max(2000) }).strict();

const addFeedRoute = createRoute({
  method: "post",
  path: "/feeds",
  tags: ["feeds"],
  summary: "Add a feed (editor)",
  security: BEARER,
  request: { body: { content: { "application/json": { schema: feedUrlSchema } }, required: true } },
  responses: { 201: json(feedSchema, "The feed"), ...errors },
});

const removeFeedRoute = createRoute({
  method: "delete",
  path: "/feeds",
  tags: ["feeds"],
  summary: "Remove a feed (editor)",
  security: BEARER,
  request: { query: feedUrlSchema },
  responses: { 204: { description: "Removed" }, ...errors, 404: json(errorSchema, "No such feed") },
});

const pollRoute = createRoute({
  method: "post",
  path: "/feeds/poll",
  tags: ["feeds"],
  summary: "Poll every feed now (editor)",
  security: BEARER,
  responses: {
    200: json(z.object({ ok: z.boolean(), items: z.array(feedSchema) }), "Feeds after the poll"),
    ...errors,
  },
});

// --- Tokens (admin) ---

const tokenSchema = z
  .object({
    id: z.number().int(),
    role: z.enum(["editor", "admin"]),
    name: z.string(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .openapi("Token");

const tokensRoute = createRoute({
  method: "get",
  path: "/tokens",
  tags: ["tokens"],
  summary: "Every token, without secrets (admin)",
  security: BEARER,
  responses: { 200: json(z.object({ items: z.array(tokenSchema) }), "Tokens"), ...errors },
});

const createTokenRoute = createRoute({
  method: "post",
  path: "/tokens",
  tags: ["tokens"],
  summary: "Create a token; the answer is the only time it is shown (admin)",
  security: BEARER,
  request: {
    body: {
      content: {
        "application/json": {
          schema: z
            .object({ role: z.enum(["editor", "admin"]), name: z.string().trim().min(1).max(100).optional() })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: { 201: json(tokenSchema.extend({ token: z.string() }), "The token, shown once"), ...errors },
});

const idParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,15}$/, "must be a numeric id")
    .openapi({ example: "3" }),
});

const revokeTokenRoute = createRoute({
  method: "delete",
  path: "/tokens/{id}",
  tags: ["tokens"],
  summary: "Revoke a token (admin)",
  security: BEARER,
  request: { params: idParams },
  responses: { 204: { description: "Revoked" }, ...errors, 404: json(errorSchema, "No live token with this id") },
});

// --- Watchlists ---

const watchlistsRoute = createRoute({
  method: "get",
  path: "/watchlists",
  tags: ["watchlists"],
  summary: "Watchlists and their delivery state (editor)",
  security: BEARER,
  responses: { 200: json(z.object({ items: z.array(watchlistSchema) }), "Watchlists"), ...errors },
});

const addWatchlistRoute = createRoute({
  method: "post",
  path: "/watchlists",
  tags: ["watchlists"],
  summary: "Watch a search: new matching incidents are POSTed to the webhook as JSON (editor)",
  security: BEARER,
  request: {
    body: {
      content: {
        "application/json": {
          schema: z
            .object({
              name: z.string().trim().min(1).max(200),
              query: z.record(z.string(), z.string()).openapi({ description: "parameters of GET /api/incidents" }),
              webhook_url: z.string().url().max(2000),
            })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: { 201: json(watchlistSchema, "The watchlist"), ...errors },
});

const removeWatchlistRoute = createRoute({
  method: "delete",
  path: "/watchlists/{id}",
  tags: ["watchlists"],
  summary: "Remove a watchlist (editor)",
  security: BEARER,
  request: { params: idParams },
  responses: { 204: { description: "Removed" }, ...errors, 404: json(errorSchema, "No such watchlist") },
});

function toFeedJson(f: {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
}) {
  return {
    url: f.url,
    etag: f.etag,
    last_modified: f.lastModified,
    last_polled_at: f.lastPolledAt,
    last_error: f.lastError,
  };
}

function toTokenJson(t: {
  id: number;
  role: TokenRole;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}) {
  return {
    id: t.id,
    role: t.role,
    name: t.name,
    created_at: t.createdAt,
    last_used_at: t.lastUsedAt,
    revoked_at: t.revokedAt,
  };
}

/**
 * A feed or webhook URL: http(s), and (unless allowPrivate) not at a private, loopback or metadata address. A feed whose
 * host does not resolve now is still accepted (polling records the error); a webhook is not.
 */
async function checkOutboundUrl(ctx: ServerContext, url: string, unresolvedOk = false): Promise<void> {
  const vetted = await vetUrl(url, { allowPrivate: ctx.config.allowPrivate });
  if (!vetted.ok && !(unresolvedOk && vetted.error.reason === "dns"))
    throw new HttpError("bad_request", vetted.error.message);
}

export function mountWrites(api: OpenAPIHono, ctx: ServerContext): void {
  const admin = requireRole(ctx, "admin");
  const editor = requireRole(ctx, "editor");

  api.openapi(ingestRoute, async (c) => {
    const queue = c.req.valid("query").queue === "1";
    const type = c.req.header("content-type") ?? "";
    const input = type.startsWith("multipart/form-data") ? await formInput(c.req.valid("form")) : c.req.valid("json");
    if (queue) {
      if (ctx.config.queueUrl === null || ctx.store.engine !== "postgres")
        throw new HttpError("bad_request", "queue=1 needs the PostgreSQL engine (DATABASE_URL)");
      if (!("url" in input) || input.url === undefined) throw new HttpError("bad_request", "queue=1 takes a url only");
      await checkOutboundUrl(ctx, input.url);
      await enqueueJobs(ctx.config.queueUrl, [
        { kind: "url", target: input.url, ...(input.published ? { published: input.published } : {}) },
      ]);
      return c.json({ key: input.url, status: "queued" as const, error: null, incident_keys: [] }, 202);
    }
    const outcome = await ingestInput(ctx, await toIngestInput(input));
    return c.json(
      { key: outcome.key, status: outcome.status, error: outcome.error, incident_keys: [...outcome.incidentKeys] },
      200,
    );
  });

  api.openapi(correctRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const incident = await findIncident(ctx, id);
    const after = await correctIncident(ctx, incident, { ...body, who: tokenIn(c).name });
    return c.json((after ?? incident) as unknown as Record<string, unknown>, 200);
  });

  api.openapi(feedsRoute, async (c) => c.json({ items: (await ctx.store.feeds()).map(toFeedJson) }, 200));

  api.openapi(addFeedRoute, async (c) => {
    const { url } = c.req.valid("json");
    await checkOutboundUrl(ctx, url, true);
    await ctx.store.addFeed(url);
    const feed = (await ctx.store.feeds()).find((f) => f.url === url);
    return c.json(toFeedJson(feed!), 201);
  });

  api.openapi(removeFeedRoute, async (c) => {
    const { url } = c.req.valid("query");
    if (!(await ctx.store.removeFeed(url))) throw new HttpError("not_found", `no feed ${url}`);
    return c.body(null, 204);
  });

  api.openapi(pollRoute, async (c) => {
    const ok = await jobsOf(ctx).pollNow();
    return c.json({ ok, items: (await ctx.store.feeds()).map(toFeedJson) }, 200);
  });

  api.openapi({ ...tokensRoute, middleware: [admin] }, async (c) =>
    c.json({ items: (await ctx.store.tokens()).map(toTokenJson) }, 200),
  );

  api.openapi({ ...createTokenRoute, middleware: [admin] }, async (c) => {
    const { role, name } = c.req.valid("json");
    const { token, record } = await createToken(ctx.store, role, name ?? role, ctx.now());
    return c.json({ ...toTokenJson(record), token }, 201);
  });

  api.openapi({ ...revokeTokenRoute, middleware: [admin] }, async (c) => {
    const id = Number(c.req.valid("param").id);
    if (!(await ctx.store.revokeToken(id, ctx.now()))) throw new HttpError("not_found", `no live token ${id}`);
    return c.body(null, 204);
  });

  // Webhook URLs may hold secrets of their receivers: listing them needs an editor.
  api.openapi({ ...watchlistsRoute, middleware: [editor] }, async (c) =>
    c.json({ items: (await ctx.store.watchlists()).map(toWatchlistJson) }, 200),
  );

  api.openapi(addWatchlistRoute, async (c) => {
    const body = c.req.valid("json");
    const query = watchQuerySchema.safeParse(body.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      throw new HttpError("bad_request", `query.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
    }
    await checkOutboundUrl(ctx, body.webhook_url);
    const watchlist = await ctx.store.addWatchlist({
      name: body.name,
      query: body.query,
      webhookUrl: body.webhook_url,
      createdAt: ctx.now(),
      lastIncidentId: await ctx.store.latestIncidentId(),
    });
    return c.json(toWatchlistJson(watchlist), 201);
  });

  api.openapi(removeWatchlistRoute, async (c) => {
    const id = Number(c.req.valid("param").id);
    if (!(await ctx.store.removeWatchlist(id))) throw new HttpError("not_found", `no watchlist ${id}`);
    return c.body(null, 204);
  });
}

type IngestBody = {
  text?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
};

/** A multipart upload → the same body as JSON (a file, else text, else url), checked like it. */
async function formInput(form: Record<string, unknown>): Promise<IngestBody & { file?: File }> {
  const published = typeof form.published === "string" && form.published !== "" ? form.published : undefined;
  if (published !== undefined && !DATE.test(published))
    throw new HttpError("bad_request", "published: must be YYYY-MM-DD");
  const file = form.file;
  if (file instanceof File && file.size > 0) return { file, ...(published ? { published } : {}) };
  const text = typeof form.text === "string" && form.text.trim() !== "" ? form.text : undefined;
  const url = typeof form.url === "string" && form.url.trim() !== "" ? form.url.trim() : undefined;
  if ((text === undefined) === (url === undefined))
    throw new HttpError("bad_request", "give a file, text or url (one of them)");
  const title = typeof form.title === "string" && form.title.trim() !== "" ? form.title : undefined;
  return { text, url, title, published };
}

/** The checked body → what ingestInput takes. */
async function toIngestInput(body: IngestBody & { file?: File }): Promise<IngestInput> {
  const published = body.published ? { published: body.published } : {};
  if (body.file !== undefined) {
    const bytes = new Uint8Array(await body.file.arrayBuffer());
    const type = body.file.type.split(";")[0]?.trim();
    return { kind: "file", name: body.file.name, bytes, ...(type ? { contentType: type } : {}), ...published };
  }
  if (body.url !== undefined) return { kind: "url", url: body.url, ...published };
  return { kind: "text", text: body.text ?? "", ...(body.title ? { title: body.title } : {}), ...published };
}
