/** @module A browser's cookie jar over an in-process app (`app.request()`), enough for the session and CSRF forms. */
import type { Hono } from "hono";

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  private readonly app: Hono;

  constructor(app: Hono) {
    this.app = app;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await this.app.request(`http://localhost${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Posts a form, URL-encoded. */
  post(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Logs in through the /login form with a token; resolves with the login's answer (303 on success). */
  async login(token: string, next = "/"): Promise<Response> {
    const page = await (await this.request(`/login?next=${encodeURIComponent(next)}`)).text();
    return this.post("/login", { csrf: csrfIn(page), token, next });
  }
}

/** The CSRF token of the first form in a page that has one. */
export function csrfIn(html: string): string {
  const m = /name="csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error("no csrf field in the page");
  return m[1];
}
