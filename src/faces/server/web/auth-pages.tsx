/**
 * @module Pages that write: ログイン/ログアウト, 取り込み (text, URL, file, feeds), トークン (admin), and the POST of
 * the incident edit form. Every form is a plain HTML form (no JavaScript) with the session's CSRF token; every POST
 * checks it and the session's role before doing anything.
 */
import type { Context, Hono } from "hono";
import type { IngestOutcome } from "../../../ingest/ingest-source.js";
import { vetUrl } from "../../../pipeline/fetch/post.js";
import type { FeedState, TokenRecord, TokenRole } from "../../../storage/store.js";
import {
  checkLoginCsrf,
  endSession,
  loginCsrf,
  mayWrite,
  sameSecret,
  sessionOf,
  startSession,
  type WebSession,
} from "../auth/session.js";
import { createToken } from "../auth/token.js";
import type { ServerContext } from "../context.js";
import { correctIncident, findIncident } from "../correct.js";
import { EDITABLE_FIELDS, parseCorrectionText } from "../correction-value.js";
import { HttpError } from "../http-error.js";
import { type IngestInput, ingestInput } from "../ingest-input.js";
import { jobsOf } from "../jobs.js";
import { type Words, words } from "./auth-words.js";
import { EditForm } from "./edit-form.js";
import { type Lang, pickLang, translator } from "./i18n.js";
import { Layout } from "./layout.js";

type Notice = { readonly kind: "ok" | "error"; readonly text: string; readonly detail?: readonly string[] };

function NoticeBox(props: { notice: Notice | null }) {
  const n = props.notice;
  if (n === null) return null;
  return (
    <div class={`notice ${n.kind}`} role={n.kind === "error" ? "alert" : "status"}>
      <p>{n.text}</p>
      {n.detail && n.detail.length > 0 ? (
        <ul>
          {n.detail.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Frame(props: {
  c: Context;
  lang: Lang;
  title: string;
  active?: string;
  session: WebSession | null;
  children?: unknown;
}) {
  const t = translator(props.lang);
  const w = words(props.lang);
  const u = new URL(props.c.req.url);
  return (
    <Layout
      lang={props.lang}
      t={t}
      title={props.title}
      path={`${u.pathname}${u.search}`}
      {...(props.active ? { active: props.active } : {})}
    >
      {props.session ? (
        <p class="session">
          {w("logged_in_as")}: {props.session.name}（{props.session.role}） <a href="/logout">{w("logout_title")}</a>
        </p>
      ) : null}
      {props.children as never}
    </Layout>
  );
}

/** A local path to go back to after login (never another site). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : "/ingest";
}

function LoginPage(props: { w: Words; csrf: string; next: string; failed: boolean; notice?: Notice | null }) {
  const { w } = props;
  return (
    <>
      <h1>{w("login_title")}</h1>
      <NoticeBox notice={props.failed ? { kind: "error", text: w("login_failed") } : (props.notice ?? null)} />
      <p>{w("login_help")}</p>
      <form method="post" action="/login" class="login">
        <input type="hidden" name="csrf" value={props.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <p>
          <label for="token">{w("token_label")}</label>
          <input id="token" name="token" type="password" autocomplete="off" required size={60} />
        </p>
        <button type="submit">{w("login_button")}</button>
      </form>
    </>
  );
}

function IngestPage(props: {
  w: Words;
  lang: Lang;
  session: WebSession | null;
  feeds: readonly FeedState[];
  notice: Notice | null;
}) {
  const { w, session } = props;
  const csrf = session?.csrf ?? "";
  const canWrite = mayWrite(session);
  return (
    <>
      <h1>{w("ingest_title")}</h1>
      <NoticeBox notice={props.notice} />
      {canWrite ? (
        <div class="ingest-forms">
          <form method="post" action="/ingest/text" class="ingest">
            <h2>{w("paste_heading")}</h2>
            <input type="hidden" name="csrf" value={csrf} />
            <p>
              <label for="ingest-title">{w("title_label")}</label>
              <input id="ingest-title" name="title" type="text" maxlength={500} />
            </p>
            <p>
              <label for="ingest-text">{w("text_label")}</label>
              <textarea id="ingest-text" name="text" rows={10} required />
            </p>
            <p>
              <label for="ingest-published">{w("published_label")}</label>
              <input id="ingest-published" name="published" type="text" pattern="\d{4}-\d{2}-\d{2}" />
            </p>
            <button type="submit">{w("ingest_button")}</button>
          </form>
          <form method="post" action="/ingest/url" class="ingest">
            <h2>{w("url_heading")}</h2>
            <input type="hidden" name="csrf" value={csrf} />
            <p>
              <label for="ingest-url">{w("url_label")}</label>
              <input id="ingest-url" name="url" type="url" required size={60} />
            </p>
            <button type="submit">{w("ingest_button")}</button>
          </form>
          <form method="post" action="/ingest/file" enctype="multipart/form-data" class="ingest">
            <h2>{w("file_heading")}</h2>
            <input type="hidden" name="csrf" value={csrf} />
            <p>
              <label for="ingest-file">{w("file_label")}</label>
              <input
                id="ingest-file"
                name="file"
                type="file"
                required
                accept=".txt,.html,.htm,.md,text/plain,text/html"
              />
            </p>
            <button type="submit">{w("ingest_button")}</button>
          </form>
        </div>
      ) : (
        <p class="login-needed">
          <a href="/login?next=%2Fingest">{w("login_needed")}</a>
        </p>
      )}
      <h2>{w("feeds_heading")}</h2>
      {props.feeds.length === 0 ? (
        <p>{w("feed_none")}</p>
      ) : (
        <table class="feeds">
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">{w("last_polled")}</th>
              <th scope="col">{w("last_error")}</th>
              <th scope="col">{w("etag")}</th>
              {canWrite ? <th scope="col">{w("feed_remove")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.feeds.map((f) => (
              <tr>
                <td class="url">{f.url}</td>
                <td>{f.lastPolledAt ?? w("never")}</td>
                <td>{f.lastError ?? "—"}</td>
                <td>{f.etag ?? "—"}</td>
                {canWrite ? (
                  <td>
                    <form method="post" action="/ingest/feeds/remove">
                      <input type="hidden" name="csrf" value={csrf} />
                      <input type="hidden" name="url" value={f.url} />
                      <button type="submit" aria-label={`${w("feed_remove")} ${f.url}`}>
                        {w("feed_remove")}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <div class="feed-forms">
          <form method="post" action="/ingest/feeds" class="inline">
            <input type="hidden" name="csrf" value={csrf} />
            <label for="feed-url">{w("feed_url")}</label>
            <input id="feed-url" name="url" type="url" required size={50} />
            <button type="submit">{w("feed_add")}</button>
          </form>
          <form method="post" action="/ingest/feeds/poll" class="inline">
            <input type="hidden" name="csrf" value={csrf} />
            <button type="submit">{w("feed_poll")}</button>
          </form>
        </div>
      ) : null}
    </>
  );
}

function TokensPage(props: {
  w: Words;
  session: WebSession;
  tokens: readonly TokenRecord[];
  created: string | null;
  notice: Notice | null;
}) {
  const { w, session } = props;
  return (
    <>
      <h1>{w("tokens_title")}</h1>
      <NoticeBox notice={props.notice} />
      {props.created ? (
        <div class="notice ok created-token" role="status">
          <p>{w("token_created")}</p>
          <p>
            <label for="created-token">{w("token_label")}</label>
            <input id="created-token" type="text" readonly value={props.created} size={60} />
          </p>
        </div>
      ) : null}
      <table class="tokens">
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">{w("name")}</th>
            <th scope="col">{w("role_label")}</th>
            <th scope="col">{w("created_at")}</th>
            <th scope="col">{w("last_used")}</th>
            <th scope="col">{w("state")}</th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((t) => (
            <tr>
              <td class="num">{t.id}</td>
              <td>{t.name}</td>
              <td>{t.role}</td>
              <td>{t.createdAt}</td>
              <td>{t.lastUsedAt ?? "—"}</td>
              <td>
                {t.revokedAt ? (
                  `${w("revoked")} ${t.revokedAt}`
                ) : (
                  <form method="post" action="/tokens/revoke">
                    <input type="hidden" name="csrf" value={session.csrf} />
                    <input type="hidden" name="id" value={String(t.id)} />
                    <button type="submit" aria-label={`${w("revoke")} ${t.name}`}>
                      {w("revoke")}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/tokens" class="token-create">
        <h2>{w("token_create_heading")}</h2>
        <input type="hidden" name="csrf" value={session.csrf} />
        <fieldset>
          <legend>{w("role_label")}</legend>
          <label>
            <input type="radio" name="role" value="editor" checked /> {w("role_editor")}
          </label>
          <label>
            <input type="radio" name="role" value="admin" /> {w("role_admin")}
          </label>
        </fieldset>
        <p>
          <label for="token-name">{w("name_label")}</label>
          <input id="token-name" name="name" type="text" required maxlength={100} />
        </p>
        <button type="submit">{w("create_button")}</button>
      </form>
    </>
  );
}

/** One string field of a parsed form body ("" when absent or a file). */
function field(form: Record<string, unknown>, name: string): string {
  const v = form[name];
  return typeof v === "string" ? v : "";
}

function outcomeNotice(w: Words, o: IngestOutcome): Notice {
  return {
    kind: o.status === "failed" ? "error" : "ok",
    text: `${w(`status_${o.status}`)}: ${o.key}${o.error ? ` — ${o.error}` : ""}`,
    detail: o.incidentKeys.length > 0 ? [`${w("incidents_changed")}: ${o.incidentKeys.join(", ")}`] : [],
  };
}

export function mountAuthPages(app: Hono, ctx: ServerContext): void {
  // With requireReadToken, pages need a login too (registered before the other pages, so it runs first for them).
  if (ctx.config.requireReadToken) {
    app.use("*", async (c, next) => {
      const open = c.req.path === "/login" || c.req.path.startsWith("/static/") || c.req.path.startsWith("/api/");
      if (open || (await sessionOf(c, ctx)) !== null) return next();
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    });
  }
  /** A POST from a logged-in user with the right role and the session's CSRF token, else the page that says why. */
  type Gate =
    | { ok: true; session: WebSession; form: Record<string, unknown>; lang: Lang; w: Words }
    | { ok: false; response: Response | Promise<Response> };
  const gate = async (c: Context, role: TokenRole, back: string): Promise<Gate> => {
    const lang = pickLang(c);
    const w = words(lang);
    const session = await sessionOf(c, ctx);
    const refuse = (status: 401 | 403, text: string) => ({
      ok: false as const,
      response: c.html(
        <Frame c={c} lang={lang} title={w("error_title")} session={session}>
          <h1>{w("error_title")}</h1>
          <NoticeBox notice={{ kind: "error", text }} />
          <p>
            <a href={status === 401 ? `/login?next=${encodeURIComponent(back)}` : back}>
              {status === 401 ? w("login_title") : w("back")}
            </a>
          </p>
        </Frame>,
        status,
      ),
    });
    if (session === null) return refuse(401, w("login_needed"));
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    if (!sameSecret(session.csrf, field(form, "csrf"))) return refuse(403, w("csrf_failed"));
    if (!mayWrite(session, role)) return refuse(403, w("admin_needed"));
    return { ok: true, session, form, lang, w };
  };

  const ingestView = async (
    c: Context,
    lang: Lang,
    session: WebSession | null,
    notice: Notice | null,
    status: 200 | 400 | 422 = 200,
  ) => {
    const w = words(lang);
    return c.html(
      <Frame c={c} lang={lang} title={w("ingest_title")} active="/ingest" session={session}>
        <IngestPage w={w} lang={lang} session={session} feeds={await ctx.store.feeds()} notice={notice} />
      </Frame>,
      status,
    );
  };

  /** Runs a write for the 取り込み page; an HttpError becomes the page with its message. */
  const ingestAction = (action: (g: Extract<Gate, { ok: true }>) => Promise<Notice>) => async (c: Context) => {
    const g = await gate(c, "editor", "/ingest");
    if (!g.ok) return g.response;
    try {
      return await ingestView(c, g.lang, g.session, await action(g));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const status = error.status === 422 ? 422 : 400;
      return ingestView(c, g.lang, g.session, { kind: "error", text: error.message }, status);
    }
  };

  app.get("/login", async (c) => {
    const lang = pickLang(c);
    const w = words(lang);
    const session = await sessionOf(c, ctx);
    return c.html(
      <Frame c={c} lang={lang} title={w("login_title")} session={session}>
        <LoginPage w={w} csrf={loginCsrf(c)} next={safeNext(c.req.query("next"))} failed={false} />
      </Frame>,
    );
  });

  app.post("/login", async (c) => {
    const lang = pickLang(c);
    const w = words(lang);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const next = safeNext(field(form, "next"));
    if (!checkLoginCsrf(c, field(form, "csrf"))) {
      return c.html(
        <Frame c={c} lang={lang} title={w("login_title")} session={null}>
          <LoginPage
            w={w}
            csrf={loginCsrf(c)}
            next={next}
            failed={false}
            notice={{ kind: "error", text: w("csrf_failed") }}
          />
        </Frame>,
        403,
      );
    }
    const session = await startSession(c, ctx, field(form, "token"));
    if (session === null) {
      return c.html(
        <Frame c={c} lang={lang} title={w("login_title")} session={null}>
          <LoginPage w={w} csrf={loginCsrf(c)} next={next} failed={true} />
        </Frame>,
        401,
      );
    }
    return c.redirect(next, 303);
  });

  app.get("/logout", async (c) => {
    const lang = pickLang(c);
    const w = words(lang);
    const session = await sessionOf(c, ctx);
    return c.html(
      <Frame c={c} lang={lang} title={w("logout_title")} session={session}>
        <h1>{w("logout_title")}</h1>
        {session ? (
          <form method="post" action="/logout">
            <input type="hidden" name="csrf" value={session.csrf} />
            <button type="submit">{w("logout_button")}</button>
          </form>
        ) : (
          <p>{w("logged_out")}</p>
        )}
      </Frame>,
    );
  });

  app.post("/logout", async (c) => {
    const g = await gate(c, "editor", "/logout");
    if (!g.ok) return g.response;
    endSession(c, ctx, g.session);
    return c.redirect("/logout", 303);
  });

  app.get("/ingest", async (c) => ingestView(c, pickLang(c), await sessionOf(c, ctx), null));

  const ingestWith = async (g: Extract<Gate, { ok: true }>, input: IngestInput) =>
    outcomeNotice(g.w, await ingestInput(ctx, input));
  const published = (form: Record<string, unknown>) => {
    const p = field(form, "published").trim();
    if (p === "") return {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p)) throw new HttpError("bad_request", "published: YYYY-MM-DD");
    return { published: p };
  };

  app.post(
    "/ingest/text",
    ingestAction((g) => {
      const text = field(g.form, "text");
      if (text.trim() === "") throw new HttpError("bad_request", "text: empty");
      const title = field(g.form, "title").trim();
      return ingestWith(g, { kind: "text", text, ...(title ? { title } : {}), ...published(g.form) });
    }),
  );
  app.post(
    "/ingest/url",
    ingestAction((g) => ingestWith(g, { kind: "url", url: field(g.form, "url").trim(), ...published(g.form) })),
  );
  app.post(
    "/ingest/file",
    ingestAction(async (g) => {
      const file = g.form.file;
      if (!(file instanceof File) || file.size === 0) throw new HttpError("bad_request", "file: choose a file");
      const type = file.type.split(";")[0]?.trim();
      const bytes = new Uint8Array(await file.arrayBuffer());
      return ingestWith(g, { kind: "file", name: file.name, bytes, ...(type ? { contentType: type } : {}) });
    }),
  );
  app.post(
    "/ingest/feeds",
    ingestAction(async (g) => {
      const url = field(g.form, "url").trim();
      const vetted = await vetUrl(url, { allowPrivate: ctx.config.allowPrivate });
      if (!vetted.ok && vetted.error.reason !== "dns") throw new HttpError("bad_request", vetted.error.message);
      await ctx.store.addFeed(url);
      return { kind: "ok", text: `${g.w("feed_added")} ${url}` };
    }),
  );
  app.post(
    "/ingest/feeds/remove",
    ingestAction(async (g) => {
      const url = field(g.form, "url");
      if (!(await ctx.store.removeFeed(url))) throw new HttpError("bad_request", `no feed ${url}`);
      return { kind: "ok", text: `${g.w("feed_removed")} ${url}` };
    }),
  );
  app.post(
    "/ingest/feeds/poll",
    ingestAction(async (g) => {
      const ok = await jobsOf(ctx).pollNow();
      return { kind: ok ? "ok" : "error", text: g.w(ok ? "feed_polled" : "feed_poll_failed") };
    }),
  );

  const tokensView = async (
    c: Context,
    lang: Lang,
    session: WebSession,
    created: string | null,
    notice: Notice | null,
    status: 200 | 400 = 200,
  ) => {
    const w = words(lang);
    return c.html(
      <Frame c={c} lang={lang} title={w("tokens_title")} active="/tokens" session={session}>
        <TokensPage w={w} session={session} tokens={await ctx.store.tokens()} created={created} notice={notice} />
      </Frame>,
      status,
    );
  };

  app.get("/tokens", async (c) => {
    const lang = pickLang(c);
    const w = words(lang);
    const session = await sessionOf(c, ctx);
    if (session === null) return c.redirect("/login?next=%2Ftokens", 303);
    if (!mayWrite(session, "admin")) {
      return c.html(
        <Frame c={c} lang={lang} title={w("tokens_title")} active="/tokens" session={session}>
          <h1>{w("tokens_title")}</h1>
          <NoticeBox notice={{ kind: "error", text: w("admin_needed") }} />
        </Frame>,
        403,
      );
    }
    c.header("Cache-Control", "no-store");
    return tokensView(c, lang, session, null, null);
  });

  app.post("/tokens", async (c) => {
    const g = await gate(c, "admin", "/tokens");
    if (!g.ok) return g.response;
    const role = field(g.form, "role");
    const name = field(g.form, "name").trim();
    if ((role !== "editor" && role !== "admin") || name === "" || name.length > 100) {
      return tokensView(
        c,
        g.lang,
        g.session,
        null,
        { kind: "error", text: "role: editor|admin; name: 1–100 characters" },
        400,
      );
    }
    const { token } = await createToken(ctx.store, role, name, ctx.now());
    // The token is in this answer only: nobody may cache it.
    c.header("Cache-Control", "no-store");
    return tokensView(c, g.lang, g.session, token, null);
  });

  app.post("/tokens/revoke", async (c) => {
    const g = await gate(c, "admin", "/tokens");
    if (!g.ok) return g.response;
    const id = Number(field(g.form, "id"));
    const done = Number.isInteger(id) && (await ctx.store.revokeToken(id, ctx.now()));
    return tokensView(
      c,
      g.lang,
      g.session,
      null,
      done
        ? { kind: "ok", text: g.w("token_revoked") }
        : { kind: "error", text: `no live token ${field(g.form, "id")}` },
      done ? 200 : 400,
    );
  });

  app.post("/incidents/:id/edit", async (c) => {
    const id = c.req.param("id");
    const back = `/incidents/${encodeURIComponent(id)}`;
    const g = await gate(c, "editor", back);
    if (!g.ok) return g.response;
    const fieldName = field(g.form, "field");
    const error = (text: string, status: 400 | 404) =>
      c.html(
        <Frame c={c} lang={g.lang} title={g.w("error_title")} session={g.session}>
          <h1>{g.w("error_title")}</h1>
          <NoticeBox notice={{ kind: "error", text }} />
          <p>
            <a href={back}>{g.w("back")}</a>
          </p>
        </Frame>,
        status,
      );
    if (!(EDITABLE_FIELDS as readonly string[]).includes(fieldName))
      return error(`field: ${fieldName} cannot be edited`, 400);
    const f = fieldName as (typeof EDITABLE_FIELDS)[number];
    try {
      const incident = await findIncident(ctx, id);
      await correctIncident(ctx, incident, {
        field: f,
        value: parseCorrectionText(f, field(g.form, "value")),
        reason: field(g.form, "reason"),
        who: g.session.name,
      });
      return c.redirect(`/incidents/${incident.id}`, 303);
    } catch (e) {
      if (e instanceof HttpError) return error(e.message, e.status === 404 ? 404 : 400);
      throw e;
    }
  });
}

/**
 * The edit form for an incident page: with an editor session, the form with its CSRF token; else a login link.
 * The detail page passes this into its `editForm` slot.
 */
export async function editFormFor(c: Context, ctx: ServerContext, incidentId: number) {
  const session = await sessionOf(c, ctx);
  return <EditForm lang={pickLang(c)} incidentId={incidentId} csrf={mayWrite(session) ? session.csrf : null} />;
}
